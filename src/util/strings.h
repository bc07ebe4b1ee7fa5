// Small string helpers shared by the readers.
#ifndef SADA_UTIL_STRINGS_H_
#define SADA_UTIL_STRINGS_H_

#include <cctype>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

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

// A quick test that a word is certainly not in a small set of words: a
// 4096-bit filter of the word's length and three of its bytes (the middle
// one and the second bytes of the last two letters: an Arabic letter's first
// byte is nearly always the same, and many words begin with ال). Most tokens
// of a text are in none of the word lists the fact rules ask about; this
// answers for them in a dozen instructions, without hashing the word.
class WordFilter {
 public:
  void Add(std::string_view k) {
    uint32_t h = Sig(k);
    bits_[h >> 6] |= uint64_t{1} << (h & 63);
  }
  bool MaybeHas(std::string_view k) const {
    uint32_t h = Sig(k);
    return (bits_[h >> 6] >> (h & 63)) & 1;
  }

 private:
  static uint32_t Sig(std::string_view k) {
    const size_t n = k.size();
    if (n < 3) return static_cast<uint32_t>(n);  // 0..2: slots of their own
    const auto* b = reinterpret_cast<const unsigned char*>(k.data());
    const uint64_t x = b[n / 2] | uint64_t{b[n - 3]} << 8 | uint64_t{b[n - 1]} << 16 | uint64_t{n} << 24;
    return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ULL) >> 52);  // 12 bits
  }
  uint64_t bits_[64] = {};
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
// Into *u, reusing its memory.
inline void ToU32(std::string_view s, std::u32string* u) {
  u->resize(s.size());  // at most one code point per byte
  char32_t* o = u->data();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* e = p + s.size();
  while (p < e) {
    Decoded d = DecodeUtf8(p, e);
    *o++ = d.cp;
    p += d.len;
  }
  u->resize(static_cast<size_t>(o - u->data()));
}
inline std::u32string ToU32(std::string_view s) {
  std::u32string u;
  ToU32(s, &u);
  return u;
}

// The words of s between single spaces, empty ones dropped.
inline std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace sada::internal

#endif  // SADA_UTIL_STRINGS_H_
