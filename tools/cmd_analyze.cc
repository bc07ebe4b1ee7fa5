// sada analyze (the main job) and sada stories.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "commands.h"
#include "sada/ner.h"
#include "sada/report.h"
#include "util/parallel.h"
#include "writers.h"

namespace sada::cli {

namespace {

void AddStoryOptions(CLI::App* cmd, StoryOptions* o) {
  cmd->add_option("--threshold", o->threshold, "Score (cosine, decayed by the story's age) at which an article joins a story")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--decay-hours", o->decay_hours,
                  "The score is the cosine divided by 1 + (hours since the story began) / this; 0: no decay")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  cmd->add_option("--window-hours", o->window_hours, "A story closes when no article joined it for this many hours")
      ->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--decay-from", o->decay_from,
                  "The story's age counts from this point between its first (0) and latest (1) article")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--place-penalty", o->place_penalty,
                  "Score multiplier when the places in the article's first lines and the story's have none in common")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--day-penalty", o->day_penalty,
                  "Score multiplier when the days named in the article's first lines and the story's have none in common "
                  "and the words they share are not bursty (see --merge-burst): another day's daily report")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--merge-threshold", o->merge_threshold,
                  "After the pass, join stories whose centroids reach this cosine through bursty terms (0: off)")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--merge-burst", o->merge_burst,
                  "How many times more the shared terms must be used in the stories' days than in the whole run")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  cmd->add_option("--merge-needs-fact", o->merge_needs_fact,
                  "Nonzero: a merge also needs a shared bursty entity, figure or date")
      ->capture_default_str();
  cmd->add_option("--orphan-threshold", o->orphan_threshold,
                  "After merging, an article left alone joins the story whose centroid it reaches this cosine with "
                  "(places not disjoint; 0: off)")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--orphan-burst", o->orphan_burst,
                  "How many times more the terms it shares with the story must be used in their days than in the run")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  cmd->add_option("--background-days", o->background_days,
                  "A run spanning fewer days measures bursts with the built-in background corpus standing in for "
                  "the days it lacks (0: against the run alone)")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
}

// "[####    ] stage" on a terminal.
class StageProgress {
 public:
  explicit StageProgress(bool quiet) : on_(!quiet && isatty(2) != 0), start_(Clock::now()) {}
  void operator()(const char* stage, int64_t done, int64_t total) {
    if (!on_ || Seconds(start_) < 0.5) return;
    int width = 30;
    int filled = total > 0 ? static_cast<int>(width * std::min<double>(1.0, static_cast<double>(done) / total)) : 0;
    std::fprintf(stderr, "\r[%s%s] %-10s %lld/%lld %.0fs   ", std::string(filled, '#').c_str(),
                 std::string(width - filled, ' ').c_str(), stage, static_cast<long long>(done),
                 static_cast<long long>(total), Seconds(start_));
    shown_ = true;
  }
  void Clear() {
    if (shown_) std::fprintf(stderr, "\r%*s\r", 78, "");
    shown_ = false;
  }

 private:
  bool on_;
  Clock::time_point start_;
  bool shown_ = false;
};

DocNames NamesOf(const Analysis& an) {
  return DocNames{[&an](uint32_t d) -> std::string_view { return an.articles[d].id; },
                  [&an](uint32_t d) -> std::string_view { return an.articles[d].source; },
                  [&an](uint32_t d) -> std::string_view { return an.articles[d].published; }};
}

// Reads every article into memory; 0 or the exit code to stop with.
int ReadAll(const char* cmd, const InputOptions& in, Analysis* an) {
  Output none("");
  IngestStats stats;
  return ReadArticles(cmd, in, &none, [&](Article&& a) { an->articles.push_back(std::move(a)); }, &stats, -1,
                      &an->input);
}

bool MakeDir(const std::string& dir) {
  if (mkdir(dir.c_str(), 0777) == 0 || errno == EEXIST) {
    struct stat st;
    return stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  }
  return false;
}

void PrintStories(const Analysis& an, int show) {
  int shown = 0;
  for (const auto& as : an.stories) {
    const Story& s = as.story;
    if (shown >= show || (s.articles.size() < 2 && shown > 0)) break;
    ++shown;
    std::string when = s.first_published.empty() ? "undated" : s.first_published.substr(0, 10);
    if (!s.last_published.empty() && s.last_published.substr(0, 10) != when) when += ".." + s.last_published.substr(0, 10);
    std::fprintf(stderr, "  %s  %3zu articles, %2zu outlets, %s  %s\n", s.id.c_str(), s.articles.size(),
                 s.outlets.size(), when.c_str(), s.label.c_str());
  }
}

}  // namespace

StoriesCommand::StoriesCommand(CLI::App* app) {
  cmd_ = app->add_subcommand("stories", "Group articles that report the same event; one JSON line per story");
  in_.Add(cmd_, true);
  cmd_->add_option("-o,--output", out_path_, "Write stories here (default: standard output)");
  AddStoryOptions(cmd_, &opts_);
}

int StoriesCommand::Run() {
  auto t0 = Clock::now();
  Analysis an;
  int rc = ReadAll("stories", in_, &an);
  if (rc == 2 || (rc != 0 && an.articles.empty())) return rc;
  Output out(out_path_);
  if (!out.ok()) {
    std::fprintf(stderr, "sada: cannot write %s\n", out_path_.c_str());
    return 1;
  }
  AnalyzeOptions o;
  o.stories = opts_;
  o.stories_only = true;
  o.threads = in_.threads;
  StageProgress progress(in_.quiet);
  RunAnalysis(NerModel::Builtin(), o, &an, [&](const char* s, int64_t d, int64_t t) { progress(s, d, t); });
  progress.Clear();
  std::string line;
  DocNames names = NamesOf(an);
  for (const auto& as : an.stories) {
    StoryLine(as.story, names, nullptr, nullptr, &line);
    out.Write(line);
  }
  if (!out.Close()) {
    std::fprintf(stderr, "sada: error writing output\n");
    return 1;
  }
  std::fprintf(stderr, "sada stories: %zu articles (%lld undated): %lld stories, %lld of two or more articles; "
               "%lld article-to-story comparisons; %.2f s\n",
               an.articles.size(), static_cast<long long>(an.story_stats.undated),
               static_cast<long long>(an.story_stats.stories), static_cast<long long>(an.story_stats.multi_article),
               static_cast<long long>(an.story_stats.comparisons), Seconds(t0));
  return rc;
}

AnalyzeCommand::AnalyzeCommand(CLI::App* app) {
  cmd_ = app->add_subcommand("analyze",
                             "The main job: duplicates, copied passages, facts, stories compared across outlets, "
                             "summaries and timelines; JSON Lines and report.html in DIR");
  in_.Add(cmd_, true);
  cmd_->add_option("-o,--output", dir_, "Directory to write (created if missing)")->required();
  AddStoryOptions(cmd_, &opts_.stories);
  cmd_->add_option("--report-stories", report_stories_, "Stories shown in report.html (the largest)")
      ->capture_default_str();
  cmd_->add_option("--report-story", report_ids_, "Show this story in report.html (its id; repeatable)")
      ->allow_extra_args(false);
  cmd_->add_option("--report-match", report_match_,
                   "Show the stories whose titles, terms, outlets or id hold every word of this text "
                   "(forms folded as in match keys; repeatable: any of them)")
      ->allow_extra_args(false);
  cmd_->add_option("--show", show_, "Stories listed on the terminal")->capture_default_str();
}

int AnalyzeCommand::Run() {
  auto t0 = Clock::now();
  if (!MakeDir(dir_)) {
    std::fprintf(stderr, "sada analyze: cannot create directory %s\n", dir_.c_str());
    return 1;
  }
  // Every diagnostic goes to DIR/diagnostics.jsonl (unless --diagnostics
  // names another file); the terminal shows the first ones and the counts.
  if (in_.diag_path.empty()) in_.diag_path = dir_ + "/diagnostics.jsonl";
  Analysis an;
  int rc = ReadAll("analyze", in_, &an);
  if (rc == 2 || (rc != 0 && an.articles.empty())) return rc;
  if (an.input.diagnostics_file == dir_ + "/diagnostics.jsonl") an.input.diagnostics_file = "diagnostics.jsonl";
  double read_secs = Seconds(t0);
  opts_.threads = in_.threads;
  StageProgress progress(in_.quiet);
  RunAnalysis(NerModel::Builtin(), opts_, &an, [&](const char* s, int64_t d, int64_t t) { progress(s, d, t); });
  progress.Clear();

  auto tw = Clock::now();
  const DocNames names = NamesOf(an);
  std::string line;
  auto write = [&](const char* name, const std::function<void(Output&)>& body) {
    std::string path = dir_ + "/" + name;
    Output out(path);
    if (!out.ok()) {
      std::fprintf(stderr, "sada analyze: cannot write %s\n", path.c_str());
      return false;
    }
    body(out);
    if (!out.Close()) {
      std::fprintf(stderr, "sada analyze: error writing %s\n", path.c_str());
      return false;
    }
    return true;
  };
  bool ok = true;
  ok = ok && write("articles.jsonl", [&](Output& out) {
    for (const Article& a : an.articles) {
      line.clear();
      AppendArticleJson(a, &line);
      line.push_back('\n');
      out.Write(line);
    }
  });
  ok = ok && write("duplicates.jsonl", [&](Output& out) {
    for (const DedupGroup& g : an.duplicates) {
      GroupLine(g, names, &line);
      out.Write(line);
    }
  });
  ok = ok && write("reuse.jsonl", [&](Output& out) {
    for (const Passage& p : an.passages) {
      PassageLine(p, names, &line);
      out.Write(line);
    }
    for (const Boilerplate& b : an.boilerplate) {
      BoilerplateLine(b, names, &line);
      out.Write(line);
    }
  });
  ok = ok && write("facts.jsonl", [&](Output& out) {
    for (size_t i = 0; i < an.articles.size(); ++i)
      for (const Fact& f : an.facts[i]) {
        FactLine(an.articles[i].id, f, &line);
        out.Write(line);
      }
  });
  ok = ok && write("stories.jsonl", [&](Output& out) {
    for (const auto& as : an.stories) {
      StoryLine(as.story, names, &as, &an, &line);
      out.Write(line);
    }
  });
  if (!ok) return 1;
  ReportOptions ro;
  ro.max_stories = report_stories_;
  ro.title = "sada: " + std::to_string(an.articles.size()) + " articles";
  ro.story_ids = report_ids_;
  ro.match = report_match_;
  Status st = WriteReport(an, ro, dir_ + "/report.html");
  if (!st.ok()) {
    std::fprintf(stderr, "sada analyze: %s\n", st.message().c_str());
    return 1;
  }
  size_t facts = 0;
  for (const auto& f : an.facts) facts += f.size();
  std::fprintf(stderr,
               "sada analyze: %zu articles: %zu facts, %lld duplicate groups, %lld copied passages, "
               "%lld stories (%lld of two or more articles)\n",
               an.articles.size(), facts, static_cast<long long>(an.dedup_stats.groups),
               static_cast<long long>(an.reuse_stats.passages), static_cast<long long>(an.story_stats.stories),
               static_cast<long long>(an.story_stats.multi_article));
  PrintStories(an, show_);
  if (!ro.story_ids.empty() || !ro.match.empty()) {
    size_t matched = 0;
    const size_t shown = ReportedStories(an, ro, &matched).size();
    if (matched == 0)
      std::fprintf(stderr, "sada analyze: no story matches --report-story / --report-match; report.html shows none\n");
    else if (shown == matched)
      std::fprintf(stderr, "sada analyze: report.html shows the %zu %s chosen\n", shown, shown == 1 ? "story" : "stories");
    else
      std::fprintf(stderr, "sada analyze: report.html shows the largest %zu of the %zu stories chosen\n", shown, matched);
  }
  std::fprintf(stderr,
               "sada analyze: read %.2f s, facts %.2f s, duplicates %.2f s, reuse %.2f s, stories %.2f s, "
               "compare %.2f s, write %.2f s; total %.2f s; wrote %s/report.html\n",
               read_secs, an.seconds.facts, an.seconds.duplicates, an.seconds.reuse, an.seconds.stories,
               an.seconds.compare, Seconds(tw), Seconds(t0), dir_.c_str());
  return rc;
}

}  // namespace sada::cli
