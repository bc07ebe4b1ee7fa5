// sada dedup: duplicate groups.
#include <xxhash.h>

#include <cinttypes>

#include "commands.h"
#include "writers.h"
#include "ingest/json_writer.h"
#include "util/parallel.h"

namespace sada::cli {

DedupCommand::DedupCommand(CLI::App* app) {
  cmd_ = app->add_subcommand("dedup", "Find exact and near-duplicate articles; one JSON line per group");
  in_.Add(cmd_, false);
  cmd_->add_option("-o,--output", out_path_, "Write groups here (default: standard output)");
  shingle_opt_ = cmd_->add_option("--shingle", opts_.shingle, "Words per shingle")
                     ->capture_default_str()->check(CLI::Range(1, 1000));
  cmd_->add_option("--threshold", opts_.threshold, "Jaccard of shingle sets at or above which articles are near duplicates")
      ->capture_default_str()->check(CLI::Range(0.01, 1.0));
  hashes_opt_ = cmd_->add_option("--hashes", opts_.hashes, "MinHash signature length")
                    ->capture_default_str()->check(CLI::Range(1, 65536));
  cmd_->add_option("--bands", opts_.bands, "LSH bands (with --rows; default: chosen for recall >= --min-recall at the threshold)");
  cmd_->add_option("--rows", opts_.rows, "LSH rows per band");
  cmd_->add_option("--min-recall", opts_.min_recall, "Candidate probability the banding must reach at the threshold")
      ->capture_default_str()->check(CLI::Range(0.5, 0.99999));
  cmd_->add_option("--index", index_path_, "Load a saved index first; PATHs are added to it");
  cmd_->add_option("--save-index", save_path_, "Save the index (all articles read) to this file");
}

int DedupCommand::Run() {
  auto t0 = Clock::now();
  if (in_.paths.empty() && index_path_.empty()) {
    std::fprintf(stderr, "sada dedup: give PATHs to read, or --index FILE\n");
    return 2;
  }
  if ((opts_.bands > 0) != (opts_.rows > 0) || opts_.bands * opts_.rows > opts_.hashes) {
    std::fprintf(stderr, "sada dedup: --bands and --rows go together, and bands x rows must not exceed --hashes\n");
    return 2;
  }
  opts_.threads = in_.threads;
  DedupIndex idx(opts_);
  if (!index_path_.empty()) {
    Status st = DedupIndex::Load(index_path_, in_.threads, &idx);
    if (!st.ok()) {
      std::fprintf(stderr, "sada dedup: %s\n", st.message().c_str());
      return 1;
    }
    const DedupOptions& o = idx.options();
    if ((shingle_opt_->count() && o.shingle != opts_.shingle) || (hashes_opt_->count() && o.hashes != opts_.hashes)) {
      std::fprintf(stderr, "sada dedup: %s was built with --shingle %d --hashes %d; it cannot be used with others\n",
                   index_path_.c_str(), o.shingle, o.hashes);
      return 2;
    }
    std::fprintf(stderr, "sada dedup: loaded %zu articles from %s\n", idx.size(), index_path_.c_str());
  }
  Output out(out_path_);
  if (!out.ok()) {
    std::fprintf(stderr, "sada: cannot write %s\n", out_path_.c_str());
    return 1;
  }
  int64_t already = 0;
  int rc = 0;
  if (!in_.paths.empty()) {
    // Reading stays on this thread; signatures are computed on the others.
    int workers = internal::ResolveThreads(in_.threads);
    BatchPipeline pipe(4096, workers > 1, [&](std::vector<Article>&& batch) {
      std::vector<DedupIndex::Input> inputs;
      inputs.reserve(batch.size());
      for (const Article& a : batch) inputs.push_back({a.id, a.published, a.text});
      already += idx.Add(inputs, std::max(1, workers - 1));
    });
    IngestStats stats;
    rc = ReadArticles("dedup", in_, &out, [&](Article&& a) { pipe.Push(std::move(a)); }, &stats, -1);
    pipe.Finish();
    if (rc == 2) return rc;
  }
  if (already > 0)
    std::fprintf(stderr, "sada dedup: %lld articles were already in the index (same id) and were not added again\n",
                 static_cast<long long>(already));
  DedupStats ds;
  auto t1 = Clock::now();
  std::vector<DedupGroup> groups = idx.Groups(&ds);
  double group_secs = Seconds(t1);
  std::string line;
  DocNames names{[&](uint32_t d) -> std::string_view { return idx.id(d); }, nullptr,
                 [&](uint32_t d) -> std::string_view { return idx.published(d); }};
  for (const DedupGroup& g : groups) {
    GroupLine(g, names, &line);
    out.Write(line);
  }
  if (!out.Close()) {
    std::fprintf(stderr, "sada: error writing output\n");
    return 1;
  }
  Banding b = idx.banding();
  std::fprintf(stderr,
               "sada dedup: %lld articles (%lld without words): %lld groups (%lld near, %lld exact), "
               "%lld exact copies; LSH %d bands x %d rows (P=%.3f at J=%.2f): %lld candidate pairs, "
               "%lld verified; grouping %.2f s, total %.2f s\n",
               static_cast<long long>(ds.documents), static_cast<long long>(ds.empty),
               static_cast<long long>(ds.groups), static_cast<long long>(ds.near_groups),
               static_cast<long long>(ds.groups - ds.near_groups), static_cast<long long>(ds.exact_duplicates),
               b.bands, b.rows, b.recall_at_threshold, idx.options().threshold,
               static_cast<long long>(ds.candidate_pairs), static_cast<long long>(ds.verified_pairs),
               group_secs, Seconds(t0));
  if (!save_path_.empty()) {
    Status st = idx.Save(save_path_);
    if (!st.ok()) {
      std::fprintf(stderr, "sada dedup: %s\n", st.message().c_str());
      return 1;
    }
    std::fprintf(stderr, "sada dedup: saved %zu articles to %s\n", idx.size(), save_path_.c_str());
  }
  return rc;
}

}  // namespace sada::cli
