// HTML article extraction: main text without navigation, ads, scripts and
// "read also" blocks; title; publication time; site name (html.cc).
#ifndef SADA_INGEST_HTML_H_
#define SADA_INGEST_HTML_H_

#include <string>
#include <string_view>

#include "sada/article.h"

namespace sada::internal {

struct HtmlDoc {
  std::string title;
  std::string title_from;      // "html:meta og:title", "html:json-ld headline", "html:h1", "html:title"
  std::string text;            // main text, one block per line
  std::string published;       // ISO 8601 or empty
  std::string published_from;  // "html:meta article:published_time", "html:json-ld datePublished"...
  Precision precision = Precision::kNone;
  std::string site;            // og:site_name, JSON-LD publisher, else the URL's host
  std::string site_from;
  std::string author;
  std::string canonical_url;
  std::string lang;            // <html lang>
  std::string json_headline;   // internal: JSON-LD headline
  std::string json_publisher;  // internal: JSON-LD publisher name
};

// `html` must be UTF-8 (decode first). `url` is the page's address if known.
HtmlDoc ExtractHtml(std::string_view html, std::string_view url);

}  // namespace sada::internal

#endif  // SADA_INGEST_HTML_H_
