// sada extract: facts with provenance, one JSON line per fact.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>

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
  // Appends the record of one article's facts, those `keep` says, to `out`
  // (on any thread), to be written by Append.
  template <typename Keep>
  static void Encode(const std::string& article, const std::vector<Fact>& facts, const Keep& keep, std::string* out) {
    const size_t start = out->size();
    out->append(4, '\0');  // the record's length, set below
    Writer w{out};
    w.Str(article);
    for (const Fact& x : facts)
      if (keep(x)) EncodeFact(x, &w);
    const uint32_t n = static_cast<uint32_t>(out->size() - start - 4);
    std::memcpy(out->data() + start, &n, 4);
  }
  // Writes records made by Encode.
  void Append(const std::string& records) { std::fwrite(records.data(), 1, records.size(), f_); }
  void Rewind() { std::rewind(f_); }
  // The next records as written, to be parsed by Parse (on any thread):
  // whole records of about `bytes` in all (at least one) into `block`, and
  // where each is in it into `records`; false when none is left.
  bool ReadRecords(size_t bytes, std::string* block, std::vector<std::string_view>* records) {
    block->clear();
    records->clear();
    std::vector<std::pair<size_t, uint32_t>> at;  // (offset, length)
    while (block->size() < bytes) {
      uint32_t n;
      if (std::fread(&n, 4, 1, f_) != 1) break;
      const size_t off = block->size();
      block->resize(off + n);
      if (std::fread(block->data() + off, 1, n, f_) != n) {
        block->resize(off);
        break;
      }
      at.push_back({off, n});
    }
    for (const auto& [off, n] : at) records->push_back(std::string_view(*block).substr(off, n));
    return !records->empty();
  }
  // An article's record: its id and facts (their strings reuse their
  // memory: `facts` serves record after record).
  static void Parse(std::string_view record, std::string* article, std::vector<Fact>* facts) {
    Reader r{record};
    r.Str(article);
    size_t n = 0;
    while (r.pos < record.size()) {
      if (facts->size() <= n) facts->emplace_back();
      ParseFact(&r, &(*facts)[n++]);
    }
    facts->resize(n);
  }
  bool error() const { return f_ == nullptr || std::ferror(f_); }

 private:
  struct Writer {
    std::string* out;
    void U32(uint32_t v) { out->append(reinterpret_cast<const char*>(&v), 4); }
    void Str(const std::string& s) {
      U32(static_cast<uint32_t>(s.size()));
      *out += s;
    }
    // Whether there is one, then its ends (0 when there is none).
    void OptSpan(const std::optional<Span>& span) {
      U32(span ? 1 : 0);
      U32(span ? span->begin : 0);
      U32(span ? span->end : 0);
    }
  };
  struct Reader {
    std::string_view rec;
    size_t pos = 0;
    uint32_t U32() {
      uint32_t v = 0;
      if (pos + 4 <= rec.size()) std::memcpy(&v, rec.data() + pos, 4);
      pos += 4;
      return v;
    }
    void Str(std::string* s) {
      uint32_t n = U32();
      if (pos > rec.size() || n > rec.size() - pos) {
        s->clear();
        return;
      }
      s->assign(rec.substr(pos, n));
      pos += n;
    }
    std::optional<Span> OptSpan() {
      const bool has = U32() != 0;
      const uint32_t begin = U32(), end = U32();
      return has ? std::optional<Span>(Span{begin, end}) : std::nullopt;
    }
  };
  static void EncodeFact(const Fact& x, Writer* w) {
    w->U32(static_cast<uint32_t>(x.kind));
    w->U32(x.span.begin);
    w->U32(x.span.end);
    w->Str(x.text);
    w->U32(static_cast<uint32_t>(x.type));
    w->Str(x.name);
    w->Str(x.surface);
    w->U32(static_cast<uint32_t>(x.variants.size()));
    for (const auto& v : x.variants) w->Str(v);
    w->U32(x.medium ? 1 : 0);
    w->Str(x.value);
    w->Str(x.anchor);
    w->Str(x.unit);
    w->Str(x.of);
    w->Str(x.qualifier);
    w->Str(x.speaker);
    w->OptSpan(x.speaker_span);
    w->Str(x.speaker_entity);
    w->Str(x.cue);
    w->Str(x.via);
    w->OptSpan(x.via_span);
    w->U32(x.said.begin);
    w->U32(x.said.end);
    w->U32(x.direct ? 1 : 0);
  }
  // Every field of `x` is set (its strings reuse their memory).
  static void ParseFact(Reader* r, Fact* x) {
    x->kind = static_cast<FactKind>(r->U32());
    x->span.begin = r->U32();
    x->span.end = r->U32();
    r->Str(&x->text);
    x->type = static_cast<EntityType>(r->U32());
    r->Str(&x->name);
    r->Str(&x->surface);
    x->variants.resize(r->U32());
    for (std::string& v : x->variants) r->Str(&v);
    x->medium = r->U32() != 0;
    r->Str(&x->value);
    r->Str(&x->anchor);
    x->from_article.clear();  // (analyze's; extract has none)
    x->from_span.reset();
    x->from_published.clear();
    r->Str(&x->unit);
    r->Str(&x->of);
    r->Str(&x->qualifier);
    r->Str(&x->speaker);
    x->speaker_span = r->OptSpan();
    r->Str(&x->speaker_entity);
    r->Str(&x->cue);
    r->Str(&x->via);
    x->via_span = r->OptSpan();
    x->said.begin = r->U32();
    x->said.end = r->U32();
    x->direct = r->U32() != 0;
  }
  std::FILE* f_;
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
  size_t articles = 0;
  internal::WorkerPool pool(in_.threads);
  const int workers = pool.threads();
  // Each worker counts the names of the articles it read; the counts are
  // added up once all are read (whichever worker read an article, the sums
  // are the same). Facts are encoded on the workers and written in order.
  std::vector<EntityLinker> partial(workers);
  BatchPipeline pipe(1024, workers > 1, [&](std::vector<Article>&& batch) {
    // Fresh per batch: kept from batch to batch, these cost 20 MiB more at
    // the peak for no speed.
    std::vector<std::string> encoded(batch.size());
    pool.Run(
        batch.size(),
        [&](size_t i, int worker) {
          thread_local std::vector<Fact> facts;
          ExtractFacts(batch[i], model, opts, &facts);
          partial[worker].AddArticle(facts);
          // The kinds written, and the people a quote's speaker may be.
          FactSpool::Encode(batch[i].id, facts, [&](const Fact& f) {
            return write[static_cast<int>(f.kind)] ||
                   (f.kind == FactKind::kEntity && f.type == EntityType::kPerson && write[static_cast<int>(FactKind::kQuote)]);
          }, &encoded[i]);
        },
        4);  // articles differ in length: small chunks, so that no worker waits long for the last
    for (const std::string& e : encoded) spool.Append(e);
    articles += batch.size();
  });
  IngestStats stats;
  int rc = ReadArticles("extract", in_, &out, [&](Article&& a) { pipe.Push(std::move(a)); }, &stats, 1);
  pipe.Finish();
  if (rc == 2) return rc;
  EntityLinker linker;
  for (EntityLinker& p : partial) linker.Merge(std::move(p));
  linker.Link();
  spool.Rewind();
  // The facts again, linked and written in their order; names are applied
  // and lines made on every worker, a batch of articles at a time.
  std::string block;
  std::vector<std::string_view> records;
  std::vector<std::string> lines;
  size_t counts[4] = {};  // by FactKind
  std::vector<std::array<size_t, 4>> counted;
  // (A block of 1 MiB: an article's lines are made whole, so a block's
  // lines take more than its records; at 4 MiB the peak was 11 MiB higher.)
  while (spool.ReadRecords(size_t{1} << 20, &block, &records)) {
    const size_t n = records.size();
    lines.assign(n, {});
    counted.assign(n, {});
    pool.Run(n, [&](size_t i, int) {
      thread_local std::string id;
      thread_local std::vector<Fact> facts;
      thread_local std::string line;
      FactSpool::Parse(records[i], &id, &facts);
      linker.ApplyArticle(&facts);
      for (const Fact& f : facts) {
        if (!write[static_cast<int>(f.kind)]) continue;
        ++counted[i][static_cast<int>(f.kind)];
        FactLine(id, f, &line);
        lines[i] += line;
      }
    });
    for (size_t i = 0; i < n; ++i) {
      for (int k = 0; k < 4; ++k) counts[k] += counted[i][k];
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
