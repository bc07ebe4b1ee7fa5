// JSON string escaping and field appenders (see json_writer.h).
#include "ingest/json_writer.h"

#include "sada/text.h"

#include <simdjson.h>

#include <cstdio>
#include <cstring>

namespace sada::internal {

void AppendJsonString(std::string_view s, std::string* out) {
  // Whatever a stage hands over, what is written is valid UTF-8: invalid
  // bytes become U+FFFD (the check runs at several GB/s; repairs are rare).
  if (!simdjson::validate_utf8(s.data(), s.size())) [[unlikely]] {
    std::string fixed(s);
    RepairUtf8(&fixed);
    AppendJsonString(fixed, out);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->reserve(out->size() + s.size() + 2);
  out->push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  const char* run = p;
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0xE2) {
      ++p;
      continue;
    }
    if (c == 0xE2) {  // U+2028 / U+2029 are E2 80 A8 / E2 80 A9
      if (end - p >= 3 && static_cast<unsigned char>(p[1]) == 0x80 &&
          (static_cast<unsigned char>(p[2]) == 0xA8 || static_cast<unsigned char>(p[2]) == 0xA9)) {
        out->append(run, p - run);
        out->append(static_cast<unsigned char>(p[2]) == 0xA8 ? "\\u2028" : "\\u2029");
        p += 3;
        run = p;
      } else {
        ++p;
      }
      continue;
    }
    out->append(run, p - run);
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
  out->append(run, p - run);
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
