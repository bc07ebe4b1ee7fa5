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

// ASCII lower case (names of charsets, tags, headers).
inline std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// The code points of UTF-8 text (invalid bytes become U+FFFD, one each).
inline std::u32string ToU32(std::string_view s) {
  std::u32string u;
  u.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* e = p + s.size();
  while (p < e) {
    Decoded d = DecodeUtf8(p, e);
    u.push_back(d.cp);
    p += d.len;
  }
  return u;
}

}  // namespace sada::internal

#endif  // SADA_UTIL_STRINGS_H_
