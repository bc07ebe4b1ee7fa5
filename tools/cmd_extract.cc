// sada extract: facts with provenance, one JSON line per fact.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>

#include "commands.h"
#include "writers.h"
#include "sada/ner.h"
#include "util/parallel.h"

namespace sada::cli {

ExtractCommand::ExtractCommand(CLI::App* app) {
  cmd_ = app->add_subcommand("extract",
                             "Read entities, dates, quantities and quotes, each with its span; one JSON line per fact");
  in_.Add(cmd_, true);
  cmd_->add_option("-o,--output", out_path_, "Write facts here (default: standard output)");
  cmd_->add_option("--kinds", kinds_, "Comma-separated kinds to write: entity,date,quantity,quote")
      ->capture_default_str();
}

namespace {

// Facts wait in a temporary file until entities are linked across the run:
// memory holds one entry per distinct name, not every fact. Records are
// length-prefixed fields in a fixed order.
class FactSpool {
 public:
  FactSpool() : f_(std::tmpfile()) {}
  ~FactSpool() {
    if (f_) std::fclose(f_);
  }
  bool ok() const { return f_ != nullptr; }
  void Write(const std::string& article, const Fact& x) {
    buf_.clear();
    PutStr(article);
    PutU32(static_cast<uint32_t>(x.kind));
    PutU32(x.span.begin);
    PutU32(x.span.end);
    PutStr(x.text);
    PutU32(static_cast<uint32_t>(x.type));
    PutStr(x.name);
    PutStr(x.surface);
    PutU32(static_cast<uint32_t>(x.variants.size()));
    for (const auto& v : x.variants) PutStr(v);
    PutU32(x.medium ? 1 : 0);
    PutStr(x.value);
    PutStr(x.anchor);
    PutStr(x.unit);
    PutStr(x.of);
    PutStr(x.speaker);
    PutU32(x.speaker_span ? 1 : 0);
    PutU32(x.speaker_span ? x.speaker_span->begin : 0);
    PutU32(x.speaker_span ? x.speaker_span->end : 0);
    PutStr(x.speaker_entity);
    PutStr(x.cue);
    PutStr(x.via);
    PutU32(x.via_span ? 1 : 0);
    PutU32(x.via_span ? x.via_span->begin : 0);
    PutU32(x.via_span ? x.via_span->end : 0);
    PutU32(x.said.begin);
    PutU32(x.said.end);
    PutU32(x.direct ? 1 : 0);
    uint32_t n = static_cast<uint32_t>(buf_.size());
    std::fwrite(&n, 4, 1, f_);
    std::fwrite(buf_.data(), 1, buf_.size(), f_);
  }
  void Rewind() { std::rewind(f_); }
  // The next record as written, to be parsed by Parse (on any thread).
  bool ReadRecord(std::string* record) {
    uint32_t n;
    if (std::fread(&n, 4, 1, f_) != 1) return false;
    record->resize(n);
    return std::fread(record->data(), 1, n, f_) == n;
  }
  static void Parse(std::string_view record, std::string* article, Fact* x) {
    Reader r{record};
    *article = r.Str();
    *x = Fact{};
    x->kind = static_cast<FactKind>(r.U32());
    x->span.begin = r.U32();
    x->span.end = r.U32();
    x->text = r.Str();
    x->type = static_cast<EntityType>(r.U32());
    x->name = r.Str();
    x->surface = r.Str();
    for (uint32_t k = r.U32(); k > 0; --k) x->variants.push_back(r.Str());
    x->medium = r.U32() != 0;
    x->value = r.Str();
    x->anchor = r.Str();
    x->unit = r.Str();
    x->of = r.Str();
    x->speaker = r.Str();
    bool has = r.U32() != 0;
    uint32_t sb = r.U32(), se = r.U32();
    if (has) x->speaker_span = Span{sb, se};
    x->speaker_entity = r.Str();
    x->cue = r.Str();
    x->via = r.Str();
    const bool has_via = r.U32() != 0;
    const uint32_t vb = r.U32(), ve = r.U32();
    if (has_via) x->via_span = Span{vb, ve};
    x->said.begin = r.U32();
    x->said.end = r.U32();
    x->direct = r.U32() != 0;
  }
  bool error() const { return f_ == nullptr || std::ferror(f_); }

 private:
  void PutU32(uint32_t v) { buf_.append(reinterpret_cast<const char*>(&v), 4); }
  void PutStr(const std::string& s) {
    PutU32(static_cast<uint32_t>(s.size()));
    buf_ += s;
  }
  struct Reader {
    std::string_view rec;
    size_t pos = 0;
    uint32_t U32() {
      uint32_t v = 0;
      if (pos + 4 <= rec.size()) std::memcpy(&v, rec.data() + pos, 4);
      pos += 4;
      return v;
    }
    std::string Str() {
      uint32_t n = U32();
      if (pos > rec.size() || n > rec.size() - pos) return {};
      std::string s(rec.substr(pos, n));
      pos += n;
      return s;
    }
  };
  std::FILE* f_;
  std::string buf_;
};

}  // namespace

int ExtractCommand::Run() {
  auto t0 = Clock::now();
  ExtractOptions opts;
  std::map<std::string, bool> want;
  for (size_t i = 0; i < kinds_.size();) {
    size_t j = kinds_.find(',', i);
    if (j == std::string::npos) j = kinds_.size();
    std::string k = kinds_.substr(i, j - i);
    if (k != "entity" && k != "date" && k != "quantity" && k != "quote") {
      std::fprintf(stderr, "sada extract: unknown kind '%s' (entity, date, quantity, quote)\n", k.c_str());
      return 2;
    }
    want[k] = true;
    i = j + 1;
  }
  opts.entities = want["entity"] || want["quote"];
  opts.dates = want["date"];
  opts.quantities = want["quantity"];
  opts.quotes = want["quote"];
  bool write[4] = {};  // by FactKind
  for (FactKind k : {FactKind::kEntity, FactKind::kDate, FactKind::kQuantity, FactKind::kQuote})
    write[static_cast<int>(k)] = want[FactKindName(k)];
  Output out(out_path_);
  if (!out.ok()) {
    std::fprintf(stderr, "sada: cannot write %s\n", out_path_.c_str());
    return 1;
  }
  const NerModel& model = NerModel::Builtin();
  FactSpool spool;
  if (!spool.ok()) {
    std::fprintf(stderr, "sada extract: cannot create a temporary file\n");
    return 1;
  }
  EntityLinker linker;
  size_t articles = 0;
  int workers = internal::ResolveThreads(in_.threads);
  BatchPipeline pipe(1024, workers > 1, [&](std::vector<Article>&& batch) {
    std::vector<std::vector<Fact>> facts(batch.size());
    internal::ParallelFor(batch.size(), workers, [&](size_t i) {
      ExtractFacts(batch[i], model, opts, &facts[i]);
    });
    for (size_t i = 0; i < batch.size(); ++i) {
      linker.AddArticle(facts[i]);
      for (const Fact& f : facts[i])
        if (write[static_cast<int>(f.kind)]) spool.Write(batch[i].id, f);
    }
    articles += batch.size();
  });
  IngestStats stats;
  int rc = ReadArticles("extract", in_, &out, [&](Article&& a) { pipe.Push(std::move(a)); }, &stats, 1);
  pipe.Finish();
  if (rc == 2) return rc;
  linker.Link();
  spool.Rewind();
  // The facts again, linked and written in their order; names are applied
  // and lines made on every worker, a batch at a time.
  constexpr size_t kBatch = 4096;
  std::vector<std::string> records(kBatch), lines(kBatch);
  std::vector<FactKind> kinds(kBatch);
  size_t counts[4] = {};  // by FactKind
  for (bool more = true; more;) {
    size_t n = 0;
    while (n < kBatch && (more = spool.ReadRecord(&records[n]))) ++n;
    internal::ParallelFor(n, workers, [&](size_t i) {
      thread_local std::string id;
      thread_local Fact f;
      FactSpool::Parse(records[i], &id, &f);
      linker.Apply(&f);
      kinds[i] = f.kind;
      FactLine(id, f, &lines[i]);
    });
    for (size_t i = 0; i < n; ++i) {
      ++counts[static_cast<int>(kinds[i])];
      out.Write(lines[i]);
    }
  }
  if (spool.error()) {
    std::fprintf(stderr, "sada extract: error in the temporary file\n");
    return 1;
  }
  if (!out.Close()) {
    std::fprintf(stderr, "sada: error writing output\n");
    return 1;
  }
  std::fprintf(stderr, "sada extract: %zu articles: %zu entities, %zu dates, %zu quantities, %zu quotes; %.2f s\n",
               articles, counts[static_cast<int>(FactKind::kEntity)], counts[static_cast<int>(FactKind::kDate)],
               counts[static_cast<int>(FactKind::kQuantity)], counts[static_cast<int>(FactKind::kQuote)], Seconds(t0));
  return rc;
}

}  // namespace sada::cli
