// The fact rules, one function per kind, over the Words view of an article.
#ifndef SADA_FACTS_EXTRACT_INTERNAL_H_
#define SADA_FACTS_EXTRACT_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "facts/words.h"
#include "sada/facts.h"
#include "sada/ner.h"

namespace sada::internal {

void FindDates(const Words& w, std::vector<Fact>* out);
// Dates of an article in neither Arabic nor English, by its language's
// month and weekday names and words for the days around today in ICU's
// locale data (src/facts/locale_facts.cc); merged into out[from..] in text
// order, where what the other rules read inside one of them gives way.
void FindLocaleDates(const Words& w, std::optional<int64_t> anchor, const char* anchor_kind,
                     std::vector<Fact>* out, size_t from);
// Places of such an article, by the names of countries and cities ICU
// gives its language, capitalised as written; merged into out in text
// order.
void FindLocalePlaces(const Words& w, std::vector<Fact>* out);
// Two dates of `dates` (in text order) that are a period's start and end are
// one date, the interval from the start's first day to the end's last: "من
// 2013 إلى 2017" → 2013/2017, "من 3 إلى 5 نوفمبر 2015" →
// 2015-11-03/2015-11-05, "بين عامي 1982 و1990", "2008 - 2009". A word of
// "from" (من، بين، خلال، منذ) before the start, one of "to" between (و only
// after بين), or a dash alone; the start ends before the end begins (not a
// year in two calendars, "1981م ـ 1401هـ"; not "اليوم – البارحة").
void JoinRanges(const Words& w, std::vector<Fact>* dates);
// A month's name at token k, after من or شهر ("27 من شهر يوليو"، "10
// شوال"): what follows the number of a day of that month. Not صفر, which is
// also zero ("1 - صفر").
bool MonthAfterDay(const Words& w, size_t k);
// Tokens first..last are month names and nothing else, of any calendar
// (نيسان، أبريل، رمضان، تشرين الأول).
bool OnlyMonthNames(const Words& w, size_t first, size_t last);
// Skips numbers inside the spans of `dates`, and days of a month ("ثورة 25
// يناير", a name FindDates gives no date). A number that counts nothing and
// is written as a year ("في 2011"، "منذ 1990"، "1982 - 1990") is a date of
// that year (or those years), added to `years`, not a quantity.
void FindQuantities(const Words& w, const std::vector<Fact>& dates, std::vector<Fact>* out,
                    std::vector<Fact>* years);
// The article as the entity tagger reads it: its sentences' tokens, and the
// token index in `w` of each.
void TaggerDocument(const Words& w, std::vector<std::vector<NerToken>>* doc,
                    std::vector<std::vector<size_t>>* doc_index);
void FindEntities(const Words& w, const NerModel& model, std::vector<Fact>* out);
// The name from token first to last is the medium a speaker told, alone in
// quotation marks or parentheses after لـ, لصحيفة, لقناة... or "في تصريحات
// إلى", with a verb of speech before it in the sentence: "وقال مسؤول
// لـ«الشرق الأوسط»" (the newspaper, not the region).
bool IsMediumTold(const Words& w, size_t first, size_t last);
// The name from token first to last is an outlet's alone in quotation marks:
// «الشرق الأوسط»، "الرياض"، "سبق"، “المدينة” — the newspaper or channel,
// whatever the sentence ("وحصلت «الشرق الأوسط» على نسخة"، "صحيفة “المدينة”").
bool IsOutletInMarks(const Words& w, size_t first, size_t last);
// The match key is the first word of such an outlet's name.
bool MayBeginQuotedOutlet(std::string_view key);
// Speakers are matched to `entities` where they overlap.
void FindQuotes(const Words& w, const std::vector<Fact>& entities, std::vector<Fact>* out);

// The article is in English (ingest's language "en"): its entities and
// quotes are read by FindEnglishEntities and FindEnglishQuotes
// (src/facts/english.cc), its figures with English words.
bool EnglishText(const Words& w);
// The text's first letter is Arabic (U+0600 to U+06FF).
bool ArabicScript(std::string_view text);
void FindEnglishEntities(const Words& w, std::vector<Fact>* out);
// (Quotes are added in the order found; ExtractFacts puts all facts in text order.)
void FindEnglishQuotes(const Words& w, const std::vector<Fact>& entities, std::vector<Fact>* out);

// A currency's name as a quantity's unit (ريال، دولار، يورو; ﷼'s key is
// ريال), also after one leading clitic (بريال).
bool IsCurrency(std::string_view key);
// The word a currency is named by ("دولار" for دولارا، الدولار، بالدولار), or
// "" for a key that is no currency.
std::string CurrencyName(std::string_view key);
// A number word or multiplier (خمسة، مئة، ملايين).
bool IsNumberWord(std::string_view key);

// What an outlet calls a body after its name, which is no part of it:
// "منظمة داعش الإرهابية"، "حزب العمال الحاكم" (ruling)، "الائتلاف السوري
// المعارض" (of the opposition)، "الحزب الكردي المحظور" (banned), "حزب البعث
// المنحل" (dissolved), "بوكو حرام المتطرفة" (extremist). Framing reads such
// labels after the name (docs/stories.md).
bool IsBodyLabel(std::string_view key);
// A post named before the body or person it is of, which no name ends
// with when a word follows: وكيل، مستشار، سفير، نائب، عضو، مندوب, and نجل
// (son of): "بنيامين محمد وكيل أعمال اللاعب".
bool IsPostOf(std::string_view key);
// A name without a leading clitic (و ف ب ل ك; لل read as ال) and without
// person titles, in display form (no tatweel or diacritics).
std::string CleanName(const Words& w, size_t first, size_t last, bool person, size_t* name_first);
// A word written as a verb in the imperfect after the future's س (future:
// "سيكون"، "سيسافر": يكون، يسافر) or the ل of purpose ("ليخسر"، "لتصل"): the
// rest a word of four letters or more the clusters know and no name ("سيدة"،
// "ليونايتد"، "لنظام" are none).
bool PrefixedVerb(std::string_view key, bool future);

}  // namespace sada::internal

#endif  // SADA_FACTS_EXTRACT_INTERNAL_H_
