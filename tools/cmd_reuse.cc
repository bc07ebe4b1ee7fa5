// sada reuse: passages shared between articles, and each outlet's boilerplate.
#include "commands.h"
#include "writers.h"
#include "ingest/json_writer.h"
#include "util/parallel.h"

namespace sada::cli {

ReuseCommand::ReuseCommand(CLI::App* app) {
  cmd_ = app->add_subcommand("reuse", "Find passages articles share (seed-and-extend alignment); one JSON line per passage");
  in_.Add(cmd_, true);
  cmd_->add_option("-o,--output", out_path_, "Write passages here (default: standard output)");
  cmd_->add_option("--min-words", opts_.min_words, "Shortest passage, in words")
      ->capture_default_str()->check(CLI::Range(2, 100000));
  cmd_->add_option("--min-similarity", opts_.min_similarity, "Aligned words / words of the longer side")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd_->add_option("--max-gap", opts_.max_gap, "Words an alignment may skip between two matches")
      ->capture_default_str()->check(CLI::Range(0, 100));
  cmd_->add_option("--seed-words", opts_.seed_words, "Words per alignment seed")
      ->capture_default_str()->check(CLI::Range(2, 20));
  cmd_->add_option("--boilerplate-articles", opts_.boilerplate_articles,
                   "A passage an outlet carries under this many of its articles is boilerplate")
      ->capture_default_str()->check(CLI::Range(2, 1000000));
  cmd_->add_option("--max-df", opts_.max_df, "Word sequences in more articles than this are formulas: they neither nominate pairs nor make a passage on their own")
      ->capture_default_str()->check(CLI::Range(2, 100000000));
}

int ReuseCommand::Run() {
  auto t0 = Clock::now();
  opts_.threads = in_.threads;
  ReuseFinder finder(opts_);
  Output out(out_path_);
  if (!out.ok()) {
    std::fprintf(stderr, "sada: cannot write %s\n", out_path_.c_str());
    return 1;
  }
  int workers = internal::ResolveThreads(in_.threads);
  std::vector<std::string> credits;  // per document, in the order added (AgencyCredit)
  BatchPipeline pipe(4096, workers > 1, [&](std::vector<Article>&& batch) {
    std::vector<ReuseInput> inputs;
    for (const Article& a : batch) {
      inputs.push_back({a.id, a.source, a.published, a.text});
      credits.push_back(AgencyCredit(a));
    }
    finder.Add(inputs, std::max(1, workers - 1));
  });
  IngestStats stats;
  int rc = ReadArticles("reuse", in_, &out, [&](Article&& a) { pipe.Push(std::move(a)); }, &stats, 1);
  pipe.Finish();
  if (rc == 2) return rc;
  auto t1 = Clock::now();
  std::vector<Passage> passages;
  std::vector<Boilerplate> boiler;
  ReuseStats rs;
  finder.Run(&passages, &boiler, &rs);
  double align_secs = Seconds(t1);
  std::string line;
  DocNames names{[&](uint32_t d) -> std::string_view { return finder.id(d); },
                 [&](uint32_t d) -> std::string_view { return finder.source(d); },
                 [&](uint32_t d) -> std::string_view { return finder.published(d); },
                 [&](uint32_t d) -> std::string_view { return credits[d]; }};
  for (const Passage& p : passages) {
    PassageLine(p, names, &line);
    out.Write(line);
  }
  for (const Boilerplate& b : boiler) {
    BoilerplateLine(b, names, &line);
    out.Write(line);
  }
  if (!out.Close()) {
    std::fprintf(stderr, "sada: error writing output\n");
    return 1;
  }
  std::fprintf(stderr,
               "sada reuse: %lld articles: %lld candidate pairs, %lld passages, %lld boilerplate passages "
               "(%lld formula seeds; %lld alignments of formulas only dropped); alignment %.2f s, total %.2f s\n",
               static_cast<long long>(rs.documents), static_cast<long long>(rs.candidate_pairs),
               static_cast<long long>(rs.passages), static_cast<long long>(rs.boilerplate_passages),
               static_cast<long long>(rs.common_seeds), static_cast<long long>(rs.formulaic), align_secs,
               Seconds(t0));
  return rc;
}

}  // namespace sada::cli
