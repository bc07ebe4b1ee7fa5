// The engine: runs every stage after ingest on a set of articles, in the
// order of the design (facts -> duplicates -> reuse -> stories -> compare,
// summary, timeline), and holds what each produced. It is the one place that
// orders the stages; `sada analyze` writes its result out.
//
// One thing flows backwards by design: an article with no publication time
// of its own that joins a story whose other articles are dated has its
// relative dates ("ظهر اليوم", "الـ14 من الشهر الماضي") resolved against the
// story's day, and those dates say anchor "story". The article's own
// `published` stays empty: sada does not invent metadata.
#ifndef SADA_ANALYZE_H_
#define SADA_ANALYZE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sada/article.h"
#include "sada/compare.h"
#include "sada/dedup.h"
#include "sada/facts.h"
#include "sada/ingest.h"
#include "sada/reuse.h"
#include "sada/story.h"

namespace sada {

class NerModel;

struct AnalyzeOptions {
  ExtractOptions extract;
  DedupOptions dedup;
  ReuseOptions reuse;
  StoryOptions stories;
  CompareOptions compare;
  size_t compare_min_articles = 2;  // stories smaller than this are not compared
  bool stories_only = false;        // facts and stories only: no duplicates, reuse or comparison
  int threads = 1;                  // overrides the threads of every stage
};

struct AnalyzedStory {
  Story story;
  // story.articles in placement order; StoryAnalysis and CopyLink indexes
  // refer to positions in this list.
  std::vector<CopyLink> copies;
  StoryAnalysis analysis;  // empty when the story has fewer than compare_min_articles
};

// What the ingest stage could not read, as the report shows it (the caller
// fills it; every diagnostic itself is in the file named here).
struct InputSummary {
  IngestStats stats;
  // Diagnostics by kind ("error: record has no text"; figures and long hex
  // ids in a reason are read as N), the most frequent first.
  std::vector<std::pair<std::string, int64_t>> kinds;
  std::vector<Diagnostic> first;  // the first diagnostics, in input order
  std::string diagnostics_file;   // where all of them were written; empty: nowhere
};

// Passages shared between outlets over the whole run, by who had them
// first: per ordered pair of outlets, the copied passages (analysis.passages)
// that an article of `later` shares with an earlier article of `earlier`
// (their order known from publication times; passages within one outlet,
// and of unknown order, are left out). Earlier is not always the source:
// both may have taken the passage from an agency that is not in the run. A
// passage that a third article also holds counts for each earlier outlet.
struct OutletFlow {
  std::string earlier, later;
  int64_t passages = 0;
  int64_t articles = 0;        // articles of `later` holding one or more of them
  int64_t words = 0;           // their words, in `later`'s articles
  int64_t later_articles = 0;  // every article of `later` in the run
  int64_t credited = 0;        // of the passages, those whose two articles credit the same agency
};
struct Analysis {
  InputSummary input;
  std::vector<Article> articles;     // as given
  std::vector<std::string> outlets;  // per article: its source, else its URL's host, else "unnamed: <file>"
  std::vector<bool> columns;         // per article: an opinion column by its byline (Columns)
  std::vector<std::string> credits;  // per article: the news agency its byline or dateline credits (AgencyCredit)
  std::vector<std::vector<Fact>> facts;  // per article, entities linked across the run
  std::vector<DedupGroup> duplicates;
  DedupStats dedup_stats;
  std::vector<Passage> passages;     // a and b are article indexes
  std::vector<Boilerplate> boilerplate;
  ReuseStats reuse_stats;
  std::vector<AnalyzedStory> stories;  // largest first
  StoryStats story_stats;
  // Per article, when the run adds articles to an earlier analysis (sada
  // analyze --update): whether it is new in this run. Empty otherwise.
  std::vector<bool> added;
  std::vector<OutletFlow> outlet_flows;  // OutletFlows(*this), once the passages are found
  // How outlets name and label the persons and bodies two or more of them
  // name, over the whole run (NamingAcrossArticles).
  std::vector<EntityNaming> naming;
  int64_t story_anchored = 0;  // undated articles whose relative dates took their story's day
  int64_t copied_dates = 0;    // relative dates in copied passages that took their source's day
  struct Timing {
    double facts = 0, duplicates = 0, reuse = 0, stories = 0, compare = 0, framing = 0;
  } seconds;
};

// Called between stages and during long ones: stage name, done, total.
using AnalyzeProgress = std::function<void(const char* stage, int64_t done, int64_t total)>;

// Runs the stages on analysis->articles (which the caller fills) and fills
// the rest. Deterministic for any thread count.
void RunAnalysis(const NerModel& model, const AnalyzeOptions& options, Analysis* analysis,
                 const AnalyzeProgress& progress = nullptr);

// The outlet name used for an article: source, else URL host, else
// "unnamed: " and the file (and member) it was read from.
std::string OutletName(const Article& a);

// The news agency an article credits in its byline or its dateline ("الرياض
// - واس"، "دبي - رويترز"، "باريس - أ ف ب"، "واس- جدة:"، "(د ب أ)"), by its
// usual name (واس، رويترز، أ ف ب، د ب أ، وكالات...); "" when it credits
// none. Two articles crediting the same agency most likely both took the
// passages they share from it, whichever was published first. An outlet
// (سبق، عكاظ) is no agency here: an article signed with one is that
// outlet's own, or taken from it.
std::string AgencyCredit(const Article& article);

// Which articles are opinion columns, by their bylines. Arabic papers put
// where a report was written, or the agency it came from, in its byline
// ("الرياض - واس"، "القاهرة: محمد عبده"، "عبدالله البرقاوي- سبق- الرياض:"),
// and sign a column with the writer's name alone ("محمد السلمي"). Where an
// outlet's bylines in the run mostly say where (at least 20 bylines, over
// half of them), its bylines that are a name alone (BylineIsAName) mark
// columns; an outlet whose bylines are all names (most English sites) has
// none so marked.
std::vector<bool> Columns(const std::vector<Article>& articles, const std::vector<std::string>& outlets);
// A byline of two to seven words of letters (a title's letters, "د."، "م.",
// may open it), with no mark between them (a dash, a colon, quotation
// marks, tatweel alone), no "من"/"في" (where the writer was), no word of one
// letter (an agency's: "أ ف ب") or a one-word body the gazetteer knows
// (واس), and no city the gazetteer lists at either end.
bool BylineIsAName(std::string_view byline);

// Most passages first (ties: earlier, then later, in byte order).
std::vector<OutletFlow> OutletFlows(const Analysis& analysis);

// How many of a story's articles are new in this run (analysis.added).
int64_t NewArticles(const Analysis& analysis, const Story& story);

// With an earlier analysis of some of the articles (sada analyze --update;
// `earlier`: article id -> its earlier story's id): a story that holds most
// of an earlier story's articles continues it and takes its id, even where
// its own first article would give it another (a story whose first articles
// split off as a head of their own, docs/stories.md); of several it holds
// most of (stories merged), the one it holds most articles of. Every other
// story keeps its own id unless a continued story took it, and then gets
// another made from its first article. Returns how many stories took an
// earlier id that their first article would not give them.
int64_t CarryStoryIds(const std::unordered_map<std::string, std::string>& earlier, Analysis* analysis);

}  // namespace sada

#endif  // SADA_ANALYZE_H_
