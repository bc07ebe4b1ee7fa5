// JSON string escaping and field appenders (see json_writer.h).
#include "ingest/json_writer.h"

#include "sada/text.h"

#include <cstdio>
#include <cstring>

namespace sada::internal {

namespace {

// The length of the valid UTF-8 sequence at p (lead byte c >= 0x80), or 0
// when it is not one: a stray continuation byte, an overlong form, a
// surrogate, past U+10FFFF, or cut short.
inline size_t Utf8Sequence(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  const size_t left = static_cast<size_t>(end - p);
  auto cont = [&](size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i < left && p[i] >= lo && p[i] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// Whatever a stage hands over, what is written is valid UTF-8: invalid
// bytes become U+FFFD. The check is made in the same pass as the escaping
// (most strings written are a few words, where a separate call's setup
// cost more than its scan); on the first invalid sequence the string is
// repaired (`RepairUtf8`) and written again, and should the repaired string
// still hold a sequence this check rejects, that byte is written as U+FFFD.
void AppendEscaped(std::string_view s, bool repaired, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const size_t mark = out->size();
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
    if (c >= 0x80) {
      const size_t n = Utf8Sequence(p, end);
      if (n == 0) [[unlikely]] {
        if (repaired) {
          flush();
          out->append("\xEF\xBF\xBD");
          run = ++p;
          continue;
        }
        out->resize(mark);
        std::string fixed(s);
        RepairUtf8(&fixed);
        AppendEscaped(fixed, true, out);
        return;
      }
      if (n == 3 && c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
        // U+2028 / U+2029: valid JSON, but not in JavaScript strings
        flush();
        out->append(p[2] == 0xA8 ? "\\u2028" : "\\u2029");
        p += 3;
        run = p;
        continue;
      }
      p += n;
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

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) { AppendEscaped(s, false, out); }

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
