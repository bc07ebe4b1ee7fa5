// The view of one article the fact rules work on: its tokens (match keys and
// spans), its sentences, and helpers to compare a token with a word written
// in ordinary Arabic spelling.
#ifndef SADA_FACTS_WORDS_H_
#define SADA_FACTS_WORDS_H_

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sada/article.h"
#include "sada/text.h"
#include "util/strings.h"

namespace sada::internal {

// Match key of a word written in the source (cached for string literals).
std::string KeyOf(std::string_view word);

// A match key with America's two spellings written one way (الأميركية →
// الأمريكية), in place.
void OneSpellingOfAmerica(std::string* key);

// Display form without tatweel and Arabic diacritics (names as shown).
std::string PlainText(std::string_view s);

// A set of words, held as match keys.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<const char*> words);
  bool Has(std::string_view key) const { return filter_.MaybeHas(key) && keys_.find(key) != keys_.end(); }
  void AddKey(std::string key);  // a match key, not a word as written
  const std::unordered_set<std::string, StringHash, StringEq>& Keys() const { return keys_; }
  void AddKeys(const WordSet& other) {
    for (const auto& k : other.keys_) AddKey(k);
  }

 private:
  std::unordered_set<std::string, StringHash, StringEq> keys_;
  WordFilter filter_;
};

// Words mapped to numbers, held as match keys.
class WordMap {
 public:
  WordMap(std::initializer_list<std::pair<const char*, int>> words);
  const std::unordered_map<std::string, int, StringHash, StringEq>& entries() const { return map_; }
  int Get(std::string_view key, int missing = 0) const {
    if (!filter_.MaybeHas(key)) return missing;
    auto it = map_.find(key);
    return it == map_.end() ? missing : it->second;
  }

 private:
  std::unordered_map<std::string, int, StringHash, StringEq> map_;
  WordFilter filter_;
};

// Marks that open or close a name quoted or put in parentheses: « " “ (
// and » " ” ) (" does both).
inline bool IsOpeningMark(char32_t c) { return c == U'«' || c == U'"' || c == U'“' || c == U'('; }
inline bool IsClosingMark(char32_t c) { return c == U'»' || c == U'"' || c == U'”' || c == U')'; }
// A quotation mark of any kind, either way round: " ' « » “ ” „ ‘ ’.
inline bool IsQuotationMark(char32_t c) {
  return c == U'"' || c == U'\'' || c == U'«' || c == U'»' || c == U'“' || c == U'”' || c == U'„' || c == U'‘' ||
         c == U'’';
}
// A full stop, a question or exclamation mark, or a line's end: what ends
// a sentence for the rules that look back or ahead within one.
inline bool EndsSentence(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U'؟' || c == U'\n'; }
struct Words;
// Tokens first to last stand alone in quotation marks or parentheses: an
// opening mark between token first - 1 and first, a closing one right
// after last ("لـ«الشرق الأوسط»"، "لـ(اليوم)"); with `apostrophe`, ' counts
// as both.
bool AloneInMarks(const Words& w, size_t first, size_t last, bool apostrophe = false);
// A match key without a leading و or ف when two letters or more are left
// (وقال → قال, فأكد → أكد; و alone stays).
std::string_view WithoutConjunction(std::string_view key);

// The number token that ends a range beginning with the number of tokens
// first..last: after a dash ("10 - 20", "22-24"), or after إلى / الى /
// حتى / لغاية when من، بين or خلال stands before the start, or و after بين
// ("من 3 إلى 5"، "بين 20 و30"), or "and" after "between" ("between 10 and
// 20"; not "from … to", as often a change as a range in English: "rose
// from 30 to 45"); 0 when there is none.
size_t RangeEnd(const Words& w, size_t first, size_t last);
// Its two ways: the number after a dash alone after token `last`; the
// number after a word of "to" (the words above; with `english_from`, also
// "from" before the start and to / until / till / through between, as a
// period of days is written: "from 20 to 22 November").
size_t RangeEndAfterDash(const Words& w, size_t last);
size_t RangeEndAfterWord(const Words& w, size_t first, size_t last, bool english_from = false);
// The words between a range's two ends: إلى، الى، حتى، لغاية (and with و).
const WordSet& RangeConnectors();
// بن، ابن، بنت: in a person's name, what follows is the father's.
const WordSet& SonOf();
// The days of the week with the article: السبت … الجمعة.
const WordSet& Weekdays();
// Word t opens a blessing after a name: رضي، رحمه، رحمها، رحمهم or صلى
// right before الله ("حذيفة رضي الله عنه"، "ابن باز رحمه الله"، "النبي صلى
// الله عليه وسلم").
bool OpensBlessing(const Words& w, size_t t);

struct Words {
  const Article* article = nullptr;
  // The article is in English: its language, or, when it has none, the
  // language its text shows.
  bool english = false;
  // Its language tag as given, or the one its text shows when none is.
  std::string language;
  AnalyzedText at;
  std::u32string u32;  // the text as code points
  std::vector<uint64_t> key_hash;  // KeyHash of every token's key
  std::vector<uint32_t> gaz;       // Gazetteer::Lookup of every token (0 for numbers)
  // key_hash sorted, made on the first HasKey.
  mutable std::vector<uint64_t> sorted_hashes;
  mutable bool sorted_made = false;

  // True when some token of the article has the key k (by its hash).
  bool HasKey(std::string_view k) const;

  size_t size() const { return at.tokens.tokens.size(); }
  std::string_view Key(size_t i) const { return at.tokens.Key(at.tokens.tokens[i]); }
  // Token i's span, taking in the marks and tatweel right after it (which
  // the match key drops): "مسلحاً" whole, not "مسلحا".
  Span SpanOf(size_t i) const {
    Span s = at.tokens.tokens[i].span;
    while (s.end < u32.size() && ((u32[s.end] >= 0x064B && u32[s.end] <= 0x065F) || u32[s.end] == 0x0670 ||
                                  u32[s.end] == 0x0640)) {
      ++s.end;
    }
    return s;
  }
  bool IsNumber(size_t i) const { return i < size() && at.tokens.tokens[i].kind == TokenKind::kNumber; }
  // The first token that begins at code point `cp` or after it (size() if none).
  size_t FirstTokenFrom(uint32_t cp) const {
    const auto& tokens = at.tokens.tokens;
    return static_cast<size_t>(std::lower_bound(tokens.begin(), tokens.end(), cp,
                                                [](const Token& t, uint32_t b) { return t.span.begin < b; }) -
                               tokens.begin());
  }
  // Key of token i, or "" past the end.
  std::string_view KeyAt(size_t i) const { return i < size() ? Key(i) : std::string_view(); }
  bool Is(size_t i, std::string_view key) const { return i < size() && Key(i) == key; }
  // Original text between the end of token a and the start of token b.
  std::u32string_view Gap(size_t a, size_t b) const;
  // True when only white space separates tokens a and b (a < b).
  bool Adjacent(size_t a, size_t b) const;
  // The original text of a span, as UTF-8.
  std::string Text(Span s) const;
  // Numeric value of a number token ("3,400" -> 3400), or -1.
  double Number(size_t i) const;
  // The same as an int when it is a whole number below a million, else -1.
  int SmallInt(size_t i) const {
    double v = Number(i);
    return v >= 0 && v < 1e6 && v == static_cast<double>(static_cast<int>(v)) ? static_cast<int>(v) : -1;
  }
};

void BuildWords(const Article& article, Words* w);

}  // namespace sada::internal

#endif  // SADA_FACTS_WORDS_H_
