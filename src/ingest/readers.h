// Internal interface between the ingest driver (ingest.cc) and the readers of
// each input format. A reader turns bytes into Articles and Diagnostics and
// hands them to an Emitter, which finalises articles (id, language, metadata
// from the text, empty-text check) and keeps the counts.
#ifndef SADA_INGEST_READERS_H_
#define SADA_INGEST_READERS_H_

#include <string>
#include <string_view>

#include "sada/article.h"
#include "sada/ingest.h"

namespace sada::internal {

class Emitter {
 public:
  virtual ~Emitter() = default;
  // One input record that became an article (fields the reader knows are set;
  // origin is set). Counted as a record.
  virtual void EmitArticle(Article&& a) = 0;
  // One record that is an HTML page, to be read into `a` (which holds what
  // the reader knows: url, crawl time, origin) where and when the emitter
  // chooses; `charset` is what the transport declared (may be empty). Counted
  // as a record, reported if the page has no article text.
  virtual void EmitPage(std::string&& html, std::string charset, Article&& a) = 0;
  // One input record that did not (kError, kSkipped) — counted as a record —
  // or a repair on a record that did (kWarning) — not counted again.
  virtual void Diagnose(const Origin& o, Severity s, std::string reason) = 0;
  virtual const IngestOptions& options() const = 0;
};

// `padded`: at least 64 readable bytes follow `bytes` (simdjson parses in place).
void ReadJson(std::string_view bytes, const Origin& origin, Emitter* em, bool padded = false);
void ReadFeed(std::string_view bytes, const Origin& origin, Emitter* em);
void ReadWarc(std::string_view bytes, const Origin& origin, Emitter* em);
// JSON Lines only (no array), the lines numbered from `lines_before` + 1;
// the byte-order mark is dropped only where `lines_before` is 0. Returns the
// number of lines read (a last line without a newline counts).
int64_t ReadJsonLines(std::string_view bytes, const Origin& origin, Emitter* em, int64_t lines_before);

// Where a JSON array read piece by piece stands between pieces.
struct ArrayState {
  bool opened = false;  // its '[' was read
  bool closed = false;  // its ']' was read: what follows is not
  int64_t index = 0;    // the next element's number
};
// Reads the whole elements at the front of `bytes`, a piece of a JSON array,
// as ReadJson reads an array that does not parse as a whole (each element
// parsed by itself; a broken one reported by its number), and returns how
// many bytes they took. Unless `final`, an element the piece ends inside is
// left for the next call.
size_t ReadArrayElements(std::string_view bytes, const Origin& origin, bool final, ArrayState* state, Emitter* em);

// Where a WARC file read piece by piece stands between pieces.
struct WarcState {
  int64_t index = 0;   // the next record's number
  int64_t offset = 0;  // bytes of the file before the piece
  int64_t wanted = 0;  // set when the record at the front needs this many bytes
  bool skipping = false;  // inside bytes that are no record
  Origin lost_origin;     // and what to report of them (empty: nothing)
  std::string lost_reason;
};
// Reads the whole records at the front of `bytes`, a piece of a WARC file,
// and returns how many bytes they took. Unless `final`, a record the piece
// ends inside is left for the next call (with the bytes after these).
size_t ReadWarcRecords(std::string_view bytes, const Origin& origin, bool final, WarcState* state, Emitter* em);
// One HTML page (already decoded to UTF-8). Returns false and emits nothing
// when there is no article text; the caller reports it.
bool HtmlToArticle(std::string_view html_utf8, std::string_view url, Article* a);

}  // namespace sada::internal

#endif  // SADA_INGEST_READERS_H_
