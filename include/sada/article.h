// Article and Diagnostic: the data the ingest stage hands to every later stage.
//
// An Article owns its text once (UTF-8, exactly as decoded from the input, with
// invalid bytes replaced by U+FFFD). Every offset sada reports elsewhere is a
// Unicode code-point offset into Article::text. A Diagnostic names the input
// record that could not be read (or was read with repairs) and why.
// Both are plain value types; they are safe to move between threads.
#ifndef SADA_ARTICLE_H_
#define SADA_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>

namespace sada {

// Where a record came from: the file on disk, the member inside an archive
// (nested members joined with "!"), and the line (1-based, JSON Lines, WARC)
// or record index (0-based, JSON arrays, feed items, WARC records).
struct Origin {
  std::string file;
  std::string member;            // empty when not inside an archive
  int64_t line = -1;             // -1 when not applicable
  int64_t record = -1;           // -1 when not applicable

  // "file!member:line#record" with the absent parts left out.
  std::string ToString() const;
};

// A half-open span of code points into Article::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

// How precisely a published time is known.
enum class Precision { kNone, kYear, kMonth, kDay, kMinute, kSecond };
const char* PrecisionName(Precision p);

struct Article {
  std::string id;        // stable: from the input's id, else its URL, else content
  std::string source;    // outlet (as named by the input or found in the text)
  std::string source_from;  // where source came from: "field:source", "meta:og:site_name", "text:credit"...
  std::string url;
  std::string title;
  std::string title_from;  // "field", "feed", "html:og:title"..., "text:first line"
  std::string author;
  std::string published;       // ISO 8601 ("2017-11-19", "2017-11-19T21:11"), empty if unknown
  std::string published_from;  // "field:date_extracted", "meta:article:published_time", "text:dateline"...
  Precision published_precision = Precision::kNone;
  std::optional<Span> published_evidence;  // span in text the time was read from
  std::string crawled;         // crawl time (WARC-Date), ISO 8601, empty if none
  std::string dateline_place;  // place named by a dateline, e.g. "دمشق"
  std::optional<Span> dateline;  // span of the dateline in text
  std::optional<Span> tags;      // span of a list of tags the site put after the text ("سمات اليمن عدن")
  std::optional<Span> footer;    // span of the site's line after the text ("رابط الخبر بصحيفة الوئام: …")
  std::string language;        // BCP 47 primary tag ("ar", "en"), "und" if unknown
  std::string encoding;        // the encoding the bytes were decoded from
  int64_t invalid_bytes = 0;   // bytes replaced by U+FFFD while decoding
  std::string text;            // original text as read, UTF-8
  Origin origin;
};

enum class Severity {
  kError,    // the record was not turned into an article
  kSkipped,  // the record is not an article by design (e.g. an image in a WARC)
  kWarning,  // the record became an article, but something was repaired or guessed
};
const char* SeverityName(Severity s);

struct Diagnostic {
  Severity severity = Severity::kError;
  Origin origin;
  std::string reason;
};

}  // namespace sada

#endif  // SADA_ARTICLE_H_
