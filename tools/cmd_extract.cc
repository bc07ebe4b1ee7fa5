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
    PutU32(x.said.begin);
    PutU32(x.said.end);
    PutU32(x.direct ? 1 : 0);
    uint32_t n = static_cast<uint32_t>(buf_.size());
    std::fwrite(&n, 4, 1, f_);
    std::fwrite(buf_.data(), 1, buf_.size(), f_);
  }
  void Rewind() { std::rewind(f_); }
  bool Read(std::string* article, Fact* x) {
    uint32_t n;
    if (std::fread(&n, 4, 1, f_) != 1) return false;
    buf_.resize(n);
    if (std::fread(buf_.data(), 1, n, f_) != n) return false;
    pos_ = 0;
    *article = GetStr();
    *x = Fact{};
    x->kind = static_cast<FactKind>(GetU32());
    x->span.begin = GetU32();
    x->span.end = GetU32();
    x->text = GetStr();
    x->type = static_cast<EntityType>(GetU32());
    x->name = GetStr();
    x->surface = GetStr();
    for (uint32_t k = GetU32(); k > 0; --k) x->variants.push_back(GetStr());
    x->value = GetStr();
    x->anchor = GetStr();
    x->unit = GetStr();
    x->of = GetStr();
    x->speaker = GetStr();
    bool has = GetU32() != 0;
    uint32_t sb = GetU32(), se = GetU32();
    if (has) x->speaker_span = Span{sb, se};
    x->speaker_entity = GetStr();
    x->cue = GetStr();
    x->said.begin = GetU32();
    x->said.end = GetU32();
    x->direct = GetU32() != 0;
    return true;
  }
  bool error() const { return f_ == nullptr || std::ferror(f_); }

 private:
  void PutU32(uint32_t v) { buf_.append(reinterpret_cast<const char*>(&v), 4); }
  void PutStr(const std::string& s) {
    PutU32(static_cast<uint32_t>(s.size()));
    buf_ += s;
  }
  uint32_t GetU32() {
    uint32_t v = 0;
    if (pos_ + 4 <= buf_.size()) std::memcpy(&v, buf_.data() + pos_, 4);
    pos_ += 4;
    return v;
  }
  std::string GetStr() {
    uint32_t n = GetU32();
    if (pos_ > buf_.size() || n > buf_.size() - pos_) return {};
    std::string s = buf_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::FILE* f_;
  std::string buf_;
  size_t pos_ = 0;
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
      for (const Fact& f : facts[i]) {
        linker.Add(f);
        if (want[FactKindName(f.kind)]) spool.Write(batch[i].id, f);
      }
    }
    articles += batch.size();
  });
  IngestStats stats;
  int rc = ReadArticles("extract", in_, &out, [&](Article&& a) { pipe.Push(std::move(a)); }, &stats, 1);
  pipe.Finish();
  if (rc == 2) return rc;
  linker.Link();
  spool.Rewind();
  std::string line, article;
  std::map<std::string, size_t> counts;
  Fact f;
  while (spool.Read(&article, &f)) {
    linker.Apply(&f);
    ++counts[FactKindName(f.kind)];
    FactLine(article, f, &line);
    out.Write(line);
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
               articles, counts["entity"], counts["date"], counts["quantity"], counts["quote"], Seconds(t0));
  return rc;
}

}  // namespace sada::cli
