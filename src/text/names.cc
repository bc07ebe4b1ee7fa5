#include "text/names.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <iterator>
#include <memory>

namespace sada::internal {

const char* const kExtraPlaceNames[] = {
    "فلسطين", "بريطانيا", "بلجيكا", "بولندا", "بلغاريا", "بنغلاديش", "باكستان",
    "فرنسا", "فنلندا", "فنزويلا", "فيتنام", "كندا", "كوريا", "كوبا", "كولومبيا",
    "الكويت", "لبنان", "ليبيا", "لندن", "لوكسمبورغ", "وارسو", "واشنطن", "بغداد",
    "بيروت", "بنغازي", "بعلبك", "بيت لحم", "فلوجة", "الفلوجة", "كركوك", "كربلاء",
    "البصرة", "بابل", "لاذقية", "اللاذقية", "بوكمال", "البوكمال", "الفرات", "الموصل",
    "القائم", "الميادين", "الرقة", "حلب", "حمص", "حماة", "درعا", "ادلب", "تدمر",
    "جدة", "مكة", "المدينة المنورة", "الرياض", "الدمام", "الخبر", "الطائف", "تبوك",
    "بريدة", "القصيم", "نجران", "جازان", "ينبع", "الأحساء", "الجبيل", "حائل",
    "بحرين", "البحرين", "قطر", "عمان", "اليمن", "صنعاء", "عدن", "تعز", "مأرب",
    "الحديدة", "مصر", "القاهرة", "الإسكندرية", "السودان", "الخرطوم", "تونس",
    "الجزائر", "المغرب", "موريتانيا", "تركيا", "أنقرة", "إسطنبول", "إيران",
    "طهران", "روسيا", "موسكو", "الصين", "بكين", "اليابان", "أمريكا", "أميركا",
    "سوريا", "دمشق", "العراق", "الأردن", "إسرائيل", "غزة", "القدس",
    "الضفة", "وادي", "لاهاي", "برلين", "باريس", "روما", "مدريد", "لشبونة",
    "فيينا", "بروكسل", "كابول", "بيشاور", "كراتشي", "لاهور", "فانكوفر", "لوس أنجلوس",
};
const size_t kNumExtraPlaceNames = std::size(kExtraPlaceNames);

const char* const kExtraPersonNames[] = {
    "وليد", "وائل", "وسام", "وفاء", "وجدي", "وحيد", "وديع", "وضاح", "فيصل", "فهد",
    "فاطمة", "فراس", "فؤاد", "فادي", "فارس", "فريد", "فيروز", "فالح", "فلاح",
    "بسام", "بشار", "بشير", "بكر", "بلال", "بدر", "بندر", "كمال", "كريم", "كامل",
    "كاظم", "كلثوم", "لؤي", "ليلى", "لينا", "لطيفة", "لبنى", "لقمان", "سليمان",
    "عثمان", "عدنان", "رمضان", "سلمان", "حمدان", "عمران", "مروان", "زيدان",
    "سفيان", "شعبان", "رضوان", "عرفات", "بركات", "سليماني", "الله", "اللهم",
    "بوتين", "بايدن", "ترامب", "أوباما", "كيري", "لافروف", "كاميرون", "ماكرون",
    "ميركل", "بان كي مون", "بوش", "كلينتون",
};
const size_t kNumExtraPersonNames = std::size(kExtraPersonNames);

namespace {

std::vector<std::string> CountryNames(const char* language) {
  std::vector<std::string> v;
  icu::Locale in(language);
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
    icu::UnicodeString s;
    icu::Locale("", *c).getDisplayCountry(in, s);
    std::string u;
    v.push_back(s.toUTF8String(u));
  }
  return v;
}

// The countries, then the time zones' exemplar cities.
std::vector<std::string> PlaceNames(const char* language, std::vector<std::string> v) {
  icu::Locale in(language);
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> tzn(icu::TimeZoneNames::createInstance(in, st));
  std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createEnumeration(st));
  if (U_SUCCESS(st) && tzn && ids) {
    const icu::UnicodeString* id;
    while ((id = ids->snext(st)) != nullptr && U_SUCCESS(st)) {
      icu::UnicodeString loc;
      tzn->getExemplarLocationName(*id, loc);
      if (loc.isBogus() || loc.isEmpty()) continue;
      std::string u;
      v.push_back(loc.toUTF8String(u));
    }
  }
  return v;
}

}  // namespace

const std::vector<std::string>& IcuArabicCountryNames() {
  static const std::vector<std::string>* names = new std::vector<std::string>(CountryNames("ar"));
  return *names;
}

const std::vector<std::string>& IcuArabicPlaceNames() {
  static const std::vector<std::string>* names =
      new std::vector<std::string>(PlaceNames("ar", IcuArabicCountryNames()));
  return *names;
}

std::vector<std::string> IcuPlaceNames(const char* language) {
  return PlaceNames(language, CountryNames(language));
}

}  // namespace sada::internal
