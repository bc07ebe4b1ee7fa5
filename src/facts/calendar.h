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

// Gregorian date of a Hijri date (Umm al-Qura calendar as ICU has it);
// month and day 1-based. nullopt if ICU refuses.
std::optional<Ymd> HijriToGregorian(int year, int month, int day);
// The Hijri (Umm al-Qura) date of a Gregorian day (days since 1970-01-01).
std::optional<Ymd> GregorianToHijri(int64_t days);

}  // namespace sada::internal

#endif  // SADA_FACTS_CALENDAR_H_
