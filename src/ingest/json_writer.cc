// JSON string escaping and field appenders (see json_writer.h).
#include "ingest/json_writer.h"

#include "sada/text.h"
#include "text/utf8.h"

#include <cstdio>
#include <cstring>

namespace sada::internal {

// Whatever a stage hands over, what is written is valid UTF-8: an invalid
// byte becomes U+FFFD, by the one rule of `DecodeUtf8` that `RepairUtf8`
// follows too. The check is made in the same pass as the escaping (most
// strings written are a few words, where a separate check's call cost more
// than its scan).
void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->reserve(out->size() + s.size() + 2);
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  const auto* run = p;
  auto flush = [&] { out->append(reinterpret_cast<const char*>(run), p - run); };
  while (p < end) {
    const unsigned char c = *p;
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++p;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF && p + 1 < end && (p[1] & 0xC0) == 0x80) {
      p += 2;  // a two-byte letter (Arabic's): DecodeUtf8's first case, without the code point
      continue;
    }
    if (c >= 0x80) {
      const Decoded d = DecodeUtf8(p, end);
      if (!d.valid) [[unlikely]] {
        flush();
        AppendUtf8(kReplacementChar, out);
        run = ++p;
      } else if (d.cp == 0x2028 || d.cp == 0x2029) {
        // valid JSON, but not in JavaScript strings
        flush();
        out->append(d.cp == 0x2028 ? "\\u2028" : "\\u2029");
        p += d.len;
        run = p;
      } else {
        p += d.len;
      }
      continue;
    }
    flush();
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default: {
        char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(buf, 6);
      }
    }
    ++p;
    run = p;
  }
  flush();
  out->push_back('"');
}

void AppendKey(std::string_view key, bool first, std::string* out) {
  if (!first) out->push_back(',');
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

void AppendStringField(std::string_view key, std::string_view value, bool null_if_empty,
                       std::string* out, bool first) {
  AppendKey(key, first, out);
  if (value.empty() && null_if_empty) {
    out->append("null");
  } else {
    AppendJsonString(value, out);
  }
}

void AppendIntField(std::string_view key, int64_t value, std::string* out) {
  AppendKey(key, false, out);
  out->append(std::to_string(value));
}

void AppendDoubleField(std::string_view key, double value, int digits, std::string* out) {
  AppendKey(key, false, out);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  out->append(buf);
}

}  // namespace sada::internal
