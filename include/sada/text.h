// The text core: normalisation, tokens, sentences and stems, each with offsets
// back into the original text.
//
// Two normal forms are defined (docs/text.md has the full table):
//  * the display form: NFC; Arabic presentation forms and lam-alef ligatures
//    unfolded; tatweel, zero-width characters and bidi controls removed;
//  * the match key: the display form, plus Arabic diacritics and Quranic marks
//    removed, alef variants folded to bare alef, alef maqsura to yeh, teh
//    marbuta to heh, Persian/Urdu letters folded to Arabic ones, every decimal
//    digit to ASCII, the Arabic decimal and thousands separators to "." and ",",
//    quotation marks unified, letters case-folded.
//
// All functions take UTF-8. Invalid bytes are read as U+FFFD, one per byte, and
// never crash; an offset counts them as one code point each, exactly as
// RepairUtf8() does, so offsets agree with an Article's repaired text.
//
// Thread safety: every function here is safe to call concurrently. The Unicode
// tables are built once, on first use, from ICU's data.
#ifndef SADA_TEXT_H_
#define SADA_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sada/article.h"

namespace sada {

enum class Form { kDisplay, kMatchKey };

// Replaces every invalid UTF-8 byte in *text by U+FFFD (also surrogates and
// overlong forms). Returns the number of bytes replaced.
int64_t RepairUtf8(std::string* text);

// Number of code points in valid-or-not UTF-8 (invalid bytes count one each).
uint32_t CountCodePoints(std::string_view utf8);

// Byte offset of code point `cp` in `utf8` (clamped to the end).
size_t ByteOffsetOfCodePoint(std::string_view utf8, uint32_t cp);

// The text between two code-point offsets. Scans from the start of `utf8`:
// for many slices of one text use CodePointSlicer.
std::string_view SliceCodePoints(std::string_view utf8, Span span);

// Many slices of one text: remembers where the last one began, so slices in
// increasing order of `begin` (tokens, sentences) cost one pass over the text
// in all, not one pass each. Slices in any order are still right.
class CodePointSlicer {
 public:
  explicit CodePointSlicer(std::string_view utf8) : text_(utf8) {}
  std::string_view Slice(Span span);

 private:
  std::string_view text_;
  size_t byte_ = 0;  // byte offset of code point cp_
  uint32_t cp_ = 0;
};

// Slices of one text in any order: the byte offset of every 64th code point
// is kept, so a slice scans at most 64 code points to each end wherever it
// lies (SliceCodePoints scans from the start: on a long text, many slices
// cost the square of its length). Same answers as SliceCodePoints.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view utf8);
  std::string_view Slice(Span span) const;

 private:
  size_t ByteOf(uint32_t cp) const;
  std::string_view text_;
  std::vector<uint32_t> every64_;  // byte offset of code point 64 * i
};

// Normalises a whole text to the given form.
std::string Normalize(std::string_view utf8, Form form);

// A normalised text that remembers, for each of its code points, the span of
// the original text it came from.
struct NormalizedText {
  std::string text;                 // UTF-8 in the requested form
  std::vector<Span> source;         // one per code point of `text`
};
void NormalizeWithMap(std::string_view utf8, Form form, NormalizedText* out);

enum class TokenKind : uint8_t {
  kWord,    // letters (and their marks)
  kNumber,  // digits, with internal separators: 3,400  12.5  ١٢٫٥
};

struct Token {
  Span span;              // code points into the original text
  uint32_t key_offset;    // bytes into TokenizedText::keys
  uint32_t key_size;      // bytes
  TokenKind kind;
};

// Tokens of one text. Keys are match-key strings stored back to back; a Token
// refers to its key by offset so that a whole article costs two allocations.
// Lifetime: a TokenizedText is independent of the text it was made from.
struct TokenizedText {
  std::string keys;
  std::vector<Token> tokens;

  std::string_view Key(const Token& t) const {
    return std::string_view(keys).substr(t.key_offset, t.key_size);
  }
  void Clear() {
    keys.clear();
    tokens.clear();
  }
};

// Splits `utf8` into word and number tokens on its match key. Letters and
// digits never share a token ("الـ14" gives "ال" and "14"); tatweel and
// quotation marks separate a clitic from its word ("بـ\"أبو" gives "ب", "ابو");
// digits keep their internal separators ("3,400", "١٢٫٥" → "12.5").
// Appends to *out after clearing it.
void Tokenize(std::string_view utf8, TokenizedText* out);

// A 64-bit hash of a match key (as in TokenizedText::Key), and the same hash
// computed for every token of a text without writing its key: hashes[i] is
// HashKey() of token i of Tokenize(utf8), and spans[i] (when `spans` is not
// null) its span. This is the fast path that duplicate detection and passage
// alignment run on. Both vectors are cleared first.
uint64_t HashKey(std::string_view key);
void HashTokens(std::string_view utf8, std::vector<uint64_t>* hashes, std::vector<Span>* spans);

// Sentence spans (code points into the original text, surrounding white space
// excluded). Boundaries: . ! ? ؟ ؛ … and line breaks; never inside a number
// (12.5) or after a known abbreviation or a lone letter ("د." "U.S.").
void SplitSentences(std::string_view utf8, std::vector<Span>* out);

// The light stemmer for matching. For Arabic (a match key made of Arabic
// letters) it removes conjunction and preposition clitics and the article
// (و ف ب ك ل ال لل and their combinations) and one common suffix, but keeps a
// stem of at least three letters and leaves known place and country names
// (from ICU's Arabic names) whole; docs/text.md reports what it does on a list
// of names. Other scripts go through Snowball for `language` ("en", "fr", ...)
// when Snowball has it, else the key is returned as it is.
// `key` must be a match key (as in TokenizedText::Key). Thread-safe.
std::string Stem(std::string_view key, std::string_view language = "ar");
// The same, appended to *out (no allocation when the stem is cached).
void AppendStem(std::string_view key, std::string_view language, std::string* out);

// Everything the text core gives for one text, in one pass: tokens (match
// keys and spans), sentences, and the stem of every token. This is what later
// stages call; it does the work of Tokenize + SplitSentences + Stem.
struct AnalyzedText {
  TokenizedText tokens;
  std::vector<Span> sentences;
  std::string stems;                 // stems back to back
  std::vector<uint32_t> stem_ends;   // end of token i's stem in `stems`

  std::string_view Stem(size_t i) const {
    uint32_t b = i == 0 ? 0 : stem_ends[i - 1];
    return std::string_view(stems).substr(b, stem_ends[i] - b);
  }
};
void Analyze(std::string_view utf8, std::string_view language, AnalyzedText* out);

// Guesses a BCP 47 primary language tag from the script and, for Latin text,
// common function words. Returns "und" when it cannot tell.
std::string DetectLanguage(std::string_view utf8);

// The primary subtag of a language tag, lower case ("fr-FR" → "fr"); empty
// when it is not two to eight ASCII letters.
std::string PrimaryLanguage(std::string_view tag);

}  // namespace sada

#endif  // SADA_TEXT_H_
