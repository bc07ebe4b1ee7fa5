// The HTML report of an analysis: one self-contained file (styles, script and
// data inline; nothing fetched) that opens offline in a browser. Stories are
// listed largest first; each shows its sources, the cited summary, the
// timeline, the facts (conflicting, corroborated, copied, unique), framing and
// the copied passages side by side with the shared words marked. Every
// citation opens its article with the passage marked. Text in Arabic (and
// other right-to-left scripts) is laid out right to left.
#ifndef SADA_REPORT_H_
#define SADA_REPORT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "sada/analyze.h"
#include "sada/status.h"

namespace sada {

struct ReportOptions {
  size_t max_stories = 200;  // stories shown (the largest); the rest are counted
  size_t min_articles = 2;   // stories smaller than this are not shown (unless none is larger)
  std::string title = "sada report";
  // Chosen stories instead of the largest ones: each story whose id is in
  // story_ids, and each that matches one of `match` (every word of the
  // text, in match-key form, is found in what the story is found by: its
  // id, label, top terms, outlets, its articles' titles, else their first
  // lines, and the ten names its articles give most). Stories of any size,
  // largest first, at most max_stories.
  std::vector<std::string> story_ids;
  std::vector<std::string> match;
  std::string chosen_as;  // how the page names the choice (default: the texts and ids given)
};

// What a story is found by (see ReportOptions::match), in match-key form,
// one item per line. The report's search box looks in the same text.
std::string StorySearchText(const Analysis& analysis, const AnalyzedStory& story);

// What a written report shows: how many stories, of how many that qualify
// (the chosen ones when ReportOptions chooses, else those of min_articles
// or more).
struct ReportCounts {
  size_t shown = 0, qualified = 0;
};

// The report as a string.
std::string RenderReport(const Analysis& analysis, const ReportOptions& options);

// Writes RenderReport() to `path`; *counts, when given, says what it shows.
Status WriteReport(const Analysis& analysis, const ReportOptions& options, const std::string& path,
                   ReportCounts* counts = nullptr);

}  // namespace sada

#endif  // SADA_REPORT_H_
