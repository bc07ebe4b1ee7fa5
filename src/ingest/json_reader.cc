// JSON arrays and JSON Lines of article objects, read with simdjson's DOM API
// (Langdale & Lemire, "Parsing Gigabytes of JSON per Second", VLDB Journal
// 2019; the DOM parser picks the SIMD kernel for this CPU at run time). Field names map to Article fields through a default
// table (SaudiNewsNet's names first) that IngestOptions::json_fields
// overrides. A broken JSON line is reported and the next line is read; a
// broken array is reported at the record where it breaks.
#include <simdjson.h>

#include <string>
#include <vector>

#include "ingest/dates.h"
#include "ingest/encoding.h"
#include "ingest/readers.h"
#include "util/strings.h"
#include "sada/text.h"

namespace sada::internal {
namespace {

enum Field { kText, kTitle, kUrl, kSource, kPublished, kAuthor, kId, kLanguage, kFieldCount };
constexpr const char* kFieldNames[] = {"text", "title", "url", "source", "published",
                                       "author", "id", "language"};

struct FieldMap {
  std::vector<std::string> names[kFieldCount];

  explicit FieldMap(const IngestOptions& o) {
    names[kText] = {"content", "text", "body", "article", "maintext", "articleBody", "article_body"};
    names[kTitle] = {"title", "headline"};
    names[kUrl] = {"url", "link", "uri"};
    names[kSource] = {"source", "outlet", "site", "site_name", "domain", "publisher"};
    names[kPublished] = {"published", "date_publish", "published_at", "publishedAt", "datePublished",
                         "pubDate", "date", "date_extracted", "timestamp", "created_at"};
    names[kAuthor] = {"author", "authors", "byline", "creator"};
    names[kId] = {"id", "_id", "guid", "uuid"};
    names[kLanguage] = {"language", "lang"};
    for (int f = 0; f < kFieldCount; ++f) {
      auto it = o.json_fields.find(kFieldNames[f]);
      if (it != o.json_fields.end()) names[f] = {it->second};
    }
  }
  // Field and priority (lower is better) of an input key, or -1.
  int Lookup(std::string_view key, int* prio) const {
    for (int f = 0; f < kFieldCount; ++f)
      for (size_t i = 0; i < names[f].size(); ++i)
        if (names[f][i] == key) {
          *prio = static_cast<int>(i);
          return f;
        }
    return -1;
  }
};

// Reads one object into an article: for each sada field, the value of the
// first input name in the map's order that is present and not empty.
void ReadObject(simdjson::dom::object obj, const FieldMap& map, Article* a,
                std::string* date_field, std::string* raw_date) {
  int best[kFieldCount];
  for (int& b : best) b = 1 << 20;
  std::string* dest[kFieldCount] = {&a->text, &a->title, &a->url, &a->source, raw_date,
                                    &a->author, &a->id, &a->language};
  for (auto [key, v] : obj) {
    int prio;
    int f = map.Lookup(key, &prio);
    if (f < 0 || prio >= best[f]) continue;
    std::string value;
    switch (v.type()) {
      case simdjson::dom::element_type::STRING:
        value.assign(v.get_string().value());
        break;
      case simdjson::dom::element_type::INT64:
        value = std::to_string(v.get_int64().value());
        break;
      case simdjson::dom::element_type::UINT64:
        value = std::to_string(v.get_uint64().value());
        break;
      case simdjson::dom::element_type::DOUBLE:
        value = simdjson::to_string(v);
        break;
      case simdjson::dom::element_type::ARRAY:
        for (auto item : v.get_array()) {
          if (item.is_string()) {
            if (!value.empty()) value += ", ";
            value.append(item.get_string().value());
          }
        }
        break;
      case simdjson::dom::element_type::OBJECT: {
        auto name = v["name"];
        if (!name.error() && name.is_string()) value.assign(name.get_string().value());
        break;
      }
      default:
        break;
    }
    if (value.empty()) continue;
    best[f] = prio;
    *dest[f] = std::move(value);
    if (f == kPublished) *date_field = std::string(key);
  }
}

void Finish(Article&& a, const std::string& date_field, const std::string& raw_date,
            const Origin& o, Emitter* em) {
  if (!raw_date.empty()) {
    if (auto d = ParseTimestamp(raw_date)) {
      a.published = d->Iso();
      a.published_precision = d->precision;
      a.published_from = "field:" + date_field;
    } else {
      em->Diagnose(o, Severity::kWarning,
                   "unreadable date '" + std::string(internal::Utf8Prefix(raw_date, 60)) + "' in field " + date_field);
    }
  }
  // Metadata fields are plain text; some sources escape them as HTML. The
  // article text is kept as given: offsets point into it.
  DecodeCharacterReferences(&a.title);
  DecodeCharacterReferences(&a.source);
  DecodeCharacterReferences(&a.author);
  if (!a.source.empty()) a.source_from = "field";
  if (!a.title.empty()) a.title_from = "field";
  a.encoding = "utf-8";
  a.origin = o;
  em->EmitArticle(std::move(a));
}

// One JSON value that should be an article object.
void ReadRecord(simdjson::dom::parser& parser, std::string_view json, const Origin& o,
                const FieldMap& map, Emitter* em, const char* what) {
  simdjson::dom::element el;
  if (auto e = parser.parse(json.data(), json.size(), true).get(el); e) {
    em->Diagnose(o, Severity::kError, std::string("broken JSON ") + what + ": " + simdjson::error_message(e));
    return;
  }
  if (!el.is_object()) {
    em->Diagnose(o, Severity::kError, std::string("JSON ") + what + " is not an object");
    return;
  }
  Article a;
  std::string date_field, raw_date;
  ReadObject(el.get_object().value(), map, &a, &date_field, &raw_date);
  Finish(std::move(a), date_field, raw_date, o, em);
}

// Where a scan of a JSON array's elements stopped.
struct ElementScan {
  bool closed = false;                   // at the array's ']'
  size_t resume = 0;                     // after the last element's comma, or where the scan began
  size_t open = std::string_view::npos;  // an element the text ends inside begins here
};

// Scans the top-level elements of a JSON array from s[i] (just after its '['
// or after an element's comma), strings and escapes respected, without
// parsing them, and calls element() with each whole one (an empty one,
// "[1,,2]", as an empty view, reported when read).
template <class F>
ElementScan ScanElements(std::string_view s, size_t i, F&& element) {
  ElementScan r;
  r.resume = i;
  int depth = 0;
  bool in_str = false;
  size_t start = std::string_view::npos;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (start == std::string_view::npos && c != ',' && c != ']') start = i;
    if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0 && c == ']') {
        if (start != std::string_view::npos) element(s.substr(start, i - start));
        r.closed = true;
        return r;
      }
      --depth;
    } else if (c == ',' && depth == 0) {
      element(start == std::string_view::npos ? s.substr(i, 0) : s.substr(start, i - start));
      start = std::string_view::npos;
      r.resume = i + 1;
    }
  }
  r.open = start;
  return r;
}

// Splits the top-level elements of a JSON array. Used when the array as a
// whole does not parse, so that every intact record is still read and each
// broken one is named. Returns the element spans; *complete is false if the
// array never closes.
std::vector<std::string_view> SplitArray(std::string_view s, bool* complete) {
  std::vector<std::string_view> out;
  *complete = false;
  size_t i = s.find('[');
  if (i == std::string_view::npos) return out;
  const ElementScan r = ScanElements(s, i + 1, [&](std::string_view e) { out.push_back(e); });
  *complete = r.closed;
  if (!r.closed && r.open != std::string_view::npos) out.push_back(s.substr(r.open));
  return out;
}

// The bytes a reader gets from the driver are followed by at least
// SIMDJSON_PADDING readable bytes (the driver reserves them), so simdjson can
// parse in place. The parser is kept per thread: its buffers are reused.
simdjson::dom::parser& Parser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

void ReadArray(std::string_view bytes, const Origin& base, const FieldMap& map, Emitter* em,
               bool padded) {
  simdjson::dom::parser& parser = Parser();
  simdjson::dom::element root;
  Origin o = base;
  auto err = parser.parse(bytes.data(), bytes.size(), !padded).get(root);
  if (!err && root.is_array()) {
    int64_t index = 0;
    for (auto el : root.get_array()) {
      o.record = index++;
      if (!el.is_object()) {
        em->Diagnose(o, Severity::kError, "JSON array element is not an object");
        continue;
      }
      Article a;
      std::string date_field, raw_date;
      ReadObject(el.get_object().value(), map, &a, &date_field, &raw_date);
      Finish(std::move(a), date_field, raw_date, o, em);
    }
    return;
  }
  // The array does not parse as a whole: read it element by element.
  bool complete;
  std::vector<std::string_view> parts = SplitArray(bytes, &complete);
  simdjson::dom::parser one;
  for (size_t k = 0; k < parts.size(); ++k) {
    o.record = static_cast<int64_t>(k);
    if (!complete && k + 1 == parts.size()) {
      // The last element of an array that never closes: a record if it parses.
      simdjson::dom::element el;
      if (one.parse(parts[k].data(), parts[k].size(), true).get(el) != simdjson::SUCCESS) {
        em->Diagnose(o, Severity::kError, "JSON array is truncated inside this record");
        break;
      }
      ReadRecord(one, parts[k], o, map, em, "array element");
      em->Diagnose(o, Severity::kWarning, "JSON array is not closed after this record");
      break;
    }
    ReadRecord(one, parts[k], o, map, em, "array element");
  }
  if (parts.empty()) {
    em->Diagnose(o, Severity::kError, std::string("not valid JSON: ") + simdjson::error_message(err));
  }
}

int64_t ReadLines(std::string_view bytes, const Origin& base, const FieldMap& map, Emitter* em,
                  int64_t lines_before = 0) {
  simdjson::dom::parser& parser = Parser();
  size_t pos = 0;
  int64_t line_no = lines_before;
  Origin o = base;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    o.line = line_no;
    ReadRecord(parser, line, o, map, em, "line");
  }
  return line_no - lines_before;
}

// JSON is UTF-8 by definition; a broken file is repaired rather than lost.
// Returns `bytes`, or `*repaired` holding them repaired.
std::string_view ValidUtf8(std::string_view bytes, const Origin& origin, Emitter* em, std::string* repaired) {
  if (simdjson::validate_utf8(bytes.data(), bytes.size())) return bytes;
  repaired->assign(bytes);
  int64_t n = RepairUtf8(repaired);
  em->Diagnose(origin, Severity::kWarning, std::to_string(n) + " invalid UTF-8 bytes replaced by U+FFFD");
  return *repaired;
}

}  // namespace

void ReadJson(std::string_view bytes, const Origin& origin, Emitter* em, bool padded) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string repaired;
  std::string_view valid = ValidUtf8(bytes, origin, em, &repaired);
  if (valid.data() != bytes.data()) padded = false;
  bytes = valid;
  FieldMap map(em->options());
  size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && bytes[first] == '[') {
    ReadArray(bytes, origin, map, em, padded);
  } else {
    ReadLines(bytes, origin, map, em);
  }
}

int64_t ReadJsonLines(std::string_view bytes, const Origin& origin, Emitter* em, int64_t lines_before) {
  if (lines_before == 0 && bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string repaired;
  bytes = ValidUtf8(bytes, origin, em, &repaired);
  FieldMap map(em->options());
  return ReadLines(bytes, origin, map, em, lines_before);
}

size_t ReadArrayElements(std::string_view s, const Origin& origin, bool final, ArrayState* state, Emitter* em) {
  if (state->closed) return s.size();  // what follows the array is not read, as when read whole
  FieldMap map(em->options());
  simdjson::dom::parser& parser = Parser();
  Origin o = origin;
  std::string repaired;
  auto element = [&](std::string_view e) {
    o.record = state->index++;
    ReadRecord(parser, ValidUtf8(e, o, em, &repaired), o, map, em, "array element");
  };
  size_t i = 0;
  if (!state->opened) {
    i = s.find('[');
    if (i == std::string_view::npos) {
      if (final) em->Diagnose(o, Severity::kError, "not valid JSON: no array");
      return final ? s.size() : 0;
    }
    state->opened = true;
    ++i;
  }
  // Resuming after the last element read: the scan starts again at an
  // element's beginning, where nothing is open.
  const ElementScan r = ScanElements(s, i, element);
  if (r.closed) {
    state->closed = true;
    return s.size();
  }
  const size_t start = r.open;
  if (!final) return start == std::string_view::npos ? s.size() : r.resume;
  // The array never closes.
  if (start != std::string_view::npos) {
    // Its last element: a record if it parses.
    o.record = state->index;
    std::string_view last = ValidUtf8(s.substr(start), o, em, &repaired);
    simdjson::dom::element el;
    if (parser.parse(last.data(), last.size(), true).get(el) != simdjson::SUCCESS) {
      em->Diagnose(o, Severity::kError, "JSON array is truncated inside this record");
      return s.size();
    }
    element(last);
  } else if (state->index == 0) {
    em->Diagnose(o, Severity::kError, "not valid JSON: the array never closes");
    return s.size();
  }
  o.record = state->index - 1;
  em->Diagnose(o, Severity::kWarning, "JSON array is not closed after this record");
  return s.size();
}

}  // namespace sada::internal
