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

#include "sada/analyze.h"
#include "sada/status.h"

namespace sada {

struct ReportOptions {
  size_t max_stories = 200;  // stories shown (the largest); the rest are counted
  size_t min_articles = 2;   // stories smaller than this are not shown (unless none is larger)
  std::string title = "sada report";
};

// The report as a string.
std::string RenderReport(const Analysis& analysis, const ReportOptions& options);

// Writes RenderReport() to `path`.
Status WriteReport(const Analysis& analysis, const ReportOptions& options, const std::string& path);

}  // namespace sada

#endif  // SADA_REPORT_H_
