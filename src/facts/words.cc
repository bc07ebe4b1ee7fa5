#include "facts/words.h"

#include <algorithm>
#include <cstdlib>

#include "facts/gazetteer.h"
#include "text/utf8.h"
#include "util/hash.h"

namespace sada::internal {

std::string KeyOf(std::string_view word) { return Normalize(word, Form::kMatchKey); }

void OneSpellingOfAmerica(std::string* key) {
  static const std::string kAmerica = KeyOf("أميرك"), kAmerica2 = KeyOf("أمريك");
  for (size_t at = key->find(kAmerica); at != std::string::npos; at = key->find(kAmerica, at))
    key->replace(at, kAmerica.size(), kAmerica2);
}

std::string PlainText(std::string_view s) {
  // The marks and tatweel dropped are all two-byte UTF-8 (U+0640, U+064B..
  // U+0652, U+0670: D9 80, D9 8B..D9 92, D9 B0); Normalize's output is valid
  // UTF-8, so the bytes are copied, those pairs skipped.
  std::string d = Normalize(s, Form::kDisplay);
  size_t o = 0;
  for (size_t i = 0; i < d.size();) {
    const auto b0 = static_cast<unsigned char>(d[i]);
    if (b0 == 0xD9 && i + 1 < d.size()) {
      const auto b1 = static_cast<unsigned char>(d[i + 1]);
      if (b1 == 0x80 || (b1 >= 0x8B && b1 <= 0x92) || b1 == 0xB0) {
        i += 2;
        continue;
      }
    }
    d[o++] = d[i++];
  }
  d.resize(o);
  return d;
}

WordSet::WordSet(std::initializer_list<const char*> words) {
  for (const char* w : words) AddKey(KeyOf(w));
}

void WordSet::AddKey(std::string key) {
  filter_.Add(key);
  keys_.insert(std::move(key));
}

WordMap::WordMap(std::initializer_list<std::pair<const char*, int>> words) {
  for (const auto& [w, v] : words) {
    std::string k = KeyOf(w);
    filter_.Add(k);
    map_.emplace(std::move(k), v);
  }
}

std::u32string_view Words::Gap(size_t a, size_t b) const {
  uint32_t from = SpanOf(a).end, to = SpanOf(b).begin;
  if (to <= from || to > u32.size()) return {};
  return std::u32string_view(u32).substr(from, to - from);
}

bool Words::Adjacent(size_t a, size_t b) const {
  for (char32_t c : Gap(a, b)) {
    if (c != ' ' && c != 0xA0 && c != '\t' && c != 0x200F && c != 0x200E) return false;
  }
  return true;
}

std::string Words::Text(Span s) const {
  std::string out;
  for (uint32_t i = s.begin; i < s.end && i < u32.size(); ++i) AppendUtf8(u32[i], &out);
  return out;
}

namespace {

// Whether every `sep` in a number is followed by exactly three digits (as a
// separator of thousands is), with how many there are in *count.
bool GroupsThousands(std::string_view number, char sep, size_t* count) {
  bool grouped = true;
  *count = 0;
  for (size_t p = number.find(sep); p != std::string_view::npos; p = number.find(sep, p + 1)) {
    ++*count;
    size_t digits = 0;
    while (p + 1 + digits < number.size() && number[p + 1 + digits] >= '0' && number[p + 1 + digits] <= '9') ++digits;
    grouped = grouped && digits == 3;
  }
  return grouped;
}

}  // namespace

double Words::Number(size_t i) const {
  if (i >= size() || !IsNumber(i)) return -1;
  std::string_view key = Key(i);
  // Commas: thousands when each is followed by three digits (1,234,567),
  // else a decimal comma (2,4 مليار).
  size_t commas = 0;
  const bool thousands = GroupsThousands(key, ',', &commas);
  std::string k;
  for (char c : key) {
    if (c != ',') k.push_back(c);
    else if (!thousands && commas == 1) k.push_back('.');
  }
  // Points: thousands when two or more each come before three digits
  // (1.348.764 راكبا); one point is a decimal point (what "33.288 زجاجة"
  // counts is decided by the quantity rules).
  size_t points = 0;
  if (GroupsThousands(k, '.', &points) && points >= 2) k.erase(std::remove(k.begin(), k.end(), '.'), k.end());
  // "5.<RLM>2": typed in the order it shows right to left, the parts of a
  // decimal are swapped (2.5; Asharq Al-Awsat writes its decimals so).
  const Span s = at.tokens.tokens[i].span;
  for (uint32_t c = s.begin; c + 1 < s.end && c + 1 < u32.size(); ++c) {
    if ((u32[c] != '.' && u32[c] != ',') || u32[c + 1] != 0x200F) continue;
    size_t dot = k.find('.');
    if (dot != std::string::npos) k = k.substr(dot + 1) + "." + k.substr(0, dot);
    break;
  }
  return std::strtod(k.c_str(), nullptr);
}

bool Words::HasKey(std::string_view k) const {
  if (!sorted_made) {
    sorted_hashes = key_hash;
    std::sort(sorted_hashes.begin(), sorted_hashes.end());
    sorted_made = true;
  }
  return std::binary_search(sorted_hashes.begin(), sorted_hashes.end(), KeyHash(k));
}

void BuildWords(const Article& article, Words* w) {
  w->article = &article;
  w->language = article.language.empty() ? DetectLanguage(article.text) : article.language;
  w->english = w->language == "en";
  Analyze(article.text, "ar", &w->at);
  w->sorted_made = false;
  const size_t n = w->size();
  w->key_hash.resize(n);
  w->gaz.assign(n, 0);
  // Gazetteer flags of recent keys, direct-mapped by the key's hash (most
  // tokens are frequent words; a Lookup tries the word without each clitic).
  // The gazetteer is one for the process and never changes once made.
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    uint32_t flags = 0;
  };
  constexpr int kBits = 15;
  thread_local std::vector<Slot> cache(size_t{1} << kBits);
  const auto& g = Gazetteer::Get();
  for (size_t i = 0; i < n; ++i) {
    const std::string_view key = w->Key(i);
    const uint64_t h = KeyHash(key);
    w->key_hash[i] = h;
    if (w->IsNumber(i)) continue;
    Slot& s = cache[h >> (64 - kBits)];
    if (s.hash != (h | 1)) s = Slot{h | 1, g.Lookup(key)};
    w->gaz[i] = s.flags;
  }
  ToU32(article.text, &w->u32);
}

bool AloneInMarks(const Words& w, size_t first, size_t last, bool apostrophe) {
  if (first == 0 || last >= w.size()) return false;
  bool opened = false;
  for (char32_t c : w.Gap(first - 1, first)) opened = opened || IsOpeningMark(c) || (apostrophe && c == U'\'');
  if (!opened) return false;
  uint32_t p = w.SpanOf(last).end;
  while (p < w.u32.size() && (w.u32[p] == U' ' || w.u32[p] == 0xA0)) ++p;
  return p < w.u32.size() && (IsClosingMark(w.u32[p]) || (apostrophe && w.u32[p] == U'\''));
}

const WordSet& RangeConnectors() {
  static const WordSet kTo{"إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية"};
  return kTo;
}

const WordSet& Weekdays() {
  static const WordSet kDays{"السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"};
  return kDays;
}

const WordSet& SonOf() {
  static const WordSet kSonOf{"بن", "ابن", "بنت"};
  return kSonOf;
}

bool OpensBlessing(const Words& w, size_t t) {
  static const std::string kAllah = KeyOf("الله");
  static const WordSet kBless{"رضي", "رحمه", "رحمها", "رحمهم", "صلى"};
  return t + 1 < w.size() && kBless.Has(w.Key(t)) && w.Key(t + 1) == kAllah && w.Adjacent(t, t + 1);
}

size_t RangeEndAfterDash(const Words& w, size_t last) {
  if (last + 1 >= w.size()) return 0;
  int dashes = 0;
  for (char32_t c : w.Gap(last, last + 1)) {
    if (c == '-' || c == 0x2013 || c == 0x2014) ++dashes;
    else if (c != ' ' && c != 0xA0 && c != 0x200F && c != 0x200E) return 0;
  }
  return dashes == 1 && w.IsNumber(last + 1) ? last + 1 : 0;
}

size_t RangeEndAfterWord(const Words& w, size_t first, size_t last, bool english_from) {
  static const WordSet kFrom{"من", "بين", "خلال", "between"}, kEnglishFrom{"from", "between"},
      kEnglishTo{"to", "until", "till", "through"};
  static const std::string kBayna = KeyOf("بين"), kWa = KeyOf("و"), kBetween = KeyOf("between"),
                           kAnd = KeyOf("and");
  if (first == 0 || !w.IsNumber(last + 2) || !w.Adjacent(first - 1, first) || !w.Adjacent(last, last + 1) ||
      !w.Adjacent(last + 1, last + 2))
    return 0;
  const std::string_view from = WithoutConjunction(w.Key(first - 1)), to = w.Key(last + 1);
  if (kFrom.Has(from) &&
      (RangeConnectors().Has(to) || (from == kBayna && to == kWa) || (from == kBetween && to == kAnd)))
    return last + 2;
  return english_from && kEnglishFrom.Has(from) && kEnglishTo.Has(to) ? last + 2 : 0;
}

size_t RangeEnd(const Words& w, size_t first, size_t last) {
  if (const size_t k = RangeEndAfterDash(w, last)) return k;
  return RangeEndAfterWord(w, first, last);
}

std::string_view WithoutConjunction(std::string_view key) {
  static const std::string kWa = KeyOf("و"), kFa = KeyOf("ف");
  return key.size() > 4 && (BeginsWith(key, kWa) || BeginsWith(key, kFa)) ? key.substr(kWa.size()) : key;
}

}  // namespace sada::internal
