// UTF-8 decoding and encoding used by the whole text core.
//
// DecodeUtf8 reads one code point; any invalid byte (stray continuation,
// overlong form, surrogate, beyond U+10FFFF, truncated sequence) decodes as
// U+FFFD of length 1, so that the next call resynchronises on the next byte.
// This single rule is what makes offsets agree between RepairUtf8() and every
// reader of unrepaired text.
#ifndef SADA_TEXT_UTF8_H_
#define SADA_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace sada {

constexpr char32_t kReplacementChar = 0xFFFD;

struct Decoded {
  char32_t cp;
  uint32_t len;    // bytes consumed (1..4)
  bool valid;
};

[[gnu::always_inline]] inline Decoded DecodeUtf8(const unsigned char* p, const unsigned char* end) {
  unsigned char b0 = p[0];
  if (b0 < 0x80) return {b0, 1, true};
  ptrdiff_t avail = end - p;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (avail >= 2 && (p[1] & 0xC0) == 0x80)
      return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (p[1] & 0x3F)), 2, true};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      char32_t cp = ((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (avail >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
        (p[3] & 0xC0) == 0x80) {
      char32_t cp = ((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
                    ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4, true};
    }
  }
  return {kReplacementChar, 1, false};
}

inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    char b[2] = {static_cast<char>(0xC0 | (cp >> 6)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 2);
  } else if (cp < 0x10000) {
    char b[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                 static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 3);
  } else {
    char b[4] = {static_cast<char>(0xF0 | (cp >> 18)),
                 static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                 static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 4);
  }
}

inline int Utf8Length(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

}  // namespace sada

#endif  // SADA_TEXT_UTF8_H_
