// Article helpers: origin strings, enum names, and the JSON Lines form of
// articles and diagnostics (field order fixed; docs/formats.md).
#include <simdjson.h>

#include <cstdint>
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

bool ParseArticleJson(std::string_view line, Article* article, std::string* error) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object o;
  if (parser.parse(line.data(), line.size()).get(o) != simdjson::SUCCESS) {
    *error = "not a JSON object";
    return false;
  }
  Article a;
  std::string bad;
  // A string field: absent or null is empty; anything else but a string is wrong.
  auto str = [&](const char* key, std::string* out) {
    simdjson::dom::element e;
    if (o[key].get(e) != simdjson::SUCCESS || e.is_null()) return;
    std::string_view v;
    if (e.get(v) != simdjson::SUCCESS) {
      if (bad.empty()) bad = key;
      return;
    }
    out->assign(v);
  };
  auto span = [&](const char* key, std::optional<Span>* out) {
    simdjson::dom::element e;
    if (o[key].get(e) != simdjson::SUCCESS || e.is_null()) return;
    uint64_t b = 0, en = 0;
    if (e["begin"].get(b) != simdjson::SUCCESS || e["end"].get(en) != simdjson::SUCCESS || b > en ||
        en > UINT32_MAX) {
      if (bad.empty()) bad = key;
      return;
    }
    *out = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(en)};
  };
  simdjson::dom::element text;
  std::string_view id;
  if (o["id"].get(id) != simdjson::SUCCESS || id.empty() || o["text"].get(text) != simdjson::SUCCESS ||
      !text.is_string()) {
    *error = "no \"id\" and \"text\" of an article";
    return false;
  }
  a.id.assign(id);
  using S = std::string Article::*;
  for (auto [key, field] : {std::pair<const char*, S>{"source", &Article::source}, {"source_from", &Article::source_from},
                            {"url", &Article::url}, {"title", &Article::title}, {"title_from", &Article::title_from},
                            {"author", &Article::author}, {"published", &Article::published},
                            {"published_from", &Article::published_from}, {"crawled", &Article::crawled},
                            {"dateline_place", &Article::dateline_place}, {"language", &Article::language},
                            {"encoding", &Article::encoding}})
    str(key, &(a.*field));
  using O = std::optional<Span> Article::*;
  for (auto [key, field] : {std::pair<const char*, O>{"published_evidence", &Article::published_evidence},
                            {"dateline", &Article::dateline}, {"tags", &Article::tags}, {"footer", &Article::footer}})
    span(key, &(a.*field));
  std::string precision;
  str("published_precision", &precision);
  for (Precision p : {Precision::kNone, Precision::kYear, Precision::kMonth, Precision::kDay, Precision::kMinute,
                      Precision::kSecond})
    if (precision == PrecisionName(p)) a.published_precision = p;
  int64_t invalid = 0;
  if (o["invalid_bytes"].get(invalid) == simdjson::SUCCESS) a.invalid_bytes = invalid;
  simdjson::dom::object origin;
  if (o["origin"].get(origin) == simdjson::SUCCESS) {
    std::string_view v;
    if (origin["file"].get(v) == simdjson::SUCCESS) a.origin.file.assign(v);
    if (origin["member"].get(v) == simdjson::SUCCESS) a.origin.member.assign(v);
    int64_t n = 0;
    if (origin["line"].get(n) == simdjson::SUCCESS) a.origin.line = n;
    if (origin["record"].get(n) == simdjson::SUCCESS) a.origin.record = n;
  }
  a.text.assign(std::string_view(text));
  if (!bad.empty()) {
    *error = "field \"" + bad + "\" is not what an article holds there";
    return false;
  }
  *article = std::move(a);
  return true;
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
