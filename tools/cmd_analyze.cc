// sada analyze (the main job) and sada stories.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <simdjson.h>

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
  cmd->add_option("--name-share", o->name_share,
                  "A story of 8+ articles none of whose entities is named in the first lines of this share of them "
                  "(and 8 times as often as in the run's) is split by what its titles name (0: off)")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
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
                  [&an](uint32_t d) -> std::string_view { return an.articles[d].published; },
                  [&an](uint32_t d) -> std::string_view {
                    return an.credits.empty() ? std::string_view() : std::string_view(an.credits[d]);
                  }};
}

// Reads every article into memory; 0 or the exit code to stop with.
int ReadAll(const char* cmd, const InputOptions& in, Analysis* an, const Admission* admission = nullptr) {
  Output none("");
  IngestStats stats;
  return ReadArticles(cmd, in, &none, [&](Article&& a) { an->articles.push_back(std::move(a)); }, &stats, -1,
                      &an->input, admission);
}

bool MakeDir(const std::string& dir) {
  if (mkdir(dir.c_str(), 0777) == 0 || errno == EEXIST) {
    struct stat st;
    return stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  }
  return false;
}

std::string ReadWhole(const std::string& path, bool* found) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  *found = f != nullptr;
  std::string s;
  if (!f) return s;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
  std::fclose(f);
  return s;
}

// fn(line, its number from 1) for each line of `text`.
template <typename Fn>
void ForEachLine(const std::string& text, Fn&& fn) {
  int64_t line_no = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = std::min(text.find('\n', at), text.size());
    fn(std::string_view(text.data() + at, end - at), ++line_no);
    at = end + 1;
  }
}

// What an earlier `sada analyze` left in DIR, for --update.
struct Earlier {
  bool found = false;               // DIR/articles.jsonl was there
  std::vector<Article> articles;    // as it wrote them, provenance included
  std::vector<Diagnostic> unreadable;  // lines of its articles.jsonl that were not articles
  std::unordered_map<std::string, std::string> story_of;  // article id -> its story's id
  std::string diagnostics;          // its diagnostics.jsonl, kept at the head of the new one
};

Earlier ReadEarlier(const std::string& dir) {
  Earlier e;
  const std::string path = dir + "/articles.jsonl";
  ForEachLine(ReadWhole(path, &e.found), [&](std::string_view line, int64_t line_no) {
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
    Article a;
    std::string why;
    if (ParseArticleJson(line, &a, &why)) {
      e.articles.push_back(std::move(a));
    } else {
      Origin o;
      o.file = path;
      o.line = line_no;
      e.unreadable.push_back(Diagnostic{Severity::kError, o, "earlier analysis: " + why});
    }
  });
  bool found = false;
  simdjson::dom::parser parser;
  ForEachLine(ReadWhole(dir + "/stories.jsonl", &found), [&](std::string_view line, int64_t) {
    simdjson::dom::element story;
    std::string_view id;
    simdjson::dom::array members;
    if (parser.parse(line.data(), line.size()).get(story) == simdjson::SUCCESS &&
        story["story"].get(id) == simdjson::SUCCESS && story["articles"].get(members) == simdjson::SUCCESS)
      for (auto m : members) {
        std::string_view article;
        if (m.get(article) == simdjson::SUCCESS) e.story_of[std::string(article)] = std::string(id);
      }
  });
  e.diagnostics = ReadWhole(dir + "/diagnostics.jsonl", &found);
  return e;
}

// --update: a new article with an id the earlier analysis has is the same
// article again when its text is the same (skipped, and said), else kept
// under a derived id (as Ingest does). `ids`: the earlier articles' texts by
// id, and the ids let in since (without a text).
std::optional<Diagnostic> Admit(std::unordered_map<std::string, const std::string*>* ids, int64_t* again,
                                Article* a) {
  auto it = ids->find(a->id);
  if (it == ids->end()) {
    ids->emplace(a->id, nullptr);
    return std::nullopt;
  }
  if (it->second != nullptr && *it->second == a->text) {
    ++*again;
    return Diagnostic{Severity::kSkipped, a->origin, "article " + a->id + " is already in the earlier analysis"};
  }
  const std::string base = a->id;
  for (int k = 2; ids->count(a->id = base + "~" + std::to_string(k)); ++k) {
  }
  ids->emplace(a->id, nullptr);
  return Diagnostic{Severity::kWarning, a->origin,
                    "id " + base + " already used in the earlier analysis; this article is " + a->id};
}

// "1 story", "2 stories".
std::string Count(int64_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// --update: the earlier articles first, then the new ones, which are marked.
void AddEarlier(std::vector<Article>&& earlier, int64_t again, Analysis* an) {
  const size_t before = earlier.size();
  earlier.insert(earlier.end(), std::make_move_iterator(an->articles.begin()),
                 std::make_move_iterator(an->articles.end()));
  an->articles = std::move(earlier);
  an->added.assign(an->articles.size(), false);
  std::fill(an->added.begin() + static_cast<long>(before), an->added.end(), true);
  std::fprintf(stderr, "sada analyze: %s of the earlier analysis, %zu new, %lld already there\n",
               Count(static_cast<int64_t>(before), "article", "articles").c_str(), an->articles.size() - before,
               static_cast<long long>(again));
}

void PrintStories(const Analysis& an, int show) {
  int shown = 0;
  for (const auto& as : an.stories) {
    const Story& s = as.story;
    if (shown >= show || (s.articles.size() < 2 && shown > 0)) break;
    ++shown;
    std::string when = s.first_published.empty() ? "undated" : s.first_published.substr(0, 10);
    if (!s.last_published.empty() && s.last_published.substr(0, 10) != when) when += ".." + s.last_published.substr(0, 10);
    std::fprintf(stderr, "  %s  %3zu %s, %2zu %s, %s  %s\n", s.id.c_str(), s.articles.size(),
                 s.articles.size() == 1 ? "article" : "articles", s.outlets.size(),
                 s.outlets.size() == 1 ? "outlet" : "outlets", when.c_str(), s.label.c_str());
  }
}

// The entities most outlets label, three of them, each with its most used
// label over all outlets ("داعش «الإرهابي»: 9 outlets label it, 160 of
// 1103 mentions"); empty when none is labelled.
std::string LabelsLine(const std::vector<EntityNaming>& naming) {
  std::string out;
  int listed = 0;
  for (const EntityNaming& e : naming) {
    if (listed == 3) break;
    const int64_t labelled = LabelledMentions(e);
    int64_t outlets = 0;
    // A label's key -> its uses, and its spelling most used by one outlet.
    struct Label {
      int64_t uses = 0, most = 0;
      std::string spelt;
    };
    std::map<std::string, Label> uses;
    for (const OutletNaming& o : e.outlets) {
      outlets += o.labelled > 0;
      for (const WordUse& w : o.labels) {
        Label& l = uses[FramingKey(w.word)];
        l.uses += w.uses;
        if (w.uses > l.most) l.most = w.uses, l.spelt = w.word;
      }
    }
    if (labelled == 0) break;  // the labelled come first
    std::pair<int64_t, std::string> top{0, ""};
    for (const auto& [k, l] : uses)
      if (l.uses > top.first) top = {l.uses, l.spelt};
    out += (listed++ ? "; " : "") + e.entity + " \u00ab" + top.second + "\u00bb: " + std::to_string(outlets) +
           (outlets == 1 ? " outlet labels it, " : " outlets label it, ") + std::to_string(labelled) + " of " +
           std::to_string(e.mentions) + " mentions";
  }
  if (listed == 3 && naming.size() > 3 && LabelledMentions(naming[3]) > 0) out += "; ...";
  return out;
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
  std::fprintf(stderr, "sada stories: %s (%lld undated): %s, %lld of two or more articles; %s; %.2f s\n",
               Count(static_cast<int64_t>(an.articles.size()), "article", "articles").c_str(),
               static_cast<long long>(an.story_stats.undated), Count(an.story_stats.stories, "story", "stories").c_str(),
               static_cast<long long>(an.story_stats.multi_article),
               Count(an.story_stats.comparisons, "article-to-story comparison", "article-to-story comparisons").c_str(),
               Seconds(t0));
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
  cmd_->add_flag("--update", update_,
                   "DIR holds an earlier analysis: its articles (DIR/articles.jsonl) are read first and the "
                   "paths' articles added (one already there with the same text is skipped), everything is "
                   "analysed again, and what is new since is marked");
  cmd_->add_option("--report-story", report_ids_, "Show this story in report.html (its id; repeatable)")
      ->allow_extra_args(false);
  cmd_->add_option("--report-match", report_match_,
                   "Show the stories whose titles, names, terms, outlets or id hold every word of this text "
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
  Earlier earlier;
  Admission admission;
  std::unordered_map<std::string, const std::string*> ids;  // for Admit
  int64_t again = 0;
  if (update_) {
    earlier = ReadEarlier(dir_);
    if (!earlier.found)
      std::fprintf(stderr, "sada analyze: no earlier analysis in %s (no articles.jsonl); this one starts it\n",
                   dir_.c_str());
    // The earlier run's diagnostics stay at the head of DIR's file.
    if (in_.diag_path == dir_ + "/diagnostics.jsonl") admission.diagnostics_head = std::move(earlier.diagnostics);
    admission.before = std::move(earlier.unreadable);
    for (const Article& a : earlier.articles) ids.emplace(a.id, &a.text);
    admission.check = [&](Article* a) { return Admit(&ids, &again, a); };
  }
  Analysis an;
  int rc = ReadAll("analyze", in_, &an, update_ ? &admission : nullptr);
  if (rc == 2 || (rc != 0 && an.articles.empty() && earlier.articles.empty())) return rc;
  if (update_) AddEarlier(std::move(earlier.articles), again, &an);
  if (an.input.diagnostics_file == dir_ + "/diagnostics.jsonl") an.input.diagnostics_file = "diagnostics.jsonl";
  double read_secs = Seconds(t0);
  opts_.threads = in_.threads;
  StageProgress progress(in_.quiet);
  RunAnalysis(NerModel::Builtin(), opts_, &an, [&](const char* s, int64_t d, int64_t t) { progress(s, d, t); });
  progress.Clear();
  // A story that continues an earlier one keeps its id (docs/stories.md).
  const int64_t recalled = update_ ? CarryStoryIds(earlier.story_of, &an) : 0;

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
  const std::vector<OutletFlow>& flows = an.outlet_flows;
  ok = ok && write("outlets.jsonl", [&](Output& out) {
    for (const OutletFlow& f : flows) {
      OutletFlowLine(f, &line);
      out.Write(line);
    }
  });
  ok = ok && write("framing.jsonl", [&](Output& out) {
    for (const EntityNaming& e : an.naming) {
      EntityNamingLine(e, names, &line);
      out.Write(line);
    }
  });
  if (!ok) return 1;
  ReportOptions ro;
  ro.max_stories = report_stories_;
  ro.title = "sada: " + std::to_string(an.articles.size()) + " articles";
  ro.story_ids = report_ids_;
  ro.match = report_match_;
  // --update: the stories with new articles, and what became of them.
  // A story with new articles: new when all its articles are, else an
  // earlier one that grew, and then the id most of its earlier articles had
  // (a story's id can change as articles are added: docs/stories.md).
  struct Grown {
    const AnalyzedStory* story;
    int64_t added;
    std::string was;  // the earlier story of most of its earlier articles, when not this id; "-": a new story
  };
  std::vector<Grown> grown;
  int64_t in_new = 0, in_earlier = 0, new_stories = 0, renamed = 0;
  if (update_) {
    for (const auto& as : an.stories) {
      int64_t n = 0;
      std::map<std::string, int64_t> was;
      for (uint32_t d : as.story.articles) {
        n += an.added[d];
        auto it = an.added[d] ? earlier.story_of.end() : earlier.story_of.find(an.articles[d].id);
        if (it != earlier.story_of.end()) ++was[it->second];
      }
      if (n == 0) continue;
      Grown g{&as, n, "-"};
      if (n == static_cast<int64_t>(as.story.articles.size())) {
        in_new += n;
        ++new_stories;
      } else {
        in_earlier += n;
        g.was.clear();
        int64_t most = 0;
        for (const auto& [id, k] : was)
          if (k > most) most = k, g.was = id;
        if (g.was == as.story.id) g.was.clear();
        renamed += !g.was.empty();
      }
      grown.push_back(std::move(g));
    }
    if (ro.story_ids.empty() && ro.match.empty() && !grown.empty()) {
      for (const auto& g : grown) ro.story_ids.push_back(g.story->story.id);
      ro.chosen_as = "stories with articles new since the earlier analysis";
    }
  }
  ReportCounts shown;
  Status st = WriteReport(an, ro, dir_ + "/report.html", &shown);
  if (!st.ok()) {
    std::fprintf(stderr, "sada analyze: %s\n", st.message().c_str());
    return 1;
  }
  size_t facts = 0;
  for (const auto& f : an.facts) facts += f.size();
  std::fprintf(stderr, "sada analyze: %s: %s, %s, %s, %s (%lld of two or more articles)\n",
               Count(static_cast<int64_t>(an.articles.size()), "article", "articles").c_str(),
               Count(static_cast<int64_t>(facts), "fact", "facts").c_str(),
               Count(an.dedup_stats.groups, "duplicate group", "duplicate groups").c_str(),
               Count(an.reuse_stats.passages, "copied passage", "copied passages").c_str(),
               Count(an.story_stats.stories, "story", "stories").c_str(),
               static_cast<long long>(an.story_stats.multi_article));
  PrintStories(an, show_);
  if (!flows.empty()) {
    std::string top;
    for (size_t i = 0; i < flows.size() && i < 3; ++i)
      top += (i ? "; " : "") + flows[i].earlier + " before " + flows[i].later + " " + std::to_string(flows[i].passages) +
             (flows[i].credited ? " (" + std::to_string(flows[i].credited) + " both crediting one agency)" : "");
    std::fprintf(stderr, "sada analyze: passages shared between outlets, by who had them first (outlets.jsonl): %s%s\n",
                 top.c_str(),
                 flows.size() > 3 ? "; ..." : "");
  }
  if (const std::string labels = LabelsLine(an.naming); !labels.empty())
    std::fprintf(stderr, "sada analyze: labels outlets give what they name (framing.jsonl): %s\n", labels.c_str());
  if (update_) {
    std::fprintf(stderr,
                 "sada analyze: since the earlier analysis: %s in %s, %lld in %s (for %lld of them most "
                 "earlier articles were in a story of another id); %s of the stories they continue, where their "
                 "first articles would give %s\n",
                 Count(in_new, "new article", "new articles").c_str(),
                 Count(new_stories, "new story", "new stories").c_str(), static_cast<long long>(in_earlier),
                 Count(static_cast<int64_t>(grown.size()) - new_stories, "earlier one", "earlier ones").c_str(),
                 static_cast<long long>(renamed),
                 Count(recalled, "story keeps the id", "stories keep the ids").c_str(),
                 recalled == 1 ? "it another" : "them others");
    // The most new articles first (then the larger story).
    std::stable_sort(grown.begin(), grown.end(), [](const Grown& x, const Grown& y) { return x.added > y.added; });
    int listed = 0;
    for (const Grown& g : grown) {
      if (listed++ >= show_) break;
      const std::string note = g.was == "-"    ? " (new story)"
                               : g.was.empty() ? ""
                                               : " (most of its earlier articles were in " + g.was + ")";
      std::fprintf(stderr, "  %s  +%lld new, %3zu %s%s  %s\n", g.story->story.id.c_str(),
                   static_cast<long long>(g.added), g.story->story.articles.size(),
                   g.story->story.articles.size() == 1 ? "article" : "articles", note.c_str(),
                   g.story->story.label.c_str());
    }
  }
  if (!ro.story_ids.empty() || !ro.match.empty()) {
    if (shown.qualified == 0)
      std::fprintf(stderr, "sada analyze: no story matches --report-story / --report-match; report.html shows none\n");
    else if (shown.shown == shown.qualified)
      std::fprintf(stderr, "sada analyze: report.html shows the %zu %s chosen\n", shown.shown,
                   shown.shown == 1 ? "story" : "stories");
    else
      std::fprintf(stderr, "sada analyze: report.html shows the largest %zu of the %zu stories chosen\n", shown.shown,
                   shown.qualified);
  }
  std::fprintf(stderr,
               "sada analyze: read %.2f s, facts %.2f s, duplicates %.2f s, reuse %.2f s, stories %.2f s, "
               "compare %.2f s, framing %.2f s, write %.2f s; total %.2f s; wrote %s/report.html\n",
               read_secs, an.seconds.facts, an.seconds.duplicates, an.seconds.reuse, an.seconds.stories,
               an.seconds.compare, an.seconds.framing, Seconds(tw), Seconds(t0), dir_.c_str());
  return rc;
}

}  // namespace sada::cli
