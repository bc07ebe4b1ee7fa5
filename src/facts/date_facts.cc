// Date facts: absolute dates (through the ingest stage's MatchWrittenDate),
// Hijri dates, and relative expressions resolved against an anchor.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "facts/calendar.h"
#include "facts/extract_internal.h"
#include "facts/gazetteer.h"
#include "ingest/dates.h"
#include "sada/ner.h"

namespace sada::internal {
namespace {

// Every word the date rules read, in one place, and the words a date can
// begin with (besides numbers and month names): the rules are tried only at
// tokens that may begin one, which is a small share of the text.
struct DateWords {
  WordMap weekdays{{"الأحد", 0}, {"الاثنين", 1}, {"الإثنين", 1}, {"الثلاثاء", 2},
                   {"الأربعاء", 3}, {"الخميس", 4}, {"الجمعة", 5}, {"السبت", 6}};
  WordMap ordinals{{"الأول", 1},  {"الثاني", 2}, {"الثالث", 3},  {"الرابع", 4},  {"الخامس", 5},
                   {"السادس", 6}, {"السابع", 7}, {"الثامن", 8},  {"التاسع", 9},  {"العاشر", 10},
                   {"العشرين", 20}, {"الثلاثين", 30}};
  // Days of two words: the unit, then عشر ("الخامس عشر" 15) or the tens
  // with و ("الحادي والعشرين" 21، "الحادي والثلاثين" 31).
  WordMap ordinal_units{{"الحادي", 1}, {"الواحد", 1}, {"الثاني", 2}, {"الثالث", 3}, {"الرابع", 4},
                        {"الخامس", 5}, {"السادس", 6}, {"السابع", 7}, {"الثامن", 8}, {"التاسع", 9}};
  WordMap ordinal_tens{{"عشر", 10}, {"والعشرين", 20}, {"والعشرون", 20}, {"والثلاثين", 30}, {"والثلاثون", 30}};
  // Cardinal number words as counts of days, months, years.
  WordMap cardinals{{"واحد", 1}, {"واحدة", 1}, {"اثنين", 2}, {"اثنان", 2}, {"ثلاثة", 3},
                    {"ثلاث", 3}, {"أربعة", 4}, {"أربع", 4}, {"خمسة", 5}, {"خمس", 5},
                    {"ستة", 6},  {"ست", 6},    {"سبعة", 7}, {"سبع", 7},   {"ثمانية", 8},
                    {"ثماني", 8}, {"تسعة", 9}, {"تسع", 9},  {"عشرة", 10}, {"عشر", 10}};
  // Hijri months of one word, the first words of those of two (ربيع الأول،
  // جمادى الآخرة، ذو القعدة) and the words after them.
  WordMap hijri_months{{"محرم", 1}, {"صفر", 2}, {"رجب", 7}, {"شعبان", 8}, {"رمضان", 9}, {"شوال", 10}};
  std::string rabi = KeyOf("ربيع"), jumada = KeyOf("جمادى"), jumada2 = KeyOf("جمادي"), dhu = KeyOf("ذو"),
              dhi = KeyOf("ذي"), qada = KeyOf("القعدة"), hijja = KeyOf("الحجة");
  WordSet first{"الأول", "الأولى"}, second{"الثاني", "الآخر", "الآخرة", "الثانية"};
  WordSet hijri_mark{"هـ", "ه", "هجري", "هجرية", "للهجرة"};
  WordSet ad_mark{"م", "ميلادي", "ميلادية", "للميلاد"};
  WordSet year_words{"عام", "العام", "سنة", "السنة", "أعوام"};  // before a year: عام 2014، لعام 2015
  // Before two years: a season ("العام الدراسي 1436-1437"، "الموسم 1435/1436").
  WordSet season{"الدراسي", "الجامعي", "المالي", "الرياضي", "الموسم", "موسم", "للموسم"};
  // Directions: الماضي -1, الجاري 0, المقبل +1.
  WordSet past{"الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "الأخيرة", "الاخيرة"};
  WordSet now{"الجاري", "الجارية", "الحالي", "الحالية"};
  WordSet next{"المقبل", "المقبلة", "القادم", "القادمة"};
  // Words of "on the date": "يوم الخميس بتاريخ 30-07-2015".
  WordSet dated{"بتاريخ", "تاريخ"};
  // Words of the future's form (س + an imperfect) that are not verbs.
  WordSet not_future{"سنوي", "سنوية", "سنويا", "سيدي", "سيرجي", "ستان", "سنحت"};
  WordSet was{"كان", "كانت", "كانوا", "كنا", "كنت"};
  // غد alone is tomorrow after these or before a weekday ("مساء غد الأحد"),
  // not in "غد أفضل".
  std::string ghad = KeyOf("غد");
  WordSet ghad_after{"يوم", "مساء", "صباح", "ظهر", "ظهيرة", "عصر", "ليلة", "فجر", "من"};
  std::string sawfa = KeyOf("سوف"), sin = KeyOf("س");
  std::string imperfect[4] = {KeyOf("ي"), KeyOf("ت"), KeyOf("ن"), KeyOf("أ")};
  WordSet day{"يوم", "يوما"}, days{"أيام", "ايام"}, two_days{"يومين", "يومان"};
  WordSet yesterday{"أمس", "الأمس", "البارحة"}, tomorrow{"غدا", "غداً", "الغد"}, year{"العام", "السنة"};
  // After اليوم: a day with a name or a kind (اليوم الوطني، اليوم الدراسي،
  // في اليوم الواحد "a day"، اليوم الذي "the day that"), not today; or the
  // day after or the same day as the date just given (next_day, same_day).
  WordSet day_names{"الوطني", "العالمي", "الدولي", "الأخير", "الختامي", "الافتتاحي", "الذي", "التي",
                    "الواحد", "السابق", "الآخر", "الدراسي", "المحدد", "الثقافي", "العائلي", "المفتوح",
                    "التاريخي", "الموعود", "الوحيد", "التدريبي"};
  WordSet next_day{"التالي"}, same_day{"نفسه", "ذاته"};
  // Before اليوم: the day just given (في ذلك اليوم، في نفس اليوم); all day
  // long (على مدار اليوم، طوال اليوم) or nowadays (عالم اليوم، جيل اليوم),
  // no day at all.
  WordSet that_day{"ذلك", "نفس", "ذات"}, not_today{"مدار", "طوال", "طيلة", "عالم", "العالم", "جيل", "أجيال"};
  // After أمس: the elative "most" (في أمس الحاجة), not yesterday.
  std::string al_haja = KeyOf("الحاجة");
  // Before a day and month without a year: what is planned is ahead.
  // (Not "موعد" or "المقرر": "كان من المقرر أن تنتهي في 30 يونيو".)
  WordSet scheduled{"سيعقد",  "ستعقد", "سيتم",   "ستجرى",  "ستجري", "سيجري", "ستقام",  "سيقام",
                    "ستنطلق", "سينطلق", "ستبدأ", "سيبدأ",  "سينتخب", "ستنتهي", "سينتهي", "سيبقى",
                    "ستبقى",  "سيعرض", "ستعرض",  "سيصل",   "ستصل",   "سيزور",  "ستزور",  "ستفتح",
                    "سيفتح",  "ستعود", "سيعود"};
  // Before اليوم or الغد: a title (عين اليوم، صحيفة الغد), not a day.
  WordSet titles{"عين", "دار", "صحيفة", "جريدة", "مجلة", "قناة", "موقع", "برنامج"};
  // After these الغد is the future, not tomorrow (جيل الغد، قادة الغد، اليوم
  // قبل الغد); after others it is (صباح الغد، مباراة الغد، في الغد).
  WordSet figurative{"جيل", "أجيال", "قادة", "قائد", "عالم", "رجال", "شباب", "نساء", "صناع",
                     "عدو", "حليف", "مستقبل", "مدرسة", "مدن", "قبل"};
  // Before a day and month without a year: a name (قوى 8 آذار، ثورة 25 يناير،
  // شارع 30 يونيو), not a day of this year.
  // Events known by their day (أحداث 11 سبتمبر، هجمات الحادي عشر من
  // سبتمبر) are names too.
  WordSet named_after{"قوى", "تيار", "تحالف", "ثورة", "حركة", "انتفاضة", "حرب",
                      "شارع", "ميدان", "جسر", "مدينة", "كوبري", "نفق",
                      "أحداث", "هجمات", "اعتداءات", "تفجيرات", "حوادث", "مجزرة", "مذبحة"};
  // A part of a period (PartOfPeriod): its word with how many parts a
  // period has (a week 7, a day 1), and the ordinal that says which (-1 the
  // last).
  WordMap parts{{"النصف", 2}, {"الربع", 4}, {"الثلث", 3}, {"العشر", 10}, {"العشرة", 10}, {"الأسبوع", 7}, {"اليوم", 1}};
  WordMap part_ordinals{{"الأول", 1}, {"الثاني", 2}, {"الثالث", 3},  {"الرابع", 4},
                        {"الأوائل", 1}, {"الأخير", -1}, {"الأخيرة", -1}, {"الأواخر", -1}};
  std::string hadhihi = KeyOf("هذه"), ghurra = KeyOf("غرة");
  // Before a month alone (MonthAlone): prepositions and words of a part of it.
  WordSet month_preps{"في", "خلال", "منذ", "حتى", "بحلول", "قبل", "بعد", "طوال", "طيلة", "مطلع", "أوائل",
                      "أواخر", "منتصف", "أواسط", "بداية", "نهاية",
                      // English: "in May", "since March", "by June", "early October"
                      "in", "since", "by", "until", "till", "during", "before", "after", "early", "late"};
  WordSet until{"حتى", "بحلول", "until", "till", "by"};
  std::string since = KeyOf("since");
  std::string kull = KeyOf("كل");
  WordSet epithets{"المبارك", "الفضيل", "الكريم", "المعظم"};  // of Ramadan and others
  WordSet this_month{"الجاري", "الحالي"};  // after a day alone: of this month
  WordSet year_kinds{"المالي", "المالية", "الدراسي", "الدراسية", "الهجري", "الهجرية"};
  std::string muwafiq = KeyOf("الموافق"), ala = KeyOf("على"), al_aan = KeyOf("الآن"), al_awwal = KeyOf("الأول"), al_ghad = KeyOf("الغد");
  std::string al_uula = KeyOf("الأولى");
  std::string mithl = KeyOf("مثل"), min = KeyOf("من"), aw = KeyOf("أو"), shahr = KeyOf("شهر"), al_shahr = KeyOf("الشهر"), hadha = KeyOf("هذا"),
              al = KeyOf("ال"), today = KeyOf("اليوم"), awwal = KeyOf("أول"), yawm = KeyOf("يوم"),
              ayyam = KeyOf("الأيام"), baad = KeyOf("بعد"), qabl = KeyOf("قبل"), mundhu = KeyOf("منذ"),
              wa = KeyOf("و"), fa = KeyOf("ف"), li = KeyOf("ل"), fi = KeyOf("في"), lil = KeyOf("لل"),
              aab = KeyOf("آب");
  // English.
  WordMap en_days{{"today", 0}, {"yesterday", -1}, {"tomorrow", 1}};
  WordMap en_weekdays{{"sunday", 0},   {"monday", 1}, {"tuesday", 2}, {"wednesday", 3},
                      {"thursday", 4}, {"friday", 5}, {"saturday", 6}};
  WordMap en_dir{{"last", -1}, {"past", -1}, {"previous", -1}, {"this", 0},
                 {"current", 0}, {"next", 1},  {"coming", 1}};
  WordMap en_unit{{"week", 7}, {"month", 30}, {"year", 365}};
  std::string ago = KeyOf("ago"), on = KeyOf("on");
  // "two weeks ago", "a month ago": the count in words, and the unit in days
  // (30 a month, 365 a year).
  WordMap en_numbers{{"a", 1},     {"an", 1},     {"one", 1},     {"two", 2},     {"three", 3},  {"four", 4},
                     {"five", 5},  {"six", 6},    {"seven", 7},   {"eight", 8},   {"nine", 9},   {"ten", 10},
                     {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}};
  WordMap en_ago_unit{{"day", 1},    {"days", 1},    {"week", 7},   {"weeks", 7},
                      {"month", 30}, {"months", 30}, {"year", 365}, {"years", 365}};
  WordSet en_ordinal{"st", "nd", "rd", "th"};  // written onto a day: "3rd"
  std::string en_of = KeyOf("of");
  // Days counted from the date just given: "the next day", "the following
  // day", "the previous day", "the same day"; "two days later", "a week
  // earlier".
  WordMap en_day_after{{"next", 1}, {"following", 1}, {"previous", -1}, {"preceding", -1}, {"same", 0}};
  std::string en_day = KeyOf("day"), en_the = KeyOf("the");
  // (Not "before": "two days before the vote" counts from the vote.)
  WordMap en_later{{"later", 1}, {"afterwards", 1}, {"earlier", -1}};

  // The first words of every form below that does not begin with a number
  // or a month name (Match tries them in this order).
  WordSet starts;
  DateWords() {
    for (const WordMap* m : {&hijri_months, &ordinals, &ordinal_units, &weekdays, &en_days, &en_weekdays, &en_dir,
                             &en_numbers, &en_day_after, &parts})  // Hijri, DayOfMonth, Relative, English, PartOfPeriod
      for (const auto& [k, v] : m->entries()) starts.AddKey(k);
    for (const std::string* k : {&rabi, &jumada, &jumada2, &dhu, &dhi,  // Hijri
                                 &ghurra,                                // PartOfPeriod
                                 &shahr, &al_shahr,                      // MonthRelative
                                 &today, &yawm, &ayyam, &baad, &qabl, &mundhu, &ghad})  // Relative
      starts.AddKey(*k);
    for (const WordSet* w : {&yesterday, &tomorrow, &year}) starts.AddKeys(*w);  // Relative
  }
  // The key without a leading و or ف (وبعد، فاليوم), as Relative reads it.
  std::string_view WithoutConjunction(std::string_view k) const {
    if (k.size() > 6 && (BeginsWith(k, wa) || BeginsWith(k, fa)))
      k.remove_prefix(wa.size());
    return k;
  }
  // s has the key, or the key without one leading و ف ب ل ك (لعين، وقوى).
  bool HasWithClitic(const WordSet& s, std::string_view k) const { return LeadingClitics::Get().Has(s, k); }
};

const DateWords& Dw() {
  static const DateWords w;
  return w;
}

// صفر, the second Hijri month, is also zero ("فاز 1 - صفر"): never a month
// after a day alone.
constexpr int kSafar = 2;

int HijriMonthAt(const Words& w, size_t i, int* words) {
  const DateWords& d = Dw();
  *words = 1;
  if (int m = d.hijri_months.Get(w.KeyAt(i))) return m;
  std::string_view k = w.KeyAt(i), n = w.KeyAt(i + 1);
  *words = 2;
  if (k == d.rabi) return d.first.Has(n) ? 3 : d.second.Has(n) ? 4 : 0;
  if (k == d.jumada || k == d.jumada2) return d.first.Has(n) ? 5 : d.second.Has(n) ? 6 : 0;
  if (k == d.dhu || k == d.dhi) return n == d.qada ? 11 : n == d.hijja ? 12 : 0;
  return 0;
}

// The number of days a cardinal expression at i gives ("يوم واحد" = 1,
// "يومين" = 2, "ثلاثة أيام" = 3, "3 أيام"). Sets *last to its last token.
int DayCount(const Words& w, size_t i, size_t* last) {
  const DateWords& d = Dw();
  if (d.two_days.Has(w.KeyAt(i))) {
    *last = i;
    return 2;
  }
  if (d.day.Has(w.KeyAt(i))) {
    *last = i;
    if (d.cardinals.Get(w.KeyAt(i + 1)) == 1) *last = i + 1;  // يوم واحد
    return 1;
  }
  int n = w.IsNumber(i) ? w.SmallInt(i) : d.cardinals.Get(w.KeyAt(i));
  if (n > 0 && n < 1000 && (d.days.Has(w.KeyAt(i + 1)) || d.day.Has(w.KeyAt(i + 1)))) {
    *last = i + 1;
    return n;
  }
  return 0;
}

}  // namespace

bool MonthAfterDay(const Words& w, size_t k) {
  const DateWords& d = Dw();
  if (w.Is(k, d.min)) ++k;
  if (w.Is(k, d.shahr)) ++k;
  int words = 0;
  if (MonthFromKey(w.KeyAt(k), w.KeyAt(k + 1), &words) > 0) return true;
  const int hijri = HijriMonthAt(w, k, &words);
  return hijri > 0 && hijri != kSafar;
}

bool OnlyMonthNames(const Words& w, size_t first, size_t last) {
  for (size_t i = first; i <= last;) {
    int words = 0;
    if (MonthFromKey(w.KeyAt(i), w.KeyAt(i + 1), &words) <= 0 && HijriMonthAt(w, i, &words) <= 0) return false;
    i += static_cast<size_t>(words);
  }
  return first <= last;
}

namespace {

constexpr const char* kNamedDay = "named day";
constexpr const char* kNextDate = "next date";  // the year of a range's end (YearFromRangeEnd)

struct Anchor {
  std::optional<int64_t> day;  // days since the epoch
  const char* kind = "";
};

Anchor ArticleAnchor(const Article& a) {
  Anchor r;
  if (a.published.size() < 10 || a.published_precision < Precision::kDay) return r;
  int y = std::atoi(a.published.substr(0, 4).c_str()), m = std::atoi(a.published.substr(5, 2).c_str()),
      d = std::atoi(a.published.substr(8, 2).c_str());
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return r;
  r.day = DaysFromCivil(y, m, d);
  r.kind = a.published_from == "text:dateline" ? "dateline" : a.published_from == "story" ? "story" : "publication";
  return r;
}

// Month m in the year that puts it nearest the anchor (direction: -1 the
// latest before or at, +1 the next after or at, 0 the anchor's own year).
int YearFor(int m, const Ymd& anchor, int direction) {
  if (direction < 0) return m <= anchor.m ? anchor.y : anchor.y - 1;
  if (direction > 0) return m >= anchor.m ? anchor.y : anchor.y + 1;
  return anchor.y;
}


class DateFinder {
 public:
  DateFinder(const Words& w, std::vector<Fact>* out, const Anchor& anchor) : w_(w), out_(out), anchor_(anchor) {}

  void Run() {
    for (size_t i = 0; i < w_.size();) {
      size_t next = MayBegin(i) ? Match(i) : i;
      i = next > i ? next : i + 1;
    }
  }

  // The day the article says it was written on, by a weekday after its
  // today or yesterday ("اليوم الخميس", "أمس الأربعاء"), when every such
  // telling gives the same day.
  std::optional<int64_t> ToldDay() const {
    if (told_days_.empty()) return std::nullopt;
    for (int64_t d : told_days_)
      if (d != told_days_.front()) return std::nullopt;
    return told_days_.front();
  }

 private:
  // False where no form below can begin: not a number, a month name or one
  // of the starting words.
  bool MayBegin(size_t i) const {
    if (w_.IsNumber(i)) return true;
    std::string_view k = w_.Key(i);
    if (k.empty()) return false;
    if (size_t last; AfterMuwafiq(i) && BeginsWith(k, d_.lil) && OrdinalDay(i, &last) > 0) return true;
    if (k[0] >= '0' && k[0] <= '9') return true;
    if (d_.starts.Has(k)) return true;
    if (std::string_view bare = d_.WithoutConjunction(k); bare.size() != k.size() && d_.starts.Has(bare)) return true;
    int words = 0;
    return MonthFromKey(k, w_.KeyAt(i + 1), &words) != 0;
  }

  // Token i follows الموافق ("corresponding to").
  bool AfterMuwafiq(size_t i) const { return i > 0 && w_.Is(i - 1, d_.muwafiq) && w_.Adjacent(i - 1, i); }

  // A verb in the future among the four words before token i, with no
  // punctuation between: "سيعقد"، "ستنطلق"، "سيتم".
  bool Scheduled(size_t i) const {
    for (size_t k = i; k > 0 && k + 3 >= i; --k) {
      if (!w_.Adjacent(k - 1, k)) break;
      if (d_.scheduled.Has(d_.WithoutConjunction(w_.Key(k - 1)))) return true;
    }
    return false;
  }

  // A day and month without a year that begin a range whose end gives one
  // ("من 1 يناير إلى 30 يونيو 2015", "من 28 ذي الحجة إلى 1 محرم 1437هـ"):
  // the end's year, or the year before when the day and month come after
  // the end's (a range crossing the new year). Token k is the connector.
  std::optional<int> YearFromRangeEnd(size_t k, int month, int day, bool hijri) const {
    // Between the two ends: "من 14 يونيو إلى 15 يوليو 2018"، "بين 28 مايو و14 يوليو".
    if (!(RangeConnectors().Has(w_.KeyAt(k)) || w_.Is(k, d_.wa)) || !w_.Adjacent(k, k + 1)) return std::nullopt;
    int y, m, d;
    if (hijri) {
      auto end = ParseHijri(k + 1);
      if (!end || end->year == 0 || end->day == 0) return std::nullopt;
      y = end->year, m = end->month, d = end->day;
    } else {
      auto end = MatchWrittenDate(w_.at.tokens, k + 1, w_.u32);
      if (!end || end->when.precision < Precision::kDay) return std::nullopt;
      y = end->when.year, m = end->when.month, d = end->when.day;
    }
    return month < m || (month == m && day <= d) ? y : y - 1;
  }

  // The first day of a range or pair whose month and year only its end
  // gives: "من 22 إلى 24 يوليو"، "بين 3 و5 فبراير"، "15-25 يوليو"، "من 10
  // إلى 15 شوال"، "16 و17 سبتمبر".
  // The end is read first, as it would be alone; the start is the day as
  // many days before it as its number is smaller (the anchor `next date`).
  // A start with the larger number (a range across months, "من 28 إلى 3
  // أغسطس") is left unread, as before. Returns the token after the end, or
  // 0 when token i begins no such range.
  size_t RangeStart(size_t i) {
    size_t day_last, end_last;
    const int day = DayNumber(i, &day_last);
    if (day < 1 || day > 31) return 0;
    // The end's day; also after و alone, two days of one month ("بدلا من
    // 26 و27 أغسطس"، "يومي 16 و17 سبتمبر"), or after و glued to an
    // ordinal ("في الرابع والخامس من أغسطس").
    size_t k = w_.IsNumber(i) ? RangeEnd(w_, i, i) : 0;
    if (k == 0) k = RangeEndAfterWord(w_, i, day_last, true);  // "from 20 to 22 November", "from 3rd to 5th"
    if (k == 0 && w_.Is(day_last + 1, d_.wa) && w_.Adjacent(day_last, day_last + 1) && w_.Adjacent(day_last + 1, day_last + 2))
      k = day_last + 2;
    if (k == 0 && !w_.IsNumber(i) && w_.Adjacent(day_last, day_last + 1) && BeginsWith(w_.KeyAt(day_last + 1), d_.wa))
      k = day_last + 1;
    if (k == 0 || w_.IsNumber(k) != w_.IsNumber(i)) return 0;
    const int end_day = DayNumber(k, &end_last);
    if (end_day <= day || end_day > 31) return 0;
    const size_t before = out_->size();
    const std::optional<int64_t> previous = previous_;
    const size_t next = Match(k);
    if (next == k) return 0;  // no date at the end: "من 3 إلى 5 ساعات"
    if (i > 0 && d_.HasWithClitic(d_.named_after, w_.Key(i - 1))) {  // "قوى 8 و14 آذار": a name
      out_->resize(before);
      previous_ = previous;
      return next;
    }
    if (out_->size() == before + 1) {
      const Fact& end = out_->back();
      if (end.span.begin == w_.SpanOf(k).begin && end.value.size() == 10) {
        const int y = std::atoi(end.value.substr(0, 4).c_str()), m = std::atoi(end.value.substr(5, 2).c_str()),
                  d = std::atoi(end.value.substr(8, 2).c_str());
        Emit(i, day_last, IsoOf(CivilFromDays(DaysFromCivil(y, m, d) - (end_day - day))), kNextDate);
        std::rotate(out_->begin() + static_cast<std::ptrdiff_t>(before), out_->end() - 1, out_->end());  // in text order
      }
    }
    return next;
  }

  // Tries every form at token i; returns the token after a match, or i.
  size_t Match(size_t i) {
    if (auto m = MatchWrittenDate(w_.at.tokens, i, w_.u32)) {
      size_t first = WithWeekday(i);
      if (m->when.year >= 1300 && m->when.year <= 1600 && OnlyNumbers(i, m->next_token)) {
        // "2/6/1436هـ": digits with a year of the Hijri era.
        size_t last = m->next_token - 1;
        if (d_.hijri_mark.Has(w_.KeyAt(last + 1))) ++last;
        if (!EmitHijri(first, last, m->when.year, m->when.month, m->when.day, "")) Emit(first, last, "", "");
        return last + 1;
      }
      std::string value = m->when.Iso();
      Emit(first, m->next_token - 1, value, "");
      if (m->when.year > 0 && m->when.month > 0) written_ = MonthOfYear{m->when.year, m->when.month, out_->back().span.end};
      if (m->when.precision >= Precision::kDay) previous_ = DaysFromCivil(m->when.year, m->when.month, m->when.day);
      return m->next_token;
    }
    if (size_t n = PartOfPeriod(i)) return n;
    if (size_t n = RangeStart(i)) return n;
    if (size_t n = EnglishMonthDay(i)) return n;
    if (size_t n = MonthPair(i)) return n;
    if (size_t n = Hijri(i)) return n;
    if (size_t n = MonthAndYear(i)) return n;
    if (size_t n = Year(i)) return n;
    if (size_t n = DayOfMonth(i)) return n;
    if (size_t n = MonthRelative(i)) return n;
    if (size_t n = HijriMonthAlone(i)) return n;
    if (size_t n = Relative(i)) return n;
    return i;
  }

  // Two months, the second after و or a word of "to", and the year after
  // the second (written, or said: "الماضيين", "من العام الماضي"): "بين
  // سبتمبر وديسمبر 2014" and "من يناير وحتى يونيو 2015م" are one period
  // (2014-09/2014-12), "في شهري نوفمبر وديسمبر المقبلين" and "في مايو
  // ونوفمبر 2003م" two months (the second had been no date: a month with
  // و before it is no month to the other forms; and the first was read
  // alone, of the anchor's year, or not at all). The first month is of the
  // second's year, or the year before when it comes later in the year
  // ("بين سبتمبر ويناير الماضيين"). Returns the token after, or 0.
  size_t MonthPair(size_t i) {
    static const WordSet kDualPast{"الماضيين", "الماضيتين", "المنصرمين", "الفائتين", "السابقين"};
    static const WordSet kDualNext{"المقبلين", "القادمين"};
    static const std::string kBayna = KeyOf("بين"), kShahrayn = KeyOf("شهري"), kMeem = KeyOf("م"), kWa = KeyOf("و");
    int words = 0;
    const int m1 = IsIbb(i) ? 0 : MonthFromKey(w_.Key(i), w_.KeyAt(i + 1), &words);
    if (m1 <= 0) return 0;
    const size_t end1 = PastOtherName(i + words - 1, m1);
    size_t k = end1 + 1;
    if (k >= w_.size() || !w_.Adjacent(end1, k)) return 0;
    bool to = false;
    if (RangeConnectors().Has(w_.Key(k))) {
      to = true;
      if (!w_.Adjacent(k, k + 1)) return 0;
      ++k;
    }
    // The second month, with و glued to it unless after a word of "to".
    const std::string_view key2 = w_.KeyAt(k);
    const std::string_view bare2 = to ? key2 : d_.WithoutConjunction(key2);
    if (!to && (bare2.size() == key2.size() || !BeginsWith(key2, kWa))) return 0;
    if (bare2 == d_.aab && w_.Text(w_.SpanOf(k)) != (to ? "آب" : "وآب")) return 0;
    int words2 = 0;
    const int m2 = MonthFromKey(bare2, w_.KeyAt(k + 1), &words2);
    if (m2 <= 0 || m2 == m1) return 0;
    const size_t end2 = PastOtherName(k + words2 - 1, m2);
    // The year, after the second month.
    size_t last = end2 + 1;
    std::optional<int> year;
    const char* anchor = "";
    if (last < w_.size() && w_.Adjacent(end2, last) && w_.IsNumber(last) && w_.SpanOf(last).end - w_.SpanOf(last).begin == 4) {
      const int y = w_.SmallInt(last);
      if (y < 1900 || y > 2100) return 0;
      year = y;
      if (w_.Is(last + 1, kMeem) && w_.Adjacent(last, last + 1)) ++last;
    } else if (last < w_.size() && w_.Adjacent(end2, last) && (kDualPast.Has(w_.Key(last)) || kDualNext.Has(w_.Key(last)))) {
      if (!anchor_.day) return 0;
      year = YearFor(m2, CivilFromDays(*anchor_.day), kDualPast.Has(w_.Key(last)) ? -1 : 1);
      anchor = anchor_.kind;
    } else if (size_t said_last = 0; auto dir = YearInWords(end2 + 1, &said_last)) {
      if (!anchor_.day) return 0;
      year = CivilFromDays(*anchor_.day).y + *dir;
      anchor = anchor_.kind;
      last = said_last;
    } else {
      return 0;
    }
    const int y1 = m1 <= m2 ? *year : *year - 1;
    // A period after بين (or ما بين), or with a word of "to"; else two months.
    size_t before = i;
    if (before > 0 && w_.Is(before - 1, kShahrayn) && w_.Adjacent(before - 1, before)) --before;
    const bool bayna = before > 0 && w_.Adjacent(before - 1, before) && d_.WithoutConjunction(w_.Key(before - 1)) == kBayna;
    if (to || bayna) {
      Emit(i, last, IsoOf(Ymd{y1, m1, 0}) + "/" + IsoOf(Ymd{*year, m2, 0}), anchor);
    } else {
      Emit(i, end1, IsoOf(Ymd{y1, m1, 0}), *anchor ? anchor : kNextDate);
      Emit(k, last, IsoOf(Ymd{*year, m2, 0}), anchor);
      Fact& second = out_->back();  // without its و
      ++second.span.begin;
      second.text = w_.Text(second.span);
    }
    return last + 1;
  }

  // A part of a period: "النصف الثاني من يوليو" (16–31 July; it had been
  // 2 July), "الربع الثاني من العام الجاري" (April to June), "الأسبوع الأول
  // من أغسطس", "العشر الأواخر من رمضان", "اليوم الأخير من شهر رمضان", "غرة
  // شهر شوال" (its first day). The
  // period is a year, whose halves, thirds and quarters are months, or a
  // month of either calendar, whose halves, tenths (and thirds), weeks and
  // days are days. The period is read as it would be alone; besides, "العام"
  // and "هذا العام" alone are the anchor's year, and a month alone is the
  // one nearest the anchor (PeriodAlone). Returns the token after, or 0.
  size_t PartOfPeriod(size_t i) {
    const bool ghurra = d_.WithoutConjunction(w_.Key(i)) == d_.ghurra;
    const int part = ghurra ? 1 : d_.parts.Get(d_.WithoutConjunction(w_.Key(i)));
    const int which = ghurra ? 1 : d_.part_ordinals.Get(w_.KeyAt(i + 1));
    const size_t at = ghurra ? i + 1 : i + 3;  // the period
    if (part == 0 || which == 0 || (!ghurra && !w_.Is(i + 2, d_.min)) || at >= w_.size()) return 0;
    for (size_t k = i; k < at; ++k)
      if (!w_.Adjacent(k, k + 1)) return 0;
    // The period as the other forms read it, taken out again.
    const size_t before = out_->size();
    const auto previous = previous_;
    const auto written = written_;
    auto undo = [&] {
      out_->resize(before);
      previous_ = previous;
      written_ = written;
      return size_t{0};
    };
    size_t j = at;
    size_t next = Match(j);
    // "من عام 2015"، "من شهر ذي الحجة 1436"
    if (next == j && ((d_.year_words.Has(w_.Key(j)) && w_.IsNumber(j + 1)) || w_.Is(j, d_.shahr))) next = Match(++j);
    Period p;
    if (next > j && out_->size() == before + 1 && out_->back().span.begin == w_.SpanOf(j).begin &&
        ReadPeriod(out_->back().value, &p)) {
      p.last = next - 1;
      p.anchor = out_->back().anchor;
    } else if (undo(); !PeriodAlone(i, at, &p)) {
      return 0;
    }
    undo();
    if (p.unresolved) {
      Emit(i, p.last, "", "");
      return p.last + 1;
    }
    const int n = part == 1 || part == 7 || part == 10 ? 0 : part;  // parts of a year, by months
    const int idx = which < 0 ? (part == 10 ? 3 : part) : which;
    if (p.year > 0) {
      // Not before a Hijri year ("النصف الأول من العام الجاري 1436هـ").
      if (n == 0 || idx > n || (w_.IsNumber(p.last + 1) && w_.Number(p.last + 1) >= 1300 && w_.Number(p.last + 1) <= 1600))
        return undo();
      const int months = 12 / n, m0 = (idx - 1) * months + 1;
      Emit(i, p.last, IsoOf(Ymd{p.year, m0, 0}) + "/" + IsoOf(Ymd{p.year, m0 + months - 1, 0}), p.anchor.c_str());
      return p.last + 1;
    }
    int64_t from = p.from, to = p.to;
    if (part == 2) {
      if (idx > 2) return undo();
      idx == 1 ? to = from + 14 : from += 15;
    } else if (part == 3 || part == 10) {
      if (idx > 3) return undo();
      from += 10 * (idx - 1);  // the last has the month's last days
      if (idx < 3) to = from + 9;
    } else if (part == 7) {
      if (which < 0) {
        from = to - 6;
      } else {
        from += 7 * (idx - 1);
        to = from + 6;
      }
    } else if (part == 1) {
      if (which > 0) from += idx - 1;
      else from = to;
      to = from;
    } else {
      return undo();  // a quarter of a month
    }
    if (from > to || to > p.to) return undo();
    if (from == to) {
      EmitDay(i, p.last, from, p.anchor.c_str());
    } else {
      Emit(i, p.last, IsoOf(CivilFromDays(from)) + "/" + IsoOf(CivilFromDays(to)), p.anchor.c_str());
    }
    return p.last + 1;
  }
  // A period: a year, or the days of a month.
  struct Period {
    int year = 0;
    int64_t from = 0, to = 0;
    size_t last = 0;
    std::string anchor;
    bool unresolved = false;  // no anchor to resolve it against
  };
  // A year ("2015") or a month's days ("2015-07", "2015-06-18/2015-07-16").
  static bool ReadPeriod(std::string_view v, Period* p) {
    auto num = [&](size_t at, size_t len) {
      int x = 0;
      for (size_t k = at; k < at + len; ++k) {
        if (k >= v.size() || v[k] < '0' || v[k] > '9') return -1;
        x = x * 10 + (v[k] - '0');
      }
      return x;
    };
    if (v.size() == 4) return (p->year = num(0, 4)) > 0;
    if (v.size() == 7 && v[4] == '-') {
      const int y = num(0, 4), m = num(5, 2);
      if (y < 0 || m < 1 || m > 12) return false;
      p->from = DaysFromCivil(y, m, 1);
      p->to = DaysFromCivil(y, m, DaysInMonth(y, m));
      return true;
    }
    if (v.size() == 21 && v[10] == '/') {
      const int y0 = num(0, 4), m0 = num(5, 2), d0 = num(8, 2), y1 = num(11, 4), m1 = num(16, 2), d1 = num(19, 2);
      if (y0 < 0 || m0 < 1 || m0 > 12 || d0 < 1 || y1 < 0 || m1 < 1 || m1 > 12 || d1 < 1) return false;
      p->from = DaysFromCivil(y0, m0, d0);
      p->to = DaysFromCivil(y1, m1, d1);
      return p->to >= p->from && p->to - p->from <= 30;  // a Hijri month's days, not a year's
    }
    return false;
  }
  // A period the other forms do not read alone, at token j: a year in
  // digits; "العام" and "هذا العام" (the anchor's year, when not a fiscal or
  // school year); a month of either calendar alone, also after شهر (the one
  // nearest the anchor, NearestMonth). Token i begins the phrase.
  bool PeriodAlone(size_t i, size_t j, Period* p) const {
    if (w_.IsNumber(j) && w_.Key(j).size() == 4 && w_.Number(j) >= 1800 && w_.Number(j) <= 2100) {
      p->year = w_.SmallInt(j);  // "النصف الأول من 2015" (a year alone is read with the figures)
      p->last = j;
      return true;
    }
    const bool this_year = (w_.Is(j, d_.hadha) || w_.Is(j, d_.hadhihi)) && d_.year.Has(w_.KeyAt(j + 1));
    if ((d_.year.Has(w_.Key(j)) && !Direction(w_.KeyAt(j + 1)) && !w_.IsNumber(j + 1)) || this_year) {
      // Not a fiscal or a school year ("الربع الثالث من العام المالي").
      if (d_.year_kinds.Has(w_.KeyAt(this_year ? j + 2 : j + 1))) return false;
      p->last = this_year ? j + 1 : j;
      if (!anchor_.day) p->unresolved = true;
      else p->year = CivilFromDays(*anchor_.day).y;
      p->anchor = anchor_.kind;
      return true;
    }
    const size_t k = w_.Is(j, d_.shahr) ? j + 1 : j;
    int words = 0;
    int month = k < w_.size() && !IsIbb(k) ? MonthFromKey(w_.Key(k), w_.KeyAt(k + 1), &words) : 0;
    bool hijri = false;
    if (month == 0 && (month = HijriMonthAt(w_, k, &words)) > 0) hijri = true;
    if (month == 0) return false;
    p->last = hijri ? k + words - 1 : PastOtherName(k + words - 1, month);
    p->anchor = anchor_.kind;
    if (!anchor_.day) {
      p->unresolved = true;
      return true;
    }
    return NearestMonth(i, month, hijri, p);
  }
  // The days of month `month` (Hijri or Gregorian) in the year that puts it
  // nearest the anchor; after a verb in the future (before token i), the
  // first that has not ended by the anchor.
  bool NearestMonth(size_t i, int month, bool hijri, Period* p) const {
    const bool future = FutureBefore(i);
    int64_t best = -1;
    for (int dy = -1; dy <= 1; ++dy) {
      int64_t from, to;
      if (hijri) {
        const std::optional<Ymd> now = GregorianToHijri(*anchor_.day);
        if (!now) return false;
        const int y = now->y + dy;
        auto f = HijriToGregorian(y, month, 1);
        auto t = HijriToGregorian(month == 12 ? y + 1 : y, month == 12 ? 1 : month + 1, 1);
        if (!f || !t) continue;
        from = DaysFromCivil(f->y, f->m, f->d);
        to = DaysFromCivil(t->y, t->m, t->d) - 1;
      } else {
        const int y = CivilFromDays(*anchor_.day).y + dy;
        from = DaysFromCivil(y, month, 1);
        to = DaysFromCivil(y, month, DaysInMonth(y, month));
      }
      if (future && to < *anchor_.day) continue;
      const int64_t gap = from > *anchor_.day ? from - *anchor_.day : to < *anchor_.day ? *anchor_.day - to : 0;
      if (best < 0 || gap < best) {
        best = gap;
        p->from = from;
        p->to = to;
      }
    }
    return best >= 0;
  }

  // "يوم الأحد 19 نوفمبر 2017", "الخميس 28 شوال 1436هـ": a weekday (and يوم)
  // just before a date belong to it.
  size_t WithWeekday(size_t first) const {
    if (first > 0 && d_.weekdays.Get(w_.Key(first - 1), -1) >= 0 && w_.Adjacent(first - 1, first)) {
      --first;
      if (first > 0 && w_.Is(first - 1, d_.yawm) && w_.Adjacent(first - 1, first)) --first;
    }
    return first;
  }
  // A day of the month written as an ordinal at token i ("العاشر"، "الخامس
  // عشر"، "الحادي والعشرين"), also after a و glued to it ("والخامس", the
  // second of two days); sets *last to its last token. 0 if none.
  int OrdinalDay(size_t i, size_t* last) const {
    *last = i;
    const std::string_view k = w_.KeyAt(i);
    std::string_view bare = d_.WithoutConjunction(k);
    std::string defined;  // "الموافق للتاسع من شهر ذي القعدة": لل is ل before ال
    if (AfterMuwafiq(i) && !(defined = LeadingClitics::Get().LilAsAl(k)).empty()) bare = defined;
    if (int u = d_.ordinal_units.Get(bare); u > 0 && w_.Adjacent(i, i + 1))
      if (int t = d_.ordinal_tens.Get(w_.KeyAt(i + 1)); t > 0 && t + u <= 31) {
        *last = i + 1;
        return t + u;
      }
    return d_.ordinals.Get(bare);
  }
  // A day of the month at token i: a number of one or two digits, or an
  // ordinal (OrdinalDay); sets *last to its last token. 0 if none.
  int DayNumber(size_t i, size_t* last) const {
    *last = i;
    if (w_.IsNumber(i)) {
      // An English ordinal's letters written onto it: "3rd", "21st".
      if (i + 1 < w_.size() && w_.SpanOf(i + 1).begin == w_.SpanOf(i).end && d_.en_ordinal.Has(w_.Key(i + 1)))
        *last = i + 1;
      return w_.Key(i).size() <= 2 ? w_.SmallInt(i) : 0;
    }
    return OrdinalDay(i, last);
  }
  bool OnlyNumbers(size_t from, size_t to) const {
    for (size_t j = from; j < to; ++j)
      if (!w_.IsNumber(j)) return false;
    return true;
  }
  // A date written in full, or a day of a month, begins at token j ("27
  // يوليو", "28 من يوليو", "الثامن من شهر ذي القعدة", "10 جمادى الآخر").
  bool DateAt(size_t j) const {
    if (MatchWrittenDate(w_.at.tokens, j, w_.u32) || ParseHijri(j)) return true;
    size_t last;
    return DayNumber(j, &last) > 0 && MonthAfterDay(w_, last + 1);
  }

  void Emit(size_t first, size_t last, const std::string& value, const char* anchor) {
    Fact f;
    f.kind = FactKind::kDate;
    f.span = Span{w_.SpanOf(first).begin, w_.SpanOf(last).end};
    // A month's other name in parentheses ends the date: its closing mark
    // is the date's too ("15 فبراير (شباط)", not "15 فبراير (شباط"); a day
    // in them begins it.
    int open = 0;
    for (uint32_t c = f.span.begin; c < f.span.end; ++c) open += w_.u32[c] == U'(' ? 1 : w_.u32[c] == U')' ? -1 : 0;
    if (open == 1 && f.span.end < w_.u32.size() && w_.u32[f.span.end] == U')') ++f.span.end;
    if (open == -1 && f.span.begin > 0 && w_.u32[f.span.begin - 1] == U'(') --f.span.begin;  // "(28) من رمضان"
    f.text = w_.Text(f.span);
    f.value = value;
    f.anchor = anchor;
    out_->push_back(std::move(f));
  }
  // Whether the last date given names a Hijri month ("5 رمضان 1436").
  bool LastDateIsHijri() const {
    for (auto f = out_->rbegin(); f != out_->rend(); ++f) {
      if (f->kind != FactKind::kDate) continue;
      int words;
      for (size_t t = w_.FirstTokenFrom(f->span.begin); t < w_.size() && w_.SpanOf(t).end <= f->span.end; ++t)
        if (HijriMonthAt(w_, t, &words) > 0) return true;
      return false;
    }
    return false;
  }
  // A date relative to the article's anchor; unresolved without one.
  void EmitRelative(size_t first, size_t last, const std::optional<Ymd>& value) {
    Emit(first, last, value ? IsoOf(*value) : std::string(), value ? anchor_.kind : "");
  }
  void EmitDay(size_t first, size_t last, std::optional<int64_t> day, const char* anchor) {
    if (!day) {
      Emit(first, last, "", "");
      return;
    }
    Emit(first, last, IsoOf(CivilFromDays(*day)), anchor);
    previous_ = *day;
    days_.push_back(*day);
  }

  // Token i (اليوم) right after في (وفي): a day, not today. So many a day
  // ("3.3 مليون برميل في اليوم"، "أكثر من كوب في اليوم"، "مليار قدم مكعبة
  // قياسية في اليوم"), or a day that words after it name ("في اليوم الحادي
  // عشر"، "في اليوم العظيم"); news says today without في. (The same day and
  // the next are read by the caller.)
  bool AfterFi(size_t i) const {
    if (i == 0 || !w_.Adjacent(i - 1, i)) return false;
    std::string_view k = w_.Key(i - 1);
    if (BeginsWith(k, d_.wa)) k.remove_prefix(d_.wa.size());
    return k == d_.fi;
  }

  // Token i a newspaper's name, not a day: alone in quotation marks or
  // parentheses right after the preposition لـ ("قال لـ(اليوم)"), or alone
  // in quotation marks anywhere ("حصلت «اليوم» على نسخة"، "قامت «اليوم»
  // بجولة"). Alone in parentheses, or in quotation marks after a day's
  // word, it is the day that word means ("غدا (اليوم)"، "غدًا «اليوم»").
  bool QuotedTitle(size_t i) const {
    if (i == 0 || !AloneInMarks(w_, i, i, /*apostrophe=*/true)) return false;
    if (w_.Is(i - 1, d_.li)) return true;
    if (const std::string_view k = w_.Key(i - 1); d_.tomorrow.Has(k) || d_.yesterday.Has(k)) return false;
    for (char32_t c : w_.Gap(i - 1, i))
      if (IsQuotationMark(c)) return true;
    return false;
  }

  // A day `count` days from the anchor (اليوم 0، أمس -1، غدا 1) from token
  // first to last, and the weekday that may follow it ("اليوم الأربعاء",
  // "أمس (الثلاثاء)"), which then says the day: the latest such weekday on or
  // before the day after the one counted (a report published after midnight,
  // or copied a day or more later, still says "اليوم الأربعاء"); the day the
  // article was written is then that day minus the count (told_days_).
  // Returns the next token.
  size_t EmitNamedDay(size_t first, size_t last, int count) {
    std::optional<int64_t> day;
    if (anchor_.day) day = *anchor_.day + count;
    const size_t j = last + 1;
    const int wd = d_.weekdays.Get(w_.KeyAt(j), -1);
    bool paren = false, named = wd >= 0;
    for (char32_t c : named ? w_.Gap(last, j) : std::u32string_view()) {
      if (c == U'(' && !paren) {
        paren = true;
      } else if (!(c <= 0x20 || c == 0xA0 || (c >= 0x200B && c <= 0x200F))) {  // a line break too
        named = false;
      }
    }
    const uint32_t end = named ? w_.SpanOf(j).end : 0;
    if (named && paren && (end >= w_.u32.size() || w_.u32[end] != U')')) named = false;
    if (named) {
      if (day) {
        *day = LatestWeekday(*day + 1, wd);
        told_days_.push_back(*day - count);
      }
      last = j;
    }
    EmitDay(first, last, day, anchor_.kind);
    if (named && paren) {
      out_->back().span.end = end + 1;
      out_->back().text = w_.Text(out_->back().span);
    }
    return last + 1;
  }

  // Tokens a and b are separated by one slash (or with `dash`, one slash,
  // hyphen or dash) and spaces ("10/12"، "٢ / ١٠"، "1436 - 1437").
  bool SlashBetween(size_t a, size_t b, bool dash = false) const {
    int slashes = 0;
    for (char32_t c : w_.Gap(a, b)) {
      if (c == U'/' || (dash && (c == U'-' || c == 0x2013 || c == 0x2014))) {
        ++slashes;
      } else if (!(c == U' ' || c == 0xA0)) {
        return false;
      }
    }
    return slashes == 1;
  }
  // "يوم الثلاثاء 10/12"، "السبت ٢ / ١٠"، "يوم الأربعاء 20 /10": a weekday
  // (token wi; the phrase begins at i) before two numbers that are a day and
  // a month without a year, in either order and either calendar (Saudi
  // notices write Hijri days so: 12 Shawwal, "10/12"). The weekday says
  // which: of the readings (Gregorian or Hijri, day/month or month/day, each
  // in a year within 120 days of the anchor) those that fall on that
  // weekday; a day when they are one, no value when they are none or
  // several. 0 when no such numbers follow (nor a year after them: "الأحد
  // 8/11/1436هـ" is another form's).
  size_t WeekdayAndNumbers(size_t i, size_t wi) {
    const size_t n1 = wi + 1, n2 = wi + 2;
    if (!w_.IsNumber(n1) || !w_.IsNumber(n2) || !w_.Adjacent(wi, n1) || !SlashBetween(n1, n2)) return 0;
    if (n2 + 1 < w_.size() && w_.IsNumber(n2 + 1) && SlashBetween(n2, n2 + 1)) return 0;
    const int x = w_.SmallInt(n1), y = w_.SmallInt(n2);
    if (x < 1 || y < 1 || x > 31 || y > 31) return 0;
    const int wd = d_.weekdays.Get(d_.WithoutConjunction(w_.KeyAt(wi)), -1);
    std::optional<int64_t> found;
    bool several = false;
    auto consider = [&](int64_t day) {
      if (std::llabs(day - *anchor_.day) > 120 || Weekday(day) != wd) return;
      if (found && *found != day) several = true;
      found = day;
    };
    if (anchor_.day) {
      const Ymd g = CivilFromDays(*anchor_.day);
      const std::optional<Ymd> h = GregorianToHijri(*anchor_.day);
      for (const auto& [day, month] : {std::pair{x, y}, std::pair{y, x}}) {
        if (month > 12) continue;
        for (int yr = g.y - 1; yr <= g.y + 1; ++yr)
          if (day <= DaysInMonth(yr, month)) consider(DaysFromCivil(yr, month, day));
        if (h && day <= 30)
          for (int yr = h->y - 1; yr <= h->y + 1; ++yr)
            if (auto d = HijriToGregorian(yr, month, day)) {
              // Day 30 of a month of 29 would roll over into the next: keep
              // only readings that come back to the same Hijri day.
              const int64_t days = DaysFromCivil(d->y, d->m, d->d);
              if (auto back = GregorianToHijri(days); back && back->d == day && back->m == month) consider(days);
            }
      }
    }
    if (found && !several) {
      EmitDay(i, n2, found, anchor_.kind);
    } else {
      Emit(i, n2, "", "");
    }
    return n2 + 1;
  }

  // English words of the future before token i in its sentence (within
  // ten words): 1 for "will" and "shall" (the days ahead), 2 for "would" (a
  // future told of the past: ahead of when it was said, which may be past),
  // 0 for none.
  int EnglishFuture(size_t i) const {
    for (size_t j = i; j > 0 && i - j < 10; --j) {
      if (w_.Gap(j - 1, j).find_first_of(U".!?\n:") != std::u32string_view::npos) break;
      const std::string_view k = w_.Key(j - 1);
      if (k == "will" || k == "shall") return 1;
      if (k == "would") return 2;
    }
    return 0;
  }

  // A verb in the future, before token i in its sentence and at most ten
  // words before: "سوف", or س before an imperfect whose form without it is
  // a frequent word ("سيلاقي": يلاقي; "ستعقد": تعقد; not "سيارة"). Not a
  // future in the past: "كان الانتحاري يعلم سلفا أنهم سيؤدون صلاة الظهر".
  bool FutureBefore(size_t i) const {
    static const std::u32string_view kEnds = U".!?؟\n:";
    auto sentence_ends = [&](size_t j) {  // between tokens j - 1 and j
      return w_.Gap(j - 1, j).find_first_of(kEnds) != std::u32string_view::npos;
    };
    auto future = [&](std::string_view k) {
      if (k == d_.sawfa) return true;
      if (!BeginsWith(k, d_.sin) || d_.not_future.Has(k)) return false;
      const std::string_view verb = k.substr(d_.sin.size());
      if (CountCodePoints(verb) < 3 || WordCluster(verb) < 0) return false;
      for (const std::string& prefix : d_.imperfect)
        if (BeginsWith(verb, prefix)) return true;
      return false;
    };
    for (size_t j = i; j > 0 && i - j < 10 && !sentence_ends(j); --j) {
      if (!future(d_.WithoutConjunction(w_.Key(j - 1)))) continue;
      for (size_t b = j - 1; b > 0 && j - 1 - b < 6 && !sentence_ends(b); --b)
        if (d_.was.Has(d_.WithoutConjunction(w_.Key(b - 1)))) return false;
      return true;
    }
    return false;
  }

  // A direction word: الماضي/الفائت/المنصرم -1, الجاري/الحالي/هذا 0, المقبل/القادم +1.
  std::optional<int> Direction(std::string_view k) const {
    if (d_.past.Has(k)) return -1;
    if (d_.now.Has(k)) return 0;
    if (d_.next.Has(k)) return 1;
    return std::nullopt;
  }

  // The year a month is of, said in words after it ("يونيو من العام
  // الماضي"، "رمضان من العام الحالي"، "مايو في العام المقبل"، "أبريل من هذا
  // العام") at token k: its direction from the anchor's year, and *last, the
  // phrase's last token. Nothing across punctuation.
  std::optional<int> YearInWords(size_t k, size_t* last) const {
    const size_t from = k;
    if (w_.Is(k, d_.min) || w_.Is(k, d_.fi)) ++k;
    std::optional<int> dir;
    if (w_.Is(k, d_.hadha) && d_.year.Has(w_.KeyAt(k + 1))) {
      dir = 0;
      ++k;
    } else if (d_.year.Has(w_.KeyAt(k))) {
      dir = Direction(w_.KeyAt(++k));
    }
    if (!dir || k >= w_.size() || from == 0) return std::nullopt;
    for (size_t j = from - 1; j < k; ++j)
      if (!w_.Adjacent(j, j + 1)) return std::nullopt;
    *last = k;
    return dir;
  }

  // "1 ربيع الأول 1439 هـ", "ربيع الأول 1439", "10 شوال الجاري", "رمضان المقبل".
  struct HijriDate {
    size_t first, last;
    int year, month, day;  // day 0: the month; year 0: the direction's
    int direction;
    bool nearest = false;  // no year and no direction: the occurrence nearest the anchor
    bool of_year = false;  // the direction is the year's ("من العام الماضي"), not the month's
  };
  std::optional<HijriDate> ParseHijri(size_t i) const {
    int day = 0, words = 0;
    size_t j = i;
    if (int n = DayNumber(i, &j); n >= 1 && n <= 30) {
      day = n;  // "10 شوال"، "العاشر من شهر شوال"، "الثامن والعشرين من رمضان"
      ++j;
    } else {
      j = i;
    }
    if (day > 0 && w_.Is(j, d_.min)) ++j;
    if (day > 0 && w_.Is(j, d_.shahr)) ++j;
    int month = HijriMonthAt(w_, j, &words);
    if (month == 0) return std::nullopt;
    size_t yi = j + words;
    const size_t first = day > 0 ? i : j;
    if (auto dir = Direction(w_.KeyAt(yi))) return HijriDate{first, yi, 0, month, day, *dir};
    if (size_t last; auto dir = YearInWords(yi, &last)) return HijriDate{first, last, 0, month, day, *dir, false, true};
    // The year, also after its word: "16 رمضان عام 1395هـ"، "3 شوال سنة
    // 1420"، "محرم من عام 1400هـ" (which had been read as this year's).
    size_t y_at = yi;
    if (w_.Is(y_at, d_.min) && d_.HasWithClitic(d_.year_words, w_.KeyAt(y_at + 1))) ++y_at;
    if (d_.HasWithClitic(d_.year_words, w_.KeyAt(y_at)) && w_.IsNumber(y_at + 1)) ++y_at;
    if (w_.IsNumber(y_at) && w_.Number(y_at) >= 1300 && w_.Number(y_at) <= 1600) {
      size_t last = d_.hijri_mark.Has(w_.KeyAt(y_at + 1)) ? y_at + 1 : y_at;
      return HijriDate{first, last, w_.SmallInt(y_at), month, day, 0};
    }
    // "يوم الأربعاء 13 شوال": a day and a month, in the year nearest the
    // anchor (Hijri()); not before a year we do not read, in digits ("22
    // شعبان 492هـ") or words ("من العام المقبل"), and not صفر, which is also
    // zero ("فاز 1 - صفر").
    const bool year_after = w_.IsNumber(yi) || y_at != yi;  // a year's word read above: "عام 492هـ"
    if (day == 0 || month == kSafar || year_after) return std::nullopt;
    return HijriDate{first, yi - 1, 0, month, day, 0, true};
  }
  size_t Hijri(size_t i) {
    auto h = ParseHijri(i);
    if (!h) return 0;
    const size_t first = WithWeekday(h->first);
    if (h->year > 0) return EmitHijri(first, h->last, h->year, h->month, h->day, "") ? h->last + 1 : 0;
    if (h->nearest)
      if (auto y = YearFromRangeEnd(h->last + 1, h->month, h->day, true))
        return EmitHijri(first, h->last, *y, h->month, h->day, kNextDate) ? h->last + 1 : 0;
    // No year: the anchor's Hijri year, or the one before or after it as the
    // direction says; with no direction either, the year that puts the day
    // nearest the anchor ("أمام الوحدة في 16 محرم", written in Shawwal: the
    // coming Muharram).
    std::optional<Ymd> now = anchor_.day ? GregorianToHijri(*anchor_.day) : std::nullopt;
    int year = now ? (h->of_year ? now->y + h->direction : YearFor(h->month, *now, h->direction)) : 0;
    if (now && h->nearest) {
      int64_t best = -1;
      for (int y = now->y - 1; y <= now->y + 1; ++y)
        if (auto g = HijriToGregorian(y, h->month, h->day)) {
          const int64_t gap = std::llabs(DaysFromCivil(g->y, g->m, g->d) - *anchor_.day);
          if (best < 0 || gap < best) {
            best = gap;
            year = y;
          }
        }
    }
    if (!now || !EmitHijri(first, h->last, year, h->month, h->day, anchor_.kind)) Emit(first, h->last, "", "");
    return h->last + 1;
  }
  // "عام 2014", "2014م", "1436هـ": a year, written so (a bare number may be
  // a count).
  size_t Year(size_t i) {
    if (!w_.IsNumber(i)) return 0;
    const int y = w_.SmallInt(i);
    if (y < 1000 || y > 2100) return 0;
    // "1436 / 1437هـ", "1437/1436هـ", "العام الدراسي 1436-1437": a season
    // across two Hijri years, the two of them (the later one alone was
    // read, or the two as a range of counts), marked as Hijri or after the
    // words of a year or a season.
    if (y >= 1300 && y <= 1600 && w_.IsNumber(i + 1) && std::abs(w_.SmallInt(i + 1) - y) == 1 &&
        SlashBetween(i, i + 1, true)) {
      const bool mark = w_.Adjacent(i + 1, i + 2) && d_.hijri_mark.Has(w_.KeyAt(i + 2));
      if (mark || (i > 0 && (d_.HasWithClitic(d_.year_words, w_.Key(i - 1)) || d_.season.Has(w_.Key(i - 1))))) {
        const int y0 = std::min(y, w_.SmallInt(i + 1));
        std::string v = HijriDays(y0, 1, y0 + 2, 1);
        if (v.empty()) return 0;
        Emit(i, mark ? i + 2 : i + 1, v, "");
        return mark ? i + 3 : i + 2;
      }
    }
    // "2015 - 2019م"، "موسم 2014/2015م"، "2016 - 2015م": two Gregorian
    // years with a dash or a slash between and the era's mark after the
    // second are the years from the earlier to the later (the first was
    // lost: the mark dated the second alone).
    if (y >= 1800 && y <= 2100 && w_.IsNumber(i + 1) && SlashBetween(i, i + 1, true) && w_.Adjacent(i + 1, i + 2) &&
        d_.ad_mark.Has(w_.KeyAt(i + 2))) {
      const int y1 = w_.SmallInt(i + 1);
      if (y1 >= 1800 && y1 <= 2100 && y1 != y && std::abs(y1 - y) <= 100) {
        Emit(i, i + 2, std::to_string(std::min(y, y1)) + "/" + std::to_string(std::max(y, y1)), "");
        return i + 3;
      }
    }
    const bool marked = w_.Adjacent(i, i + 1);
    if (marked && y >= 1300 && y <= 1600 && d_.hijri_mark.Has(w_.KeyAt(i + 1))) {
      std::string v = HijriDays(y, 1, y + 1, 1);
      if (v.empty()) return 0;
      Emit(i, i + 1, v, "");
      return i + 2;
    }
    if (marked && y >= 1800 && d_.ad_mark.Has(w_.KeyAt(i + 1))) {  // "1500م" is a race in metres
      Emit(i, i + 1, std::to_string(y), "");
      return i + 2;
    }
    if (i > 0 && d_.HasWithClitic(d_.year_words, w_.Key(i - 1))) {
      // "منذ إنشائه عام 1395", "التحق بالعمل عام 1428": without a mark, a
      // year from 1300 to the anchor's Hijri year (1450 without an anchor)
      // is Hijri; "عام 1492" and "عام 1391م" stay Gregorian years.
      const std::optional<Ymd> now = anchor_.day ? GregorianToHijri(*anchor_.day) : std::nullopt;
      if (y >= 1300 && y <= (now ? now->y + 1 : 1450) && !(marked && d_.ad_mark.Has(w_.KeyAt(i + 1)))) {
        std::string v = HijriDays(y, 1, y + 1, 1);
        if (v.empty()) return 0;
        Emit(i, i, v, "");
        return i + 1;
      }
      Emit(i, i, std::to_string(y), "");
      return i + 1;
    }
    return 0;
  }

  // A Hijri day as its Gregorian day, a Hijri month as the interval of its
  // Gregorian days; false if there is no such date.
  bool EmitHijri(size_t first, size_t last, int year, int month, int day, const char* anchor) {
    if (month < 1 || month > 12 || day < 0 || day > 30) return false;
    auto g = HijriToGregorian(year, month, day > 0 ? day : 1);
    if (!g) return false;
    if (day > 0) {
      EmitDay(first, last, DaysFromCivil(g->y, g->m, g->d), anchor);
      return true;
    }
    Emit(first, last, HijriDays(year, month, month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1), anchor);
    return true;
  }
  // The Gregorian days from the first of Hijri month m0 of y0 to the day
  // before the first of m1 of y1, as an ISO interval; "" if ICU refuses.
  static std::string HijriDays(int y0, int m0, int y1, int m1) {
    auto from = HijriToGregorian(y0, m0, 1), to = HijriToGregorian(y1, m1, 1);
    if (!from || !to) return "";
    return IsoOf(*from) + "/" + IsoOf(CivilFromDays(DaysFromCivil(to->y, to->m, to->d) - 1));
  }

  // A month and its year with words between that the written forms do not
  // read: its other name ("أكتوبر (تشرين الأول) 2013"، "تشرين الثاني
  // (نوفمبر) عام 2014"), the word for a year ("نوفمبر عام 2014"، "مايو من
  // العام 2014"), شهر before it ("شهر أبريل من العام 2010"). The month of
  // that year; 0 when token i begins none.
  size_t MonthAndYear(size_t i) {
    size_t j = w_.Is(i, d_.shahr) ? i + 1 : i;
    int words = 0;
    const int month = j < w_.size() && !IsIbb(j) ? MonthFromKey(w_.Key(j), w_.KeyAt(j + 1), &words) : 0;
    if (month == 0) return 0;
    const size_t end = PastOtherName(j + words - 1, month);
    size_t y_at = end + 1;
    if (w_.Is(y_at, d_.min) && d_.year_words.Has(w_.KeyAt(y_at + 1))) ++y_at;
    const bool year_word = d_.HasWithClitic(d_.year_words, w_.KeyAt(y_at));  // also "لعام 2008"
    if (year_word) ++y_at;
    if (!year_word && y_at == end + 1 && end == j + words - 1) return 0;  // "نوفمبر 2014": the written forms'
    if (!w_.IsNumber(y_at) || w_.Key(y_at).size() != 4) return 0;
    const int y = w_.SmallInt(y_at);
    if (y < 1800 || y > 2100) return 0;
    for (size_t k = j; k < y_at; ++k)
      for (char32_t c : w_.Gap(k, k + 1))
        if (c != U' ' && c != 0xA0 && c != U'(' && c != U')' && c != U'/') return 0;
    const size_t last = w_.Adjacent(y_at, y_at + 1) && d_.ad_mark.Has(w_.KeyAt(y_at + 1)) ? y_at + 1 : y_at;  // "2014م"
    Emit(i, last, IsoOf(Ymd{y, month, 0}), "");
    written_ = MonthOfYear{y, month, out_->back().span.end};
    return last + 1;
  }

  // Token t's first letter as written: 1 a Latin capital, -1 a Latin small
  // letter, 0 any other ("may" is a verb, "May" a month).
  // (Read from the code points: Words::Text makes a string, which a view
  // would outlive.)
  int LatinCase(size_t t) const {
    const Span s = w_.SpanOf(t);
    if (s.end <= s.begin || s.begin >= w_.u32.size()) return 0;
    const char32_t c = w_.u32[s.begin];
    return c >= U'A' && c <= U'Z' ? 1 : c >= U'a' && c <= U'z' ? -1 : 0;
  }
  // Token i an English month (capitalised) with a day after it: the month.
  int EnglishMonthBeforeDay(size_t i) const {
    if (i + 1 >= w_.size() || !w_.IsNumber(i + 1) || LatinCase(i) != 1) return 0;
    int words = 0;
    const int month = MonthFromKey(w_.Key(i), w_.KeyAt(i + 1), &words);
    if (month == 0) return 0;
    for (char32_t c : w_.Gap(i, i + 1))
      if (c != U' ' && c != 0xA0 && !(c == U'.' && IsShortEnglishMonth(w_.Key(i)))) return 0;
    return month;
  }
  // An English month before its day, as wire copy writes it: "November 3",
  // "Nov. 3", "Nov 3rd" (with its year, MatchWrittenDate read it), and a
  // period of days: "November 3-5", "Nov. 3-5, 2015" (2015-11-03/2015-11-05),
  // "between Nov. 10 and 12". Without a year, the day is the one nearest the
  // anchor, as DayOfMonth reads "19 نوفمبر".
  size_t EnglishMonthDay(size_t i) {
    const int month = EnglishMonthBeforeDay(i);
    if (month == 0) return 0;
    auto comma_or_space = [&](size_t a) {  // only those between tokens a and a + 1
      for (char32_t c : w_.Gap(a, a + 1))
        if (c != U' ' && c != 0xA0 && c != U',') return false;
      return true;
    };
    // A weekday before it is the same day's: "on Tuesday, Nov. 3".
    size_t first = i;
    if (i > 0 && d_.en_weekdays.Get(w_.Key(i - 1), -1) >= 0 && comma_or_space(i - 1)) first = i - 1;
    size_t last;
    const int day = DayNumber(i + 1, &last);
    if (day < 1 || day > 31) return 0;
    // The period's last day: after a dash alone ("3-5", "3–5"), or a word of
    // "to" after "from" or "between" ("between Nov. 10 and 12").
    int end_day = 0;
    size_t k = RangeEndAfterDash(w_, last);
    if (k == 0 && first == i) k = RangeEndAfterWord(w_, i, last, true);
    if (k != 0) {
      size_t end_last;
      end_day = DayNumber(k, &end_last);
      if (end_day > day && end_day <= 31) last = end_last;
      else end_day = 0;
    }
    // A year after a comma: "Nov. 3-5, 2015".
    std::optional<int> year;
    if (last + 1 < w_.size() && w_.IsNumber(last + 1) && w_.Key(last + 1).size() == 4) {
      const int y = w_.SmallInt(last + 1);
      if (comma_or_space(last) && y >= 1800 && y <= 2100) {
        year = y;
        ++last;
      }
    }
    const int last_day = end_day > 0 ? end_day : day;
    int y = 0;
    const char* anchor = "";
    if (year) {
      y = *year;
    } else if (anchor_.day) {
      y = NearestYear(month, day, *anchor_.day, last_day);
      anchor = anchor_.kind;
    }
    if (y != 0 && last_day > DaysInMonth(y, month)) return 0;
    std::string value;
    if (y != 0) {
      value = IsoOf(Ymd{y, month, day});
      if (end_day > 0) value += "/" + IsoOf(Ymd{y, month, end_day});
    }
    if (end_day == 0 && y != 0) {
      EmitDay(first, last, DaysFromCivil(y, month, day), anchor);
    } else {
      Emit(first, last, value, y != 0 ? anchor : "");
    }
    return last + 1;
  }

  // "الثامن من نوفمبر الجاري", "14 من الشهر الماضي", "19 نوفمبر" (no year).
  size_t DayOfMonth(size_t i) {
    size_t day_last;
    const int day = DayNumber(i, &day_last);
    int words = 0;  // كانون الثاني، تشرين الأول: the ordinal is the month's
    if (day > 0 && !w_.IsNumber(i) && i > 0 && MonthFromKey(d_.WithoutConjunction(w_.Key(i - 1)), w_.Key(i), &words) > 0 && words == 2) return 0;
    if (day < 1 || day > 31) return 0;
    // An ordinal is a day only with its month in the same phrase: "الدور
    // الثالث (اكتوبر 2016 - نوفمبر 2016)" is a third round.
    if (!w_.IsNumber(i) && !w_.Adjacent(day_last, day_last + 1)) return 0;
    size_t j = day_last + 1;
    if (w_.Is(j, d_.min) || (day_last > i && w_.Is(j, d_.en_of))) ++j;  // "28 من يوليو", "the 4th of November"
    if (w_.Is(j, d_.shahr) && j > day_last + 1) ++j;  // "27 من شهر يوليو"
    if (j >= w_.size()) return 0;
    int month = IsIbb(j) ? 0 : MonthFromKey(w_.Key(j), w_.KeyAt(j + 1), &words);
    std::optional<int> dir, year_dir;  // the month's direction ("يوليو الماضي"), the year's ("من العام الماضي")
    size_t last;
    // "في 25 من الشهر نفسه", "the 25th of the same month": of the month of
    // the date just given (its last token).
    size_t same_end = 0;
    if (w_.Is(j, d_.al_shahr) && j > day_last + 1 && d_.same_day.Has(w_.KeyAt(j + 1)))
      same_end = j + 1;
    else if (w_.Is(j, d_.en_the) && w_.KeyAt(j + 1) == "same" && w_.KeyAt(j + 2) == "month")
      same_end = j + 2;
    if (month > 0) {
      last = j + words - 1;
      // "26 شباط (فبراير) 2016"، "30 حزيران/يونيو الماضي": the month's other
      // name, then what follows it.
      last = PastOtherName(last, month);
      dir = Direction(w_.KeyAt(last + 1));
      // The year, also after عام: "26 فبراير (شباط) عام 2016", "17 نوفمبر
      // من عام 1869م".
      const size_t w_at = w_.Is(last + 1, d_.min) && d_.year_words.Has(w_.KeyAt(last + 2)) ? last + 2 : last + 1;
      const size_t y_at = d_.year_words.Has(w_.KeyAt(w_at)) ? w_at + 1 : last + 1;
      size_t year_last;
      if (dir) {
        ++last;
      } else if ((year_dir = YearInWords(last + 1, &year_last))) {
        last = year_last;  // "21 يوليو من العام الحالي"
      } else if (w_.IsNumber(y_at) && w_.Key(y_at).size() == 4 && w_.Number(y_at) >= 1800 && w_.Number(y_at) <= 2100) {
        // "14 من نوفمبر 2017", "17 نوفمبر العام 1869": the year is given.
        int y = w_.SmallInt(y_at);
        if (day > DaysInMonth(y, month)) return 0;
        const size_t y_last = w_.Adjacent(y_at, y_at + 1) && d_.ad_mark.Has(w_.KeyAt(y_at + 1)) ? y_at + 1 : y_at;  // "1869م"
        EmitDay(WithWeekday(First(i)), y_last, DaysFromCivil(y, month, day), "");
        written_ = MonthOfYear{y, month, out_->back().span.end};
        return y_last + 1;
      } else if (auto y = YearFromRangeEnd(last + 1, month, day, false)) {
        if (day > DaysInMonth(*y, month)) return 0;
        EmitDay(WithWeekday(First(i)), last, DaysFromCivil(*y, month, day), kNextDate);
        return last + 1;
      } else if (Scheduled(i)) {
        dir = 1;  // "سينتخب بديلا له في 26 فبراير" in July: what is planned is ahead
      }
    } else if (same_end != 0) {
      // Unresolved without a date before it.
      std::optional<int64_t> value;
      if (previous_ && LastDateIsHijri()) {
        // After a Hijri date the month is the Hijri one ("17 شوال وحتى 28
        // من الشهر نفسه"); a 30th the month lacks falls in the next: none.
        const std::optional<Ymd> h = GregorianToHijri(*previous_);
        const std::optional<Ymd> g = h && day <= 30 ? HijriToGregorian(h->y, h->m, day) : std::nullopt;
        const std::optional<Ymd> back = g ? GregorianToHijri(DaysFromCivil(g->y, g->m, g->d)) : std::nullopt;
        if (g && back && back->m == h->m) value = DaysFromCivil(g->y, g->m, g->d);
      } else if (previous_) {
        const Ymd p = CivilFromDays(*previous_);
        if (day > DaysInMonth(p.y, p.m)) return 0;
        value = DaysFromCivil(p.y, p.m, day);
      }
      EmitDay(WithWeekday(First(i)), same_end, value, "previous date");
      return same_end + 1;
    } else if (w_.Is(j, d_.al_shahr) && (dir = Direction(w_.KeyAt(j + 1)))) {
      last = j + 1;  // "14 من الشهر الماضي"
    } else if (w_.Is(j, d_.hadha) && w_.KeyAt(j + 1) == d_.al_shahr) {
      dir = 0;
      last = j + 1;
    } else if (j == day_last + 1 && w_.IsNumber(i) && d_.this_month.Has(w_.Key(j))) {
      dir = 0;  // "في 12 الجاري": of this month (not "الـ12 الماضية", hours or years)
      last = j;
    } else {
      return 0;
    }
    if (j == day_last + 1 && month == 0 && last != j) return 0;
    if (i > 0 && d_.HasWithClitic(d_.named_after, w_.Key(i - 1))) return last + 1;  // قوى 8 آذار: a name
    // The same month just given with its year, in the same sentence.
    if (month > 0 && !dir && !year_dir && written_ && written_->m == month && SameSentence(written_->end, i)) {
      if (day > DaysInMonth(written_->y, month)) return 0;
      EmitDay(WithWeekday(First(i)), last, DaysFromCivil(written_->y, month, day), "previous date");
      return last + 1;
    }
    if (!anchor_.day) {
      Emit(WithWeekday(First(i)), last, "", "");
      return last + 1;
    }
    Ymd a = CivilFromDays(*anchor_.day);
    int y = a.y, m;
    if (month > 0) {
      m = month;
      y = year_dir ? a.y + *year_dir : dir ? YearFor(m, a, *dir) : a.y;
      if (!dir && !year_dir)  // no direction: the year that puts the date nearest the anchor
        if (const int nearest = NearestYear(m, day, *anchor_.day)) y = nearest;
    } else {
      const Ymd shifted = AddMonths(a, *dir);
      m = shifted.m;
      y = shifted.y;
    }
    if (day > DaysInMonth(y, m)) return 0;
    EmitDay(WithWeekday(First(i)), last, DaysFromCivil(y, m, day), anchor_.kind);
    return last + 1;
  }

  // No sentence ends between code point `from` and token i.
  bool SameSentence(uint32_t from, size_t i) const {
    const uint32_t to = w_.SpanOf(i).begin;
    if (from > to || to - from > 300) return false;
    for (uint32_t c = from; c < to; ++c)
      if (EndsSentence(w_.u32[c])) return false;
    return true;
  }
  // آب (August) and the Yemeni city إب share a match key; the city is
  // written with its hamza below ("محافظة إب العام الماضي").
  bool IsIbb(size_t j) const { return w_.Key(j) == d_.aab && w_.Text(w_.SpanOf(j)) == "إب"; }
  // The last token of month `month` ending at token last, past its other
  // name if that follows ("26 شباط (فبراير)"، "سبتمبر أيلول"، "حزيران/يونيو").
  size_t PastOtherName(size_t last, int month) const {
    int other = 0;
    return MonthFromKey(w_.KeyAt(last + 1), w_.KeyAt(last + 2), &other) == month ? last + other : last;
  }

  // "الـ14": the article before a day number belongs to the date.
  size_t First(size_t i) const {
    if (i > 0 && w_.IsNumber(i) && w_.Is(i - 1, d_.al)) {
      for (char32_t c : w_.Gap(i - 1, i))
        if (c != 0x0640) return i;
      return i - 1;
    }
    return i;
  }

  // "شهر أكتوبر الماضي", "نوفمبر الجاري", "الشهر الماضي".
  size_t MonthRelative(size_t i) {
    size_t j = i;
    if (w_.Is(j, d_.shahr)) ++j;
    int words = 0;
    int month = j < w_.size() && !IsIbb(j) ? MonthFromKey(w_.Key(j), w_.KeyAt(j + 1), &words) : 0;
    if (month > 0) {
      // The month's other name between: "سبتمبر أيلول من العام الماضي".
      const size_t end = PastOtherName(j + words - 1, month);
      size_t last = end + 1;  // "ديسمبر (كانون الأول) الماضي"
      auto dir = Direction(w_.KeyAt(last));
      std::optional<int> year_dir;
      if (!dir && !(year_dir = YearInWords(end + 1, &last))) return MonthAlone(i, j, month, end, false);
      std::optional<Ymd> v;
      if (anchor_.day) {
        Ymd a = CivilFromDays(*anchor_.day);
        v = Ymd{year_dir ? a.y + *year_dir : YearFor(month, a, *dir), month, 0};
      }
      EmitRelative(i, last, v);
      return last + 1;
    }
    if (w_.Is(i, d_.al_shahr)) {
      auto dir = Direction(w_.KeyAt(i + 1));
      if (!dir) return 0;
      std::optional<Ymd> v;
      if (anchor_.day) v = AddMonths(CivilFromDays(*anchor_.day), *dir);
      EmitRelative(i, i + 1, v);
      return i + 2;
    }
    return 0;
  }

  // A month alone ("وقع في يوليو"، "خلال شهر مايو"، "منذ مارس"، "خلال شهر
  // رمضان المبارك"), after a preposition or شهر (token i; the month's name
  // is tokens j to end): of the year of the same month written with its
  // year earlier in the sentence, or of the anchor's year in the month's
  // calendar (below); after منذ ("since"), the latest before the anchor's
  // month ("منذ أغسطس" in August is a year ago). Not a month of every year
  // ("في يوليو من كل عام"), and not before a year or a number (a day or a
  // year the other forms read, or do not: "(آذار) من العام الماضي" across
  // the parenthesis).
  size_t MonthAlone(size_t i, size_t j, int month, size_t end, bool hijri) {
    const size_t k = w_.Is(end + 1, d_.min) || w_.Is(end + 1, d_.fi) ? end + 2 : end + 1;  // "من العام الماضي"
    if (w_.IsNumber(end + 1) || w_.Is(k, d_.kull) || d_.HasWithClitic(d_.year_words, w_.KeyAt(k))) return 0;
    const std::string_view before = i > 0 && w_.Adjacent(i - 1, i) ? d_.WithoutConjunction(w_.Key(i - 1)) : "";
    const bool prep = d_.month_preps.Has(before);
    if (!prep && j == i) return 0;
    if (LatinCase(j) == -1) return 0;  // an English month is capitalised ("may" is a verb)
    // "في اب" is the Yemeni governorate إب as often as August.
    if (j == i && !hijri && w_.Key(j) == d_.aab && w_.Text(w_.SpanOf(j)) != "آب") return 0;
    if (!hijri && written_ && written_->m == month && SameSentence(written_->end, i)) {
      Emit(i, end, IsoOf(Ymd{written_->y, month, 0}), "previous date");
      return end + 1;
    }
    const std::optional<Ymd> a = !anchor_.day ? std::nullopt
                                 : hijri      ? GregorianToHijri(*anchor_.day)
                                              : std::optional<Ymd>(CivilFromDays(*anchor_.day));
    if (!a) {
      Emit(i, end, "", "");
      return end + 1;
    }
    // The anchor's year: a month before the anchor's is the past one, one
    // after it the coming one when words of the future say so. Left
    // unresolved are a month after the anchor's without them (the coming
    // one, or last year's) and a month before it with them (next year's,
    // or "أعلن أنه سيترك منصبه في يونيو": a future said in the past). After
    // منذ, the latest before.
    // In English, "will" says the days ahead: a month before the anchor's
    // is next year's ("elections will be held in March").
    const int en_future = LatinCase(j) == 1 ? EnglishFuture(i) : 0;
    const bool future = FutureBefore(i) || Scheduled(i) || d_.until.Has(before) || en_future != 0;
    std::optional<int> y;
    if (prep && (w_.Is(i - 1, d_.mundhu) || w_.Is(i - 1, d_.since))) y = month < a->m ? a->y : a->y - 1;
    else if (en_future == 1 && month < a->m) y = a->y + 1;
    else if (month == a->m || (month < a->m) != future) y = a->y;
    if (!y) Emit(i, end, "", "");
    else if (!hijri) Emit(i, end, IsoOf(Ymd{*y, month, 0}), anchor_.kind);
    else if (!EmitHijri(i, end, *y, month, 0, anchor_.kind)) Emit(i, end, "", "");
    return end + 1;
  }
  // A Hijri month alone at token i (MonthAlone), or after شهر or with an
  // epithet before its direction ("شهر رمضان المبارك الماضي"). Muharram, Safar and Rajab only
  // after شهر: alone they are also "forbidden", zero and a name (رجب طيب
  // أردوغان).
  size_t HijriMonthAlone(size_t i) {
    const size_t j = w_.Is(i, d_.shahr) ? i + 1 : i;
    int words = 0;
    const int month = HijriMonthAt(w_, j, &words);
    if (month == 0 || (j == i && (month == 1 || month == kSafar || month == 7))) return 0;
    if (ParseHijri(j)) return 0;  // "شهر رمضان من هذا العام": Hijri() reads it from the month
    size_t end = j + words - 1;
    while (d_.epithets.Has(w_.KeyAt(end + 1))) ++end;
    if (auto dir = Direction(w_.KeyAt(end + 1))) {  // "شهر رمضان الماضي"
      std::optional<Ymd> now = anchor_.day ? GregorianToHijri(*anchor_.day) : std::nullopt;
      if (!now || !EmitHijri(i, end + 1, YearFor(month, *now, *dir), month, 0, anchor_.kind)) Emit(i, end + 1, "", "");
      return end + 2;
    }
    return MonthAlone(i, j, month, end, true);
  }

  // Token j names a day in the genitive after يوم: a weekday, yesterday, a
  // number, or a definite word ("يوم الراحة"، "يوم التأسيس").
  bool DayNamedAfter(size_t j) const {
    if (j >= w_.size() || !w_.Adjacent(j - 1, j)) return false;
    const std::string_view k = w_.Key(j);
    return w_.IsNumber(j) || d_.weekdays.Get(k, -1) >= 0 || d_.yesterday.Has(k) ||
           (k.size() > d_.al.size() && BeginsWith(k, d_.al));
  }

  // Token j a day of a month that the rules did not read ("يوم الأحد 13 أو
  // 20 أيلول"، "يوم الخميس 5 من ذوي القعدة"، "يوم الخميس 12 من الشهر ذاته"):
  // that day, not the weekday's nearest, is meant.
  bool DayOfMonthAfter(size_t j) const {
    if (!w_.IsNumber(j) || !w_.Adjacent(j - 1, j)) return false;
    const int n = w_.SmallInt(j);
    if (n < 1 || n > 31) return false;
    const std::string_view k = w_.KeyAt(j + 1);
    return k == d_.min || k == d_.aw || k == d_.al_shahr || MonthAfterDay(w_, j + 1);
  }

  // اليوم (الأحد)، أمس، أول أمس، غدا، يوم الأحد، العام الماضي، الأيام الثلاثة
  // الفائتة، بعد يوم واحد، قبل ثلاثة أيام.
  size_t Relative(size_t i) {
    const std::string_view k = d_.WithoutConjunction(w_.Key(i));
    const auto& a = anchor_.day;
    auto shifted = [&](int64_t n) { return a ? std::optional<int64_t>(*a + n) : std::nullopt; };
    if (size_t n = English(i, a)) return n;
    const bool titled = (i > 0 && d_.HasWithClitic(d_.titles, w_.Key(i - 1))) ||  // عين اليوم، صحيفة الغد
                        QuotedTitle(i);                                             // قال لـ«اليوم»
    if (k == d_.today) {
      std::string_view nk = w_.KeyAt(i + 1);
      if (d_.day_names.Has(nk) || d_.ordinals.Get(nk) > 0) return i + 2;  // اليوم الوطني، اليوم الأول
      const bool weekday = d_.weekdays.Get(nk, -1) >= 0;  // "تتجه أنظار العالم اليوم الخميس": today
      if (titled || (i > 0 && !weekday && k == w_.Key(i) && (d_.not_today.Has(w_.Key(i - 1)) ||
                                                            (AfterFi(i) && !d_.same_day.Has(nk) && !d_.next_day.Has(nk)))))
        return i + 1;
      // "في مثل هذا اليوم من أغسطس 1990": the same day of another year, not today.
      if (i > 1 && k == w_.Key(i) && w_.Is(i - 1, d_.hadha) && w_.Is(i - 2, d_.mithl)) return i + 1;
      if (i > 0 && k == w_.Key(i) && d_.that_day.Has(w_.Key(i - 1)) && w_.Adjacent(i - 1, i)) {
        EmitDay(i - 1, i, previous_, "previous date");  // في ذلك اليوم: the date just given
        return i + 1;
      }
      if (d_.next_day.Has(nk) || d_.same_day.Has(nk)) {
        // "في اليوم التالي", "اليوم نفسه": after the date just given.
        std::optional<int64_t> day;
        if (previous_) day = *previous_ + (d_.next_day.Has(nk) ? 1 : 0);
        EmitDay(i, i + 1, day, "previous date");
        return i + 2;
      }
      return EmitNamedDay(i, i, 0);
    }
    if (d_.yesterday.Has(k)) {
      if (w_.Is(i + 1, d_.al_haja)) return i + 2;  // في أمس الحاجة
      // أمس، أول أمس، أول من أمس، أمس الأول; البارحة الأولى (the night before
      // last, as the Gulf's papers write it: 66 times on SaudiNewsNet).
      if (i > 0 && w_.Is(i - 1, d_.awwal) && w_.Adjacent(i - 1, i)) return EmitNamedDay(i - 1, i, -2);
      if (i > 1 && w_.Is(i - 1, d_.min) && w_.Is(i - 2, d_.awwal) && w_.Adjacent(i - 2, i - 1) && w_.Adjacent(i - 1, i))
        return EmitNamedDay(i - 2, i, -2);
      if ((w_.Is(i + 1, d_.al_awwal) || w_.Is(i + 1, d_.al_uula)) && w_.Adjacent(i, i + 1))
        return EmitNamedDay(i, i + 1, -2);
      return EmitNamedDay(i, i, -1);
    }
    if (d_.tomorrow.Has(k)) {
      if (titled || (k == d_.al_ghad && i > 0 && d_.HasWithClitic(d_.figurative, w_.Key(i - 1)))) return i + 1;
      return EmitNamedDay(i, i, 1);
    }
    if (k == d_.ghad) {
      // "بعد غد": the day after tomorrow; "يوم غد"، "مساء غد (الأحد)"، "من
      // غد الاثنين": tomorrow.
      const bool after = i > 0 && w_.Adjacent(i - 1, i);
      if (after && w_.Is(i - 1, d_.baad)) return EmitNamedDay(i - 1, i, 2);
      if ((after && d_.ghad_after.Has(d_.WithoutConjunction(w_.Key(i - 1)))) ||
          d_.weekdays.Get(w_.KeyAt(i + 1), -1) >= 0)
        return EmitNamedDay(i, i, 1);
      return 0;
    }
    if (size_t wi = k == d_.yawm ? i + 1 : i; d_.weekdays.Get(d_.WithoutConjunction(w_.KeyAt(wi)), -1) >= 0)
      if (size_t n = WeekdayAndNumbers(i, wi)) return n;
    if (size_t wi = k == d_.yawm ? i + 1 : i; d_.weekdays.Get(w_.KeyAt(wi), -1) >= 0) {
      // "يوم الأحد", "الخميس الماضي", "يوم الأحد المقبل"; a weekday alone
      // only with a direction, and never before the date that says which.
      auto dir = Direction(w_.KeyAt(wi + 1));
      // "يوم الجمعة غداً"، "يوم الخميس أمس": the word after it says which.
      const std::string_view nk = w_.KeyAt(wi + 1);
      const bool told = w_.Adjacent(wi, wi + 1) && (d_.tomorrow.Has(nk) || d_.yesterday.Has(nk) || nk == d_.today);
      if (told || (!dir && DayOfMonthAfter(wi + 1)) || (wi == i && (!dir || *dir == 0)) || DateAt(wi + 1) || w_.Is(wi + 1, d_.muwafiq) ||
          (d_.dated.Has(w_.KeyAt(wi + 1)) && DateAt(wi + 2)))
        return 0;
      // Without a direction, after a verb in the future ("سيلاقي نظيره مساء
      // يوم الجمعة"), the first one on or after the anchor.
      const bool future = !dir && FutureBefore(i);
      std::optional<int64_t> d;
      const char* by = anchor_.kind;
      if (a) {  // the next one after the anchor, the last one before it, or the latest on or before it
        const int wd = d_.weekdays.Get(w_.Key(wi));
        const int64_t until = dir && *dir > 0 ? *a + 7 : dir && *dir < 0 ? *a - 1 : future ? *a + 6 : *a;
        d = LatestWeekday(until, wd);
        // Without a direction, the day of that weekday the article gave
        // already, within a week of the anchor: "خطبة الجمعة غداً … خطبة
        // يوم الجمعة" in a report of Thursday is tomorrow, not last Friday.
        if (!dir)
          for (auto it = days_.rbegin(); it != days_.rend(); ++it)
            if (Weekday(*it) == wd && std::llabs(*it - *a) <= 6) {
              if (*it != *d) by = "previous date";
              d = *it;
              break;
            }
      }
      size_t last = dir ? wi + 1 : wi;
      EmitDay(i, last, d, by);
      return last + 1;
    }
    if (d_.year.Has(k)) {
      auto dir = Direction(w_.KeyAt(i + 1));
      if (!dir) return 0;
      std::optional<Ymd> v;
      if (a) v = Ymd{CivilFromDays(*a).y + *dir, 0, 0};
      EmitRelative(i, i + 1, v);
      return i + 2;
    }
    if (k == d_.ayyam) {
      // "الأيام الثلاثة الفائتة", "الأيام الـ3 الماضية"
      std::string_view nk = w_.KeyAt(i + 1);
      if (nk.size() > d_.al.size() && nk.compare(0, d_.al.size(), d_.al) == 0) nk.remove_prefix(d_.al.size());
      int n = w_.IsNumber(i + 1) ? w_.SmallInt(i + 1) : d_.cardinals.Get(nk);
      size_t d = i + 2;
      if (n == 0 && w_.Is(i + 1, d_.al) && w_.IsNumber(i + 2)) {
        n = w_.SmallInt(i + 2);
        d = i + 3;
      }
      auto dir = Direction(w_.KeyAt(d));
      if (n <= 0 || n > 366 || !dir || *dir == 0) return 0;
      std::string v;
      if (a) {
        int64_t from = *dir < 0 ? *a - n : *a + 1, to = *dir < 0 ? *a - 1 : *a + n;
        v = IsoOf(CivilFromDays(from)) + "/" + IsoOf(CivilFromDays(to));
      }
      Emit(i, d, v, a ? anchor_.kind : "");
      return d + 1;
    }
    if (k == d_.baad || k == d_.qabl || k == d_.mundhu) {
      size_t last = 0;
      int n = DayCount(w_, i + 1, &last);
      if (n == 0) return 0;
      // "منذ يوم السبت الماضي"، "منذ يوم أمس"، "قبل يوم 24"، "بعد يوم الراحة":
      // يوم before a word that names it is that day (since Saturday), not
      // one day; the rules read that day from يوم on, or not at all.
      if (last == i + 1 && w_.Is(i + 1, d_.yawm) && DayNamedAfter(i + 2)) return 0;
      if (w_.Is(last + 1, d_.ala) || w_.Is(last + 1, d_.min)) {
        // "قبل يومين من الآن"; "بعد ثلاثة أيام على الهجوم", "قبل ستة أيام من
        // الزيارة": counted from an event whose date is not known here.
        bool now = w_.Is(last + 2, d_.al_aan) || w_.Is(last + 2, d_.today);
        EmitDay(i, last + (now ? 2 : 0), now ? shifted(k == d_.baad ? n : -n) : std::nullopt, anchor_.kind);
        return last + (now ? 3 : 1);
      }
      if (k == d_.baad) {
        // After a date just given: relative to it.
        if (!previous_) return 0;
        EmitDay(i, last, *previous_ + n, "previous date");
      } else {
        EmitDay(i, last, shifted(-n), anchor_.kind);
      }
      return last + 1;
    }
    return 0;
  }

  // English: today, yesterday, tomorrow, on Monday, last/this/next
  // week/month/year, 3 days ago.
  size_t English(size_t i, const std::optional<int64_t>& a) {
    std::string_view k = w_.Key(i);
    auto shifted = [&](int64_t n) { return a ? std::optional<int64_t>(*a + n) : std::nullopt; };
    int d = d_.en_days.Get(k, 99);
    if (d != 99) {
      EmitDay(i, i, shifted(d), anchor_.kind);
      return i + 1;
    }
    int wd = d_.en_weekdays.Get(k, -1);
    // A weekday after "on", or capitalised with no name's word around it
    // ("said Saturday", "Saturday night"; not "Good Friday", "Super
    // Tuesday", "Sunday Times"): the last one, the anchor's day included —
    // unless a date follows that says which ("on Tuesday, Nov. 3").
    if (wd >= 0 && i > 0 &&
        (w_.Is(i - 1, d_.on) || (LatinCase(i) == 1 && LatinCase(i - 1) != 1 &&
                                 !(i + 1 < w_.size() && w_.Adjacent(i, i + 1) && LatinCase(i + 1) == 1))) &&
        !MatchWrittenDate(w_.at.tokens, i + 1, w_.u32) && !EnglishMonthBeforeDay(i + 1)) {
      // After "will", the next one ("talks will resume on Tuesday"); after
      // "would", unresolved (ahead of when it was said).
      const int future = EnglishFuture(i);
      std::optional<int64_t> day;
      if (a && future == 0) day = LatestWeekday(*a, wd);
      if (a && future == 1) day = LatestWeekday(*a + 7, wd);
      EmitDay(i, i, day, anchor_.kind);
      return i + 1;
    }
    // "the next day", "the following day", "the previous day", "the same
    // day": from the date just given (unresolved without one).
    if (const int after = d_.en_day_after.Get(k, 99);
        after != 99 && i > 0 && w_.Is(i - 1, d_.en_the) && w_.Adjacent(i - 1, i) && w_.Is(i + 1, d_.en_day) &&
        w_.Adjacent(i, i + 1)) {
      std::optional<int64_t> day;
      if (previous_) day = *previous_ + after;
      EmitDay(i - 1, i + 1, day, "previous date");
      return i + 2;
    }
    int dir = d_.en_dir.Get(k, 99), unit = d_.en_unit.Get(w_.KeyAt(i + 1));
    // "last Friday": the one before the anchor's day; "next Tuesday": the
    // one after it.
    if ((dir == -1 || dir == 1) && d_.en_weekdays.Get(w_.KeyAt(i + 1), -1) >= 0) {
      const int to = d_.en_weekdays.Get(w_.KeyAt(i + 1), -1);
      std::optional<int64_t> day;
      if (a) day = dir < 0 ? LatestWeekday(*a - 1, to) : LatestWeekday(*a + 7, to);
      EmitDay(i, i + 1, day, anchor_.kind);
      return i + 2;
    }
    if (dir != 99 && unit) {
      std::optional<Ymd> v;
      if (a) {
        Ymd t = CivilFromDays(*a);
        if (unit == 365) {
          v = Ymd{t.y + dir, 0, 0};
        } else if (unit == 30) {
          v = AddMonths(t, dir);
        }
      }
      if (unit == 7) {
        // A week as an interval: the seven days before (last), the seven
        // days from the anchor (this), the seven after (next).
        Emit(i, i + 1, a ? WeekOf(*a, dir) : "", a ? anchor_.kind : "");
      } else {
        EmitRelative(i, i + 1, v);
      }
      return i + 2;
    }
    // The count of "3 days", "two weeks" at token i (0 when it is none).
    auto count = [&] {
      const int n = w_.IsNumber(i) ? w_.SmallInt(i) : d_.en_numbers.Get(k, -1);
      return n >= 1 && n <= 3660 ? n : 0;
    };
    // "two days later", "a week earlier": from the date just given.
    if (const int per = d_.en_ago_unit.Get(w_.KeyAt(i + 1), 0), way = d_.en_later.Get(w_.KeyAt(i + 2), 0);
        per > 0 && per <= 7 && way != 0 && w_.Adjacent(i, i + 1) && w_.Adjacent(i + 1, i + 2)) {
      const int n = count();
      if (n == 0) return 0;
      std::optional<int64_t> day;
      if (previous_) day = *previous_ + static_cast<int64_t>(way) * n * per;
      EmitDay(i, i + 2, day, "previous date");
      return i + 3;
    }
    // "3 days ago", "two weeks ago", "a month ago", "five years ago".
    if (const int per = d_.en_ago_unit.Get(w_.KeyAt(i + 1), 0); per > 0 && w_.Is(i + 2, d_.ago)) {
      const int n = count();
      if (n == 0) return 0;
      if (per <= 7) {
        EmitDay(i, i + 2, shifted(-static_cast<int64_t>(n) * per), anchor_.kind);
      } else {
        std::optional<Ymd> v;
        if (a) {
          const Ymd t = CivilFromDays(*a);
          if (per == 365) {
            v = Ymd{t.y - n, 0, 0};
          } else {
            v = AddMonths(t, -n);
          }
        }
        EmitRelative(i, i + 2, v);
      }
      return i + 3;
    }
    return 0;
  }

  const DateWords& d_ = Dw();
  const Words& w_;
  std::vector<Fact>* out_;
  Anchor anchor_;
  std::optional<int64_t> previous_;
  std::vector<int64_t> days_;  // every day given so far, in text order
  // The month and year of the last date written with its year, and where it ends:
  // "حرب أكتوبر 1973 ... في يومي 24 و25 أكتوبر" is of 1973.
  struct MonthOfYear {
    int y = 0, m = 0;
    uint32_t end = 0;
  };
  std::optional<MonthOfYear> written_;
  std::vector<int64_t> told_days_;  // the day each named today/yesterday says the article was written on
};

}  // namespace

// "بين الأول من يناير و30 يونيو"، "من 1 يناير إلى 30 يونيو": a period's
// start without its year is the last such day before its end, not the
// nearest to the anchor (in an article of August 2015 the first of January
// had been 2016, after the period's end, 30 June 2015).
void StartsBeforeTheirEnds(const Words& w, std::vector<Fact>* out, size_t from) {
  static const WordSet kFrom{"من", "بين", "خلال"}, kTo{"و", "إلى", "الى", "حتى", "لغاية"};
  static const WordSet kToday{"غد", "غدا", "الغد", "اليوم", "أمس", "امس", "البارحة"};
  auto day = [](const std::string& v) { return v.size() == 10 && v[4] == '-' && v[7] == '-'; };
  for (size_t k = from; k + 1 < out->size(); ++k) {
    Fact& a = (*out)[k];
    const Fact& b = (*out)[k + 1];
    if (a.kind != FactKind::kDate || b.kind != FactKind::kDate || !day(a.value) || !day(b.value) ||
        a.value <= b.value || a.anchor.empty() || b.span.begin < a.span.end)
      continue;
    // Joined as a period: a word of "from" before the start, one of "to"
    // (or a dash) alone between.
    const size_t first = w.FirstTokenFrom(a.span.begin), next = w.FirstTokenFrom(a.span.end);
    if (first == 0 || first >= w.size() || !kFrom.Has(WithoutConjunction(w.Key(first - 1)))) continue;
    // Not a start whose year is written (four digits), nor a day named
    // relative to today, no day of a month without its year ("من غد
    // الخميس حتى الخامس عشر من رمضان").
    bool year_or_today = false;
    for (size_t t = first; t < next && t < w.size(); ++t)
      year_or_today = year_or_today || (w.IsNumber(t) && w.SpanOf(t).end - w.SpanOf(t).begin == 4) ||
                      kToday.Has(w.Key(t));
    if (year_or_today) continue;
    const std::u32string_view between = std::u32string_view(w.u32).substr(a.span.end, b.span.begin - a.span.end);
    const bool dash = between.find_first_not_of(U" \u00A0\n-–") == std::u32string_view::npos &&
                      between.find_first_of(U"-–") != std::u32string_view::npos;
    const bool to = next < w.size() && w.SpanOf(next).end <= b.span.begin && kTo.Has(w.Key(next)) &&
                    w.FirstTokenFrom(w.SpanOf(next).end) == w.FirstTokenFrom(b.span.begin);
    if (!dash && !to) continue;
    const int year = std::stoi(a.value.substr(0, 4)) - 1;
    std::string earlier = std::to_string(year) + a.value.substr(4);
    if (earlier.substr(5) == "02-29" && DaysInMonth(year, 2) < 29) continue;
    if (earlier <= b.value) a.value = std::move(earlier);
  }
}

namespace {

// The first and the last day a date's value covers, as "YYYY-MM-DD" (a
// month's last day as its 31st: they are only compared): "2015" →
// 2015-01-01 .. 2015-12-31; an interval from its start's first day to its
// end's last.
std::pair<std::string, std::string> DaysCovered(const std::string& value) {
  auto cut = [](std::string_view v) { return v.substr(0, std::min(v.find('T'), v.size())); };
  const size_t slash = value.find('/');
  const std::string_view a = cut(std::string_view(value).substr(0, slash));
  const std::string_view b = cut(slash == std::string::npos ? std::string_view(value) : std::string_view(value).substr(slash + 1));
  auto first = [](std::string_view v) { return std::string(v) + std::string("-01-01").substr(v.size() - 4); };
  auto last = [](std::string_view v) { return std::string(v) + std::string("-12-31").substr(v.size() - 4); };
  if (a.size() < 4 || b.size() < 4 || a.size() > 10 || b.size() > 10) return {};
  return {first(a), last(b)};
}

}  // namespace

void JoinRanges(const Words& w, std::vector<Fact>* dates) {
  static const WordSet kFrom{"من", "بين", "خلال", "منذ", "from", "between", "since"};
  static const std::string kBayna = KeyOf("بين"), kBetween = KeyOf("between");
  static const WordSet kTo{"إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية", "to", "until", "till", "through"};
  static const WordSet kAnd{"و", "and"};
  static const WordSet kGhaya{"غاية"};  // "إلى غاية"
  // Words of a period between "from" and its start, or after "to": "من عام
  // 1966"، "بين عامي 1982 و1990"، "خلال الفترة من"، "إلى عام 1998".
  static const WordSet kPeriodWords{"عام", "عامي", "العام", "العامين", "سنة", "سنتي", "السنة", "الفترة", "يوم",
                                    "يومي", "شهر", "شهري", "الأعوام", "أعوام", "السنوات"};
  static const WordSet kToldWhen{"الجاري", "الحالي", "المقبل", "القادم", "الماضي", "المنصرم", "الفائت"};
  // A dash between two dates: also a tatweel standing alone ("2015 ـ 2020م").
  auto is_dash = [](char32_t c) { return c == U'-' || c == U'–' || c == U'—' || c == 0x0640; };
  auto is_space = [](char32_t c) { return c == U' ' || c == 0xA0 || c == 0x200E || c == 0x200F; };
  // A day or month of the Gregorian calendar named without its year, which
  // its anchor gave ("14 أغسطس"; not "أغسطس الماضي", "14 أغسطس 2013").
  auto year_guessed = [&](const Fact& f) {
    if (f.anchor.empty() || f.anchor == "next date" || (f.value.size() != 10 && f.value.size() != 7)) return false;
    bool month = false;
    for (size_t t = w.FirstTokenFrom(f.span.begin); t < w.size() && w.SpanOf(t).begin < f.span.end; ++t) {
      if ((w.IsNumber(t) && w.SpanOf(t).end - w.SpanOf(t).begin >= 4) || kToldWhen.Has(w.Key(t))) return false;
      int words = 0;
      month = month || MonthFromKey(w.Key(t), w.KeyAt(t + 1), &words) > 0;
    }
    return month;
  };
  auto year_written = [&](const Fact& f) { return f.anchor.empty() && f.value.size() >= 4 && f.value.find('/') == std::string::npos; };
  // `f`'s value in year y ("" for 29 February of a common year).
  auto in_year = [](const Fact& f, int y) {
    std::string v = std::to_string(y) + f.value.substr(4);
    if (v.size() == 10 && v.substr(5) == "02-29" && DaysInMonth(y, 2) < 29) return std::string();
    return v;
  };
  std::vector<Fact>& d = *dates;
  size_t out = 0;
  for (size_t k = 0; k < d.size(); ++k) {
    if (k + 1 < d.size()) {
      Fact& a = d[k];
      const Fact& b = d[k + 1];
      // One end's year guessed, the other's written: the guessed end takes
      // the year that puts it nearest the written one on its side ("من 21
      // يونيو 2013 حتى 14 أغسطس": 14 August 2013, not of the article's year).
      std::string a_value = a.value, b_value = b.value;
      const char* anchor = nullptr;  // the interval's, when an end's year changes
      if (year_written(a) && year_guessed(b)) {
        const int y = std::atoi(DaysCovered(a.value).second.c_str());
        b_value = in_year(b, y);
        if (!b_value.empty() && DaysCovered(b_value).first <= DaysCovered(a.value).second) b_value = in_year(b, y + 1);
        anchor = "";
      } else if (year_guessed(a) && year_written(b)) {
        const int y = std::atoi(DaysCovered(b.value).first.c_str());
        a_value = in_year(a, y);
        if (!a_value.empty() && DaysCovered(a_value).second >= DaysCovered(b.value).first) a_value = in_year(a, y - 1);
        anchor = "";
      }
      if (a_value.empty() || b_value.empty()) {  // no 29 February that year: as they were
        a_value = a.value;
        b_value = b.value;
        anchor = nullptr;
      }
      const auto [a_first, a_last] = DaysCovered(a_value);
      const auto [b_first, b_last] = DaysCovered(b_value);
      const size_t first = w.FirstTokenFrom(a.span.begin), gap = w.FirstTokenFrom(a.span.end),
                   end = w.FirstTokenFrom(b.span.begin);
      bool join = !a_first.empty() && !b_first.empty() && a_last < b_first && b.span.begin >= a.span.end &&
                  first < w.size() && end < w.size() && w.SpanOf(end).begin == b.span.begin && gap <= end && gap > 0;
      if (join) {
        // The words between: none but one dash, or "to" (with a word of the
        // period after it).
        const std::u32string_view between = std::u32string_view(w.u32).substr(a.span.end, b.span.begin - a.span.end);
        size_t to = end;  // the connector's token
        if (gap == end) {
          int dashes = 0;
          for (char32_t c : between) dashes += is_dash(c) ? 1 : is_space(c) ? 0 : 2;
          join = dashes == 1;
        } else {
          to = gap;
          size_t n = end - gap;
          if (n == 2 && (kPeriodWords.Has(w.Key(gap + 1)) || kGhaya.Has(w.Key(gap + 1)))) --n;
          join = n == 1 && (kTo.Has(w.Key(gap)) || kAnd.Has(w.Key(gap)));
          for (size_t t = gap - 1; join && t < end; ++t) join = w.Adjacent(t, t + 1);
        }
        // A word of "from" before the start (a dash needs none); و only after بين.
        if (join && to != end) {
          size_t t = first;
          for (int skip = 0; skip < 2 && t > 0 && kPeriodWords.Has(w.Key(t - 1)) && w.Adjacent(t - 1, t); ++skip) --t;
          const std::string_view from = t > 0 && w.Adjacent(t - 1, t) ? WithoutConjunction(w.Key(t - 1)) : "";
          join = kFrom.Has(from) && (!kAnd.Has(w.Key(to)) || from == kBayna || from == kBetween);
        }
      }
      if (join) {
        const size_t slash_a = a_value.find('/'), slash_b = b_value.find('/');
        a.value = a_value.substr(0, slash_a) + "/" + (slash_b == std::string::npos ? b_value : b_value.substr(slash_b + 1));
        // What the interval was counted from: the start's, unless its year
        // came from the end ("next date") or it was absolute; nothing when
        // one end's year came from the other's.
        if (anchor != nullptr) a.anchor = anchor;
        else if (a.anchor.empty() || a.anchor == "next date") a.anchor = b.anchor;
        a.span.end = b.span.end;
        a.text = w.Text(a.span);
        if (out != k) d[out] = std::move(a);
        ++out;
        ++k;  // the end is taken
        continue;
      }
    }
    if (out != k) d[out] = std::move(d[k]);
    ++out;
  }
  d.resize(out);
}

void FindDates(const Words& w, std::vector<Fact>* out) {
  const Anchor published = ArticleAnchor(*w.article);
  const size_t before = out->size();
  DateFinder finder(w, out, published);
  finder.Run();
  // A publication time is when the article was seen, which is often a day
  // or more after it was written (a print edition, a crawl): when the
  // article names its own day ("اليوم الخميس") on or before the publication
  // day, its other relative dates count from that day (anchor "named day":
  // the publication day said by the text is no longer a guess). A dateline
  // says the day itself and is kept; a named day after the publication day
  // is a date ahead ("مقفلة اعتبارا من اليوم الأربعاء" on a Tuesday), not
  // when the article was written.
  const std::optional<int64_t> told = finder.ToldDay();
  if (told && *told <= *published.day && std::string_view(published.kind) != "dateline") {
    if (*told < *published.day) {
      out->resize(before);
      DateFinder(w, out, Anchor{told, kNamedDay}).Run();
    } else {
      for (size_t i = before; i < out->size(); ++i)
        if ((*out)[i].anchor == published.kind) (*out)[i].anchor = kNamedDay;
    }
  }
  StartsBeforeTheirEnds(w, out, before);
  FindLocaleDates(w, published.day, published.kind, out, before);
}

}  // namespace sada::internal
