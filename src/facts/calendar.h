// Day arithmetic on the proleptic Gregorian calendar (days since 1970-01-01),
// and Hijri (Umm al-Qura) to Gregorian through ICU.
#ifndef SADA_FACTS_CALENDAR_H_
#define SADA_FACTS_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>

namespace sada::internal {

struct Ymd {
  int y = 0, m = 0, d = 0;  // d == 0: month precision; m == 0: year precision
};

// Days since 1970-01-01 of a valid date, and back (after H. Hinnant's
// public-domain derivation of the civil calendar).
int64_t DaysFromCivil(int y, int m, int d);
Ymd CivilFromDays(int64_t days);
int DaysInMonth(int y, int m);
// 0 = Sunday ... 6 = Saturday.
int Weekday(int64_t days);

// "2017-11-19", "2017-11", "2017".
std::string IsoOf(const Ymd& d);

// The latest day with weekday wd (0 = Sunday) on or before `day`.
int64_t LatestWeekday(int64_t day, int wd);
// The month n months after (before, n < 0) month t.m of year t.y, at month
// precision.
Ymd AddMonths(const Ymd& t, int n);
// Of the anchor's year and the years before and after it, the one that
// puts day d of month m nearest the anchor day (the earlier on a tie),
// among those whose month m has day `fits` (d when 0); 0 when none has.
int NearestYear(int m, int d, int64_t anchor, int fits = 0);
// The seven days before the anchor day (dir < 0), from it (0) or after it
// (dir > 0), as an ISO 8601 interval: last, this and next week.
std::string WeekOf(int64_t anchor, int dir);

// Gregorian date of a Hijri date (Umm al-Qura calendar as ICU has it);
// month and day 1-based. nullopt if ICU refuses.
std::optional<Ymd> HijriToGregorian(int year, int month, int day);
// The Hijri (Umm al-Qura) date of a Gregorian day (days since 1970-01-01).
std::optional<Ymd> GregorianToHijri(int64_t days);

}  // namespace sada::internal

#endif  // SADA_FACTS_CALENDAR_H_
