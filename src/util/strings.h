// Small string helpers shared by the readers.
#ifndef SADA_UTIL_STRINGS_H_
#define SADA_UTIL_STRINGS_H_

#include <cctype>
#include <string>
#include <functional>
#include <string_view>

#include "text/utf8.h"

namespace sada::internal {

// Hash and equality that let unordered containers keyed by std::string be
// searched with a string_view, without building a string per lookup.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct StringEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

// At most `n` bytes of UTF-8 `s`, cut at a code-point boundary.
inline std::string_view Utf8Prefix(std::string_view s, size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// A quick test that a word is certainly not in a small set of words: the
// lengths present, and a 512-bit filter of the length with three of the
// word's bytes (the second, one in the middle, the last: an Arabic letter's
// first byte is nearly always the same). Most tokens of a text are in none
// of the word lists the fact rules ask about; this answers for them without
// hashing the word.
class WordFilter {
 public:
  void Add(std::string_view k) {
    lengths_ |= LengthBit(k.size());
    uint32_t h = Sig(k);
    bits_[h >> 6] |= uint64_t{1} << (h & 63);
  }
  bool MaybeHas(std::string_view k) const {
    if ((lengths_ & LengthBit(k.size())) == 0) return false;
    uint32_t h = Sig(k);
    return (bits_[h >> 6] >> (h & 63)) & 1;
  }

 private:
  static uint64_t LengthBit(size_t n) { return uint64_t{1} << (n < 63 ? n : 63); }
  static uint32_t Sig(std::string_view k) {
    if (k.empty()) return 0;
    const auto* b = reinterpret_cast<const unsigned char*>(k.data());
    uint32_t x = static_cast<uint32_t>(k.size()) * 0x9E3779B1u;
    x ^= (b[k.size() > 1 ? 1 : 0] * 0x85EBCA77u) ^ (b[k.size() / 2 | (k.size() > 2 ? 1 : 0)] * 0xC2B2AE3Du) ^
         (b[k.size() - 1] * 0x27D4EB2Fu);
    x ^= x >> 15;
    x *= 0x2C1B3C6Du;
    return x >> 23;  // 9 bits
  }
  uint64_t lengths_ = 0;
  uint64_t bits_[8] = {};
};

// Byte-wise compares for short strings (affixes, one- and two-letter
// prefixes): inlined loops, where compare() and memcmp cost a call each.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}
// s begins with p.
inline bool BeginsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && SameBytes(s.data(), p.data(), p.size());
}

// ASCII lower case (names of charsets, tags, headers).
inline std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// The code points of UTF-8 text (invalid bytes become U+FFFD, one each).
inline std::u32string ToU32(std::string_view s) {
  std::u32string u(s.size(), U'\0');  // at most one code point per byte
  char32_t* o = u.data();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* e = p + s.size();
  while (p < e) {
    Decoded d = DecodeUtf8(p, e);
    *o++ = d.cp;
    p += d.len;
  }
  u.resize(static_cast<size_t>(o - u.data()));
  return u;
}

}  // namespace sada::internal

#endif  // SADA_UTIL_STRINGS_H_
