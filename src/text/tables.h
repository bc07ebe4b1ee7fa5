// Per-code-point tables for the text core, built once from ICU's data.
//
// For every BMP code point the tables give its display-form and match-key
// mappings (one code point, none, or a short sequence), whether it takes part in
// canonical reordering or composition (and so needs the slow path), and the
// class the tokenizer and sentence splitter see. Supplementary code points are
// classified on the fly. The mapping rules themselves are in tables.cc and are
// documented in docs/text.md.
#ifndef SADA_TEXT_TABLES_H_
#define SADA_TEXT_TABLES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "sada/text.h"

namespace sada::internal {

enum CharClass : uint8_t {
  kClsOther = 0,   // punctuation and symbols that are not handled below
  kClsLetter,
  kClsMark,
  kClsDigit,       // only ASCII 0-9 appear in a match key
  kClsSpace,
  kClsNewline,
  kClsTerminator,  // ! ? ؟ ؛ … (not '.')
  kClsDot,         // '.'
  kClsComma,       // ',' (number separator in keys)
  kClsQuote,       // quotation marks and closing brackets that stay with a sentence
  kClsIdeograph,   // Han, kana: each one is a token of its own
};

// One mapping: `n` code points starting at `cps` (n may be 0: removed).
struct Mapping {
  const char32_t* cps;
  uint32_t n;
};

// A packed table entry: everything the stream needs about one original code
// point in one load.
//   bits  0-20  the mapped code point (n == 1) or its offset in the pool (n > 1)
//   bits 21-23  n, the length of the mapping (0 = removed)
//   bit  24     the original takes part in composition / reordering
//   bits 25-28  CharClass of the mapped code point (n == 1)
//   bit  29     the original is an upper-case letter
namespace entry {
constexpr uint32_t kValueMask = 0x1FFFFF;
constexpr int kLenShift = 21;
constexpr uint32_t kCombining = 1u << 24;
constexpr int kClassShift = 25;
constexpr uint32_t kUpper = 1u << 29;
// A "plain letter": maps to one lower-case letter and takes no part in
// composition, so it can go to the tokenizer as it is.
constexpr uint32_t kPlainMask = kCombining | kUpper | (7u << kLenShift) | (15u << kClassShift);
constexpr uint32_t kPlain = (1u << kLenShift) | (uint32_t{kClsLetter} << kClassShift);
inline uint32_t Len(uint32_t e) { return (e >> kLenShift) & 7; }
inline CharClass Class(uint32_t e) { return static_cast<CharClass>((e >> kClassShift) & 15); }
}  // namespace entry

class Tables {
 public:
  static const Tables& Get();

  // Packed entry of an original code point for the given form.
  uint32_t Entry(char32_t cp, Form form) const {
    if (cp < 0x10000) return (form == Form::kDisplay ? display_ : key_)[cp];
    return SupplementaryEntry(cp, form);
  }
  const uint32_t* Entries(Form form) const {
    return form == Form::kDisplay ? display_.data() : key_.data();
  }
  const char32_t* pool() const { return pool_.data(); }
  // Runs of Arabic letters (stream.h), indexed by code point - U+0600 for
  // U+0600..U+06FF: a plain letter that maps to U+0080..U+07FF gives the two
  // UTF-8 bytes of what it maps to (the first in the low byte) and
  // kRunBasicArabic when that is in U+0621..U+064A; anything else gives 0.
  static constexpr uint32_t kRunBasicArabic = 1u << 16;
  const uint32_t* ArabicRuns(Form form) const {
    return form == Form::kDisplay ? display_runs_.data() : key_runs_.data();
  }
  uint32_t SupplementaryEntry(char32_t cp, Form form) const;

  // Mapping of an original code point to the given form.
  Mapping Map(char32_t cp, Form form) const;
  bool Combining(char32_t cp) const { return (Entry(cp, Form::kMatchKey) & entry::kCombining) != 0; }
  uint8_t CombiningClass(char32_t cp) const;
  // Class of a code point as it appears in a match key.
  CharClass Class(char32_t cp) const {
    return cp < 0x10000 ? static_cast<CharClass>(cls_[cp]) : ClassSupplementary(cp);
  }
  // Canonical composition of two code points, or 0 if they do not compose.
  char32_t Compose(char32_t a, char32_t b) const;

 private:
  Tables();
  CharClass ClassSupplementary(char32_t cp) const;
  void Build();

  std::vector<uint32_t> display_;
  std::vector<uint32_t> key_;
  std::vector<uint8_t> cls_;
  std::vector<char32_t> pool_;
  std::vector<uint32_t> display_runs_, key_runs_;
};

// The match-key fold of one display-form code point (may be empty), used by the
// table builder and by the supplementary path.
void KeyFold(char32_t cp, std::u32string* out);

}  // namespace sada::internal

#endif  // SADA_TEXT_TABLES_H_
