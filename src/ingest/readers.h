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
  // One input record that did not (kError, kSkipped) — counted as a record —
  // or a repair on a record that did (kWarning) — not counted again.
  virtual void Diagnose(const Origin& o, Severity s, std::string reason) = 0;
  virtual const IngestOptions& options() const = 0;
};

// `padded`: at least 64 readable bytes follow `bytes` (simdjson parses in place).
void ReadJson(std::string_view bytes, const Origin& origin, Emitter* em, bool padded = false);
void ReadFeed(std::string_view bytes, const Origin& origin, Emitter* em);
void ReadWarc(std::string_view bytes, const Origin& origin, Emitter* em);
// One HTML page (already decoded to UTF-8). Returns false and emits nothing
// when there is no article text; the caller reports it.
bool HtmlToArticle(std::string_view html_utf8, std::string_view url, Article* a);

}  // namespace sada::internal

#endif  // SADA_INGEST_READERS_H_
