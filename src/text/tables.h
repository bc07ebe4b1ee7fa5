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

class Tables {
 public:
  static const Tables& Get();

  // Mapping of an original code point to the given form.
  Mapping Map(char32_t cp, Form form) const {
    if (cp < 0x10000) {
      const char32_t* t = form == Form::kDisplay ? display_.data() : key_.data();
      char32_t e = t[cp];
      if ((e >> 31) == 0) return {t + cp, 1};
      return {pool_.data() + (e & 0xFFFFFF), static_cast<uint32_t>((e >> 24) & 0x7F)};
    }
    return MapSupplementary(cp, form);
  }
  // True when the code point needs the composition / reordering slow path
  // (canonical combining class > 0, or NFC quick check "maybe").
  bool Combining(char32_t cp) const {
    return cp < 0x10000 ? (flags_[cp] & 1) != 0 : SupplementaryCombining(cp);
  }
  uint8_t CombiningClass(char32_t cp) const;
  // Class of a code point as it appears in a match key.
  CharClass Class(char32_t cp) const {
    return cp < 0x10000 ? static_cast<CharClass>(cls_[cp]) : ClassSupplementary(cp);
  }
  // Canonical composition of two code points, or 0 if they do not compose.
  char32_t Compose(char32_t a, char32_t b) const;

 private:
  Tables();
  Mapping MapSupplementary(char32_t cp, Form form) const;
  bool SupplementaryCombining(char32_t cp) const;
  CharClass ClassSupplementary(char32_t cp) const;
  void Build();

  // Entry: bit 31 clear: the code point maps to the char32 stored in the entry
  // itself (the table doubles as the storage). Bit 31 set: bits 24-30 hold the
  // length and bits 0-23 the offset of the sequence in pool_.
  std::vector<char32_t> display_;
  std::vector<char32_t> key_;
  std::vector<uint8_t> flags_;
  std::vector<uint8_t> cls_;
  std::vector<char32_t> pool_;
};

// The match-key fold of one display-form code point (may be empty), used by the
// table builder and by the supplementary path.
void KeyFold(char32_t cp, std::u32string* out);

}  // namespace sada::internal

#endif  // SADA_TEXT_TABLES_H_
