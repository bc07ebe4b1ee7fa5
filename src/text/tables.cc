// Builds the per-code-point tables of the text core from ICU's Unicode data:
// NFC (Unicode Standard Annex #15) for the display form, NFKC for Arabic
// presentation forms, ICU character properties for classes and case folding,
// and sada's own Arabic folding rules for the match key (docs/text.md).
#include "text/tables.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <mutex>

namespace sada::internal {
namespace {

bool IsRemovedInDisplay(char32_t c) {
  switch (c) {
    case 0x0640:  // tatweel
    case 0x00AD:  // soft hyphen
    case 0x061C:  // Arabic letter mark
    case 0x180E:
    case 0x200B: case 0x200C: case 0x200D:  // zero width space / non-joiner / joiner
    case 0x200E: case 0x200F:               // LRM RLM
    case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064:
    case 0xFEFF:                            // BOM / ZWNBSP
      return true;
    default:
      break;
  }
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool IsArabicPresentationForm(char32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
}

bool IsArabicMarkRemovedInKey(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06DC) ||
         (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 ||
         (c >= 0x06EA && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF && c != 0x08E2);
}

char32_t ArabicLetterFold(char32_t c) {
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671:  // آ أ إ ٱ
    case 0x0672: case 0x0673: case 0x0675:               // alef with wavy hamza
      return 0x0627;
    case 0x0649:  // ى alef maqsura
    case 0x06CC:  // ی Farsi yeh
    case 0x06D0:  // ې
    case 0x06D2:  // ے yeh barree
    case 0x06D3:  // ۓ
      return 0x064A;
    case 0x0629:  // ة teh marbuta
    case 0x06C0:  // ۀ
    case 0x06C1:  // ہ
    case 0x06C2:  // ۂ
    case 0x06C3:  // ۃ
    case 0x06BE:  // ھ
    case 0x06D5:  // ە
      return 0x0647;
    case 0x06A9:  // ک keheh
    case 0x06AA:  // ڪ
      return 0x0643;
    case 0x066B: return '.';  // Arabic decimal separator
    case 0x066C: return ',';  // Arabic thousands separator
    default:
      return c;
  }
}

bool IsDoubleQuote(char32_t c) {
  switch (c) {
    case '"': case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E:
    case 0x201F: case 0x2033: case 0x301D: case 0x301E: case 0x301F: case 0xFF02:
      return true;
    default:
      return false;
  }
}
bool IsSingleQuote(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
    case 0x2032: case 0xFF07:
      return true;
    default:
      return false;
  }
}

CharClass ClassOf(char32_t c) {
  if (c == '\n' || c == '\r' || c == 0x0085 || c == 0x2028 || c == 0x2029 ||
      c == 0x000B || c == 0x000C)
    return kClsNewline;
  if (c == '.') return kClsDot;
  if (c == ',') return kClsComma;
  if (c >= '0' && c <= '9') return kClsDigit;
  switch (c) {
    case '!': case '?': case 0x061F: case 0x2026: case 0x203C:
    case 0x2047: case 0x2048: case 0x2049: case 0x06D4: case 0x3002: case 0xFF01:
    case 0xFF1F:
      return kClsTerminator;
    case '"': case '\'': case ')': case ']': case '}': case 0x00BB: case 0x201D:
    case 0x2019:
      return kClsQuote;
    default:
      break;
  }
  int8_t t = u_charType(c);
  switch (t) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: {
      UErrorCode st = U_ZERO_ERROR;
      UScriptCode sc = uscript_getScript(c, &st);
      if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA)
        return kClsIdeograph;
      return kClsLetter;
    }
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return kClsMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return kClsDigit;  // only seen for digits without a key fold (none today)
    case U_SPACE_SEPARATOR:
      return kClsSpace;
    case U_CONTROL_CHAR:
      return c == '\t' ? kClsSpace : kClsOther;
    default:
      return kClsOther;
  }
}

const icu::Normalizer2* Nfc() {
  UErrorCode st = U_ZERO_ERROR;
  return icu::Normalizer2::getNFCInstance(st);
}
const icu::Normalizer2* Nfkc() {
  UErrorCode st = U_ZERO_ERROR;
  return icu::Normalizer2::getNFKCInstance(st);
}

std::u32string ToU32(const icu::UnicodeString& s) {
  std::u32string out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

// Display mapping of one code point, by the rules in docs/text.md.
std::u32string DisplayMap(char32_t c) {
  if (IsRemovedInDisplay(c)) return {};
  if (c >= 0xD800 && c <= 0xDFFF) return {0xFFFD};
  UErrorCode st = U_ZERO_ERROR;
  if (IsArabicPresentationForm(c)) {
    icu::UnicodeString in(static_cast<UChar32>(c));
    icu::UnicodeString out = Nfkc()->normalize(in, st);
    if (U_SUCCESS(st)) {
      // A form that unfolds to several words (U+FDFA, the isolated harakat
      // U+FE70...) is kept as it is, so that a token never gets a span wider
      // than its own text.
      std::u32string r;
      for (char32_t x : ToU32(out)) {
        if (x == ' ') return {c};
        if (!IsRemovedInDisplay(x)) r.push_back(x);
      }
      return r;
    }
  }
  if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_NO) {
    icu::UnicodeString in(static_cast<UChar32>(c));
    icu::UnicodeString out = Nfc()->normalize(in, st);
    if (U_SUCCESS(st)) return ToU32(out);
  }
  return {c};
}

}  // namespace

void KeyFold(char32_t c, std::u32string* out) {
  if (IsArabicMarkRemovedInKey(c)) return;
  if (IsDoubleQuote(c)) {
    out->push_back('"');
    return;
  }
  if (IsSingleQuote(c)) {
    out->push_back('\'');
    return;
  }
  char32_t f = ArabicLetterFold(c);
  if (f != c) {
    out->push_back(f);
    return;
  }
  if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
    int32_t d = u_charDigitValue(c);
    if (d >= 0 && d <= 9) {
      out->push_back(U'0' + d);
      return;
    }
  }
  if (u_charType(c) == U_SPACE_SEPARATOR) {
    out->push_back(' ');
    return;
  }
  out->push_back(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
}

const Tables& Tables::Get() {
  static const Tables* tables = new Tables();  // never destroyed: used at exit
  return *tables;
}

Tables::Tables() { Build(); }

void Tables::Build() {
  display_.assign(0x10000, 0);
  key_.assign(0x10000, 0);
  cls_.assign(0x10000, 0);
  for (char32_t c = 0; c < 0x10000; ++c) cls_[c] = ClassOf(c);
  auto pack = [this](const std::u32string& seq, bool combining, bool upper) {
    uint32_t e = static_cast<uint32_t>(seq.size()) << entry::kLenShift;
    if (seq.size() == 1) {
      e |= static_cast<uint32_t>(seq[0]);
      e |= static_cast<uint32_t>(seq[0] < 0x10000 ? static_cast<uint32_t>(cls_[seq[0]]) : static_cast<uint32_t>(ClassOf(seq[0])))
           << entry::kClassShift;
    } else if (seq.size() > 1) {
      e |= static_cast<uint32_t>(pool_.size());
      pool_.insert(pool_.end(), seq.begin(), seq.end());
    }
    if (combining) e |= entry::kCombining;
    if (upper) e |= entry::kUpper;
    return e;
  };
  std::u32string key;
  for (char32_t c = 0; c < 0x10000; ++c) {
    std::u32string disp = DisplayMap(c);
    if (disp.size() > 7) disp = {c};  // longer than an entry can say: keep as is
    key.clear();
    for (char32_t d : disp) KeyFold(d, &key);
    if (key.size() > 7) key = disp;
    bool comb = (c < 0xD800 || c > 0xDFFF) &&
                (u_getCombiningClass(c) != 0 ||
                 u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_MAYBE);
    bool upper = u_isupper(c);
    display_[c] = pack(disp, comb, upper);
    key_[c] = pack(key, comb, upper);
  }
  auto runs = [](const std::vector<uint32_t>& entries, std::vector<uint32_t>* out) {
    out->assign(0x100, 0);
    for (char32_t c = 0x0600; c < 0x0700; ++c) {
      uint32_t e = entries[c];
      char32_t v = e & entry::kValueMask;
      if ((e & entry::kPlainMask) != entry::kPlain || v < 0x80 || v >= 0x800) continue;
      (*out)[c - 0x0600] = (0xC0 | (v >> 6)) | ((0x80 | (v & 0x3F)) << 8) |
                           (v >= 0x0621 && v <= 0x064A ? kRunBasicArabic : 0);
    }
  };
  runs(display_, &display_runs_);
  runs(key_, &key_runs_);
}

uint32_t Tables::SupplementaryEntry(char32_t cp, Form form) const {
  // Outside the BMP only case folding and digit folding apply, and their
  // result is a single code point.
  char32_t m = cp;
  if (form == Form::kMatchKey) {
    std::u32string k;
    KeyFold(cp, &k);
    if (k.size() == 1) m = k[0];
  }
  uint32_t e = (1u << entry::kLenShift) | static_cast<uint32_t>(m) |
               (static_cast<uint32_t>(ClassOf(m)) << entry::kClassShift);
  if (u_getCombiningClass(cp) != 0 ||
      u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK) == UNORM_MAYBE)
    e |= entry::kCombining;
  if (u_isupper(cp)) e |= entry::kUpper;
  return e;
}

Mapping Tables::Map(char32_t cp, Form form) const {
  thread_local char32_t one;
  uint32_t e = Entry(cp, form);
  uint32_t n = entry::Len(e);
  if (n == 1) {
    one = e & entry::kValueMask;
    return {&one, 1};
  }
  return {pool_.data() + (e & entry::kValueMask), n};
}

uint8_t Tables::CombiningClass(char32_t cp) const { return u_getCombiningClass(cp); }

CharClass Tables::ClassSupplementary(char32_t cp) const { return ClassOf(cp); }

char32_t Tables::Compose(char32_t a, char32_t b) const {
  UChar32 r = Nfc()->composePair(a, b);
  return r < 0 ? 0 : static_cast<char32_t>(r);
}

}  // namespace sada::internal
