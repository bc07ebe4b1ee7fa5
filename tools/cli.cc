#include "cli.h"

#include <memory>
#include <set>

namespace sada::cli {

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

void InputOptions::Add(CLI::App* cmd, bool paths_required) {
  auto* p = cmd->add_option("paths", paths, "Files or folders to read (- for standard input)");
  if (paths_required) p->required();
  cmd->add_option("--diagnostics", diag_path, "Also write diagnostics as JSON Lines here");
  // One value per --field (repeat it for more), so that it does not take the paths after it.
  cmd->add_option("--field", fields, "Map a JSON field: NAME=INPUT_FIELD (e.g. text=body); repeatable")->allow_extra_args(false);
  cmd->add_option("-j,--threads", threads,
                  "Threads (0 = all cores); the output does not depend on it")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--strict", strict, "Exit with status 1 if any record gets a diagnostic");
  cmd->add_flag("-q,--quiet", quiet, "Do not print diagnostics or progress (the summary still prints)");
}

int ReadArticles(const char* cmd, const InputOptions& in, Output* out,
                 std::function<void(sada::Article&&)> on_article, sada::IngestStats* stats,
                 int ingest_threads, sada::InputSummary* summary, const Admission* admission) {
  sada::IngestOptions opts;
  opts.threads = ingest_threads >= 0 ? ingest_threads : in.threads;
  for (const auto& f : in.fields) {
    size_t eq = f.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == f.size()) {
      std::fprintf(stderr, "sada: --field takes NAME=INPUT_FIELD, e.g. text=body (got '%s')\n", f.c_str());
      return 2;
    }
    static const std::set<std::string> kKnown = {"text", "title", "url", "source",
                                                 "published", "author", "id", "language"};
    std::string k = f.substr(0, eq);
    if (!kKnown.count(k)) {
      std::fprintf(stderr, "sada: --field: unknown field '%s' (text, title, url, source, published, author, id, language)\n", k.c_str());
      return 2;
    }
    opts.json_fields[k] = f.substr(eq + 1);
  }
  std::unique_ptr<Output> diag;
  if (!in.diag_path.empty()) {
    diag = std::make_unique<Output>(in.diag_path);
    if (!diag->ok()) {
      std::fprintf(stderr, "sada: cannot write %s\n", in.diag_path.c_str());
      return 1;
    }
  }
  CliSink sink(out, diag.get(), in.quiet, std::move(on_article), admission);
  if (admission) {
    if (diag) diag->Write(admission->diagnostics_head);
    for (const sada::Diagnostic& d : admission->before) sink.OnDiagnostic(sada::Diagnostic(d));
  }
  auto t0 = Clock::now();
  sada::Status st = sada::Ingest(in.paths, opts, &sink, stats);
  double secs = Seconds(t0);
  if (admission) {
    const int64_t before = static_cast<int64_t>(admission->before.size());
    stats->records += before;
    stats->errors += before;
    stats->articles -= sink.dropped();
    stats->skipped += sink.dropped();
    stats->warnings += sink.warned();
  }
  sink.ClearProgress();
  bool wrote = !diag || diag->Close();
  if (!st.ok()) {
    std::fprintf(stderr, "sada: %s\n", st.message().c_str());
    return 2;
  }
  std::fprintf(stderr,
               "sada %s: read %lld files, %.1f MB: %lld records = %lld articles + %lld errors + "
               "%lld skipped; %lld warnings; %.2f s, %.1f MB/s, %.0f articles/s\n",
               cmd, static_cast<long long>(stats->files), stats->bytes / 1e6,
               static_cast<long long>(stats->records), static_cast<long long>(stats->articles),
               static_cast<long long>(stats->errors), static_cast<long long>(stats->skipped),
               static_cast<long long>(stats->warnings), secs, stats->bytes / 1e6 / secs,
               stats->articles / secs);
  sink.PrintUnshown(cmd, in.diag_path);
  if (summary) {
    summary->stats = *stats;
    summary->kinds = sink.Kinds();
    summary->first = sink.first();
    summary->diagnostics_file = in.diag_path;
  }
  if (!wrote) {
    std::fprintf(stderr, "sada: error writing %s\n", in.diag_path.c_str());
    return 1;
  }
  if (stats->unreadable_paths > 0) return 1;
  if (in.strict && sink.diagnostics() > 0) {
    std::fprintf(stderr, "sada: --strict: %lld diagnostics\n", static_cast<long long>(sink.diagnostics()));
    return 1;
  }
  return 0;
}

}  // namespace sada::cli
