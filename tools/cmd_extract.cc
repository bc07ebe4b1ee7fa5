// sada extract: facts with provenance, one JSON line per fact.
#include <algorithm>
#include <map>

#include "commands.h"
#include "ingest/json_writer.h"
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

void AppendSpan(const char* b, const char* e, Span s, std::string* line) {
  internal::AppendIntField(b, s.begin, line);
  internal::AppendIntField(e, s.end, line);
}

void AppendFact(const std::string& article, const Fact& f, std::string* line) {
  line->clear();
  *line += '{';
  internal::AppendStringField("article", article, false, line, true);
  internal::AppendStringField("kind", FactKindName(f.kind), false, line);
  AppendSpan("begin", "end", f.span, line);
  internal::AppendStringField("text", f.text, false, line);
  switch (f.kind) {
    case FactKind::kEntity:
      internal::AppendStringField("type", EntityTypeName(f.type), false, line);
      internal::AppendStringField("name", f.name, false, line);
      internal::AppendStringField("surface", f.surface, false, line);
      internal::AppendKey("variants", false, line);
      *line += '[';
      for (size_t i = 0; i < f.variants.size(); ++i) {
        if (i) *line += ',';
        internal::AppendJsonString(f.variants[i], line);
      }
      *line += ']';
      break;
    case FactKind::kDate:
      internal::AppendStringField("value", f.value, true, line);
      internal::AppendStringField("anchor", f.anchor, true, line);
      break;
    case FactKind::kQuantity:
      internal::AppendStringField("value", f.value, false, line);
      internal::AppendStringField("unit", f.unit, true, line);
      internal::AppendStringField("of", f.of, true, line);
      break;
    case FactKind::kQuote:
      internal::AppendStringField("speaker", f.speaker, false, line);
      if (f.speaker_span) {
        AppendSpan("speaker_begin", "speaker_end", *f.speaker_span, line);
      }
      internal::AppendStringField("speaker_entity", f.speaker_entity, true, line);
      internal::AppendStringField("cue", f.cue, false, line);
      AppendSpan("said_begin", "said_end", f.said, line);
      internal::AppendKey("direct", false, line);
      *line += f.direct ? "true" : "false";
      break;
  }
  *line += "}\n";
}

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
  // Facts are kept until the end: entity variants are linked across the run.
  std::vector<std::string> ids;
  std::vector<std::vector<Fact>> facts;
  int workers = internal::ResolveThreads(in_.threads);
  BatchPipeline pipe(1024, workers > 1, [&](std::vector<Article>&& batch) {
    size_t base = facts.size();
    facts.resize(base + batch.size());
    for (const Article& a : batch) ids.push_back(a.id);
    internal::ParallelFor(batch.size(), workers, [&](size_t i) {
      ExtractFacts(batch[i], model, opts, &facts[base + i]);
    });
  });
  IngestStats stats;
  int rc = ReadArticles("extract", in_, &out, [&](Article&& a) { pipe.Push(std::move(a)); }, &stats, 1);
  pipe.Finish();
  if (rc == 2) return rc;
  std::vector<std::vector<Fact>*> all;
  for (auto& f : facts) all.push_back(&f);
  LinkEntities(all);
  std::string line;
  std::map<std::string, size_t> counts;
  for (size_t a = 0; a < facts.size(); ++a) {
    for (const Fact& f : facts[a]) {
      if (!want[FactKindName(f.kind)]) continue;
      ++counts[FactKindName(f.kind)];
      AppendFact(ids[a], f, &line);
      out.Write(line);
    }
  }
  if (!out.Close()) {
    std::fprintf(stderr, "sada: error writing output\n");
    return 1;
  }
  std::fprintf(stderr, "sada extract: %zu articles: %zu entities, %zu dates, %zu quantities, %zu quotes; %.2f s\n",
               facts.size(), counts["entity"], counts["date"], counts["quantity"], counts["quote"], Seconds(t0));
  return rc;
}

}  // namespace sada::cli
