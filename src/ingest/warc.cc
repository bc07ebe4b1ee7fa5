// WARC 1.0 / 1.1 (ISO 28500) reader. Each "response" record holding an HTTP
// response with an HTML body, each "resource" record with an HTML body, and
// each "conversion" record of plain text (a WET file's) becomes one article
// with its target URI and crawl date (WARC-Date). Other
// record types (warcinfo, request, metadata) are counted, not reported; a
// non-HTML or non-200 response is reported as skipped. HTTP bodies are
// de-chunked and gunzipped (zlib) where their headers say so; the charset comes
// from the HTTP header, then the page's own declaration, then detection.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "util/strings.h"
#include "ingest/dates.h"
#include "ingest/encoding.h"
#include "ingest/readers.h"

namespace sada::internal {
namespace {

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Parses "Name: value" lines up to the blank line. Returns the offset after it,
// or npos if the block never ends.
size_t ParseHeaders(std::string_view s, size_t pos,
                    std::vector<std::pair<std::string, std::string>>* out) {
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) return std::string_view::npos;
    std::string_view line = s.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl + 1;
    if (line.empty()) return pos;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    out->emplace_back(AsciiLower(TrimView(line.substr(0, colon))),
                      std::string(TrimView(line.substr(colon + 1))));
  }
  return std::string_view::npos;
}

std::string Header(const std::vector<std::pair<std::string, std::string>>& h, const char* name) {
  for (const auto& [k, v] : h)
    if (k == name) return v;
  return "";
}

bool Dechunk(std::string_view in, std::string* out) {
  size_t pos = 0;
  while (pos < in.size()) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    size_t n = std::strtoul(std::string(in.substr(pos, nl - pos)).c_str(), nullptr, 16);
    pos = nl + 1;
    if (n == 0) return true;
    if (n > in.size() - pos) return false;  // (pos + n could wrap)
    out->append(in.substr(pos, n));
    pos += n;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
  return true;
}

// Inflates a gzip/deflate body, giving up past `limit` output bytes (a small
// body may be a decompression bomb).
bool Gunzip(std::string_view in, size_t limit, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[65536];
  int rc;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out->append(buf, sizeof buf - zs.avail_out);
    if (out->size() > limit) {
      rc = Z_BUF_ERROR;
      break;
    }
  } while (rc != Z_STREAM_END && zs.avail_in > 0);
  inflateEnd(&zs);
  return rc == Z_STREAM_END;
}

bool IsHtmlType(const std::string& ct) {
  std::string l = AsciiLower(ct);
  return l.empty() || l.find("text/html") != std::string::npos ||
         l.find("application/xhtml") != std::string::npos;
}

}  // namespace

void ReadWarc(std::string_view s, const Origin& origin, Emitter* em) {
  WarcState state;
  ReadWarcRecords(s, origin, /*final=*/true, &state, em);
}

size_t ReadWarcRecords(std::string_view s, const Origin& origin, bool final, WarcState* state, Emitter* em) {
  size_t pos = 0;
  // Bytes that are no record, up to the next header: skipped, and reported
  // (if a reason was given) once that header is found, or at the end.
  auto skip_to_next_header = [&](size_t from) -> bool {
    size_t next = s.find("WARC/1.", from);
    if (next == std::string_view::npos && !final) {
      state->skipping = true;
      pos = std::max(from, s.size() > 6 ? s.size() - 6 : 0);  // a header may begin in the last bytes
      return false;
    }
    if (!state->lost_reason.empty()) {
      em->Diagnose(state->lost_origin, Severity::kError,
                   state->lost_reason + (next == std::string_view::npos ? "; nothing more to read"
                                                                        : "; skipped to the next record"));
      state->lost_reason.clear();
    }
    state->skipping = false;
    pos = next == std::string_view::npos ? s.size() : next;
    return next != std::string_view::npos;
  };
  auto done = [&]() {
    state->offset += static_cast<int64_t>(pos);
    return pos;
  };
  if (state->skipping && !skip_to_next_header(0)) return done();
  while (pos < s.size()) {
    // Skip blank lines between records.
    while (pos < s.size() && (s[pos] == '\r' || s[pos] == '\n')) ++pos;
    if (pos >= s.size()) break;
    if (!final && s.size() - pos < 7) return done();  // too few bytes to tell a header
    Origin o = origin;
    o.record = state->index++;
    if (s.compare(pos, 6, "WARC/1") != 0) {
      state->lost_origin = o;
      state->lost_reason = "no WARC record header at byte " + std::to_string(state->offset + static_cast<int64_t>(pos));
      if (!skip_to_next_header(pos + 1)) return done();
      continue;
    }
    std::vector<std::pair<std::string, std::string>> wh;
    size_t first_nl = s.find('\n', pos);
    size_t body = first_nl == std::string_view::npos ? std::string_view::npos
                                                      : ParseHeaders(s, first_nl + 1, &wh);
    if (body == std::string_view::npos || body <= pos) {
      if (!final) {  // the rest of the header is still to come
        --state->index;
        return done();
      }
      em->Diagnose(o, Severity::kError, "WARC record header is truncated");
      pos = s.size();
      return done();
    }
    std::string len_s = Header(wh, "content-length");
    char* endp = nullptr;
    unsigned long long len = std::strtoull(len_s.c_str(), &endp, 10);
    if (len_s.empty() || *endp != '\0') {
      em->Diagnose(o, Severity::kError, "WARC record has no valid Content-Length");
      // Always move forward: a record that fails to parse must not be read again.
      if (!skip_to_next_header(std::max(body, pos + 1))) return done();
      continue;
    }
    if (len > s.size() - body) {  // (body + len could wrap)
      if (!final) {  // the rest of the record is still to come
        --state->index;
        state->wanted = static_cast<int64_t>(body - pos + std::min<unsigned long long>(len, INT64_MAX / 2));
        return done();
      }
      em->Diagnose(o, Severity::kError,
                   "WARC record is truncated: Content-Length " + len_s + " but only " +
                       std::to_string(s.size() - body) + " bytes remain");
      pos = s.size();
      return done();
    }
    std::string_view block = s.substr(body, len);
    pos = body + len;
    std::string type = AsciiLower(Header(wh, "warc-type"));
    std::string uri = Header(wh, "warc-target-uri");
    if (!uri.empty() && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
    std::string wdate = Header(wh, "warc-date");
    std::string content_type = Header(wh, "content-type");
    if (type == "conversion") {
      // A page's text as the crawler extracted it (Common Crawl's WET files):
      // the article is that text, UTF-8 by the format's rule.
      const std::string ct = AsciiLower(content_type);
      if (!ct.empty() && ct.find("text/plain") == std::string::npos) {
        em->Diagnose(o, Severity::kSkipped, "not a text conversion: " + content_type + " (" + uri + ")");
        continue;
      }
      std::string cs = CharsetFromContentType(content_type);
      DecodedText dec = DecodeBytes(block, cs.empty() ? "utf-8" : cs);
      Article a;
      a.text = std::move(dec.text);
      a.encoding = dec.encoding;
      a.invalid_bytes = dec.invalid;
      a.url = uri;
      if (auto d = ParseTimestamp(wdate)) a.crawled = d->Iso();
      a.origin = o;
      em->EmitArticle(std::move(a));
      continue;
    }
    if (type != "response" && type != "resource") {
      --state->index;  // warcinfo, request, metadata, revisit: not article records
      continue;
    }
    std::string_view payload = block;
    std::string charset;
    std::string decoded_body;
    if (type == "response" && AsciiLower(content_type).find("application/http") != std::string::npos) {
      std::vector<std::pair<std::string, std::string>> hh;
      size_t nl = block.find('\n');
      std::string_view status_line = block.substr(0, nl == std::string_view::npos ? block.size() : nl);
      size_t hb = nl == std::string_view::npos ? std::string_view::npos : ParseHeaders(block, nl + 1, &hh);
      if (hb == std::string_view::npos) {
        em->Diagnose(o, Severity::kError, "HTTP response headers are truncated (" + uri + ")");
        continue;
      }
      int status = 0;
      size_t sp = status_line.find(' ');
      if (sp != std::string_view::npos) status = std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
      std::string http_ct = Header(hh, "content-type");
      if (status != 200) {
        em->Diagnose(o, Severity::kSkipped, "HTTP status " + std::to_string(status) + " (" + uri + ")");
        continue;
      }
      if (!IsHtmlType(http_ct)) {
        em->Diagnose(o, Severity::kSkipped, "not an HTML response: " + http_ct + " (" + uri + ")");
        continue;
      }
      charset = CharsetFromContentType(http_ct);
      payload = block.substr(hb);
      if (AsciiLower(Header(hh, "transfer-encoding")).find("chunked") != std::string::npos) {
        std::string d;
        if (Dechunk(payload, &d)) {
          decoded_body = std::move(d);
          payload = decoded_body;
        }
      }
      std::string ce = AsciiLower(Header(hh, "content-encoding"));
      if (ce == "gzip" || ce == "x-gzip" || ce == "deflate") {
        std::string d;
        if (!Gunzip(payload, em->options().max_record_bytes, &d)) {
          em->Diagnose(o, Severity::kError, "HTTP body says " + ce + " but does not decompress within the record size limit (" + uri + ")");
          continue;
        }
        decoded_body = std::move(d);
        payload = decoded_body;
      }
    } else if (!IsHtmlType(content_type)) {
      em->Diagnose(o, Severity::kSkipped, "not an HTML resource: " + content_type + " (" + uri + ")");
      continue;
    }
    Article a;
    a.url = uri;
    if (auto d = ParseTimestamp(wdate)) a.crawled = d->Iso();
    a.origin = o;
    std::string html = decoded_body.empty() ? std::string(payload) : std::move(decoded_body);
    em->EmitPage(std::move(html), std::move(charset), std::move(a));
  }
  return done();
}

}  // namespace sada::internal
