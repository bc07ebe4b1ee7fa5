// The sada command-line tool. Subcommands:
//   sada ingest PATH... [-o FILE]    articles as JSON Lines
//   sada normalize [--tokens ...]    the text core on standard input
// Exit codes: 0 success; 1 input problems (unreadable paths, or any
// diagnostic under --strict); 2 usage errors.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <set>
#include <string>

#include "sada/ingest.h"
#include "sada/text.h"

namespace {

using Clock = std::chrono::steady_clock;

// Writes to a file or stdout through a large buffer.
class Output {
 public:
  explicit Output(const std::string& path) {
    if (path.empty() || path == "-") {
      f_ = stdout;
    } else {
      f_ = std::fopen(path.c_str(), "wb");
      owned_ = true;
    }
  }
  ~Output() { Close(); }
  bool ok() const { return f_ != nullptr; }
  void Write(const std::string& s) {
    buf_ += s;
    if (buf_.size() > (1 << 20)) Flush();
  }
  void Flush() {
    if (!buf_.empty() && f_) std::fwrite(buf_.data(), 1, buf_.size(), f_);
    buf_.clear();
  }
  bool Close() {
    Flush();
    bool good = f_ && !std::ferror(f_);
    if (f_ && owned_) good = std::fclose(f_) == 0 && good;
    else if (f_) std::fflush(f_);
    f_ = nullptr;
    return good;
  }

 private:
  std::FILE* f_ = nullptr;
  bool owned_ = false;
  std::string buf_;
};

class CliSink : public sada::IngestSink {
 public:
  CliSink(Output* out, Output* diag_out, bool quiet)
      : out_(out), diag_out_(diag_out), quiet_(quiet), tty_(isatty(2) != 0), start_(Clock::now()) {}

  void OnArticle(sada::Article&& a) override {
    line_.clear();
    sada::AppendArticleJson(a, &line_);
    line_.push_back('\n');
    out_->Write(line_);
  }
  void OnDiagnostic(sada::Diagnostic&& d) override {
    ++diagnostics_;
    if (diag_out_) {
      std::string l;
      sada::AppendDiagnosticJson(d, &l);
      l.push_back('\n');
      diag_out_->Write(l);
    }
    if (!quiet_) {
      ClearProgress();
      std::fprintf(stderr, "sada: %s: %s: %s\n", sada::SeverityName(d.severity),
                   d.origin.ToString().c_str(), d.reason.c_str());
    }
  }
  void OnProgress(int64_t done, int64_t total) override {
    if (!tty_ || quiet_ || total <= 0) return;
    double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    if (secs < 0.5) return;
    int width = 30;
    int filled = static_cast<int>(width * std::min<double>(1.0, static_cast<double>(done) / total));
    std::fprintf(stderr, "\r[%s%s] %5.1f%% %.1f/%.1f MB %.0fs", std::string(filled, '#').c_str(),
                 std::string(width - filled, ' ').c_str(), 100.0 * done / total, done / 1e6,
                 total / 1e6, secs);
    progress_shown_ = true;
  }
  void ClearProgress() {
    if (progress_shown_) std::fprintf(stderr, "\r%*s\r", 70, "");
    progress_shown_ = false;
  }
  int64_t diagnostics() const { return diagnostics_; }

 private:
  Output* out_;
  Output* diag_out_;
  bool quiet_, tty_;
  Clock::time_point start_;
  bool progress_shown_ = false;
  int64_t diagnostics_ = 0;
  std::string line_;
};

int RunIngest(const std::vector<std::string>& paths, const std::string& out_path,
              const std::string& diag_path, const std::vector<std::string>& fields, bool strict,
              bool quiet, int threads) {
  sada::IngestOptions opts;
  opts.threads = threads;
  for (const auto& f : fields) {
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
  Output out(out_path);
  if (!out.ok()) {
    std::fprintf(stderr, "sada: cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::unique_ptr<Output> diag;
  if (!diag_path.empty()) {
    diag = std::make_unique<Output>(diag_path);
    if (!diag->ok()) {
      std::fprintf(stderr, "sada: cannot write %s\n", diag_path.c_str());
      return 1;
    }
  }
  CliSink sink(&out, diag.get(), quiet);
  sada::IngestStats stats;
  auto t0 = Clock::now();
  sada::Status st = sada::Ingest(paths, opts, &sink, &stats);
  double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  sink.ClearProgress();
  bool wrote = out.Close() && (!diag || diag->Close());
  if (!st.ok()) {
    std::fprintf(stderr, "sada: %s\n", st.message().c_str());
    return 2;
  }
  std::fprintf(stderr,
               "sada: read %lld files, %.1f MB: %lld records = %lld articles + %lld errors + "
               "%lld skipped; %lld warnings; %.2f s, %.1f MB/s, %.0f articles/s\n",
               static_cast<long long>(stats.files), stats.bytes / 1e6,
               static_cast<long long>(stats.records), static_cast<long long>(stats.articles),
               static_cast<long long>(stats.errors), static_cast<long long>(stats.skipped),
               static_cast<long long>(stats.warnings), secs, stats.bytes / 1e6 / secs,
               stats.articles / secs);
  if (!wrote) {
    std::fprintf(stderr, "sada: error writing output\n");
    return 1;
  }
  if (stats.unreadable_paths > 0) return 1;
  if (strict && sink.diagnostics() > 0) {
    std::fprintf(stderr, "sada: --strict: %lld diagnostics\n", static_cast<long long>(sink.diagnostics()));
    return 1;
  }
  return 0;
}

int RunNormalize(const std::string& form, bool tokens, bool sentences, bool stems,
                 const std::string& lang) {
  std::string in((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  int64_t bad = sada::RepairUtf8(&in);
  if (bad > 0) std::fprintf(stderr, "sada: %lld invalid UTF-8 bytes replaced by U+FFFD\n", static_cast<long long>(bad));
  std::string out;
  if (tokens) {
    sada::TokenizedText tt;
    sada::Tokenize(in, &tt);
    for (const auto& t : tt.tokens) {
      std::string key(tt.Key(t));
      out += std::to_string(t.span.begin) + "\t" + std::to_string(t.span.end) + "\t" +
             (t.kind == sada::TokenKind::kNumber ? "number" : "word") + "\t" + key;
      if (stems) out += "\t" + sada::Stem(key, lang);
      out += "\t" + std::string(sada::SliceCodePoints(in, t.span)) + "\n";
    }
  } else if (sentences) {
    std::vector<sada::Span> ss;
    sada::SplitSentences(in, &ss);
    for (const auto& s : ss)
      out += std::to_string(s.begin) + "\t" + std::to_string(s.end) + "\t" +
             std::string(sada::SliceCodePoints(in, s)) + "\n";
  } else {
    out = sada::Normalize(in, form == "display" ? sada::Form::kDisplay : sada::Form::kMatchKey);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sada (صدى): follow one story as it echoes through many news outlets"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sada 0.1.0");

  auto* ingest = app.add_subcommand("ingest", "Read articles from files, folders, archives, feeds and WARC files; write JSON Lines");
  std::vector<std::string> paths, fields;
  std::string out_path, diag_path;
  bool strict = false, quiet = false;
  int threads = 1;
  ingest->add_option("paths", paths, "Files or folders to read")->required();
  ingest->add_option("-o,--output", out_path, "Write articles here (default: standard output)");
  ingest->add_option("--diagnostics", diag_path, "Also write diagnostics as JSON Lines here");
  ingest->add_option("--field", fields, "Map a JSON field: NAME=INPUT_FIELD (e.g. text=body)");
  ingest->add_option("-j,--threads", threads, "Threads for per-article work (0 = all cores); the output does not depend on it")
      ->check(CLI::NonNegativeNumber);
  ingest->add_flag("--strict", strict, "Exit with status 1 if any record gets a diagnostic");
  ingest->add_flag("-q,--quiet", quiet, "Do not print diagnostics or progress (the summary still prints)");

  auto* norm = app.add_subcommand("normalize", "Normalise standard input (match key by default)");
  std::string form = "key", lang = "ar";
  bool tokens = false, sentences = false, stems = false;
  norm->add_option("--form", form, "display or key")->check(CLI::IsMember({"display", "key"}));
  norm->add_flag("--tokens", tokens, "Print tokens: begin, end (code points), kind, key, original text");
  norm->add_flag("--stems", stems, "With --tokens: add the stem of each token");
  norm->add_flag("--sentences", sentences, "Print sentences: begin, end, text");
  norm->add_option("--lang", lang, "Language for stems of non-Arabic words (en, fr, ...)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (ingest->parsed()) return RunIngest(paths, out_path, diag_path, fields, strict, quiet, threads);
  if (norm->parsed()) return RunNormalize(form, tokens, sentences, stems, lang);
  return 2;
}
