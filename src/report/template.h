// The static parts of the HTML report: everything before the data (styles,
// layout; @TITLE@ is replaced) and everything after it (the renderer).
#ifndef SADA_REPORT_TEMPLATE_H_
#define SADA_REPORT_TEMPLATE_H_

namespace sada::internal {

extern const char* kReportHead;
extern const char* kReportTail;

}  // namespace sada::internal

#endif  // SADA_REPORT_TEMPLATE_H_
