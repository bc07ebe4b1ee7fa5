// Article helpers: origin strings, enum names, and the JSON Lines form of
// articles and diagnostics (field order fixed; docs/formats.md).
#include <string_view>

#include "ingest/json_writer.h"
#include "sada/ingest.h"

namespace sada {

using internal::AppendIntField;
using internal::AppendJsonString;
using internal::AppendKey;
using internal::AppendStringField;

std::string Origin::ToString() const {
  std::string s = file;
  if (!member.empty()) s += "!" + member;
  if (line >= 0) s += ":" + std::to_string(line);
  if (record >= 0) s += "#" + std::to_string(record);
  return s;
}

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kNone: return "none";
    case Precision::kYear: return "year";
    case Precision::kMonth: return "month";
    case Precision::kDay: return "day";
    case Precision::kMinute: return "minute";
    case Precision::kSecond: return "second";
  }
  return "none";
}

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kSkipped: return "skipped";
    case Severity::kWarning: return "warning";
  }
  return "error";
}

namespace {

void AppendOrigin(const Origin& o, std::string* out) {
  AppendKey("origin", false, out);
  out->push_back('{');
  AppendStringField("file", o.file, false, out, true);
  if (!o.member.empty()) AppendStringField("member", o.member, false, out);
  if (o.line >= 0) AppendIntField("line", o.line, out);
  if (o.record >= 0) AppendIntField("record", o.record, out);
  out->push_back('}');
}

void AppendSpan(std::string_view key, const std::optional<Span>& s, std::string* out) {
  AppendKey(key, false, out);
  if (!s) {
    out->append("null");
    return;
  }
  out->append("{\"begin\":" + std::to_string(s->begin) + ",\"end\":" + std::to_string(s->end) +
              "}");
}

}  // namespace

void AppendArticleJson(const Article& a, std::string* out) {
  out->push_back('{');
  AppendStringField("id", a.id, false, out, true);
  AppendStringField("source", a.source, true, out);
  AppendStringField("source_from", a.source_from, true, out);
  AppendStringField("url", a.url, true, out);
  AppendStringField("title", a.title, true, out);
  AppendStringField("title_from", a.title_from, true, out);
  AppendStringField("author", a.author, true, out);
  AppendStringField("published", a.published, true, out);
  AppendStringField("published_from", a.published_from, true, out);
  AppendStringField("published_precision", PrecisionName(a.published_precision), false, out);
  AppendSpan("published_evidence", a.published_evidence, out);
  if (!a.crawled.empty()) AppendStringField("crawled", a.crawled, false, out);
  AppendStringField("dateline_place", a.dateline_place, true, out);
  AppendSpan("dateline", a.dateline, out);
  AppendSpan("tags", a.tags, out);
  AppendSpan("footer", a.footer, out);
  AppendStringField("language", a.language, false, out);
  AppendStringField("encoding", a.encoding, false, out);
  if (a.invalid_bytes > 0) AppendIntField("invalid_bytes", a.invalid_bytes, out);
  AppendOrigin(a.origin, out);
  AppendStringField("text", a.text, false, out);
  out->push_back('}');
}

void AppendDiagnosticJson(const Diagnostic& d, std::string* out) {
  out->push_back('{');
  AppendStringField("severity", SeverityName(d.severity), false, out, true);
  AppendStringField("where", d.origin.ToString(), false, out);
  AppendOrigin(d.origin, out);
  AppendStringField("reason", d.reason, false, out);
  out->push_back('}');
}

std::string DiagnosticKind(const Diagnostic& d) {
  std::string_view reason = d.reason;
  for (std::string_view cut : {": ", " (", "; "}) reason = reason.substr(0, reason.find(cut));
  std::string kind = std::string(SeverityName(d.severity)) + ":";
  size_t i = 0;
  while (i < reason.size()) {
    size_t j = reason.find(' ', i);
    if (j == std::string_view::npos) j = reason.size();
    std::string_view token = reason.substr(i, j - i);
    bool number = !token.empty(), hex = token.size() >= 8, digit = false;
    for (char c : token) {
      bool d09 = c >= '0' && c <= '9';
      digit = digit || d09;
      number = number && (d09 || c == ',' || c == '.');
      hex = hex && (d09 || (c >= 'a' && c <= 'f'));
    }
    if (!token.empty()) {
      kind += ' ';
      kind += (number && digit) || (hex && digit) ? std::string_view("N") : token;
    }
    i = j + 1;
  }
  return kind;
}

}  // namespace sada
