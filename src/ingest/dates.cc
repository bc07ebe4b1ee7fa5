// Timestamp and written-date parsing (see dates.h). Hand-written scanners, no
// regular expressions: these run on every record's date field.
#include "ingest/dates.h"

#include "util/strings.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace sada::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly n digits at s[*i].
bool ReadDigits(std::string_view s, size_t* i, int n, int* v) {
  if (*i + n > s.size()) return false;
  int x = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (!IsDigit(c)) return false;
    x = x * 10 + (c - '0');
  }
  *i += n;
  *v = x;
  return true;
}

// Reads 1 or 2 digits.
bool ReadDigits12(std::string_view s, size_t* i, int* v) {
  if (*i < s.size() && IsDigit(s[*i])) {
    if (*i + 1 < s.size() && IsDigit(s[*i + 1])) return ReadDigits(s, i, 2, v);
    return ReadDigits(s, i, 1, v);
  }
  return false;
}

bool Valid(const DateTime& d) {
  if (d.year < 1000 || d.year > 2999) return false;
  if (d.month < 1 || d.month > 12) return false;
  if (d.precision >= Precision::kDay && (d.day < 1 || d.day > 31)) return false;
  if (d.hour > 23 || d.minute > 59 || d.second > 60) return false;
  return true;
}

// Optional "Thh:mm[:ss[.fff]][zone]" / " hh:mm..." after a date.
void ReadTime(std::string_view s, size_t i, DateTime* d) {
  if (i >= s.size() || (s[i] != 'T' && s[i] != ' ' && s[i] != 't')) return;
  ++i;
  int h, m;
  if (!ReadDigits(s, &i, 2, &h) || i >= s.size() || s[i] != ':') return;
  ++i;
  if (!ReadDigits(s, &i, 2, &m)) return;
  d->hour = h;
  d->minute = m;
  d->precision = Precision::kMinute;
  int sec;
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (ReadDigits(s, &i, 2, &sec)) {
      d->second = sec;
      d->precision = Precision::kSecond;
      if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        while (i < s.size() && IsDigit(s[i])) ++i;
      }
    }
  }
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    d->offset = "Z";
  } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    char sign = s[i++];
    int oh, om = 0;
    if (ReadDigits(s, &i, 2, &oh)) {
      if (i < s.size() && s[i] == ':') ++i;
      ReadDigits(s, &i, 2, &om);
      char buf[8];
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, oh % 100, om % 100);
      d->offset = buf;
    }
  }
}

std::optional<DateTime> ParseIsoLike(std::string_view s) {
  DateTime d;
  size_t i = 0;
  int a;
  if (ReadDigits(s, &i, 4, &a) && i < s.size() && (s[i] == '-' || s[i] == '/')) {
    char sep = s[i++];
    d.year = a;
    if (!ReadDigits12(s, &i, &d.month)) return std::nullopt;
    d.precision = Precision::kMonth;
    if (i < s.size() && s[i] == sep) {
      ++i;
      if (!ReadDigits12(s, &i, &d.day)) return std::nullopt;
      d.precision = Precision::kDay;
      ReadTime(s, i, &d);
    }
    return Valid(d) ? std::optional(d) : std::nullopt;
  }
  // DD/MM/YYYY or DD-MM-YYYY or DD.MM.YYYY
  i = 0;
  int dd, mm, yy;
  if (ReadDigits12(s, &i, &dd) && i < s.size() && (s[i] == '/' || s[i] == '-' || s[i] == '.')) {
    char sep = s[i++];
    if (ReadDigits12(s, &i, &mm) && i < s.size() && s[i] == sep) {
      ++i;
      if (ReadDigits(s, &i, 4, &yy)) {
        d.year = yy;
        d.month = mm;
        d.day = dd;
        d.precision = Precision::kDay;
        ReadTime(s, i, &d);
        return Valid(d) ? std::optional(d) : std::nullopt;
      }
    }
  }
  return std::nullopt;
}

struct Months {
  std::unordered_map<std::string, int, StringHash, StringEq> by_key;
  WordFilter filter;
};

const Months& MonthTable() {
  static const auto* table = [] {
    auto* t = new Months();
    const std::pair<const char*, int> kMonths[] = {
        // Egyptian / Gulf (from the European names)
        {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"إبريل", 4},
        {"ابريل", 4}, {"مايو", 5}, {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7},
        {"يوليه", 7}, {"أغسطس", 8}, {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10},
        {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
        // Levantine / Iraqi (Syriac names); two-word ones are handled below
        {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5}, {"حزيران", 6},
        {"تموز", 7}, {"آب", 8}, {"أيلول", 9},
        // Maghrebi (Morocco)
        {"ماي", 5}, {"يوليوز", 7}, {"غشت", 8}, {"شتنبر", 9}, {"نونبر", 11},
        {"دجنبر", 12},
        // Algeria / Tunisia (from French)
        {"جانفي", 1}, {"فيفري", 2}, {"أفريل", 4}, {"جوان", 6}, {"جويلية", 7},
        {"أوت", 8},
        // English
        {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
        {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10},
        {"november", 11}, {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3},
        {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9},
        {"oct", 10}, {"nov", 11}, {"dec", 12},
    };
    for (auto& [name, m] : kMonths) {
      std::string k = Normalize(name, Form::kMatchKey);
      t->filter.Add(k);
      t->by_key.emplace(std::move(k), m);
    }
    return t;
  }();
  return *table;
}

DateTime Ymd(int y, int m, int d, Precision p) {
  DateTime r;
  r.year = y;
  r.month = m;
  r.day = d;
  r.precision = p;
  return r;
}

bool AllDigits(std::string_view k) {
  if (k.empty()) return false;
  for (char c : k)
    if (!IsDigit(c)) return false;
  return true;
}

int NumberAt(const TokenizedText& tt, size_t j, int max_digits) {
  if (j >= tt.tokens.size() || tt.tokens[j].kind != TokenKind::kNumber) return -1;
  std::string_view k = tt.Key(tt.tokens[j]);
  if (!AllDigits(k) || static_cast<int>(k.size()) > max_digits) return -1;
  return std::stoi(std::string(k));
}

bool IsYearToken(const TokenizedText& tt, size_t j, int* y) {
  if (j >= tt.tokens.size()) return false;
  std::string_view k = tt.Key(tt.tokens[j]);
  if (k.size() != 4 || !AllDigits(k)) return false;
  *y = std::stoi(std::string(k));
  return *y >= 1000 && *y <= 2999;
}

// The original text between two tokens, without spaces.
std::u32string Between(const TokenizedText& tt, size_t a, size_t b, std::u32string_view u) {
  std::u32string r;
  uint32_t from = tt.tokens[a].span.end, to = tt.tokens[b].span.begin;
  for (uint32_t k = from; k < to && k < u.size(); ++k)
    if (u[k] != ' ' && u[k] != 0xA0 && u[k] != '\t') r.push_back(u[k]);
  return r;
}

int MonthAt(const TokenizedText& tt, size_t j, int* words) {
  if (j >= tt.tokens.size() || tt.tokens[j].kind != TokenKind::kWord) return 0;
  std::string_view next = j + 1 < tt.tokens.size() ? tt.Key(tt.tokens[j + 1]) : "";
  return MonthFromKey(tt.Key(tt.tokens[j]), next, words);
}

// The last token of the day number at token j: past an English ordinal's
// letters written onto it ("3rd", "21st").
size_t PastOrdinalSuffix(const TokenizedText& tt, size_t j) {
  if (j + 1 >= tt.tokens.size() || tt.tokens[j + 1].span.begin != tt.tokens[j].span.end) return j;
  const std::string_view k = tt.Key(tt.tokens[j + 1]);
  return k == "st" || k == "nd" || k == "rd" || k == "th" ? j + 1 : j;
}

}  // namespace

std::string DateTime::Iso() const {
  char buf[64];
  switch (precision) {
    case Precision::kNone: return "";
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
    case Precision::kMinute:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
      break;
    case Precision::kSecond:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour,
                    minute, second);
      break;
  }
  std::string r = buf;
  if (precision >= Precision::kMinute) r += offset;
  return r;
}

bool IsShortEnglishMonth(std::string_view key) {
  static const std::unordered_set<std::string_view> kShort{"jan", "feb", "mar",  "apr", "jun", "jul",
                                                           "aug", "sep", "sept", "oct", "nov", "dec"};
  return kShort.count(key) > 0;
}

int MonthFromKey(std::string_view key, std::string_view next, int* words) {
  *words = 1;
  // Levantine two-word names.
  static const std::string kKanun = Normalize("كانون", Form::kMatchKey);
  static const std::string kTishrin = Normalize("تشرين", Form::kMatchKey);
  static const std::string kFirst = Normalize("الأول", Form::kMatchKey);
  static const std::string kSecond = Normalize("الثاني", Form::kMatchKey);
  if (key == kKanun || key == kTishrin) {
    bool kanun = key == kKanun;
    if (next == kFirst) {
      *words = 2;
      return kanun ? 12 : 10;
    }
    if (next == kSecond) {
      *words = 2;
      return kanun ? 1 : 11;
    }
    return 0;
  }
  const auto& t = MonthTable();
  if (!t.filter.MaybeHas(key)) return 0;
  auto it = t.by_key.find(key);
  return it == t.by_key.end() ? 0 : it->second;
}

std::optional<DateMatch> MatchWrittenDate(const TokenizedText& tt, size_t i,
                                          std::u32string_view u) {
  const auto& tk = tt.tokens;
  if (i >= tk.size()) return std::nullopt;
  DateTime d;
  size_t last = i, next = i;
  int w = 0, m, y, day;
  // The day's last token (past "rd" of "3rd"), and the month's first: after
  // "of" too when the day is an ordinal ("the 3rd of November 2015").
  const size_t day_last = PastOrdinalSuffix(tt, i);
  const size_t month_at =
      day_last > i && day_last + 1 < tk.size() && tt.Key(tk[day_last + 1]) == "of" ? day_last + 2 : day_last + 1;
  if ((day = NumberAt(tt, i, 2)) >= 1 && day <= 31 && (m = MonthAt(tt, month_at, &w)) &&
      IsYearToken(tt, month_at + w, &y)) {
    d = Ymd(y, m, day, Precision::kDay);  // 19 نوفمبر 2017, 3rd November 2015
    last = month_at + w;
  } else if (IsYearToken(tt, i, &y) && (m = MonthAt(tt, i + 1, &w)) &&
             (day = NumberAt(tt, i + 1 + w, 2)) >= 1 && day <= 31) {
    d = Ymd(y, m, day, Precision::kDay);  // 2017November19
    last = i + 1 + w;
  } else if ((m = MonthAt(tt, i, &w)) && (day = NumberAt(tt, i + w, 2)) >= 1 && day <= 31 &&
             IsYearToken(tt, PastOrdinalSuffix(tt, i + w) + 1, &y)) {
    d = Ymd(y, m, day, Precision::kDay);  // November 19, 2017; Nov. 3rd, 2015
    last = PastOrdinalSuffix(tt, i + w) + 1;
  } else if ((m = MonthAt(tt, i, &w)) && IsYearToken(tt, i + w, &y)) {
    d = Ymd(y, m, 0, Precision::kMonth);  // نوفمبر 2017
    last = i + w;
  } else if ((day = NumberAt(tt, i, 4)) >= 1 && i + 2 < tk.size()) {
    // Numeric: 19/11/2017 or 2017-11-19 (the tokenizer split them).
    int b = NumberAt(tt, i + 1, 2), c = NumberAt(tt, i + 2, 4);
    std::u32string s1 = Between(tt, i, i + 1, u), s2 = Between(tt, i + 1, i + 2, u);
    if (b < 1 || c < 1 || s1.size() != 1 || s1 != s2 || (s1[0] != '/' && s1[0] != '-' && s1[0] != 0x2013))
      return std::nullopt;
    if (tt.Key(tk[i]).size() == 4) {
      d = Ymd(day, b, c, Precision::kDay);
    } else if (tt.Key(tk[i + 2]).size() == 4) {
      d = Ymd(c, b, day, Precision::kDay);
    } else {
      return std::nullopt;
    }
    last = i + 2;
  } else {
    return std::nullopt;
  }
  // Separators inside the date may only be spaces, commas, '-', '–' (as
  // in "14 – 10 – 1436 هـ") or '/', and the point of an English month's
  // short name ("Nov. 3, 2015").
  for (size_t j = i; j < last; ++j) {
    const bool short_month = IsShortEnglishMonth(tt.Key(tk[j]));
    for (char32_t c : Between(tt, j, j + 1, u))
      if (c != ',' && c != 0x060C && c != '-' && c != 0x2013 && c != '/' && !(c == '.' && short_month))
        return std::nullopt;
  }
  next = last + 1;
  // Optional time: "- 21:11", "، 21:11", "21:11".
  if (d.precision == Precision::kDay && last + 2 < tk.size()) {
    int h = NumberAt(tt, last + 1, 2), mi = NumberAt(tt, last + 2, 2);
    std::u32string gap = Between(tt, last, last + 1, u);
    std::u32string colon = Between(tt, last + 1, last + 2, u);
    bool gap_ok = gap.size() <= 1 && (gap.empty() || gap[0] == '-' || gap[0] == ',' ||
                                      gap[0] == 0x060C || gap[0] == 0x2013);
    if (h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && colon == U":" && gap_ok &&
        tt.Key(tk[last + 2]).size() == 2) {
      d.hour = h;
      d.minute = mi;
      d.precision = Precision::kMinute;
      last += 2;
      next = last + 1;
    }
  }
  if (!Valid(d)) return std::nullopt;
  DateMatch r;
  r.when = d;
  r.span = Span{tk[i].span.begin, tk[last].span.end};
  r.next_token = next;
  return r;
}

std::optional<DateTime> ParseTimestamp(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  if (auto d = ParseIsoLike(s)) return d;
  // RFC 822: "Sun, 19 Nov 2017 21:11:00 +0300", also without the weekday.
  TokenizedText tt;
  Tokenize(s, &tt);
  std::u32string u = ToU32(s);
  for (size_t i = 0; i < tt.tokens.size(); ++i) {
    auto m = MatchWrittenDate(tt, i, u);
    if (!m) continue;
    DateTime d = m->when;
    // Seconds and a zone may follow an RFC 822 time.
    size_t j = m->next_token;
    if (d.precision == Precision::kMinute && j < tt.tokens.size() &&
        Between(tt, j - 1, j, u) == U":" && NumberAt(tt, j, 2) >= 0) {
      d.second = NumberAt(tt, j, 2);
      d.precision = Precision::kSecond;
      ++j;
    }
    if (d.precision >= Precision::kMinute && j < tt.tokens.size()) {
      std::string_view z = tt.Key(tt.tokens[j]);
      std::u32string gap = Between(tt, j - 1, j, u);
      if (z == "gmt" || z == "utc" || z == "ut" || z == "z") {
        d.offset = "Z";
      } else if ((gap == U"+" || gap == U"-") && z.size() == 4 && AllDigits(z)) {
        d.offset = std::string(1, static_cast<char>(gap[0])) + std::string(z.substr(0, 2)) +
                   ":" + std::string(z.substr(2));
      }
    }
    return d;
  }
  return std::nullopt;
}

namespace {

bool IsWeekdayKey(std::string_view k) {
  static const std::unordered_set<std::string> kDays = [] {
    std::unordered_set<std::string> r;
    for (const char* w : {"الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
                          "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sun", "mon",
                          "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"})
      r.insert(Normalize(w, Form::kMatchKey));
    return r;
  }();
  return kDays.count(std::string(k)) != 0;
}

bool IsDash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014; }

// The raw text between token a's end and token b's start (b may be the
// end of the tokens: to the end of `u`), without spaces at its ends.
std::u32string_view GapOf(const TokenizedText& tt, size_t a, size_t b, std::u32string_view u) {
  uint32_t from = tt.tokens[a].span.end;
  uint32_t to = b < tt.tokens.size() ? tt.tokens[b].span.begin : static_cast<uint32_t>(u.size());
  std::u32string_view g = u.substr(std::min<size_t>(from, u.size()), to > from ? to - from : 0);
  auto space = [](char32_t c) { return c == ' ' || c == 0xA0 || c == '\t' || c == '\r'; };
  while (!g.empty() && space(g.front())) g.remove_prefix(1);
  while (!g.empty() && space(g.back())) g.remove_suffix(1);
  return g;
}

}  // namespace

std::optional<DateLine> MatchDateLine(const TokenizedText& tt, std::u32string_view u) {
  // The words it reads, as match keys, made once: يوم before a weekday, the
  // era mark (also "after noon"), before noon, and بتوقيت before a zone.
  static const std::string kYawm = Normalize("يوم", Form::kMatchKey), kAm = Normalize("ص", Form::kMatchKey),
                           kPm = Normalize("م", Form::kMatchKey), kMorning = Normalize("صباحا", Form::kMatchKey),
                           kEvening = Normalize("مساء", Form::kMatchKey),
                           kTimeIn = Normalize("بتوقيت", Form::kMatchKey);
  const auto& tk = tt.tokens;
  if (tk.empty()) return std::nullopt;
  for (uint32_t k = 0; k < tk[0].span.begin; ++k)  // the date opens the line
    if (u[k] != ' ' && u[k] != 0xA0 && u[k] != '\t') return std::nullopt;
  size_t i = 0;
  if (tt.Key(tk[0]) == kYawm && tk.size() > 1 && IsWeekdayKey(tt.Key(tk[1]))) i = 1;
  if (IsWeekdayKey(tt.Key(tk[i]))) {
    const std::u32string_view g = GapOf(tt, i, i + 1, u);
    if (i + 1 >= tk.size() || !(g.empty() || g == U"," || g == U"\u060C" || (g.size() == 1 && IsDash(g[0]))))
      return std::nullopt;
    ++i;
  } else {
    i = 0;
  }
  auto m = MatchWrittenDate(tt, i, u);
  if (!m || m->when.precision < Precision::kDay) return std::nullopt;
  DateLine r;
  r.match = *m;
  r.match.span.begin = tk[0].span.begin;
  DateTime& d = r.match.when;
  size_t j = m->next_token;  // the first token after what is read
  auto key = [&](size_t t) { return t < tk.size() ? tt.Key(tk[t]) : std::string_view(); };
  // "2017 م": the era mark after the year.
  if (key(j) == kPm && GapOf(tt, j - 1, j, u).empty() && d.precision == Precision::kDay)
    ++j;
  // A time: read by MatchWrittenDate ("- 21:11"), or after it here ("10:23",
  // "/ 3:45 PM", "at 10:23", "21.11" as one token); then its seconds, and
  // whether it is before or after noon ("PM", "a.m.", "م").
  int h = -1, mi = -1;
  size_t last = 0;  // the time's last token
  if (d.precision == Precision::kMinute) {
    h = d.hour;
    mi = d.minute;
    last = j - 1;
  } else if (j < tk.size()) {
    const std::u32string_view g = GapOf(tt, j - 1, j, u);
    size_t t = j;
    if (key(t) == "at" && g.empty()) ++t;
    const bool sep_ok = g.empty() || g == U"," || g == U"\u060C" || g == U"/" || g == U"|" || g == U"@" ||
                        (g.size() == 1 && IsDash(g[0]));
    last = t;
    if (sep_ok && t < tk.size() && tk[t].kind == TokenKind::kNumber) {
      std::string_view k = key(t);
      if (k.size() >= 4 && k.size() <= 5 && (k[k.size() - 3] == '.' || k[k.size() - 3] == ':') &&
          AllDigits(k.substr(0, k.size() - 3)) && AllDigits(k.substr(k.size() - 2))) {
        h = std::stoi(std::string(k.substr(0, k.size() - 3)));
        mi = std::stoi(std::string(k.substr(k.size() - 2)));
      } else if (t + 1 < tk.size() && (h = NumberAt(tt, t, 2)) >= 0 && GapOf(tt, t, t + 1, u) == U":" &&
                 key(t + 1).size() == 2) {
        mi = NumberAt(tt, t + 1, 2);
        last = t + 1;
      }
    }
  }
  if (h >= 0 && h <= 23 && mi >= 0 && mi <= 59) {
    if (GapOf(tt, last, last + 1, u) == U":" && key(last + 1).size() == 2 && NumberAt(tt, last + 1, 2) >= 0 &&
        NumberAt(tt, last + 1, 2) <= 59) {
      d.second = NumberAt(tt, last + 1, 2);
      ++last;
    }
    std::string_view ampm = key(last + 1);
    size_t ampm_last = last + 1;
    // "a.m." / "p.m.": two tokens.
    if ((ampm == "a" || ampm == "p") && key(last + 2) == "m" && GapOf(tt, last + 1, last + 2, u) == U".") {
      ampm = ampm == "a" ? "am" : "pm";
      ampm_last = last + 2;
    }
    const bool am = ampm == "am" || ampm == kAm || ampm == kMorning;
    const bool pm = ampm == "pm" || ampm == kPm || ampm == kEvening;
    if ((am || pm) && !(h >= 1 && h <= 12)) return std::nullopt;  // "15:00 PM": no guess
    if (am || pm) {
      if (pm && h < 12) h += 12;
      if (am && h == 12) h = 0;
      last = ampm_last;
    }
    d.hour = h;
    d.minute = mi;
    d.precision = d.second >= 0 ? Precision::kSecond : Precision::kMinute;
    j = last + 1;
    r.match.span.end = tk[last].span.end;
  }
  if (d.precision >= Precision::kMinute && j < tk.size() &&
      (GapOf(tt, j - 1, j, u).empty() || (GapOf(tt, j - 1, j, u) == U"." && key(j - 1) == "m"))) {
    // Its zone: GMT/UTC (read), another of capitals ("EST", "ET"), or
    // "بتوقيت" and up to three words to the end of the line.
    const std::string_view z = key(j);
    bool caps = tk[j].kind == TokenKind::kWord && tk[j].span.end - tk[j].span.begin <= 4;
    for (uint32_t c = tk[j].span.begin; c < tk[j].span.end && caps; ++c) caps = u[c] >= U'A' && u[c] <= U'Z';
    if (z == "gmt" || z == "utc") {
      d.offset = "Z";
      r.match.span.end = tk[j].span.end;
      ++j;
    } else if (caps) {
      r.match.span.end = tk[j].span.end;
      ++j;
    } else if (z == kTimeIn && tk.size() - j <= 4) {
      r.match.span.end = tk.back().span.end;
      j = tk.size();
    }
  }
  r.match.next_token = j;
  const std::u32string_view rest = GapOf(tt, j - 1, j, u);
  if (j >= tk.size() && (rest.empty() || rest == U".")) {
    r.alone = true;
  } else if (!rest.empty() && (rest[0] == '/' || rest[0] == '|') && u.size() <= 120) {
    r.alone = true;  // "/ Updated 6 years ago"
  } else if (j < tk.size() && rest.size() == 1 && IsDash(rest[0]) && tk[j].kind == TokenKind::kWord) {
    r.dateline_end = static_cast<uint32_t>(rest.data() - u.data()) + 1;
  } else {
    return std::nullopt;
  }
  return r;
}

}  // namespace sada::internal
