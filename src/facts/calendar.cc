#include "facts/calendar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unordered_map>

namespace sada::internal {

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Ymd r;
  r.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  r.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  r.y = static_cast<int>(yoe + era * 400 + (r.m <= 2));
  return r;
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

int Weekday(int64_t days) { return static_cast<int>(((days + 4) % 7 + 7) % 7); }

std::string IsoOf(const Ymd& d) {
  char buf[16];
  if (d.m == 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.y);
  } else if (d.d == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.y, d.m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  }
  return buf;
}

int64_t LatestWeekday(int64_t day, int wd) { return day - (Weekday(day) - wd + 7) % 7; }

Ymd AddMonths(const Ymd& t, int n) {
  const int months = t.y * 12 + (t.m - 1) + n;
  return Ymd{months / 12, months % 12 + 1, 0};
}

int NearestYear(int m, int d, int64_t anchor, int fits) {
  const int y0 = CivilFromDays(anchor).y;
  int best_year = 0;
  int64_t best = INT64_MAX;
  for (int y = y0 - 1; y <= y0 + 1; ++y) {
    if (std::max(d, fits) > DaysInMonth(y, m)) continue;
    const int64_t dist = std::llabs(DaysFromCivil(y, m, d) - anchor);
    if (dist < best) best = dist, best_year = y;
  }
  return best_year;
}

std::string WeekOf(int64_t anchor, int dir) {
  const int64_t from = dir < 0 ? anchor - 7 : dir == 0 ? anchor : anchor + 1;
  return IsoOf(CivilFromDays(from)) + "/" + IsoOf(CivilFromDays(from + 6));
}

namespace {

// Day d of month m of year y in one ICU calendar (a locale with
// @calendar=...) as a date of another; nullopt if ICU refuses.
std::optional<Ymd> Convert(const char* from, const char* to, int y, int m, int d) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> a(icu::Calendar::createInstance(icu::Locale(from), st));
  if (U_FAILURE(st) || !a) return std::nullopt;
  a->clear();
  a->setLenient(false);
  a->set(y, m - 1, d);
  UDate t = a->getTime(st);
  if (U_FAILURE(st)) return std::nullopt;
  std::unique_ptr<icu::Calendar> b(icu::Calendar::createInstance(icu::Locale(to), st));
  if (U_FAILURE(st) || !b) return std::nullopt;
  b->setTime(t, st);
  Ymd r;
  r.y = b->get(UCAL_YEAR, st);
  r.m = b->get(UCAL_MONTH, st) + 1;
  r.d = b->get(UCAL_DATE, st);
  if (U_FAILURE(st)) return std::nullopt;
  return r;
}

constexpr const char* kHijri = "ar@calendar=islamic-umalqura";
constexpr const char* kGregorian = "en@calendar=gregorian";

// Each conversion makes two ICU calendars (5% of `sada extract`'s
// instructions when every date asked afresh); an article's dates are a
// few days, asked again and again, so each thread keeps the answers.
template <class Key, class Make>
std::optional<Ymd> Cached(Key key, Make make) {
  thread_local std::unordered_map<Key, std::optional<Ymd>> cache;
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= (1u << 16)) cache.clear();
  return cache.emplace(key, make()).first->second;
}

}  // namespace

std::optional<Ymd> HijriToGregorian(int year, int month, int day) {
  if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  return Cached(year * 10000 + month * 100 + day, [&] { return Convert(kHijri, kGregorian, year, month, day); });
}

std::optional<Ymd> GregorianToHijri(int64_t days) {
  return Cached(days, [&] {
    Ymd g = CivilFromDays(days);
    return Convert(kGregorian, kHijri, g.y, g.m, g.d);
  });
}

}  // namespace sada::internal
