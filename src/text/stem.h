// Internal entry to the Arabic stemmer for callers that already know a
// token's key hash (HashKey) and that the key is all Arabic letters
// (U+0621..U+064A): the fused Analyze computes both while it writes the key.
#ifndef SADA_TEXT_STEM_H_
#define SADA_TEXT_STEM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sada/text.h"

namespace sada::internal {

// Appends the stem of `key` to `out`. `key_hash` must be HashKey(key).
void AppendArabicStem(std::string_view key, uint64_t key_hash, std::string* out);

// Appends the stem of every token of `tt` to `stems` and its end to `ends`.
// arabic_hash[i] is HashKey of token i's key when that key is all Arabic
// letters and at most 64 bytes long, else 0.
void AppendStems(const TokenizedText& tt, const std::vector<uint64_t>& arabic_hash,
                 std::string_view language, std::string* stems, std::vector<uint32_t>* ends);

// True for the code points AppendArabicStem accepts.
inline bool IsArabicStemLetter(char32_t cp) { return cp >= 0x0621 && cp <= 0x064A; }

// A match key without a leading conjunction, preposition or article (و ف ب
// ل ال لل وال فال بال كال), when at least three letters remain; otherwise the
// key as it is. The loose identity of passage alignment and of the word lists
// of story comparison.
std::string_view BareKey(std::string_view key);

}  // namespace sada::internal

#endif  // SADA_TEXT_STEM_H_
