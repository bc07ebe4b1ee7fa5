// Pieces shared by the subcommands of the sada tool: buffered output, the
// ingest sink that prints diagnostics and progress, and the input options
// every subcommand that reads articles takes.
#ifndef SADA_TOOLS_CLI_H_
#define SADA_TOOLS_CLI_H_

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "sada/analyze.h"
#include "sada/ingest.h"

namespace sada::cli {

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

// What a command does with the articles read before they are passed on
// (analyze --update: an article already in the earlier analysis is skipped).
struct Admission {
  std::string diagnostics_head;         // put first in the diagnostics file (the earlier run's)
  std::vector<sada::Diagnostic> before;  // errors of records read before the paths, counted as this run's
  // Each article: no diagnostic keeps it; a kSkipped one drops it (the
  // record is counted skipped); a kWarning one keeps it as `check` left it.
  std::function<std::optional<sada::Diagnostic>(sada::Article*)> check;
};

class CliSink : public sada::IngestSink {
 public:
  // Each article goes to `on_article`, or as a JSON line to `out` if it is null.
  // Diagnostics are printed to stderr unless quiet; when they also go to
  // `diag_out`, only the first kShownWithFile are printed (PrintUnshown()
  // says how many more and of what kinds).
  static constexpr int64_t kShownWithFile = 10;
  CliSink(Output* out, Output* diag_out, bool quiet,
          std::function<void(sada::Article&&)> on_article = nullptr, const Admission* admission = nullptr)
      : out_(out), diag_out_(diag_out), quiet_(quiet), tty_(isatty(2) != 0), start_(Clock::now()),
        on_article_(std::move(on_article)), admission_(admission) {}

  void OnArticle(sada::Article&& a) override {
    if (admission_ && admission_->check) {
      if (std::optional<sada::Diagnostic> d = admission_->check(&a)) {
        const bool drop = d->severity == sada::Severity::kSkipped;
        (drop ? dropped_ : warned_) += 1;
        OnDiagnostic(std::move(*d));
        if (drop) return;
      }
    }
    if (on_article_) {
      on_article_(std::move(a));
      return;
    }
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
    if (!quiet_ && (!diag_out_ || diagnostics_ <= kShownWithFile)) {
      ClearProgress();
      std::fprintf(stderr, "sada: %s: %s: %s\n", sada::SeverityName(d.severity),
                   d.origin.ToString().c_str(), d.reason.c_str());
    }
    std::string kind = sada::DiagnosticKind(d);
    if (kinds_.size() >= kMaxKinds && !kinds_.count(kind)) kind = "other";
    ++kinds_[kind];
    if (first_.size() < kFirstKept) first_.push_back(std::move(d));
  }
  // The diagnostics by kind, the most frequent first.
  std::vector<std::pair<std::string, int64_t>> Kinds() const {
    std::vector<std::pair<std::string, int64_t>> v(kinds_.begin(), kinds_.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return v;
  }
  const std::vector<sada::Diagnostic>& first() const { return first_; }
  // "sada CMD: 314 more diagnostics not printed; all 324 in FILE: 191 error: ..."
  void PrintUnshown(const char* cmd, const std::string& file) const {
    if (quiet_ || !diag_out_ || diagnostics_ <= kShownWithFile) return;
    std::string kinds;
    auto v = Kinds();
    for (size_t i = 0; i < v.size() && i < 5; ++i)
      kinds += (i ? "; " : "") + std::to_string(v[i].second) + " " + v[i].first;
    if (v.size() > 5) kinds += "; ...";
    std::fprintf(stderr, "sada %s: %lld more diagnostics not printed; all %lld in %s: %s\n", cmd,
                 static_cast<long long>(diagnostics_ - kShownWithFile), static_cast<long long>(diagnostics_),
                 file.c_str(), kinds.c_str());
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
  int64_t dropped() const { return dropped_; }  // articles the admission skipped
  int64_t warned() const { return warned_; }    // articles it kept with a warning

 private:
  Output* out_;
  Output* diag_out_;
  bool quiet_, tty_;
  Clock::time_point start_;
  bool progress_shown_ = false;
  int64_t diagnostics_ = 0;
  static constexpr size_t kMaxKinds = 1000, kFirstKept = 20;
  std::map<std::string, int64_t> kinds_;
  std::vector<sada::Diagnostic> first_;
  std::string line_;
  std::function<void(sada::Article&&)> on_article_;
  const Admission* admission_;
  int64_t dropped_ = 0, warned_ = 0;
};

// Options of every subcommand that reads articles.
struct InputOptions {
  std::vector<std::string> paths;
  std::vector<std::string> fields;
  std::string diag_path;
  bool strict = false;
  bool quiet = false;
  int threads = 1;
  // Adds paths (required or not), --field, --diagnostics, -j, --strict, -q.
  void Add(CLI::App* cmd, bool paths_required);
};

// Reads opts.paths, giving each article to on_article (or writing it as JSON
// to `out` when on_article is null), and prints "sada <cmd>: read ..." to
// stderr. Returns 0, or the exit code to stop with (usage error, unreadable
// path, --strict with diagnostics, write error).
// ingest_threads overrides opts.threads for the reading itself (commands that
// process articles on other threads read on one). `summary`, if given, gets
// the stats, the diagnostics by kind and the first of them.
// `admission`, if given, filters the articles first (its diagnostics are
// the run's, counted in the stats).
int ReadArticles(const char* cmd, const InputOptions& opts, Output* out,
                 std::function<void(sada::Article&&)> on_article, sada::IngestStats* stats,
                 int ingest_threads = -1, sada::InputSummary* summary = nullptr,
                 const Admission* admission = nullptr);

double Seconds(Clock::time_point since);

// Hands articles to `process` in batches, in input order. With background
// set, a batch is processed on another thread while the next one is read
// (one batch in flight), so reading and per-article work overlap. The other
// thread lives as long as the pipeline: what `process` keeps in thread_local
// buffers (token and shingle vectors, probe tables) is made once, not once
// per batch, which on a million articles in batches of 1024 cost a third of
// the run.
class BatchPipeline {
 public:
  BatchPipeline(size_t batch, bool background, std::function<void(std::vector<sada::Article>&&)> process)
      : batch_(batch), background_(background), process_(std::move(process)) {}
  ~BatchPipeline() {
    if (!worker_.joinable()) return;
    {
      std::unique_lock<std::mutex> lock(mu_);
      WaitIdle(lock);
      stop_ = true;
    }
    work_.notify_one();
    worker_.join();
  }
  void Push(sada::Article&& a) {
    cur_.push_back(std::move(a));
    if (cur_.size() >= batch_) Launch();
  }
  void Finish() {
    Launch();
    Wait();
  }

 private:
  void Launch() {
    Wait();
    if (cur_.empty()) return;
    if (!background_) {
      process_(std::move(cur_));
      cur_.clear();
      return;
    }
    if (!worker_.joinable()) worker_ = std::thread([this] { Work(); });
    {
      std::lock_guard<std::mutex> lock(mu_);
      next_ = std::move(cur_);
      has_work_ = true;
    }
    work_.notify_one();
    cur_ = {};
  }
  // Waits until the batch in flight is done; rethrows what it threw.
  void Wait() {
    if (!worker_.joinable()) return;
    std::unique_lock<std::mutex> lock(mu_);
    WaitIdle(lock);
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }
  void WaitIdle(std::unique_lock<std::mutex>& lock) {
    idle_.wait(lock, [&] { return !has_work_ && !busy_; });
  }
  void Work() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      work_.wait(lock, [&] { return has_work_ || stop_; });
      if (!has_work_) return;
      std::vector<sada::Article> b = std::move(next_);
      next_ = {};
      has_work_ = false;
      busy_ = true;
      lock.unlock();
      try {
        process_(std::move(b));
      } catch (...) {
        lock.lock();
        error_ = std::current_exception();
        lock.unlock();
      }
      lock.lock();
      busy_ = false;
      idle_.notify_all();
    }
  }
  size_t batch_;
  bool background_;
  std::function<void(std::vector<sada::Article>&&)> process_;
  std::vector<sada::Article> cur_;
  std::thread worker_;
  std::mutex mu_;
  std::condition_variable work_, idle_;
  std::vector<sada::Article> next_;
  bool has_work_ = false, busy_ = false, stop_ = false;
  std::exception_ptr error_;
};

}  // namespace sada::cli

#endif  // SADA_TOOLS_CLI_H_
