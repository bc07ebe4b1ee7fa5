// Quantities, quotes, and the driver that runs every rule over an article.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "facts/extract_internal.h"
#include "facts/gazetteer.h"
#include "text/utf8.h"
#include "util/hash.h"

namespace sada {

const char* FactKindName(FactKind k) {
  switch (k) {
    case FactKind::kEntity: return "entity";
    case FactKind::kDate: return "date";
    case FactKind::kQuantity: return "quantity";
    case FactKind::kQuote: return "quote";
  }
  return "?";
}

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kPlace: return "place";
    case EntityType::kOrganisation: return "organisation";
    case EntityType::kOther: return "other";
  }
  return "?";
}

namespace internal {

namespace {
// A key that begins as a verb in the imperfect does: ي or ت (or ن, the
// first person plural, where `we` allows it).
bool BeginsImperfect(std::string_view key, bool we) {
  static const std::string kYa = KeyOf("ي"), kTa = KeyOf("ت"), kNun = KeyOf("ن");
  return BeginsWith(key, kYa) || BeginsWith(key, kTa) || (we && BeginsWith(key, kNun));
}
}  // namespace

bool PrefixedVerb(std::string_view key, bool future) {
  static const std::string kSin = KeyOf("س"), kLam = KeyOf("ل");
  const std::string& prefix = future ? kSin : kLam;
  if (!BeginsWith(key, prefix) || key.size() <= prefix.size()) return false;
  const std::string_view rest = key.substr(prefix.size());
  return BeginsImperfect(rest, future) && CountCodePoints(rest) >= 4 && WordCluster(rest) >= 0 &&
         (NerLexicon(rest) & kNerLexTypes) == 0;
}

namespace {

// Number words: units, tens and hundreds add; ألف، مليون، مليار، تريليون
// multiply.
struct NumberWord {
  double value;
  bool multiplier;
  bool dual = false;  // a multiplier in the dual: two of it (مليونين، ملياري)
};

bool NumberWordOf(std::string_view key, NumberWord* out) {
  // One list, multipliers as their negative power of ten: one lookup per word.
  static const WordMap kWords{
      {"اثنان", 2}, {"اثنين", 2}, {"اثنتان", 2}, {"اثنتين", 2}, {"ثلاثة", 3}, {"ثلاث", 3},
      {"أربعة", 4}, {"أربع", 4}, {"خمسة", 5}, {"خمس", 5}, {"ستة", 6}, {"ست", 6}, {"سبعة", 7},
      {"سبع", 7}, {"ثمانية", 8}, {"ثماني", 8}, {"ثمان", 8}, {"تسعة", 9}, {"تسع", 9}, {"عشرة", 10},
      {"عشر", 10}, {"عشرون", 20}, {"عشرين", 20}, {"ثلاثون", 30}, {"ثلاثين", 30}, {"أربعون", 40},
      {"أربعين", 40}, {"خمسون", 50}, {"خمسين", 50}, {"ستون", 60}, {"ستين", 60}, {"سبعون", 70},
      {"سبعين", 70}, {"ثمانون", 80}, {"ثمانين", 80}, {"تسعون", 90}, {"تسعين", 90}, {"مئة", 100},
      {"مائة", 100}, {"مئتان", 200}, {"مئتين", 200}, {"مائتان", 200}, {"مائتين", 200},
      {"ثلاثمئة", 300}, {"ثلاثمائة", 300}, {"أربعمئة", 400}, {"أربعمائة", 400}, {"خمسمئة", 500},
      {"خمسمائة", 500}, {"ستمئة", 600}, {"ستمائة", 600}, {"سبعمئة", 700}, {"سبعمائة", 700},
      {"ثمانمئة", 800}, {"ثمانمائة", 800}, {"تسعمئة", 900}, {"تسعمائة", 900}, {"ألفين", 2000},
      {"ألفان", 2000},
      {"ألف", -3}, {"ألفا", -3}, {"آلاف", -3}, {"مليون", -6}, {"مليونا", -6}, {"ملايين", -6},
      {"مليار", -9}, {"مليارا", -9}, {"مليارات", -9}, {"بليون", -9}, {"بليونا", -9}, {"بلايين", -9},
      {"تريليون", -12}, {"تريليونا", -12}, {"تريليونات", -12},
      {"ترليون", -12}, {"ترليونا", -12}, {"ترليونات", -12},
      // Duals: two thousand, two hundred as numbers ("ألفي مصاب"، "مائتي
      // صاروخ"); two million, two billion as a multiplier taken twice, -100
      // beside its power ("مليونين ونصف المليون"، "ملياري دولار").
      {"ألفي", 2000}, {"مئتي", 200}, {"مائتي", 200}, {"مئتا", 200}, {"مائتا", 200},
      {"مليونين", -106}, {"مليونان", -106}, {"مليوني", -106},
      {"مليارين", -109}, {"ملياران", -109}, {"ملياري", -109},
      // English, as news spells them out (not "one": "one of"); "twenty
      // five" joins as tens and units (JoinsNumber).
      {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
      {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
      {"eighty", 80}, {"ninety", 90}, {"hundred", 100},
      {"thousand", -3}, {"million", -6}, {"billion", -9}, {"trillion", -12}};
  const int v = kWords.Get(key);
  if (v == 0) return false;
  if (v < -100)
    *out = NumberWord{std::pow(10.0, -v - 100), true, true};
  else
    *out = v < 0 ? NumberWord{std::pow(10.0, -v), true} : NumberWord{static_cast<double>(v), false};
  return true;
}

// A value as written in full, never in exponent form, to 15 significant
// digits: "68.18 مليار" is 68180000000 (the product's rounding error is no
// fraction of a riyal), "175 مليونًا و493 ألفًا و952.53" is 175493952.53.
std::string FormatNumber(double v) {
  char buf[400];
  const double whole = std::round(v);
  if (std::fabs(v - whole) <= std::max(1e-9, 1e-12 * std::fabs(v))) {
    std::snprintf(buf, sizeof buf, "%.0f", whole);
    return buf;
  }
  const int digits = std::fabs(v) < 1 ? 1 : static_cast<int>(std::floor(std::log10(std::fabs(v)))) + 1;
  std::snprintf(buf, sizeof buf, "%.*f", std::max(0, 15 - digits), v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

struct Unit {
  WordSet words;
  const char* unit;
  bool currency = false;
};
const std::vector<Unit>& Units() {
  static const std::vector<Unit> kUnits = {
      {{"كم", "كلم", "كيلومتر", "كيلومترات", "كيلومترا", "كيلو"}, "km"},
      {{"متر", "مترا", "أمتار", "م"}, "m"},
      {{"يوم", "يوما", "أيام", "يومين", "يومان"}, "day"},
      {{"أسبوع", "أسابيع", "أسبوعا", "أسبوعين"}, "week"},
      {{"شهر", "شهرا", "أشهر", "شهور", "شهرين"}, "month"},
      {{"سنة", "سنوات", "عام", "عاما", "أعوام", "سنين", "عامين", "سنتين"}, "year"},
      {{"ساعة", "ساعات", "ساعتين"}, "hour"},
      {{"دقيقة", "دقائق", "دقيقتين"}, "minute"},
      {{"دولار", "دولارا", "دولارات"}, "USD", true},
      {{"ريال", "ريالا", "ريالات"}, "SAR", true},
      {{"يورو"}, "EUR", true},
      {{"درهم", "درهما", "دراهم"}, "dirham", true},  // of the Emirates or of Morocco
      {{"دينار", "دينارا", "دنانير"}, "dinar", true},
      {{"جنيه", "جنيها", "جنيهات", "باوند"}, "pound", true},  // Egyptian or sterling
      {{"ليرة", "ليرات"}, "lira", true},
      {{"سنت", "سنتا", "سنتات"}, "cent", true},
      {{"يوان"}, "CNY", true},
      {{"روبل", "روبلا", "روبلات"}, "RUB", true},
      {{"روبية", "روبيات"}, "rupee", true},  // of India, Pakistan, Indonesia
      {{"فرنك", "فرنكا", "فرنكات"}, "franc", true},  // Swiss or CFA
      {{"شيكل", "شيكلا", "شواكل"}, "ILS", true},
      {{"رنجيت", "رينغيت", "رينجيت"}, "ringgit", true},
      {{"وون"}, "KRW", true},
      {{"طن", "طنا", "أطنان"}, "tonne"},
      {{"كيلوغرام", "كغ", "كلغ", "كيلوجرام", "كيلوغراما", "كيلوجراما", "كيلوغرامات", "كيلوجرامات", "كجم",
        "كلغم"},
       "kg"},
      {{"غرام", "غراما", "غرامات", "جرام", "جراما", "جرامات"}, "g"},
      {{"ملم", "مليمتر", "ملليمتر", "مليمترا", "ملليمترا", "مليمترات"}, "mm"},
      {{"سنتيمتر", "سنتيمترا", "سنتيمترات", "سنتمتر", "سنتمترا", "سم"}, "cm"},
      {{"بوصة", "بوصات"}, "inch"},
      {{"ميل", "ميلا", "أميال"}, "mile"},
      {{"لتر", "لترا", "لترات"}, "litre"},
      {{"فدان", "فدانا", "أفدنة"}, "feddan"},
      {{"هكتار", "هكتارا", "هكتارات"}, "hectare"},
      {{"جيجابايت", "غيغابايت", "جيغابايت"}, "GB"},
      {{"برميل", "براميل"}, "barrel"},
      {{"بالمئة", "بالمائة", "%", "percent"}, "percent"},
      {{"نقطة", "نقاط", "نقطتين"}, "point"},  // of an index, of a league table
      {{"kilometres", "kilometers", "kilometre", "kilometer", "km"}, "km"},
      {{"metres", "meters", "metre", "meter"}, "m"},
      {{"miles", "mile"}, "mile"},
      {{"days", "day"}, "day"},
      {{"weeks", "week"}, "week"},
      {{"months", "month"}, "month"},
      {{"years", "year"}, "year"},
      {{"hours", "hour"}, "hour"},
      {{"minutes", "minute"}, "minute"},
      {{"dollars", "dollar"}, "USD", true},
      {{"euros", "euro"}, "EUR", true},
      {{"riyals", "riyal"}, "SAR", true},
      {{"dirhams"}, "dirham", true},
      {{"tons", "tonnes", "ton", "tonne"}, "tonne"},
      {{"kilograms", "kilogram", "kg"}, "kg"},
      {{"barrels", "barrel"}, "barrel"},
      {{"points"}, "point"},
      {{"litres", "liters"}, "litre"},
      {{"hectares"}, "hectare"},
      {{"ميغاواط", "ميجاوات", "ميجاواط", "ميغاوات", "ميقاواط"}, "MW"},
      {{"جيجاواط", "جيجاوات", "غيغاواط", "غيغاوات"}, "GW"},
      {{"كيلوواط", "كيلووات"}, "kW"},
  };
  return kUnits;
}
// The words of every unit, or of the currencies only.
WordSet UnitWords(bool currencies) {
  WordSet all;
  for (const auto& u : Units())
    if (u.currency || !currencies) all.AddKeys(u.words);
  return all;
}

const char* UnitOf(std::string_view key) {
  // Most words asked about are no unit: one lookup says so.
  static const WordSet kAny = UnitWords(false);
  if (!kAny.Has(key)) return nullptr;
  for (const auto& u : Units())
    if (u.words.Has(key)) return u.unit;
  return nullptr;
}

// A word that begins a phrase of its own after a count, not what is
// counted: a preposition's phrase ("أصيب 3 بجروح"، "وأصيب نحو مائة بجروح"،
// "ارتفع 20 بحلول"، "خمسة بينهم") — ب or ل before a noun of مـ or تـ too
// (بمقدار، بمشاركة، لمدة، لمجلس، لتقديم; but لتر) — a verb after a
// score ("2 - 1 وخسر"، "فاز 2 وتم"), a verb in the plural ("ثمانية قتلوا"،
// "ثلاثة كانوا معه"; not a noun's accusative: عضوا), an adverb or a state
// ("عشر تقريبا"، "اثنين أيضا"، "مشيرا إلى").
bool PhraseAfterCount(std::string_view key) {
  static const WordSet kPhrases{"بجروح", "بحروق", "لكل",    "بكل",    "بحلول", "بنهاية", "بقيمة", "بركلات",
                                "بضربات", "بواقع", "بزيادة", "بفارق",  "بعنوان", "بينهم", "وبينهم",
                                "وتم",    "وفاز",  "وعاد",   "وخسر",   "وجرح",   "وقتل",  "واصيب",
                                "تقريبا", "أيضا",  "ايضا",   "وأيضا",  "حاليا",  "فيما",  "لهذا",  "ربما",
                                "وربما",  "مثلما", "وكذا",   "معنا",   "مشيرا",  "مؤكدا", "مضيفا", "موضحا",
                                "لافتا",  "منوها"};
  static const std::string kBiM = KeyOf("بم"), kBiT = KeyOf("بت"), kLiM = KeyOf("لم"), kLiT = KeyOf("لت"),
                           kWaAlif = KeyOf("وا");
  static const WordSet kLitre{"لتر", "لترات", "لترا"};
  if (kPhrases.Has(key)) return true;
  if (key.ends_with(kWaAlif) && CountCodePoints(key) >= 5) return true;
  return (BeginsWith(key, kBiM) || BeginsWith(key, kBiT) || BeginsWith(key, kLiM) || BeginsWith(key, kLiT)) &&
         CountCodePoints(key) >= 5 && !kLitre.Has(key);
}

// A word written as a verb in the imperfect, which counts nothing: with
// the future's س or the ل of purpose before a word of four letters or more
// that is itself one and no name ("57 ليخسر"، "سيكون"، "لتصل": يخسر، يكون،
// تصل; not "سيدة"، "ليونايتد"، "لنظام"), or a plural ending in ون ("يحملون"،
// "يعيشون"; not "يمنيون").
bool VerbForm(std::string_view key) {
  static const std::string kUn = KeyOf("ون"), kYun = KeyOf("يون");
  if (PrefixedVerb(key, true) || PrefixedVerb(key, false)) return true;
  return BeginsImperfect(key, true) && CountCodePoints(key) >= 5 && key.ends_with(kUn) && !key.ends_with(kYun);
}

// What an English number counts: the word after it, in lower case ("20
// fighters"), or past one adjective before a plural ("20 Syrian soldiers"،
// "30 armed militants"); "" when it is a word that begins another phrase
// ("20 were killed"، "5 of them").
std::string EnglishCountedNoun(const Words& w, size_t i) {
  static const WordSet kNot{
      "the",   "a",     "an",    "of",    "in",    "on",    "at",    "to",    "from",  "for",    "and",   "or",
      "but",   "by",    "with",  "than",  "as",    "into",  "after", "before", "since", "until", "during", "per",
      "were",  "was",   "are",   "is",    "be",    "been",  "have",  "has",   "had",   "will",   "would", "could",
      "may",   "more",  "less",  "fewer", "other", "others", "that", "which", "who",   "when",   "where", "while",
      "this",  "these", "those", "it",    "its",   "their", "his",   "her",   "they",  "he",     "she",   "we",
      "said",  "says",  "told",  "ago",   "times", "each",  "out",   "over",  "about", "some",   "all",
      "am",    "pm",    "gmt",   "utc",   "local", "including", "among", "against", "between", "through", "under",
      "yesterday", "today", "tomorrow", "last", "next", "earlier", "later", "there", "then", "not", "also"};
  auto english = [&](size_t t) {
    if (t >= w.size()) return false;
    const std::string_view k = w.Key(t);
    if (k.size() < 3) return false;
    return std::all_of(k.begin(), k.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  };
  auto capitalised = [&](size_t t) {
    const Span sp = w.SpanOf(t);
    return sp.end > sp.begin && w.u32[sp.begin] >= U'A' && w.u32[sp.begin] <= U'Z';
  };
  if (!english(i) || kNot.Has(w.Key(i))) return "";
  size_t n = i;
  // One adjective before a plural: capitalised ("Syrian") or ending as
  // adjectives do (-ed, -al, -an, -ian, -ish, -ese).
  if (english(i + 1) && w.Adjacent(i, i + 1) && !kNot.Has(w.Key(i + 1)) && w.Key(i + 1).back() == 's' &&
      w.Key(i).back() != 's') {
    const std::string_view k = w.Key(i);
    if (capitalised(i) || k.ends_with("ed") || k.ends_with("al") || k.ends_with("an") || k.ends_with("ish") ||
        k.ends_with("ese"))
      n = i + 1;
  }
  if (capitalised(n)) return "";
  return std::string(w.Key(n));
}

// The counted noun after a number: its display form without the article,
// the accusative alef (إرهابيا -> إرهابي) and diacritics.
std::string CountedNoun(const Words& w, size_t i) {
  static const WordSet kNotNouns{"من",  "في",  "على",  "إلى", "الى",  "عن",   "و",     "أو",   "ثم",
                                 "مع",  "ال",  "منذ",  "حتى", "بعد",  "قبل",  "خلال",  "نحو",  "حوالي",
                                 "بين", "بجانب", "أنا", "الذي", "التي", "الذين", "اللذين", "اللتين",
                                 "حسب", "بحسب", "والذي", "والتي", "منهم", "منه", "منها", "وهو", "وهي",
                                 "لكن", "لكنه", "لكنها", "كان", "كانت", "حيث", "بينما", "عندما", "فقط",
                                 "أمام", "مقابل", "مقارنة", "بنسبة", "وحتى", "وتاريخ", "بتاريخ", "بتوقيت",
                                 "مساء", "صباحا", "ظهرا", "ظهر", "عصرا", "دون", "حين", "حينما", "عند",
                                 "وفق", "رغم", "إلا", "الا", "عبر", "تحت", "كما", "ذلك", "وذلك", "بسبب",
                                 "لصالح", "بعدما", "قال", "وقال", "وكان", "وكانت", "بما",
                                 "حول", "إثر", "اثر", "عقب", "مما", "أنه", "انه", "أثناء", "نتيجة",
                                 "أمس", "امس", "غدا", "توقيت",
                                 "بدلا",  // "18 بدلاً من 21 عاماً": instead of
                                 "مبروك",  // "ألف مبروك": congratulations, no count
                                 "ونصف"};  // "ساعتين ونصف": and a half
  if (i < w.size() && EnglishText(w) && !w.Key(i).empty() && w.Key(i)[0] >= 'a' && w.Key(i)[0] <= 'z')
    return EnglishCountedNoun(w, i);
  // (Nor a number word: "(33.288) ثلاثة وثلاثون ألفاً" restates the figure.)
  if (i >= w.size() || w.IsNumber(i) || kNotNouns.Has(w.Key(i)) || w.Key(i).size() < 6 ||
      PhraseAfterCount(w.Key(i)) || IsNumberWord(w.Key(i)))
    return "";
  // و before a word begins another phrase: "مصرع 11 وإصابة 30"، "و3 وعلى"،
  // "وإيران" — a word no noun begins with (a particle, or a hamza after the
  // و), not وظيفة، وحدة، وجبة, whose و is their first letter.
  {
    static const std::string kWa = KeyOf("و");
    static const WordSet kParticles{"لا", "لكن", "قد", "هم", "هي", "هو", "كذلك", "لم", "لن", "ما", "إن", "أن"};
    const std::string_view k = w.Key(i);
    if (BeginsWith(k, kWa)) {
      const std::string_view rest = k.substr(kWa.size());
      if (kNotNouns.Has(rest) || kParticles.Has(rest)) return "";
      // (The hamza as written: a match key has none.)
      const std::u32string written = ToU32(PlainText(w.Text(w.SpanOf(i))));
      if (written.size() > 2 && (written[1] == U'أ' || written[1] == U'إ' || written[1] == U'ؤ')) return "";
    }
  }
  // A counted noun is indefinite: "للأسهم"، "بالقرب"، "والحطام" (ل، ب، و, ف
  // before ال) begin another phrase. Not "بالغا" (adult), "والي", "والدة":
  // what follows the ال is a word of three letters or more.
  {
    static const std::string kDefinite[] = {KeyOf("لل"), KeyOf("بال"), KeyOf("وال"), KeyOf("فال")};
    const std::string_view k = w.Key(i);
    for (const std::string& d : kDefinite)
      if (BeginsWith(k, d) && CountCodePoints(k.substr(d.size())) >= 3) return "";
  }
  unsigned char c0 = w.Key(i)[0];
  if (c0 != 0xD8 && c0 != 0xD9) return "";
  if (VerbForm(w.Key(i))) return "";
  // In display form, like names: presentation forms (ﺍﻟﻮﺛﺎﺋﻖ) become letters.
  std::u32string cps = ToU32(PlainText(w.Text(w.SpanOf(i))));
  if (cps.size() > 4 && cps[0] == U'ا' && cps[1] == U'ل') cps.erase(0, 2);
  // The accusative's alef goes, not a word's own: a plural in ـايا (قضايا،
  // خلايا، ضحايا), giga and mega, a camera, a villa.
  static const std::unordered_set<std::u32string> kOwnAlif{U"جيجا", U"ميجا", U"ميغا", U"كاميرا", U"فيلا"};
  const bool own_alif = (cps.size() > 3 && cps[cps.size() - 2] == U'ي' && cps[cps.size() - 3] == U'ا') ||
                        kOwnAlif.count(cps);
  if (cps.size() > 3 && cps.back() == U'ا' && !own_alif) cps.pop_back();
  std::string out;
  for (char32_t c : cps) AppendUtf8(c, &out);
  return out;
}

// Token i is four digits from 1900 to 2100, as years are written ("2,015"
// or "2015.5" are not).
bool YearLike(const Words& w, size_t i) {
  if (!w.IsNumber(i)) return false;
  const double v = w.Number(i);
  return v >= 1900 && v <= 2100 && v == std::floor(v) && w.SpanOf(i).end - w.SpanOf(i).begin == 4;
}

// A percent sign right after token t, or after one space ("71%"، "71 %"،
// "71٪"): "%" is not a token.
bool PercentAfter(const Words& w, size_t t) {
  uint32_t end = w.SpanOf(t).end;
  if (end + 1 < w.u32.size() && (w.u32[end] == U' ' || w.u32[end] == 0xA0)) ++end;
  return end < w.u32.size() && (w.u32[end] == U'%' || w.u32[end] == 0x066A);
}

// A percent sign typed before the number, as right-to-left typing often
// leaves it ("بنسبة %37.5"، "بمعدل %14.2"): glued to the number's first
// digit, after a space, a line break or an opening parenthesis, and not
// the sign of a number before ("22 %3").
bool PercentBefore(const Words& w, size_t t) {
  const uint32_t b = w.SpanOf(t).begin;
  if (b == 0 || (w.u32[b - 1] != U'%' && w.u32[b - 1] != 0x066A)) return false;
  if (b >= 2 && w.u32[b - 2] != U' ' && w.u32[b - 2] != 0xA0 && w.u32[b - 2] != U'\n' && w.u32[b - 2] != U'(')
    return false;
  return !(t > 0 && w.IsNumber(t - 1) && PercentAfter(w, t - 1));
}

// Whether number word `v` continues a number whose part below the next
// multiplier is `current` so far: after a hundred, a smaller number with و
// (مئة وخمسون); after a unit, a ten with و (خمسة وعشرون) or عشر without
// (ثلاثة عشر). Two units with و are two numbers (اثنين وتسعة).
bool JoinsNumber(double current, double v, bool wa) {
  if (current == 0) return true;
  const double below_hundred = std::fmod(current, 100);
  // English: "twenty five" (tens, then units), "three hundred" (below).
  if (!wa && below_hundred >= 20 && std::fmod(below_hundred, 10) == 0 && v >= 1 && v < 10 && current < 100)
    return true;
  if (!wa) return below_hundred > 0 && below_hundred < 10 && v == 10;
  if (below_hundred == 0) return v < 100;
  return below_hundred < 10 && v >= 20 && v < 100 && std::fmod(v, 10) == 0;
}

// The quotation mark that closes one opened by `open` (« " “).
char32_t CloseMark(char32_t open) {
  switch (open) {
    case U'«': return U'»';
    case U'“': return U'”';
    case U'{': return U'}';
    case U'(': return U')';
    default: return U'"';
  }
}

// The unit of a currency's sign ($, €, £) right after the number of tokens
// first..last (spaces between), or, with `before`, right before it first:
// "849.99 $", "$5 million". Null when there is none.
const char* CurrencySign(const Words& w, size_t first, size_t last, bool before) {
  auto unit_of = [](char32_t c) -> const char* {
    return c == U'$' ? "USD" : c == U'€' ? "EUR" : c == U'£' ? "pound" : nullptr;
  };
  if (before) {
    uint32_t x = w.SpanOf(first).begin;
    while (x > 0 && (w.u32[x - 1] == U' ' || w.u32[x - 1] == 0xA0)) --x;
    if (x > 0)
      if (const char* u = unit_of(w.u32[x - 1])) return u;
  }
  uint32_t y = w.SpanOf(last).end;
  while (y < w.u32.size() && (w.u32[y] == U' ' || w.u32[y] == 0xA0)) ++y;
  return y < w.u32.size() ? unit_of(w.u32[y]) : nullptr;
}

bool InsideAny(Span s, const std::vector<Fact>& facts) {
  for (const auto& f : facts)
    if (s.begin < f.span.end && f.span.begin < s.end) return true;
  return false;
}

}  // namespace

bool IsCurrency(std::string_view key) {
  static const WordSet kCurrencies = UnitWords(true);
  if (kCurrencies.Has(key)) return true;
  std::string_view rest = LeadingClitics::Get().AfterLetter(key);
  return !rest.empty() && kCurrencies.Has(rest);
}

std::string CurrencyName(std::string_view key) {
  static const std::string kAl = KeyOf("ال");
  static const std::unordered_map<std::string_view, const char*> kNames{
      {"USD", "دولار"}, {"SAR", "ريال"},   {"EUR", "يورو"},  {"dirham", "درهم"}, {"dinar", "دينار"},
      {"pound", "جنيه"}, {"lira", "ليرة"}, {"cent", "سنت"},  {"CNY", "يوان"},    {"RUB", "روبل"},
      {"rupee", "روبية"}, {"franc", "فرنك"}, {"ILS", "شيكل"}, {"ringgit", "رنجيت"}, {"KRW", "وون"}};
  if (!key.empty() && static_cast<unsigned char>(key[0]) < 0x80) return "";  // "dollars": not in Arabic
  auto find = [](std::string_view k) -> std::string {
    for (const auto& u : Units())
      if (u.currency && u.words.Has(k)) {
        auto it = kNames.find(u.unit);
        return it == kNames.end() ? "" : it->second;
      }
    return "";
  };
  std::string_view k = key;
  for (int pass = 0; pass < 2; ++pass) {
    if (std::string n = find(k); !n.empty()) return n;
    if (BeginsWith(k, kAl))
      if (std::string n = find(k.substr(kAl.size())); !n.empty()) return n;
    k = LeadingClitics::Get().AfterLetter(key);  // بالدولار، وريال
    if (k.empty()) break;
  }
  const std::string lil = LeadingClitics::Get().LilAsAl(key);  // للدولار
  if (!lil.empty() && BeginsWith(lil, kAl)) return find(std::string_view(lil).substr(kAl.size()));
  return "";
}

bool IsNumberWord(std::string_view key) {
  NumberWord nw;
  return NumberWordOf(key, &nw);
}

namespace {
// A number word after a preposition or a conjunction that begins the
// number: "بخمسة ملايين ريال" (read as the vague "ملايين", millions, until
// the fifty-third session)، "لثلاثة أسابيع"، "بمليون دولار"، "فخمسة"; not لست
// ("I am not"), وست (West Ham, West Side) nor بست (Best Buy).
bool NumberAfterClitic(std::string_view key, NumberWord* out) {
  static const std::string kLast = KeyOf("لست"), kWest = KeyOf("وست"), kBest = KeyOf("بست");
  const std::string_view bare = LeadingClitics::Get().AfterLetter(key);
  return !bare.empty() && key != kLast && key != kWest && key != kBest && NumberWordOf(bare, out);
}

bool IsMultiplierWord(std::string_view key) {
  NumberWord nw;
  return NumberWordOf(key, &nw) && nw.multiplier;
}

// The multiplier after the number at token i ("3 ملايين"; past a closing
// parenthesis, "(100) ألف"; of multipliers in a row, their product: "ألف
// مليون"), and its last token in *last; 0 if there is none.
double MultiplierAfter(const Words& w, size_t i, size_t* last) {
  static const std::string kWa = KeyOf("و");
  NumberWord nw;
  // (A dual is two of it: after a number only as "2 مليوني ريال", the two again.)
  if (i + 1 >= w.size() || !NumberWordOf(w.Key(i + 1), &nw) || !nw.multiplier || (nw.dual && w.Number(i) != 2))
    return 0;
  bool parenthesis = false;
  for (char32_t c : w.Gap(i, i + 1)) {
    if (c != U' ' && c != U')' && c != 0xA0) return 0;
    parenthesis = parenthesis || c == U')';
  }
  double m = nw.value;
  size_t k = i + 1;
  while (k + 1 < w.size() && w.Adjacent(k, k + 1) && NumberWordOf(w.Key(k + 1), &nw) && nw.multiplier) {
    m *= nw.value;
    ++k;
  }
  // "(1500) ألف وخمسمائة ريال": the number again in words, not a multiplier.
  if (parenthesis && k + 1 < w.size()) {
    std::string_view next = w.Key(k + 1);
    if (next.size() > kWa.size() && BeginsWith(next, kWa) && NumberWordOf(next.substr(kWa.size()), &nw)) return 0;
  }
  *last = k;
  return m;
}

// The same after the number v, none after a number of 100,000 or more: that
// is the whole amount with its size said again ("(45,510,420) مليون ريال").
double MultiplierOf(const Words& w, size_t i, double v, size_t* last) {
  constexpr double kWholeAmount = 100000;
  return v < kWholeAmount ? MultiplierAfter(w, i, last) : 0;
}

// The rest of a number after its multiplier m, which ends at token *last:
// "52 ألفا و760"، "112 مليونا و770 ألفا"، "سبعة ملايين و120 ألفا و550" — each
// part below the one before ("160 ألف و150 ألف" are two numbers). Moves
// *last to its end; 0 if there is none.
double RestOfNumber(const Words& w, double m, size_t* last) {
  static const std::string kWa = KeyOf("و");
  double sum = 0;
  while (w.Is(*last + 1, kWa) && w.IsNumber(*last + 2) && w.Adjacent(*last + 1, *last + 2)) {
    size_t rest_last = *last + 2;
    const double rest_m = MultiplierAfter(w, rest_last, &rest_last);
    const double rest = w.Number(*last + 2) * (rest_m > 0 ? rest_m : 1);
    if (rest >= m) break;
    sum += rest;
    *last = rest_last;
    if (rest_m <= 0) break;
    m = rest_m;
  }
  return sum;
}

// عشرات، مئات، آلاف، ملايين as 1 to 4, also after one clitic (بعشرات،
// لمئات); 0 for any other word.
int VagueCount(const WordMap& vague, std::string_view key) {
  if (const int v = vague.Get(key)) return v;
  const std::string_view bare = LeadingClitics::Get().AfterLetter(key);
  return bare.empty() ? 0 : vague.Get(bare);
}

// Token i is a number that begins its line (only spaces or an opening
// parenthesis before it since the line break, or the text's start) and is
// followed by a dash, a point or a closing parenthesis: a list's item.
bool ListNumber(const Words& w, size_t i) {
  const uint32_t b = w.SpanOf(i).begin, e = w.SpanOf(i).end;
  for (uint32_t k = b; k > 0; --k) {
    const char32_t c = w.u32[k - 1];
    if (c == U'\n' || c == U'\r') break;
    if (c != U' ' && c != U'\t' && c != U'(' && c != 0xA0) return false;
  }
  for (uint32_t k = e; k < w.u32.size(); ++k) {
    const char32_t c = w.u32[k];
    if (c == U' ' || c == 0xA0) continue;
    return c == U'-' || c == U'.' || c == U')' || c == 0x2013 || c == 0x2014;
  }
  return false;
}

// Token i is written with digits alone (no point, comma or sign).
bool DigitsOnly(const Words& w, size_t i) {
  const Span s = w.SpanOf(i);
  for (uint32_t k = s.begin; k < s.end; ++k) {
    const char32_t c = w.u32[k];
    if (!((c >= U'0' && c <= U'9') || (c >= U'٠' && c <= U'٩'))) return false;
  }
  return s.end > s.begin;
}

// How many digits token i is written with, if with digits alone; else 0.
size_t DigitCount(const Words& w, size_t i) {
  return i < w.size() && DigitsOnly(w, i) ? w.SpanOf(i).end - w.SpanOf(i).begin : 0;
}

// A number the text core reads as several tokens, written in groups: its
// value in *v, and its last token returned (i when it is none).
// - Joined by the Arabic comma, no space between: "20،800 نقطة"، "1،300،000
//   ريال" (each group after the first of three digits: thousands); "322،8
//   مليار ريال"، "2،5%"، "1،72 درهم" (two groups, the second of one or two
//   digits: a decimal comma) only before an amount (a multiplier, a unit, a
//   currency, a percent sign), elsewhere two numbers of a list ("مواده
//   (17،18)").
// - Three groups or more joined by ر, in the order they show right to left:
//   "540ر999ر45 ريال" is 45,999,540 (two groups are a decimal: FindQuantities).
size_t GroupedNumber(const Words& w, size_t i, double* v) {
  static const std::string kRa = KeyOf("ر"), kFi = KeyOf("في");
  static const WordSet kHundred{"المائة", "المئة"};
  const size_t lead = DigitCount(w, i);
  if (lead == 0 || lead > 3 || i + 2 >= w.size()) return i;
  // Joined by the Arabic comma.
  if (w.Gap(i, i + 1) == U"،") {
    std::string digits(w.Key(i));
    size_t last = i;
    while (last + 1 < w.size() && w.Gap(last, last + 1) == U"،" && DigitCount(w, last + 1) == 3) {
      digits += w.Key(++last);
    }
    if (last > i && (last + 1 >= w.size() || w.Gap(last, last + 1) != U"،" || !w.IsNumber(last + 1))) {
      *v = std::strtod(digits.c_str(), nullptr);
      return last;
    }
    const size_t fraction = DigitCount(w, i + 1);
    if (fraction == 0 || fraction > 2 || (i + 2 < w.size() && w.Gap(i + 1, i + 2) == U"،" && w.IsNumber(i + 2)))
      return i;
    const size_t g = i + 1;
    size_t unused;
    const bool amount = MultiplierAfter(w, g, &unused) > 0 || PercentAfter(w, g) ||
                        (g + 1 < w.size() && (UnitOf(w.Key(g + 1)) || IsCurrency(w.Key(g + 1)) ||
                                              (w.Is(g + 1, kFi) && kHundred.Has(w.KeyAt(g + 2)))));
    if (!amount) return i;
    *v = std::strtod((std::string(w.Key(i)) + "." + std::string(w.Key(g))).c_str(), nullptr);
    return g;
  }
  // Joined by ر: every group of three digits but the last typed, which is
  // the number's first as it shows.
  if (lead != 3) return i;
  std::vector<std::string_view> groups{w.Key(i)};
  size_t last = i;
  while (last + 2 < w.size() && w.Key(last + 1) == kRa && w.Gap(last, last + 1).empty() &&
         w.Gap(last + 1, last + 2).empty() && DigitCount(w, last + 2) > 0) {
    groups.push_back(w.Key(last + 2));
    last += 2;
    if (groups.back().size() != 3) break;
  }
  if (groups.size() < 3) return i;
  for (size_t k = 0; k + 1 < groups.size(); ++k)
    if (groups[k].size() != 3) return i;
  std::string digits;
  for (auto it = groups.rbegin(); it != groups.rend(); ++it) digits += *it;
  *v = std::strtod(digits.c_str(), nullptr);
  return last;
}

// The number at token i follows a word that names or ranks by number rather
// than counting: "في الدقيقة 37"، "الدقيقة الـ83"، "القميص رقم 1"، "المادة
// (17) من النظام"، "اللواء 52"، "القرار 2216"، "في المرتبة 146"، "ص 25"،
// "بنتيجة 5 - 2"، "طائرة بوينج 777" (with a clitic too: برقم، للمادة); or it
// numbers a heading, alone in parentheses before a colon ("مذكرات فاتن
// حمامة (6): أزمة الضابط").
bool AfterLabel(const Words& w, size_t i) {
  if (i > 0 && w.Gap(i - 1, i).find(U'(') != std::u32string_view::npos && AloneInMarks(w, i, i) && !YearLike(w, i)) {
    const uint32_t e = w.SpanOf(i).end;
    size_t k = e;
    while (k < w.u32.size() && (w.u32[k] == U' ' || w.u32[k] == U')')) ++k;
    if (k < w.u32.size() && k > e && w.u32[k] == U':' &&
        std::u32string_view(w.u32).substr(e, k - e).find(U')') != std::u32string_view::npos)
      return true;
  }
  static const WordSet kLabels{"الدقيقة", "الدقائق", "رقم",     "الرقم",  "المادة",  "البند",  "الفقرة",
                               "اللواء",  "الفرقة",  "الكتيبة", "القرار", "المرتبة", "الطابق", "الجولة",
                               "القرارات", "القرارين", "قرار",   "قراري",  "قرارات", "الأرقام", "المواد",
                               "البنود",  "الفقرات",
                               "الآية",   "ص",       "مخرج",    "بنتيجة", "النتيجة", "الدقيقتين",
                               // a model's or an edition's number: "بوينج 777"، "ويندوز 10"، "خليجي 23"
                               "بوينج",   "بوينغ",   "إيرباص",  "ايرباص", "ويندوز",  "خليجي",  "آيفون",
                               "ايفون",   "أيفون",   "جالاكسي", "غالاكسي", "فوتسي"};
  // A code, a round, a part or an episode, unless the number is a year or
  // counts what follows it: "تبدأ بالرمز (134)" (a columnist's SMS line),
  // "دور (32)"، "الجزء 2"، "الحلقة 5"، "النسخة 23"; not "دور 320 جينا" (the
  // role of 320 genes), "صدر هذا الجزء2015".
  static const WordSet kNumbered{"الرمز", "رمز", "دور", "الجزء", "الحلقة", "النسخة", "مرتبة"};
  const size_t number = i;
  // A share is a share: "كان قرار 44.9% منهم"، "بلغة الأرقام 80%".
  const bool fraction = number + 1 < w.size() && w.Gap(number, number + 1) == U"." && w.IsNumber(number + 1);
  if (PercentAfter(w, fraction ? number + 1 : number)) return false;
  static const std::string kAl = KeyOf("ال");
  if (i > 1 && w.Key(i - 1) == kAl && w.Adjacent(i - 1, i)) --i;  // الـ
  // A list of them names each by its number: "القرارات 1696 و1737 و1929
  // و2224"، "المواد 5، 6، 7" (1929 stood on the Iran deal's timeline as a
  // year). Back over و or a comma to the list's first number.
  static const std::string kAnd = KeyOf("و");
  for (size_t j = i;;) {
    if (j >= 2 && w.Is(j - 1, kAnd) && w.Adjacent(j - 1, j) && w.IsNumber(j - 2)) {
      j -= 2;
    } else if (j >= 1 && w.IsNumber(j - 1) && w.Gap(j - 1, j).find_first_of(U",،") != std::u32string_view::npos &&
               w.Gap(j - 1, j).size() <= 3) {
      j -= 1;
    } else {
      if (j != i && j > 0 && LeadingClitics::Get().HasOrLil(kLabels, w.Key(j - 1))) return true;
      break;
    }
  }
  if (i == 0) return false;
  for (char32_t c : w.Gap(i - 1, i))
    if (c != U' ' && c != 0xA0 && c != U'(') return false;
  const auto& clitics = LeadingClitics::Get();
  if (clitics.HasOrLil(kLabels, w.Key(i - 1))) return true;
  // (A code's "مسافة" is the space typed after it: "تبدأ بالرمز 153 مسافة ثم
  // الرسالة".)
  static const std::string kSpace = KeyOf("مسافة");
  return clitics.HasOrLil(kNumbered, w.Key(i - 1)) && !YearLike(w, number) &&
         (number + 1 >= w.size() || CountedNoun(w, number + 1).empty() || w.Is(number + 1, kSpace));
}

// The number at token i numbers an item of a list: one or two digits that
// open the text, a line or a sentence (after a full stop, a colon or a
// semicolon), with a dash or a closing parenthesis and a space after them,
// then a word: "الآتي : 1 - حادث استهداف المصلين"، "مليون دولار. 2 -
// (Minions)"، "⏎7 - The Searchers" (272 such "quantities" on SaudiNewsNet).
// Not "بنتيجة 5 - 2" nor "2014 - 2015": no word begins there.
bool ListItemNumber(const Words& w, size_t i) {
  if (!DigitsOnly(w, i)) return false;
  const Span s = w.SpanOf(i);
  if (s.end - s.begin > 2) return false;
  auto blank = [](char32_t c) { return c == U' ' || c == 0xA0 || c == U'\t' || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E); };
  uint32_t k = s.begin;
  while (k > 0 && blank(w.u32[k - 1])) --k;
  if (k > 0 && w.u32[k - 1] != U'\n' && w.u32[k - 1] != U'.' && w.u32[k - 1] != U':' && w.u32[k - 1] != U'؛')
    return false;
  // (Not the end of a number: "3.5" is one token; "فقرة 2.".)
  if (k > 1 && w.u32[k - 1] == U'.' && w.u32[k - 2] >= U'0' && w.u32[k - 2] <= U'9') return false;
  uint32_t e = s.end;
  while (e < w.u32.size() && blank(w.u32[e])) ++e;
  if (e >= w.u32.size() || (w.u32[e] != U'-' && w.u32[e] != U'\u2013' && w.u32[e] != U')')) return false;
  ++e;
  if (e >= w.u32.size() || !blank(w.u32[e])) return false;
  // A word next, not a number: "1 - 2" is a score or a range.
  return i + 1 < w.size() && !DigitsOnly(w, i + 1) && w.SpanOf(i + 1).begin > e;
}

// The number at token i is a way to reach someone or a clock time, not a
// count: a columnist's SMS line ("أرسل sms إلى 88548 الاتصالات، 636250
// موبايلي، 738303 زين"), a telephone, fax or post box ("فاكس: 6923348"،
// "ص.ب 80204 جدة"، "الرمز البريدي 11411"), or the time in Greenwich beside
// the local one ("(12.00 توقيت غرينتش)"، "(06.14 ت غ)").
bool ContactOrClock(const Words& w, size_t i) {
  static const WordSet kOperators{"الاتصالات", "موبايلي", "زين", "stc"};
  static const WordSet kClock{"توقيت", "بتوقيت", "غرينتش", "جرينتش", "gmt"};
  static const WordSet kContact{"فاكس",   "هاتف",   "الهاتف", "جوال",    "الجوال", "تليفون", "تلفون",
                                "واتساب", "تحويلة", "البريدي", "المجاني", "sms",    "ناسوخ"};
  static const std::string kTa = KeyOf("ت"), kGhain = KeyOf("غ"), kSad = KeyOf("ص"), kBa = KeyOf("ب");
  // Only spaces and the marks a list or a label puts between.
  auto plain = [&](size_t a, size_t b) {
    for (char32_t c : w.Gap(a, b))
      if (c != U' ' && c != 0xA0 && c != U'،' && c != U',' && c != U':' && c != U'.' && c != U'(' && c != U'-')
        return false;
    return true;
  };
  if (i + 1 < w.size() && plain(i, i + 1)) {
    const std::string_view next = w.Key(i + 1);
    if (kOperators.Has(next) || kClock.Has(next)) return true;
    if (next == kTa && w.Is(i + 2, kGhain) && plain(i + 1, i + 2)) return true;  // ت غ، ت.غ
  }
  if (i == 0 || !plain(i - 1, i)) return false;
  // (A number of five digits or more is a number to call; a shorter one may
  // be what the word measures: "ويبلغ وزن الهاتف 138 جراما".)
  const bool long_number = DigitsOnly(w, i) && w.SpanOf(i).end - w.SpanOf(i).begin >= 5;
  static const std::string kAl = KeyOf("ال");
  if (!long_number && i + 1 < w.size() && w.Adjacent(i, i + 1) &&
      (UnitOf(w.Key(i + 1)) || (!BeginsWith(w.Key(i + 1), kAl) && !CountedNoun(w, i + 1).empty())))
    return false;
  const std::string_view before = w.Key(i - 1);  // (فاكس begins with a letter of و and ف)
  if (kContact.Has(before) || kContact.Has(LeadingClitics::Get().AfterLetter(before))) return true;
  // "ص.ب"، "ص ب"; "ت: 6652216".
  if (before == kBa && i >= 2 && w.Is(i - 2, kSad) && plain(i - 2, i - 1)) return true;
  return before == kTa && w.Gap(i - 1, i).find(U':') != std::u32string_view::npos;
}

// An adjective of relation without the article, as it follows a counted
// noun: "أفغانيا"، "سعودية"، "مصريين"، "يمنيون" (its form with the article,
// masculine, is one: NerAdjective).
bool Relational(std::string_view k) {
  static const std::string kAl = KeyOf("ال"), kYa = KeyOf("ي"), kAlif = KeyOf("ا"), kTa = KeyOf("ة"),
                           kIna = KeyOf("ين"), kUna = KeyOf("ون");
  std::string_view stem = k;
  if (BeginsWith(stem, kAl)) return false;
  for (const std::string* end : {&kAlif, &kTa, &kIna, &kUna})
    if (stem.ends_with(*end) && stem.size() > end->size() + kYa.size() &&
        stem.substr(0, stem.size() - end->size()).ends_with(kYa)) {
      stem.remove_suffix(end->size());
      break;
    }
  return stem.ends_with(kYa) && NerAdjective(kAl + std::string(stem));
}

// How the words right before the number at token first bound it: "about"
// (نحو، حوالي، قرابة، زهاء، ما يقارب، ما يقرب من), "more than" (أكثر من، ما
// يزيد على، يربو على), "less than" (أقل من، ما يقل عن), "at least" (ما لا
// يقل عن، على الأقل), "at most" (ما لا يزيد عن); nullptr if none.
const char* QualifierBefore(const Words& w, size_t first) {
  static const WordSet kAbout{"نحو",  "بنحو",  "لنحو",  "حوالي", "حوالى", "بحوالي", "لحوالي", "قرابة",
                              "بقرابة", "لقرابة", "زهاء", "بزهاء", "يقارب", "تقارب", "يناهز", "تناهز"};
  static const WordSet kMore{"أكثر", "اكثر", "بأكثر", "لأكثر", "باكثر", "لاكثر", "أزيد"};
  static const WordSet kLess{"أقل", "اقل", "بأقل", "لأقل", "باقل", "لاقل"};
  static const WordSet kExceeds{"يزيد", "تزيد", "يربو", "تربو"}, kFallsShort{"يقل", "تقل"};
  static const WordSet kOnAbout{"على", "عن"}, kLeast{"الأقل", "الاقل"};
  static const WordSet kNot{"لا", "مالا"};  // "ما لا يقل"، "مالا يقل"
  static const std::string kFrom = KeyOf("من"), kOn = KeyOf("على"), kNear = KeyOf("يقرب");
  // English: "about 30", "nearly 30", "over 30", "more than 30", "fewer
  // than 30", "at least 30", "up to 30".
  static const WordSet kEnAbout{"about", "around", "nearly", "almost", "approximately", "roughly", "some"};
  if (first == 0 || !w.Adjacent(first - 1, first)) return nullptr;
  const std::string_view before = WithoutConjunction(w.Key(first - 1));
  if (kAbout.Has(before) || kEnAbout.Has(before)) return "about";
  if (before == "over") return "more than";
  if (first >= 2 && w.Adjacent(first - 2, first - 1)) {
    const std::string_view two = w.Key(first - 2);
    if (before == "than") return two == "more" ? "more than" : two == "fewer" || two == "less" ? "less than" : nullptr;
    if (two == "at" && before == "least") return "at least";
    if ((two == "at" && before == "most") || (two == "up" && before == "to")) return "at most";
  }
  if (first >= 2 && kLeast.Has(before) && WithoutConjunction(w.Key(first - 2)) == kOn &&
      w.Adjacent(first - 2, first - 1))
    return "at least";  // "وعلى الأقل 12 قتيلا"
  if (first < 2 || !w.Adjacent(first - 2, first - 1)) return nullptr;
  const std::string_view verb = WithoutConjunction(w.Key(first - 2));
  if (before == kFrom) {
    if (kMore.Has(verb)) return "more than";
    if (kLess.Has(verb)) return "less than";
    if (verb == kNear) return "about";  // "ما يقرب من"
    return nullptr;
  }
  if (!kOnAbout.Has(before)) return nullptr;
  const bool denied = first >= 3 && kNot.Has(w.Key(first - 3)) && w.Adjacent(first - 3, first - 2);
  if (kExceeds.Has(verb)) return denied ? "at most" : "more than";      // "ما لا يزيد عن"، "ما يزيد على"
  if (kFallsShort.Has(verb)) return denied ? "at least" : "less than";  // "ما لا يقل عن"، "ما يقل عن"
  return nullptr;
}

// How the figure from token first to last (the number, and its unit or
// counted noun) bounds what it counts: the words before it
// (QualifierBefore), or after it "تقريبا" (about), "على الأقل" (at least),
// "على الأكثر" (at most), also past an adjective of relation ("14 جنديا
// أفغانيا على الأقل"); nullptr if none.
const char* QualifierOf(const Words& w, size_t first, size_t last) {
  static const WordSet kLeast{"الأقل", "الاقل"}, kMost{"الأكثر", "الاكثر"}, kRoughly{"تقريبا", "تقريباً"};
  static const std::string kOn = KeyOf("على");
  size_t a = last + 1;
  if (a + 1 < w.size() && w.Adjacent(last, a) && Relational(w.Key(a))) ++a;
  if (a < w.size() && w.Adjacent(a - 1, a)) {
    if (kRoughly.Has(w.Key(a))) return "about";
    if (a + 1 < w.size() && w.Is(a, kOn) && w.Adjacent(a, a + 1)) {
      if (kLeast.Has(w.Key(a + 1))) return "at least";
      if (kMost.Has(w.Key(a + 1))) return "at most";
    }
  }
  return QualifierBefore(w, first);
}

// The figure at token first is a change, not an amount: "increase"
// (بزيادة 272 مسافرا، بارتفاع بنسبة 9.1%، زيادة قدرها 5، بنمو 37%) or
// "decrease" (بانخفاض قدره 20، بتراجع 3.8%، تراجع بواقع 80 نقطة); nullptr if
// it is not. Not a height or a length: "بارتفاع 3 أمتار" is 3 metres high.
const char* ChangeBefore(const Words& w, size_t first, std::string_view unit) {
  static const WordSet kUp{"زيادة", "بزيادة", "ارتفاع", "بارتفاع", "نمو", "بنمو", "ارتفاعا", "زيادتها"};
  static const WordSet kDown{"انخفاض", "بانخفاض", "تراجع", "بتراجع", "نقص", "بنقص", "هبوط", "بهبوط", "انخفاضا",
                             "تراجعا"};
  static const WordSet kBetween{"قدرها", "قدره", "بلغت", "بلغ", "تبلغ", "بمقدار", "بواقع", "نسبتها", "نسبته", "بنسبة"};
  if (first == 0 || !w.Adjacent(first - 1, first)) return nullptr;
  if (unit == "m" || unit == "km" || unit == "cm" || unit == "mm" || unit == "mile" || unit == "inch")
    return nullptr;
  size_t k = first - 1;
  if (kBetween.Has(w.Key(k)) && k > 0 && w.Adjacent(k - 1, k)) --k;
  const std::string_view key = WithoutConjunction(w.Key(k));
  if (kUp.Has(key)) return "increase";
  if (kDown.Has(key)) return "decrease";
  return nullptr;
}

// The number at token i is said to be about so many, or so many in all:
// "أكثر من 2000"، "نحو 2000"، "ما يقارب 2000"، "إجمالي 2000" (a count, not
// a year).
bool Approximate(const Words& w, size_t i) {
  static const WordSet kInAll{"إجمالي", "مجموع", "عدد"};
  if (i > 0 && w.Adjacent(i - 1, i) && kInAll.Has(WithoutConjunction(w.Key(i - 1)))) return true;
  return QualifierBefore(w, i) != nullptr;
}

// The number from token first to last, written as a year, is one by where
// it stands, whatever word follows it: after a word of time, or alone in
// parentheses ("منذ 2014 جراء"، "في 2009 قبالة"، "حرب 1973 تدهور"، "مدائن
// صالح (2008) يشكل"). ("أكثر من 2000 مواطن" and "حوالي 2000 شخص" are
// counts.)
bool YearContext(const Words& w, size_t first, size_t last) {
  static const WordSet kYearBefore{"في",  "فى",   "منذ",  "عام",  "العام", "للعام", "لعام",  "حرب",  "خلال",
                                   "حتى", "إلى",  "الى",  "بعد",  "قبل",   "مطلع",  "نهاية", "أواخر", "أوائل",
                                   "بداية", "موسم", "الموسم", "سنة", "لسنة", "السنة", "للسنة"};
  static const std::string kWa = KeyOf("و");
  if (first == 0) return false;
  if (kYearBefore.Has(WithoutConjunction(w.Key(first - 1))) && w.Adjacent(first - 1, first)) return true;
  // The next of two years or more: "بين 2009 و2013 تؤيد"، "في أعوام 2015
  // و2016 زاد"، "عام 2015 - 2016 موزع" (not a count of the verb after it).
  if (w.Is(first - 1, kWa) && first >= 2 && YearLike(w, first - 2) && w.Adjacent(first - 2, first - 1) &&
      w.Adjacent(first - 1, first))
    return true;
  if (YearLike(w, first - 1) && RangeEnd(w, first - 1, first - 1) == first) return true;  // a dash alone between
  return AloneInMarks(w, first, last) && w.Gap(first - 1, first).find(U'(') != std::u32string_view::npos;
}

// The word after the number `number` is its count's noun in the accusative
// (تمييز): a number whose last two digits are 11 to 99 takes its noun so,
// indefinite and with the alef ("1916 قتيلا"، "1913 بلاغاً"), where a year
// is followed by a word of its own phrase. Not after a word that makes it
// a year (عام، منذ، في، خلال …, YearContext; إلى and حتى lead to a figure
// as often as to a year), nor as the second of two years ("و 2016
// متذرعا"), nor a participle, a description (متذرعا، مؤكدا، واصفا after
// "عام 2012"), which begins with م.
bool Tamyiz(const Words& w, size_t number, size_t after) {
  if (after >= w.size() || !w.IsNumber(number) || !w.Adjacent(number, after)) return false;
  const double v = w.Number(number);
  const int last_two = static_cast<int>(std::fmod(v, 100));
  if (last_two < 11 || v != std::floor(v)) return false;
  const std::u32string written = ToU32(PlainText(w.Text(w.SpanOf(after))));
  if (written.size() < 4 || written.back() != U'ا' || written.rfind(U"ال", 0) == 0 || written[0] == U'م' ||
      written[0] == U'و' || written[written.size() - 2] == U'ه')  // "2016 وهذا"، "2025 لأنها"
    return false;
  // A word with a preposition before a name ("2018 بروسيا"، "لروسيا"), and
  // the adverbs of a phrase ("2015 فضلا عن"، "طبقا"، "سنويا").
  static const WordSet kAdverbs{"فضلا", "طبقا", "نظرا", "تقريبا", "أيضا", "ايضا", "علما", "خصوصا", "مثلا",
                                "جدا", "سنويا", "يوميا", "شهريا", "حاليا", "تحديدا", "عموما", "تماما"};
  const std::string_view key = w.Key(after);
  if (kAdverbs.Has(key)) return false;
  const std::string_view bare = LeadingClitics::Get().AfterLetter(key);
  if (!bare.empty() && (Gazetteer::Get().Exact(bare) & (kGazPlace | kGazPerson | kGazOrg | kGazWholeName))) return false;
  static const WordSet kToward{"إلى", "الى", "حتى"};
  if (number > 0 && !kToward.Has(WithoutConjunction(w.Key(number - 1))) && YearContext(w, number, number))
    return false;
  return true;
}

}  // namespace

void FindQuantities(const Words& w, const std::vector<Fact>& dates, std::vector<Fact>* out,
                    std::vector<Fact>* years) {
  static const std::string kWa = KeyOf("و"), kAl = KeyOf("ال"), kFi = KeyOf("في"), kRa = KeyOf("ر"),
                           kWest = KeyOf("وست"), kBi = KeyOf("ب"), kLi = KeyOf("ل"), kMeem = KeyOf("م"),
                           kMin = KeyOf("من");
  static const WordSet kTen{"عشر", "عشرة"}, kHundred{"المائة", "المئة"}, kHour{"الساعة", "الساعه"};
  static const std::string kAndHalf = KeyOf("ونصف"), kAndQuarter = KeyOf("وربع");
  // Word t is "and a half" (0.5) or "and a quarter" (0.25), else 0.
  auto and_fraction = [&](size_t t) { return w.Is(t, kAndHalf) ? 0.5 : w.Is(t, kAndQuarter) ? 0.25 : 0.0; };
  const bool english = EnglishText(w);
  static const WordMap kHalfUnits{{"يوم", 1},   {"أسبوع", 1},   {"شهر", 1},   {"سنة", 1},    {"عام", 1},
                                  {"ساعة", 1},  {"دقيقة", 1},   {"يومين", 2}, {"يومان", 2},  {"أسبوعين", 2},
                                  {"شهرين", 2}, {"سنتين", 2},   {"عامين", 2}, {"ساعتين", 2}, {"دقيقتين", 2}};
  // After "ونصف" at token k, the unit again with the article ("ونصف الشهر").
  auto unit_again = [&](size_t k, const std::string& unit) {
    if (k + 1 >= w.size() || !w.Adjacent(k, k + 1) || !BeginsWith(w.Key(k + 1), kAl)) return false;
    const char* u = UnitOf(w.Key(k + 1).substr(kAl.size()));
    return u != nullptr && unit == u;
  };
  static const WordSet kOne{"أحد", "إحدى"}, kTwo{"اثنا", "اثني", "اثنتا", "اثنتي"};  // of eleven and twelve
  static const WordSet kOneAlone{"واحد", "واحدة"};
  static const std::string kAlif = KeyOf("ا");
  static const WordMap kVagueValue{{"عشرات", 1}, {"مئات", 2},     {"آلاف", 3},      {"ملايين", 4},
                                   {"مليارات", 5}, {"dozens", 1},  {"scores", 1},    {"tens", 1},
                                   {"hundreds", 2}, {"thousands", 3}, {"millions", 4}, {"billions", 5}};
  static const WordMap kVagueOf{{"آلاف", 3},     {"الآلاف", 3},   {"ألوف", 3},      {"الألوف", 3},
                                {"ملايين", 4},   {"الملايين", 4}, {"مليارات", 5},  {"المليارات", 5},
                                {"thousands", 3}, {"millions", 4}, {"billions", 5}};
  static const std::string kOf = KeyOf("of");
  static const char* kVagueNames[] = {"", "tens", "hundreds", "thousands", "millions", "billions"};
  for (size_t i = 0; i < w.size(); ++i) {
    if (InsideAny(w.SpanOf(i), dates)) continue;
    size_t first = i, last = i;
    bool years_only = false;
    bool definite = false;  // number words with the article: "الأربعة عشر"، "الخمسة والعشرون"
    std::string value;
    std::string thousands;  // the value if a point in it separates thousands
    // "عام ونصف"، "ساعتين ونصف": a unit of time, one or two, and a half
    // (with the unit again: "عام ونصف العام").
    // (The rare "ونصف" first, by its hash: this runs at every word.)
    static const uint64_t kAndHalfHash = KeyHash(kAndHalf);
    if (int n = 0; i + 1 < w.size() && w.key_hash[i + 1] == kAndHalfHash && w.Is(i + 1, kAndHalf) &&
                   (n = kHalfUnits.Get(w.Key(i))) > 0 &&
                   w.Adjacent(i, i + 1) && !(i > 0 && w.IsNumber(i - 1))) {
      Fact f;
      f.kind = FactKind::kQuantity;
      f.value = FormatNumber(n + 0.5);
      f.unit = UnitOf(w.Key(i));
      size_t end = i + 1;
      if (unit_again(end, f.unit)) ++end;
      f.span = Span{w.SpanOf(i).begin, w.SpanOf(end).end};
      f.text = w.Text(f.span);
      out->push_back(std::move(f));
      i = end;
      continue;
    }
    if (w.IsNumber(i)) {
      // Skip clock times (21:11) and numbers glued to letters in codes.
      if (i + 1 < w.size() && w.Gap(i, i + 1) == U":" && w.IsNumber(i + 1)) {
        ++i;
        continue;
      }
      // Numbers glued to letters are parts of names and codes (T2, F16).
      uint32_t b = w.SpanOf(i).begin, e = w.SpanOf(i).end;
      auto latin = [](char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
      auto letter = [&](uint32_t at) { return latin(w.u32[at]) || w.u32[at] == '/' || w.u32[at] == '_'; };
      if ((b > 0 && letter(b - 1)) || (e < w.u32.size() && letter(e))) continue;
      // "الساعة 1020 بتوقيت جرينتش": the time of day.
      // (With its minutes after an Arabic comma: "الساعة 13،00".)
      if (i > 0 && kHour.Has(w.Key(i - 1))) {
        while (i + 1 < w.size() && w.Gap(i, i + 1) == U"،" && DigitCount(w, i + 1) > 0) ++i;
        continue;
      }
      if (ContactOrClock(w, i)) {
        if (const size_t k = RangeEnd(w, i, i); k == i + 1) i = k;  // "تحويلة 1420 – 1422"
        continue;
      }
      // "5+1" (the six powers), "+966": a name or a code.
      auto digit = [&](uint32_t at) { return w.u32[at] >= U'0' && w.u32[at] <= U'9'; };
      if ((e + 1 < w.u32.size() && w.u32[e] == U'+' && digit(e + 1)) || (b > 1 && w.u32[b - 1] == U'+' && digit(b - 2)))
        continue;
      // A number after a word that names or ranks by number is no count
      // (AfterLabel), nor is the second number of a score after it; but an
      // amount, with its multiplier, currency or percent sign, is a figure
      // ("سجل الاحتياطي رقم 745.8 مليار دولار": a record of).
      auto amount = [&] {
        size_t unused;
        if (MultiplierAfter(w, i, &unused) > 0) return true;
        if (i + 1 >= w.size()) return false;
        const char* unit = UnitOf(w.Key(i + 1));
        return IsCurrency(w.Key(i + 1)) || (unit && std::string_view(unit) == "percent");
      };
      // A number after a word in Latin letters is a model's, a product's or
      // a list's ("OnePlus 2"، "Windows 10 Education"، "Xbox 360"، "Top 500"،
      // "Mobily 737221"), unless an amount.
      // In English text, a name has a capital letter; an English word
      // before a count has none, or is one of the words that bound it
      // ("killed 20 fighters"، "About 30 militants"، "At least 20"، "Between
      // 10 and 20").
      static const WordSet kEnglishBefore{"about", "around", "nearly", "almost", "some", "over", "approximately",
                                          "roughly", "least", "than", "only", "just", "to", "exactly", "all",
                                          "between"};
      auto latin_word = [&](size_t t) {  // (after a و: "وXbox 360")
        Span sp = w.SpanOf(t);
        if (sp.end - sp.begin > 2 && w.u32[sp.begin] == U'و') ++sp.begin;
        if (sp.end - sp.begin < 2) return false;
        return std::all_of(w.u32.begin() + sp.begin, w.u32.begin() + sp.end, latin) &&
               (!english || (std::any_of(w.u32.begin() + sp.begin, w.u32.begin() + sp.end,
                                         [](char32_t c) { return c >= 'A' && c <= 'Z'; }) &&
                             !kEnglishBefore.Has(w.Key(t))));
      };
      // (A year stays a date: "Public Order Act 1986"، "CES 2014"; and a
      // price in dollars a price: "64GB 849.99 $".)
      if (i > 0 && w.Adjacent(i - 1, i) && latin_word(i - 1) && !amount() && !YearLike(w, i) &&
          !CurrencySign(w, i, i, /*before=*/false) &&
          !(i + 1 < w.size() && UnitOf(w.Key(i + 1))))
        continue;
      if (AfterLabel(w, i) && !amount()) {
        if (const size_t k = RangeEnd(w, i, i); k == i + 1) i = k;  // "بنتيجة 5 - 2"
        continue;
      }
      if (ListItemNumber(w, i)) continue;
      // "تغلب عليه 3-1"، "2 - 2"، "3-صفر": a score, no count (a range never
      // falls), unless a unit or a counted noun follows.
      {
        static const std::string kZero = KeyOf("صفر");
        size_t k = RangeEnd(w, i, i);
        // (Spaces and one dash between: "1 -صفر", "3-صفر".)
        auto dash_only = [&] {
          size_t dashes = 0;
          for (char32_t c : w.Gap(i, i + 1)) {
            if (c == U'-' || c == U'\u2013') ++dashes;
            else if (c != U' ' && c != 0xA0) return false;
          }
          return dashes == 1;
        };
        if (k != i + 1 && i + 1 < w.size() && w.Is(i + 1, kZero) && dash_only()) k = i + 1;
        if (k == i + 1) {
          const int a = w.SmallInt(i), z = w.Is(k, kZero) ? 0 : w.SmallInt(k);
          if (a >= 0 && a <= 30 && z >= 0 && z <= a &&
              (k + 1 >= w.size() || !w.Adjacent(k, k + 1) ||
               (!UnitOf(w.Key(k + 1)) && CountedNoun(w, k + 1).empty()))) {
            i = k;
            continue;
          }
        }
      }
      // "ثورة 25 يناير"، "هجمات 11 سبتمبر": a day of a month in a name.
      if (w.Key(i).size() <= 2 && w.SmallInt(i) >= 1 && w.SmallInt(i) <= 31 && MonthAfterDay(w, i + 1)) continue;
      double v = w.Number(i);
      if (const size_t g = GroupedNumber(w, i, &v); g > i) {
        i = g;  // "20،800"، "540ر999ر45"
        last = i;
      } else if (w.IsNumber(i + 2) && w.Key(i + 1) == kRa && w.Gap(i, i + 1).empty() && w.Gap(i + 1, i + 2).empty() &&
                 v == std::floor(v)) {
        // "935ر6 مليون برميل": a decimal written in the order it shows right
        // to left, ر for the point (6.935).
        v = std::strtod((std::string(w.Key(i + 2)) + "." + std::string(w.Key(i))).c_str(), nullptr);
        i += 2;
        last = i;
      }
      // "3 ملايين", "(100) ألف", "879 ألف مليون" (a thousand millions).
      if (const double m = MultiplierOf(w, i, v, &last); m > 0) {
        v = v * m + RestOfNumber(w, m, &last);
      } else if (v >= 100000 && last == i) {
        MultiplierAfter(w, i, &last);  // "1.348.764 مليون راكب": the word repeats the amount's size
      }
      value = FormatNumber(v);
      // "33.288 زجاجة": a point before exactly three digits, in a count of
      // things (below), separates thousands.
      if (last == i) {
        const std::string_view k = w.Key(i);
        const size_t dot = k.find('.');
        if (dot >= 1 && dot <= 3 && k.size() == dot + 4 && k.find_first_not_of("0123456789.") == std::string_view::npos)
          thousands = FormatNumber(v * 1000);
      }
      // A range: "10 - 20", "10-20", "من 3 إلى 5"، "بين 20 و30"، "بين 60 و100
      // مليون" (the end's multiplier is both ends'), "من 3 ملايين إلى 5
      // ملايين" (each its own).
      // Two years with words between ("من 2008 إلى 2010"، "بين 1998 و2013")
      // are a period, no figure: left as they were, two numbers.
      const bool own = last > i;
      auto year = [](double y) { return y >= 1900 && y <= 2100 && y == std::floor(y); };
      if (const size_t k = RangeEnd(w, i, last);
          k != 0 && !(own && k == last + 1) && !(k == last + 2 && year(v) && year(w.Number(k)))) {
        double end = w.Number(k);
        size_t end_last = k;
        const double m = MultiplierOf(w, k, end, &end_last);
        if (end > v || (own && end * m > v)) {
          if (m > 0) end *= m;
          value = FormatNumber(!own && m > 0 ? v * m : v) + "-" + FormatNumber(end);
          last = end_last;
          thousands.clear();
        }
      }
      // Written as a year, or as two years with a dash between ("1982 - 1990").
      years_only = YearLike(w, i) && (last == i || (last == i + 1 && YearLike(w, last) && value.find('-') != std::string::npos));
    } else if (int vague = VagueCount(kVagueValue, w.Key(i))) {
      value = kVagueNames[vague];  // "عشرات القتلى"
      // "عشرات الآلاف", "مئات الملايين": tens of thousands, hundreds of
      // millions; in English with "of" between.
      const size_t of_at = i + 1 < w.size() && w.Is(i + 1, kOf) && w.Adjacent(i, i + 1) ? i + 2 : i + 1;
      if (vague <= 2 && of_at < w.size() && w.Adjacent(of_at - 1, of_at))
        if (const int of = kVagueOf.Get(w.Key(of_at))) {
          value += std::string(" of ") + kVagueNames[of];
          last = of_at;
        }
    } else {
      // Number words: "ثلاثة", "مئة وخمسون", "ثلاثة آلاف".
      double total = 0, current = 0;
      bool any = false;
      size_t j = i;
      bool and_before = false;  // English "and" inside a number: "a hundred and twenty"
      double multiplier = 0;    // the last multiplier taken
      size_t group = i;         // where the words after it began ("وثلاثة")
      for (; j < w.size(); ++j) {
        std::string_view k = w.Key(j);
        const bool wa_letter = k.size() > kWa.size() && k.compare(0, kWa.size(), kWa) == 0 && (j > i || k != kWest);
        if (wa_letter) k.remove_prefix(kWa.size());  // وخمسون; "32 قتيلا ومائة جريح"; not وست هام
        const bool wa = wa_letter || std::exchange(and_before, false);
        if (definite && wa && k.size() > kAl.size() && BeginsWith(k, kAl)) k.remove_prefix(kAl.size());  // والعشرون
        if (NumberWord next; english && k == "and" && j > i && current > 0 && std::fmod(current, 100) == 0 &&
                             w.Adjacent(j - 1, j) && j + 1 < w.size() && w.Adjacent(j, j + 1) &&
                             NumberWordOf(w.Key(j + 1), &next) && !next.multiplier && next.value < 100) {
          and_before = true;
          continue;
        }
        // "ثلاثة ونصف ترليون": three and a half of the multiplier after.
        if (const double part = and_fraction(j); j > i && current > 0 && current < 10 && part > 0 &&
                                                  w.Adjacent(j - 1, j) && j + 1 < w.size() && w.Adjacent(j, j + 1) &&
                                                  IsMultiplierWord(w.Key(j + 1))) {
          current += part;
          continue;
        }
        NumberWord nw;
        // The one of eleven and the two of twelve, only before their ten:
        // "أحد عشر"، "وإحدى عشرة" (elsewhere "one of"), "اثنا عشر"، "اثنتي
        // عشرة" (elsewhere أثنى, "praised", has the same letters).
        // (Their keys begin with alif and are short: a cheap first test, as
        // it runs at every word.)
        if (j == i && k.size() <= 10 && BeginsWith(k, kAlif) && !BeginsWith(k, kAl) && j + 1 < w.size() &&
            (kOne.Has(k) || kTwo.Has(k)) && kTen.Has(w.Key(j + 1)) && w.Adjacent(j, j + 1)) {
          nw = NumberWord{kOne.Has(k) ? 1.0 : 2.0, false};
        } else if (NumberWord tens; j == i && k.size() <= 10 &&
                                    (kOne.Has(k) || kOneAlone.Has(WithoutConjunction(w.Key(j)))) &&
                                    j + 1 < w.size() && w.Adjacent(j, j + 1) && BeginsWith(w.Key(j + 1), kWa) &&
                                    NumberWordOf(w.Key(j + 1).substr(kWa.size()), &tens) && !tens.multiplier &&
                                    tens.value >= 20 && tens.value < 100) {
          // The one of twenty-one to ninety-one, before its ten: "واحد
          // وأربعين"، "إحدى وعشرين" (alone, "one" is no count).
          nw = NumberWord{1.0, false};
        } else if (j > i && wa && current > 0 && std::fmod(current, 100) == 0 && (kOne.Has(k) || kOneAlone.Has(k)) &&
                   w.Adjacent(j - 1, j)) {
          // "مئة وواحد وثلاثين"، "مائة وواحد": one after a hundred is part of
          // the number (131, 101), as it is not alone.
          nw = NumberWord{1.0, false};
        } else if (NumberWord m; j == i && !wa && k.size() > kAl.size() && BeginsWith(k, kAl) && j + 1 < w.size() &&
                                 w.Adjacent(j, j + 1) && NumberWordOf(k.substr(kAl.size()), &nw) && !nw.multiplier &&
                                 NumberWordOf(w.Key(j + 1), &m) && m.multiplier) {
          // "الخمسين مليون ريال"، "المائة مليار دولار": the number with the
          // article, before its multiplier.
        } else if (NumberWord next; j == i && !wa && k.size() > kAl.size() && BeginsWith(k, kAl) && j + 1 < w.size() &&
                                    w.Adjacent(j, j + 1) && NumberWordOf(k.substr(kAl.size()), &nw) &&
                                    !nw.multiplier && nw.value >= 3 && nw.value <= 9 &&
                                    (kTen.Has(w.Key(j + 1)) ||
                                     (BeginsWith(w.Key(j + 1), kWa + kAl) &&
                                      NumberWordOf(w.Key(j + 1).substr(kWa.size() + kAl.size()), &next) &&
                                      !next.multiplier && next.value >= 20 && next.value < 100))) {
          // "الأربعة عشر مليونا"، "الثلاثة عشر فرعا"، "الخمسة والعشرون": a
          // count with the article, before its ten or its tens (its ten
          // alone had been read: fourteen million as ten million).
          definite = true;
        } else if (english && k == "dozen" && j > i && w.Adjacent(j - 1, j)) {
          nw = NumberWord{12.0, true};  // "two dozen soldiers", "a dozen tanks"
        } else if (NumberWord m; english && j == i && (k == "one" || k == "a" || k == "an") && j + 1 < w.size() &&
                                 w.Adjacent(j, j + 1) &&
                                 (w.Key(j + 1) == "dozen" ||
                                  (NumberWordOf(w.Key(j + 1), &m) && (m.multiplier || m.value == 100)))) {
          nw = NumberWord{1.0, false};  // "one hundred", "a million", "a dozen" (not "one of")
        } else if ((!NumberWordOf(k, &nw) && !(j == i && NumberAfterClitic(k, &nw))) ||
                   (j > i && !w.Adjacent(j - 1, j) && !(english && w.Gap(j - 1, j) == U"-"))) {  // "twenty-five"
          break;
        }
        // "سبع مئة"، "ثلاث مائة": a hundred after its units, in two words
        // ("one hundred", "two hundred" in English).
        if (!nw.multiplier && nw.value == 100 && !wa && j > i && current >= (english ? 1 : 3) && current <= 9 &&
            current == std::floor(current)) {
          current *= 100;
          continue;
        }
        if (!nw.multiplier && !JoinsNumber(current, nw.value, wa && j > i)) break;  // "رقم اثنين وتسعة": two numbers
        if (nw.dual && (current > 0 || (total > 0 && !wa))) break;  // two of it is the whole count
        if (wa && j > i && current == 0) group = j;
        // "بين مليون وثلاثة ملايين": after a multiplier, words that end in
        // one as large are another number (4 million had been read).
        if (nw.multiplier && multiplier > 0 && group > i && nw.value >= multiplier) {
          j = group;
          current = 0;
          break;
        }
        any = true;
        if (nw.multiplier) {
          multiplier = nw.value;
          // "ألف مليون": a multiplier of the one before (a thousand millions).
          if (current == 0 && total > 0 && nw.value > total && !(wa && j > i))
            total *= nw.value;
          else
            total += (nw.dual ? 2.0 : std::max(current, 1.0)) * nw.value;
          current = 0;
        } else {
          current += nw.value;
        }
      }
      if (!any) continue;
      // "الثالث عشر", "التاسعة عشرة": the ten of an ordinal, not a count.
      if (j == i + 1 && i > 0 && kTen.Has(w.Key(i)) && BeginsWith(w.Key(i - 1), kAl)) continue;
      // "دور الستة عشر": a round of the cup, named by its number.
      static const WordSet kRound{"دور", "الدور"};
      if (definite && i > 0 && LeadingClitics::Get().Has(kRound, w.Key(i - 1))) {
        i = j - 1;
        continue;
      }
      total += current;
      // "مليون ونصف المليون"، "مليار ونصف": and half the multiplier; "مليون
      // وربع المليون"، "مليونين وربع مليون": and a quarter of it.
      if (NumberWord m; current == 0 && j < w.size() && and_fraction(j) > 0 && w.Adjacent(j - 1, j) &&
                        NumberWordOf(w.Key(j - 1), &m) && m.multiplier) {
        total += m.value * and_fraction(j);
        ++j;
        // The multiplier again, with or without the article ("ونصف المليون").
        if (j < w.size() && w.Adjacent(j - 1, j)) {
          std::string_view again_key = w.Key(j);
          if (BeginsWith(again_key, kAl)) again_key.remove_prefix(kAl.size());
          if (NumberWord again; NumberWordOf(again_key, &again) && again.multiplier && again.value == m.value) ++j;
        }
      }
      last = j - 1;
      // "مليار و800 مليون"، "ثلاثة مليارات و160 مليون"، "أربعة آلاف و693": the
      // rest of the number in digits after its multiplier in words.
      if (NumberWord m; current == 0 && w.Adjacent(last, last + 1) && NumberWordOf(w.Key(last), &m) && m.multiplier) {
        total += RestOfNumber(w, m.value, &last);
        j = last + 1;
      }
      // "نصف مليون حاج"، "بربع مليون"، "النصف مليار": a half or a quarter of
      // the multiplier the number begins with (it had been read whole: half a
      // million pilgrims as a million). "مليون ونصف مليون" is one number
      // (above); "ونصف مليون" here follows no number it adds to.
      static const WordSet kHalf{"نصف", "النصف"}, kQuarter{"ربع", "الربع"};
      if (NumberWord m; i > 0 && w.Adjacent(i - 1, i) && NumberWordOf(w.Key(i), &m) && m.multiplier && !m.dual) {
        const auto& clitics = LeadingClitics::Get();
        const bool half = clitics.Has(kHalf, w.Key(i - 1));
        if (half || clitics.Has(kQuarter, w.Key(i - 1))) {
          total *= half ? 0.5 : 0.25;
          first = i - 1;
        }
      }
      value = FormatNumber(total);
      // "وكل عام وأنتم بألف خير": a greeting, no count.
      static const std::string kKhair = KeyOf("خير");
      if (j < w.size() && w.Is(j, kKhair) && w.Adjacent(j - 1, j)) {
        i = j;
        continue;
      }
      // "مجموعة خمسة زائد واحد" (the P5+1): a group's name, no count.
      static const std::string kPlus = KeyOf("زائد"), kOne = KeyOf("واحد");
      if (NumberWord n; j + 1 < w.size() && w.Is(j, kPlus) && w.Adjacent(j - 1, j) && w.Adjacent(j, j + 1) &&
                        (w.IsNumber(j + 1) || w.Is(j + 1, kOne) || NumberWordOf(w.Key(j + 1), &n))) {
        i = j + 1;
        continue;
      }
    }
    Fact f;
    f.kind = FactKind::kQuantity;
    f.value = value;
    size_t after = last + 1;
    bool from_words = !w.IsNumber(first) && !IsVagueCount(value);  // number words
    // A closing parenthesis may stand between when one opens the number:
    // "(150) إرهابيا", not the list's "3) بمنشأة".
    const bool opened = [&] {
      const std::u32string_view before = first > 0 ? w.Gap(first - 1, first) : std::u32string_view();
      return before.find(U'(') != std::u32string_view::npos;
    }();
    bool near = after < w.size() && [&] {
      for (char32_t c : w.Gap(last, after))
        if (c != ' ' && c != 0xA0 && !(c == ')' && opened)) return false;
      return true;
    }();
    // A currency's sign right before the number ("$5 million", "US$ 2
    // billion", "€300", "£40"): the figure is in it (after it, "849.99 $",
    // the sign is the price's as well).
    const char* sign_unit = CurrencySign(w, first, last, /*before=*/true);
    static const WordSet kDegrees{"درجة", "درجات"}, kCelsius{"مئوية", "سيليزية"};
    if (sign_unit) {
      f.unit = sign_unit;
    } else if (near && w.Is(after, kFi) && kHundred.Has(w.KeyAt(after + 1))) {
      f.unit = "percent";  // "85 في المائة"
      last = after + 1;
    } else if (const char* u = near ? UnitOf(w.Key(after)) : nullptr;
               u && std::string_view(u) == "year" && after + 1 < w.size() && YearLike(w, after + 1) &&
               w.Adjacent(after, after + 1)) {
      // "1209 مليون ريال من 572 مليون عام 2014": the year a figure is of,
      // not years counted; the figure stands alone.
    } else if (near) {
      if (const char* u = UnitOf(w.Key(after))) {
        // "2015- 2020م"، "1979-1988م": م after years is the era, not metres.
        if (w.Key(after) == kMeem && YearLike(w, first)) continue;
        f.unit = u;
        last = after;
        // Units of two words, or with a power: "كيلو غرام" (kg; "كيلو"
        // alone is the kilometre), "كيلو متر", "كيلو واط"; "متر مربع"،
        // "م2"، "كم مربع"; "متر مكعب"، "م3". (On SaudiNewsNet 420 of 698
        // kilos were grams, read as kilometres; 720 square or cubic metres
        // were metres, the power's 2 or 3 a count of its own.)
        static const WordSet kGrams{"غرام", "غراما", "غرامات", "جرام", "جراما", "جرامات"},
            kMetres{"متر", "مترا", "مترات", "أمتار"}, kWatts{"واط", "وات"},
            kSquare{"مربع", "مربعا", "مربعة"}, kCubic{"مكعب", "مكعبا", "مكعبة"};
        static const std::string kKilo = KeyOf("كيلو");
        if (after + 1 < w.size()) {
          const std::string_view next = w.Key(after + 1);
          const bool adjacent = w.Adjacent(after, after + 1);
          if (w.Key(after) == kKilo && adjacent && (kGrams.Has(next) || kMetres.Has(next) || kWatts.Has(next))) {
            f.unit = kGrams.Has(next) ? "kg" : kWatts.Has(next) ? "kW" : "km";
            last = after + 1;
          } else if ((f.unit == "m" || f.unit == "km") && adjacent && (kSquare.Has(next) || kCubic.Has(next))) {
            f.unit += kSquare.Has(next) ? "2" : "3";
            last = after + 1;
          } else if (f.unit == "m" && w.Key(after) == kMeem && w.IsNumber(after + 1) &&
                     w.Gap(after, after + 1).empty()) {
            const std::string power = w.Text(w.SpanOf(after + 1));
            if (power == "2" || power == "٢" || power == "3" || power == "٣") {
              f.unit += power == "2" || power == "٢" ? "2" : "3";
              last = after + 1;
            }
          }
        }
      } else if (kDegrees.Has(w.Key(after)) && after + 1 < w.size() && w.Adjacent(after, after + 1) &&
                 kCelsius.Has(w.Key(after + 1))) {
        f.unit = "celsius";  // "22.2 درجة مئوية"
        last = after + 1;
      } else {
        f.of = CountedNoun(w, after);
        // "dozens of people", "tens of thousands of refugees": in English
        // a vague count's noun comes after "of".
        if (f.of.empty() && IsVagueCount(value) && w.Is(after, kOf) && after + 1 < w.size() &&
            w.Adjacent(after, after + 1)) {
          f.of = CountedNoun(w, after + 1);
          if (!f.of.empty()) ++after;
        }
        if (from_words && BeginsWith(w.Key(after), kWa)) f.of.clear();
        // A definite count follows what it counts, and a word with the
        // article after it agrees with that noun: "الساعات الأربع والعشرين
        // الماضية"، "الدول التسع عشرة الأعضاء".
        if (definite && BeginsWith(w.Key(after), kAl)) f.of.clear();
        // A year is no count: "في 2012 بالإضافة"، "لندن 2012 وكأس" (a
        // four-digit number from 1900 to 2100 takes no noun with a clitic;
        // "2000 شخص" is still a count).
        // Nor after a word of time, nor alone in parentheses (YearContext).
        // But a noun with the accusative's alef after a number whose last
        // two digits are 11 to 99 is what it counts, as Arabic counts so
        // ("ارتفع إلى 1916 قتيلا"، "سجلت 1913 بلاغاً"، "1959 فرعا"): no year
        // takes one, and its first letter is no clitic (a preposition's
        // noun has no such alef).
        if (!f.of.empty() && years_only &&
            !(last == first && Tamyiz(w, first, after)) &&
            (!LeadingClitics::Get().AfterLetter(w.Key(after)).empty() || YearContext(w, first, last)))
          f.of.clear();
        // Nor does a number in digits take a definite word: "الـ 50 الفاصل"،
        // "24 الماضية"، "420 الجمعة"، "111 المتجهة" (644 such nouns on
        // SaudiNewsNet, none counted; not "50 الف", a thousand misspelt).
        if (!f.of.empty() && w.IsNumber(first) && BeginsWith(w.Key(after), kAl) &&
            CountCodePoints(w.Key(after).substr(kAl.size())) >= 3)
          f.of.clear();
        if (!f.of.empty()) last = after;
        // "20 Syrian soldiers": an English noun past its adjective.
        if (!f.of.empty() && f.of != w.Key(after) && f.of == w.KeyAt(after + 1)) last = after + 1;
        // "ثلاثة من العاملين": a number in words of some of those named
        // (not "واحد من", one of; nor a year, "ألف وأربعمائة وستة وثلاثين من
        // الهجرة").
        static const WordSet kEras{"الهجرة", "الميلاد"};
        if (f.of.empty() && from_words && value != "1" && w.Is(after, kMin) && w.Adjacent(after, after + 1) &&
            BeginsWith(w.KeyAt(after + 1), kAl) && !kEras.Has(w.KeyAt(after + 1))) {
          f.of = CountedNoun(w, after + 1);
          if (!f.of.empty()) last = after + 1;
        }
        // Not before a multiplier it did not take (the number too large:
        // "(45,510,420) مليون"), a measure, or a word with a preposition
        // ("99.958 لكل"، "وبنسبة").
        static const WordSet kNotCounted{"جيجاواط", "ميغاواط", "ميجاواط", "ميلي", "ميللي",
                                         "ملي",     "ملم",     "أمس",     "امس",  "اليوم"};
        NumberWord nw;
        const std::string_view next = w.Key(after);
        if (!f.of.empty() && !thousands.empty() && !NumberWordOf(next, &nw) && !kNotCounted.Has(next) &&
            !BeginsWith(next, kWa) && !BeginsWith(next, kBi) && !BeginsWith(next, kLi))
          f.value = thousands;  // no 33.288 bottles
      }
    }
    // A number word on its own is too often something else (الاثنين is Monday).
    // (Not before a phrase of its own: "وأصيب نحو مائة بجروح" counts; nor
    // before a verb, whose subjects it counts: "أكثر من مليون يتجهون".)
    if (from_words && f.unit.empty() && f.of.empty() && last == first &&
        !(near && after < w.size() && PhraseAfterCount(w.Key(after))) &&
        !(after < w.size() && w.Adjacent(last, after) && VerbForm(w.Key(after))))
      continue;
    // A list's or a footnote's number counts nothing, and the noun after it
    // is the item, not what it counts: "⏎1- انفصال هؤلاء"، "⏎(3) قلة النوم"،
    // "⏎4. اهتم بملابسك" (2,575 such quantities on SaudiNewsNet).
    if (f.unit.empty() && ListNumber(w, first)) continue;
    // "3 سنوات ونصف"، "24 ساعة ونصف": and a half of the unit or the thing
    // counted (a whole number, not a range).
    if ((!f.unit.empty() || !f.of.empty()) && last + 1 < w.size() && w.Is(last + 1, kAndHalf) &&
        w.Adjacent(last, last + 1) && f.value.find_first_not_of("0123456789") == std::string::npos &&
        !(last + 2 < w.size() && IsMultiplierWord(w.Key(last + 2)))) {  // not "ونصف مليون زائر"
      f.value = FormatNumber(std::stod(f.value) + 0.5);
      ++last;
      if (unit_again(last, f.unit)) ++last;  // "أربعة أشهر ونصف الشهر"
    }
    // "%" is not a token: a percent sign right after the number, or after
    // one space ("نسبة 71 %": 1,302 more percentages on SaudiNewsNet).
    if (f.unit.empty() && f.of.empty() && PercentAfter(w, last)) f.unit = "percent";
    const bool percent_before = f.unit.empty() && f.of.empty() && w.IsNumber(first) && PercentBefore(w, first);
    if (percent_before) f.unit = "percent";
    f.span = Span{w.SpanOf(first).begin - (percent_before ? 1 : 0), w.SpanOf(last).end};
    f.text = w.Text(f.span);
    i = last;
    // Digits that count nothing and begin with 0, or nine and more of them
    // (a count so large is written with مليون), are a phone number, an
    // account or a reference: "جوال والدها (0505602546)"، "الرقم الموحد
    // 920008554"، the numbers of a list of results ("3601117528"). Seven
    // digits may still be a count: "عدد تأشيرات العمل ... 1586532".
    if (f.unit.empty() && f.of.empty() && first == last && DigitsOnly(w, first)) {
      const uint32_t digits = w.SpanOf(first).end - w.SpanOf(first).begin;
      const char32_t lead = w.u32[w.SpanOf(first).begin];
      if (digits >= 9 || (digits >= 4 && (lead == U'0' || lead == U'٠'))) continue;
    }
    // What a vague count or a multiplier counts may be a unit: "ملايين
    // الريالات"، "مليارات الدولارات"، "مئات الكيلومترات".
    // (Not "اليوم", today.)
    if (f.unit.empty() && !f.of.empty() && f.of != "يوم")
      if (const char* u = UnitOf(KeyOf(f.of))) {
        f.unit = u;
        f.of.clear();
      }
    // A vehicle's model year names the vehicle, not a time: "تويوتا لاند
    // كروزر موديل 2013"، "(ميتسوبيشي لانسر 2011)"، "جي إم سي 2007" (such
    // years stood on stories' timelines as events).
    if (years_only && f.unit.empty() && f.of.empty() && first > 0) {
      static const WordSet kModel{"موديل", "موديلات", "طراز", "طرازات", "كامري", "لانسر", "كروزر", "يوكن",
                                  "تاهو", "سوناتا", "النترا", "إلنترا", "أكورد", "اكسنت", "أكسنت", "كابرس",
                                  "باترول", "هايلكس", "ماكسيما", "سي", "كورولا", "صني", "افالون", "أفالون",
                                  "ددسن", "داتسون", "سوبربان", "سييرا", "جمس", "اكسبلورر", "إكسبلورر",
                                  "تشارجر", "كامارو", "ماليبو", "لومينا", "سنترا", "التيما", "ألتيما"};
      if (kModel.Has(w.Key(first - 1))) continue;
    }
    // A number that counts nothing, written as a year, is a year: "في
    // 2011"، "منذ 1990"، "عامي 2012 و2014"، "كأس العالم 2018" (48 of 50
    // such numbers drawn from SaudiNewsNet were years); two with a dash
    // between are the years from one to the other ("1982 - 1990"). Not a
    // number said to be about so many ("أكثر من 2000"); a time ("(2059
    // بتوقيت جرينتش)") is neither (ContactOrClock).
    if (years_only && f.unit.empty() && f.of.empty() && !Approximate(w, first)) {
      f.kind = FactKind::kDate;
      f.value = std::to_string(static_cast<int>(w.Number(first)));
      if (last > first) f.value += "/" + std::to_string(static_cast<int>(w.Number(last)));
      years->push_back(std::move(f));
      continue;
    }
    if (const char* q = QualifierOf(w, first, last)) {
      f.qualifier = q;
    } else if (const char* c = ChangeBefore(w, first, f.unit)) {
      f.qualifier = c;
    }
    out->push_back(std::move(f));
  }
  // A figure in digits restated in words right after it, or before it:
  // "بلغت (33.288) ثلاثة وثلاثون ألفاً ومائتان وثمانية وثمانون زجاجة" is
  // one figure, 33,288 bottles (the point separates thousands, as the
  // words say); the digits take the words' value, unit and noun.
  auto first_word = [](const std::string& text) { return KeyOf(std::string_view(text).substr(0, text.find(' '))); };
  for (size_t k = 0; k + 1 < out->size(); ++k) {
    Fact& a = (*out)[k];
    Fact& b = (*out)[k + 1];
    if (b.span.begin < a.span.end || b.span.begin - a.span.end > 3) continue;
    Fact& digits = IsNumberWord(first_word(a.text)) ? b : a;
    Fact& words = &digits == &a ? b : a;
    if (words.value.empty() || IsVagueCount(words.value) || IsNumberWord(first_word(digits.text))) continue;
    if (!IsNumberWord(first_word(words.text))) continue;
    char* end = nullptr;
    const double d = std::strtod(digits.value.c_str(), &end), v = std::strtod(words.value.c_str(), nullptr);
    if (end == digits.value.c_str() || *end != '\0' || (v != d && v != d * 1000)) continue;
    digits.value = words.value;
    if (digits.unit.empty() && digits.of.empty()) {
      digits.unit = words.unit;
      digits.of = words.of;
    }
  }
}

// Tokens first to last (exclusive) naming a medium, with the quotation
// marks or parentheses that open or close inside them: «مكتب أخبار سوريا»،
// صحيفة "لوس أنجلوس تايمز"، (إرنا).
Span MediumSpan(const Words& w, size_t first, size_t last) {
  uint32_t b = w.SpanOf(first).begin, e = w.SpanOf(last - 1).end;
  if (b > 0 && IsOpeningMark(w.u32[b - 1])) --b;
  int open = 0;
  for (uint32_t x = b; x < e; ++x) {
    const char32_t c = w.u32[x];
    if (c == U'"') open += open > 0 ? -1 : 1;  // the same mark opens and closes
    else if (IsOpeningMark(c)) ++open;
    else if (IsClosingMark(c)) --open;
  }
  if (open > 0 && e < w.u32.size() && IsClosingMark(w.u32[e])) ++e;
  return Span{b, e};
}

// "قوله"، "القول": "his saying", after the one a medium quotes.
const WordSet& SayingWords() {
  static const WordSet s{"قوله", "قولها", "قولهم", "القول", "تأكيده", "تأكيدها"};
  return s;
}

// What follows نقل, from token m on: "ونقلت الإذاعة الإسرائيلية عن يعالون
// القول إن" — the medium (via) relays what the one after عن said (kFrom);
// "ونقلت شبكة «سكاي سبورتس» عنه قوله"، "نقلت عنه وكالة الأناضول أن" — what
// the one spoken of before said (kFromHim); "ونقلت صحيفة «كورس ماتان»، أمس،
// أن" — what the medium itself says (kItself); nothing of these: kNone.
struct Relay {
  enum Kind { kNone, kFrom, kFromHim, kItself } kind = kNone;
  std::optional<Span> via;  // the medium
  size_t speaker_from = 0;  // kFrom, kFromHim: where the speaker's words begin
};

Relay ReadRelay(const Words& w, Span sentence, size_t m, const WordSet& stop, const WordSet& that) {
  static const WordSet kFromHim{"عنه", "عنها", "عنهم"};
  static const std::string kAn = KeyOf("عن");
  Relay r;
  // The first عن, عنه, "that", "his saying" or colon.
  auto ends_medium = [&](size_t t) {
    return w.Is(t, kAn) || kFromHim.Has(w.Key(t)) || that.Has(w.Key(t)) || SayingWords().Has(w.Key(t)) ||
           w.Gap(t - 1, t).find(U':') != std::u32string_view::npos;
  };
  size_t a = m;
  while (a < w.size() && a < m + 11 && w.SpanOf(a).end <= sentence.end && !ends_medium(a)) ++a;
  if (!(a + 1 < w.size() && w.SpanOf(a + 1).end <= sentence.end && ends_medium(a))) return r;
  r.kind = w.Is(a, kAn) ? Relay::kFrom : kFromHim.Has(w.Key(a)) ? Relay::kFromHim : Relay::kItself;
  if (r.kind == Relay::kItself) return r;
  size_t m0 = m, m1 = a;  // the medium's tokens
  if (r.kind == Relay::kFromHim && a == m) {  // "نقلت عنه وكالة الأناضول أن": the medium after عنه
    m0 = m1 = a + 1;
    while (m1 < w.size() && m1 < a + 10 && w.SpanOf(m1).end <= sentence.end && !ends_medium(m1)) ++m1;
  }
  // Not only a pronoun ("بيانا نقلت فيه عن"); up to a time, a place or a
  // comma ("وكالة أنباء الصين أمس"، "صحيفة «يديعوت أحرونوت»، العبرية في تقرير لها").
  while (m0 < m1 && stop.Has(w.Key(m0))) ++m0;
  for (size_t t = m0 + 1; t < m1; ++t)
    if (stop.Has(w.Key(t)) || w.Gap(t - 1, t).find_first_of(U",،") != std::u32string_view::npos) m1 = t;
  if (m0 < m1) r.via = MediumSpan(w, m0, m1);
  r.speaker_from = r.kind == Relay::kFrom ? a + 1 : std::max(a + 1, m1);
  return r;
}

namespace {

// The words by which a speaker is told of and the one told named.
struct TellWords {
  // Cues of speech.
  WordSet verbs{"قال", "قالت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أضاف", "أضافت", "أكد",
                "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "أشار", "أشارت", "تابع",
                "تابعت", "أفاد", "أفادت", "كشف", "كشفت", "اعتبر", "اعتبرت", "شدد",
                "شددت", "نقل", "نقلت", "أعرب", "أعربت", "نفى", "نفت", "زعم", "زعمت",
                "ألقى", "ألقت", "بينت", "لفت", "لفتت", "يقول", "تقول",
                // The present, as features and interviews tell: "ويوضح الخبير
                // لـ«الشرق الأوسط» أن"، "وتضيف أن".
                "يضيف", "تضيف", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير",
                "يكشف", "تكشف",  // not يرى، يعتبر، يروي: "you see", "is considered", "narrates a story"
                // Who wondered, commented or answered speaks too ("وعلق
                // ألبرايت بقوله: «...»"، "فأجاب عز: «...»").
                "تساءل", "تساءلت", "علق", "علقت", "أجاب", "أجابت"};
  // Those of them of a feminine subject (a ministry, sources, a woman).
  WordSet feminine{"قالت", "أعلنت", "ذكرت", "أضافت", "أكدت", "أوضحت", "صرحت", "أشارت", "تابعت",
                   "أفادت", "كشفت", "اعتبرت", "شددت", "نقلت", "أعربت", "نفت", "زعمت", "ألقت",
                   "بينت", "لفتت", "تقول", "تضيف", "تؤكد", "توضح", "تشير", "تكشف",
                   "تساءلت", "علقت", "أجابت"};
  // "قال في تصريح لـ«عكاظ»": words before the outlet told.
  WordSet told_context{"تصريح",  "تصريحات", "تصريحه", "تصريحاته", "تصريحها", "حديث",  "حديثه",
                       "حديثها", "اتصال",   "هاتفي",  "هاتفيا",   "مقابلة",  "متحدثا", "متحدثة",
                       "أمس",    "اليوم",   "امس"};
  // "قال لصحيفة «الوطن»": told an outlet, named in quotation marks, or
  // one named before, with the article ("وأكد المصدر للصحيفة أن").
  WordSet told_outlet{"لوكالة", "لقناة",  "لصحيفة",   "لجريدة", "لموقع",  "لمجلة",   "لإذاعة", "لشبكة",
                      "لتلفزيون", "لبرنامج", "لمحطة", "للإذاعة", "للتلفزيون", "للقناة", "للوكالة", "للصحيفة",
                      // and the agencies by name: "وقال مصدر قضائي للأناضول، إن"
                      "لرويترز", "للأناضول", "لفرانس", "لأسوشيتد", "لسكاي"};
  // "وقال كارتر لصحفيين رافقوه إن"، "وقال الشهود لمراسل وكالة الأناضول
  // إن": told people, not an outlet; the speaker ends before them too.
  WordSet told_people{"للصحفيين", "للصحافيين", "لصحفيين", "لصحافيين", "لمراسل", "لمراسلي", "لمراسلة", "لوسائل"};
  static const TellWords& Get() {
    static const TellWords w;
    return w;
  }
};

// Token t names the one told an outlet follows: لـ, لصحيفة, لقناة... or
// إلى after تصريحات ("في تصريحات إلى «الوطن»").
bool TellsOutlet(const Words& w, size_t t) {
  static const std::string kLi = KeyOf("ل");
  static const WordSet kTo{"إلى", "الى"};
  const TellWords& tw = TellWords::Get();
  return w.Is(t, kLi) || tw.told_outlet.Has(w.Key(t)) ||
         (t > 0 && kTo.Has(w.Key(t)) && tw.told_context.Has(w.Key(t - 1)));
}

}  // namespace

bool IsMediumTold(const Words& w, size_t first, size_t last) {
  if (first == 0 || !TellsOutlet(w, first - 1) || !AloneInMarks(w, first, last)) return false;
  const TellWords& tw = TellWords::Get();
  const size_t t = first - 1;
  // A speaker's verb before it in the sentence ("وقال مسؤول في الوزارة لـ"),
  // or the interview ("في تصريح لـ", "خلال حديثه لـ").
  for (size_t k = t, seen = 0; k > 0 && seen < 20; --k, ++seen) {
    for (char32_t c : w.Gap(k - 1, k))
      if (EndsSentence(c)) return false;
    const std::string_view key = WithoutConjunction(w.Key(k - 1));
    if (tw.verbs.Has(key) || tw.told_context.Has(key)) return true;
  }
  return false;
}

namespace {

// Arabic newspapers, channels and agencies whose names are also places or
// words (the city الرياض, the region الشرق الأوسط, "the homeland" الوطن),
// or were read as persons (سبق، عكاظ). Not those that in marks are as
// often something else: الاتحاد (the club), البلاد (the bank), الحياة
// (a film, "life"), العرب ("the Arabs").
const WordSet& QuotedOutletNames() {
  static const WordSet kOutlets{
      "الشرق الأوسط", "الرياض", "سبق", "الوطن", "عكاظ", "المدينة", "مكة", "اليوم", "عين اليوم", "الجزيرة",
      "الوئام", "الاقتصادية", "الرياضية", "الشرق", "الندوة", "المواطن", "الخليج", "البيان", "الأهرام",
      "الشروق", "اليوم السابع", "المصري اليوم", "القدس العربي", "النهار", "السفير", "الأخبار", "القبس",
      "الرأي", "الراي", "الوسط", "الغد", "الدستور", "الأيام", "العربية", "الحدث", "الإخبارية", "إيلاف",
      "الأنباء"};
  return kOutlets;
}

}  // namespace

bool MayBeginQuotedOutlet(std::string_view key) {
  static const WordSet kFirst = [] {
    WordSet first;
    for (const auto& name : QuotedOutletNames().Keys()) first.AddKey(name.substr(0, name.find(' ')));
    return first;
  }();
  return kFirst.Has(key);
}

bool IsOutletInMarks(const Words& w, size_t first, size_t last) {
  // Quotation marks, either way round ("”الشرق” القطرية"), not parentheses:
  // "(الخليج)" after a player is his club; but after ل, the outlet told:
  // "وأكدن لـ(عكاظ)".
  if (first == 0 || last > first + 2 || last >= w.size()) return false;
  static const std::string kLi = KeyOf("ل");
  const bool told = w.Key(first - 1) == kLi;
  auto mark = [&](char32_t c, char32_t bracket) { return IsQuotationMark(c) || (told && c == bracket); };
  const std::u32string_view gap = w.Gap(first - 1, first);
  if (std::none_of(gap.begin(), gap.end(), [&](char32_t c) { return mark(c, U'('); })) return false;
  uint32_t p = w.SpanOf(last).end;
  while (p < w.u32.size() && (w.u32[p] == U' ' || w.u32[p] == 0xA0)) ++p;
  if (p >= w.u32.size() || !mark(w.u32[p], U')')) return false;
  std::string key(w.Key(first));
  for (size_t k = first + 1; k <= last; ++k) {
    key += ' ';
    key += w.Key(k);
  }
  return QuotedOutletNames().Has(key);
}

namespace {

const WordSet kQad{"قد", "فقد"};
// كان before a subject and its verb ("وكان الوزير قد أعلن"), and قد alone.
const WordSet kKana{"كان", "وكان", "كانت", "وكانت"};
const std::string kQadOnly = KeyOf("قد");

// The first token of a person or organisation named right before the cue at
// token i, as its subject ("كيري قال"، "الخارجية الأميركية قالت"، "أمانو قد
// أشار"), or SIZE_MAX: only white space or قد between, the name not told
// something (لوكالة الصحافة الفرنسية), and its first word no "that" (the
// tagger's "فإن لافروف" is لافروف).
// A blessing after a name that ends at word k ("رضي الله عنه"، "رحمه الله"):
// its first word, else SIZE_MAX.
size_t BlessingEndingAt(const Words& w, size_t k) {
  static const std::string kRadiya = KeyOf("رضي"), kSalla = KeyOf("صلى");
  static const WordSet kAnhu{"عنه", "عنها", "عنهما", "عنهم"};
  if (k >= 2 && kAnhu.Has(w.Key(k)) && w.Key(k - 2) == kRadiya && OpensBlessing(w, k - 2) && w.Adjacent(k - 1, k))
    return k - 2;
  if (k >= 1 && w.Key(k - 1) != kRadiya && w.Key(k - 1) != kSalla && OpensBlessing(w, k - 1)) return k - 1;
  return SIZE_MAX;
}

// The person or body whose mention ends at token k, and *first its first
// token; nullptr when none, or when it is one told ("لوكالة الأنباء").
const Fact* NameEndingAt(const Words& w, const std::vector<Fact>& entities, size_t k, size_t* first) {
  const uint32_t end = w.SpanOf(k).end;
  const auto e = std::find_if(entities.begin(), entities.end(), [&](const Fact& x) {
    return x.span.end == end && (x.type == EntityType::kPerson || x.type == EntityType::kOrganisation);
  });
  if (e == entities.end()) return nullptr;
  size_t f = k;
  while (f > 0 && w.SpanOf(f).begin > e->span.begin) --f;
  static const std::string kLi = KeyOf("ل");
  if (BeginsWith(w.Key(f), kLi) && !BeginsWith(e->name, "ل")) return nullptr;  // told: لوكالة
  *first = f;
  return &*e;
}

// The subject named before verb i, its first word (and *last its last), or
// SIZE_MAX.
size_t SubjectBefore(const Words& w, const std::vector<Fact>& entities, size_t i, const WordSet& that, size_t* last) {
  // A verb with و begins its own clause ("...في الفيفا وقال إن"); a name after
  // a preposition is its object ("وعن راموس قال"، "الإشراف على المنتخب قال").
  static const std::string kWa = KeyOf("و");
  static const WordSet kPrepositions{"عن", "وعن", "على", "وعلى", "في", "وفي", "إلى", "الى", "من", "ومن",
                                     "مع",  "ومع", "بين", "حول", "ضد",  "لدى", "عند", "تجاه", "بشأن"};
  // The name begins its clause: after punctuation, a word that opens one
  // (أما، لكن، وكان، أن...), or a title that does ("أما المستشارة الألمانية
  // أنجيلا ميركل فأوضحت"، "لكن المدرب لويس إنريكي أكد"); not a name a
  // noun governs ("وكيل أعمال أوتاميندي قد كشف"، "الشقيق الأصغر للملا
  // عمر قال"، "المتحدث باسم الرئيس الأفغاني أشرف غني قال": its speaker).
  static const WordSet kOpeners{"أما", "لكن", "ولكن", "كان", "وكان", "كانت", "وكانت", "بينما", "فيما", "حيث",
                                "كما", "وكما", "غير", "إلا", "الا", "ثم", "وقد", "لقد"};
  auto opens = [&](size_t t) {
    if (t == 0) return true;
    for (char32_t c : w.Gap(t - 1, t))
      if (c == '.' || c == 0x060C || c == ',' || c == ':' || c == '\n' || c == 0x061B || c == ';') return true;
    return kOpeners.Has(w.Key(t - 1)) || that.Has(WithoutConjunction(w.Key(t - 1)));
  };
  if (i == 0 || BeginsWith(w.Key(i), kWa)) return SIZE_MAX;
  size_t k = i - 1;
  if (kQad.Has(w.Key(k)) && k > 0 && w.Adjacent(k, i)) --k;
  if (!w.Adjacent(k, k + 1)) return SIZE_MAX;
  *last = k;
  // A narrator blessed before the verb speaks, after عن too ("عن حذيفة رضي
  // الله عنه قال"، "وقال الشيخ ابن باز رحمه الله"): the name before the blessing.
  const size_t blessing = BlessingEndingAt(w, k);
  if (blessing != SIZE_MAX) {
    if (blessing == 0 || !w.Adjacent(blessing - 1, blessing)) return SIZE_MAX;
    k = blessing - 1;
  }
  size_t f;
  if (!NameEndingAt(w, entities, k, &f)) return SIZE_MAX;
  if (that.Has(WithoutConjunction(w.Key(f))) && f < k) ++f;
  if (blessing != SIZE_MAX) return f;
  if (f > 0 && w.Adjacent(f - 1, f) && kPrepositions.Has(w.Key(f - 1))) return SIZE_MAX;
  size_t p = f;
  while (p > 0 && p + 4 > f && !opens(p)) --p;
  if (!opens(p) || (p < f && !(Gazetteer::Get().Lookup(WithoutConjunction(w.Key(p))) & (kGazPersonTitle | kGazOrgTrigger))))
    return SIZE_MAX;
  return f;
}

// "عالم الاجتماع هرمز مسعودي، الذي قال"، "منسقة السياسة الخارجية
// الأوروبية فيديريكا موغيريني، التي أضافت": the person or body a relative
// pronoun right before verb i refers to, named right before it (a comma
// between at most): its first token (and *last its last), or SIZE_MAX.
size_t AntecedentBefore(const Words& w, const std::vector<Fact>& entities, size_t i, size_t* last) {
  static const WordSet kWhich{"الذي", "التي", "والذي", "والتي"};
  if (i < 2 || !kWhich.Has(w.Key(i - 1)) || !w.Adjacent(i - 1, i)) return SIZE_MAX;
  size_t k = i - 2;
  for (char32_t c : w.Gap(k, i - 1))
    if (c != U' ' && c != 0xA0 && c != U'،' && c != U',') return SIZE_MAX;
  *last = k;
  // (The name before a label the outlet gives it: "جماعة الحوثي الإرهابية
  // التي زعمت".)
  if (k > 0 && IsBodyLabel(w.Key(k)) && w.Adjacent(k - 1, k)) --k;
  // (Not one told: "لوكالة الأنباء السعودية الذي أوضح فيه".)
  size_t f;
  if (!NameEndingAt(w, entities, k, &f)) return SIZE_MAX;
  return f;
}

// "وكان الإعلام الفرنسي قد أشار"، "وكانت الحكومة قد أعلنت"، "وكان رئيس
// الوزراء اليوناني أليكسيس تسيبراس صرح": the words between كان and verb i
// (and its قد) are its subject, named or not (one to six, no punctuation
// between): the first (and *last the last), or SIZE_MAX.
// Without قد, كان may say what someone was ("كان يتحدث معها ... ويقول"،
// "كان مصيبًا حين قال"، "كانت هناك طاولة تحمل لافتة تقول"، "مهرجان كان
// السينمائي قال"، "إن كانت لها أو لجلال فقالت"): then the verb is a past
// one, كان no condition's, the subject names a person or a body (or is a
// word with the article, or an unnamed source: "مسؤول كبير"، "صحف
// أرجنتينية") and begins with no preposition, and no word of another
// clause stands in it.
size_t SubjectAfterKana(const Words& w, const std::vector<Fact>& entities, size_t i, size_t* last) {
  static const std::string kAl = KeyOf("ال"), kFestival = KeyOf("مهرجان");
  static const WordSet kPresent{"يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير",
                                "يكشف", "تكشف"};
  static const WordSet kClause{"حين", "حينما", "عندما", "إذ", "اذ", "التي", "الذي", "الذين", "كما", "هناك",
                               "بينما", "لما", "منذ", "في", "من", "على", "مع", "عن", "برفقة", "إلى", "حيث",
                               "قد"};
  static const WordSet kIf{"إن", "وإن", "لو", "ولو", "إذا", "وإذا"};
  static const WordSet kUnnamed{"مسؤول", "مسؤولون", "مصادر", "مصدر", "صحف", "صحيفة", "وسائل", "تقارير", "ناشطون",
                                "شهود", "مراقبون", "محللون", "خبراء", "وزير", "وزيرة", "رئيس", "متحدث"};
  if (i < 2 || !w.Adjacent(i - 1, i)) return SIZE_MAX;
  const bool qad = w.Is(i - 1, kQadOnly);
  if (qad && (i < 3 || !w.Adjacent(i - 2, i - 1))) return SIZE_MAX;
  if (!qad && kPresent.Has(WithoutConjunction(w.Key(i)))) return SIZE_MAX;
  const size_t end = qad ? i - 2 : i - 1;  // the subject's last word
  for (size_t f = end; f > 0 && f + 5 >= end; --f) {
    if (kKana.Has(w.Key(f))) return SIZE_MAX;  // "وكان قد أشار"، "وكان يقول": none
    if (!w.Adjacent(f - 1, f)) return SIZE_MAX;
    if (!kKana.Has(w.Key(f - 1))) continue;
    if (!qad) {
      if (f >= 2 && (w.Is(f - 2, kFestival) || kIf.Has(w.Key(f - 2)))) return SIZE_MAX;  // "إن كانت لها"
      static const std::string kLi = KeyOf("ل"), kBi = KeyOf("ب");
      if (BeginsWith(w.Key(f), kLi) || BeginsWith(w.Key(f), kBi)) {  // "كانت لها"، "كان بها": no subject
        const uint32_t b = w.SpanOf(f).begin;
        if (std::none_of(entities.begin(), entities.end(), [&](const Fact& x) { return x.span.begin == b; }))
          return SIZE_MAX;
      }
      for (size_t t = f; t <= end; ++t)
        if (kClause.Has(w.Key(t))) return SIZE_MAX;
      const uint32_t b = w.SpanOf(f).begin, e = w.SpanOf(end).end;
      const bool named = std::any_of(entities.begin(), entities.end(), [&](const Fact& x) {
        return x.span.begin >= b && x.span.end <= e &&
               (x.type == EntityType::kPerson || x.type == EntityType::kOrganisation);
      });
      if (!named && !BeginsWith(w.Key(f), kAl) && !kUnnamed.Has(w.Key(f))) return SIZE_MAX;
    }
    *last = end;
    return f;
  }
  return SIZE_MAX;
}

// "وكان العميد صقر الجروشي، قائد سلاح الجو الليبي، قد أعلن أن": a subject
// named, then what he is between commas, before قد and verb i. The subject
// begins right after كان (titles may stand before the name) and ends with a
// person's or a body's name right before the first comma; what stands
// between the commas is up to ten words, with no other punctuation, no
// "that" and no كان. Its first token (and *last its last), or SIZE_MAX.
size_t SubjectBeforeApposition(const Words& w, const std::vector<Fact>& entities, size_t i, const WordSet& that,
                               size_t* last) {
  auto comma_before = [&](size_t t) {
    const std::u32string_view g = w.Gap(t - 1, t);
    return g.find_first_of(U"،,") != std::u32string_view::npos && g.find_first_of(U".:;؛\n\"«»“”()") == std::u32string_view::npos;
  };
  if (i < 4 || !w.Is(i - 1, kQadOnly) || !w.Adjacent(i - 1, i) || !comma_before(i - 1)) return SIZE_MAX;
  size_t open = SIZE_MAX;  // the appositive's first token
  for (size_t t = i - 2; t > 0 && t + 10 >= i - 1; --t) {
    if (that.Has(WithoutConjunction(w.Key(t))) || kKana.Has(w.Key(t))) return SIZE_MAX;
    if (comma_before(t)) {
      open = t;
      break;
    }
    if (!w.Adjacent(t - 1, t)) return SIZE_MAX;
  }
  if (open == SIZE_MAX || open < 2) return SIZE_MAX;
  size_t f;
  if (!NameEndingAt(w, entities, open - 1, &f)) return SIZE_MAX;
  // The name's clause: كان before it, after titles at most ("وكان العميد").
  size_t b = f;
  while (b > 0 && b + 3 > f && w.Adjacent(b - 1, b) && !kKana.Has(w.Key(b - 1)) &&
         (Gazetteer::Get().Lookup(WithoutConjunction(w.Key(b - 1))) & (kGazPersonTitle | kGazOrgTrigger)))
    --b;
  if (b == 0 || !kKana.Has(w.Key(b - 1)) || !w.Adjacent(b - 1, b)) return SIZE_MAX;
  *last = open - 1;
  return b;
}

// The speaker named before verb i: its subject right before it
// (SubjectBefore), else the name a relative pronoun before it refers to,
// else the words between كان and قد. Its first token (and *last its last),
// or SIZE_MAX.
size_t SpeakerBefore(const Words& w, const std::vector<Fact>& entities, size_t i, const WordSet& that, size_t* last) {
  if (size_t f = SubjectBefore(w, entities, i, that, last); f != SIZE_MAX) return f;
  if (size_t f = AntecedentBefore(w, entities, i, last); f != SIZE_MAX) return f;
  if (size_t f = SubjectBeforeApposition(w, entities, i, that, last); f != SIZE_MAX) return f;
  return SubjectAfterKana(w, entities, i, last);
}

}  // namespace

// Who speaks in a verse or a hadith quoted, named by an epithet or a
// title and its blessing: God ("قال تعالى"، "قال سبحانه وتعالى"، "يقول الحق
// تبارك وتعالى"، "فقال المولى تعالى"), or the Prophet ("قال رسول الله صلى
// الله عليه وسلم"، "يقول المصطفى"، "قال صلى الله عليه وسلم", "عليه الصلاة
// والسلام"). "" for anyone else ("الإمام ابن كثير رحمه الله تعالى" is the
// imam; "النبي موسى" is not named so).
std::string HolySpeaker(const std::vector<std::string>& words) {
  static const WordSet kPraise{"تعالى", "تعالی", "سبحانه", "تبارك"};
  static const WordSet kGodAs{"الحق", "المولى", "الخالق", "الباري", "الله", "ربنا"};
  // The Prophet's titles: the first four alone too, the others only with
  // the blessing (الحبيب and المصطفى are also family names).
  static const WordSet kProphet{"الرسول", "النبي", "نبينا", "رسول"}, kBlessedProphet{"المصطفى", "الحبيب", "حبيبنا"};
  static const std::string kRasul = KeyOf("رسول"), kAllah = KeyOf("الله"), kSalla = KeyOf("صلى"),
                           kAlayhi = KeyOf("عليه"), kSalat = KeyOf("الصلاة"), kSayyiduna = KeyOf("سيدنا"),
                           kAzza = KeyOf("عز"), kWajall = KeyOf("وجل");
  auto at = [&](size_t i) -> std::string_view { return i < words.size() ? std::string_view(words[i]) : ""; };
  auto praise = [&](size_t i) { return kPraise.Has(at(i)) || (at(i) == kAzza && at(i + 1) == kWajall); };
  if (words.empty()) return "";
  if (praise(0) || (kGodAs.Has(at(0)) && praise(1))) return "الله";
  size_t k = at(0) == kSayyiduna ? 1 : 0;  // "سيدنا رسول الله"
  // What follows the title is the blessing ("صلى الله عليه وسلم"، "عليه
  // الصلاة والسلام"), or nothing.
  auto blessed = [&](size_t i) {
    return (at(i) == kSalla && at(i + 1) == kAllah && at(i + 2) == kAlayhi) || (at(i) == kAlayhi && at(i + 1) == kSalat);
  };
  if (k == 0 && blessed(0)) return "النبي محمد";  // "قال صلى الله عليه وسلم"
  if (at(k) == kRasul && at(k + 1) != kAllah) return "";
  const size_t after = k + (at(k) == kRasul ? 2 : 1);
  if ((kProphet.Has(at(k)) && (after == words.size() || blessed(after))) || (kBlessedProphet.Has(at(k)) && blessed(after)))
    return "النبي محمد";
  return "";
}

// The entity of a speaker named by a description the article gave a name
// before (within about 300 words), the nearest such name:
// - a body by its kind alone ("وقالت الوزارة"، "ونقلت الصحيفة عن"): the
//   organisation of that kind named last before it ("وزارة الصحة"، "صحيفة
//   الغارديان"), a name of two words or more;
// - a person by an office alone ("وقال الوزير"، "وأوضح المتحدث"): the person
//   named with that office among the six words before the name ("وزير
//   الخارجية عادل الجبير");
// - a person by the words written just before the name, titles only
//   between ("وقال الرئيس اليمني" after "الرئيس اليمني عبد ربه منصور
//   هادي", "وزير الخارجية" after "وزير الخارجية الأستاذ عادل الجبير").
// Nothing between the words and the name may end a phrase: a comma ("أيبن،
// المتحدث باسم رئيسة المفوضية، نكوسازانا زوما"), "that" ("عبد العاطي
// المتحدث باسم الوزارة أن شكري"). "" when there is none.
std::string SpeakerNamedBefore(const Words& w, const std::vector<Fact>& entities, Span speaker_span,
                               const std::string& speaker, const WordSet& that) {
  constexpr uint32_t kNamedBefore = 2000;  // code points
  constexpr size_t kWordsBefore = 6;
  static const WordSet kOffices{"وزير", "متحدث", "متحدثة", "سفير", "مدير", "محافظ", "قائد", "مفتي", "مشرف"};
  static const std::string kAl = KeyOf("ال");
  const std::string said_by = KeyOf(speaker);
  const std::vector<std::string> words = SplitWords(said_by);
  const bool one_word = words.size() == 1 && said_by.size() > kAl.size() + 4 && BeginsWith(said_by, kAl);
  if (!one_word && (words.size() < 2 || words.size() > 3)) return "";
  const std::string_view kind = one_word ? std::string_view(said_by).substr(kAl.size()) : std::string_view();
  const bool office = one_word && kOffices.Has(kind);
  // Whether the words of the description end at most six words before token
  // `at` (a name's first), nothing between ending a phrase.
  auto written_before = [&](size_t at) {
    for (size_t j = at; j-- > (at >= kWordsBefore ? at - kWordsBefore : 0);) {
      if (!w.Adjacent(j, j + 1) || (j + 1 < at && that.Has(WithoutConjunction(w.Key(j + 1))))) return false;
      if (one_word) {
        if (WithoutConjunction(w.Key(j)) == kind || WithoutConjunction(w.Key(j)) == said_by) return true;
        continue;
      }
      if (j + words.size() > at) continue;
      bool all = WithoutConjunction(w.Key(j)) == WithoutConjunction(words[0]);
      for (size_t m = 1; m < words.size() && all; ++m) all = w.Key(j + m) == words[m];
      for (size_t t = j + words.size(); t < at && all; ++t)  // titles only between ("الأستاذ عادل الجبير")
        all = (w.gaz[t] & kGazPersonTitle) != 0;
      if (all) return true;
    }
    return false;
  };
  std::string found;
  for (const auto& e : entities) {  // in text order: the last one kept is the nearest
    if (e.span.end > speaker_span.begin || speaker_span.begin - e.span.end > kNamedBefore) continue;
    if (e.type == EntityType::kPerson && (office || !one_word)) {
      const size_t at = w.FirstTokenFrom(e.span.begin);
      if (written_before(at)) found = e.surface;
      continue;
    }
    if (!one_word || office || e.type != EntityType::kOrganisation) continue;
    const std::string name = KeyOf(e.surface);
    const size_t sp = name.find(' ');
    if (sp == std::string::npos) continue;
    const std::string_view first = std::string_view(name).substr(0, sp);
    if (first == kind || first == said_by) found = e.surface;
  }
  return found;
}

// A person quoted by one word ("وقال التركي") is the person the article
// named before with a name ending in it ("اللواء منصور التركي"), the
// nearest such; the name as it stands when there is none, or when the word
// is a first name (بن before it: فيصل بن خالد is no خالد).
std::string FullerNameBefore(const std::vector<Fact>& entities, Span speaker_span, const std::string& name) {
  const std::string key = KeyOf(name);
  if (key.empty() || key.find(' ') != std::string::npos) return name;
  std::string found = name;
  for (const auto& e : entities) {  // in text order: the last one kept is the nearest
    if (e.span.end > speaker_span.begin || e.type != EntityType::kPerson) continue;
    const std::vector<std::string> words = SplitWords(KeyOf(e.surface));
    if (words.size() >= 2 && words.back() == key && !SonOf().Has(words[words.size() - 2])) found = e.surface;
  }
  return found;
}

namespace {

// Code points b..e hold `most` words at most (four unless said) and no
// sentence's punctuation (a name, as far as its length tells).
bool FewWords(const Words& w, uint32_t b, uint32_t e, int most = 4) {
  int spaces = 0;
  for (uint32_t x = b; x < e; ++x) {
    const char32_t ch = w.u32[x];
    if (ch == U' ') ++spaces;
    if (ch == U'.' || ch == U'!' || ch == U'?' || ch == U'؟' || ch == U'،' || ch == U',' || spaces >= most)
      return false;
  }
  return true;
}

// Whether the marks from b to e (code points) after word `before` hold a
// name, not what was said (FewWords): surely after a body's or a medium's
// word ("شركة «موبايلي»"), perhaps after a preposition ("على «تويتر»", but
// "أكد على «ضرورة الالتزام»").
enum class InMarks { kSaid, kPerhapsName, kName };
InMarks NameInMarks(const Words& w, size_t before, uint32_t b, uint32_t e) {
  static const WordSet kPrepositions{"في", "على", "مع", "عبر", "باسم"};
  static const WordSet kBodies{"صحيفة", "موقع", "وكالة", "قناة", "مجلة", "جريدة", "شبكة", "إذاعة", "برنامج",
                               "حساب", "شركة", "مجموعة", "منظمة", "جمعية", "مركز", "مؤسسة", "هيئة", "تطبيق",
                               "الاجتماعي", "حملة", "مبادرة", "مشروع", "وسم", "هاشتاق", "فيلم", "كتاب", "مسلسل"};
  const auto& clitics = LeadingClitics::Get();
  const InMarks kind = clitics.Has(kBodies, w.Key(before))         ? InMarks::kName
                       : clitics.Has(kPrepositions, w.Key(before)) ? InMarks::kPerhapsName
                                                                   : InMarks::kSaid;
  // (After a body's word or a preposition, a name of up to six words: "شركة
  // «كي بي إم جي السعودية»".)
  return kind == InMarks::kSaid || !FewWords(w, b, e, 6) ? InMarks::kSaid : kind;
}

}  // namespace

// "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة تبوك خالد مرضي
// العنزي أن"، "وأعرب المفتش العام في وزارة الخارجية ستيف لينيك أنه"، "أكد
// مدير مركز بغداد لحقوق الإنسان، مهند العيساوي، أن": the speaker's words
// stopped short of the person they name (at a preposition, a comma, their
// eighth word), who stands before what was said. The speaker runs on to
// that person, the first named after its words, unless they name a person
// already, or a word between makes the person someone met, called,
// thanked, told or quoted ("في اتصال هاتفي مع الرئيس أوباما"، "نقلا عن
// الوزير"، "لوزير الخارجية كيري"، "لـ«عكاظ»"), or a mark between ends a
// phrase (a quotation mark, a full stop, a colon).
void SpeakerRunsOnToPerson(const Words& w, const std::vector<Fact>& entities, Fact* q) {
  if (!q->speaker_span || q->said.begin < q->speaker_span->end) return;
  const Span sp = *q->speaker_span;
  const Fact* person = nullptr;
  for (const auto& e : entities) {  // in text order
    if (e.type != EntityType::kPerson || e.span.end <= sp.begin) continue;
    if (e.span.begin < sp.end || e.span.end > q->said.begin) return;
    person = &e;
    break;
  }
  if (person == nullptr) return;
  for (uint32_t x = sp.end; x < person->span.begin; ++x) {
    const char32_t c = w.u32[x];
    // "الدكتور د. خالد": an abbreviated title's period
    if (c == U'.' && x >= 2 && w.u32[x - 2] == U' ') continue;
    if (c == U'.' || c == U':' || c == U'«' || c == U'»' || c == U'"' || c == U'“' || c == U'”' || c == U'!' ||
        c == U'?' || c == U'؟' || c == U'؛' || c == U';' || c == U'\n')
      return;
  }
  static const WordSet kOthers{"مع", "إلى", "الى", "لدى", "خلال", "أثناء", "اثناء", "عقب", "بعد", "قبل",
                               "اتصال", "اتصالا", "لقاء", "لقائه", "رسالة", "حديث", "حديثه", "مقابلة", "كلمة",
                               "كلمته", "تصريح", "تصريحات", "بيان", "بيانا", "مؤتمر", "ردا", "نقلا", "لسان",
                               "بحضور", "برئاسة", "بين", "نيابة", "ل", "لـ", "جهود", "بجهود", "شكر", "تعازي",
                               "تقرير", "كتبه"};
  static const std::string kLi = KeyOf("ل"), kBi = KeyOf("ب"), kKa = KeyOf("ك");
  const TellWords& tell = TellWords::Get();
  const Gazetteer& g = Gazetteer::Get();
  // A title after ب ل ك: one told or met ("لوزير"، "بالرئيس").
  auto title_after_preposition = [&](std::string_view key) {
    return (BeginsWith(key, kLi) || BeginsWith(key, kBi) || BeginsWith(key, kKa)) &&
           (g.Lookup(key) & kGazPersonTitle) && !(g.Exact(key) & kGazPersonTitle);
  };
  size_t words = 0;
  const size_t first = w.FirstTokenFrom(sp.end);
  for (size_t t = first; t < w.size(); ++t) {
    if (w.SpanOf(t).begin >= person->span.begin) break;
    const std::string_view key = w.Key(t), bare = WithoutConjunction(key);
    if (++words > 14 || w.IsNumber(t) || kOthers.Has(key) || kOthers.Has(bare) || tell.told_outlet.Has(key) ||
        tell.told_people.Has(key) || tell.verbs.Has(bare) || title_after_preposition(key))
      return;
  }
  q->speaker += w.Text(Span{sp.end, person->span.end});
  q->speaker_span->end = person->span.end;
}

// The speaker's words from `speaker` hold a word of kinship or of one who
// speaks for another, without a pronoun ("والد"، "والدة"، "شقيق"، "عم"،
// "محامي"...), and the person named at code point `name` follows it directly
// or after words that say who that person is (الشهيد، الطفلة، العريف...): the
// speaker is that person's relative or lawyer. The word opens the span
// ("والد مايكل براون") or follows other words: "one of", "son of" ("أحد
// محامي حبري"، "ابن عم الطيار عبدالله العقيل") or the speaker's own name
// ("عوضة الضورة عمّ نايف"، "ليلى إحسان محامية جيسون رضائيان"). Returns where
// that word begins (the speaker's own name, if any, is before it), or
// UINT32_MAX.
uint32_t RelativeOfNamed(const Words& w, Span speaker, uint32_t name) {
  static const WordSet kKin{"والد", "والدة", "شقيق", "شقيقة", "أخ", "أخت", "عم", "عمة", "خال", "خالة", "جد",
                            "جدة", "زوج", "زوجة", "أرملة", "نجل", "نجلة", "ابنة", "حفيد", "حفيدة", "محامي",
                            "محامية", "محاميا"};
  // (Not after other words: "مدير تعليم جدة أحمد الزهراني" is of Jeddah.)
  static const WordSet kOpenOnly{"جد", "جدة"};
  static const WordSet kWho{"الشهيد", "الطفل", "الطفلة", "الراحل", "الراحلة", "الفقيد", "الفقيدة", "السجين",
                            "الأسير", "المعتقل", "الجندي", "العريف", "الرقيب", "العقيد", "الرائد", "النقيب",
                            "الملازم", "العميد", "اللواء", "الضحية", "الشاب", "الفتاة", "المصاب", "المفقود",
                            "المختطف", "اللاعب", "الصحفي", "الطالب", "الطالبة", "المرحوم", "المرحومة",
                            "الطيار", "المتهم", "الرئيس", "الداعية", "المغرد", "الدكتور", "الشيخ",
                            "المهندس", "الأستاذ",
                            // another relative: "محامية والدة الطفلة بيان زهران"
                            "والدة"};
  // The key writes ة as ه: "والدة" (a mother) is "والده" (his father).
  static const std::string kHa = KeyOf("ه");
  const size_t first = w.FirstTokenFrom(speaker.begin);
  for (size_t t = first; t < w.size() && w.SpanOf(t).begin < name; ++t) {
    if (!kKin.Has(w.Key(t)) || (t > first && kOpenOnly.Has(w.Key(t)))) continue;
    if (w.Key(t).ends_with(kHa) && !PlainText(w.Text(w.SpanOf(t))).ends_with("ة")) continue;
    size_t k = t + 1;
    while (k < w.size() && w.SpanOf(k).begin < name && kWho.Has(w.Key(k))) ++k;
    if (k < w.size() && w.SpanOf(k).begin >= name) return w.SpanOf(t).begin;
  }
  return UINT32_MAX;
}

void FindQuotes(const Words& w, const std::vector<Fact>& entities, std::vector<Fact>* out) {
  const WordSet& kVerbs = TellWords::Get().verbs;
  static const WordSet kAccording{"حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا", "حسبما", "بحسبما", "وفقما"};
  static const WordSet kAccordingWhat{"حسبما", "بحسبما", "وفقما"};  // حسب ما in one word
  // A match key of "according to", after و or ف too (وبحسب، فوفقا).
  auto according_key = [](std::string_view key) {
    return kAccording.Has(key) || kAccording.Has(WithoutConjunction(key));
  };
  static const WordSet kThat{"إن", "ان", "أن", "بأن", "بان", "إنه", "انه", "أنه", "إنها", "أنها", "إنهم", "انهم", "أنهم",
                             "إننا", "اننا", "أننا", "بأنه", "بأنها", "بأنهم", "إنهن", "انهن", "أنهن", "بأنهن",
                             // the dual: "أكدت أوبك وروسيا أنهما تتوقعان"
                             "إنهما", "انهما", "أنهما", "بأنهما", "بانهما", "بانه", "بانها", "بانهم",
                             "فإن", "فان"};  // "وبحسب المصادر فإن …" (not inside a name: لويس فان جال)
  // Where a speaker's words end: every "that" (kThat: "وقال المدير … إنهم
  // سيقدمون"), and these.
  // When it was said, past which what was said is looked for further on:
  // "وأكد محلب عقب افتتاحه مبنى السفارة … أن".
  // ("وقال كينياتا قبيل انطلاق الاجتماع"، "عشية المحادثات"، "وقال رمسيس عند
  // تسلمه الجائزة"، "وقال إيرنست حين سئل": not the speaker's.)
  static const WordSet kWhenSaid{"عقب", "إثر", "اثر", "أثناء", "اثناء", "قبيل", "عشية", "عند", "حين"};
  // Before whom, or upon what, it was said: "وقال أوباما أمام صحافيين"،
  // "وقال عباس لدى ترؤسه اجتماعا"، "فور وصوله"، "إبان زيارته". أمام as
  // written (إمام, an imam, has its key); لدى، فور and إبان only before
  // what the speaker did, a noun with his pronoun written after it (not
  // "سفيرة الولايات المتحدة لدى الأمم المتحدة"، "لدى جامعة هارفارد"،
  // "منظمة “فور شباب”").
  auto said_where = [&w](size_t t) {
    static const WordSet kUpon{"لدى", "فور", "إبان", "ابان"};
    static const std::string kAmam = KeyOf("أمام"), kThe = KeyOf("ال");
    if (kUpon.Has(w.Key(t))) {
      if (t + 1 >= w.size() || BeginsWith(w.Key(t + 1), kThe) || !w.Adjacent(t, t + 1)) return false;
      const std::string next = PlainText(w.Text(w.SpanOf(t + 1)));
      return next.ends_with("ه") || next.ends_with("ها") || next.ends_with("هم") || next.ends_with("هما");
    }
    return w.Is(t, kAmam) && w.Text(w.SpanOf(t)) == "أمام";
  };
  static const WordSet kStop = [] {
    WordSet stop{"في", "عبر", "خلال", "على", "أمس", "اليوم", "الى", "إلى", "عن", "لـ", "ل", "كلمة",
                 "مساء", "صباح", "ظهر", "يوم", "بالأمس", "لوكالة", "لقناة", "لصحيفة", "له", "لها", "بيان", "بيانا",
                 "فيه", "فيها", "فيهم", "منه", "منها", "عنه", "عنها", "لهم", "عليه", "عليها",
                 "حيث", "بعد", "قبل", "الليلة", "مؤخرا", "أيضا", "ايضا", "كذلك", "من", "إليه", "إليها", "اليه",
                 "اليها", "النظر", "الانتباه", "بقوله", "قائلا", "لي", "لنا", "لك", "لكم", "نقلا", "قول",
                 "قوله", "قولها", "قولهم", "القول", "بالقول", "تأكيده", "تأكيدها", "حسبما",
                 // what ("يقول أحد الدعاة ما نصه")
                 "ما",
                 // a second verb of speech ("وتابعت الصحيفة تقول إن")
                 "تقول", "يقول", "قائلة", "قائلين",
                 // and its participles: "وقال الوزير مشيرا إلى أن" (not the
                 // feminine: "مصادر محلية مؤكدة" are confirmed sources, a
                 // مضيفة a stewardess, a لافتة a sign)
                 "مشيرا", "مؤكدا", "موضحا", "مضيفا", "لافتا", "منوها", "مبينا", "معتبرا"};
    stop.AddKeys(kThat);
    stop.AddKeys(kWhenSaid);  // when: "وأكد وكيل الإمارة عقب افتتاحه المهرجان"
    return stop;
  }();
  // "that", but not after a word of time: "منذ أن كانا"، "بعد أن وصل"،
  // "قبل أن" begin no reported speech.
  static const WordSet kWhen{"منذ", "بعد", "قبل", "حتى", "ريثما", "بمجرد", "لمجرد", "عقب",
                             // "إلا أن"، "غير أن"، "رغم أن": "however", "although"
                             "إلا", "الا", "غير", "بيد", "رغم", "برغم", "بالرغم", "ورغم", "لولا"};
  // ("اعتبر من قبل أن": "previously", then "that".)
  static const std::string kQabl = KeyOf("قبل"), kMin = KeyOf("من");
  // (فان is also the Dutch "van" of a name: "لويس فان جال"، "فان غال".)
  static const std::string kFan = KeyOf("فان");
  auto in_person = [&](size_t t) {
    const Span sp = w.SpanOf(t);
    for (const auto& e : entities)
      if (e.type == EntityType::kPerson && e.span.begin <= sp.begin && e.span.end >= sp.end && e.span.end > sp.end)
        return true;
    return false;
  };
  auto is_that = [&](size_t t) {
    if (!kThat.Has(w.Key(t))) return false;
    if (w.Is(t, kFan) && in_person(t)) return false;
    if (t == 0 || !kWhen.Has(w.Key(t - 1))) return true;
    return t > 1 && w.Is(t - 1, kQabl) && w.Is(t - 2, kMin);
  };
  static const WordSet kWhat{"ما", "مما"}, kToward{"إلى", "الى"};
  static const WordSet kDayWords{"أمس", "امس", "اليوم"};
  static const std::string kFirst = KeyOf("الأول");
  const WordSet& kWeekdays = Weekdays();
  static const WordSet kSpeech{"كلمة", "خطابا", "بيانا"};
  static const WordSet kNamesSpeaker{"شرح", "شرحت", "برر", "بررت", "حذر", "حذرت", "طالب", "طالبت", "استنكر", "استنكرت",
                                     "ناشد", "ناشدت", "انتقد", "انتقدت", "رحب", "رحبت", "أشاد", "أشادت", "دعا", "دعت"};
  static const WordSet kThrew{"ألقى", "ألقت"};
  static const WordSet kAbbreviations{"د", "أ", "م"};  // دكتور، أستاذ، مهندس
  static const WordSet kNamedBodies{"صحيفة", "الصحيفة", "موقع", "وكالة", "قناة", "مجلة", "جريدة", "شبكة", "إذاعة",
                                    "تلفزيون", "برنامج", "حساب", "شركة", "مجموعة", "منظمة", "حركة", "جمعية", "مركز",
                                    "مؤسسة", "هيئة", "مكتب", "دار", "صحيفتا", "صحيفتي", "موقعا", "تقرير", "بيان"};
  const WordSet& kToldContext = TellWords::Get().told_context;
  // "قال لـ«عكاظ» أمس، في اتصال هاتفي، إن": words after the outlet told
  // before what was said.
  static const WordSet kAfterTold = [] {
    WordSet after{"أمس", "امس", "اليوم", "في", "خلال", "عبر", "مساء", "صباح", "ظهر", "يوم",
                  "هاتفيا", "مؤخرا", "أيضا", "ايضا", "الليلة"};
    after.AddKeys(kWhenSaid);  // "وقال بحاح للصحافيين عند وصوله إن"
    return after;
  }();
  const WordSet& kToldOutlet = TellWords::Get().told_outlet;
  const WordSet& kToldPeople = TellWords::Get().told_people;
  static const std::string kFaqad = KeyOf("فقد"), kLil = KeyOf("لل");
  static const WordSet kWithLi{"وفقا", "وفق", "طبقا"};  // cues of "according to" that take ل
  static const WordSet kFaInnahu{"فإنه", "فانه", "فإنها", "فانها", "فإنهم", "فانهم"};
  static const std::string kWa = KeyOf("و"), kFa = KeyOf("ف"), kLi = KeyOf("ل"), kMa = KeyOf("ما"),
                           kLima = KeyOf("لما"), kFi = KeyOf("في"), kAl = KeyOf("ال"),
                           kAn = KeyOf("عن");
  // The speakers named last, by the gender of the verb that named them (0
  // masculine: قال، أضاف; 1 feminine: قالت، أضافت): "وقالت الوزارة ...
  // وأضاف المتحدث ... وأكدت أن" carries the ministry over to أكدت, not the
  // spokesman (the verb agrees with its subject: a ministry, sources, a
  // woman take قالت). A speaker named by another cue (حسب، نقلا عن) stands
  // for both. `latest`: the gender of the last one named.
  const WordSet& kFeminine = TellWords::Get().feminine;
  // "وقال تعالى: {...}": God, the Exalted, speaks the verse quoted (not the
  // speaker named before); "يقول صلى الله عليه وسلم": the Prophet, the
  // hadith, and "عن أبي هريرة رضي الله عنه قال": the companion who narrates it
  // (none is carried over to "وقال سماحته" after).
  static const WordSet kExalted{"تعالى", "سبحانه", "صلى", "رضي"};
  static const WordSet kPraiseEnds{"تعالى", "وتعالى", "وجل", "وعلا"};  // تعالى، سبحانه وتعالى، عز وجل، جل وعلا
  std::string last_speaker[2];
  std::string last_speaker_entity[2];
  // The cue a source that opens its sentence leaves its quote to ("وبحسب
  // "رويترز"، فقد قال هولاند إن"), and that source.
  size_t relayed_cue = SIZE_MAX;
  std::string relayed_by;
  Span relayed_span{};
  int latest = 0;
  // What was carried over before the current cue: a source that turns out
  // to relay an earlier quote of its sentence gives it back (below).
  std::pair<std::string, std::string> carried_before[2];
  int latest_before = 0;
  size_t sent = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    std::string_view k = w.Key(i);
    const std::string_view bare = WithoutConjunction(k);
    const bool clitic = bare.size() != k.size();  // else one lookup of each list is enough
    bool verb = kVerbs.Has(bare) || (clitic && kVerbs.Has(k));
    bool according = according_key(k);
    // "وشرحت مومبوشي كيف ... وقالت: «...»"، "ودعا القحطاني الجمعيات ...
    // وقال": who explained, justified, warned, urged or condemned, a person
    // named right after the verb, is the one a "said" after means, though
    // these verbs take what they are done to, not what was said, and make
    // no quote. (Not a body: "طالب الاتحاد السعودي" is as often the one
    // urged.)
    if (!verb && !according && kNamesSpeaker.Has(bare) && i + 1 < w.size() && w.Adjacent(i, i + 1)) {
      const uint32_t b = w.SpanOf(i + 1).begin;
      for (const auto& e : entities)
        if (e.span.begin == b && e.type == EntityType::kPerson) {
          static const std::string kTa = KeyOf("ت");  // the feminine's ending: شرحت، دعت
          const int g = bare.ends_with(kTa) ? 1 : 0;
          last_speaker[g] = e.surface;
          last_speaker_entity[g] = e.surface;
          latest = g;
          break;
        }
      continue;
    }
    if (!verb && !according) continue;
    // "موقع تابع لمؤسسة كارنيغي"، "منتجع تابع لشركة": تابع without و before
    // a word with ل is "belonging to", not "went on" ("وتابع لصحيفة «بيلد»"
    // is).
    static const std::string kTabi = KeyOf("تابع");
    if (verb && k == kTabi && i + 1 < w.size() && w.Adjacent(i, i + 1) &&
        BeginsWith(w.Key(i + 1), kLi))
      continue;
    // After a preposition the verb's letters are its noun: "إصرار أمانو على
    // ذكر العدد"، "دور كبير في كشف المخططات"، "من نقل مساعدات": no cue.
    static const WordSet kNouns{"ذكر", "كشف", "نقل"};
    // (And after عدم: "فضل عدم ذكر اسمه"، "عدم الكشف".)
    static const WordSet kPrepositions{"على", "عن", "في", "دون", "عند", "بعد", "قبل", "إلى", "الى", "من", "عدم"};
    if (verb && i > 0 && k == bare && kNouns.Has(k) && kPrepositions.Has(w.Key(i - 1)) && w.Adjacent(i - 1, i))
      continue;
    // "حسبما ذكرت وكالة الأنباء"، "بحسب ما أفادت": the verb is the source's,
    // read with حسبما (a relay of what was said before it); when nothing
    // said follows it, its source is not carried over to the next cue.
    const bool after_according = verb && !according && i > 0 && w.Adjacent(i - 1, i) &&
                                 (kAccordingWhat.Has(w.Key(i - 1)) ||
                                  (i > 1 && w.Is(i - 1, kMa) && kAccording.Has(w.Key(i - 2)) &&
                                   w.Adjacent(i - 2, i - 1)));
    // "ليس هذا فحسب، بل"، "ليس لكينيا فحسب بل لدول": فحسب (or وحسب) that
    // ends its clause, or any حسب followed by بل or وإنما, is "only", not
    // "according to" (not "حسب، جان دانيال باش", a stray comma).
    if (according && i + 1 < w.size()) {
      static const WordSet kButRather{"بل", "وإنما", "إنما", "وانما", "انما", "ولكن", "لكن", "أما", "اما"};
      if (kButRather.Has(w.Key(i + 1)) ||
          (clitic && w.Gap(i, i + 1).find_first_of(U",،؛;.!?؟") != std::u32string_view::npos))
        continue;
    }
    while (sent < w.at.sentences.size() && w.at.sentences[sent].end <= w.SpanOf(i).begin) ++sent;
    if (sent >= w.at.sentences.size()) break;
    Span sentence = w.at.sentences[sent];
    // ألقى speaks only as "ألقى X كلمة" (a speech); "ألقت الشرطة القبض على"
    // is an arrest.
    if (verb && kThrew.Has(bare)) {
      bool gave_speech = false;
      static const WordSet kTalks{"كلمة", "كلمته", "كلمتها", "خطابا", "بيانا", "محاضرة", "خطبة"};
      for (size_t t = i + 1; t < w.size() && t <= i + 16 && w.SpanOf(t).end <= sentence.end && !gave_speech; ++t)
        gave_speech = kTalks.Has(w.Key(t));
      if (!gave_speech) continue;
    }
    // The speaker: words after the cue up to a stop word or punctuation
    // (a name in parentheses is kept: "وكالة الأنباء السورية (سانا)").
    size_t s0 = i + 1;
    if (according && s0 < w.size() && w.Is(s0, kLi)) ++s0;  // وفقا لـ
    // "وقال لي أحد السكان إن": the one told is not the speaker.
    static const WordSet kToldPronouns{"لي", "لنا", "لك", "لكم"};
    if (!according && s0 + 1 < w.size() && kToldPronouns.Has(w.Key(s0)) && w.Adjacent(s0, s0 + 1)) ++s0;
    // "قال لرويترز إن"، "قال لبرينان: «…»": a name with ل glued to it, and
    // what was said right after it, is the one told, not the speaker (who
    // is named before the verb, or before).
    if (!according && s0 < w.size() && BeginsWith(w.Key(s0), kLi) && w.Adjacent(i, s0)) {
      const uint32_t b = w.SpanOf(s0).begin;
      for (const auto& e : entities) {
        if (e.span.begin != b || (e.type != EntityType::kPerson && e.type != EntityType::kOrganisation) ||
            BeginsWith(e.name, "ل"))
          continue;
        const size_t t = w.FirstTokenFrom(e.span.end);
        if (t < w.size() &&
            (is_that(t) || w.Is(t, kFi) || w.Gap(t - 1, t).find_first_of(U":«\"“") != std::u32string_view::npos))
          s0 = t;
        break;
      }
    }
    // "أوضح ذلك مدير فعاليات العيد …": ذلك right after the verb is what was
    // told, the speaker follows (not after a colon: "قال: «ذلك …»").
    static const std::string kThatObject = KeyOf("ذلك");
    if (!according && s0 + 1 < w.size() && w.Is(s0, kThatObject) && w.Adjacent(i, s0) && w.Adjacent(s0, s0 + 1)) ++s0;
    // A weekday says when: it is no speaker, and the speaker's words end
    // before it ("وقالت الشرطة الأحد إن"، "وقال وزير الخارجية الخميس إن"),
    // except in a name (محمد الخميس) or Friday's preacher or prayer ("وقال
    // خطيب الجمعة").
    auto weekday_at = [&](size_t t) {
      static const std::string kFriday = KeyOf("الجمعة");
      static const WordSet kOfFriday{"خطيب", "وخطيب", "صلاة", "خطبة", "إمام", "وإمام"};
      if (t >= w.size() || !kWeekdays.Has(w.Key(t)) || (w.Is(t, kFriday) && t > 0 && kOfFriday.Has(w.Key(t - 1))))
        return false;
      const Span sp = w.SpanOf(t);
      for (const auto& e : entities)
        if (e.type == EntityType::kPerson && e.span.begin <= sp.begin && e.span.end >= sp.end) return false;
      return true;
    };
    // "وقالت أمس الشرطة الكينية إن"، "وأعلنت اليوم الخميس وزارة الصحة أن"،
    // "وأعلن الخميس وزير المالية أن"، "وقال الأربعاء مسؤول محلي"، "قال
    // الخميس الماضي": the day right after the verb says when; the speaker
    // follows it when one plausibly begins there, a body or a title (after
    // a weekday an unnamed source too), not what was announced: "قال أمس
    // إن"، "أعلن أمس الأربعاء ترشحه"، "وأعلن الخميس إجازة عامة". A weekday
    // alone is no speaker (the scan below).
    const bool day_word = !according && s0 < w.size() && kDayWords.Has(w.Key(s0));
    // "الأسبوع الماضي"، "الشهر الماضي"، "العام الماضي": when it was said,
    // no part of the speaker ("وقالت الرابطة الوطنية للوسطاء العقاريين
    // الأسبوع الماضي إن"، "وقالت، الأسبوع الماضي، لوزير الخارجية"), as a
    // weekday is none.
    auto time_at = [&](size_t t) {
      static const WordSet kPeriods{"الأسبوع", "الشهر", "العام", "السنة", "الصيف", "الشتاء", "الربيع", "الخريف",
                                    "الأشهر", "الشهور", "الأسابيع", "الأيام", "السنوات", "الأعوام"};
      static const WordSet kDirections{"الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة",
                                       "المقبل", "المقبلة", "القادم", "القادمة"};
      return t + 1 < w.size() && kPeriods.Has(w.Key(t)) && w.Adjacent(t, t + 1) && kDirections.Has(w.Key(t + 1));
    };
    const bool weekday = !according && !day_word && weekday_at(s0);
    if ((day_word || weekday) && w.Adjacent(i, s0)) {
      static const WordSet kLastNext{"الماضي", "المقبل", "القادم", "الفائت"};
      static const WordSet kUnnamed{"مسؤول", "مسؤولون", "مصدر", "مصادر", "شهود", "متحدث", "ناطق", "ناشطون",
                                    "سكان", "محللون", "خبراء", "دبلوماسيون"};
      size_t t = s0 + 1;
      // أمس الأول، اليوم الخميس، الخميس الماضي
      if (t < w.size() && w.Adjacent(t - 1, t) &&
          (day_word ? kWeekdays.Has(w.Key(t)) || w.Is(t, kFirst) : kLastNext.Has(w.Key(t))))
        ++t;
      auto named_at = [&] {
        for (const auto& e : entities)
          if (e.span.begin == w.SpanOf(t).begin) return true;
        return false;
      };
      if (t < w.size() && w.Adjacent(t - 1, t) && !kStop.Has(w.Key(t)) && !w.IsNumber(t) &&
          (BeginsWith(w.Key(t), kAl) || (w.gaz[t] & (kGazPersonTitle | kGazOrgTrigger)) ||
           (weekday && kUnnamed.Has(w.Key(t))) || named_at()))
        s0 = t;
    }
    // "حسب ما ذكرت الوكالة", "وفقا لما نقلته": the source after the verb,
    // which says it is one.
    // "حسبما ذكرت الوكالة" the same; "بحسب ما أفاد به ناشطون": past به.
    const bool what = according && (kAccordingWhat.Has(bare) || kAccordingWhat.Has(k));
    const size_t verb_at = what ? s0 : s0 + 1;
    // "وفق ما تم التخطيط"، "حسب ما تقتضيه المصلحة"، "وفق ما أدخلته
    // المتقدمة": what was planned, required or done is followed, not told.
    static const WordSet kNotTold{"تم",      "يتم",    "جرى",    "يجري",   "تقتضيه", "يقتضيه", "تقتضي",  "يقتضي",
                                  "تقتضيها", "يقتضيها", "تتيحه",  "يتيحه",  "تتيح",   "يتيح",   "تسمح",   "يسمح",
                                  "تقضي",    "يقضي",   "تطلبه",  "يتطلبه", "تتطلبه", "يتطلب",  "تتطلب",  "تمليه",
                                  "يمليه",   "يحدده",  "تحدده",  "يحكمه",  "يريده",  "تريده",  "يحتاجه", "تحتاجه",
                                  "أدخلته",  "أدخله",  "أعده",   "أعدته",  "رسمه",   "رسمته",  "خطط",    "هو",
                                  "هي",      "وجدت",   "تعرف",   "يستحقه", "تستحقه", "يناسب",  "يناسبه", "تستدعيه",
                                  "يستدعيه", "يلزم",   "تحصده"};
    const bool told = according && (what || w.Is(s0, kMa) || w.Is(s0, kLima)) && verb_at < w.size() &&
                      !kStop.Has(w.Key(verb_at)) && !w.IsNumber(verb_at) && !kNotTold.Has(w.Key(verb_at));
    if (told) {
      static const WordSet kBihi{"به", "بها"};
      s0 = verb_at + 1;
      if (s0 < w.size() && kBihi.Has(w.Key(s0))) ++s0;
    } else if (what) {
      continue;
    }
    // نقل (docs/facts.md, "What a medium relays"), also after حسب: "حسبما
    // نقلت وكالة رويترز عن مصدر عسكري".
    static const WordSet kRelay{"نقل", "نقلت"};
    const bool told_relay = told && kRelay.Has(WithoutConjunction(w.Key(verb_at)));
    Relay relay;
    if ((verb && kRelay.Has(bare)) || told_relay) {
      relay = ReadRelay(w, sentence, told_relay ? s0 : i + 1, kStop, kThat);
      if (relay.kind == Relay::kNone && !told_relay) continue;  // "ونقل إلى أقرب مستشفى": no cue
      if (relay.kind == Relay::kFrom || relay.kind == Relay::kFromHim) s0 = relay.speaker_from;
    }
    // The text between token t - 1 and token t, from `from` on (past the
    // closing mark of an outlet told).
    uint32_t from = 0;
    auto gap_before = [&](size_t t) {
      uint32_t b = std::max(w.SpanOf(t - 1).end, from), e = w.SpanOf(t).begin;
      return std::pair{b, std::u32string_view(w.u32).substr(b, e > b ? e - b : 0)};
    };
    // "لـ«الشرق الأوسط»", "لصحيفة «الوطن»": the outlet told, in quotation
    // marks, after token t; where it ends (past its closing mark), or 0.
    auto outlet_told = [&](size_t t, bool any_word = false) -> uint32_t {
      if (t + 1 >= w.size() || !(any_word || TellsOutlet(w, t))) return 0;
      auto [at, g] = gap_before(t + 1);
      size_t open = g.find_first_of(U"«\"“");
      if (open == std::u32string_view::npos) return 0;
      const char32_t close_mark = CloseMark(g[open]);
      const uint32_t b = at + static_cast<uint32_t>(open) + 1;
      for (uint32_t e = b; e < sentence.end && e < b + 40; ++e)
        if (w.u32[e] == close_mark) return e + 1;
      return 0;  // a longer quotation: what was said ("دعم بلاده لـ«المبادرة التي...»")
    };
    auto first_from = [&](size_t t) {
      while (t < w.size() && w.SpanOf(t).begin < from) ++t;
      return t;
    };
    // "قال لـ«الاقتصادية» لاحم الناصر": the speaker after the outlet told.
    const bool outlet_first = !according && s0 < w.size() && (from = outlet_told(s0)) != 0;
    if (outlet_first) s0 = first_from(s0);
    // A stop word that begins a name the tagger found is the name: "وقال
    // علي الريشان" (علي has the match key of the preposition على). Not a
    // word for "that": "يقول الكاتب بأن أوباما" is never a name.
    auto NameAt = [&](size_t t) {
      if (is_that(t)) return false;
      const uint32_t b = w.SpanOf(t).begin;
      for (const auto& e : entities)
        if (e.span.begin == b && e.type == EntityType::kPerson && e.span.end > w.SpanOf(t).end) return true;
      return false;
    };
    // A speaker stops after eight words, but not inside a name: "المتحدث
    // الإعلامي للدفاع المدني بمنطقة نجران المقدم علي بن عمير", "مدير فرع
    // الهيئة العامة للسياحة والتراث الوطني بمنطقة عسير"; nor before a
    // place that a word for a region announces (بمنطقة | عسير).
    auto InName = [&](size_t t) {
      const Span sp = w.SpanOf(t);
      for (const auto& e : entities)
        if (e.span.begin < sp.begin && e.span.end >= sp.end) return true;
      if (t > 0 && (w.gaz[t - 1] & kGazPlaceTrigger))
        for (const auto& e : entities)
          if (e.span.begin == sp.begin && e.type == EntityType::kPlace) return true;
      // A person's name after the title that ends a long description:
      // "المدير التنفيذي لجهاز السياحة والآثار بالمنطقة الشرقية المهندس |
      // عبداللطيف البنيان" (394 speakers on SaudiNewsNet ended at the title).
      if (t > 0 && (w.gaz[t - 1] & kGazPersonTitle))
        for (const auto& e : entities)
          if (e.span.begin == sp.begin && e.type == EntityType::kPerson) return true;
      return false;
    };
    // "ذكرت صحيفة «آس» الإسبانية أن": a name in quotation marks (opened in
    // `gap`, before token t) after a word for a medium or a body is part of
    // the speaker; so is a short one after any word when "that" or a colon
    // follows it ("وأكد العقيد "القرشي" أن"). The token after it and its
    // closing mark, or {t, 0}.
    auto quoted_name = [&](size_t t, std::u32string_view gap) -> std::pair<size_t, uint32_t> {
      const size_t open = gap.find_first_of(U"«\"“");
      if (open == std::u32string_view::npos) return {t, 0};  // a closing mark alone opens no name
      const bool body = kNamedBodies.Has(w.Key(t - 1));
      const uint32_t b = w.SpanOf(t).begin;
      const char32_t close = CloseMark(gap[open]);
      uint32_t e = 0;
      for (uint32_t x = b; x < sentence.end && x < b + (body ? 40 : 25) && !e; ++x)
        if (w.u32[x] == close) e = x;
      if (e == 0) return {t, 0};
      size_t after = t;
      while (after < w.size() && w.SpanOf(after).end <= e) ++after;
      if (after == t) return {t, 0};
      if (body) return {after, e};
      for (size_t u = after; u < w.size() && u < after + 6 && w.SpanOf(u).end <= sentence.end; ++u) {
        const auto before_u = u > after ? gap_before(u).second : w.Gap(u - 1, u);
        if (is_that(u) || before_u.find(U':') != std::u32string_view::npos) return {after, e};
      }
      return {t, 0};
    };
    // A speaker is a name (an entity mention begins in it), a word that names
    // a role or a source (الرئيس، وزير، مصادر، الوكالة، المتحدث، التقرير...),
    // or, after a verb, a noun with the article; otherwise the words after
    // the verb are its object ("أكدت حدوث تدخل"), and the speaker is the one
    // before. After حسب/وفق a noun alone is a measure, not a source ("حسب
    // الاستطاعة"، "وفق أفضل المعايير"): no quote.
    // "ويقول الكثير من الخبراء"، "وأكد عدد من المسؤولين": how many of whom
    // speak, من and all; who they are makes them a speaker.
    static const WordSet kHowMany{"الكثير", "كثير", "العديد", "عديد", "عدد", "بعض", "معظم", "أغلب", "غالبية", "مجموعة"};
    static const std::string kMin = KeyOf("من"), kOn = KeyOf("ون"), kIn = KeyOf("ين");
    // Someone not named, as a verb's subject: "وقال متحدث عسكري إن"، "وقال
    // دبلوماسي غربي إن"، "وأكد ضابط في الجيش أن"، "وقال أحدهم:".
    static const WordSet kPeople{
        "متحدث", "متحدثة", "ناطق",   "ناطقة",  "ضابط",   "دبلوماسي", "مندوب",  "محامي",  "محام",
        "شاهد",  "شاهدة",  "مغرد",   "مغردة",  "مغردون", "سياسي",    "قيادي",  "عضو",    "مواطن",
        "مواطنة", "مسؤولة", "نشطاء", "ناشط",   "ناشطة",  "طبيب",     "أطباء",  "باحث",   "خبير",
        "محلل",  "مراقب",  "علماء",  "موظف",   "موظفة",  "أهالي",    "أحدهم",  "احدهم",  "إحداهن",
        "بعضهم", "آخر",    "أخرى",   "قائل",   "مسعف",   "مصور",     "معلق",   "مراسل",  "مراسلة",
        "ضباط",  "جنود",   "قادة",   "أعضاء",
        // one's kin or counsel ("وقال زوجها في حينه:")
        "زوجها", "زوجته", "والده", "والدها", "والدته", "والدتها", "شقيقه", "شقيقها", "شقيقته", "ابنه",
        "ابنها", "ابنته", "أخوه", "أخته", "صديقه", "صديقها", "محاميه", "محاميها", "محاميهم"};
    // `unnamed`, when given, is set when only an unnamed person or people
    // (kPeople, a plural of persons, one or some of a group) make the words
    // a speaker.
    auto plausible = [&](size_t a, size_t b, bool named_only = false, bool* unnamed = nullptr) {
      static const WordSet kSources{
          "مصادر",   "مصدر",    "الوكالة",  "الصحيفة",  "القناة",   "المتحدث",  "الناطق",   "مسؤول",
          "مسؤولون", "المسؤول", "شهود",     "ناشطون",   "سكان",     "البيان",   "بيان",     "التقرير",
          "تقرير",   "الجيش",   "الحكومة",  "الوزارة",  "الشرطة",   "القيادة",  "البيانات", "بيانات",
          "الأرقام", "أرقام",   "إحصاءات",  "الإحصاءات", "إحصائيات", "الإحصائيات", "تقديرات", "التقديرات",
          "دراسة",   "الدراسة", "نتائج",    "موقع",     "الموقع",   "وسائل",    "صحيفة",    "وكالة",
          "المصادر", "مسؤولو",  "معلومات",  "المعلومات", "قول",     "رواية",    "تصريحات",  "التصريحات",
          "خبراء",   "الخبراء", "محللون",   "المحللون", "محللين",   "مراقبون",  "شهادات",   "إفادة",
          "تقارير",  "التقارير", "وزارات",  "صحف",      "الصحف",    "وكالات",   "مواقع",    "قنوات",
          "دبلوماسيون"};
      // After حسب/وفق, a rule, a plan or a wish is followed, not quoted ("وفق
      // توجيهات خادم الحرمين"، "حسب تعليمات وزارة الداخلية"، "بحسب رغبة
      // تسيبراس"), even when it names someone; "ووفق الله" is a prayer (God
      // grant success), not "according to".
      static const WordSet kFollowed{
          "توجيهات", "التوجيهات", "تعليمات", "التعليمات", "معايير", "المعايير", "شروط",   "الشروط",
          "ضوابط",   "الضوابط",   "موجهات", "الموجهات",  "خطة",    "الخطة",    "خطط",    "نظام",
          "النظام",  "أنظمة",     "لوائح",  "اللوائح",   "قرار",   "القرار",   "قرارات", "أوامر", "مقررات",
          "توصيات",  "التوصيات",  "طلب",    "رغبة",      "آلية",   "برنامج",   "جدول",   "الله",
          "توجيه",   "التوجيه",
          // "حسب تقويم أم القرى"، "وفق أعلى المعايير"، "وفق القانون"، "حسب
          // المصلحة"، "بحسب التصنيف العالمي": a calendar, a law or a ranking
          // is followed too.
          "تقويم",   "التقويم",   "أعلى",   "أفضل",      "قانون",  "القانون",
          "قوانين",  "القوانين",  "ميثاق",  "الميثاق",   "دستور",  "الدستور",  "أحكام",  "الأحكام",
          "مصلحة",   "المصلحة",   "تصنيف",  "التصنيف",   "ترتيب",  "الترتيب",  "أولويات", "الأولويات",
          "احتياجات", "الاحتياجات", "حاجة", "الحاجة",    "ظروف",   "الظروف",   "مواصفات", "المواصفات",
          "أسس",     "الأسس",     "منهجية", "المنهجية",  "سياسة",  "السياسة",  "استراتيجية", "الاستراتيجية",
          "إستراتيجية", "الإستراتيجية", "أهداف", "الأهداف", "توجه", "توجهات",   "التوقيت", "توقيت",
          "التخطيط", "المخطط",    "مخطط",   "الأصول",    "الأعراف"};
      if (according) {
        std::string_view first = w.Key(a);
        if (kFollowed.Has(first) || (BeginsWith(first, kLi) && kFollowed.Has(first.substr(kLi.size())))) return false;
        // "وفقا لرؤية خادم الحرمين": a vision is followed; "حسب رؤية
        // آزفيدو" is his view, told.
        static const WordSet kVision{"رؤية", "الرؤية", "لرؤية"};
        if (kVision.Has(first) && (kWithLi.Has(bare) || kWithLi.Has(k))) return false;
      }
      Span sp{w.SpanOf(a).begin, w.SpanOf(b - 1).end};
      for (const auto& e : entities)
        if (e.span.begin >= sp.begin && e.span.begin < sp.end) return true;
      auto person = [&] {
        if (unnamed) *unnamed = true;
        return true;
      };
      // "أحد السكان", "إحدى الطالبات": one of them is who they are; "أحد
      // موظفي شركة": one of them speaks.
      static const WordSet kOneOf{"أحد", "إحدى", "احدى"};
      const bool one_of = kOneOf.Has(w.Key(a)) && a + 1 < b;
      if (one_of) ++a;
      if (kHowMany.Has(w.Key(a)) && a + 2 < b && w.Is(a + 1, kMin)) a += 2;
      // "بعض المواطنين"، "هؤلاء المحللون"، "هذا المسؤول": who they are, by a
      // word for a source or for people (not "نفت هذا الأمر"، "تابع هذا
      // اللقاء": what the verb is done to).
      static const WordSet kThese{"هذه", "هذا", "هؤلاء", "هاتان", "هذان"};
      if ((kHowMany.Has(w.Key(a)) || kThese.Has(w.Key(a))) && a + 1 < b && BeginsWith(w.Key(a + 1), kAl)) {
        const std::string_view noun = w.Key(a + 1), bare = noun.substr(kAl.size());
        return (kSources.Has(noun) || kSources.Has(bare) || kPeople.Has(bare) || (w.gaz[a + 1] & kGazPersonTitle) ||
                ((noun.ends_with(kOn) || noun.ends_with(kIn)) && CountCodePoints(bare) >= 5)) &&
               person();
      }
      std::string_view k = w.Key(a);
      uint32_t g = w.gaz[a];
      if (kSources.Has(k) || kExalted.Has(k) || (g & (kGazPersonTitle | kGazOrgTrigger)) != 0) return true;
      if (kPeople.Has(k)) return person();
      // "وقال مستثمرون إن"، "ويقول يمنيون إن"، "قال منتقدون إنها": people,
      // by a plural of persons.
      if (!BeginsWith(k, kAl) && k.ends_with(kOn) && CountCodePoints(k) >= 5) return person();
      if (one_of && !BeginsWith(k, kAl)) return person();
      // "وقال جميل «...»": a word mostly a person's name, which the tagger
      // left out, names the speaker (not one carried over).
      if (const uint32_t lex = NerLexicon(k);
          !according && !BeginsWith(k, kAl) && (lex & 3) == 3 && !(lex & kNerLexCommon))
        return true;
      if (according && BeginsWith(k, kLi) && k.size() > 4 && kSources.Has(k.substr(kLi.size())))
        return true;  // وفقا لبيانات
      return !named_only && (!according || told) && BeginsWith(k, kAl) && k.size() > 6;
    };
    size_t s1 = s0;
    uint32_t closed_at = 0;  // the closing mark of a quoted name inside the speaker
    // "قالت: «أقسم...»": what follows a colon or a quotation mark is what was
    // said, not who said it; but "قال «مكتب أخبار سوريا» إن": a short name in
    // quotation marks before "that" is the speaker.
    bool said_next = s0 < w.size() && gap_before(s0).second.find_first_of(U":«\"“") != std::u32string_view::npos;
    bool quoted_speaker = false;
    if (said_next && !according && s0 > 0 && gap_before(s0).second.find(U':') == std::u32string_view::npos) {
      if (uint32_t e = outlet_told(s0 - 1, /*any_word=*/true)) {
        from = e;
        size_t t = first_from(s0);
        const size_t end = t;
        // "وقالت \"أم منصور\" لـ\"سبق\": إنها...": and the outlet told.
        if (t < w.size() && t > s0) {
          if (uint32_t e2 = outlet_told(t)) {
            from = e2;
            t = first_from(t);
          }
        }
        // "that" or a colon right after the name; or, when the words in the
        // marks are one name the tagger found, after a few words that hold
        // no quotation mark ("وقالت «غوغل» في رسالة عبر موقعها إن"، "وكشف
        // "ويكليكس" مطلع تموز أن"; not "وأضاف "لكن إيران حصلت على ما هو
        // أكثر"، في إشارة إلى أنها", what was said).
        auto that_at = [&](size_t u) {
          return is_that(u) || gap_before(u).second.find(U':') != std::u32string_view::npos;
        };
        bool that = t < w.size() && that_at(t);
        bool named = false;
        for (const auto& e : entities)
          named = named || (end > s0 && e.span.begin == w.SpanOf(s0).begin && e.span.end >= w.SpanOf(end - 1).end);
        for (size_t u = t + 1; named && !that && u < w.size() && u < t + 8 && w.SpanOf(u).end <= sentence.end; ++u) {
          that = that_at(u);
          if (gap_before(u).second.find_first_of(U"«\"“") != std::u32string_view::npos) break;
        }
        if (t < w.size() && end > s0 && that) {
          said_next = false;
          quoted_speaker = true;
          s1 = end;
        } else {
          from = 0;
        }
      }
    }
    // "ووفقا لـ "رويترز"، فإن ..."، "وبحسب "رويترز"، فقد ...": a source in
    // quotation marks that opens its sentence, and what it says after it.
    const bool opens_sentence = according && (i == 0 || w.SpanOf(i - 1).end <= sentence.begin);
    auto then_at = [&](size_t t) { return is_that(t) || w.Is(t, kFaqad) || kFaInnahu.Has(w.Key(t)); };
    if (said_next && opens_sentence && gap_before(s0).second.find(U':') == std::u32string_view::npos) {
      for (size_t t = s0; t < w.size() && t < s0 + 4 && w.SpanOf(t).end <= sentence.end; ++t) {
        if (t + 1 >= w.size()) break;
        const std::u32string_view after = w.Gap(t, t + 1);
        const size_t close = after.find_first_of(U"»\"”");
        if (close == std::u32string_view::npos) {
          if (!w.Adjacent(t, t + 1)) break;
          continue;
        }
        if (after.find_first_of(U",،") != std::u32string_view::npos || then_at(t + 1)) {
          said_next = false;
          quoted_speaker = true;
          s1 = t + 1;
        }
        break;
      }
    }
    // "وقال عليه الصلاة والسلام:"، "قال عليه السلام": the Prophet, named by
    // the blessing (عليه is otherwise a stop word: "قال عليه أن").
    {
      static const std::string kAlayhi = KeyOf("عليه"), kSalat = KeyOf("الصلاة"), kSalam = KeyOf("السلام"),
                               kWaSalam = KeyOf("والسلام");
      if (!said_next && !quoted_speaker && !according && w.Is(s0, kAlayhi) && w.Adjacent(s0, s0 + 1)) {
        if (w.Is(s0 + 1, kSalat) && w.Is(s0 + 2, kWaSalam) && w.Adjacent(s0 + 1, s0 + 2)) {
          s1 = s0 + 3;
          quoted_speaker = true;
        } else if (w.Is(s0 + 1, kSalam)) {
          s1 = s0 + 2;
          quoted_speaker = true;
        }
      }
    }
    // "… محافظ عدن نايف البكري وقال:": the next cue ends the speaker.
    auto next_cue = [&](size_t t) {
      const std::string_view key = w.Key(t), rest = WithoutConjunction(key);
      return rest.size() != key.size() && kVerbs.Has(rest);
    };
    auto of_whom = [&](size_t t) {
      return t == s0 + 1 && w.Is(t, kMin) && kHowMany.Has(w.Key(s0)) && t + 1 < w.size() && w.Adjacent(t, t + 1);
    };
    // "واعتبر أورن هذا التصريح خطيرا"، "نفى الحزيم ذلك"، "وقالت الإمارات هذا
    // الشهر": a demonstrative after a name, or after a word with the
    // article, begins what the verb is done to or when; the speaker ends
    // (not "الناطق باسم هذه الهيئة"، "قائد هذه القوات").
    auto object_after = [&](size_t t) {
      static const WordSet kDemonstratives{"هذا", "هذه", "ذلك", "تلك", "هؤلاء"};
      if (!kDemonstratives.Has(w.Key(t))) return false;
      if (BeginsWith(w.Key(t - 1), kAl)) return true;
      const uint32_t end = w.SpanOf(t - 1).end;
      for (const auto& e : entities)
        if (e.span.end == end) return true;
      return false;
    };
    // "حسب بيان وزارة الداخلية": after حسب/وفق a statement is the source,
    // and so it is right after a verb ("وقال بيان للشركة إن"، "وأوضح بيان
    // صادر عن الوزارة أن", عن and all); بيان is a stop word after the
    // speaker ("وقال في بيان"، "وقال الجيش بيان").
    static const WordSet kStatement{"بيان", "بيانا"};
    static const std::string kBayan = KeyOf("بيان");
    static const WordSet kIssued{"صادر", "صادرة", "الصادر", "الصادرة"};
    auto statement_source = [&](size_t t) {
      if (according) return t == s0 && kStatement.Has(w.Key(t));
      if (!w.Is(s0, kBayan) || !w.Adjacent(i, s0)) return false;
      return t == s0 || (t == s0 + 2 && w.Is(t, kAn) && kIssued.Has(w.Key(s0 + 1)));
    };
    // A source after حسب/وفق ends before فقد، فإن، وقد or another "according
    // to": "وفقا لكاهيل فإنه لا مجال"، "بحسب الأمم المتحدة وقد أدى"، "وحسب
    // الإحصائية ... ووفق آخر تحديث".
    // "وقال صالح بحسب هافنغتون بوست إن": any speaker ends before one.
    auto according_at = [&](size_t t) { return according_key(w.Key(t)); };
    auto ends_source = [&](size_t t) {
      static const WordSet kThen{"فقد", "وقد", "لقد", "فإن", "فان", "وإنما", "بل"};
      if (kFaInnahu.Has(w.Key(t))) return true;
      if (kThen.Has(w.Key(t))) {
        static const std::string kFaan = KeyOf("فان");
        if (!w.Is(t, kFaan)) return true;
        const Span sp = w.SpanOf(t);  // "لويس فان غال"
        for (const auto& e : entities)
          if (e.span.begin <= sp.begin && e.span.end >= sp.end) return false;
        return true;
      }
      return according_at(t);
    };
    // "ووفقا لوكالة سانا، فقد"، "طبقا لصحيفة الحياة، فإن": after a cue that
    // takes ل and opens its sentence, a medium with ل begins the source
    // (after a verb, "قال لوكالة", it is the one told).
    auto medium_according = [&](size_t t) {
      static const WordSet kMediumWithLi{"لوكالة", "لقناة", "لصحيفة"};
      return t == s0 && opens_sentence && (kWithLi.Has(k) || kWithLi.Has(bare)) && kMediumWithLi.Has(w.Key(t));
    };
    // "أحمد بن علي رئيس النادي": the name علي, whose key is على's, inside a
    // name (48 speakers on SaudiNewsNet stopped at it: "أحمد بن").
    auto ali_in_name = [&](size_t t) {
      static const std::string kAla = KeyOf("على");
      return s1 > s0 && w.Is(t, kAla) && PlainText(w.Text(w.SpanOf(t))) == "علي" && InName(t);
    };
    while (!said_next && !quoted_speaker && s1 < w.size() && (s1 < s0 + 8 || (s1 < s0 + 14 && InName(s1))) &&
           w.SpanOf(s1).end <= sentence.end &&
           (!kStop.Has(w.Key(s1)) || NameAt(s1) || (s1 > s0 && w.Is(s1, kFan) && in_person(s1)) || of_whom(s1) ||
            statement_source(s1) || ali_in_name(s1) || medium_according(s1)) &&
           !w.IsNumber(s1) && !(s1 == s0 && (weekday_at(s1) || time_at(s1))) &&
           !(s1 > s0 && (according ? ends_source(s1) : according_at(s1))) &&
           !(s1 > s0 && next_cue(s1)) && !(s1 > s0 && object_after(s1)) && !(s1 > s0 && said_where(s1))) {
      if (s1 > s0) {
        auto gap = w.Gap(s1 - 1, s1);
        size_t marks = 0, dots = 0, others = 0;
        for (char32_t c : gap) {
          if (c == ' ' || c == '(' || c == 0xA0) continue;
          if (c == U'«' || c == U'»' || c == U'"' || c == U'“' || c == U'”') ++marks;
          else if (c == '.') ++dots;
          else ++others;
        }
        bool ok = marks + dots + others == 0;
        // "وقال د. محمد": the period of an abbreviated title.
        if (!ok && marks + others == 0 && dots == 1 && kAbbreviations.Has(w.Key(s1 - 1))) ok = true;
        // The closing mark of a name in quotation marks the speaker took in.
        if (!ok && others + dots == 0 && marks == 1 && closed_at != 0 && w.SpanOf(s1 - 1).end <= closed_at &&
            w.SpanOf(s1).begin > closed_at)
          ok = true;
        if (!ok && others + dots == 0 && marks == 1) {
          if (auto [t, e] = quoted_name(s1, gap); e != 0) {
            s1 = t;
            closed_at = e;
            continue;
          }
        }
        if (!ok) break;
      }
      ++s1;
      if (s1 < w.size() && s1 > s0) {
        uint32_t end = w.SpanOf(s1 - 1).end;
        if (end < w.u32.size() && w.u32[end] == ')') break;
      }
      // God's praise ends the name it follows: "قال تعالى (ومن أظلم ممن منع
      // مساجد الله...)": the verse follows, in parentheses and without a
      // colon; so does "رحمه الله تعالى" a scholar's name.
      if (kPraiseEnds.Has(w.Key(s1 - 1))) break;
    }
    // A source that opens its sentence runs on to the comma, فإن or فقد
    // after it: "ووفقا للبيانات المنشورة على موقع هيئة قناة السويس، فإن"،
    // "ووفقا لبيانات من شركة EPFR، سحب المستثمرون" (not past a colon, a
    // quotation mark or a verb of speech).
    // ("ووفقا لمصدر مطلع لـ«عكاظ» فإن": the outlet told is passed over and
    // is no part of the source.)
    size_t told_cut = SIZE_MAX;
    if (opens_sentence && s1 > s0 && !said_next && !quoted_speaker) {
      for (size_t t = s1; t < w.size() && t < s0 + 10 && w.SpanOf(t).end <= sentence.end; ++t) {
        if (told_cut == SIZE_MAX && t > s0 && TellsOutlet(w, t)) {
          const uint32_t saved = from;
          if (const uint32_t e = outlet_told(t); e != 0) {
            from = e;
            const size_t next = first_from(t + 1);
            from = saved;
            if (next < w.size() && w.SpanOf(next).begin >= e) {
              told_cut = t;
              t = next - 1;  // (the loop's ++t: the word after the outlet)
              continue;
            }
          }
          from = saved;
        }
        const std::u32string_view gap = gap_before(t).second;
        if (gap.find_first_of(U",،") != std::u32string_view::npos || then_at(t)) {
          s1 = t;
          break;
        }
        if (gap.find_first_of(U":«»\"“”()") != std::u32string_view::npos || kThat.Has(w.Key(t)) || w.IsNumber(t) ||
            kVerbs.Has(WithoutConjunction(w.Key(t))))
          break;
      }
    }
    // "وقال جون ماكين لشبكة "ام اس ان بي سي" الاثنين إن": an outlet told at
    // the end of the speaker is not part of it (the speaker ends at
    // speaker_end; what was said is looked for after s1 as before); "المدير التجاري لموقع "إم إس
    // إن" العربية فريدة فهمي", a title of the one named after it, is.
    size_t speaker_end = told_cut;
    for (size_t t = s0 + 1; t < s1; ++t) {
      if (!kToldOutlet.Has(w.Key(t)) && !kToldPeople.Has(w.Key(t))) continue;
      bool named_after = false;  // a person's name or title after it (or right after the speaker)
      for (size_t u = t + 1; u < s1; ++u) named_after = named_after || (w.gaz[u] & kGazPersonTitle) != 0;
      const uint32_t until = s1 < w.size() ? w.SpanOf(s1).begin : w.SpanOf(s1 - 1).end;
      for (const auto& e : entities)
        named_after = named_after || (e.type == EntityType::kPerson && e.span.begin > w.SpanOf(t).begin &&
                                      e.span.begin <= until);
      const size_t cut = t > s0 + 1 && kAccording.Has(w.Key(t - 1)) ? t - 1 : t;  // "سكان محليون وفقا لموقع"
      // Told: a name in quotation marks, or what was said right after
      // ("وقال مورينيو لشبكة سكاي سبورتس "..."); not "المدير العام لبرنامج
      // مستشفى قوى الأمن، الدكتور...". Nor "كشفت وثائق مسربة لموقع
      // "ويكيليكس" أن": the words before must name a speaker.
      const bool told_outlet =
          closed_at > w.SpanOf(t).begin ||
          (s1 < w.size() && (is_that(s1) || kAfterTold.Has(w.Key(s1)) ||
                             gap_before(s1).second.find_first_of(U":«\"“") != std::u32string_view::npos));
      // (People told are told wherever the sentence goes after them: "وقال
      // كيري للصحفيين بعد منتدى الأمن الإقليمي"، "فانينج للصحفيين لدى وصوله".)
      if (!named_after && (told_outlet || kToldPeople.Has(w.Key(t))) && plausible(s0, cut)) speaker_end = cut;
      break;
    }
    // "وقال روحاني لإردوغان إن"، "وأكد روحاني لجنتيلوني أنه": a name with
    // ل right after a person's is the one told; the speaker ends before it.
    static const std::string kLi = KeyOf("ل");
    for (size_t t = s0 + 1; t < s1 && t < speaker_end; ++t) {
      if (!BeginsWith(w.Key(t), kLi) || !w.Adjacent(t - 1, t)) continue;
      bool told = false, person_before = false;
      for (const auto& e : entities) {
        told = told || e.span.begin == w.SpanOf(t).begin;
        person_before = person_before || (e.type == EntityType::kPerson && e.span.end == w.SpanOf(t - 1).end &&
                                          e.span.begin >= w.SpanOf(s0).begin);
      }
      if (told && person_before) {
        speaker_end = t;
        break;
      }
    }
    // (What was said is still looked for after s1, as when the weekday
    // was read as the speaker's.)
    for (size_t t = s0 + 1; t < s1 && t < speaker_end; ++t)
      if (weekday_at(t) || time_at(t)) {
        speaker_end = t;
        break;
      }
    // A source is named before what it did: "وفق بيان للأمم المتحدة أشار
    // إلى"، "حسب العلوجي الذي أشار" (the source is بيان للأمم المتحدة، العلوجي;
    // not "مصدر تابع للجيش", where تابع is "of").
    static const WordSet kRelative{"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"};
    if (according) {
      static const WordSet kOf{"تابع", "تابعة"};
      for (size_t t = s0 + 1; t < s1 && t < speaker_end; ++t)
        if ((kVerbs.Has(w.Key(t)) && !kOf.Has(w.Key(t))) ||
            (kRelative.Has(w.Key(t)) && t + 1 < w.size() && kVerbs.Has(w.Key(t + 1)))) {
          speaker_end = t;
          break;
        }
    }
    // Any speaker is named before a clause that describes it: "وأضاف هاموند
    // الذي زار إسرائيل الأسبوع الماضي أن"، "المصدر الذي طلب عدم الإشارة إلى
    // اسمه" (794 speakers of SaudiNewsNet ran on into one). Not a document's:
    // "التقرير الذي أصدره البنك الأهلي"، "الدراسة التي نشرها معهد ليبنيز"
    // name their source in the clause.
    static const WordSet kDocuments{"التقرير", "تقرير", "التقارير", "تقارير", "الدراسة", "دراسة", "الدراسات",
                                    "البحث", "بحث", "البيان", "بيان", "الإحصائية", "إحصائية", "الإحصاءات",
                                    "الميزانية", "المسح", "الاستطلاع", "استطلاع", "الوثيقة", "وثيقة",
                                    "البيانات", "الأرقام", "المؤشرات", "النتائج", "نتائج", "الإحصائيات"};
    if (!kDocuments.Has(WithoutConjunction(w.Key(s0))))
      for (size_t t = s0 + 1; t < s1 && t < speaker_end; ++t)
        if (kRelative.Has(w.Key(t))) {
          speaker_end = t;
          break;
        }
    // The closing mark of a quoted name in the speaker opens nothing.
    if (closed_at != 0) from = std::max(from, closed_at + 1);
    // "قال صلى الله عليه وسلم:", "رسول الله صلى الله عليه وسلم": the
    // blessing is part of who speaks (عليه is a stop word elsewhere).
    static const std::string kSalla = KeyOf("صلى"), kAllah = KeyOf("الله"), kAlayh = KeyOf("عليه"),
                             kWasallam = KeyOf("وسلم");
    if (s1 >= s0 + 2 && s1 + 1 < w.size() && w.Key(s1 - 2) == kSalla && w.Key(s1 - 1) == kAllah &&
        w.Key(s1) == kAlayh && w.Key(s1 + 1) == kWasallam)
      s1 += 2;
    Fact q;
    // A speaker named, but nothing said found (a name in marks, and no
    // "that" after it): no quote, but the speaker is carried over to the
    // next cue as one that says something ("وأوضح يوسف البنيان نائب رئيس
    // مجلس إدارة «سابك» في حديثه ... وأوضح أن ثمار هذه الاتفاقية").
    bool speaker_only = false;
    size_t subject_last = 0;  // the last word of a subject before the verb
    q.kind = FactKind::kQuote;
    q.cue = std::string(w.Text(w.SpanOf(i)));
    bool speech = false;  // "ألقى X كلمة"
    // After the outlet told, words before "that" (or a colon, a quotation)
    // name the speaker even when no list knows them ("قال لـ\"الاقتصادية\"
    // محلل لسوق الأسهم إن..."); without "that", they are what was said ("قال
    // لـ\"سبق\" الشاب غير مؤهل...") and the speaker is the one before.
    bool said_after_outlet = false;
    // The words after the verb as its speaker. One not named is taken only
    // where reported speech plainly follows: "that", a colon or a quotation
    // right after it, or, after a short one, a preposition ("وقال ضابط
    // إسرائيلي كبير في الجيش إنه"); not "نفى متحدث باسم الوزارة توجيه تلك
    // التهديدات،", whose words run on into what the verb denies. A pronoun
    // is one word ("فقال بعضهم:").
    auto plausible_speaker = [&] {
      bool unnamed = false;
      if (!plausible(s0, s1, /*named_only=*/relay.kind == Relay::kItself, &unnamed)) return false;
      if (!unnamed) return true;
      static const WordSet kPronouns{"أحدهم", "احدهم", "إحداهن", "بعضهم", "آخر", "قائل"};
      if (kPronouns.Has(w.Key(s0))) s1 = s0 + 1;
      if (s1 >= w.size() || w.SpanOf(s1).end > sentence.end) return false;
      if (is_that(s1) || gap_before(s1).second.find_first_of(U":«\"“") != std::u32string_view::npos) return true;
      static const WordSet kAfterSpeaker{"في", "من", "عن", "لـ", "ل", "خلال", "عبر", "أمس", "امس", "اليوم", "لوكالة",
                                         "لقناة", "لصحيفة", "لشبكة", "لموقع"};
      return s1 <= s0 + 4 && kAfterSpeaker.Has(w.Key(s1)) && w.Adjacent(s1 - 1, s1);
    };
    if (outlet_first && s1 > s0) {
      bool that = false;
      for (size_t t = s1; t < w.size() && t < s1 + 6 && w.SpanOf(t).end <= sentence.end && !that; ++t)
        that = is_that(t) || gap_before(t).second.find_first_of(U":«\"“") != std::u32string_view::npos;
      if (!that) {
        said_after_outlet = true;
        s1 = s0;
      }
    } else if (s1 > s0 && !quoted_speaker && relay.kind != Relay::kFrom &&
               !plausible_speaker()) {
      if (according || relay.kind == Relay::kItself) continue;
      s1 = s0;
    }
    // After عن: someone who speaks, or words followed by "his saying" or
    // "that" ("عن ابن المزارع قوله"); not "والتخلي عن نقل الشاحنات".
    if (relay.kind == Relay::kFrom && (s1 == s0 || (!plausible(s0, s1) && !(s1 < w.size() && (SayingWords().Has(w.Key(s1)) ||
                                                                                         is_that(s1))))))
      continue;
    // A verb's subject carried over agrees with it; "نقلا عنه" is the last one named.
    const int gender = !verb ? latest : kFeminine.Has(bare) || kFeminine.Has(k) ? 1 : 0;
    if ((relay.kind == Relay::kFromHim && (s1 != s0 || last_speaker[latest].empty())) ||
        (relay.kind == Relay::kItself && s1 == s0))
      continue;
    if (s1 > s0) {
      // "وقال الطيبي رحمه الله": a prayer for mercy after a name is no part
      // of the speaker (41 speakers on SaudiNewsNet).
      size_t s_end = std::min(s1, speaker_end);
      // Nor is "who asked not to be named": "مصدر حكومي طلب عدم الكشف عن
      // اسمه"، "مسؤول تركي رفض الكشف" (not the name "أسامة بن فضل البار");
      // nor what is said of the speaker after "and who", "and he":
      // "الرائد حماد المطيري والذي"، "النائب براد شيرمان وهو من الحزب".
      {
        static const WordSet kMercy{"رحمه", "رحمها", "رحمهم"};
        static const WordSet kAsked{"طلب", "رفض", "فضل", "وطلب", "ورفض", "وفضل"},
            kNotTo{"عدم", "الكشف", "الإفصاح"}, kAndWho{"والذي", "والتي", "وهو", "وهي"};
        for (size_t t = s0 + 1; t < s_end; ++t)
          if (kAndWho.Has(w.Key(t)) ||
              (t + 1 < s_end && ((kMercy.Has(w.Key(t)) && OpensBlessing(w, t)) ||
                                 (kAsked.Has(w.Key(t)) && kNotTo.Has(w.Key(t + 1)))))) {
            s_end = t;
            break;
          }
      }
      Span sp{w.SpanOf(s0).begin, w.SpanOf(s_end - 1).end};
      if (sp.end < w.u32.size() && w.u32[sp.end] == ')') ++sp.end;
      if (closed_at != 0 && sp.end <= closed_at && closed_at < sentence.end) {  // صحيفة «آس», شبكة " سي إن إن "
        bool spaces = true;
        for (uint32_t x = sp.end; x < closed_at; ++x) spaces = spaces && (w.u32[x] == ' ' || w.u32[x] == 0xA0);
        if (spaces) sp.end = closed_at + 1;
      }
      // As written, without the first word's clitic.
      size_t nf;
      // (In quotation marks, the first word has none: "وصرّح "فالون" is not ف + الون.)
      // (Nor has بيان: its ب is no clitic.)
      q.speaker = quoted_speaker || w.Is(s0, kBayan) ? std::string(w.Text(sp))
                                                     : CleanName(w, s0, s0, false, &nf) +
                                                           std::string(w.Text(Span{w.SpanOf(s0).end, sp.end}));
      // "ووفقا لتقديرات الهيئة"، "طبقا لمصادر": the preposition these cues
      // take is no part of the source (لل is read as ال already).
      // (Not a word in its own right: "لجنة".)
      if (according && (kWithLi.Has(k) || kWithLi.Has(WithoutConjunction(k))) && BeginsWith(w.Key(s0), kLi) &&
          !BeginsWith(w.Key(s0), kLil) && w.Key(s0).size() > 4 && q.speaker.substr(0, 2) == "\xD9\x84" &&
          !(Gazetteer::Get().Exact(w.Key(s0)) & (kGazOrgTrigger | kGazPlaceTrigger | kGazWholeName | kGazPlace)))
        q.speaker.erase(0, 2);
      q.speaker_span = sp;
      speech = s1 < w.size() && kSpeech.Has(w.Key(s1));
    } else if (relay.kind == Relay::kFromHim && !last_speaker[latest].empty()) {
      q.speaker = last_speaker[latest];
      q.speaker_entity = last_speaker_entity[latest];
    } else if (size_t f = verb ? SpeakerBefore(w, entities, i, kThat, &subject_last) : SIZE_MAX; f != SIZE_MAX) {
      // "كيري قال في مقابلة إن"، "وزارة الخارجية الأميركية قالت إن"، "أما
      // فيليب هاموند فقال إن"، "وكان أمانو قد أشار إلى أن"، "هرمز مسعودي،
      // الذي قال"، "وكان الإعلام الفرنسي قد أشار": named before the verb.
      size_t nf;
      const size_t last = subject_last;
      q.speaker = CleanName(w, f, f, false, &nf) + w.Text(Span{w.SpanOf(f).end, w.SpanOf(last).end});
      q.speaker_span = Span{w.SpanOf(f).begin, w.SpanOf(last).end};
    } else if (verb && i > 0 && k == bare && kWhat.Has(w.Key(i - 1)) && w.Adjacent(i - 1, i) && s0 < w.size() &&
               (is_that(s0) || kToward.Has(w.Key(s0)))) {
      continue;  // "وهذا ما يؤكد أن"، "مما يشير إلى أن": what shows it, no one speaking
    } else if (verb && !last_speaker[gender].empty()) {
      q.speaker = last_speaker[gender];  // "وأضاف أن...": the speaker before
      q.speaker_entity = last_speaker_entity[gender];
    } else {
      continue;
    }
    // What was said.
    bool source_first = false;
    if (according) {
      // "..., حسب قناة الميادين": the sentence before the cue.
      q.said = Span{sentence.begin, w.SpanOf(i).begin};
      while (q.said.end > q.said.begin && (w.u32[q.said.end - 1] == ' ' || w.u32[q.said.end - 1] == ',' ||
                                           w.u32[q.said.end - 1] == 0x060C)) {
        --q.said.end;
      }
      // "وحسب وزارة الداخلية فقد ..."، "وبحسب المصادر، فإن ...": a cue that
      // opens its sentence gives the source first; what was said follows
      // it, after فإن or فقد, or after a comma: there, or after a فإن that
      // follows a description of the source ("وبحسب مارك كلانسي، مسؤول أمن
      // المعلومات في الشركة، فإن"). Not "وحسب وكالة «أ ف ب» قال مدفيديف
      // إنه": the verb's own quote.
      bool verb_in_source = false;
      for (size_t t = s0; t < s1 && !verb_in_source; ++t) verb_in_source = kVerbs.Has(WithoutConjunction(w.Key(t)));
      size_t then = SIZE_MAX;  // what was said begins after this word
      // Also within a sentence, when the cue opens a clause of its own (with
      // و, or after a comma) and فقد or فإن follows the source: "أصدرت
      // الوزارة بيانا بشأن تنفيذ الحكم، وحسب البيان فقد تم القبض على ...".
      static const std::string kFaInna = KeyOf("فإن");
      const bool opens_clause = i > 0 && ((clitic && kAccording.Has(bare)) ||
                                          w.Gap(i - 1, i).find_first_of(U",،؛") != std::u32string_view::npos);
      const bool fa = s1 < w.size() && (w.Is(s1, kFaqad) || w.Is(s1, kFaInna) || kFaInnahu.Has(w.Key(s1)));
      if ((q.said.empty() || (opens_clause && fa)) && !verb_in_source && s1 + 1 < w.size() && then_at(s1)) {
        then = s1;
      } else if (q.said.empty() && !verb_in_source && opens_sentence && s1 > s0 && s1 + 1 < w.size() &&
                 gap_before(s1).second.find_first_of(U",،") != std::u32string_view::npos) {
        then = s1 - 1;  // the source's last word, before the comma
        for (size_t t = s1; t < w.size() && t < s1 + 12 && w.SpanOf(t).end <= sentence.end; ++t) {
          if (gap_before(t).second.find_first_of(U":«»\"“”") != std::u32string_view::npos ||
              kVerbs.Has(WithoutConjunction(w.Key(t))))
            break;
          if (then_at(t) && gap_before(t).second.find_first_of(U",،") != std::u32string_view::npos) {
            then = t;
            break;
          }
        }
      }
      // Such a source relays what others said or did: it is not carried
      // over to the next cue ("وبحسب وكالة الأنباء الإيرانية فإن ظريف قال
      // ... وأضاف" is Zarif's).
      // When what follows is itself a cue with its subject ("وبحسب "رويترز"،
      // فقد قال هولاند إن"), the verb's quote is the one (not "فقد أشار إلى
      // أنه", the source's own).
      // The source is then the medium that relays it (`via`).
      if (then != SIZE_MAX && then + 1 < w.size() && w.SpanOf(then + 1).end <= sentence.end) {
        if (kVerbs.Has(WithoutConjunction(w.Key(then + 1))) && then + 2 < w.size() && !is_that(then + 2) &&
            !kToward.Has(w.Key(then + 2))) {
          if (q.speaker_span) {
            relayed_cue = then + 1;
            relayed_by = q.speaker;
            relayed_span = *q.speaker_span;
          }
          continue;
        }
        q.said = Span{w.SpanOf(then + 1).begin, sentence.end};
        source_first = true;
      }
      // A few words before the source, and the sentence running on after
      // it: what was said is the whole sentence, not its first words ("وقصف
      // المتمردون أيضا، حسب المصادر نفسها، سيارات الإسعاف"، "وبالتالي، وحسب
      // مكتب الإحصاء الأوروبي، يعتبر الرقم").
      if (!source_first && !q.said.empty() && s1 > s0 && s1 < w.size() && w.SpanOf(s1).end <= sentence.end) {
        size_t before = 0;
        for (size_t t = i; t > 0 && w.SpanOf(t - 1).begin >= sentence.begin; --t) ++before;
        if (before <= 4) q.said = Span{sentence.begin, sentence.end};
      }
      if (q.said.empty()) continue;
    } else {
      size_t c = s1;
      if (speech) ++c;
      const bool said_here =
          said_after_outlet && gap_before(s0).second.find_first_of(U":«\"“") == std::u32string_view::npos;
      if (said_here) c = w.size();
      // Skip what comes between the speaker and the content (في بيان، لوكالة،
      // لـ«الشرق الأوسط»...).
      // (Past what the verb is done to, further: "نفى المتحدث باسم طالبان هذه
      // المعلومة في تصريحات لصوت أمريكا، موضحا أنه".)
      // (And past when it was said: "وأكد محلب عقب افتتاحه مبنى السفارة
      // المصرية الجديد بمالابو في غينيا الاستوائية، أن".)
      // (And past a relative clause between commas: "وقال المرصد السوري،
      // والذي يعتمد على شبكة ناشطين على الأرض، ان".)
      static const WordSet kRelative{"الذي", "والذي", "التي", "والتي", "الذين", "والذين"};
      const bool further = s1 < w.size() && ((s1 > s0 && object_after(s1)) || kWhenSaid.Has(w.Key(s1)) ||
                                             (s1 > s0 && said_where(s1)) ||
                                             (s1 > s0 && kRelative.Has(w.Key(s1)) &&
                                              gap_before(s1).second.find_first_of(U",،") != std::u32string_view::npos));
      size_t limit = s1 + (further ? 12 : 6), after_outlet = 0;
      // An outlet told further on: "قال فرحان جوهر، النائب عن الحزب
      // الديمقراطي الكردستاني، لـ«الشرق الأوسط»: «...»".
      for (size_t t = c; t < w.size() && t < s1 + 14 && w.SpanOf(t).end <= sentence.end && !is_that(t);
           ++t) {
        if (outlet_told(t)) {
          limit = std::max(limit, t + 2);
          break;
        }
        if (t > c && gap_before(t).second.find_first_of(U":«\"“") != std::u32string_view::npos) break;
      }
      // The outlet told right after the speaker, after a comma, after
      // another one, or after "في تصريح"، "في حديث"، "متحدثا"...
      auto told_here = [&](size_t t) {
        if (t == s1 || after_outlet || kToldContext.Has(w.Key(t - 1))) return true;
        if (w.Is(s1, kFi) && t <= s1 + 6) return true;  // "مصادر طبية في محافظة تعز لـ«عكاظ»"
        return gap_before(t).second.find_first_of(U",،") != std::u32string_view::npos;
      };
      bool rest_was_said = false, not_a_quote = false;
      // What opens what was said, quoted: quotation marks; after God or the
      // Prophet also the braces or the parentheses of a verse or a hadith,
      // often without a colon ("قال تعالى: {وكلوا واشربوا}"، "وقال تعالى
      // (والفتنة أكبر من القتل)"). (Elsewhere braces are a name's marks in
      // Asharq Al-Awsat: "لذوي أسر {الشهداء}".)
      const bool holy = q.speaker_span && !HolySpeaker(SplitWords(KeyOf(q.speaker))).empty();
      const std::u32string_view opening = holy ? U"«\"“{(" : U"«\"“";
      const std::u32string_view opening_or_colon = holy ? U":«\"“{(" : U":«\"“";
      while (c < w.size() && c < limit && !is_that(c) && w.SpanOf(c).end <= sentence.end) {
        if (c > s1) {
          if (uint32_t e = outlet_told(c - 1)) {
            from = e;
            const size_t next = first_from(c);
            // "لـ«عكاظ» أمس، في اتصال هاتفي، إن...": look on, also past the
            // outlet's description ("لصحيفة «حريت» التركية إنه").
            size_t probe = next;
            while (probe < next + 2 && probe < w.size() && BeginsWith(w.Key(probe), kAl) &&
                   !is_that(probe) && gap_before(probe).second.find_first_of(U",،:") == std::u32string_view::npos)
              ++probe;
            const bool look_on =
                probe < w.size() && (gap_before(probe).second.find_first_of(U",،:«\"“(") != std::u32string_view::npos ||
                                     kAfterTold.Has(w.Key(probe)) || is_that(probe));
            // A short name in quotation marks after لـ, neither where an
            // outlet told stands nor followed by what was said, is no
            // quotation ("عن شكره وتقديره لـ\"السويلم\" على هذه البادرة").
            // "كشف ... ل\"الرياض\" عن وجود...": what was said.
            const bool about = next < w.size() && w.Is(next, kAn);
            if (!look_on && !about && !told_here(c - 1)) {
              not_a_quote = true;
              break;
            }
            c = after_outlet = next;
            auto outlet_ahead = [&] {
              for (size_t t = c; t < c + 5 && t < w.size(); ++t)
                if (outlet_told(t)) return true;
              return false;
            };
            // "ل\"الرياض\" هناك توجه...": what was said begins here.
            if (!look_on && !outlet_ahead()) {
              rest_was_said = true;
              break;
            }
            limit = c + 12;
            continue;
          }
        }
        if (gap_before(c).second.find_first_of(opening_or_colon) != std::u32string_view::npos) break;
        ++c;
      }
      if (not_a_quote || (c >= w.size() && !after_outlet && !said_here)) continue;
      const bool in_sentence = c < w.size() && w.SpanOf(c).end <= sentence.end;
      auto [gap_at, gap] = c < w.size() ? gap_before(c) : std::pair{0u, std::u32string_view()};
      size_t open = gap.find_first_of(opening);
      // The code point of the mark that closes the one opened before b, or
      // 0 when none within 2,000. (A verse opened with one bracket may close
      // with the other: "{وَمَنْ أَظْلَمُ ... عَذَابٌ عَظِيمٌ)".)
      auto closing = [&](uint32_t b, char32_t open_mark) -> uint32_t {
        const char32_t close_mark = CloseMark(open_mark);
        const bool bracket = open_mark == U'(' || open_mark == U'{';
        auto closes = [&](char32_t c) { return c == close_mark || (bracket && (c == U')' || c == U'}')); };
        uint32_t e = b;
        while (e < w.u32.size() && !closes(w.u32[e]) && e < b + 2000) ++e;
        return e < w.u32.size() && closes(w.u32[e]) ? e : 0;
      };
      if (said_here) {
        q.said = Span{w.SpanOf(s0).begin, sentence.end};
      } else if (rest_was_said) {
        q.said = Span{w.SpanOf(after_outlet).begin, sentence.end};
      } else if (open != std::u32string_view::npos) {
        // Direct: up to the closing mark (closing).
        uint32_t b = gap_at + static_cast<uint32_t>(open) + 1;
        if (gap[open] == U'(' || gap[open] == U'{')  // "((من جهز غازيا فقد غزا))"
          while (b < w.u32.size() && w.u32[b] == gap[open]) ++b;
        uint32_t e = closing(b, gap[open]);
        if (e == 0) continue;
        // A name in quotation marks ends the speaker's description, and a
        // colon then opens what was said: "رئيس الأبحاث في مجموعة «جيه إل
        // إل»: «تواصل سوق دبي …»".
        uint32_t colon = e + 1;
        while (colon < sentence.end && (w.u32[colon] == U' ' || w.u32[colon] == 0xA0)) ++colon;
        bool opened_after_colon = false;
        if (colon < w.u32.size() && w.u32[colon] == U':') {
          uint32_t b2 = colon + 1;
          while (b2 < w.u32.size() && (w.u32[b2] == U' ' || w.u32[b2] == 0xA0)) ++b2;
          if (b2 < w.u32.size() && (w.u32[b2] == U'«' || w.u32[b2] == U'"' || w.u32[b2] == U'“'))
            if (const uint32_t e2 = closing(b2 + 1, w.u32[b2]); e2 != 0) {
              b = b2 + 1;
              e = e2;
              opened_after_colon = true;
            }
        }
        // Nor are a few words in marks after a body's word or a preposition
        // what was said, but a name: "عبر حسابه على «تويتر» أن حريقا شب"،
        // "في «مجلس اللاجئين النرويجي»"، "شركة «موبايلي»". What was said is
        // then after "that" a little further on; failing that, after a body's
        // word the rest of the sentence, and after a preposition the words in
        // marks.
        static const WordSet kOn{"على"};
        static const std::string kBismi = KeyOf("باسم");
        const InMarks in_marks =
            !opened_after_colon && c > 0 && e < sentence.end ? NameInMarks(w, c - 1, b, e) : InMarks::kSaid;
        auto space = [&](uint32_t x) { return w.u32[x] == U' ' || w.u32[x] == 0xA0; };
        // The sentence runs on right after the closing mark at `close`: its
        // next word follows past spaces alone.
        auto runs_on_after = [&](uint32_t close) {
          uint32_t x = close + 1;
          while (x < sentence.end && space(x)) ++x;
          const size_t u = w.FirstTokenFrom(x);
          return u < w.size() && w.SpanOf(u).begin == x && w.SpanOf(u).end <= sentence.end;
        };
        // Nor are a few words in marks that the speaker's words or a name
        // found in the text take up what was said: "وأعرب "المبطي" عن بالغ
        // الحزن"، "وقالت إحسان في تصريح لوكالة أنباء «فارس»، إن الجلسة"،
        // "وتشير التفاصيل التي حصلت عليها "سبق"، لرصد".
        const bool entity_in_marks = [&] {
          // (Not after a colon: "قائلا: "أنت تعادي البرتغاليين"", which a
          // rule for names in marks may have taken for a person's.)
          if (in_marks != InMarks::kSaid || opened_after_colon || gap.find(U':') != std::u32string_view::npos ||
              !FewWords(w, b, e))
            return false;
          uint32_t nb = b, ne = e;
          while (nb < ne && space(nb)) ++nb;
          while (ne > nb && space(ne - 1)) --ne;
          if (nb == ne) return false;
          // One word right after a body the speaker's words end with is its
          // short name: "حسبما ذكرت وكالة الأنباء الإماراتية الرسمية "وام"."
          // (not "وقال تونر «نعم»").
          const bool after_speaker = q.speaker_span && w.SpanOf(c - 1).end == q.speaker_span->end;
          const bool short_name = after_speaker && FewWords(w, nb, ne, 1) &&
                                  std::any_of(entities.begin(), entities.end(), [&](const Fact& f) {
                                    return f.type == EntityType::kOrganisation && f.span.begin < q.speaker_span->end &&
                                           q.speaker_span->end <= f.span.end;
                                  });
          if (short_name) return true;
          // Otherwise, right after the verb or the speaker, words in marks
          // are what was said ("وقال الوزير «العمل بدأ».", which the rule for
          // a name in marks after a title may have taken for a person's)
          // unless the sentence runs on right after them ("وأعرب "المبطي"
          // عن").
          if ((c - 1 == i || after_speaker) && !runs_on_after(e)) return false;
          if (q.speaker_span && q.speaker_span->begin < ne && nb < q.speaker_span->end) return true;
          return std::any_of(entities.begin(), entities.end(),
                             [&](const Fact& f) { return f.span.begin <= nb && ne <= f.span.end; });
        }();
        // A few words in marks that the sentence runs on after, written some
        // words past the speaker, are a name, not what was said: "وأكد بالمر
        // في البيان الذي نشرته «ستار تريبيون» أن"، "اعرب موفد الامم المتحدة
        // الى الشرق الاوسط عن "اشمئزازه" من"، "من شركة «برايفت كلاينتس»".
        // What was said is then after "that" a little further on, or there
        // is none. (Not right after the speaker, the outlet told or a colon:
        // "وأضاف كيري «هذا ببساطة وهم»"، "لـ«الشرق الأوسط»: «نحن مع الحوار»".)
        const bool name_in_sentence = [&, gap = gap] {  // (a copy: clang 14 captures no structured binding)
          // (Right after the speaker's words too, where the sentence runs on:
          // "أعلنت شركة اتحاد الاتصالات "موبايلي" نتائج"، "وأشار الطفل "سعيد
          // اليامي" إلى".)
          const bool after_speaker = c == s1 && s1 > s0 && !speech;
          if (opened_after_colon || in_marks != InMarks::kSaid || (c <= s1 + (speech ? 1 : 0) && !after_speaker) ||
              c == after_outlet || gap.find(U':') != std::u32string_view::npos || e >= sentence.end ||
              !FewWords(w, b, e))
            return false;
          return runs_on_after(e);
        }();
        // What was said after a name in marks, further on: at the first word
        // from `from` (before `to`, in the sentence) whose gap holds one of
        // `stops`, the words in marks there when `saying` takes them, or the
        // rest of the sentence when no mark opens there.
        auto said_further_on = [&](size_t from, size_t to, std::u32string_view stops, auto saying) {
          size_t u = from;
          while (u < w.size() && u < to && w.SpanOf(u).end <= sentence.end &&
                 gap_before(u).second.find_first_of(stops) == std::u32string_view::npos)
            ++u;
          if (u >= w.size() || u >= to || w.SpanOf(u).end > sentence.end) return;
          const auto [at, g] = gap_before(u);
          // (Marks after the stop: not the name's closing one in "عبر "سبق": كيف".)
          const size_t mark = g.find_first_of(U"«\"“", g.find_first_of(stops));
          if (mark == std::u32string_view::npos) {
            q.said = Span{w.SpanOf(u).begin, sentence.end};
            return;
          }
          const uint32_t b2 = at + static_cast<uint32_t>(mark) + 1;
          const uint32_t e2 = closing(b2, g[mark]);
          if (e2 != 0 && saying(g, b2, e2)) {
            q.said = Span{b2, e2};
            q.direct = true;
          }
        };
        size_t after = 0, that = 0;
        if (in_marks != InMarks::kSaid || name_in_sentence || entity_in_marks) {
          after = c;
          while (after < w.size() && w.SpanOf(after).begin <= e) ++after;
          for (size_t u = after; u < w.size() && u < after + 8 && w.SpanOf(u).end <= sentence.end && !that; ++u)
            if (is_that(u) && u + 1 < w.size() && w.SpanOf(u + 1).begin < sentence.end) that = u;
        }
        if (that) {
          q.said = Span{w.SpanOf(that + 1).begin, sentence.end};
        } else if (in_marks == InMarks::kName) {
          if (after >= w.size() || w.SpanOf(after).begin >= sentence.end) continue;
          q.said = Span{w.SpanOf(after).begin, sentence.end};
        } else if (name_in_sentence || entity_in_marks) {
          // Or after a colon, or in marks, a little further on: "وقال نيكيتا
          // رومانوف، رئيس جمعية البحوث الإقليمية “كوسموبوسيك” لوكالة نوفوستي:
          // “لقد قمنا…”".
          // (The gap before `after` holds the name's closing mark. A saying
          // in marks is one after a colon or longer than a name: "وقال فيدريكو
          // اديتشي أحد مسؤولي "فيفا" المسؤولين عن مناهضة التمييز "إذا كان…"".)
          said_further_on(after + 1, after + 8, U":«\"“", [&](std::u32string_view g, uint32_t b2, uint32_t e2) {
            return g.find(U':') != std::u32string_view::npos || !FewWords(w, b2, e2);
          });
          // (Failing that, after a name the text found, the rest of the
          // sentence, of three words or more: "وأعرب "المبطي" عن بالغ
          // الحزن", not "كما أفاد «المرصد السوري لحقوق الإنسان» أمس.".)
          if (q.said.empty() && !name_in_sentence && after + 2 < w.size() && w.SpanOf(after + 2).end <= sentence.end)
            q.said = Span{w.SpanOf(after).begin, sentence.end};
          speaker_only = q.said.empty();
        } else if (in_marks == InMarks::kPerhapsName && !LeadingClitics::Get().Has(kOn, w.Key(c - 1))) {
          // "تقول شارلوت باسترنك، المتحدثة الرسمية باسم «دانون» العالمية التي
          // تنشط في ...: «السوق الإيرانية …»": after باسم a name; what was
          // said follows a colon further on in the sentence, or is not here.
          // So after في، مع، عبر: "عبر حسابها في «تويتر» عن تحطم طائرة"، "في
          // اتصال هاتفي مع "الوطن" على ذلك بالقول: "قد يكون…"". (After على
          // words in marks may be what was said: "أكد على «ضرورة الالتزام»".)
          said_further_on(after, after + 20, U":", [](std::u32string_view, uint32_t, uint32_t) { return true; });
          // Or in marks further on when no name: "قال نصري الصايغ في مقالة في
          // "السفير" بتاريخ 4 مايو الماضي "لم تعد …"".
          if (q.said.empty() && !w.Is(c - 1, kBismi))
            said_further_on(after + 1, after + 20, U"«\"“", [&](std::u32string_view, uint32_t b2, uint32_t e2) {
              return !FewWords(w, b2, e2);
            });
          speaker_only = q.said.empty();
        } else {
          // (Without the spaces inside the marks: "(( ولكم في القصاص حياة ))".)
          while (b < e && space(b)) ++b;
          while (e > b && space(e - 1)) --e;
          q.said = Span{b, e};
          q.direct = true;
        }
      } else if (in_sentence && is_that(c) && c + 1 < w.size()) {
        q.said = Span{w.SpanOf(c + 1).begin, sentence.end};
        // "وقال المرصد ان "السيطرة ... عنيفة".": the rest of the sentence in
        // quotation marks after "that" is the words said, direct (not a
        // name in marks the sentence runs on after: "إن "داعش" يسيطر").
        const std::u32string_view g = w.Gap(c, c + 1);
        const size_t mark = g.find_first_of(U"«\"“");
        if (mark != std::u32string_view::npos && g.find_first_not_of(U" \u00A0«\"“") == std::u32string_view::npos) {
          const uint32_t b = w.SpanOf(c).end + static_cast<uint32_t>(mark) + 1;
          uint32_t e = closing(b, g[mark]);
          uint32_t rest = e + 1;
          while (rest < sentence.end && (w.u32[rest] == U' ' || w.u32[rest] == 0xA0 || w.u32[rest] == U'.' ||
                                         w.u32[rest] == U'،' || w.u32[rest] == U','))
            ++rest;
          // Or the words in the marks, and after a comma the author's
          // "pointing out", "adding"...: "إن «القرار نهائي»، مشيرا إلى".
          static const WordSet kWhileSaying{"مشيرا", "مشيرة", "مضيفا", "مضيفة", "مؤكدا", "مؤكدة", "لافتا",
                                            "لافتة", "موضحا", "موضحة", "مبينا", "مبينة", "مشددا", "مشددة",
                                            "داعيا", "داعية", "معتبرا", "معتبرة", "منوها", "منوهة"};
          auto participle_after = [&] {
            uint32_t x = e + 1;
            while (x < sentence.end && (w.u32[x] == U' ' || w.u32[x] == 0xA0)) ++x;
            if (x >= sentence.end || (w.u32[x] != U'،' && w.u32[x] != U',')) return false;
            const size_t t = w.FirstTokenFrom(x);
            return t < w.size() && w.SpanOf(t).end <= sentence.end && kWhileSaying.Has(w.Key(t));
          };
          if (e > b && e < sentence.end + 2 && (rest >= sentence.end || participle_after())) {
            while (e > b && (w.u32[e - 1] == U' ' || w.u32[e - 1] == 0xA0)) --e;
            q.said = Span{b, e};
            q.direct = true;
          }
        }
      } else if (in_sentence && (speech || gap.find(U':') != std::u32string_view::npos)) {
        q.said = Span{w.SpanOf(c).begin, sentence.end};
      } else if (after_outlet && after_outlet < w.size() && w.SpanOf(after_outlet).end <= sentence.end) {
        // "كشف مسؤول لـ«الشرق الأوسط» عن تواري...": what the outlet was told.
        q.said = Span{w.SpanOf(after_outlet).begin, sentence.end};
      } else {
        continue;
      }
    }
    if (q.said.empty() && !(speaker_only && q.speaker_span && !after_according)) continue;
    SpeakerRunsOnToPerson(w, entities, &q);
    if (relay.via) {
      q.via = w.Text(*relay.via);
      q.via_span = relay.via;
    } else if (i == relayed_cue) {
      q.via = relayed_by;
      q.via_span = relayed_span;
    }
    if (!speaker_only) {  // (no quote to write: only its speaker, carried over below)
      q.span = Span{std::min({w.SpanOf(i).begin, q.said.begin, q.speaker_span ? q.speaker_span->begin : UINT32_MAX}),
                    std::max(q.said.end, q.speaker_span ? q.speaker_span->end : 0u)};
      q.text = w.Text(q.span);
    }
    // The speaker's entity: a person named in the speaker's words ("المتحدث
    // باسم وزارة الخارجية الأمريكية جون كيربي" is Kirby, not the ministry),
    // else the mention with most overlap; a place only where it begins them
    // ("وقالت سوريا", not "غرفة عمليات حلفاء سوريا", "مصادر في دمشق").
    // God (الله) only where the name begins them ("قال الله تعالى"), not in
    // a blessing ("صلى الله عليه وسلم"، "رحمه الله"), "رسول الله" or a
    // person's name ("ضيف الله الشراري").
    if (q.speaker_span) {
      static const std::string kAllah = KeyOf("الله");
      uint32_t best = 0, best_begin = 0;
      bool best_person = false;
      // Not a name in a relative clause of the speaker's words: "إيران التي
      // تزود الأسد" is Iran, not Assad; "الدراسة التي أعدها الدكتور عمر
      // الحسن" is the study.
      static const WordSet kRelative{"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"};
      uint32_t clause = q.speaker_span->end;
      const size_t t0 = w.FirstTokenFrom(q.speaker_span->begin);
      for (size_t t = t0 + 1; t < w.size() && w.SpanOf(t).begin < q.speaker_span->end; ++t)
        if (kRelative.Has(w.Key(t))) {
          // (But a document's issuer is its source: "التقرير الذي أصدره
          // البنك الأهلي"، "الدراسة التي نشرها معهد ليبنيز".)
          static const WordSet kDocuments{"التقرير", "تقرير", "الدراسة", "دراسة", "البيان", "بيان", "الاستبيان",
                                          "الاستطلاع", "المسح", "الإحصائية", "الإحصائيات", "التقارير", "الدراسات",
                                          "البيانات", "الأرقام", "النتائج", "الميزانية", "القرار", "القرارات",
                                          "الأبحاث", "البحث", "المؤشرات"};
          static const std::string kIssued[] = {KeyOf("أصدر"), KeyOf("أعد"), KeyOf("نشر"), KeyOf("أجر"),
                                                KeyOf("اعتمد"), KeyOf("أطلق"), KeyOf("أعلن"), KeyOf("تعلن")};
          const bool issued = t + 1 < w.size() && std::any_of(std::begin(kIssued), std::end(kIssued), [&](const std::string& k) {
                                return BeginsWith(w.Key(t + 1), k);
                              });
          if (!(issued && t0 < w.size() && kDocuments.Has(w.Key(t0)))) clause = w.SpanOf(t).begin;
          break;
        }
      for (const auto& e : entities) {
        uint32_t b = std::max(e.span.begin, q.speaker_span->begin), en = std::min(e.span.end, clause);
        if (en <= b || (e.type == EntityType::kPlace && e.span.begin > q.speaker_span->begin)) continue;
        if (e.span.begin > q.speaker_span->begin && KeyOf(e.surface) == kAllah) continue;
        const bool person = e.type == EntityType::kPerson;
        if ((person && !best_person) || (person == best_person && en - b > best)) {
          best = en - b;
          best_begin = e.span.begin;
          best_person = person;
          q.speaker_entity = e.surface;
        }
      }
      // A person a post's word follows speaks, not the body or the person
      // the post is of: "بنيامين محمد وكيل أعمال اللاعب الغاني «مونتاري»".
      for (const auto& e : entities) {
        if (e.type != EntityType::kPerson || e.span.begin < q.speaker_span->begin || e.span.end > clause) continue;
        const size_t next = w.FirstTokenFrom(e.span.end);
        if (next < w.size() && w.SpanOf(next).end <= clause && IsPostOf(w.Key(next))) {
          best_begin = e.span.begin;
          best_person = true;
          q.speaker_entity = e.surface;
          break;
        }
      }
      const std::vector<std::string> words = SplitWords(KeyOf(q.speaker));
      // "والد مايكل براون"، "والدة الشهيد عبدالرحمن القحطاني"، "شقيق العقيد
      // حسان الشيخ": a relative of the person named speaks, not the person
      // (not "شقيقه خالد المهنا", his brother, who is named; nor "والد
      // الطفلة المواطن هادي الفيفي", the father named after his own title).
      if (const uint32_t kin = best_person ? RelativeOfNamed(w, *q.speaker_span, best_begin) : UINT32_MAX;
          kin != UINT32_MAX) {
        // The speaker is the person named before that word, if one is.
        q.speaker_entity.clear();
        best_person = false;
        for (const auto& e : entities)
          if (e.type == EntityType::kPerson && e.span.begin >= q.speaker_span->begin && e.span.end <= kin)
            q.speaker_entity = e.surface;
        best_person = !q.speaker_entity.empty();
      }
      if (std::string holy = HolySpeaker(words); !holy.empty()) {
        q.speaker_entity = std::move(holy);
      } else {
        if (q.speaker_entity.empty()) q.speaker_entity = SpeakerNamedBefore(w, entities, *q.speaker_span, q.speaker, kThat);
        if (best_person) q.speaker_entity = FullerNameBefore(entities, *q.speaker_span, q.speaker_entity);
      }
      // God's words and the Prophet's are never carried over to the next
      // cue ("قال تعالى"، "قال الله تعالى"، "قال رسول الله صلى الله عليه وسلم").
      static const std::string kAlayhi = KeyOf("عليه");
      // "عليه الصلاة والسلام"; "قال الله"
      bool exalted = !words.empty() && (words[0] == kAlayhi || words[0] == kAllah);
      for (const std::string& word : words) exalted = exalted || kExalted.Has(word);
      if (according) {  // (only a source after what was said may turn out to relay it, below)
        for (int g = 0; g < 2; ++g) carried_before[g] = {last_speaker[g], last_speaker_entity[g]};
        latest_before = latest;
      }
      for (int g = 0; g < 2 && !exalted && !source_first; ++g) {
        if (verb && g != gender) continue;
        last_speaker[g] = q.speaker;
        last_speaker_entity[g] = q.speaker_entity;
      }
      latest = verb ? gender : latest;
    }
    if (speaker_only) continue;
    // "وتابعت الصحيفة تقول إن …": the second verb says the same thing once
    // more, from the same speaker.
    if (!out->empty() && out->back().kind == FactKind::kQuote && out->back().said.begin == q.said.begin &&
        out->back().said.end == q.said.end)
      continue;
    // What was said before ends where a new clause names the next speaker:
    // "وأكد أن المقاومة بحاجة إلى الدعم، وأوضح رئيس التحالف أن..."، "...
    // المقبلة. وتشير نتائج الدراسة إلى"، "حيث قال رئيسها". Reported speech
    // runs to its sentence's end, and news often strings several speakers'
    // clauses into one sentence with commas. (Not "التي قال إنها": a clause
    // inside what was said.)
    if (verb && i > 0) {
      // (The clause begins at the speaker when it is named before the verb:
      // "، ورئيس الوزراء أكد أن".)
      size_t c0 = i;
      if (q.speaker_span && q.speaker_span->begin < w.SpanOf(i).begin)
        while (c0 > 0 && w.SpanOf(c0 - 1).end > q.speaker_span->begin) --c0;
      static const WordSet kOpensClause{"حيث", "كما", "فيما", "بينما", "وقد", "إذ", "اذ", "حين", "ثم"};
      static const WordSet kRelatives{"التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي", "ما", "مما", "عندما"};
      // (A و begins a clause on the verb, "وأوضح"; on a name it may be a
      // letter of it, "وزير".)
      bool marked = c0 > 0 && gap_before(c0).second.find_first_of(U".،,؛:") != std::u32string_view::npos;
      bool new_clause = c0 > 0 && ((c0 == i && k != bare) || kOpensClause.Has(w.Key(c0 - 1)) || marked);
      // Or a few words after a mark lead into it: "، في سياق آخر أعلن وزير
      // الخارجية"، "، وفي المقابل كشف التحقيق"، "، لكنها قالت" (not when
      // one of them is "that" or a relative: "، مشيرا إلى أن الوزير أكد" is
      // still the first speaker's).
      for (size_t j = c0; !new_clause && j-- > 0 && j + 3 >= c0;) {
        if (is_that(j) || kRelatives.Has(w.Key(j))) break;
        if (j > 0 && gap_before(j).second.find_first_of(U".،,؛") != std::u32string_view::npos) {
          c0 = j;
          new_clause = marked = true;
        }
      }
      const uint32_t cut_at = w.SpanOf(c0).begin;
      for (size_t back = out->size(); new_clause && back-- > 0 && back + 8 >= out->size();) {
        Fact& p = (*out)[back];
        if (p.kind != FactKind::kQuote || p.direct || p.said.begin >= cut_at || p.said.end <= cut_at) continue;
        size_t last = c0 - 1;  // the word before the clause, or before حيث
        if (kOpensClause.Has(w.Key(last)) && last > 0 && !marked) {
          static const std::string kHin = KeyOf("حين");
          if (w.Key(last) == kHin && last > 1 && w.Key(last - 1) == kFi) --last;  // في حين
          --last;
        }
        uint32_t end = w.SpanOf(last).end;
        if (end < cut_at && IsClosingMark(w.u32[end])) ++end;  // "على (431 متهما)، حيث أعلنت"
        if (end <= p.said.begin) continue;
        p.said.end = end;
        p.span = Span{p.span.begin, std::max(end, p.speaker_span ? p.speaker_span->end : 0u)};
        p.text = w.Text(p.span);
      }
    }
    // "وأضافت أن قطاع التصنيع خفض إنتاجه ...، بحسب وكالة الأنباء
    // الألمانية": a source after what another cue of its sentence reported
    // relays that quote (its `via`), and is no quote of its own. (The words
    // before that cue are mostly its lead-in, "وفي تصريحات لصحيفة ...، قال
    // شتاينماير".) What the earlier quote said ends before the source.
    if (according && !source_first && q.speaker_span) {
      const uint32_t cue_at = w.SpanOf(i).begin;
      bool relays = false;
      for (size_t back = out->size(); back-- > 0 && back + 8 >= out->size();) {
        Fact& p = (*out)[back];
        if (p.kind != FactKind::kQuote || p.span.begin < q.said.begin || p.span.begin >= q.said.end ||
            p.said.begin < q.said.begin || !p.via.empty())
          continue;
        if (according_key(KeyOf(p.cue))) continue;
        p.via = q.speaker;
        p.via_span = q.speaker_span;
        if (p.said.begin < cue_at && p.said.end > cue_at) p.said.end = q.said.end;
        // The quote's span takes in its whole attribution, the source after it too.
        p.span = Span{p.span.begin, std::max({p.said.end, p.speaker_span ? p.speaker_span->end : 0u,
                                              q.speaker_span->end})};
        p.text = w.Text(p.span);
        relays = true;
      }
      // The relaying source is no speaker to carry over to the next cue
      // ("قال ... البزم: ...؛ حسبما ذكرت وكالة الصحافة الفلسطينية. وأشار
      // إلى أن" is al-Bazm's).
      if (relays) {
        for (int g = 0; g < 2; ++g) std::tie(last_speaker[g], last_speaker_entity[g]) = carried_before[g];
        latest = latest_before;
        continue;
      }
    }
    out->push_back(std::move(q));
  }
}

}  // namespace internal

namespace {

// Years before Christ ("عام 1258 قبل الميلاد"، "بين عامي 2181 و2050 قبل
// الميلاد"، "1200 ق.م"، "1200 BC") are no years of our era, which is all a
// date's value can say: such dates are left out rather than given as 1258.
// The mark may follow the date, or the second year of a pair after و.
void DropYearsBeforeChrist(const internal::Words& w, std::vector<Fact>* dates) {
  static const std::u32string kMarks[] = {U"قبل الميلاد", U"ق.م", U"ق. م", U"BCE", U"BC", U"B.C"};
  const std::u32string_view text(w.u32);
  auto space = [](char32_t c) { return c == U' ' || c == 0xA0 || c == U'\n'; };
  // (A whole mark: not "BCCI", the bank.)
  auto letter = [](char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0x621 && c <= 0x64A); };
  auto mark_at = [&](size_t x) {
    while (x < text.size() && space(text[x])) ++x;
    for (const std::u32string& m : kMarks)
      if (text.substr(x, m.size()) == m && (x + m.size() >= text.size() || !letter(text[x + m.size()]))) return true;
    return false;
  };
  std::erase_if(*dates, [&](const Fact& f) {
    size_t x = f.span.end;
    if (mark_at(x)) return true;
    while (x < text.size() && space(text[x])) ++x;
    if (x >= text.size() || text[x] != U'و') return false;
    ++x;
    while (x < text.size() && space(text[x])) ++x;
    const size_t digits = x;
    while (x < text.size() && text[x] >= U'0' && text[x] <= U'9') ++x;
    return x > digits && mark_at(x);
  });
}

}  // namespace

namespace {

// A month's name inside a date is the date's, not a name: "نيسان (أبريل)"
// is April twice, not the car maker and its alias; "شهر رمضان" is no
// person. (A name that holds a month's name and more, رجب طيب أردوغان,
// stays.)
void DropMonthsInDates(const internal::Words& w, const std::vector<Fact>& dates, std::vector<Fact>* entities) {
  if (dates.empty()) return;
  std::erase_if(*entities, [&](const Fact& e) {
    const bool in_date = std::any_of(dates.begin(), dates.end(), [&](const Fact& d) {
      return d.span.begin <= e.span.begin && e.span.end <= d.span.end;
    });
    if (!in_date) return false;
    const size_t first = w.FirstTokenFrom(e.span.begin), next = w.FirstTokenFrom(e.span.end);
    return first < next && internal::OnlyMonthNames(w, first, next - 1);
  });
}

}  // namespace

void ExtractFacts(const Article& article, const NerModel& model, const ExtractOptions& options,
                  std::vector<Fact>* out) {
  out->clear();
  // Per thread, so that one article's memory serves the next.
  thread_local internal::Words w;
  internal::BuildWords(article, &w);
  thread_local std::vector<Fact> dates, years, quantities, entities, quotes;
  dates.clear();
  years.clear();
  quantities.clear();
  entities.clear();
  quotes.clear();
  internal::FindDates(w, &dates);
  // Run for the dates too: a number that counts nothing may be a year.
  if (options.quantities || options.dates) internal::FindQuantities(w, dates, &quantities, &years);
  if (options.dates) {
    // The years the quantity rules found among the other dates, then the
    // periods among them as one date each.
    const size_t found = dates.size();
    for (Fact& y : years) dates.push_back(std::move(y));
    years.clear();
    std::inplace_merge(dates.begin(), dates.begin() + static_cast<long>(found), dates.end(),
                       [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; });
    internal::JoinRanges(w, &dates);
    DropYearsBeforeChrist(w, &dates);
  }
  if (internal::EnglishText(w)) {
    // The Arabic rules still read the Arabic words an English article may
    // hold (a site's footer, a name in Arabic): what they find there is
    // kept. The English rules' entities are merged in by position (the
    // quote rules read them in text order); their quotes are ordered with
    // all the facts below.
    if (options.entities || options.quotes) {
      internal::FindEntities(w, model, &entities);
      std::erase_if(entities, [](const Fact& f) { return !internal::ArabicScript(f.text); });
      const size_t arabic = entities.size();
      internal::FindEnglishEntities(w, &entities);
      std::inplace_merge(entities.begin(), entities.begin() + static_cast<long>(arabic), entities.end(),
                         [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; });
    }
    if (options.quotes) {
      internal::FindQuotes(w, entities, &quotes);
      std::erase_if(quotes, [](const Fact& f) { return !internal::ArabicScript(f.cue); });
      internal::FindEnglishQuotes(w, entities, &quotes);
    }
  } else {
    if (options.entities || options.quotes) {
      internal::FindEntities(w, model, &entities);
      internal::FindLocalePlaces(w, &entities);
      DropMonthsInDates(w, dates, &entities);
    }
    if (options.quotes) internal::FindQuotes(w, entities, &quotes);
  }
  // In text order, then by kind, then as found: the order is sorted, not the
  // facts (a Fact is a dozen strings; moving each once is enough).
  std::vector<Fact*> all;
  auto take = [&](std::vector<Fact>& v) {
    for (Fact& f : v) all.push_back(&f);
  };
  if (options.dates) take(dates);
  if (options.quantities) take(quantities);
  if (options.entities) take(entities);
  take(quotes);
  std::stable_sort(all.begin(), all.end(), [](const Fact* a, const Fact* b) {
    if (a->span.begin != b->span.begin) return a->span.begin < b->span.begin;
    return static_cast<int>(a->kind) < static_cast<int>(b->kind);
  });
  out->reserve(all.size());
  for (Fact* f : all) out->push_back(std::move(*f));
}

}  // namespace sada
