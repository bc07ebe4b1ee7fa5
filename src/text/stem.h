// Internal entry to the Arabic stemmer for callers that already know a
// token's key hash (StemKeyHash) and that the key is all Arabic letters
// (U+0621..U+064A): the fused Analyze computes both while it writes the key.
#ifndef SADA_TEXT_STEM_H_
#define SADA_TEXT_STEM_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "sada/text.h"
#include "util/hash.h"

namespace sada::internal {

// The hash by which the stem cache finds a key (odd, never 1): its bytes
// eight at a time, the last eight overlapping, then Mix64.
[[gnu::always_inline]] inline uint64_t StemKeyHash(std::string_view key) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  const char* p = key.data();
  const size_t n = key.size();
  auto load = [p](size_t at, auto word) {
    decltype(word) w;
    std::memcpy(&w, p + at, sizeof(w));
    return static_cast<uint64_t>(w);
  };
  uint64_t h = n * kMul;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) h = (h ^ load(i, uint64_t{})) * kMul;
    h = (h ^ load(n - 8, uint64_t{})) * kMul;
  } else if (n >= 4) {
    h = (h ^ load(0, uint32_t{}) ^ (load(n - 4, uint32_t{}) << 32)) * kMul;
  } else if (n >= 1) {
    h = (h ^ static_cast<unsigned char>(p[0]) ^ (uint64_t{static_cast<unsigned char>(p[n - 1])} << 8) ^
         (uint64_t{static_cast<unsigned char>(p[n / 2])} << 16)) * kMul;
  }
  h = Mix64(h) | 1;
  return h == 1 ? 3 : h;
}

// Appends the stem of `key` to `out`. `key_hash` must be StemKeyHash(key).
void AppendArabicStem(std::string_view key, uint64_t key_hash, std::string* out);

// Appends the stem of every token of `tt` to `stems` and its end to `ends`.
// arabic_hash[i] is StemKeyHash of token i's key when that key is all
// Arabic letters and 7 to 64 bytes long, 1 when it is all Arabic letters and
// shorter, else 0.
void AppendStems(const TokenizedText& tt, const std::vector<uint64_t>& arabic_hash,
                 std::string_view language, std::string* stems, std::vector<uint32_t>* ends);

// Arabic keys of up to three letters (six bytes) are their own stems: no
// affix can go without leaving fewer than three letters.
constexpr size_t kOwnStemBytes = 3 * 2;

// True for the code points AppendArabicStem accepts.
inline bool IsArabicStemLetter(char32_t cp) { return cp >= 0x0621 && cp <= 0x064A; }

// A match key without a leading conjunction, preposition or article (و ف ب
// ل ال لل وال فال بال كال), when at least three letters remain; otherwise the
// key as it is. The loose identity of passage alignment and of the word lists
// of story comparison.
std::string_view BareKey(std::string_view key);

}  // namespace sada::internal

#endif  // SADA_TEXT_STEM_H_
