#include "facts/calendar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <cstdio>
#include <memory>

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

std::optional<Ymd> HijriToGregorian(int year, int month, int day) {
  if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> hijri(
      icu::Calendar::createInstance(icu::Locale("ar@calendar=islamic-umalqura"), st));
  if (U_FAILURE(st) || !hijri) return std::nullopt;
  hijri->clear();
  hijri->setLenient(false);
  hijri->set(year, month - 1, day);
  UDate t = hijri->getTime(st);
  if (U_FAILURE(st)) return std::nullopt;
  std::unique_ptr<icu::Calendar> greg(icu::Calendar::createInstance(icu::Locale("en@calendar=gregorian"), st));
  if (U_FAILURE(st) || !greg) return std::nullopt;
  greg->setTime(t, st);
  Ymd r;
  r.y = greg->get(UCAL_YEAR, st);
  r.m = greg->get(UCAL_MONTH, st) + 1;
  r.d = greg->get(UCAL_DATE, st);
  if (U_FAILURE(st)) return std::nullopt;
  return r;
}

}  // namespace sada::internal
