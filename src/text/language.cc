// Language guess: the dominant script of the letters (ICU script property),
// Persian/Urdu letters within Arabic script, and for Latin script a vote of
// common function words. A heuristic for routing to the right stemmer, not a
// classifier; "und" when nothing is clear.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <map>
#include <string_view>

#include "sada/text.h"
#include "text/utf8.h"

namespace sada {
namespace {

struct StopList {
  const char* lang;
  std::array<std::string_view, 10> words;
};

constexpr StopList kStops[] = {
    {"en", {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with"}},
    {"fr", {"le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "ein"}},
    {"es", {"el", "los", "las", "del", "que", "por", "una", "con", "para", "como"}},
    {"it", {"il", "della", "che", "di", "per", "gli", "non", "sono", "una", "nel"}},
    {"pt", {"os", "da", "do", "que", "em", "não", "uma", "para", "com", "dos"}},
};

}  // namespace

std::string DetectLanguage(std::string_view utf8) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = p + std::min<size_t>(utf8.size(), 4096);
  std::map<int, int> scripts;
  int persian = 0, arabic = 0, letters = 0, arabic_fast = 0;
  std::map<std::string, int> votes;
  std::string word;
  auto flush_word = [&]() {
    if (word.empty()) return;
    for (const auto& s : kStops)
      for (auto w : s.words)
        if (w == word) ++votes[s.lang];
    word.clear();
  };
  while (p < end) {
    Decoded d = DecodeUtf8(p, end);
    p += d.len;
    char32_t c = d.cp;
    if (c >= 0x0621 && c <= 0x064A) {  // the Arabic letters proper: no ICU call
      ++letters;
      ++arabic;
      ++arabic_fast;
      flush_word();
      // Clearly Arabic after a few hundred letters: stop reading.
      if ((letters & 63) == 0 && letters >= 256 && arabic_fast * 10 >= letters * 9 &&
          persian == 0)
        break;
      continue;
    }
    if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      flush_word();
      continue;
    }
    if (!u_isalpha(c)) {
      flush_word();
      continue;
    }
    ++letters;
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &st);
    ++scripts[sc];
    if (sc == USCRIPT_ARABIC) {
      ++arabic;
      if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06CC ||
          c == 0x06A9)
        ++persian;
    }
    if (sc == USCRIPT_LATIN) {
      AppendUtf8(static_cast<char32_t>(u_tolower(c)), &word);
    } else {
      flush_word();
    }
  }
  flush_word();
  if (arabic_fast > 0) scripts[USCRIPT_ARABIC] += arabic_fast;
  if (letters == 0) return "und";
  int best = USCRIPT_INVALID_CODE, best_n = 0;
  for (auto [sc, n] : scripts) {
    if (n > best_n) {
      best = sc;
      best_n = n;
    }
  }
  switch (best) {
    case USCRIPT_ARABIC:
      return persian * 50 > arabic ? "fa" : "ar";
    case USCRIPT_LATIN: {
      std::string lang = "und";
      int top = 0;
      for (auto& [l, n] : votes) {
        if (n > top) {
          top = n;
          lang = l;
        }
      }
      return lang;
    }
    case USCRIPT_CYRILLIC: return "ru";
    case USCRIPT_GREEK: return "el";
    case USCRIPT_HEBREW: return "he";
    case USCRIPT_HAN: return "zh";
    case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: return "ja";
    case USCRIPT_HANGUL: return "ko";
    case USCRIPT_THAI: return "th";
    case USCRIPT_DEVANAGARI: return "hi";
    default: return "und";
  }
}

std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    // Letters only (BCP 47: two to eight): what an input calls its language
    // may be anything ("ar\x01..." in a broken page), and ICU's locale code
    // is not safe on every string.
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return "";
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return out.size() >= 2 && out.size() <= 8 ? out : "";
}

}  // namespace sada
