// Facts of articles in a language other than Arabic and English, read with
// the names ICU's locale data (CLDR) gives that language. Dates by its
// months, its weekdays and its words for the days around today ("19
// novembre 2017", "1er novembre", "19. November 2017", "19 de noviembre de
// 2017", "ноября 2017", "dimanche", "hier", "avant-hier"); places by its
// names of countries and of time zones' cities ("Syrie", "Damas", "Arabie
// saoudite"). The Arabic and English rules know their own languages' words;
// these rules know no language in particular, so they read only what every
// such language writes alike: a day number, a month's name and a year, a
// weekday alone, a word for yesterday, today or tomorrow, a place's name
// with its capital.
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "facts/calendar.h"
#include "facts/extract_internal.h"
#include "text/names.h"

namespace sada::internal {
namespace {

std::string Utf8Of(const UChar* s, int32_t n) {
  std::string out;
  UErrorCode st = U_ZERO_ERROR;
  int32_t need = 0;
  u_strToUTF8(nullptr, 0, &need, s, n, &st);
  out.resize(static_cast<size_t>(need));
  st = U_ZERO_ERROR;
  u_strToUTF8(out.data(), need, nullptr, s, n, &st);
  return U_SUCCESS(st) ? out : std::string();
}

// The match keys of a phrase's tokens ("avant-hier" → avant, hier).
std::vector<std::string> KeysOf(std::string_view phrase) {
  TokenizedText tt;
  Tokenize(phrase, &tt);
  std::vector<std::string> keys;
  for (const Token& t : tt.tokens) keys.emplace_back(tt.Key(t));
  return keys;
}

// Tokens a and b are words of one phrase: a space, a hyphen or an
// apostrophe between them ("avant-hier", "aujourd'hui", "États-Unis").
bool InPhrase(const Words& w, size_t a, size_t b) {
  if (w.Adjacent(a, b)) return true;
  const std::u32string_view gap = w.Gap(a, b);
  return gap == U"-" || gap == U"'" || gap == U"\u2019";
}

// Token t is a word written with a capital (in any script that has them).
bool CapitalAt(const Words& w, size_t t) {
  return t < w.size() && !w.IsNumber(t) && u_isupper(static_cast<UChar32>(w.u32[w.SpanOf(t).begin]));
}

// A language's calendar words and places, by match key.
struct CalendarWords {
  std::unordered_map<std::string, int> months;    // 1..12, every form ICU gives (wide, short, standalone)
  std::unordered_map<std::string, int> weekdays;  // 0 = Sunday; the wide names
  bool lower_weekdays = false;                    // the language writes them in lower case ("lundi")
  // CLDR's words for the days, weekdays, weeks, months and years around
  // today ("hier", "samedi prochain", "le mois dernier"), longest first.
  struct Relative {
    std::vector<std::string> keys;
    char unit;   // 'd' a day, 'w' a week, 'm' a month, 'y' a year, 'a' a weekday
    int offset;  // -1 the last, 0 this, 1 the next (days: -2 to 2)
    int weekday = -1;
  };
  std::vector<Relative> relative;
  // Places: the keys of each name's tokens, by its first token's key
  // (longest first).
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> places;
  bool empty() const { return months.empty(); }
};

// A name ICU gives for a month or a weekday: letters, not root's "M01".
bool Usable(const std::string& key) {
  if (key.empty()) return false;
  for (char c : key)
    if (c >= '0' && c <= '9') return false;
  return true;
}

CalendarWords Load(const std::string& lang) {
  CalendarWords cw;
  // Gregorian names whatever the language's own calendar (Persian's is the
  // solar Hijri one): a Gregorian month's name, read as one.
  const std::string locale = lang + "@calendar=gregorian";
  UErrorCode st = U_ZERO_ERROR;
  UDateFormat* fmt = udat_open(UDAT_NONE, UDAT_LONG, locale.c_str(), nullptr, 0, nullptr, 0, &st);
  if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING) {
    if (fmt) udat_close(fmt);
    return cw;
  }
  UChar buf[128];
  auto symbol = [&](UDateFormatSymbolType type, int32_t index) {
    UErrorCode s = U_ZERO_ERROR;
    const int32_t n = udat_getSymbols(fmt, type, index, buf, 128, &s);
    if (U_FAILURE(s) || n <= 0 || n >= 128) return std::string();
    std::string key = Normalize(Utf8Of(buf, n), Form::kMatchKey);
    while (!key.empty() && key.back() == '.') key.pop_back();  // "nov.", "févr."
    return key;
  };
  for (UDateFormatSymbolType type : {UDAT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_SHORT_MONTHS})
    for (int32_t m = 0; m < 12; ++m)
      if (std::string key = symbol(type, m); Usable(key) && KeysOf(key).size() == 1) cw.months.emplace(key, m + 1);
  for (UDateFormatSymbolType type : {UDAT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS})
    for (int32_t d = 1; d <= 7; ++d)  // ICU: 1 = Sunday
      if (std::string key = symbol(type, d); Usable(key) && KeysOf(key).size() == 1) cw.weekdays.emplace(key, d - 1);
  {
    UErrorCode s = U_ZERO_ERROR;
    const int32_t n = udat_getSymbols(fmt, UDAT_WEEKDAYS, 2, buf, 128, &s);
    cw.lower_weekdays = U_SUCCESS(s) && n > 0 && u_islower(buf[0]);
  }
  udat_close(fmt);
  // The days around today: CLDR's fields/…/relative ("-1": yesterday,
  // last Saturday, last month).
  st = U_ZERO_ERROR;
  UResourceBundle* rb = ures_open(nullptr, lang.c_str(), &st);
  if (U_SUCCESS(st) && st != U_USING_DEFAULT_WARNING) {
    static const char* const kWeekdayFields[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    auto read = [&](const char* field, char unit, int weekday) {
      UErrorCode s = U_ZERO_ERROR;
      UResourceBundle* fields = ures_getByKey(rb, "fields", nullptr, &s);
      UResourceBundle* f = ures_getByKey(fields, field, nullptr, &s);
      UResourceBundle* rel = ures_getByKey(f, "relative", nullptr, &s);
      while (U_SUCCESS(s) && ures_hasNext(rel)) {
        UErrorCode e = U_ZERO_ERROR;
        UResourceBundle* item = ures_getNextResource(rel, nullptr, &e);
        if (U_FAILURE(e)) break;
        int32_t len = 0;
        const UChar* text = ures_getString(item, &len, &e);
        const char* key = ures_getKey(item);
        if (U_SUCCESS(e) && key) {
          const int offset = std::atoi(key);
          std::vector<std::string> keys = KeysOf(Utf8Of(text, len));
          if (!keys.empty() && offset >= (unit == 'd' ? -2 : -1) && offset <= (unit == 'd' ? 2 : 1))
            cw.relative.push_back({std::move(keys), unit, offset, weekday});
        }
        ures_close(item);
      }
      ures_close(rel);
      ures_close(f);
      ures_close(fields);
    };
    read("day", 'd', -1);
    read("week", 'w', -1);
    read("month", 'm', -1);
    read("year", 'y', -1);
    for (int d = 0; d < 7; ++d) read(kWeekdayFields[d], 'a', d);
  }
  ures_close(rb);
  std::stable_sort(cw.relative.begin(), cw.relative.end(),
                   [](const auto& a, const auto& b) { return a.keys.size() > b.keys.size(); });
  // (A name of three letters or more: where ICU has no name in the
  // language it gives a country's code, "SY".)
  for (const std::string& name : IcuPlaceNames(lang.c_str())) {
    std::vector<std::string> keys = KeysOf(name);
    if (keys.empty() || CountCodePoints(name) < 3) continue;
    auto& list = cw.places[keys.front()];
    if (std::find(list.begin(), list.end(), keys) == list.end()) list.push_back(std::move(keys));
  }
  for (auto& [first, list] : cw.places)
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return cw;
}

// Loaded once per language, for every thread.
const CalendarWords& CalendarWordsOf(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<CalendarWords>> loaded;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = loaded[lang];
  if (!slot) slot = std::make_unique<CalendarWords>(Load(lang));
  return *slot;
}

// The words of the article's language, or null when its own rules read it
// (Arabic, English) or its language is not known.
const CalendarWords* LanguageWords(const Words& w) {
  const std::string lang = PrimaryLanguage(w.language);
  if (lang.empty() || lang == "ar" || lang == "en" || lang == "und") return nullptr;
  return &CalendarWordsOf(lang);
}

class LocaleDates {
 public:
  LocaleDates(const Words& w, const CalendarWords& cw, std::optional<int64_t> anchor, const char* anchor_kind,
              std::vector<Fact>* out)
      : w_(w), cw_(cw), anchor_(anchor), anchor_kind_(anchor_kind), out_(out) {}

  void Run() {
    for (size_t i = 0; i < w_.size();) {
      const size_t next = Match(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  int Month(size_t i) const {
    if (i >= w_.size() || w_.IsNumber(i)) return 0;
    auto it = cw_.months.find(std::string(w_.Key(i)));
    return it == cw_.months.end() ? 0 : it->second;
  }
  int Weekday(size_t i) const {
    if (i >= w_.size() || w_.IsNumber(i)) return -1;
    auto it = cw_.weekdays.find(std::string(w_.Key(i)));
    return it == cw_.weekdays.end() ? -1 : it->second;
  }
  // A four-digit year at token i.
  int Year(size_t i) const {
    if (!w_.IsNumber(i) || w_.Key(i).size() != 4) return 0;
    const int y = w_.SmallInt(i);
    return y >= 1000 && y <= 2999 ? y : 0;
  }
  // Token j follows token i with nothing but spaces, or (allow) the point
  // or comma a date writes there ("19. November", "November 2017" after a
  // day's point).
  bool Next(size_t i, size_t j, const char32_t* allow = U"") const {
    if (j >= w_.size()) return false;
    for (char32_t c : w_.Gap(i, j))
      if (c != U' ' && c != 0xA0 && std::u32string_view(allow).find(c) == std::u32string_view::npos) return false;
    return true;
  }
  // A word that joins a date's parts: "de" (Spanish, Portuguese, Catalan),
  // "del", "do", "da".
  bool Joiner(size_t i) const {
    const std::string_view k = w_.KeyAt(i);
    return !w_.IsNumber(i) && (k == "de" || k == "del" || k == "do" || k == "da");
  }
  // Token i and what follows it that belongs to the day number: an
  // ordinal's letters written onto it ("1er", "2e", "1º"); returns the
  // last token of the day.
  size_t DayEnd(size_t i) const {
    if (i + 1 < w_.size() && w_.Gap(i, i + 1).empty() && !w_.IsNumber(i + 1)) {
      const std::string_view k = w_.Key(i + 1);
      if (k == "er" || k == "e" || k == "re" || k == "o" || k == "a" || k == "º" || k == "ª") return i + 1;
    }
    return i;
  }

  size_t Match(size_t i) {
    // A weekday before a date is part of it: "dimanche 19 novembre 2017".
    const int wd = Weekday(i);
    const size_t day_at = wd >= 0 && Next(i, i + 1, U",") ? i + 1 : i;
    if (w_.IsNumber(day_at)) {
      const int day = w_.SmallInt(day_at);
      if (day >= 1 && day <= 31) {
        const size_t day_last = DayEnd(day_at);
        size_t m_at = day_last + 1;
        if (Joiner(m_at) && Next(day_last, m_at)) ++m_at;
        if (const int m = Month(m_at); m > 0 && Next(m_at - 1, m_at, U".")) {
          size_t y_at = m_at + 1;
          if (Joiner(y_at) && Next(m_at, y_at)) ++y_at;
          if (const int y = Year(y_at); y > 0 && Next(y_at - 1, y_at, U",")) {
            if (day <= DaysInMonth(y, m)) Emit(i, y_at, IsoOf(Ymd{y, m, day}), "");
            return y_at + 1;
          }
          // No year: the one that puts the day nearest the anchor (no
          // date when the month never has the day: "31 février").
          if (anchor_) {
            if (const int y = NearestYear(m, day, *anchor_)) EmitDay(i, m_at, DaysFromCivil(y, m, day));
          } else if (day <= DaysInMonth(2000, m)) {
            Emit(i, m_at, "", "");
          }
          return m_at + 1;
        }
      }
    }
    // A month and its year: "novembre 2017", "noviembre de 2017".
    if (const int m = Month(i); m > 0) {
      size_t y_at = i + 1;
      if (Joiner(y_at) && Next(i, y_at)) ++y_at;
      if (const int y = Year(y_at); y > 0 && Next(y_at - 1, y_at, U",")) {
        Emit(i, y_at, IsoOf(Ymd{y, m, 0}), "");
        return y_at + 1;
      }
      return i + 1;
    }
    // The days, weeks, months and years around today, in the language's
    // words (CLDR's), written in lower case unless a sentence begins with
    // them ("heute Morgen" is this morning, "Morgen" no tomorrow), and not
    // after a word that makes them a noun ("esta mañana", this morning).
    for (const auto& r : cw_.relative) {
      size_t k = 0;
      while (k < r.keys.size() && i + k < w_.size() && w_.Key(i + k) == r.keys[k] &&
             (k == 0 || InPhrase(w_, i + k - 1, i + k)))
        ++k;
      if (k != r.keys.size()) continue;
      static const WordSet kMakesNoun{"la", "esta", "una", "cada", "toda", "media"};
      if ((!SentenceStart(i) && CapitalAt(w_, i)) || (i > 0 && w_.Adjacent(i - 1, i) && kMakesNoun.Has(w_.Key(i - 1))))
        return i + k;
      EmitRelative(i, i + k - 1, r);
      return i + k;
    }
    // A weekday alone: the latest one, the anchor's day included, as news
    // writes of the days just past ("a annoncé dimanche"). Where the
    // language writes weekdays in lower case, a capitalised one inside a
    // sentence is a name ("Plácido Domingo").
    if (wd >= 0) {
      if (cw_.lower_weekdays && !SentenceStart(i) && CapitalAt(w_, i)) return i + 1;
      EmitDay(i, i, anchor_ ? std::optional<int64_t>(LatestWeekday(*anchor_, wd)) : std::nullopt);
      return i + 1;
    }
    return i;
  }

  bool SentenceStart(size_t i) const {
    const uint32_t b = w_.SpanOf(i).begin;
    for (const Span& s : w_.at.sentences)
      if (s.begin <= b && b < s.end) return w_.FirstTokenFrom(s.begin) == i;
    return false;
  }

  void Emit(size_t first, size_t last, const std::string& value, const char* anchor) {
    Fact f;
    f.kind = FactKind::kDate;
    f.span = Span{w_.SpanOf(first).begin, w_.SpanOf(last).end};
    f.text = w_.Text(f.span);
    f.value = value;
    f.anchor = anchor;
    out_->push_back(std::move(f));
  }
  void EmitDay(size_t first, size_t last, std::optional<int64_t> day) {
    Emit(first, last, day ? IsoOf(CivilFromDays(*day)) : "", day ? anchor_kind_ : "");
  }
  // A day, weekday, week, month or year counted from the anchor: last
  // Saturday the one before the anchor's day, next Saturday the one in the
  // seven days after it, this Saturday the one in the seven days from it;
  // a week the seven days before (last), from (this) or after (next) it.
  void EmitRelative(size_t first, size_t last, const CalendarWords::Relative& r) {
    if (!anchor_) {
      Emit(first, last, "", "");
      return;
    }
    const int64_t a = *anchor_;
    const Ymd t = CivilFromDays(a);
    switch (r.unit) {
      case 'd': EmitDay(first, last, a + r.offset); break;
      case 'a': EmitDay(first, last, LatestWeekday(r.offset < 0 ? a - 1 : r.offset == 0 ? a + 6 : a + 7, r.weekday)); break;
      case 'w': Emit(first, last, WeekOf(a, r.offset), anchor_kind_); break;
      case 'm': Emit(first, last, IsoOf(AddMonths(t, r.offset)), anchor_kind_); break;
      default: Emit(first, last, IsoOf(Ymd{t.y + r.offset, 0, 0}), anchor_kind_); break;
    }
  }

  const Words& w_;
  const CalendarWords& cw_;
  std::optional<int64_t> anchor_;
  const char* anchor_kind_;
  std::vector<Fact>* out_;
};

}  // namespace

void FindLocaleDates(const Words& w, std::optional<int64_t> anchor, const char* anchor_kind,
                     std::vector<Fact>* out, size_t from) {
  const CalendarWords* cw = LanguageWords(w);
  if (cw == nullptr || cw->empty()) return;
  std::vector<Fact> found;
  LocaleDates(w, *cw, anchor, anchor_kind, &found).Run();
  if (found.empty()) return;
  // The rules of every language ran first; what they read inside one of
  // these dates (its year alone, "2017" of "19 novembre 2017") gives way to
  // it, and one of these that overlaps a date they read otherwise (a
  // numeric one) gives way to theirs.
  auto inside = [](const Span& a, const Span& b) { return b.begin <= a.begin && a.end <= b.end; };
  auto overlap = [](const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; };
  const auto first = out->begin() + static_cast<std::ptrdiff_t>(from);
  out->erase(std::remove_if(first, out->end(),
                            [&](const Fact& f) {
                              return std::any_of(found.begin(), found.end(),
                                                 [&](const Fact& g) { return inside(f.span, g.span); });
                            }),
             out->end());
  const size_t theirs = out->size();
  for (Fact& g : found)
    if (std::none_of(out->begin() + static_cast<std::ptrdiff_t>(from), out->begin() + static_cast<std::ptrdiff_t>(theirs),
                     [&](const Fact& f) { return overlap(f.span, g.span); }))
      out->push_back(std::move(g));
  std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(from), out->end(),
                   [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; });
}

void FindLocalePlaces(const Words& w, std::vector<Fact>* out) {
  const CalendarWords* cw = LanguageWords(w);
  if (cw == nullptr || cw->places.empty()) return;
  const size_t from = out->size();
  for (size_t i = 0; i < w.size(); ++i) {
    if (!CapitalAt(w, i)) continue;
    auto it = cw->places.find(std::string(w.Key(i)));
    if (it == cw->places.end()) continue;
    for (const std::vector<std::string>& keys : it->second) {
      size_t k = 1;
      while (k < keys.size() && i + k < w.size() && w.Key(i + k) == keys[k] && InPhrase(w, i + k - 1, i + k)) ++k;
      if (k != keys.size()) continue;
      // Not inside a longer name of capitalised words: "Jordan" of "Michael
      // Jordan", "Chad" of "Chad Smith" is no place.
      if ((i > 0 && CapitalAt(w, i - 1) && w.Adjacent(i - 1, i)) || (CapitalAt(w, i + k) && w.Adjacent(i + k - 1, i + k)))
        break;
      Fact f;
      f.kind = FactKind::kEntity;
      f.type = EntityType::kPlace;
      f.span = Span{w.SpanOf(i).begin, w.SpanOf(i + k - 1).end};
      f.text = w.Text(f.span);
      f.surface = f.text;
      f.name = f.surface;
      out->push_back(std::move(f));
      i += k - 1;
      break;
    }
  }
  // The Arabic rules' entities (Arabic words in the article) come first:
  // all of them in text order.
  std::inplace_merge(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(from), out->end(),
                     [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; });
}

}  // namespace sada::internal
