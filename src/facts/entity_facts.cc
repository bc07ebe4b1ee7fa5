// Entity facts: the tagger's chunks, with trigger words and names cleaned.
#include <algorithm>
#include <unordered_set>

#include "facts/extract_internal.h"
#include "facts/gazetteer.h"
#include "sada/text.h"
#include "text/stem.h"
#include "text/utf8.h"
#include "util/hash.h"

namespace sada::internal {
namespace {

EntityType TypeOf(int entity) {
  switch (entity) {
    case 0: return EntityType::kPerson;
    case 1: return EntityType::kPlace;
    case 2: return EntityType::kOrganisation;
    default: return EntityType::kOther;
  }
}

bool IsPunctuationGap(std::u32string_view gap) {
  for (char32_t c : gap) {
    if (c != ' ' && c != '\n' && c != '\t' && c != 0xA0 && c != 0x200F && c != 0x200E && c != 0x0640) return true;
  }
  return false;
}

// Word t is the preposition ل or ب written apart from the word it governs:
// with tatweel ("لـ «عكاظ»"، "بـ30") or right before a quotation mark or a
// bracket that touches that word ("ل"الرياض""، "ب(ب ي د)"). Not "أ ف ب"
// (AFP) before a dash, nor the letter before a closing mark ("«أ ب»").
bool LooseClitic(const Words& w, size_t t) {
  static const WordSet kLoose{"ل", "ب"};
  if (!kLoose.Has(w.Key(t))) return false;
  const Span s = w.SpanOf(t);
  if (s.end > s.begin && w.u32[s.end - 1] == 0x0640) return true;
  if (t + 1 >= w.size()) return false;
  const std::u32string_view gap = w.Gap(t, t + 1);
  return !gap.empty() && std::u32string_view(U"«\"“(").find(gap.front()) != std::u32string_view::npos &&
         gap.find_first_of(U" \t\n\u00A0") == std::u32string_view::npos;
}

// A person's title (الرئيس، اللواء، the gazetteer's) or a word said before
// a name as one: "الشهيد"، "القيادي"; "دكتور" without the article ("العقيد
// دكتور عاطي بن عطية القرشي", "د."); a rank's "ركن" and "طيار" after its
// title ("الفريق الركن عبدالرحمن البنيان"، "العميد طيار ركن يوسف الحربي").
bool IsTitleWord(std::string_view key) {
  static const WordSet kAlsoTitles{"الشهيد", "المجرم", "الإرهابي", "القيادي", "الداعشي", "دكتور", "د",
                                   "ركن", "الركن", "طيار"};
  // (after و, a second clitic too: "ولسمو")
  const auto& g = Gazetteer::Get();
  const std::string_view bare = WithoutConjunction(key);
  return (g.Lookup(key) & kGazPersonTitle) || kAlsoTitles.Has(key) ||
         (bare.size() < key.size() && (g.Lookup(bare) & kGazPersonTitle));
}

// جمهورية، المملكة، سلطنة... (also after one clitic: بجمهورية).
bool IsStateWord(std::string_view key) {
  static const WordSet kStates{"جمهورية", "الجمهورية", "مملكة", "المملكة", "سلطنة", "السلطنة", "إمارة", "دولة"};
  return LeadingClitics::Get().Has(kStates, key);
}

// Buildings and bodies that are named after people: مستشفى الملك فهد، جامعة
// الأمير سلطان، جسر الملك فهد (also after a clitic: بمستشفى).
bool IsNamedAfterSomeone(std::string_view key) {
  static const WordSet kKinds{"مستشفى", "جامعة", "مركز", "مدينة", "جسر", "ملعب", "جامع", "مسجد", "مطار",
                              "مؤسسة", "كلية", "معهد", "قاعدة", "مجمع", "شارع", "طريق", "ميناء", "قاعة",
                              "برنامج", "جائزة", "مكتبة", "مدرسة", "حي", "استاد", "صالة", "مستشفيات",
                              "حديقة", "متنزه", "منتزه", "دارة", "قلادة", "وشاح", "كرسي", "مخطط"};
  return LeadingClitics::Get().Has(kKinds, key);
}

}  // namespace

std::string CleanName(const Words& w, size_t first, size_t last, bool person, size_t* name_first) {
  const auto& g = Gazetteer::Get();
  // Titles go from person names: "اللواء الشهيد قاسم سليماني" -> "قاسم سليماني".
  if (person) {
    // and a word of where one is from before a name of two words or more:
    // "الكاميروني صامويل إيتو"، "الأورغواني خورخي داسيلفا" (a name begins
    // with no such word; the family's name ends it).
    static const std::string kAlKey = KeyOf("ال"), kYa = KeyOf("ي");
    auto origin = [&](size_t i) {
      const std::string_view k = w.Key(i);
      return k.size() >= 10 && BeginsWith(k, kAlKey) && k.ends_with(kYa) && !(g.Lookup(k) & kGazPerson);
    };
    // "أمين معلوف"، "أمير طاهري"، "سلطان بن سلمان": a title that is also a
    // first name, before a word mostly of persons' names or بن, is the
    // name's (not "أمين عام"، "أمير منطقة الرياض"، "أمير قطر").
    static const WordSet kTitleOrName{"أمين", "امين", "أمير", "امير", "سلطان"};
    auto first_name = [&](size_t i) {
      if (!kTitleOrName.Has(w.Key(i)) || i + 1 > last) return false;
      const std::string_view next = w.Key(i + 1);
      if (SonOf().Has(next)) return true;
      const uint32_t lex = NerLexicon(next);
      return (lex & 3) >= 2 && !(lex & kNerLexCommon) &&
             !(g.Lookup(next) & (kGazPlace | kGazPlaceTrigger | kGazOrgTrigger | kGazPersonTitle));
    };
    while (first < last &&
           ((IsTitleWord(w.Key(first)) && !first_name(first)) || (first + 2 <= last && origin(first))))
      ++first;
  }
  *name_first = first;
  std::string out;
  for (size_t i = first; i <= last; ++i) {
    std::string word = PlainText(w.Text(w.SpanOf(i)));
    if (i == first && word.size() >= 2) {
      std::string_view k = w.Key(i);
      static const std::string kWa = KeyOf("و"), kFa = KeyOf("ف"), kBi = KeyOf("ب"), kLi = KeyOf("ل"),
                               kKa = KeyOf("ك"), kAl = KeyOf("ال"), kLil = KeyOf("لل");
      size_t letters = k.size() / 2;
      bool preposition = BeginsWith(k, kBi) || BeginsWith(k, kLi) || BeginsWith(k, kKa);
      constexpr uint32_t kKnownWord = kGazWholeName | kGazOrgTrigger | kGazPlaceTrigger | kGazPersonTitle;
      // A rest with ال after the clitic is a name (بالعراق، فالصين), unless
      // it is a common word standing alone (كاليه is Calais, not ك + إليه;
      // a name of several words may begin with one: بالقصر الرئاسي), or it
      // is known nowhere while the whole word is known as a name (فالنسيا
      // is Valencia, بالتيمور Baltimore, بالدوين Baldwin).
      // (Known: a gazetteer's word or name, or a name by the lexicon.)
      auto known = [&](std::string_view rest, uint32_t lex) {
        return (g.Exact(rest) & (kKnownWord | kGazPlace | kGazOrg | kGazPerson)) != 0 || NerLexNamed(lex);
      };
      auto al_name = [&](std::string_view rest) {
        const uint32_t lex = NerLexicon(rest);
        if (known(rest, lex)) return true;
        if (lex & kNerLexCommon) return first < last;
        return w.HasKey(rest) || !NerLexNamed(NerLexicon(k));
      };
      // The rest of the word after a clitic is a word in its own right: a
      // known name or trigger word, or a word the article has without it.
      // In a person's name a place's word is no such evidence: واين روني is
      // Wayne, not و + أين (the French department), فواز is no و + از. (A
      // person of one word after ب، ل or ك, بجدة، لتبوك, is a place the
      // tagger mistyped, and is read as the place.)
      auto rest_known = [&](std::string_view rest) {
        const uint32_t flags = g.Exact(rest);
        const bool conjunction = BeginsWith(k, kWa) || BeginsWith(k, kFa);
        const bool place_only =
            person && (conjunction || first < last) && (flags & kGazPlace) && !(flags & kGazPerson);
        // ... or, in a person's name after و (not ف: فرومان is no ف + رومان),
        // a personal name (وثامر، وهاني، ونايف; NerNameAfterAnd).
        const bool named = person && NerNameAfterAnd(k);
        // A person's "فالتر" (Walter) is no ف + "التر": a rest with ال is a word known somewhere.
        // Nor is "والدة" (mother) و + "الدة", nor "والده" و + "الده": a
        // frequent word with و is so read only when the rest is a word too (a
        // word of the article, a frequent word or a known name); a rare one
        // ("والديوانية") is و and the name.
        auto and_al = [&] {
          return WordCluster(k) < 0 || known(rest, NerLexicon(rest)) || WordCluster(rest) >= 0 || w.HasKey(rest);
        };
        const bool al_word = BeginsWith(rest, kAl) && (person ? (NerLexicon(rest) & kNerLexTypes) != 0 ||
                                                                    WordCluster(rest) >= 0
                                                              : BeginsWith(k, kWa) ? and_al() : al_name(rest));
        return ((flags & kKnownWord) != 0 && !place_only) || w.HasKey(rest) || al_word || IsStateWord(rest) ||
               IsNamedAfterSomeone(rest) || named;
      };
      // A body's or a place's name of several words whose first word is a
      // frequent word after و ("ودار الأركان"، "وبلدية الخبر"، "وعين جالوت")
      // is the name without it.
      const bool and_word = !person && first < last && BeginsWith(k, kWa) && letters > 3 &&
                            WordCluster(k.substr(2)) >= 0;
      if (g.Exact(k) & kKnownWord) {
        // a name or word as it stands (وليد، بغداد، وكالة)
      } else if (BeginsWith(k, kLil) && letters > 4) {
        // للفرات -> الفرات; but لليبيا، للندن، لليفربول are ل + a name that
        // begins with ل (not اليبيا، الندن).
        auto known = [&](std::string_view x) { return (g.Exact(x) & (kGazPlace | kGazPerson | kGazWholeName)) != 0; };
        const std::string al = kAl + std::string(k.substr(kLil.size()));
        word = known(k.substr(2)) && !known(al) ? word.substr(2) : "\xD8\xA7" + word.substr(2);
      } else if ((BeginsWith(k, kWa) || BeginsWith(k, kFa)) && letters > 3 && (and_word || rest_known(k.substr(2)))) {
        word = word.substr(2);  // وسليماني -> سليماني
      } else if (preposition && letters > 4 && k.compare(2, kAl.size(), kAl) == 0 && al_name(k.substr(2))) {
        word = word.substr(2);  // بالعراق -> العراق
      } else if (preposition && letters > 3 && rest_known(k.substr(2))) {
        word = word.substr(2);  // بدمشق -> دمشق, لجبهة -> جبهة
      }
    }
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

bool IsBodyLabel(std::string_view key) {
  static const WordSet kLabels{"الإرهابي", "الإرهابية", "الارهابي", "الارهابية", "المتطرف", "المتطرفة",
                               "الحاكم",   "الحاكمة",   "المعارض",  "المحظور",   "المحظورة", "المنحل",
                               "المنحلة"};
  return kLabels.Has(key);
}

bool IsPostOf(std::string_view key) {
  static const WordSet kPostOf{"وكيل", "مستشار", "سفير", "نائب", "عضو", "مندوب", "نجل"};
  return kPostOf.Has(key);
}

namespace {

// God's name, الله.
const std::string& Allah() {
  static const std::string k = KeyOf("الله");
  return k;
}

// لله: ل before الله (God), and a name's own ending (عطا لله).
const std::string& Lillah() {
  static const std::string k = KeyOf("لله");
  return k;
}

// A body's word with the article and nothing more (الجامعة، المجلس, also
// after a clitic: والجامعة، للجامعة): not a listed name in its own right.
bool DefiniteBodyWord(std::string_view key) {
  static const std::string kAl = KeyOf("ال");
  const auto& clitics = LeadingClitics::Get();
  const std::string lil = clitics.LilAsAl(key);
  if (!lil.empty()) {
    key = lil;
  } else if (!BeginsWith(key, kAl)) {
    key = clitics.AfterLetter(key);
  }
  if (key.size() <= kAl.size() || !BeginsWith(key, kAl)) return false;
  const Gazetteer& g = Gazetteer::Get();
  return (g.Exact(key.substr(kAl.size())) & kGazOrgTrigger) && !(g.Lookup(key) & kGazWholeName);
}

// "المدارس بنين وبنات", "الابتدائية بنين": word i is "boys", not Benin
// (half of its 87 mentions on SaudiNewsNet).
bool Boys(const Words& w, size_t i) {
  static const std::string kBenin = KeyOf("بنين");
  static const WordSet kGirls{"بنات", "وبنات"};
  static const WordSet kSchools{"مدارس", "المدارس", "مدرسة", "الابتدائية", "المتوسطة", "الثانوية", "التعليمية"};
  return w.Key(i) == kBenin &&
         ((i + 1 < w.size() && kGirls.Has(w.Key(i + 1))) || (i > 0 && kSchools.Has(w.Key(i - 1))));
}

// The entity over words first..last, named as CleanName names it.
Fact EntityFact(const Words& w, size_t first, size_t last, EntityType type) {
  // A verb in the future at either end is what the person (or the body,
  // the place) will do, run on by the tagger: "بلاتيني سيعلن"، "سيرخيو
  // راموس سيبقى"، "وزارة الصحة ستلمس"، "أرسنال سيفوز".
  // (Not a name written so: سيرجي، سيندي، سيسيل are سـ + a verb too, and
  // often names by the lexicon, or the gazetteer's; nor a father's name
  // after بن: "نايف بن سيعدان".)
  auto future = [&](size_t i) {
    const std::string_view k = w.Key(i);
    return PrefixedVerb(k, true) && !NerLexNamed(NerLexicon(k)) && !(Gazetteer::Get().Lookup(k) & kGazPerson) &&
           !(i > 0 && SonOf().Has(w.Key(i - 1)));
  };
  while (first < last && future(first)) ++first;
  while (last > first && future(last)) --last;
  // A post before the body or the person it is of ends a person's name:
  // "تركي بن عبدالله بن محمد | مستشار خادم الحرمين"، "أحمد قطان | سفير خادم
  // الحرمين لدى مصر"، "بنيامين محمد | وكيل أعمال اللاعب".
  if (type == EntityType::kPerson)
    while (last > first && last + 1 < w.size() && IsPostOf(w.Key(last)) && w.Adjacent(last, last + 1)) --last;
  Fact f;
  f.kind = FactKind::kEntity;
  // "وقال مسؤول لـ«الشرق الأوسط»": the newspaper a speaker told, not the
  // region (nor a person: لـ«الوطن»، لـ«سبق»); linked apart from the place
  // or person of the same name.
  // An outlet's name alone in quotation marks is the outlet wherever it
  // stands: "وكانت «سبق» قد تابعت"، "صحيفة “المدينة”".
  f.medium = IsMediumTold(w, first, last) || IsOutletInMarks(w, first, last);
  f.type = f.medium ? EntityType::kOrganisation : type;
  size_t name_first;
  f.surface = CleanName(w, first, last, type == EntityType::kPerson, &name_first);
  f.span = Span{w.SpanOf(first).begin, w.SpanOf(last).end};
  f.text = w.Text(f.span);
  // One currency is one name however it is written: دولارا، الدولار،
  // بالدولار، للدولار are دولار (as the figures' unit is USD); لله and ولله are الله.
  if (f.type == EntityType::kOther && first == last) {
    if (std::string c = CurrencyName(w.Key(first)); !c.empty()) f.surface = c;
    if (w.Key(first) == Lillah() || LeadingClitics::Get().AfterLetter(w.Key(first)) == Lillah()) f.surface = "الله";
  }
  f.name = f.surface;
  return f;
}

bool AnyNumber(const Words& w, size_t first, size_t last) {
  for (size_t k = first; k <= last; ++k)
    if (w.IsNumber(k)) return true;
  return false;
}

// Words first..last hold a day: "(بعد غد الأربعاء)"، "(أمس)" after a name
// say when, not another name.
bool AnyDayWord(const Words& w, size_t first, size_t last) {
  static const WordSet kNear{"أمس", "غد", "الغد", "اليوم", "غدا"};
  const auto& clitics = LeadingClitics::Get();
  for (size_t k = first; k <= last; ++k)
    if (clitics.Has(Weekdays(), w.Key(k)) || clitics.Has(kNear, w.Key(k))) return true;
  return false;
}

// Words first..last say which one of a series, not another name: an
// ordinal ("مؤتمر الاتحاد البريدي العالمي (الخامس والعشرين)", a club's
// place in the table "توتنهام (السابعة)"), a stage or round with one
// ("(المرحلة الثانية)"), or a group's letter ("(أ)").
bool OnlyRankWords(const Words& w, size_t first, size_t last) {
  static const WordSet kOrdinals{
      "الأول",    "الأولى",    "الثاني",    "الثانية",  "الثالث",   "الثالثة",  "الرابع",    "الرابعة",
      "الخامس",   "الخامسة",   "السادس",    "السادسة",  "السابع",   "السابعة",  "الثامن",    "الثامنة",
      "التاسع",   "التاسعة",   "العاشر",    "العاشرة",  "الحادي",   "الحادية",  "عشر",       "عشرة",
      "العشرين",  "والعشرين",  "الثلاثين",  "والثلاثين", "الأربعين", "والأربعين", "الخمسين",  "والخمسين",
      "الستين",   "والستين",   "السبعين",   "والسبعين", "الثمانين", "والثمانين", "التسعين",  "والتسعين",
      "المائة",   "المئة",     "الأخير",    "الأخيرة"};
  static const WordSet kSeries{"المرحلة", "الدورة", "النسخة", "الجولة", "الطبعة", "المجموعة", "الفئة",
                               "الدرجة",  "الحلقة", "الجزء",  "الموسم"};
  if (first == last && CountCodePoints(w.Key(first)) == 1 && !w.IsNumber(first)) return true;
  size_t k = first;
  if (k < last && kSeries.Has(w.Key(k))) ++k;
  for (; k <= last; ++k)
    if (!kOrdinals.Has(w.Key(k))) return false;
  return true;
}

// A common word by the lexicon, and not one it knows as a name.
bool CommonWord(std::string_view key) {
  const uint32_t lex = NerLexicon(key);
  return (lex & kNerLexCommon) && !NerLexNamed(lex);
}

// "المسؤول البارز في داعش "صدام الجمل"": one to four words in quotation
// marks, a little after a word that announces a person, name a person (a
// place or a body when a place's or a body's word begins them).
void QuotedPersons(const Words& w, std::vector<Fact>* out) {
  static const WordSet kCues{"المسؤول", "القيادي", "يدعى", "المدعو", "الملقب", "المكنى", "الإرهابي",
                             "الامير", "الأمير", "والي", "زعيم", "قائد", "المتحدث", "الناطق"};
  const auto& g = Gazetteer::Get();
  for (size_t i = 1; i < w.size(); ++i) {
    // The opening mark touches the first word, as the closing one the last
    // (not "حارس الفريق "داود آل سعيد" بـ"محمد عسيري"": a closing mark and
    // an opening one around بـ).
    auto gap = w.Gap(i - 1, i);
    if (gap.empty() || (gap.back() != U'"' && gap.back() != U'«' && gap.back() != U'“')) continue;
    size_t j = i;
    while (j + 1 < w.size() && j < i + 3 && w.Adjacent(j, j + 1)) ++j;
    uint32_t end = w.SpanOf(j).end;
    if (end >= w.u32.size() || (w.u32[end] != U'"' && w.u32[end] != U'»' && w.u32[end] != U'”')) continue;
    bool cue = false;
    for (size_t k = i > 5 ? i - 5 : 0; k < i; ++k) cue = cue || kCues.Has(w.Key(k)) || (g.Lookup(w.Key(k)) & kGazPersonTitle);
    bool words = true;
    for (size_t k = i; k <= j; ++k) words = words && !w.IsNumber(k);
    if (!cue || !words) continue;
    // Unless a place's or a body's word begins it: مركز الملك فهد الثقافي
    // "قرية المفتاحة" is a village.
    const uint32_t kind = g.Lookup(w.Key(i));
    const EntityType type = (kind & kGazPlaceTrigger)  ? EntityType::kPlace
                            : (kind & kGazOrgTrigger) ? EntityType::kOrganisation
                                                      : EntityType::kPerson;
    // A person's name is not common words only: "«حربا على الإرهاب»" after
    // الرئيس, "«الخميس»"، "«لا»" are what was said, or when.
    bool common = type == EntityType::kPerson;
    for (size_t k = i; k <= j && common; ++k) common = CommonWord(w.Key(k));
    if (common) continue;
    Span s{w.SpanOf(i).begin, w.SpanOf(j).end};
    bool taken = false;
    for (const auto& f : *out) taken = taken || (f.span.begin < s.end && s.begin < f.span.end);
    if (taken) continue;
    out->push_back(EntityFact(w, i, j, type));
    i = j;
  }
}

// A person's title or role, which ends no organisation's name: الدكتور،
// المهندس، المستشار، المشرف; nor does what is said of a post's holder:
// "رئيس الديوان الملكي المكلف" (acting), "رئيس لجنة الانضباط المستقيل"
// (who resigned), "وكيل وزارة الشؤون الاجتماعية الأسبق" (former); nor a
// label an outlet gives the body (IsBodyLabel). Not the titles that name a
// body after someone: جامعة الإمام، كتائب الشهيد، مطار الأمير.
bool IsRoleOrLabel(std::string_view key) {
  static const WordSet kRoles{"المشرف", "الوكيل",  "المساعد",  "المكلف",  "المكلفة",
                              "الأسبق", "السابق", "السابقة", "المستقيل", "المستقيلة"};
  static const WordSet kNaming{"الإمام", "الامام", "الشهيد", "الأمير", "الامير", "أمير", "الملك", "ملك",
                               "خادم", "ولي", "القائد", "قائد"};
  return kRoles.Has(key) || IsBodyLabel(key) || ((Gazetteer::Get().Lookup(key) & kGazPersonTitle) && !kNaming.Has(key));
}

// Word t opens a formula with God's name: "بتوفيق الله"، "بعون الله"، "(رضي
// الله عنه)"، "دين الله"، "نحمد الله"، "طيب الله ثراه"، "آية الله" (a title).
// The tagger made such formulas persons about 450 times on SaudiNewsNet.
bool OpensFormula(const Words& w, size_t t) {
  if (t + 1 >= w.size() || w.Key(t + 1) != Allah() || !w.Adjacent(t, t + 1)) return false;
  // Never a name with God's: the blessings, praise, "God's religion".
  static const WordSet kAlways{"توفيق", "رضي",  "رضى",   "رضوان", "نحمد",  "أحمد", "احمد",  "غفر",
                               "دين",   "صلى",  "صلوات", "طيب",   "رحمه",  "رحمها", "رحمهم", "رحمة",
                               "وفقك",  "وفقه", "وفقهم", "لينصرن", "حفظه", "حفظها", "حفظهم", "رعاه",
                               "أطال",  "جزاه", "جزاك",  "بارك",  "سبحان", "شاء",  "يرحم",  "آية",
                               "اية"};
  // Names too (حمد الله، لطف الله، عون الله، فضل الله), a formula only after a
  // clitic: بحمد الله، بلطف الله، بعون الله، بفضل الله، بإذن الله.
  static const WordSet kAfterClitic{"حمد", "عون", "لطف", "فضل", "إذن", "اذن", "نعمة", "أمر", "امر", "مشيئة",
                                    "حول", "قدرة"};
  const auto& c = LeadingClitics::Get();
  std::string_view key = w.Key(t);
  if (kAlways.Has(key)) return true;
  for (int clitics = 0; clitics < 2; ++clitics) {  // وبحمد: و, then ب
    key = c.AfterLetter(key);
    if (key.empty()) return false;
    if (kAlways.Has(key) || kAfterClitic.Has(key)) return true;
  }
  return false;
}

// Words first..last (two or more) are directions alone: "جنوب غرب" (اليمن),
// "بجنوب غرب" (فرنسا) name nothing.
bool OnlyDirections(const Words& w, size_t first, size_t last) {
  static const WordSet kDirection{"شمال", "جنوب", "شرق", "غرب", "وسط"};
  bool directions = last > first;
  for (size_t k = first; k <= last && directions; ++k) directions = LeadingClitics::Get().Has(kDirection, w.Key(k));
  return directions;
}

// A filter of match keys by the hash every word's key already has
// (Words::key_hash): one bit test rules out nearly every word, before a
// rule looks the word up in its lists.
class KeyHashFilter {
 public:
  explicit KeyHashFilter(const WordSet& keys) {
    for (const std::string& k : keys.Keys()) {
      const uint64_t h = KeyHash(k);
      bits_[(h >> 58) & 63] |= uint64_t{1} << (h & 63);
    }
  }
  bool MaybeHas(uint64_t h) const { return (bits_[(h >> 58) & 63] >> (h & 63)) & 1; }

 private:
  uint64_t bits_[64] = {};
};

// The words of `set`, and each after one clitic (والهلال، بمحافظة) and, with
// the article, after لل (للهلال): what LeadingClitics::HasOrLil reads, as
// one set a word is looked up in once.
WordSet WithClitics(const WordSet& set) {
  const LeadingClitics& c = LeadingClitics::Get();
  WordSet forms;
  for (const std::string& k : set.Keys()) {
    forms.AddKey(k);
    for (const std::string& letter : c.letters) forms.AddKey(letter + k);
    if (BeginsWith(k, c.al)) forms.AddKey(c.lil + k.substr(c.al.size()));
  }
  return forms;
}

// For each word of the article, the index in `facts` of the fact that
// covers it, or -1.
std::vector<int> CoveringFacts(const Words& w, const std::vector<Fact>& facts) {
  std::vector<int> by_word(w.size(), -1);
  for (size_t fi = 0; fi < facts.size(); ++fi) {
    const Fact& f = facts[fi];
    // The first token ending after the fact begins, then on while inside it.
    size_t lo = 0, hi = w.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (w.SpanOf(mid).end <= f.span.begin) lo = mid + 1; else hi = mid;
    }
    for (size_t i = lo; i < w.size() && w.SpanOf(i).begin < f.span.end; ++i) by_word[i] = static_cast<int>(fi);
  }
  return by_word;
}

// Whether fact f is word i and no more.
bool IsWord(const Words& w, size_t i, const Fact& f) {
  return f.span.begin == w.SpanOf(i).begin && f.span.end == w.SpanOf(i).end;
}

// Sports clubs named with common words or places, which the tagger leaves
// untagged: ANERcorp has الهلال only as the moon's crescent, and on
// SaudiNewsNet the tagger named Al-Hilal in 454 of its 2,853 mentions, even
// right after نادي or لاعب (42 of 424); النصر، الرائد، التعاون، الشباب، الفتح
// lose some in the same way. A listed club's name is the club
//  - right after a word of a club's or a game's: "نادي الهلال"، "لاعبي
//    الشباب"، "مدرب الرائد"، "جماهير النصر" (also after a clitic: "لنادي");
//  - next to a club's name so known, or one the tagger named, joined by و or
//    in a list: "الأهلي، الهلال، النصر" — not two common words alone
//    ("الوحدة والتعاون والتكاتف"), but two of the names below ("بين الهلال
//    والنصر");
//  - and, for the names seldom meant otherwise in an article about the club
//    (الهلال، النصر، الرائد...; not الاتحاد، التعاون، الشباب، الوحدة, which
//    such an article also uses as "the federation", "cooperation", "the
//    young"), wherever else it stands bare or after و، ف، ل in the article.
// With نادي or فريق before it, that word is part of the name (as the
// tagger's "نادي الأهلي"); a nationality after it too ("القادسية الكويتي" is
// another club than القادسية), but not after a player's or a coach's word
// ("مدرب الهلال | اليوناني"). "الهلال الأحمر" is the Red Crescent, an
// organisation wherever it stands.
void ClubNames(const Words& w, std::vector<Fact>* out) {
  static const WordSet kClubs{
      // Saudi
      "الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "الاتفاق", "التعاون", "الفتح", "الرائد", "الفيصلي",
      "هجر", "نجران", "الخليج", "الوحدة", "القادسية", "العروبة", "الطائي", "النهضة", "الأنصار", "الرياض",
      "الجيل", "النجوم", "الحزم", "الوطني", "الشعلة", "الفيحاء", "الباطن", "الكوكب", "المجزل", "الخلود",
      "ضمك", "الصفا", "حطين", "العدالة", "الجبلين", "الساحل", "القيصومة", "الدرعية", "الثقبة"};
  // (elsewhere in the Gulf and the Arab world)
  static const WordSet kAbroad{
      "الزمالك", "الترجي", "الوداد", "الرجاء", "الإسماعيلي", "المصري", "السد", "الريان", "الغرافة", "لخويا",
      "العين", "الوصل", "الشارقة", "الجزيرة", "المحرق", "الرفاع", "السالمية", "الكويت", "العربي", "الوحدات",
      "الظفرة", "عجمان"};
  static const WordSet kEverywhere{"الهلال", "النصر", "الأهلي", "الرائد", "الطائي", "الفيصلي", "القادسية",
                                   "الفيحاء", "العروبة", "الزمالك", "الترجي", "الوداد", "الرجاء",
                                   "الإسماعيلي", "الريان", "الغرافة", "لخويا", "الوصل", "المحرق", "السالمية",
                                   "الوحدات"};
  // A player's or a coach's words, and with them the club's and the game's.
  static const WordSet kRoles{"لاعب", "لاعبي", "لاعبو", "مدرب", "مدربي", "محترف", "محترفي", "مهاجم",
                              "مهاجمي", "حارس", "مدافع", "مدافعي", "هداف"};
  static const WordSet kClubWords = [] {
    WordSet words{"نادي", "ناديي", "أندية", "فريق", "فريقي", "جماهير", "جمهور", "قميص", "مرمى", "شباك", "مباراة",
                  "مباراتي"};
    words.AddKeys(kRoles);
    return words;
  }();
  static const WordSet kPartOfName{"نادي", "فريق"};
  static const WordSet kNationalities{
      "السعودي", "الكويتي", "الإماراتي", "القطري", "البحريني", "العماني", "المصري", "الأردني", "العراقي",
      "السوري", "اللبناني", "الفلسطيني", "التونسي", "الجزائري", "المغربي", "الليبي", "السوداني", "اليمني",
      "الإيراني", "التركي", "الأوزبكي", "الصيني", "الكوري", "الياباني", "الإيطالي", "الإسباني", "البرتغالي",
      "الفرنسي", "الإنجليزي", "الألماني", "الهولندي", "اليوناني", "الروسي", "البرازيلي", "الأرجنتيني"};
  static const std::string kRed = KeyOf("الأحمر"), kCrescent = KeyOf("الهلال"), kWaAlone = KeyOf("و"),
                           kSaudi = KeyOf("السعودي");
  const LeadingClitics& cl = LeadingClitics::Get();
  // Every listed name with each clitic it may take (والهلال، للهلال...): most
  // words are none, and one lookup says so.
  static const WordSet kForms = [] {
    WordSet all;
    all.AddKeys(kClubs);
    all.AddKeys(kAbroad);
    return WithClitics(all);
  }();
  static const KeyHashFilter kFormHashes(kForms);
  // The club's name in word k without its clitic, and that clitic's letter
  // ('\0' for none, 'l' for ل and لل, 'w' for و، 'f' for ف, 'o' for ب، ك).
  auto club = [&](std::string_view k, char* clitic) -> std::string {
    *clitic = '\0';
    auto listed = [](std::string_view x) { return kClubs.Has(x) || kAbroad.Has(x); };
    if (listed(k)) return std::string(k);
    if (std::string al = cl.LilAsAl(k); !al.empty() && listed(al)) {
      *clitic = 'l';
      return al;
    }
    const std::string_view rest = cl.AfterLetter(k);
    if (rest.empty() || !listed(rest)) return std::string();
    const std::string_view letter = k.substr(0, k.size() - rest.size());
    *clitic = letter == cl.letters[0] ? 'w' : letter == cl.letters[1] ? 'f' : letter == cl.letters[3] ? 'l' : 'o';
    return std::string(rest);
  };
  // The words that are a club's name (`hits`, in order), and the Red
  // Crescent's first words.
  std::vector<size_t> hits, crescents;
  std::vector<std::string> names;  // the names the article has
  std::vector<int> club_of;        // per word: its name's index in `names`, or -1
  std::vector<char> clitic;
  for (size_t i = 0; i < w.size(); ++i) {
    if (!kFormHashes.MaybeHas(w.key_hash[i]) || !kForms.Has(w.Key(i))) continue;
    char c;
    std::string name = club(w.Key(i), &c);
    if (name.empty()) continue;
    if (name == kCrescent && i + 1 < w.size() && w.Key(i + 1) == kRed) {
      crescents.push_back(i);
      continue;
    }
    if (club_of.empty()) {
      club_of.assign(w.size(), -1);
      clitic.assign(w.size(), '\0');
    }
    auto at = std::find(names.begin(), names.end(), name);
    club_of[i] = static_cast<int>(at - names.begin());
    if (at == names.end()) names.push_back(std::move(name));
    clitic[i] = c;
    hits.push_back(i);
  }
  if (hits.empty() && crescents.empty()) return;
  const std::vector<int> by_word = CoveringFacts(w, *out);
  auto base = [&](size_t i) { return std::string_view(names[static_cast<size_t>(club_of[i])]); };
  std::vector<Fact> found;
  std::vector<bool> known(hits.size(), false);  // per hit: the club, by its context or the tagger
  for (size_t h = 0; h < hits.size(); ++h) {
    const size_t i = hits[h];
    const int f = by_word[i];
    known[h] = (f >= 0 && (*out)[f].type == EntityType::kOrganisation) ||
               (i > 0 && w.Adjacent(i - 1, i) && cl.Has(kClubWords, w.Key(i - 1)));
  }
  // The hit after hit h when the two names stand next to each other: "X وY",
  // "X و Y", "X، Y", "X - Y"; or hits.size().
  auto next_club = [&](size_t h) -> size_t {
    const size_t i = hits[h], none = hits.size();
    if (h + 1 >= hits.size()) return none;
    const size_t j = hits[h + 1];
    if (j == i + 1) {
      if (w.Adjacent(i, j)) return clitic[j] == 'w' ? h + 1 : none;
      bool list = false;
      for (char32_t c : w.Gap(i, j))
        if (c == U'،' || c == U',' || c == U'-' || c == U'–' || c == U'/') list = true;
        else if (c != U' ') return none;
      return list && (clitic[j] == '\0' || clitic[j] == 'w') ? h + 1 : none;
    }
    if (j == i + 2 && w.Key(i + 1) == kWaAlone && clitic[j] == '\0' && w.Adjacent(i, i + 1) && w.Adjacent(i + 1, j))
      return h + 1;
    return none;
  };
  // Two names seldom meant otherwise are clubs by each other ("بين الهلال
  // والنصر").
  for (size_t h = 0; h < hits.size(); ++h) {
    if (!kEverywhere.Has(base(hits[h]))) continue;
    if (const size_t g = next_club(h); g < hits.size() && kEverywhere.Has(base(hits[g]))) known[h] = known[g] = true;
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t h = 0; h < hits.size(); ++h) {
      const size_t g = next_club(h);
      if (g >= hits.size() || known[h] == known[g]) continue;
      known[h] = known[g] = true;
      changed = true;
    }
  }
  std::vector<bool> everywhere(names.size(), false);  // by name
  for (size_t h = 0; h < hits.size(); ++h)
    if (known[h] && kEverywhere.Has(base(hits[h]))) everywhere[static_cast<size_t>(club_of[hits[h]])] = true;
  for (size_t h = 0; h < hits.size(); ++h) {
    const size_t i = hits[h];
    if (by_word[i] >= 0) continue;
    if (!known[h] && !(clitic[i] != 'o' && everywhere[static_cast<size_t>(club_of[i])])) continue;
    if (!found.empty() && found.back().span.end > w.SpanOf(i).begin) continue;  // taken in by the name before
    size_t first = i, last = i;
    if (i > 0 && by_word[i - 1] < 0 && w.Adjacent(i - 1, i) && cl.Has(kPartOfName, w.Key(i - 1))) --first;
    // "القادسية الكويتي"، "الهلال السعودي", but "مدرب الهلال | اليوناني" is the
    // coach's (and "لاعب القادسية | الكويتي" may be the player's).
    const bool after_role = i > 0 && cl.Has(kRoles, w.Key(i - 1));
    if (i + 1 < w.size() && by_word[i + 1] < 0 && w.Adjacent(i, i + 1) && kNationalities.Has(w.Key(i + 1)) &&
        (!after_role || w.Key(i + 1) == kSaudi || (kAbroad.Has(base(i)) && !kClubs.Has(base(i)))))
      ++last;
    found.push_back(EntityFact(w, first, last, EntityType::kOrganisation));
  }
  // The Red Crescent.
  for (const size_t i : crescents) {
    if (by_word[i] >= 0 || by_word[i + 1] >= 0 || !w.Adjacent(i, i + 1)) continue;
    size_t last = i + 1;
    if (last + 1 < w.size() && by_word[last + 1] < 0 && w.Adjacent(last, last + 1) &&
        kNationalities.Has(w.Key(last + 1)))
      ++last;
    found.push_back(EntityFact(w, i, last, EntityType::kOrganisation));
  }
  // A tagger's place or person that is a club's name right after a club's
  // word ("مدرب الخليج"، "جماهير نجران").
  for (const size_t i : hits) {
    const int f = by_word[i];
    if (f < 0 || i == 0 || !w.Adjacent(i - 1, i) || !cl.Has(kClubWords, w.Key(i - 1))) continue;
    Fact& fact = (*out)[f];
    if (fact.type != EntityType::kOrganisation && IsWord(w, i, fact)) fact.type = EntityType::kOrganisation;
  }
  out->insert(out->end(), found.begin(), found.end());
}

// A governorate, a village or a quarter (below) the tagger does not know,
// after its word: "بمحافظة الرس"، "محافظة حفر الباطن"، "في قرية دوما" (the
// tagger named none of SaudiNewsNet's 74 "محافظة الرس", and دوما, which is
// also "always", in 6 of its 369 mentions). As for the tagger's "ريف دير
// الزور", the place is named with its word and alone. After محافظة any word
// but a particle ("محافظة على", "المحافظة" is no such word) or a verb after
// an ordinal ("ثالث محافظة يخسرها"); after قرية and بلدة only a word without
// the article that is no adjective ("قرية صغيرة"، "قرية التنمية"، "قرية
// تراثية" are no names), where a place's name may end (below). A name's
// first word that needs a second (حفر، رأس، وادي، دومة، أحد، رجال، آل...)
// takes it.
void PlacesAfterTheirWord(const Words& w, std::vector<Fact>* out) {
  static const std::string kGovernorate = KeyOf("محافظة"), kQuarter = KeyOf("حي");
  // The words, also after a clitic (بمحافظة، وقرية، بحي): one lookup a word.
  static const WordSet kPlaceWords = WithClitics(WordSet{"محافظة", "قرية", "بلدة", "حي"});
  // حي is also "alive" ("بث حي"، "مثال حي"): a quarter only after ب or a
  // word of place or people ("في حي النسيم"، "سكان حي التأميم").
  static const WordSet kBeforeQuarter{"في", "من", "إلى", "الى", "داخل", "سكان", "أهالي", "شارع", "شوارع",
                                      "منازل", "مسجد", "وسط", "قرب", "نحو", "على", "مدخل", "أطراف", "أحد"};
  static const WordSet kOrdinals{"أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
                                 "آخر", "كل", "أي", "أكبر", "أصغر", "أكثر", "أقل", "أهم", "كبرى"};
  static const WordSet kNoName{"في",   "من",    "على",   "عن",    "إلى",   "مع",    "أو",    "لا",     "ما",
                               "التي", "الذي",  "تقع",   "يقع",   "تسمى",  "يسمى",  "تدعى",  "تبعد",   "تضم",
                               "تابعة", "تتبع", "قريبة", "مجاورة", "صغيرة", "كبيرة", "واحدة", "أخرى", "جديدة",
                               "نائية", "حدودية", "ذات", "مثل",  "حول",   "بحجم",  "بها",   "فيها",   "منها",
                               "حينها", "آنذاك", "حاليا", "سابقا", "أيضا", "معظم", "كل", "بعض"};
  static const WordSet kHeads{"حفر", "رأس", "وادي", "واد", "سراة", "دومة", "أحد", "رجال", "خميس", "بلاد", "بني",
                              "أبو", "أم", "عين", "جبل", "بئر", "ذي", "آل", "شمال", "جنوب", "شرق", "غرب", "وسط",
                              "بيت", "دير", "كفر", "تل"};
  static const WordSet kAfterPlace{"في",     "قرب",    "من",     "على",    "عند",    "إلى",    "عن",     "حيث",
                                   "التي",   "الواقعة", "التابعة", "المحاذية", "المجاورة", "جنوب",  "شمال",   "شرق",
                                   "غرب",    "وسط",    "جنوبي",  "شمالي",  "شرقي",   "غربي",   "جنوبا",  "شمالا",
                                   "شرقا",   "غربا"};
  static const std::string kAl = KeyOf("ال"), kWa = KeyOf("و"), kBa = KeyOf("ب"), kTa = KeyOf("ة"),
                           kIyya = KeyOf("ية");
  static const KeyHashFilter kPlaceWordHashes(kPlaceWords);
  const LeadingClitics& cl = LeadingClitics::Get();
  std::vector<size_t> triggers;
  for (size_t t = 0; t + 1 < w.size(); ++t)
    if (kPlaceWordHashes.MaybeHas(w.key_hash[t]) && kPlaceWords.Has(w.Key(t))) triggers.push_back(t);
  if (triggers.empty()) return;
  const std::vector<int> by_word = CoveringFacts(w, *out);
  std::vector<size_t> absorbed;  // facts of one word taken into a name of two
  std::vector<Fact> found;
  for (const size_t t : triggers) {
    if (by_word[t] >= 0 || (!found.empty() && found.back().span.end > w.SpanOf(t).begin)) continue;
    const std::string_view bare = cl.AfterLetter(w.Key(t));
    const bool governorate = w.Key(t) == kGovernorate || bare == kGovernorate;
    const size_t n = t + 1;
    // "بحي التأميم"، "في حي النسيم": a quarter's name has the article.
    if (w.Key(t) == kQuarter || bare == kQuarter) {
      if (by_word[n] >= 0 || !w.Adjacent(t, n) || !BeginsWith(w.Key(n), kAl) || kNoName.Has(w.Key(n)) ||
          !(bare == kQuarter ? BeginsWith(w.Key(t), kBa) : t > 0 && kBeforeQuarter.Has(w.Key(t - 1))))
        continue;
      // Named with its word, which holds the name ("حي السلام" is one of
      // many cities' quarters; "السلام" alone is peace), without the ب.
      Fact quarter = EntityFact(w, t, n, EntityType::kPlace);
      quarter.surface = quarter.name = "حي " + EntityFact(w, n, n, EntityType::kPlace).surface;
      found.push_back(std::move(quarter));
      continue;
    }
    // As written with ة: "بلده" and "محافظه" are "his country", "its governor".
    if (!PlainText(w.Text(w.SpanOf(t))).ends_with("ة")) continue;
    if (by_word[n] >= 0 || w.IsNumber(n) || !w.Adjacent(t, n) || kNoName.Has(w.Key(n))) continue;
    if (t > 0 && kOrdinals.Has(w.Key(t - 1))) continue;
    const std::string_view key = w.Key(n);
    const bool head = kHeads.Has(key);
    if (!head && BeginsWith(key, kWa)) continue;  // "ومحافظة"، "وقرية"
    if (!governorate && !head && (BeginsWith(key, kAl) || key.ends_with(kTa))) continue;
    size_t last = n;
    if (head && n + 1 < w.size() && w.Adjacent(n, n + 1) && !w.IsNumber(n + 1) && !kNoName.Has(w.Key(n + 1)) &&
        !BeginsWith(w.Key(n + 1), kWa)) {
      const int f = by_word[n + 1];
      if (f < 0) {
        last = n + 1;
      } else if ((*out)[f].type == EntityType::kPlace && IsWord(w, n + 1, (*out)[f])) {
        last = n + 1;
        absorbed.push_back(static_cast<size_t>(f));
      }
    }
    if (head && last == n && !governorate) continue;  // "قرية آل" alone
    // A village's name must end where the name of a place ends: at a mark, a
    // preposition or a direction, a word after ب or و, or the village's
    // adjective ("قرية دوما قرب نابلس"، "بلدة صرين، "، "قرية أشيقر التراثية"),
    // not "قرية مسرح | الطفل"، "قرية يسيطر | عليها"، "قرية معظم | سكانها".
    if (!governorate && last + 1 < w.size() && w.Adjacent(last, last + 1)) {
      const std::string_view after = w.Key(last + 1);
      if (!kAfterPlace.Has(after) && !BeginsWith(after, kBa) && !BeginsWith(after, kWa) &&
          !(BeginsWith(after, kAl) && after.ends_with(kIyya)))
        continue;
    }
    found.push_back(EntityFact(w, t, last, EntityType::kPlace));
    found.push_back(EntityFact(w, n, last, EntityType::kPlace));
  }
  std::sort(absorbed.begin(), absorbed.end());
  for (size_t k = absorbed.size(); k-- > 0;) out->erase(out->begin() + static_cast<std::ptrdiff_t>(absorbed[k]));
  out->insert(out->end(), found.begin(), found.end());
}

// Word k is written as a verb, a participle, a dual or a plural, or with a
// pronoun, not as a name: "سنثبت"، "يصعدون"، "مستسلمين"، "ميداليتين"،
// "مفضلا"، "فراشاً"، "معاركها"، "جدارتنا".
bool InflectedWord(const Words& w, size_t k) {
  static const std::string kHa = KeyOf("ها"), kHum = KeyOf("هم"), kKum = KeyOf("كم"), kTana = KeyOf("تنا"),
                           kTayn = KeyOf("تين"), kYn = KeyOf("ين"), kUn = KeyOf("ون"), kM = KeyOf("م"),
                           kA = KeyOf("ا"), kS = KeyOf("س");
  static const WordSet kImperfect{"ي", "ت", "ن"};
  const std::string raw = w.Text(w.SpanOf(k));
  if (raw.find("\u064B") != std::string::npos) return true;  // tanween: "فراشاً"
  const std::string_view key = w.Key(k);
  const size_t letters = CountCodePoints(key);
  if (letters < 3) return false;
  // The first letter, and the key after it.
  auto lead = [](std::string_view x) {
    size_t n = 1;
    while (n < x.size() && (static_cast<unsigned char>(x[n]) & 0xC0) == 0x80) ++n;
    return n;
  };
  const std::string_view first = key.substr(0, lead(key)), rest = key.substr(first.size()),
                         second = rest.substr(0, lead(rest));
  if (letters >= 5 && (key.ends_with(kHa) || key.ends_with(kHum) || key.ends_with(kKum) || key.ends_with(kTana)))
    return true;
  if (key.ends_with(kTayn)) return true;
  // "منزلته"، "مواجعه"، "هواتفه"، "شفاؤه"، "يهابه" (not "زنغنه"، "عبدالله")
  static const WordSet kBeforeHu{"ت", "ع", "ف", "ؤ", "ب"};
  if (letters >= 5 && raw.ends_with("ه")) {
    const std::string_view before = std::string_view(raw).substr(0, raw.size() - std::string_view("ه").size());
    size_t b = before.size();
    while (b > 0 && (static_cast<unsigned char>(before[b - 1]) & 0xC0) == 0x80) --b;
    if (b > 0 && kBeforeHu.Has(KeyOf(before.substr(b - 1)))) return true;
  }
  if (first == kM && letters >= 5 && (key.ends_with(kYn) || key.ends_with(kA))) return true;
  if (kImperfect.Has(first) && key.ends_with(kUn)) return true;
  return first == kS && kImperfect.Has(second) && letters >= 5 && WordCluster(rest) >= 0;
}

// A person's name the tagger left untagged after the title that introduces
// it: "الشاعرة العراقية ساجدة الموسوي"، "المتحدث الرسمي لوزارة العمل تيسير
// المفرج"، "مدير المستشفى ضيف الله سحيمان الشراري"، "السفيرة مليحة لودهي".
// After a title (or a word for a person's trade, in either gender), its
// complement is definite ("لوزارة العمل"، "الإيراني") or a name already
// found; the first word without the article after a definite word (or
// after the title itself, or a comma) begins the name when it may be a
// name's word (below), and the name runs over the words after it that may
// be too, two to four words in all: "مدير مطار عدن الدولي" has no definite
// word before مطار; "المسؤولون الإيرانيون تأتي"، "الشاعر يصف" begin with
// words no name has.
void PersonsAfterTitles(const Words& w, std::vector<Fact>* out) {
  static const WordSet kTrades{
      "الشاعر",  "الباحث",  "القنصل",  "الأخصائي", "البائع",   "الطبيب",  "الخبير",  "المحلل",  "الناشط",
      "المخرج",  "الممثل",  "المغني",  "المطرب",   "الروائي",  "الأديب",  "المحامي", "القاضي",  "المعلم",
      "المحاضر", "المنسق",  "المشرف",  "الوكيل",   "المساعد",  "العضو",   "عضو",     "الإعلامي", "المصور",
      "النجم",   "المهاجم", "المدافع", "الحارس",   "الكابتن",  "المفتش",  "الملحق",  "المندوب", "المبعوث",
      "الأستاذ", "البروفيسور", "الفنان", "الكاتب", "الصحفي", "الصحافي", "المراسل", "المدرب", "اللاعب"};
  static const std::string kAl = KeyOf("ال"), kTa = KeyOf("ة"), kWa = KeyOf("و");
  static const WordSet kNotNames{"أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "بأن", "قال", "قائلا",
                                 "في", "من", "على", "عن", "إلى", "الى", "مع", "بعد", "قبل", "خلال", "أمس", "امس",
                                 "اليوم", "غدا", "يوم", "مساء", "صباح", "عبر", "حيث", "كما", "أيضا", "ايضا", "بن",
                                 "بنت", "ابن", "أبو", "ابو", "عبد", "الذي", "التي"};
  const Gazetteer& g = Gazetteer::Get();
  const LeadingClitics& cl = LeadingClitics::Get();
  auto title = [&](std::string_view key) {
    if (IsTitleWord(key) || kTrades.Has(key)) return true;
    if (key.size() <= kTa.size() || !key.ends_with(kTa)) return false;
    const std::string_view masculine = key.substr(0, key.size() - kTa.size());  // الشاعرة → الشاعر
    return IsTitleWord(masculine) || kTrades.Has(masculine);
  };
  auto definite = [&](std::string_view key) {
    return BeginsWith(key, kAl) || !cl.LilAsAl(key).empty() || BeginsWith(cl.AfterLetter(key), kAl);
  };
  // A word of a name is a person's in the lexicon at times, or rare (not
  // among the clustered words), and not written as a verb or a plural. (A
  // family's name may look like an adjective of relation: الموسوي; an
  // adjective is seldom a person's: الدولي.)
  auto name_word = [&](size_t k) {
    const std::string_view key = w.Key(k);
    return !w.IsNumber(k) && !kNotNames.Has(key) && ((NerLexicon(key) & 3) >= 1 || WordCluster(key) < 0) &&
           !InflectedWord(w, k) &&
           !(g.Lookup(key) & (kGazPlace | kGazPlaceTrigger | kGazOrgTrigger | kGazPersonTitle)) && !title(key);
  };
  // Titles first, by the gazetteer's flags each word has and one bit test
  // for the others (this runs at every word): a trade's word, a word said
  // before a name as one, a feminine title (not محافظة, a province, nor
  // الرائدة, "pioneering"); each also after a clitic.
  static const WordSet kOtherTitles = [] {
    WordSet t{"الشهيد", "المجرم", "الإرهابي", "القيادي", "الداعشي", "دكتور", "ركن", "الركن", "طيار"};
    t.AddKeys(kTrades);
    WordSet feminine;
    for (const char* title : PersonTitles()) feminine.AddKey(KeyOf(title) + kTa);
    for (const std::string& k : t.Keys()) feminine.AddKey(k + kTa);
    static const WordSet kNotFeminineTitles{"محافظة", "المحافظة", "الرائدة", "رائدة"};
    for (const std::string& k : feminine.Keys())
      if (!kNotFeminineTitles.Has(k)) t.AddKey(k);
    return WithClitics(t);
  }();
  static const KeyHashFilter kOtherTitleHashes(kOtherTitles);
  auto candidate = [&](size_t i) {
    return (w.gaz[i] & kGazPersonTitle) ||
           (kOtherTitleHashes.MaybeHas(w.key_hash[i]) && kOtherTitles.Has(w.Key(i)));
  };
  std::vector<size_t> titles;
  for (size_t i = 0; i + 2 < w.size(); ++i)
    if (candidate(i) && title(w.Key(i))) titles.push_back(i);
  if (titles.empty()) return;
  const std::vector<int> by_word = CoveringFacts(w, *out);
  std::vector<Fact> found;
  size_t next = 0;  // past the name found last
  for (const size_t i : titles) {
    if (i < next || by_word[i] >= 0) continue;
    // The title's complement, up to seven words, to the first word that may
    // begin the name.
    for (size_t p = i + 1; p < w.size() && p <= i + 8; ++p) {
      const std::u32string_view gap = w.Gap(p - 1, p);
      if (std::any_of(gap.begin(), gap.end(), [](char32_t c) { return EndsSentence(c) || c == U':'; })) break;
      const int f = by_word[p];
      if (f >= 0 && (*out)[f].type == EntityType::kPerson) break;
      const std::string_view key = w.Key(p);
      if (w.IsNumber(p) || kNotNames.Has(key)) break;
      if (f >= 0 || definite(key)) continue;
      const bool comma = gap.find(U'،') != std::u32string_view::npos || gap.find(U',') != std::u32string_view::npos;
      const bool after_definite = by_word[p - 1] >= 0 || definite(w.Key(p - 1)) || comma;
      // A first word after a clitic letter must be a person's by the
      // lexicon ("بندر"، "ليلى"); else it goes on the complement
      // ("لوزارة"، "بشرطة"، "باسم").
      const std::string_view bare = cl.AfterLetter(key);
      const bool first = (w.Adjacent(p - 1, p) || comma) && after_definite && name_word(p) &&
                         !BeginsWith(key, kWa) && (bare.empty() || (NerLexicon(key) & 3) >= 2);
      if (!first) {
        if (!bare.empty() && !BeginsWith(key, kWa) && w.Adjacent(p - 1, p)) continue;
        break;
      }
      size_t last = p;
      while (last + 1 < w.size() && last < p + 3 && by_word[last + 1] < 0 && w.Adjacent(last, last + 1) &&
             name_word(last + 1) && !BeginsWith(w.Key(last + 1), kWa) &&
             (BeginsWith(w.Key(last + 1), kAl) || cl.AfterLetter(w.Key(last + 1)).empty() ||
              (!definite(w.Key(last + 1)) && (NerLexicon(w.Key(last + 1)) & 3) >= 2)))
        ++last;
      if (last > p) found.push_back(EntityFact(w, p, last, EntityType::kPerson));
      next = last + 1;
      break;
    }
  }
  out->insert(out->end(), found.begin(), found.end());
}

// A person's name the tagger ran into the organisation before it: "رئيس
// البرلمان سليم الجبوري" and "رئيس نادي أحد سعود الحربي" were one
// organisation each. An organisation's mention of three words or more ends
// in a person's name when its last two to four words are: a first name
// (below) written in Arabic letters without the article, then words a
// person's at times or rare, none a place's word, a title, a verb or a
// plural. The organisation's own words end on a word of its own: not a
// title, a person's word, or a word that names a body after a person or by
// a name of its own ("جامعة الملك سعود"، "مؤسسة عبدالعزيز سعود البابطين"،
// "بنك جولدمان ساكس" stay whole). The mention is split into the
// organisation and the person.
void PersonsEndingOrganisations(const Words& w, std::vector<Fact>* out) {
  static const WordSet kEponymous = WithClitics(WordSet{
      "جامعة", "مؤسسة", "مركز", "مستشفى", "جائزة", "مدينة", "مجمع", "برنامج", "كرسي", "مكتبة", "معهد", "قاعة",
      "ملعب", "استاد", "ستاد", "مطار", "شارع", "مسجد", "جامع", "مدرسة", "كلية", "حي", "ميناء", "قاعدة", "دار",
      "صندوق", "وقف", "مشروع", "طريق", "ميدان", "جسر", "مستشفيات", "مدارس", "أكاديمية", "بطولة", "كأس", "دورة",
      "مهرجان", "مسابقة", "مجموعة", "شركة", "مؤسسات", "شركات", "أبناء", "آل", "بن", "بنت", "ابن", "عبد", "أبو",
      // and words a body's own name follows ("بنك جولدمان ساكس"، "دوري عبداللطيف جميل")
      "بنك", "مصرف", "فريق", "دوري", "إذاعة", "راديو", "قناة", "صحيفة", "مجلة", "وكالة", "موقع", "ماركة",
      "علامة", "مطعم", "فندق", "سي", "جبهة", "نادي", "كتائب", "كتيبة", "سرايا", "شبكة", "هيئة", "أوقاف", "جمعية"});
  static const std::string kAl = KeyOf("ال"), kWa = KeyOf("و");
  const Gazetteer& g = Gazetteer::Get();
  const LeadingClitics& cl = LeadingClitics::Get();
  auto not_a_name = [&](size_t k) {
    return w.IsNumber(k) || InflectedWord(w, k) ||
           (g.Lookup(w.Key(k)) & (kGazPlace | kGazPlaceTrigger | kGazOrgTrigger | kGazPersonTitle)) != 0;
  };
  // A word of the name after its first: a person's at times, or rare; if
  // definite, often a person's (الجبوري، الحربي; not المكسيكي).
  auto rest_word = [&](size_t k) {
    const std::string_view key = w.Key(k);
    return !not_a_name(k) && ((NerLexicon(key) & 3) >= (BeginsWith(key, kAl) ? 2u : 1u) || WordCluster(key) < 0);
  };
  std::vector<Fact> found;
  for (Fact& f : *out) {
    if (f.type != EntityType::kOrganisation || f.medium) continue;
    const size_t a = w.FirstTokenFrom(f.span.begin), b = w.FirstTokenFrom(f.span.end) - 1;  // its first and last
    if (a >= w.size() || w.SpanOf(a).begin != f.span.begin || b < a + 2 || w.SpanOf(b).end != f.span.end) continue;
    for (size_t p = a + 1; p + 1 <= b && p + 3 >= b; ++p) {
      const std::string_view key = w.Key(p), before = w.Key(p - 1);
      // (The organisation's last word is its own, not a person's: "مؤسسة
      // عبدالعزيز سعود البابطين".)
      if (BeginsWith(key, kAl) || BeginsWith(key, kWa) || !cl.AfterLetter(key).empty() || not_a_name(p) ||
          !IsArabicStemLetter(w.u32[w.SpanOf(p).begin]) || kEponymous.Has(before) || IsTitleWord(before) ||
          (g.Lookup(before) & kGazPersonTitle) || (NerLexicon(before) & 3) >= 2 || !w.Adjacent(p - 1, p))
        continue;
      // A first name: a personal name by the gazetteer, or mostly a
      // person's by the lexicon, or often one before a family's name with
      // the article ("سليم الجبوري"; not "راسينغ كلوب").
      const uint32_t first_name = NerLexicon(key) & 3;
      if (!(g.Lookup(key) & kGazPerson) && first_name < 3 && !(first_name == 2 && BeginsWith(w.Key(b), kAl)))
        continue;
      bool rest = true;
      for (size_t k = p + 1; k <= b && rest; ++k) rest = rest_word(k) && w.Adjacent(k - 1, k);
      if (!rest) continue;
      found.push_back(EntityFact(w, p, b, EntityType::kPerson));
      f = EntityFact(w, a, p - 1, EntityType::kOrganisation);
      break;
    }
  }
  out->insert(out->end(), found.begin(), found.end());
}

// "وعلمت «عكاظ»"، "قال لـ"سبق""، "حصلت “عين اليوم” على نسخة": an
// outlet's name alone in quotation marks the tagger left untagged is the
// outlet (about 2,400 such mentions on SaudiNewsNet).
void QuotedOutlets(const Words& w, std::vector<Fact>* out) {
  const std::vector<int> by_word = CoveringFacts(w, *out);
  for (size_t i = 1; i < w.size(); ++i) {
    if (by_word[i] >= 0 || !MayBeginQuotedOutlet(w.Key(i))) continue;
    for (size_t last = i; last < w.size() && last <= i + 2 && by_word[last] < 0; ++last) {
      if (last > i && !w.Adjacent(last - 1, last)) break;
      if (!IsOutletInMarks(w, i, last)) continue;
      out->push_back(EntityFact(w, i, last, EntityType::kOrganisation));
      i = last;
      break;
    }
  }
}

// "صحيفتا "ذي دايلي مايل" و"دايلي تلغراف""، "وكالة «الأناضول»"، "قناة
// «روسيا اليوم»": one to five words alone in quotation marks or
// parentheses after a medium's word (صحيفة، وكالة، قناة، موقع...) are the
// medium's name, an organisation, whatever the tagger made of them ("مايل"
// a person, "روسيا" a place), and so are those after و that follow them.
// A name that runs on outside the marks is left as it is ("وكالة أنباء
// الشرق الأوسط"); a site (موقع) is one in quotation marks, not in
// parentheses: "موقع (حي البجيري)" is a place's site, "مجموعة (مضادات
// الالتهابات)" a group of drugs. So are the names
// of companies and their shares after their words: "شركة "زين""، "تلاه سهم
// "إعمار" و"كيان"" (the tagger made زين and كيان persons).
void OutletsAfterMediumWord(const Words& w, std::vector<Fact>* out) {
  static const WordSet kMedia{"قناة",  "وكالة", "صحيفة", "صحيفتا", "صحيفتي", "موقع",  "موقعا", "موقعي",
                              "إذاعة", "تلفزيون", "جريدة", "مجلة",  "مجلتا",  "مجلتي", "شبكة",  "شركة",
                              "شركتا", "شركتي", "سهم",   "أسهم",  "مجموعة", "بنك",   "مصرف"};
  static const WordSet kSite{"موقع", "موقعا", "موقعي", "مجموعة"};  // in quotation marks only
  static const std::string kWa = KeyOf("و");
  constexpr size_t kMaxWords = 5;
  const auto& clitics = LeadingClitics::Get();
  std::vector<Fact> found;
  std::vector<int> by_word;
  for (size_t t = 0; t + 1 < w.size(); ++t) {
    // (An opening mark before the next word first, or before a space before
    // it: most words have none, and no list is read.)
    uint32_t p = w.SpanOf(t + 1).begin - 1;
    if (w.u32[p] == U' ' && p > w.SpanOf(t).end) --p;
    if (!IsOpeningMark(w.u32[p]) || !clitics.Has(kMedia, w.Key(t))) continue;
    const bool site = clitics.Has(kSite, w.Key(t));
    size_t first = t + 1;
    while (first < w.size()) {
      // The gap before the name holds an opening mark and spaces alone.
      const std::u32string_view gap = w.Gap(first - 1, first);
      if (gap.find_first_not_of(U" \u00A0«\"“(") != std::u32string_view::npos ||
          (site && gap.find(U'(') != std::u32string_view::npos))
        break;
      size_t last = first;
      while (last < first + kMaxWords && !AloneInMarks(w, first, last) && last + 1 < w.size() &&
             w.Adjacent(last, last + 1))
        ++last;
      if (!AloneInMarks(w, first, last)) break;
      // (Not a number alone: "أسهم (254) شركة"; "فرانس 24" is a name.)
      bool numbers = true;
      for (size_t k = first; k <= last; ++k) numbers = numbers && w.IsNumber(k);
      if (numbers) break;
      if (by_word.empty()) by_word = CoveringFacts(w, *out);
      const uint32_t begin = w.SpanOf(first).begin, end = w.SpanOf(last).end;
      bool runs_on = false, whole = false;
      for (size_t k = first; k <= last; ++k) {
        if (by_word[k] < 0) continue;
        const Fact& f = (*out)[by_word[k]];
        runs_on = runs_on || f.span.begin < begin || f.span.end > end;
        whole = whole || (f.span.begin == begin && f.span.end == end && f.type == EntityType::kOrganisation);
      }
      if (runs_on) break;
      if (!whole) found.push_back(EntityFact(w, first, last, EntityType::kOrganisation));
      // "و"دايلي تلغراف"": another name in marks after و.
      if (last + 2 < w.size() && w.Key(last + 1) == kWa) {
        first = last + 2;
      } else {
        break;
      }
    }
  }
  if (found.empty()) return;
  // The tagger's names inside the marks go.
  std::erase_if(*out, [&](const Fact& f) {
    return std::any_of(found.begin(), found.end(),
                       [&](const Fact& o) { return o.span.begin <= f.span.begin && f.span.end <= o.span.end; });
  });
  out->insert(out->end(), found.begin(), found.end());
}

// A continent at word i before the part of it named after it: "أمريكا
// اللاتينية"، "وأوروبا الشرقية"، "آسيا الوسطى" (one name; Latin America was
// the United States 290 times on SaudiNewsNet, cut to أمريكا).
bool ContinentPart(const Words& w, size_t i) {
  static const WordSet kContinents{"أمريكا", "أميركا", "أفريقيا", "إفريقيا", "أوروبا", "آسيا"};
  static const WordSet kParts{"اللاتينية", "الجنوبية", "الشمالية", "الوسطى", "الشرقية", "الغربية"};
  if (i + 1 >= w.size() || !w.Adjacent(i, i + 1) || !kParts.Has(w.Key(i + 1))) return false;
  return kContinents.Has(w.Key(i)) || kContinents.Has(LeadingClitics::Get().AfterLetter(w.Key(i)));
}

// "كوبا أمريكا" (Copa América) at word i.
bool CopaAmerica(const Words& w, size_t i) {
  static const WordSet kCopa{"كوبا"}, kAmerica{"أمريكا", "أميركا"};
  return i + 1 < w.size() && w.Adjacent(i, i + 1) && LeadingClitics::Get().Has(kCopa, w.Key(i)) &&
         kAmerica.Has(w.Key(i + 1));
}

// Names in the gazetteer the tagger left out: names of several words
// (محافظة دير الزور، دير الزور، الأمم المتحدة) and one-word places from
// ICU's and sada's lists (للفرات، دمشق) but not words that are more often
// something else (الخبر "the news", المدينة "the city").
void GazetteerNames(const Words& w, std::vector<Fact>* out) {
  static const WordSet kAmbiguous{"الخبر", "المدينة", "الضفة", "وادي", "القائم", "مأرب", "جدة",
                                  "الوسطى", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "عمان",
                                  "فتح", "العربية", "الجزيرة", "حماس", "القاعدة", "الناتو", "ترك", "العيون",
                                  "نوم", "ماهي"};  // Nome and Mahé: "sleep", "ما هي" ("what is")
  static const std::string kAl = KeyOf("ال");
  const auto& g = Gazetteer::Get();
  const std::vector<int> by_word = CoveringFacts(w, *out);
  auto covered = [&](size_t i) { return by_word[i] >= 0; };
  // The word without a leading clitic, as the gazetteer may have it.
  auto forms = [&](std::string_view k) {
    std::vector<std::string> v{std::string(k)};
    static const WordSet kClitics{"و", "ف", "ب", "ل", "ك"};
    if (k.size() > 6 && kClitics.Has(k.substr(0, 2))) {
      std::string rest(k.substr(2));
      v.push_back(rest);
      if (rest.compare(0, 2, kAl.substr(2)) == 0) v.push_back(kAl.substr(0, 2) + rest);  // للفرات -> الفرات
    }
    return v;
  };
  constexpr uint32_t kAnyName = kGazPlaceStart | kGazOrgStart | kGazListedPlace | kGazWholeName;
  std::vector<Fact> found;
  std::string tail, candidate;  // reused: most words try several
  for (size_t i = 0; i < w.size(); ++i) {
    if (covered(i) || w.IsNumber(i) || !(w.gaz[i] & kAnyName)) continue;
    size_t best_last = i;
    EntityType type = EntityType::kOther;
    bool hit = false;
    const std::vector<std::string> first_forms = forms(w.Key(i));
    for (size_t n = 4; n >= 2 && !hit; --n) {
      if (i + n > w.size()) continue;
      bool free = true;
      for (size_t k = i; k < i + n; ++k) free = free && !covered(k) && (k == i || w.Adjacent(k - 1, k));
      if (!free) continue;
      tail.clear();
      for (size_t k = i + 1; k < i + n; ++k) {
        tail.push_back(' ');
        tail.append(w.Key(k));
      }
      for (const auto& f : first_forms) {
        candidate.assign(f);
        candidate.append(tail);
        if (!g.IsName(candidate)) continue;
        uint32_t fl = g.Exact(f);
        if (g.IsMedium(candidate)) type = EntityType::kOrganisation;
        else if (fl & kGazPlaceStart) type = EntityType::kPlace;
        else if (fl & kGazOrgStart) type = EntityType::kOrganisation;
        else continue;
        best_last = i + n - 1;
        hit = true;
        break;
      }
    }
    if (!hit) {
      for (const auto& f : first_forms) {
        if (kAmbiguous.Has(f) || f.size() < 6) continue;
        uint32_t fl = g.Exact(f);
        if (fl & kGazListedPlace) {
          type = EntityType::kPlace;
        } else if (fl & kGazWholeOrg) {
          type = EntityType::kOrganisation;  // داعش، سانا، قسد
        } else if (f == Allah()) {
          type = EntityType::kOther;  // God's name alone, as the linker's vote across a run makes it
        } else {
          continue;
        }
        hit = true;
        break;
      }
    }
    if (!hit || OnlyDirections(w, i, best_last) || (best_last == i && Boys(w, i)))
      continue;  // CLDR's "جنوب غرب" (Cameroon's Sud-Ouest)
    found.push_back(EntityFact(w, i, best_last, type));
    i = best_last;
  }
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

void TaggerDocument(const Words& w, std::vector<std::vector<NerToken>>* doc,
                    std::vector<std::vector<size_t>>* doc_index) {
  // What doc holds already (a previous article's sentences) is overwritten
  // in place: its tokens' strings keep their memory.
  size_t n = 0;  // tagger sentences made
  size_t t = 0;
  // The tagger reads clauses: a sentence is also cut after an Arabic
  // semicolon, which joins two clauses of one sentence ("قال حميد العنزي؛
  // مصرفي سعودي، إن"، "صحيح؛ لأن"). Its model and lexicon were made on such
  // units (the text core ended sentences there until the fifty-fifth
  // session), and a sentence's first and last words are features of it.
  auto open = [&] {
    if (n == doc->size()) doc->emplace_back();
    if (n == doc_index->size()) doc_index->emplace_back();
    (*doc_index)[n].clear();
  };
  auto close = [&] {
    (*doc)[n].resize((*doc_index)[n].size());
    if (!(*doc_index)[n].empty()) ++n;
  };
  for (const Span& s : w.at.sentences) {
    while (t < w.size() && w.SpanOf(t).end <= s.begin) ++t;
    open();
    for (size_t i = t; i < w.size() && w.SpanOf(i).begin < s.end; ++i) {
      bool punct = false;  // the first word of a unit has nothing before it
      if (!(*doc_index)[n].empty()) {
        const std::u32string_view gap = w.Gap((*doc_index)[n].back(), i);
        punct = IsPunctuationGap(gap);
        if (punct && gap.find(U'\u061B') != std::u32string_view::npos) {
          close();
          open();
          punct = false;
        }
      }
      std::vector<NerToken>& sent = (*doc)[n];
      std::vector<size_t>& index = (*doc_index)[n];  // token index of each tagger token
      if (index.size() == sent.size()) sent.emplace_back();
      SetNerToken(&sent[index.size()], w.Key(i), w.key_hash[i], w.at.Stem(i), w.gaz[i], punct, w.IsNumber(i));
      index.push_back(i);
    }
    close();
  }
  doc->resize(n);
  doc_index->resize(n);
}

namespace {

// Whether word k of an organisation's name (ending at word last) is و and
// a word for a body ("والمقاومة", "ووزارة", "والحكومة") or the start of a
// listed organisation ("والأمم المتحدة"): the start of a second one.
bool SecondBodyAt(const Words& w, size_t k, size_t last) {
  static const std::string kWa = KeyOf("و");
  static const WordSet kBodies{"الجيش", "المقاومة", "القوات", "الحرس", "الحكومة", "الشرطة", "الحزب", "الحركة",
                               "الجبهة", "المنظمة", "البنك", "الوزارة", "الهيئة", "المجلس"};
  const std::string_view key = w.Key(k);
  if (!BeginsWith(key, kWa) || key.size() <= kWa.size() || !w.Adjacent(k - 1, k)) return false;
  const std::string_view rest = key.substr(kWa.size());
  const auto& g = Gazetteer::Get();
  const uint32_t flags = g.Exact(rest);
  if ((flags & kGazOrgTrigger) || kBodies.Has(rest) || (flags & kGazWholeOrg)) return true;
  if (!(flags & kGazOrgStart)) return false;
  std::string joined(rest);
  for (size_t j = k + 1; j <= last; ++j) {
    joined += ' ';
    joined += w.Key(j);
    if (g.IsName(joined)) return true;
  }
  return false;
}

// الشركة، الهيئة، المؤسسة: an organisation word with the article.
bool DefiniteOrgWord(std::string_view key) {
  static const std::string kAl = KeyOf("ال");
  return BeginsWith(key, kAl) && key.size() > kAl.size() &&
         (Gazetteer::Get().Exact(key.substr(kAl.size())) & kGazOrgTrigger);
}

bool IsRoyalTitle(std::string_view key) {
  // (and the imam's: "جامعة الإمام محمد بن سعود الإسلامية"، "مسجد الإمام تركي بن عبدالله")
  static const WordSet kTitles{"الملك", "الأمير", "الامير", "الأميرة", "السلطان", "الشيخ", "الإمام"};
  return kTitles.Has(key);
}

// What is named after someone, when it is no body: a thing ("قلادة الملك
// عبدالعزيز"، "جائزة الأمير نايف") is of the other kind; a road, a park, a
// building is a place.
bool IsThingNamedAfterSomeone(std::string_view key) {
  static const WordSet kThings{"جائزة", "قلادة", "وشاح", "كرسي", "برنامج"};
  return LeadingClitics::Get().Has(kThings, key);
}

// "بالهفوف", "ببريدة": ب and a place (not بن, not بدر).
bool PlaceAfterBi(std::string_view key) {
  static const std::string kBi = KeyOf("ب"), kAl = KeyOf("ال");
  if (!BeginsWith(key, kBi) || key.size() <= kBi.size()) return false;
  const std::string_view rest = key.substr(kBi.size());
  return BeginsWith(rest, kAl) || (Gazetteer::Get().Exact(rest) & kGazListedPlace);
}

}  // namespace

namespace {

// "ضيف الله الشهراني"، "عطا الله بن مسفر الجعيد"، "فتح الله غولن"، "مثنى عطا
// الله": a personal name made of a word and God's name, which the tagger
// cut to God's name alone (of the other kind) and left the rest untagged
// or apart. With a person's name before it, or before a name (a person
// the tagger found, بن and a word, or a word with the article mostly a
// person's by the lexicon: الشهراني), it is that person's name. ("هبة الله
// لعباده", God's gift, stays.)
void NamesWithGodsName(const Words& w, std::vector<Fact>* out) {
  static const WordSet kComposed{"ضيف", "عطا", "عطاء", "فتح", "هبة", "خير", "جار", "عبيد", "نصر", "عوض",
                                 "رزق", "دخيل", "حسب", "جود"};
  static const std::string kAl = KeyOf("ال"), kWa = KeyOf("و");
  auto god = [&](const Fact& f) {
    return f.kind == FactKind::kEntity && f.type == EntityType::kOther && f.name == "الله";
  };
  if (std::none_of(out->begin(), out->end(), god)) return;
  // The person the tagger found ending at code point `end` (or beginning at `begin`).
  auto person = [&](uint32_t begin, uint32_t end) -> Fact* {
    for (Fact& f : *out)
      if (f.kind == FactKind::kEntity && f.type == EntityType::kPerson && (f.span.end == end || f.span.begin == begin))
        return &f;
    return nullptr;
  };
  std::vector<Span> gone;
  for (Fact& f : *out) {
    if (!god(f)) continue;
    const size_t t = w.FirstTokenFrom(f.span.begin);
    if (t == 0 || t >= w.size() || !kComposed.Has(w.Key(t - 1)) || !w.Adjacent(t - 1, t)) continue;
    if (std::any_of(out->begin(), out->end(), [&](const Fact& o) {
          return o.kind == FactKind::kEntity && o.span.begin < w.SpanOf(t - 1).end && w.SpanOf(t - 1).begin < o.span.end;
        }))
      continue;
    size_t first = t - 1, last = t;
    Fact* before = nullptr;
    Fact* after = nullptr;
    if (t >= 2 && w.Adjacent(t - 2, t - 1)) before = person(UINT32_MAX, w.SpanOf(t - 2).end);
    if (before) first = w.FirstTokenFrom(before->span.begin);
    if (t + 1 < w.size() && w.Adjacent(t, t + 1)) {
      // (Not a name after و: "حافظ مبروك ضيف الله وعدنان محمد نبهان".)
      if (!BeginsWith(w.Key(t + 1), kWa)) after = person(w.SpanOf(t + 1).begin, UINT32_MAX);
      if (after) {
        last = w.FirstTokenFrom(after->span.end) - 1;
      } else if (SonOf().Has(w.Key(t + 1)) && t + 2 < w.size() && w.Adjacent(t + 1, t + 2)) {
        last = t + 2;
      } else if (BeginsWith(w.Key(t + 1), kAl) && (NerLexicon(w.Key(t + 1)) & 3) >= 2) {
        last = t + 1;
      }
    }
    if (first == t - 1 && last == t) continue;
    if (before) gone.push_back(before->span);
    if (after) gone.push_back(after->span);
    f = EntityFact(w, first, last, EntityType::kPerson);
  }
  if (gone.empty()) return;
  std::erase_if(*out, [&](const Fact& f) {
    return f.kind == FactKind::kEntity && f.type == EntityType::kPerson &&
           std::any_of(gone.begin(), gone.end(), [&](const Span& s) { return s.begin == f.span.begin && s.end == f.span.end; });
  });
}

// A letter alone names nothing: a group's or a category's letter ("الفئة
// "ب""، "الليج «آ»"), the Hijri mark "هـ", an initial cut from its name.
void LettersAlone(std::vector<Fact>* out) {
  std::erase_if(*out, [](const Fact& f) {
    return f.kind == FactKind::kEntity && f.surface.size() <= 4 && CountCodePoints(f.surface) == 1 &&
           ArabicScript(f.surface);
  });
}

// A Hijri month's name alone ("في رمضان"، "أواخر رمضان"، "انتهى رمضان") is
// the month, not a person of that name (the tagger made رمضان one 156 times
// on SaudiNewsNet), unless the article names such a person in full: محمد
// رمضان، رمضان قادروف, then "ويقوم رمضان في الفيلم" is him.
void MonthsAlone(std::vector<Fact>* out) {
  static const WordSet kMonths{"محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال"};
  auto alone = [&](const Fact& f) {
    return f.kind == FactKind::kEntity && f.name.find(' ') == std::string::npos && kMonths.Has(KeyOf(f.name));
  };
  // (Most articles have no month alone: the words of their names are not read.)
  if (std::none_of(out->begin(), out->end(), alone)) return;
  std::vector<std::string> in_full;  // the words of the article's names of several words
  for (const Fact& f : *out)
    if (f.kind == FactKind::kEntity && f.name.find(' ') != std::string::npos)
      for (const std::string& word : SplitWords(f.name)) in_full.push_back(KeyOf(word));
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](const Fact& f) {
                              return alone(f) && std::find(in_full.begin(), in_full.end(), KeyOf(f.name)) ==
                                                     in_full.end();
                            }),
             out->end());
}

}  // namespace

// "مالي" right after a noun without the article is "financial" ("مبلغ
// مالي"، "دعم مالي"، "محلل مالي", about half of its 460 mentions as a
// place on SaudiNewsNet), not the country ("في مالي"، "شمال مالي"، "سلطات
// مالي"، a list's "- مالي -").
void FinancialNotMali(const Words& w, std::vector<Fact>* out) {
  static const std::string kMali = KeyOf("مالي"), kAl = KeyOf("ال");
  static const WordSet kBeforeMali{"في", "من", "إلى", "الى", "عن", "مع", "لدى", "حول", "بين", "داخل", "شمال",
                                   "جنوب", "شرق", "غرب", "وسط", "سلطات", "حكومة", "رئيس", "جمهورية", "دولة",
                                   "منتخب", "بعثة", "عاصمة", "شعب", "علاقات"};
  std::vector<Span> adjectives;
  for (size_t i = 1; i < w.size(); ++i)
    if (w.Key(i) == kMali && w.Adjacent(i - 1, i) && !BeginsWith(w.Key(i - 1), kAl) &&
        !LeadingClitics::Get().Has(kBeforeMali, w.Key(i - 1)) && !w.IsNumber(i - 1))
      adjectives.push_back(w.SpanOf(i));
  if (adjectives.empty()) return;
  std::erase_if(*out, [&](const Fact& f) {
    return f.type == EntityType::kPlace && std::any_of(adjectives.begin(), adjectives.end(), [&](Span s) {
             return s.begin == f.span.begin && s.end == f.span.end;
           });
  });
}

// "في مشهد آخر": مشهد is a scene far more often than the Iranian city (of
// its 269 mentions as a place on SaudiNewsNet, 61 were in articles naming
// Iran): the city only after a word for a town (مدينة مشهد) or in an
// article that names Iran.
void SceneNotMashhad(const Words& w, std::vector<Fact>* out) {
  static const std::string kMashhad = KeyOf("مشهد");
  static const WordSet kIran{"إيران", "الإيراني", "الإيرانية", "طهران", "الإيرانيين"};
  const auto& clitics = LeadingClitics::Get();
  // (Most words are neither: the hash of their key says so.)
  static const KeyHashFilter kEither(WithClitics([] {
    WordSet either;
    either.AddKeys(kIran);
    either.AddKey(kMashhad);
    return either;
  }()));
  std::vector<Span> scenes;
  bool iran = false;
  for (size_t i = 0; i < w.size() && !iran; ++i) {
    if (!kEither.MaybeHas(w.key_hash[i])) continue;
    iran = clitics.Has(kIran, w.Key(i));
    if (clitics.AfterLetter(w.Key(i)) != kMashhad && w.Key(i) != kMashhad) continue;
    if (i > 0 && (Gazetteer::Get().Lookup(w.Key(i - 1)) & kGazPlaceTrigger)) continue;
    scenes.push_back(w.SpanOf(i));
  }
  if (iran || scenes.empty()) return;
  std::erase_if(*out, [&](const Fact& f) {
    return f.type == EntityType::kPlace && std::any_of(scenes.begin(), scenes.end(), [&](Span s) {
             return s.begin == f.span.begin && s.end == f.span.end;
           });
  });
}

namespace {

// Whether a match key is a word with the article, after one leading clitic
// or as لل (البلاد، والبلاد، للبلاد); not إلى, whose key begins as ال does.
bool Definite(std::string_view key) {
  static const std::string kAl = KeyOf("ال"), kLil = KeyOf("لل");
  auto with_al = [](std::string_view k) { return BeginsWith(k, kAl) && CountCodePoints(k) >= 4; };
  return with_al(key) || (BeginsWith(key, kLil) && CountCodePoints(key) >= 4) ||
         with_al(LeadingClitics::Get().AfterLetter(key));
}

// The key with the article and without a clitic before it (والتونسي،
// للتونسي → التونسي); empty when it has no article.
std::string WithArticle(std::string_view key) {
  static const std::string kAl = KeyOf("ال");
  if (BeginsWith(key, kAl)) return std::string(key);
  std::string lil = LeadingClitics::Get().LilAsAl(key);
  if (!lil.empty()) return lil;
  const std::string_view rest = LeadingClitics::Get().AfterLetter(key);
  return BeginsWith(rest, kAl) ? std::string(rest) : std::string();
}

// Whether the tagger named a person of two words or more in the document
// whose last word is `key` (with the article, as WithArticle gives it).
bool PersonEndsWith(const Words& w, const std::vector<std::vector<size_t>>& doc_index,
                    const std::vector<std::vector<int>>& doc_labels, std::string_view key) {
  for (size_t si = 0; si < doc_labels.size(); ++si) {
    const std::vector<int>& labels = doc_labels[si];
    for (size_t a = 0; a < labels.size();) {
      if (EntityOf(labels[a]) < 0) {
        ++a;
        continue;
      }
      const size_t b = EntityEnd(labels, a);
      if (EntityOf(labels[a]) == 0 && b - a >= 2 && WithArticle(w.Key(doc_index[si][b - 1])) == key) return true;
      a = b;
    }
  }
  return false;
}

// The type of the first name the tagger gave the document with `key` as one
// of its words, or -1.
int TypeNamedWith(const Words& w, const std::vector<std::vector<size_t>>& doc_index,
                  const std::vector<std::vector<int>>& doc_labels, std::string_view key) {
  for (size_t si = 0; si < doc_labels.size(); ++si)
    for (size_t a = 0; a < doc_labels[si].size(); ++a)
      if (doc_labels[si][a] != kO && w.Key(doc_index[si][a]) == key) return EntityOf(doc_labels[si][a]);
  return -1;
}

// "إمارة منطقة الرياض"، "أمانة محافظة جدة"، "شرطة منطقة مكة المكرمة"،
// "بلدية الزلفي": a region's or a town's government, municipality or police,
// named by its place, is an organisation, whose place is named inside it
// (the tagger named the place only; "إمارة منطقة" stood untagged 139 times
// on SaudiNewsNet). Not "الإمارة"، "الأمانة" (which point back), nor "شرطة
// | المنطقة".
void BodiesOfPlaces(const Words& w, std::vector<Fact>* out) {
  // The words, also after a clitic (وأمانة، بشرطة): one lookup a word.
  static const WordSet kBodies = WithClitics(WordSet{"إمارة", "أمانة", "شرطة", "بلدية"});
  static const KeyHashFilter kBodyHashes(kBodies);
  static const WordSet kPlaceWords{"منطقة", "محافظة", "مدينة"};
  std::vector<size_t> bodies;
  for (size_t t = 0; t + 1 < w.size(); ++t)
    if (kBodyHashes.MaybeHas(w.key_hash[t]) && kBodies.Has(w.Key(t)) && w.Adjacent(t, t + 1)) bodies.push_back(t);
  if (bodies.empty()) return;
  const std::vector<int> by_word = CoveringFacts(w, *out);
  std::vector<Fact> added;
  for (size_t body : bodies) {
    if (by_word[body] >= 0) continue;  // the tagger's already: "أمانة جدة"
    size_t t = body + 1;
    if (by_word[t] < 0 && kPlaceWords.Has(w.Key(t)) && t + 1 < w.size() && w.Adjacent(t, t + 1)) ++t;
    if (by_word[t] < 0) continue;
    const Fact& place = (*out)[by_word[t]];
    if (place.kind != FactKind::kEntity || place.type != EntityType::kPlace || place.span.begin != w.SpanOf(t).begin)
      continue;
    size_t last = t;
    while (last + 1 < w.size() && w.SpanOf(last + 1).end <= place.span.end) ++last;
    Fact org = EntityFact(w, body, last, EntityType::kOrganisation);
    if (!org.surface.empty()) added.push_back(std::move(org));
  }
  for (auto& f : added) out->push_back(std::move(f));
}

// Words first..last, two or more, are common words only by the lexicon,
// none of them named: "(الغذاء المستورد)"، "(جهة حكومية)" after a body's
// name describe what it deals with, and are no other name of it.
bool CommonWordsOnly(const Words& w, size_t first, size_t last) {
  if (last <= first) return false;
  for (size_t k = first; k <= last; ++k) {
    // (Not the letters of an acronym: "(إي إن آي)".)
    if (!CommonWord(w.Key(k)) || CountCodePoints(w.Key(k)) <= 2) return false;
  }
  return true;
}

// "المجلس العالي للدستور"، "الشركة العربية للإنتاج الإعلامي"، "الجماعة
// السلفية للدعوة والقتال"، "المعهد الملكي البريطاني للدراسات الدولية": an
// institution's word with the article, its adjectives, and لل and its field
// (with the field's adjectives and what و joins to it) are an
// organisation's name, as a reader takes it, which the tagger left
// untagged. Marks the words B- and I- of an organisation in `labels`.
void TagInstitutionsByField(const Words& w, const std::vector<size_t>& index, std::vector<int>* labels) {
  static const WordSet kInstitutions{"المجلس", "الهيئة", "الشركة", "المؤسسة", "الجمعية", "المركز", "المعهد",
                                     "الجماعة", "المنظمة", "اللجنة", "الاتحاد", "الصندوق", "البنك", "المصرف",
                                     "الأكاديمية", "الرابطة", "النقابة", "الجبهة", "الوكالة", "الإدارة",
                                     "المديرية", "الرئاسة", "الأمانة", "المفوضية", "الغرفة"};
  // The words, also after a clitic (والمجلس، للهيئة): one lookup a word.
  static const WordSet kHeads = WithClitics(kInstitutions);
  static const KeyHashFilter kHeadHashes(kHeads);
  // Particles with ل, which begin no field.
  static const WordSet kNoField{"لدى", "لكن", "لكنه", "لكنها", "لأن", "لان", "لذلك", "لهذا", "لهذه", "لتلك",
                                "لذا", "ليس", "ليست", "لقد", "لمن", "لما", "لمدة", "لصالح", "لجميع", "لكل",
                                "لبعض", "لعدم", "لأي", "لاسيما", "لغاية", "لحين", "لحظة"};
  static const WordSet kEvents{"المهرجان", "البرنامج", "المؤتمر", "الملتقى", "المعرض", "الدورة", "البطولة",
                               "المسابقة", "الحملة", "المشروع", "المنتدى", "النادي", "الاحتفالات", "الفريق",
                               "المنتخب", "الوزارة", "الجامعة",
                               // and a place's word ("للقضاء" is the judiciary's: المجلس الأعلى للقضاء)
                               "المنطقة", "المدينة", "المحافظة", "البلدة", "الناحية", "القرية", "الحي",
                               "العاصمة"};
  static const WordSet kRelative{"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"};
  static const WordSet kHigh{"الأعلى", "العليا", "العامة", "العام"};
  static const std::string kAl = KeyOf("ال"), kLil = KeyOf("لل"), kLi = KeyOf("ل"), kWaAl = KeyOf("وال"),
                           kYa = KeyOf("ي"), kIyya = KeyOf("ية");
  static const WordSet kCandidates{"المرشح", "المرشحة", "الفائز", "الفائزة"};
  const auto& clitics = LeadingClitics::Get();
  const Gazetteer& g = Gazetteer::Get();
  auto adjective = [&](std::string_view k) {
    return BeginsWith(k, kAl) && !kRelative.Has(k) && !IsRoleOrLabel(k) && !kInstitutions.Has(k) &&
           (k.ends_with(kYa) || k.ends_with(kIyya) || kHigh.Has(k));
  };
  std::vector<int>& l = *labels;
  // Position p+1 is the word right after position p, and untagged.
  auto next_free = [&](size_t p) {
    return p + 1 < l.size() && l[p + 1] == kO && index[p + 1] == index[p] + 1 && w.Adjacent(index[p], index[p + 1]);
  };
  for (size_t p = 0; p + 2 < l.size(); ++p) {
    // Untagged, or an organisation the tagger ended before the field:
    // "الوكالة العالمية | لمكافحة المنشطات".
    const bool tagged = l[p] == kBOrg;
    if ((l[p] != kO && !tagged) || !kHeadHashes.MaybeHas(w.key_hash[index[p]]) || !kHeads.Has(w.Key(index[p])))
      continue;
    auto next_adjective = [&](size_t t) {
      return t + 1 < l.size() && (l[t + 1] == kO || (tagged && l[t + 1] == kIOrg)) &&
             index[t + 1] == index[t] + 1 && w.Adjacent(index[t], index[t + 1]) && adjective(w.Key(index[t + 1]));
    };
    size_t q = p;
    while (q < p + 3 && next_adjective(q)) ++q;
    if (q == p || !next_free(q)) continue;
    // A whole name by itself ("دول الاتحاد الأوروبي لدعم التبادل"، "تجاهل
    // الاتحاد الأوروبي لحالات الإعدام") has what it does after it.
    if (tagged) {
      std::string keys(w.Key(index[p]));
      for (size_t t = p + 1; t <= q; ++t) keys.append(" ").append(w.Key(index[t]));
      if (g.IsName(keys)) continue;
    }
    const std::string_view field = w.Key(index[q + 1]);
    size_t end = q + 1;
    if (BeginsWith(field, kLil)) {
      if (CountCodePoints(field) < 5 || field == Lillah() || kNoField.Has(field)) continue;
      // "اللجنة التنفيذية للمهرجان"، "الجمعية العمومية للاتحاد"، "المركز
      // الاقتصادي للمنطقة الشرقية": of a body, an event or a place named
      // before, it describes and names nothing of its own.
      const std::string field_al = clitics.LilAsAl(field);
      if (kInstitutions.Has(field_al) || kEvents.Has(field_al)) continue;
    } else {
      // "لحقوق الإنسان"، "لرعاية الشباب"، "لشؤون اللاجئين"، "لمجلس التعاون":
      // ل and a noun in construct with a word with the article, which
      // says whose or what (so a body's word is no description here).
      if (!BeginsWith(field, kLi) || CountCodePoints(field) < 4 || kNoField.Has(field) || !next_free(end)) continue;
      const std::string_view of = w.Key(index[end + 1]);
      if (!BeginsWith(of, kAl) || kRelative.Has(of) || CountCodePoints(of) < 4) continue;
      ++end;
    }
    for (int k = 0; k < 3 && next_free(end); ++k) {
      const std::string_view more = w.Key(index[end + 1]);
      // (Not a second body, nor a post: "لرعاية الشباب | واللجنة الأولمبية"،
      // "لكرة القدم | والمرشح الأقوى".)
      const std::string_view bare = WithoutConjunction(more);
      const bool joined = BeginsWith(more, kWaAl) && CountCodePoints(more) >= 5 && !kRelative.Has(bare) &&
                          !kHeads.Has(bare) && !IsRoleOrLabel(bare) && !kCandidates.Has(bare) &&
                          !(g.Lookup(bare) & (kGazOrgTrigger | kGazPersonTitle));
      if (!adjective(more) && !joined) break;
      ++end;
    }
    l[p] = kBOrg;
    for (size_t t = p + 1; t <= end; ++t) l[t] = kIOrg;
    p = end;
  }
}

}  // namespace

// "جامعة سعودية"، "منظمة إرهابية"، "حزب معارض"، "كلية جديدة": a body's word
// without the article followed only by words that describe it is a kind of
// body, not a name. A description is an adjective of relation whose form
// with the article is one (NerAdjective: السعودي، الإرهابي، البلدي), or new,
// other, big, former and the like. Not "حركة فتح"، "نادي تشيلسي"، "جامعة
// كالغاري"، "اتحاد موظفي" (a name, or a word completed by the next).
bool DescribedBodyOnly(const Words& w, size_t first, size_t last) {
  static const std::string kAl = KeyOf("ال"), kLil = KeyOf("لل"), kYa = KeyOf("ي"), kIyya = KeyOf("ية"),
                           kTaMarbuta = KeyOf("ة");
  static const WordSet kDescriptions{
      "جديد",  "جديدة",  "جدد",   "آخر",   "أخرى",  "اخرى",   "واحد",  "واحدة",  "كبرى",   "كبير",   "كبيرة",
      "صغير",  "صغيرة",  "مستقل", "مستقلة", "معارض", "معارضة", "فاعلة", "مرموقة", "عريق",   "عريقة",  "ضخمة",
      "عملاق", "عملاقة", "ناشئة", "سابقا", "سابقاً", "حاليا",  "أعلى",  "كافية",  "متخصصة", "متخصص", "خاصة",
      "عامة",  "معروفة", "معروف", "شهيرة", "شهير",  "كاملة",  "كامل",  "متحركة"};
  static const WordSet kSchools{"كلية", "مدرسة"};  // bodies' words the gazetteer does not list
  if (last <= first) return false;
  const Gazetteer& g = Gazetteer::Get();
  auto body = [&](std::string_view k) { return (g.Exact(k) & kGazOrgTrigger) || kSchools.Has(k); };
  std::string_view head = w.Key(first);
  if (!body(head)) head = LeadingClitics::Get().AfterLetter(head);
  if (head.empty() || BeginsWith(head, kAl) || !body(head)) return false;
  for (size_t t = first + 1; t <= last; ++t) {
    const std::string_view k = w.Key(t);
    if (!w.Adjacent(t - 1, t) || BeginsWith(k, kAl) || BeginsWith(k, kLil)) return false;
    if (kDescriptions.Has(k)) continue;
    std::string masculine;
    if (k.ends_with(kIyya)) masculine = kAl + std::string(k.substr(0, k.size() - kTaMarbuta.size()));
    else if (k.ends_with(kYa)) masculine = kAl + std::string(k);
    if (masculine.empty() || !NerAdjective(masculine)) return false;
  }
  return true;
}

void FindEntities(const Words& w, const NerModel& model, std::vector<Fact>* out) {
  static const std::string kWa = KeyOf("و"), kAl = KeyOf("ال"), kLil = KeyOf("لل"), kLi = KeyOf("ل");
  static const WordSet kMediaTriggers{"قناة", "وكالة", "صحيفة", "موقع", "إذاعة", "تلفزيون", "جريدة", "مجلة", "شبكة"};
  // Every sentence's tokens first: the article is tagged as one document
  // (kept per thread, to reuse their memory from one article to the next).
  thread_local std::vector<std::vector<NerToken>> doc;
  thread_local std::vector<std::vector<size_t>> doc_index;
  thread_local std::vector<std::vector<int>> doc_labels;
  TaggerDocument(w, &doc, &doc_index);
  model.TagDocument(doc, &doc_labels);
  for (size_t si = 0; si < doc.size(); ++si) TagInstitutionsByField(w, doc_index[si], &doc_labels[si]);
  for (size_t si = 0; si < doc.size(); ++si) {
    const std::vector<size_t>& index = doc_index[si];
    const std::vector<int>& labels = doc_labels[si];
    for (size_t a = 0; a < labels.size();) {
      int e = EntityOf(labels[a]);
      if (e < 0) {
        ++a;
        continue;
      }
      // What follows a comma the tagger ran on over (below) is a name of its
      // own when its first word is one by the lexicon or the gazetteer:
      // "عمار" is, "استشاري" ("محمد القرمازي، استشاري") and "ورأى" are not.
      // (Of two words or more, its first no common word; of one, a name of
      // the type by the lexicon, often or mostly, or by the gazetteer.)
      if (!IsBegin(labels[a]) && a > 0 &&
          w.Gap(index[a - 1], index[a]).find_first_of(U"،؛,") != std::u32string_view::npos) {
        const size_t end = EntityEnd(labels, a);
        const uint32_t lex = NerLexicon(w.Key(index[a]));
        const bool named = !(lex & kNerLexCommon) &&
                           (end - a >= 2 ? (lex & kNerLexTypes) != 0 : ((lex >> (2 * e)) & 3) >= 2);
        if (!named && !(Gazetteer::Get().Lookup(w.Key(index[a])) & (kGazWholeName | kGazListedPlace))) {
          a = end;
          continue;
        }
      }
      size_t b = EntityEnd(labels, a);
      // "عبدالعزيز إمام، عمار بلقاسم"، "بيش، الدرب": a name ends at a comma,
      // and the next name of the list begins after it (the tagger ran on
      // over a comma in 414 mentions on SaudiNewsNet). Not between two
      // letters of an acronym ("أ، ب").
      for (size_t k = a + 1; k < b; ++k) {
        const std::u32string_view gap = w.Gap(index[k - 1], index[k]);
        if (gap.find_first_of(U"،؛,") != std::u32string_view::npos &&
            !(CountCodePoints(w.Key(index[k - 1])) == 1 && CountCodePoints(w.Key(index[k])) == 1)) {
          b = k;
          break;
        }
      }
      size_t first = index[a], last = index[b - 1];
      EntityType type = TypeOf(e);
      // "حذيفة رضي الله | عنه"، "ابن باز رحمه الله": a blessing after a name
      // is not part of it (the tagger took it in 87 times on SaudiNewsNet).
      for (size_t t = first + 1; t <= last; ++t)
        if (OpensBlessing(w, t) || OpensFormula(w, t)) {
          last = t - 1;
          break;
        }
      // "مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي)": a name ends
      // before a parenthesis (what it holds is another name of the same, as
      // below); the tagger ran on into it 95 times on SaudiNewsNet.
      for (size_t t = first + 1; t <= last; ++t) {
        const std::u32string_view gap = w.Gap(t - 1, t);
        if (gap.find(U'(') != std::u32string_view::npos || gap.find(U')') != std::u32string_view::npos) {
          last = t - 1;
          break;
        }
      }
      // "الاتحاد في"، "المرصد إلى"، "الحكومة التي"، "السويد على": a name does
      // not end with a particle (197 mentions on SaudiNewsNet). Not
      // after a letter of an acronym ("تي في"، "سي إن إن"), and a person's
      // name may end with ما or على (جاك ما، "غالية بن على").
      {
        static const WordSet kParticles{"في",    "إلى", "الى", "على", "عن",   "من",  "مع",  "أن",  "إن",
                                        "ان",    "لم",  "لا",  "لن",  "قد",   "التي", "الذي", "الذين", "خلال",
                                        "قبل",   "بعد", "أو",  "او",  "كل",   "ما",  "منذ", "حتى", "أيضا",
                                        "ثم",    "كما", "حيث", "إنه", "أنه",  "عند", "لدى", "نحو", "ضد"};
        static const WordSet kPersonEnds{"ما", "على"};
        static const std::string kAla = KeyOf("على");
        // على and علي share a key: "مسجد الإمام علي" ends with a name.
        while (last > first && kParticles.Has(w.Key(last)) &&
               !(type == EntityType::kPerson && kPersonEnds.Has(w.Key(last))) &&
               !(w.Key(last) == kAla && w.Text(w.SpanOf(last)) != "على") && CountCodePoints(w.Key(last - 1)) > 2)
          --last;
        // What is left may be a particle alone ("على نحو"، "إن").
        if (first == last && kParticles.Has(w.Key(first)) && b - a > 1 &&
            !(w.Key(first) == kAla && w.Text(w.SpanOf(first)) != "على")) {
          a = b;
          continue;
        }
      }
      if (type == EntityType::kOrganisation && DescribedBodyOnly(w, first, last)) {
        a = b;
        continue;
      }
      // "اللجنة الأولمبية الدولية اليوم الاثنين"، "وكالة الأناضول للأنباء
      // الرسمية الجمعة": a body's or a place's name ends before the day
      // (not a person's: الخميس is a family's name; nor "عين اليوم"، "سوق
      // الجمعة", where the word is the name's).
      if (type != EntityType::kPerson) {
        static const std::string kToday = KeyOf("اليوم"), kFriday = KeyOf("الجمعة");
        for (size_t t = first + 1; t <= last; ++t) {
          const bool day = Weekdays().Has(w.Key(t)) && (!w.Is(t, kFriday) || w.Is(t - 1, kToday));
          const bool today = w.Is(t, kToday) && t + 1 <= last && Weekdays().Has(w.Key(t + 1));
          if (day || today) {
            last = t - 1;
            break;
          }
        }
      }
      // "وقال كلينتون لمحطة سي إن إن"، "الشرطة لوكالة الأنباء الفرنسية": a
      // name ends before the medium it spoke to (ل and a medium's word).
      {
        static const WordSet kStations{"محطة", "تليفزيون"};
        auto medium = [&](std::string_view k) { return kMediaTriggers.Has(k) || kStations.Has(k); };
        for (size_t t = first + 1; t <= last; ++t)
          if (BeginsWith(w.Key(t), kLi) && medium(w.Key(t).substr(kLi.size()))) {
            last = t - 1;
            break;
          }
      }
      // "وقال ابو مالك امس": any name ends before yesterday, and before the
      // day before ("أول من أمس", "أول أمس").
      {
        static const WordSet kYesterday{"أمس", "امس", "الأمس"};
        static const std::string kFirst = KeyOf("أول"), kFrom = KeyOf("من");
        for (size_t t = first + 1; t <= last; ++t)
          if (kYesterday.Has(w.Key(t))) {
            last = t - 1;
            if (last > first && w.Is(last, kFrom)) --last;
            if (last > first && w.Is(last, kFirst)) --last;
            break;
          }
      }
      // A formula with God's name names no one but God ("بتوفيق الله"، "(رضي
      // الله عنه)": الله, of the other kind, as "ولله الحمد" below), nor does
      // the title "آية الله" alone; before a name it is part of it ("آية الله
      // الخميني", as his grandson is حسن الخميني).
      static const WordSet kAyat{"آية", "اية"};
      if (OpensFormula(w, first)) {
        if (!LeadingClitics::Get().Has(kAyat, w.Key(first))) {
          first = last = first + 1;
          type = EntityType::kOther;
        } else if (first + 2 > last) {
          a = b;
          continue;
        }
      }
      // "فإن بوش"، "بأن مخلوف": a particle before a name is no part of it
      // (on SaudiNewsNet 95 persons began with فإن or بأن); "أين كنت؟"، "وأين
      // ربحنا؟": a question names no one.
      // As written, with its hamza: the match keys of فإن، بأن، وأين are those
      // of فان، بان، واين (لويس فان غال، بان كي مون، واين روني).
      static const std::initializer_list<const char*> kParticleWords{"فإن", "بأن", "لأن", "وأن", "وإن", "كأن", "ولكن", "لكن"};
      static const std::initializer_list<const char*> kWhereWords{"أين", "وأين"};
      static const std::unordered_set<std::string> kParticles(kParticleWords.begin(), kParticleWords.end()),
          kWhere(kWhereWords.begin(), kWhereWords.end());
      static const WordSet kMaybe = [] {  // their keys: only these are read as written
        WordSet set(kParticleWords);
        set.AddKeys(WordSet(kWhereWords));
        return set;
      }();
      const std::string as_written = kMaybe.Has(w.Key(first)) ? w.Text(w.SpanOf(first)) : std::string();
      if (kWhere.count(as_written)) {
        a = b;
        continue;
      }
      if (kParticles.count(as_written)) {
        if (first == last || !w.Adjacent(first, first + 1)) {
          a = b;
          continue;
        }
        ++first;
      }
      // "قرية المفتاحة"، "ووادي جليل": a person's name that begins with a
      // place's word is a place (not دولة, the title "دولة الرئيس").
      static const std::string kDawla = KeyOf("دولة");
      if (type == EntityType::kPerson && last > first && w.Key(first) != kDawla &&
          (Gazetteer::Get().Lookup(w.Key(first)) & kGazPlaceTrigger))
        type = EntityType::kPlace;
      // "ولسمو ولي ولي العهد", "ركن": titles alone name no one.
      if (type == EntityType::kPerson) {
        bool titles = true;
        for (size_t t = first; t <= last && titles; ++t)
          titles = IsTitleWord(w.Key(t));
        if (titles) {
          a = b;
          continue;
        }
      }
      // "محمد بلال حسين – بنجلاديشي الجنسية": a nationality is no part of a
      // name, nor a name by itself.
      static const std::string kNationality = KeyOf("الجنسية");
      if (last > first && w.Key(last) == kNationality && type != EntityType::kPlace) {
        if (last < first + 2) {
          a = b;
          continue;
        }
        last -= 2;
      }
      // "وقالت مي لـ"الوطن""، "العميد سمير الحاج لـ «عكاظ»": a preposition
      // written apart ends no name, nor do إثر and عقب, "following" ("حسان
      // الشيخ إثر خلاف"، "الجيش إثر"; as written: "اترك أثر" is a name), nor
      // "اليوم" or "يوم" after two words or more ("وزارة الداخلية اليوم"،
      // "فريق الاتحاد يوم"; "المصري اليوم" and "عين اليوم" are names).
      {
        static const WordSet kDay{"اليوم", "يوم"};
        static const std::string kAqib = KeyOf("عقب"), kIthr = KeyOf("إثر");
        auto following = [&](size_t t) {
          return w.Key(t) == kAqib || (w.Key(t) == kIthr && w.Text(w.SpanOf(t)) == "إثر");
        };
        while (last > first &&
               (LooseClitic(w, last) || following(last) || (last >= first + 2 && kDay.Has(w.Key(last)))))
          --last;
      }
      // "قناة الميادين": a media word before a name makes it an organisation
      // and is part of it; but قناة before the place a waterway is named
      // after is that canal, a place ("قناة السويس"، "قناة بنما").
      static const std::string kQanat = KeyOf("قناة");
      static const WordSet kCanals{"السويس", "بنما", "كيل", "كورنث"};
      if (a > 0 && w.Key(index[a - 1]) == kQanat && kCanals.Has(w.Key(first)) && w.Adjacent(index[a - 1], first)) {
        type = EntityType::kPlace;
        first = index[a - 1];
      } else if (w.Key(first) == kQanat && first + 1 <= last && kCanals.Has(w.Key(first + 1))) {
        type = EntityType::kPlace;
      } else if (a > 0 && kMediaTriggers.Has(w.Key(index[a - 1])) && w.Adjacent(index[a - 1], first)) {
        type = EntityType::kOrganisation;
        first = index[a - 1];
      } else if (kMediaTriggers.Has(w.Key(first))) {
        type = EntityType::kOrganisation;
      }
      // "أنخيل دي | ماريا": a foreign name's particle the tagger left out,
      // before a name it did not make a person's, makes it one (it made
      // "ماريا" a place 204 times on SaudiNewsNet); with the first name
      // before it when that is a person's. Not after a place's word (ريو دي
      // جانيرو), nor before a listed place. (A person's name without it,
      // "بروين"، "ميستورا", is left to the linker, which joins it to the
      // full name as an ending.)
      static const WordSet kParticle{"دي"};
      if (type != EntityType::kPerson && first > 0 && kParticle.Has(w.Key(first - 1)) &&
          w.Adjacent(first - 1, first) &&
          !(Gazetteer::Get().Exact(w.Key(first)) & kGazListedPlace) &&
          (out->empty() || out->back().span.end <= w.SpanOf(first - 1).begin)) {
        const bool after_name = !out->empty() && first >= 2 && out->back().span.end == w.SpanOf(first - 2).end &&
                                w.Adjacent(first - 2, first - 1);
        if (!after_name || out->back().type == EntityType::kPerson) {
          size_t start = first - 1;
          if (after_name) {
            while (start > 0 && w.SpanOf(start).begin > out->back().span.begin) --start;
            out->pop_back();
          }
          first = start;
          type = EntityType::kPerson;
        }
      }
      // "بجمهورية | مصر العربية": a word for a state that the tagger made a
      // place by itself, right before a place, is one name with it (the
      // place inside is named too, below).
      bool state_first = false;
      if (type == EntityType::kPlace && first == last && b < labels.size() && IsBegin(labels[b]) &&
          EntityOf(labels[b]) == e && index[b] == last + 1 && w.Adjacent(last, last + 1) && IsStateWord(w.Key(first)) &&
          !BeginsWith(w.Key(last + 1), kWa)) {  // "والمملكة وقطر": two
        b = EntityEnd(labels, b);
        last = index[b - 1];
        state_first = true;
      }
      // "كوبا أمريكا": the championship, neither Cuba nor (through أمريكا)
      // the United States, which it was 64 times on SaudiNewsNet.
      if (first > 0 && CopaAmerica(w, first - 1)) {
        const Span copa = w.SpanOf(first - 1);
        if (!out->empty() && out->back().span.begin == copa.begin && out->back().span.end == copa.end) out->pop_back();
        if (out->empty() || out->back().span.end <= copa.begin) {
          first -= 1;
          last = std::max(last, first + 1);
          type = EntityType::kOther;
        }
      } else if (CopaAmerica(w, first)) {
        last = std::max(last, first + 1);
        type = EntityType::kOther;
        while (b < labels.size() && index[b] <= last) ++b;
      }
      // "أمريكا | اللاتينية"، "أوروبا | الشرقية": a continent the tagger cut
      // from the part of it named after it is that part.
      if (type == EntityType::kPlace && first == last && b < labels.size() && labels[b] == kO &&
          index[b] == last + 1 && ContinentPart(w, first)) {
        ++last;
        ++b;
      }
      // "مستشفى الملك | فهد التخصصي", "جسر الملك | فهد": a building or body
      // named after a king or a prince, which the tagger cut at the title,
      // is one name with the person's; a place after ب ends it ("مستشفى
      // الملك فهد بالهفوف").
      bool named_after = false;
      if (type != EntityType::kPerson && last > first && b < labels.size() && IsBegin(labels[b]) &&
          EntityOf(labels[b]) == 0 && index[b] == last + 1 && w.Adjacent(last, last + 1) &&
          IsRoyalTitle(w.Key(last)) && IsNamedAfterSomeone(w.Key(first))) {
        const size_t person_first = index[b];
        b = EntityEnd(labels, b);
        const size_t person_last = index[b - 1];
        last = person_first;
        while (last < person_last && !PlaceAfterBi(w.Key(last + 1))) ++last;
        if (Gazetteer::Get().Lookup(w.Key(first)) & kGazOrgTrigger) type = EntityType::kOrganisation;
        named_after = true;
      }
      // "طريق الملك | فهد"، "مركز الملك | سلمان للإغاثة"، "بحديقة الملك | فهد":
      // the same when the tagger named the person alone, with the building's
      // word and the title before it untagged: the road, not King Fahd (on
      // SaudiNewsNet 1,600 of the kings' and princes' mentions were such
      // names, and الملك سلمان's relief centre counted as the king).
      if (type == EntityType::kPerson && first >= 2 && w.Adjacent(first - 2, first - 1) &&
          w.Adjacent(first - 1, first) && IsRoyalTitle(w.Key(first - 1)) && IsNamedAfterSomeone(w.Key(first - 2)) &&
          (out->empty() || out->back().span.end <= w.SpanOf(first - 2).begin)) {
        const size_t person_last = last;
        last = first;
        while (last < person_last && !PlaceAfterBi(w.Key(last + 1))) ++last;
        first -= 2;
        const auto& gz = Gazetteer::Get();
        type = (gz.Lookup(w.Key(first)) & kGazOrgTrigger)  ? EntityType::kOrganisation
               : IsThingNamedAfterSomeone(w.Key(first))   ? EntityType::kOther
                                                          : EntityType::kPlace;
        named_after = true;
      }
      // "مدينة كوباني"، "بمحافظة خميس مشيط"، "حي السويدي": a person's name
      // right after a settlement's word, which the tagger left out, is that
      // place; "شارع هدى شعراوي"، "مطار شارل ديغول"، "جبل طارق": after a
      // street's, a port's, a mountain's word, a place named after someone,
      // the word with it (on SaudiNewsNet 665 persons followed such words).
      // Not ولاية, also a term of office ("ولاية أوباما الثانية"), nor وادي
      // and وحي, also first names ("محمد وادي العنزي"، "المهندس وحي أمان").
      if (type == EntityType::kPerson && !named_after && first > 0 && w.Adjacent(first - 1, first) &&
          (out->empty() || out->back().span.end <= w.SpanOf(first - 1).begin)) {
        static const WordSet kSettlements{"مدينة", "مدينتي", "محافظة", "منطقة", "بلدة",  "بلدتي", "قرية",
                                          "إقليم", "مقاطعة", "مخيم",   "جزيرة", "ريف",   "مديرية", "إمارة"};
        static const WordSet kDistrict{"حي", "بحي", "لحي"};
        static const WordSet kSites{"شارع", "مطار", "ميناء", "ساحة", "معبر", "جبل", "نهر"};
        const std::string_view before = w.Key(first - 1);
        if (LeadingClitics::Get().Has(kSettlements, before) || kDistrict.Has(before)) {
          type = EntityType::kPlace;
        } else if (LeadingClitics::Get().Has(kSites, before)) {
          --first;
          type = EntityType::kPlace;
          named_after = true;
        }
      }
      // "دوري عبد اللطيف جميل", "كأس خادم الحرمين": a league or a cup
      // named after its sponsor or patron is a competition, not the person
      // (the tagger made the league a person 293 times on SaudiNewsNet,
      // mostly taking the name without its word).
      {
        static const WordSet kCompetitions{"دوري", "كأس"};  // not بطولة: "بطولة جيسون بيتمان" is a film's star
        const auto& clitics = LeadingClitics::Get();
        if (type == EntityType::kPerson && first < last && clitics.Has(kCompetitions, w.Key(first))) {
          type = EntityType::kOther;
        } else if (type == EntityType::kPerson && first >= 1 && w.Adjacent(first - 1, first) &&
                   clitics.Has(kCompetitions, w.Key(first - 1)) &&
                   (out->empty() || out->back().span.end <= w.SpanOf(first - 1).begin)) {
          --first;
          type = EntityType::kOther;
        }
      }
      // "المسجد | الحرام": the holy mosques' names the tagger took without
      // المسجد (also بالمسجد، للمسجد; "البيت الحرام") are one place with it.
      static const WordSet kMosqueNames{"الحرام", "النبوي", "الأقصى"}, kMosque{"المسجد", "البيت"};
      if (first == last && first > 0 && kMosqueNames.Has(w.Key(first)) && w.Adjacent(first - 1, first) &&
          LeadingClitics::Get().HasOrLil(kMosque, w.Key(first - 1))) {
        --first;
        type = EntityType::kPlace;
      }
      // "سان | جيرمان", "سان بطرسبرغ", "سان مورتيز": Saint begins the name
      // of the word after it, which the tagger left alone or named apart.
      static const WordSet kSaint{"سان", "سانت", "سانتا"};
      static const WordSet kDirections{"شمال", "جنوب", "شرق", "غرب", "بشمال", "بجنوب", "بشرق", "بغرب"};
      if (kSaint.Has(w.Key(last)) && last + 1 < w.size() && w.Adjacent(last, last + 1) && !w.IsNumber(last + 1) &&
          !BeginsWith(w.Key(last + 1), kWa) && !kDirections.Has(w.Key(last + 1))) {
        if (b < labels.size() && index[b] == last + 1 && IsBegin(labels[b])) b = EntityEnd(labels, b);
        last = std::max(last + 1, index[b - 1]);
      }
      // "نادي باريس | سان جيرمان": a Saint's name right after a club's or a
      // body's is the end of it.
      if (kSaint.Has(w.Key(first)) && first > 0 && !out->empty() && out->back().kind == FactKind::kEntity &&
          out->back().type == EntityType::kOrganisation && out->back().span.end == w.SpanOf(first - 1).end &&
          w.Adjacent(first - 1, first)) {
        size_t start = first - 1;
        while (start > 0 && w.SpanOf(start).begin > out->back().span.begin) --start;
        out->pop_back();
        first = start;
        type = EntityType::kOrganisation;
      }
      // "باريس | سان جيرمان": Paris Saint-Germain, the club, which the
      // tagger named as two places, as one, or as the Saint's alone (a
      // place 355 times on SaudiNewsNet, and Paris named besides in 180 of
      // them).
      static const WordSet kGermain{"جيرمان", "جرمان"}, kParis{"باريس"};
      const auto& clitics = LeadingClitics::Get();
      bool club = false;
      if (last == first + 2 && clitics.Has(kParis, w.Key(first)) && kSaint.Has(w.Key(first + 1)) &&
          kGermain.Has(w.Key(last))) {
        club = true;
      } else if (last == first + 1 && kSaint.Has(w.Key(first)) && kGermain.Has(w.Key(last))) {
        club = true;
        if (first > 0 && w.Adjacent(first - 1, first) && clitics.Has(kParis, w.Key(first - 1))) {
          const Span paris = w.SpanOf(first - 1);
          const bool tagged = !out->empty() && out->back().span.begin == paris.begin && out->back().span.end == paris.end;
          if (tagged) out->pop_back();
          if (tagged || out->empty() || out->back().span.end <= paris.begin) --first;
        }
      }
      if (club) type = EntityType::kOrganisation;
      // "داعش الإرهابية", "داعش المعروف ب": a known one-word name keeps its
      // own extent; what the tagger added after it is description. Not a
      // region's name from CLDR, often a common word: "الشرق الأوسط".
      const auto& g = Gazetteer::Get();
      if (!club && type != EntityType::kPerson && last > first && (g.Exact(w.Key(first)) & kGazWholeName) &&
          (g.Exact(w.Key(first)) & (kGazListedPlace | kGazOrg)) &&
          !(g.Exact(w.Key(first + 1)) & kGazListedPlace) && !ContinentPart(w, first)) {
        const std::string two = std::string(w.Key(first)) + " " + std::string(w.Key(first + 1));
        if (!g.IsName(two)) last = first;
        else if (g.IsRegion(two)) last = first + 1;  // "الجزيرة العربية" (not "… قديما")
      }
      // "قوات سوريا الديمقراطية": an organisation word before a name, and
      // the adjectives after it, make one organisation. With the article,
      // before an organisation or a one-word place ("النادي الأهلي", "الشركة
      // السعودية للكهرباء", "الهيئة السعودية للتخصصات الصحية"), but not a
      // rank (اللواء، الفريق).
      const std::string_view before = a > 0 ? w.Key(index[a - 1]) : std::string_view();
      // (فيلق, a corps: "فيلق القدس" is no Jerusalem, "فيلق بدر" no one
      // called Badr; but a person of several words after it is left as the
      // tagger has it: "زعيم فيلق بدر هادي العامري". Not among the
      // gazetteer's trigger words, which are the tagger's features too.)
      static const WordSet kCorps{"فيلق", "وفيلق", "لفيلق", "بفيلق"};
      const bool corps = kCorps.Has(before) && !(type == EntityType::kPerson && last > first);
      const bool org_word = a > 0 && ((g.Lookup(before) & kGazOrgTrigger) || corps);
      const bool definite = a > 0 && !org_word && DefiniteOrgWord(before) && !(g.Lookup(before) & kGazPersonTitle) &&
                            (e == 2 || e == 1) && first == last && BeginsWith(w.Key(first), kAl);
      if ((org_word || definite) && w.Adjacent(index[a - 1], first) && !kMediaTriggers.Has(before)) {
        type = EntityType::kOrganisation;
        first = index[a - 1];
        size_t next = b;  // the label position of the word after the name
        auto free_after = [&] {
          return last + 1 < w.size() && w.Adjacent(last, last + 1) && (next >= labels.size() || labels[next] == kO);
        };
        // (The tagger may have made that word a name by itself: للكهرباء.)
        const bool lone_next = next < labels.size() && IsBegin(labels[next]) &&
                               (next + 1 >= labels.size() || IsBegin(labels[next + 1]) || labels[next + 1] == kO);
        if (definite && e == 1 && next < labels.size() && index[next] == last + 1 && w.Adjacent(last, last + 1) &&
            (labels[next] == kO || lone_next) && BeginsWith(w.Key(last + 1), kLil)) {
          ++last;  // للكهرباء
          ++next;
        }
        // (Not a person's title or role: "مستشفى عسير المركزي | الدكتور";
        // nor a relative pronoun: "وفيلق القدس | اللذين".)
        static const WordSet kRelative{"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي",
                                       "اللواتي"};
        auto adjective = [&](size_t k) {
          return BeginsWith(w.Key(k), kAl) && w.Key(k).size() > 8 && !IsRoleOrLabel(w.Key(k)) && !kRelative.Has(w.Key(k));
        };
        for (int k = 0; k < 2 && e == 1 && free_after() && adjective(last + 1); ++k) {
          ++last;
          ++next;
        }
        while (b < index.size() && index[b] <= last) ++b;
      }
      // "المستشار بالديوان الملكي | المشرف العام على ...": a person's title
      // or role the tagger took into an organisation's name ends it (136
      // times "الديوان الملكي المشرف" on SaudiNewsNet).
      while (type == EntityType::kOrganisation && last > first && IsRoleOrLabel(w.Key(last))) --last;
      // "خمسة ملايين ريال سعودي": a currency, alone or after a count, is a
      // name of the other kind by itself (as ANERcorp tags دولار، يورو), not
      // an organisation; ريال مدريد is.
      if (IsCurrency(w.Key(first)) &&
          (first == last || (first > 0 && (w.IsNumber(first - 1) || IsNumberWord(w.Key(first - 1)))))) {
        type = EntityType::kOther;
        last = first;
      }
      // "ولله الحمد"، "والله الهادي إلى سواء السبيل"، "لله ولرسوله": God's
      // name is the name, the words after it are the formula's (96 such
      // names of the other kind on SaudiNewsNet).
      static const WordSet kGod{"الله"};
      if (type == EntityType::kOther && last > first &&
          (LeadingClitics::Get().Has(kGod, w.Key(first)) || w.Key(first) == Lillah() ||
           LeadingClitics::Get().AfterLetter(w.Key(first)) == Lillah()))
        last = first;
      // A device or a program is a name of the other kind (as ANERcorp tags
      // products), not a person: the tagger made أندرويد one 140 times.
      static const WordSet kProducts{"أندرويد", "آندرويد", "اندرويد", "آيفون", "أيفون", "ايفون",
                                     "آيباد", "أيباد", "ايباد", "جالاكسي", "غالاكسي", "ويندوز"};
      if (first == last && LeadingClitics::Get().Has(kProducts, w.Key(first))) type = EntityType::kOther;
      // So is a planet, not a person: "كوكب بلوتو" (a person 93 times).
      static const WordSet kPlanets{"بلوتو", "المريخ", "زحل", "عطارد", "نبتون", "أورانوس", "اورانوس"};
      if (first == last && LeadingClitics::Get().Has(kPlanets, w.Key(first))) type = EntityType::kOther;
      // A virus or a disease is no organisation or person ("فيروس كورونا"،
      // "لفيروس"؛ 115 organisation mentions on SaudiNewsNet).
      static const WordSet kIllness{"فيروس", "فايروس", "مرض", "متلازمة", "وباء"};
      if (LeadingClitics::Get().Has(kIllness, w.Key(first))) type = EntityType::kOther;
      // A "city" named for what it is for is an institution, not a town:
      // "مدينة الملك عبدالعزيز للعلوم والتقنية" (KACST; a place 146 times on
      // SaudiNewsNet), "مدينة الأمير سلطان للخدمات الإنسانية".
      static const WordSet kCity{"مدينة"};
      if (type == EntityType::kPlace && last > first && LeadingClitics::Get().Has(kCity, w.Key(first))) {
        static const std::string kLil = KeyOf("لل");
        for (size_t k = first + 2; k <= last; ++k)
          if (BeginsWith(w.Key(k), kLil)) {
            type = EntityType::kOrganisation;
            break;
          }
      }
      // A person's name holds no "for the ..." word: "حسن معاذ للأهلي" is
      // حسن معاذ; after a body's or a place's word (and titles) it is the
      // name of what is named after the person, no mention of the person:
      // "مدينة الملك عبدالعزيز للعلوم والتقنية"، "مركز الملك فيصل للبحوث";
      // nor is one word left before it ("مستشفى ... التخصصي للعيون") (لله
      // is a name's own: عطا لله).
      if (type == EntityType::kPerson) {
        size_t cut = 0;
        for (size_t k = first + 1; k <= last && cut == 0; ++k)
          if (BeginsWith(w.Key(k), kLil) && w.Key(k) != Lillah()) cut = k;
        if (cut != 0) {
          size_t before = first;
          while (before > 0 && before + 3 > first && (g.Lookup(w.Key(before - 1)) & kGazPersonTitle)) --before;
          if (cut == first + 1 || (before > 0 && (g.Lookup(w.Key(before - 1)) & (kGazOrgTrigger | kGazPlaceTrigger)))) {
            a = b;
            continue;
          }
          last = cut - 1;
        }
      }
      // Nor does it end with ل and a name the article gives elsewhere, or a
      // listed place: "زيارة الأمير محمد بن سلمان لمصر"، "وقال روحاني
      // لإردوغان"، "تعادل أندري أيو لسوانسي" are the person, and the place,
      // the one spoken to or the club are names of their own (38 persons
      // so run on in SaudiNewsNet's articles; لافروف، لادن، لويس are no
      // such word).
      if (type == EntityType::kPerson && last > first && BeginsWith(w.Key(last), kLi) &&
          !BeginsWith(w.Key(last), kLil) && w.Key(last) != Lillah() && b > a + 1 && index[b - 1] == last &&
          CountCodePoints(w.Key(last)) >= 4) {
        const std::string_view rest = w.Key(last).substr(kLi.size());
        int named = TypeNamedWith(w, doc_index, doc_labels, rest);
        if (named < 0 && (g.Exact(rest) & kGazListedPlace)) named = 1;
        if (named >= 0) {
          --last;
          --b;
          doc_labels[si][b] = BeginOf(named);  // the ل word begins the next name
        }
      }
      // "الجيش الوطني والمقاومة الشعبية", "وزارة الخارجية ووزارة الدفاع":
      // و before a word for a body, or before a listed organisation, begins
      // a second organisation; "وزارة التجارة والصناعة" stays one.
      if (type == EntityType::kOrganisation) {
        // "مستشفى ومركز الدارة", "شركة ومؤسسة": a body word alone on either
        // side is one name.
        const auto bare = [&](size_t t) {
          const uint32_t flags = g.Lookup(w.Key(t));
          return (flags & kGazOrgTrigger) && !(flags & kGazWholeName);
        };
        for (size_t k = first + 1; k <= last; ++k) {
          if (!SecondBodyAt(w, k, last) || (k - 1 == first && bare(first)) || (k == last && bare(k))) continue;
          Fact part = EntityFact(w, first, k - 1, type);
          if (!part.surface.empty()) out->push_back(std::move(part));
          first = k;
        }
      }
      // A preposition with a pronoun ("قال لي"), or a word that is a name
      // only inside one ("نزع ملكية"، "لصالح"، "حسن الجوار"), names nothing
      // by itself; the tagger made لي a person 206 times on SaudiNewsNet.
      // So are words the tagger learnt as names from its own errors on
      // SaudiNewsNet (docs/facts.md, eleventh session): "مستشفى ... بسعة 100
      // سرير"، "المدينة الطبية"، "النائب الثاني"، "عز | الدين"، "وأين"، "البحر"،
      // "شبه يومية" ("almost"); twelfth session: "فإن" (a person 52 times),
      // "وظلت أسهم 9 شركات" (an organisation 40 times), a page's "اكتب رأيك"
      // (105), "عمل جميل"، "بشكل جميل" ("beautiful", a person 149 times; as a
      // name it comes with another: دوري عبداللطيف جميل، جميل السيد).
      static const WordSet kNeverAlone{"لي",    "لك",     "لنا",    "لكم",   "له",  "لها",  "لهم",
                                       "بي",    "بنا",    "عني",    "إلي",   "نزع", "لصالح", "بصالح",
                                       "بسعة",  "الطبية", "الثاني", "الثالث", "الدين", "أين", "وأين",
                                       "البحر", "شبه",    "فإن",    "وظلت",  "رأيك",
                                       "جميل",  "الدار", "الكوكب",  // "the house", "the planet"
                                       "لدي",   "لديك",  "لديه",   "لدينا"};  // "you have" (a person 28 times)
      // Nor, also after a clitic (ببطولة، ومعرض), do God's
      // attribute ("ضيوف الرحمن", a person 90 times), and a word for an
      // event or a thing with no name after it (معرض، بطولة، كأس، دورة،
      // عقار، الكرسي: of the other kind about 300 times); "كلية" alone, and
      // "الفرنسية" (the language, an adjective: an organisation 188 times).
      // Nor common words the tagger made places on SaudiNewsNet (twenty-fifth
      // session): "ولياً للعهد" (ليا, 49 times), "وماهي", "iOS 9 بيتا",
      // "أوهام", "بمركزي محمد بن نايف", "أول مدينة تستضيف", "بأم أعيننا",
      // "إبهام اليد", "حماسية بامتياز", "ماديا ومعنويا", "لتصنيف الشركات";
      // nor "many" ("حصل كثيرون منهم", a person 70 times), "charitable"
      // ("مؤسسة مسك | الخيرية", 61), God's "the Exalted" ("قال تعالى"), "the
      // computer" and, alone, "a group" and "the nations" (organisations 44,
      // 51 and 37 times).
      static const WordSet kNoNameAlone{"الرحمن", "معرض",   "بطولة",   "البطولة", "كأس",    "كاس",    "دورة",
                                        "الدورة", "عقار",   "الكرسي",  "جائزة",   "مهرجان", "المهرجان", "كلية",
                                        "الفرنسية", "ليا",  "ماهي",    "بيتا",    "أوهام",  "مركزي",  "تستضيف",
                                        "بأم",    "بام",    "إبهام",   "بامتياز", "معنويا", "تصنيف",
                                        "كثيرون", "كثيرين", "الخيرية", "تعالى", "الكومبيوتر", "الكمبيوتر",
                                        "جماعة", "الأمم", "الإسلامية", "الاقتصادية", "الجوار", "الجار",
                                        // "so-and-so", a degree, "relatives", a race, a science, "my
                                        // mother", "son", "the poet", an agent, a sheikh, "American"
                                        // (persons 16 to 25 times each)
                                        "فلان", "بكالوريوس", "ذوو", "ذوي", "ماراثون", "الكيمياء", "أمي",
                                        "ابن", "الشاعر", "وكيل", "شيخ", "أمريكي", "العهد"};
      // Nor, unless a name follows it (جزر | كايمان، بنوم | بنه), a building's
      // or a ground's word (سجن، مسجد، بلدية، استاد، ملعب، معسكر، بئر، جزر،
      // المحيط: places 600 times on SaudiNewsNet, cut from "سجن الناصرية"،
      // "بلدية الجبيل"، "المحيط الهادي" or standing for any one), nor words
      // the tagger made places in their common sense ("عيادات الكبد"،
      // "للكهرباء"، "ساعات نوم").
      static const WordSet kKindAlone{"سجن",   "السجن", "مسجد",  "دار",    "بلدية", "استاد", "إستاد",
                                      "ملعب",  "معسكر", "بئر",   "جزر",    "المحيط", "بيت",  "الكبد",
                                      "الكهرباء", "نوم"};
      static const std::string kHasan = KeyOf("حسن");
      static const WordSet kGoodThings{"الجوار", "جوار", "النية", "النوايا", "الظن", "السيرة", "السلوك", "الخلق",
                                       "التعامل", "الأداء", "التنظيم", "الاستقبال", "الضيافة", "الحظ", "التدبير"};
      // Nor does one letter: "منتخب مصر (أ)"، "الأمر الملكي رقم (أ / 13)"، "أ. عبدالمجيد";
      // nor a Latin letter's name written out, the piece of an acronym the
      // tagger took alone ("إيه.بي.سي"، "إي سي ميلان"، "فيتامين «سي»"، "سي &
      // تي": organisations 90 times on SaudiNewsNet; not إس, whose key is
      // the Spanish paper آس's); nor a site's "Next Previous" (33).
      static const WordSet kLetterNames{"بي", "تي", "سي", "دي", "جي", "جيه", "إف", "إتش", "كيه", "إل", "إم",
                                        "آر", "كيو", "يو", "دبليو", "إكس", "واي", "زد", "إيه", "previous", "next"};
      const std::string_view alone_key = first == last ? w.Key(first) : std::string_view();
      const bool one_letter =
          first == last && (w.SpanOf(first).end - w.SpanOf(first).begin == 1 ||
                            CountCodePoints(alone_key) == 1 ||  // "بـ": a letter and tatweel
                            kLetterNames.Has(alone_key));
      const bool boys = first == last && Boys(w, first);
      // "الرباط الصليبي" is the knee's cruciate ligament, not Rabat (a
      // place 56 times on SaudiNewsNet, all in injury reports); nor are
      // "(ب)اللون الأبيض" (a colour), "(ب)الحد الأقصى" (a limit) or "شبه
      // كامل" ("almost whole"; not شبه جزيرة، شبه القارة) places (63).
      static const WordSet kRabat{"الرباط"}, kColour{"اللون"}, kLimit{"الحد"}, kMost{"الأقصى", "الأدنى"},
          kAlmost{"شبه"}, kPeninsula{"جزيرة", "الجزيرة", "القارة"};
      static const std::string kCruciate = KeyOf("الصليبي");
      const bool no_place_phrase =
          (last == first + 1 && w.Key(last) == kCruciate && clitics.Has(kRabat, w.Key(first))) ||
          (first < last && clitics.Has(kColour, w.Key(first))) ||
          (last == first + 1 && clitics.Has(kLimit, w.Key(first)) && kMost.Has(w.Key(last))) ||
          (first < last && kAlmost.Has(w.Key(first)) && !kPeninsula.Has(w.Key(first + 1)));
      // A feminine adjective with the article is no person by itself:
      // "العقارية"، "الرياضية"، "العالمية"، "السياحية" (the tagger's persons
      // about 80 times on SaudiNewsNet); a family's name so shaped is
      // mostly a person's by the lexicon (العطية، السولية).
      static const std::string kIyya = KeyOf("ية");
      const bool feminine_adjective = type == EntityType::kPerson && first == last &&
                                      BeginsWith(w.Key(first), kAl) && w.Key(first).ends_with(kIyya) &&
                                      w.Key(first).size() >= 12 && (NerLexicon(w.Key(first)) & 3) < 2 &&
                                      !(g.Lookup(w.Key(first)) & (kGazPlace | kGazOrg | kGazWholeName));
      // An adjective of relation with the article, right after an untagged
      // word with the article that it qualifies, is no name by itself:
      // "الرئيس | الكيني"، "العمل | العربي المشترك"، "الحكم | الدولي"،
      // "الساحل | الكيني" (NerAdjective: its feminine is common). A family's
      // name so shaped after a person's title stays where the article names
      // the person in full ("الدكتور التركي" after "عبدالله التركي").
      bool relation_adjective = false;
      if (first == last && a > 0 && index[a - 1] + 1 == first && labels[a - 1] == kO &&
          w.Adjacent(first - 1, first) && Definite(w.Key(first - 1))) {
        const std::string bare = WithArticle(w.Key(first));
        relation_adjective = !bare.empty() && NerAdjective(bare) &&
                             !((g.Lookup(w.Key(first - 1)) & kGazPersonTitle) &&
                               PersonEndsWith(w, doc_index, doc_labels, bare));
      }
      // "القاعدة الجوية"، "القاعدة العسكرية"، "القاعدة التركية": a base, not
      // Al-Qaeda (51 mentions of the organisation on SaudiNewsNet, in the
      // stories of Al-Anad and Incirlik air bases).
      static const WordSet kTheBase{"القاعدة"};
      static const WordSet kBases{"الجوية",   "العسكرية", "البحرية",  "الاستراتيجية", "الأمريكية",
                                  "الأميركية", "التركية", "الروسية", "الفرنسية",    "البريطانية"};
      const bool base = first == last && clitics.Has(kTheBase, w.Key(first)) && last + 1 < w.size() &&
                        w.Adjacent(last, last + 1) && kBases.Has(w.Key(last + 1));
      // "Our country", "his country" ("بلادنا"، "بلادنا العربية"، "لبلاده") point
      // back to a country and name none (a place 194 times on SaudiNewsNet).
      static const WordSet kCountryOf{"بلادنا", "بلادي", "بلاده", "بلادها", "بلادهم", "بلادكم"};
      const bool country_of = clitics.Has(kCountryOf, w.Key(first));
      // "ماديا" ("materially": a place 186 times) unless a name follows
      // (ماديا براديش).
      static const std::string kMaterially = KeyOf("ماديا");
      const bool name_after = b < labels.size() && index[b] == last + 1 && labels[b] != kO;
      if ((first == last && (kNeverAlone.Has(w.Key(first)) || clitics.Has(kNoNameAlone, w.Key(first)) ||
                             (!(name_after && w.Adjacent(last, last + 1)) &&
                              clitics.HasOrLil(kKindAlone, w.Key(first))) ||
                             (w.Key(first) == kMaterially && !name_after))) ||
          one_letter || boys || no_place_phrase || feminine_adjective || relation_adjective || country_of || base ||
          (type == EntityType::kPerson && last == first + 1 && w.Key(first) == kHasan &&
           kGoodThings.Has(w.Key(last)))) {
        a = b;
        continue;
      }
      // "رئيس الحكومة | حيدر العبادي"، "مدير المرصد | رامي عبد الرحمن": a
      // body's word with the article, which points back to a body and names
      // none, run by the tagger into the name of a person after it (a
      // personal name by the gazetteer, or mostly a person's by the
      // lexicon) is the person.
      static const WordSet kPointingBodies{"الحكومة", "البرلمان", "المرصد", "المنتخب", "الفريق", "النادي",
                                           "الاتحاد", "الوزارة", "الهيئة", "المجلس", "الجامعة", "الشركة",
                                           "اللجنة", "الجمعية", "المركز", "المنظمة", "الحزب", "الحركة"};
      // The tagger may also end the body at the first name and tag the rest
      // as a person ("المرصد رامي" + "عبد الرحمن"): one person.
      const bool person_after = b < labels.size() && IsBegin(labels[b]) && EntityOf(labels[b]) == 0 &&
                                index[b] == last + 1 && w.Adjacent(last, last + 1);
      if (type == EntityType::kOrganisation && first < last && (first + 2 <= last || person_after) &&
          (DefiniteBodyWord(w.Key(first)) || kPointingBodies.Has(w.Key(first))) &&
          !BeginsWith(w.Key(first + 1), kAl) &&
          ((g.Lookup(w.Key(first + 1)) & kGazPerson) || (NerLexicon(w.Key(first + 1)) & 3) == 3) &&
          !(g.Lookup(w.Key(first + 1)) & (kGazOrg | kGazPlace))) {
        ++first;
        type = EntityType::kPerson;
        if (first == last && person_after) {
          b = EntityEnd(labels, b);
          last = index[b - 1];
        }
      }
      // A trigger word alone (وكالة، قوات، مدينة) names nothing; nor does a
      // body's word with the article (الجامعة، المجلس، البنك، الجيش، اللجنة,
      // as الحكومة and الشرطة): it points back to a body named before, and
      // linked across a run it would be one body of all the universities
      // (543 mentions on SaudiNewsNet). Not a place's word with it:
      // المدينة and الخليج are names.
      const uint32_t alone = first == last ? g.Lookup(w.Key(first)) : 0;
      if (first == last && (((alone & (kGazOrgTrigger | kGazPlaceTrigger | kGazPersonTitle)) &&
                             !(alone & kGazWholeName)) ||
                            DefiniteBodyWord(w.Key(first)))) {
        a = b;
        continue;
      }
      // Nor do directions alone, nor "(عضو) هيئة التدريس" (a faculty's
      // members, an organisation 121 times: every university's one).
      static const std::string kBody = KeyOf("هيئة"), kTeaching = KeyOf("التدريس");
      if (OnlyDirections(w, first, last) || (last == first + 1 && w.Key(first) == kBody && w.Key(last) == kTeaching)) {
        a = b;
        continue;
      }
      // "المغرب العربي" tagged whole as an organisation: a region.
      if (last > first && last - first < 3) {
        std::string rest;
        for (size_t k = first + 1; k <= last; ++k) rest.append(" ").append(w.Key(k));
        const std::string_view head = w.Key(first), bare = LeadingClitics::Get().AfterLetter(head);
        if (g.IsRegion(std::string(head) + rest) || (!bare.empty() && g.IsRegion(std::string(bare) + rest)))
          type = EntityType::kPlace;
      }
      Fact f = EntityFact(w, first, last, type);
      // "ريف دير الزور", "نهر الفرات": the place inside is named too.
      size_t inner_first = first;
      while (inner_first < last && (g.Lookup(w.Key(inner_first)) & kGazPlaceTrigger)) ++inner_first;
      if (state_first) inner_first = first + 1;  // "مصر العربية" in "جمهورية مصر العربية"
      if (named_after) inner_first = first;       // "مطار الملك خالد" holds no place "الملك خالد"
      // "ريف دير" + "الزور": the tagger stopped inside a known name, also
      // one of several words after a clitic ("لهيئة الأمر" + "بالمعروف
      // والنهي عن المنكر").
      constexpr size_t kMoreWords = 5;
      const std::string_view inner_key = w.Key(inner_first);
      const std::string_view inner_bare = LeadingClitics::Get().AfterLetter(inner_key);
      // The words after the first up to kMoreWords past the name, once;
      // cut[ext]: where those up to `last + ext` end.
      std::string tail, candidate;
      size_t cut[kMoreWords + 1] = {};
      for (size_t k = inner_first + 1; k < w.size() && k <= last + kMoreWords; ++k) {
        tail.push_back(' ');
        tail.append(w.Key(k));
        if (k > last) cut[k - last] = tail.size();
      }
      bool extended = false;
      for (size_t ext = kMoreWords; ext >= 1 && !extended; --ext) {
        if (last + ext >= w.size()) continue;
        bool adjacent = true;
        for (size_t k = last; k < last + ext; ++k) adjacent = adjacent && w.Adjacent(k, k + 1);
        if (!adjacent) continue;
        for (std::string_view head : {inner_key, inner_bare}) {
          if (head.empty()) continue;
          candidate.assign(head);
          candidate.append(tail, 0, cut[ext]);
          if (!g.IsName(candidate)) continue;
          if (g.IsMedium(candidate)) type = EntityType::kOrganisation;  // "«نيويورك | تايمز»"
          if (g.IsRegion(candidate)) type = EntityType::kPlace;  // "الجزيرة | العربية"
          last += ext;
          while (b < index.size() && index[b] <= last) ++b;
          f = EntityFact(w, first, last, type);
          extended = true;
          break;
        }
      }
      if (!f.surface.empty()) out->push_back(std::move(f));
      if (type == EntityType::kPlace && inner_first > first) {
        // Without the facility's own adjective: "مطار عدن الدولي" names the
        // city عدن, not "عدن الدولي".
        static const WordSet kFacilityAdjectives{"الدولي", "الدولية", "المركزي", "المركزية", "العام",
                                                 "الجامعي", "التخصصي", "الإقليمي", "الرئيسي"};
        size_t inner_last = last;
        while (inner_last > inner_first && kFacilityAdjectives.Has(w.Key(inner_last))) --inner_last;
        // Only a known place: "مطار حمد الدولي" is named after no place حمد.
        if (inner_last != last && !(inner_last == inner_first && (g.Lookup(w.Key(inner_first)) & kGazPlace)))
          inner_last = last;
        out->push_back(EntityFact(w, inner_first, inner_last, EntityType::kPlace));
      }
      // "وكالة الأنباء السورية (سانا)": a name in parentheses right after an
      // organisation's is another name of the same entity. After a person
      // or a place it qualifies the name instead: "(الهلال)", "(رحمه الله)",
      // "(وسط اليمن)"; so does a figure: "(حوالي 17 مليون يورو)", a rank
      // ("(السابعة)"، "(المرحلة الثانية)"، "(أ)"), and a blessing after
      // what is named after someone: "كأس الأمير فيصل بن فهد (رحمه الله)".
      const EntityType named = out->empty() ? EntityType::kOther : out->back().type;
      if (last + 1 < w.size() && named != EntityType::kPerson && named != EntityType::kPlace) {
        auto gap = w.Gap(last, last + 1);
        size_t close = last + 1;
        while (close + 1 < w.size() && close < last + 4 && w.Adjacent(close, close + 1)) ++close;
        uint32_t after = w.SpanOf(close).end;
        // Not after the sentence's end: "وزارة الداخلية. (الوئام)" is the
        // outlet signing.
        const bool right_after = gap.find(U'(') != std::u32string_view::npos &&
                                 std::none_of(gap.begin(), gap.end(), EndsSentence);
        if (right_after && after < w.u32.size() && w.u32[after] == U')' &&
            !out->empty() && !AnyNumber(w, last + 1, close) && !AnyDayWord(w, last + 1, close) &&
            !OnlyRankWords(w, last + 1, close) && !CommonWordsOnly(w, last + 1, close) &&
            !OpensBlessing(w, last + 1) && !OpensFormula(w, last + 1)) {
          Fact alias = EntityFact(w, last + 1, close, out->back().type);
          alias.variants = {out->back().surface};
          out->back().variants.push_back(alias.surface);
          // The tagger may have tagged it too: skip its own chunk then.
          size_t skip_to = b;
          while (skip_to < index.size() && index[skip_to] <= close) ++skip_to;
          out->push_back(std::move(alias));
          a = skip_to;
          continue;
        }
      }
      a = b;
    }
  }
  QuotedPersons(w, out);
  ClubNames(w, out);
  QuotedOutlets(w, out);
  OutletsAfterMediumWord(w, out);
  GazetteerNames(w, out);
  PlacesAfterTheirWord(w, out);
  BodiesOfPlaces(w, out);
  PersonsAfterTitles(w, out);
  PersonsEndingOrganisations(w, out);
  NamesWithGodsName(w, out);
  MonthsAlone(out);
  LettersAlone(out);
  FinancialNotMali(w, out);
  SceneNotMashhad(w, out);
  std::stable_sort(out->begin(), out->end(), [](const Fact& x, const Fact& y) { return x.span.begin < y.span.begin; });
}

}  // namespace sada::internal
