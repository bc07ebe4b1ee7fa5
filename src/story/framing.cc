// Framing: the names and labels each outlet gives the persons and bodies it
// names — in one story (FramingOf, the story's "framing") and over a whole
// run (NamingAcrossArticles). A label is an adjective of relation right
// after a name ("داعش الإرهابي", "الميليشيات الحوثية") that says how the
// outlet sees it, not which one it is or where it is from; in an English
// report, a word that judges or ranks it around the name. Collective nouns
// (التحالف، الميليشيات...) are grouped into bodies by their first adjective.
// docs/stories.md ("Comparison", framing) has the rules and what they miss.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "sada/compare.h"
#include "sada/text.h"
#include "facts/extract_internal.h"
#include "story/story_internal.h"
#include "text/names.h"
#include "text/stem.h"
#include "util/hash.h"
#include "util/parallel.h"
#include "util/strings.h"

namespace sada {

namespace internal {

// The stem of a nisba's key: without ال and its ending (الإيرانية → ايران).
std::string_view NisbaStem(std::string_view key) {
  if (internal::BeginsWith(key, "ال")) key.remove_prefix(4);
  for (std::string_view end : {"يين", "يون", "يه", "ي"})
    if (key.size() > end.size() && key.ends_with(end)) return key.substr(0, key.size() - end.size());
  return key;
}

}  // namespace internal

namespace {

bool IsNisba(std::string_view key) {
  // ال + stem + ي / يه / يين / يون (الإرهابي، الوهابية، الأمريكي، اللاشرعي)
  if (key.size() < 10 || key.substr(0, 4) != "ال") return false;
  for (std::string_view end : {"يه", "يين", "يون", "ي"})
    if (key.size() >= end.size() + 8 && key.substr(key.size() - end.size()) == end) return true;
  return false;
}

// An adjective of origin (الإسباني، الأمريكية، الإيراني، العربي): of a named
// body it says where the body is from — "ريال مدريد الإسباني"، "الحرس الثوري
// الإيراني"، "الكونغرس الأمريكي" — not how an outlet sees it. The stems of
// ICU's Arabic country names (إسبانيا → اسبان، العراق → عراق، أفغانستان →
// افغان، السعودية → سعود), and of a few names of peoples and regions.
bool IsDemonym(std::string_view key) {
  static const std::unordered_set<std::string> stems = [] {
    std::unordered_set<std::string> out;
    auto add = [&](std::string_view word) {  // the word's key with and without ال, and each without an ending
      const std::string k = internal::KeyOf(word);
      const std::string_view key = k, bare = internal::BeginsWith(key, "ال") ? key.substr(4) : std::string_view();
      for (std::string_view w : {key, bare}) {
        if (w.size() < 6) continue;  // three letters at least
        out.insert(std::string(w));
        for (std::string_view end : {"ستان", "يا", "يه", "ا", "ه", "ي"})
          if (w.size() >= end.size() + 6 && w.ends_with(end)) out.insert(std::string(w.substr(0, w.size() - end.size())));
      }
    };
    auto add_words = [&](std::string_view name) {
      while (!name.empty()) {
        const size_t sp = std::min(name.find(' '), name.size());
        add(name.substr(0, sp));
        name.remove_prefix(std::min(sp + 1, name.size()));
      }
    };
    for (const std::string& name : internal::IcuArabicCountryNames()) add_words(name);
    for (const char* name : {"أمريكا", "أميركا", "بريطانيا", "إنجلترا", "إنجليز", "إنكليز", "أوروبا", "أفريقيا",
                             "كردستان", "كرد"})
      add(name);
    return out;
  }();
  return stems.count(std::string(internal::NisbaStem(key))) > 0;
}

// Words shaped like a nisba that label nothing: nouns after a name (قدم
// مجلس الشورى التعازي، تبنى داعش العملية) and adjectives of time (الحالي).
// A word written with a final ى is no nisba (التقى، الأولى، الأخرى).
bool IsLabel(std::string_view key, std::string_view written) {
  // (The second group describes a thing of which the body is named, in
  // "لقاء السد الودي"، "قاعدة العند الجوية"، "عقد الفهمي الاحترافي"،
  // "ساعة أبل الذكية": a match, a base, a contract, a product, not how
  // the outlet frames the body; the last, what kind of team, camp, club or
  // centre it is — "فريق الأهلي الكروي"، "معسكر الوحدة التحضيري"، "نادي
  // أبها الأدبي" — nouns ("رفض الكونغرس الاتفاقية"), a training's time of
  // day, a website, and the kind of a network, team or company: "تدريبات
  // الهلال الصباحية"، "موقع الأهلي الإلكتروني"، "موقع تويتر الاجتماعي"،
  // "فريق «إنسان» التطوعي"، "مؤشر الجزيرة العقاري"، "نادي الجيل الرياضي".
  // Then participles of verbs that end in ي ("التحالف العربي الساعي إلى"،
  // "مشروع «داعش» الداعي إلى") and nouns after a verb's subject ("ما أولته
  // وزارة الإسكان الأهمية").)
  static const internal::WordSet kNot{
      "التعازي",   "التهاني",    "التحية",     "العملية",    "المسؤولية",  "البنية",     "الغالبية",
      "الأغلبية",  "الخارجية",   "الداخلية",   "الحالي",     "الحالية",    "الودي",      "الودية",
      "الجوي",     "الجوية",     "البحرية",    "الأرضية",    "الاستراتيجية", "الانتخابي", "الانتخابية",
      "الاحترافي", "الاحترافية", "الإعدادي",   "الإعدادية",  "التلفزيوني", "التلفزيونية", "الذكي",
      "الذكية",    "الصحفي",     "الصحفية",    "الصحافي",    "الصحافية",   "الإعلامي",   "الإعلامية",
      "اليومي",    "اليومية",    "الأسبوعي",   "الأسبوعية",  "الشهري",     "الشهرية",    "السنوي",
      "السنوية",   "الثاني",     "الثانية",    "الأصلي",     "الأصلية",    "الرئيسي",    "الرئيسية",
      "المستقبلي", "المستقبلية", "التاريخي",   "التاريخية",  "التخلي",     "الكروي",     "الكروية",
      "التحضيري",  "التحضيرية",  "الأدبي",     "الأدبية",    "الثقافي",    "الثقافية",   "الاتفاقية",
      "الأولوية",  "القرية",     "النادي",     "الصباحي",    "الصباحية",   "المسائي",    "المسائية",
      "الإلكتروني", "الإلكترونية", "الاجتماعي", "الاجتماعية", "الإخباري",  "الإخبارية", "التطوعي",
      "التطوعية",  "العقاري",    "العقارية",   "الساعي",     "الساعية",    "الداعي",     "الداعية",
      "الرامي",    "الرامية",    "المنضوي",    "المنضوية",   "المنتهي",    "المنتهية",   "الأهمية",
      "الصلاحية",  "الرياضي",    "الرياضية"};
  return IsNisba(key) && !written.ends_with("ى") && !kNot.Has(key);
}

// Only spaces and quotation marks between two offsets.
bool Adjacent(const std::u32string& u, uint32_t a, uint32_t b) {
  if (b < a || b - a > 4) return false;
  for (uint32_t i = a; i < b && i < u.size(); ++i) {
    char32_t c = u[i];
    if (c == ' ' || c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == '\'') continue;
    return false;
  }
  return true;
}

// The labels an English report gives a name: a word that judges or ranks
// it right before it, past "the" and a word of kind ("the terrorist group
// Islamic State", "the so-called Islamic State", "Iran-backed Houthi"), or
// the noun right after it ("Islamic State militants", "the Assad regime").
// Widens [*from, *to) over them.
void EnglishLabels(const TokenizedText& tt, const std::u32string& u, Span mention, const StoryDoc& doc,
                   std::vector<std::string>* out, uint32_t* from, uint32_t* to) {
  static const internal::WordSet kBefore{
      "terrorist", "jihadist",  "extremist",   "militant", "radical",  "hardline", "rebel",     "insurgent",
      "islamist",  "fundamentalist", "separatist", "criminal", "brutal", "murderous", "notorious", "illegitimate",
      "legitimate", "moderate", "ultraconservative", "outlawed", "banned", "called", "styled", "proclaimed",
      "backed",    "led",       "linked",      "aligned",  "allied",   "sponsored", "supported"};
  static const internal::WordSet kKind{"group", "organisation", "organization", "movement", "militia", "network",
                                       "faction", "the"};
  static const internal::WordSet kAfter{"militants", "fighters", "terrorists", "jihadists", "extremists", "rebels",
                                        "insurgents", "regime", "militia", "militias", "gunmen"};
  const auto& toks = tt.tokens;
  auto at = std::lower_bound(toks.begin(), toks.end(), mention.begin,
                             [](const Token& k, uint32_t b) { return k.span.begin < b; });
  size_t i = static_cast<size_t>(at - toks.begin());
  // Back over "the" and a word of kind to the label.
  for (size_t steps = 0; i > 0 && steps < 3; ++steps) {
    const Token& k = toks[i - 1];
    if (!Adjacent(u, k.span.end, toks[i].span.begin)) break;
    const std::string_view key = tt.Key(k);
    if (kBefore.Has(key)) {
      uint32_t b = k.span.begin;
      // "so-called", "Iran-backed", "self-styled": the word before the hyphen too.
      if (i >= 2 && toks[i - 2].span.end + 1 == b && u[b - 1] == '-') b = toks[i - 2].span.begin;
      out->push_back(std::string(doc.Slice(Span{b, k.span.end})));
      *from = b;
      break;
    }
    if (!kKind.Has(key)) break;
    --i;
  }
  const auto after = std::lower_bound(toks.begin(), toks.end(), mention.end,
                                      [](const Token& k, uint32_t b) { return k.span.begin < b; });
  if (after != toks.end() && Adjacent(u, mention.end, after->span.begin) && kAfter.Has(tt.Key(*after))) {
    out->push_back(std::string(doc.Slice(after->span)));
    *to = after->span.end;
  }
}

// Collective nouns that outlets qualify with their own adjectives (التحالف
// الدولي / التحالف الأمريكي اللاشرعي): every occurrence followed by an
// adjective is a mention, tagged as an entity or not. Other names with an
// adjective (الجيش السوري / الجيش العراقي) are different entities; so is
// النظام, a system more often than a regime (المصرفي، التعليمي، الشمسي:
// one "النظام" held Iran's, Syria's and the banks').
const internal::WordSet& FramedHeads() {
  static const internal::WordSet s{"التحالف", "التنظيم", "الميليشيات", "المليشيات", "الفصائل", "الجماعات"};
  return s;
}

// The stems (NisbaStem) of the keys of these words.
std::unordered_set<std::string> NisbaStems(std::initializer_list<const char*> words) {
  std::unordered_set<std::string> out;
  for (const char* w : words) out.insert(std::string(internal::NisbaStem(internal::KeyOf(w))));
  return out;
}

// A nisba that judges the body it follows rather than naming which body it
// is (الإرهابي، الانقلابية، اللاشرعي، التكفيري), by its stem: an outlet gives
// such a label, in one article, to the body it names otherwise too
// ("الميليشيات الحوثية" ... "الميليشيات الانقلابية").
bool IsJudgement(std::string_view key) {
  static const std::unordered_set<std::string> stems =
      NisbaStems({"الإرهابي", "التكفيري", "الإجرامي", "الانقلابي", "اللاشرعي", "الظلامي", "الدموي",
                  "الطائفي", "الصفوي", "الوهابي", "العدواني", "الهمجي", "الاستعماري", "العنصري",
                  "الداعشي", "الإخواني", "الفاشي", "النازي", "الغازي", "المعتدي"});
  return stems.count(std::string(internal::NisbaStem(key))) > 0;
}

// A nisba that says whose side or creed a body is of (الشرعية، الموالية،
// الحكومية، الشيعي): a label even where the tagger took it into a name
// ("الحكومة اليمنية الشرعية"، "وكالة أنباء الأناضول الحكومية"، "حزب الله
// الشيعي"), so never read as the end of one (NamePhrases, PartsOfTheName).
// (Not الرسمي, most often the noun's before the name: "موقع موبايلي الرسمي".)
bool TakesASide(std::string_view key) {
  static const std::unordered_set<std::string> stems =
      NisbaStems({"الشرعي", "الموالي", "الحكومي", "الشيعي", "السني"});
  return stems.count(std::string(internal::NisbaStem(key))) > 0;
}

// A nisba that says how a body leans (الرسمية، الأصولية، اليسارية،
// الشعبوية، الإسلامية، المعادية): after a word of the body's kind, the one
// kind of adjective besides a judgement or a side that is a label
// (Agrees: "صحيفة «ليبراسيون» اليسارية" but "مجلة «ساينس» العلمية").
bool Leans(std::string_view key) {
  static const std::unordered_set<std::string> stems =
      NisbaStems({"الرسمي", "الأصولي", "اليساري", "اليميني", "الشعبوي", "الإسلامي", "المعادي", "الليبرالي",
                  "العلماني"});
  return stems.count(std::string(internal::NisbaStem(key))) > 0;
}

// An adjective of one country's people (الأمريكي، الإيراني، الروسي), not of
// a people of many (العربي، الكردي) or a region: said of a coalition it names
// the country that leads it, as an outlet may in the same article that
// calls it "الدولي" ("التحالف الدولي" … "للتحالف الأميركي").
bool IsCountrysPeople(std::string_view key) {
  static const std::unordered_set<std::string> many =
      NisbaStems({"العربي", "الكردي", "الكردستاني", "الأوروبي", "الأفريقي", "الإفريقي"});
  return IsDemonym(key) && many.count(std::string(internal::NisbaStem(key))) == 0;
}

// The bodies a collective noun names in a story: its mentions grouped by
// their first adjective. `apart` holds the pairs of first adjectives that
// one article gives the noun, which name two bodies ("التحالف العربي" and
// "التحالف الدولي", the coalitions in Yemen and in Syria; "التحالف الوطني"
// and "التحالف الكردستاني" in Iraq); any two never seen so apart are one
// body named two ways ("التحالف الدولي" / "التحالف الأمريكي", the seed
// articles'). Most used adjectives first, each joins the first group it
// is not kept apart from. Returns each first adjective's group, and in
// *groups_out how many there are.
std::map<std::string, size_t> CollectiveBodies(const std::map<std::string, int>& uses,
                                               const std::set<std::pair<std::string, std::string>>& apart,
                                               size_t* groups_out) {
  std::vector<std::pair<int, std::string>> order;
  for (const auto& [k, n] : uses) order.push_back({-n, k});
  std::sort(order.begin(), order.end());
  std::vector<std::vector<std::string>> groups;
  std::map<std::string, size_t> group_of;
  for (const auto& [n, k] : order) {
    size_t g = 0;
    for (; g < groups.size(); ++g)
      if (std::none_of(groups[g].begin(), groups[g].end(),
                       [&, &k = k](const std::string& m) { return apart.count({k, m}) > 0; }))
        break;
    if (g == groups.size()) groups.emplace_back();
    groups[g].push_back(k);
    group_of[k] = g;
  }
  *groups_out = groups.size();
  return group_of;
}

// After a word of the body's kind, an adjective that takes a side or leans
// is the body's label, one of where it is from the body's ("صحيفة
// «ليبراسيون» الفرنسية اليسارية"), any other says what kind it is.
bool KindsLabel(std::string_view adjective) {
  return TakesASide(adjective) || Leans(adjective) || IsDemonym(adjective);
}

// A body's adjective agrees with the word its name begins with: a feminine
// one after "تنظيم داعش"، "حزب الله" belongs to a noun before the name
// ("ماكينة تنظيم داعش الدعائية"), a masculine one after "وزارة"، "منظمة" to
// something else. After a name without such a word, a feminine adjective
// belongs to the feminine noun (…ة, …ات) right before the name ("إدارة
// النصر الراقية"، "محطة أبل الإذاعية"، "قيادات داعش الاستخباراتية"). A noun
// right before the name that says what kind of body it is, or the name's
// own first word, takes only what KindsLabel says ("وكالة الأناضول
// الرسمية"، "جماعة حزب الله الشيعية"; not "مجلة «ساينس» العلمية"). A name
// ending in a feminine adjective is feminine. `first_word`: the key of the
// name's first word.
bool Agrees(const TokenizedText& tt, const std::u32string& u, Span name, std::string_view first_word,
            std::string_view adjective) {
  static const internal::WordSet kMasculine{"تنظيم", "حزب",  "مجلس",   "نادي",  "فريق",  "اتحاد", "جيش",
                                            "برنامج", "مركز", "صندوق", "بنك",   "مصرف", "معهد",  "مستشفى",
                                            "مطار",  "مكتب", "منتخب", "مجمع",  "ائتلاف", "الحرس", "الجيش",
                                            "الاتحاد", "المجلس", "الحزب", "البنك", "المركز", "المكتب", "المنتخب"};
  // (Not قوات or ميليشيات: "قوات الجيش الوطني الموالي" agrees with the
  // army they are of.)
  static const internal::WordSet kFeminine{"منظمة", "حركة",  "جماعة", "وكالة",   "هيئة",  "جمعية",  "شركة",
                                           "جامعة", "وزارة", "مؤسسة", "جبهة",    "دولة",  "حكومة",  "رابطة",
                                           "لجنة",  "كتائب", "مجموعة", "صحيفة",  "قناة",  "إذاعة",  "محكمة",
                                           "الحكومة", "الدولة", "السلطة", "المنظمة", "الهيئة", "الجمعية", "الشركة",
                                           "الجامعة", "الوزارة"};
  // Nouns of a body's kind: an adjective after "وكالة X", "وكالة أنباء X"
  // is X's.
  static const internal::WordSet kKind{"وكالة", "صحيفة", "مجلة", "قناة",  "شركة",  "جامعة", "منظمة", "حركة",
                                       "جماعة", "هيئة",  "جمعية", "مؤسسة", "وزارة", "إذاعة", "جريدة", "شبكة",
                                       "أنباء", "الأنباء", "فرقة"};
  const auto& toks = tt.tokens;
  auto at = std::lower_bound(toks.begin(), toks.end(), name.begin,
                             [](const Token& k, uint32_t b) { return k.span.begin < b; });
  std::string_view before;  // the word right before the name
  if (at != toks.begin() && Adjacent(u, (at - 1)->span.end, name.begin)) before = tt.Key(*(at - 1));
  // Back over the kind's own adjectives ("وكالة الأنباء السورية «سانا»"),
  // and for a name in quotation marks or parentheses, set beside the body's
  // kind, over any four words ("وكالة أنباء الصين الجديدة «شينخوا»").
  uint32_t end = name.begin;
  const bool beside = name.begin > 0 && name.begin <= u.size() &&
                      [&] {
                        for (uint32_t i = name.begin; i > 0; --i) {
                          const char32_t c = u[i - 1];
                          if (c == ' ') continue;
                          return c == '"' || c == 0xAB || c == 0x201C || c == '(';
                        }
                        return false;
                      }();
  for (auto k = at; k != toks.begin() && at - k < 4; --k) {
    if (!beside && !Adjacent(u, (k - 1)->span.end, end)) break;
    const std::string_view key = tt.Key(*(k - 1));
    // "جماعة حزب الله الشيعية": the body's kind, the body's adjective — if
    // it takes a side or leans; other adjectives say what kind the body is
    // ("مجلة «ساينس» العلمية"، "قناة أبوظبي الرياضية"، "شركة توتال النفطية").
    if (kKind.Has(key) || kKind.Has(internal::BareKey(key))) return KindsLabel(adjective);
    if (!beside && !IsNisba(key)) break;
    end = (k - 1)->span.begin;
  }
  const bool feminine = adjective.ends_with("يه");
  // The kinds are feminine: "شركة توتال النفطية" says what kind, "حساب
  // وزارة الداخلية الرسمي" is the account's.
  if (kKind.Has(first_word)) return feminine && KindsLabel(adjective);
  if (kMasculine.Has(first_word)) return !feminine;
  if (kFeminine.Has(first_word)) return feminine;
  // A name of two words or more ending in a feminine adjective is feminine
  // ("الأمم المتحدة"، "الخطوط السعودية"): a masculine adjective after it is
  // the noun's before it ("مفوض الأمم المتحدة السامي"، "برنامج الأمم المتحدة
  // الإنمائي").
  static const std::string kUnited = internal::KeyOf("المتحدة");
  auto last = std::lower_bound(toks.begin(), toks.end(), name.end,
                               [](const Token& k, uint32_t e) { return k.span.end < e; });
  if (!feminine && last != toks.end() && last != at && last->span.end == name.end) {
    const std::string_view key = tt.Key(*last);
    if ((IsNisba(key) && key.ends_with("يه")) || key == kUnited) return false;
  }
  return !feminine || !(before.size() > 4 && (before.ends_with("ه") || before.ends_with("ات")));
}

// A mention framing reads: a named person or body with the labels right
// after it (an English report's: around it), or a collective noun with its
// adjectives, whose body is named once all of them are read (NameBodies).
struct Mention {
  uint32_t doc = 0;
  Span span;  // the name and its labels
  EntityType type = EntityType::kOrganisation;
  std::string entity;       // the linked name; of a collective noun, set by NameBodies
  std::string head, first;  // a collective noun's key and its first adjective's key
  std::string written;      // the name as written (a fact's surface; the noun and its adjectives)
  std::vector<std::string> epithets;  // as written, marks and tatweel dropped
  std::vector<std::string> name_ends;  // adjectives read as the end of the name (NamePhrases), as written
  bool first_names = false;  // a collective noun's first adjective is the one its body is named by
  std::string body_adjective;  // the key of the adjective a collective noun's body is named by
};

// The mentions of article `d`: its collective nouns with an adjective after
// them, and its named persons and bodies (a place's adjective says where,
// not how it is seen; a collective noun is read as such, not as a name).
void MentionsOf(const StoryDoc& doc, const TokenizedText& tt, uint32_t d, const NamePhrases& names,
                std::vector<Mention>* collectives, std::vector<Mention>* named) {
  if (!doc.facts) return;
  const auto& toks = tt.tokens;
  const std::u32string u = internal::ToU32(doc.article->text);
  std::vector<uint32_t> persons;  // where a person's name begins
  for (const Fact& f : *doc.facts)  // (not after a clitic: "الموالية لحفتر" is loyal to him)
    if (f.kind == FactKind::kEntity && f.type == EntityType::kPerson && (f.surface.empty() || f.surface == f.text))
      persons.push_back(f.span.begin);
  std::sort(persons.begin(), persons.end());
  // Framed collective nouns and their adjectives.
  for (size_t i = 0; i < toks.size(); ++i) {
    std::string_view k = tt.Key(toks[i]);
    std::string head;
    if (FramedHeads().Has(k)) {
      head = std::string(k);
    } else if (k.size() > 2 && (k[0] == '\xd9') && FramedHeads().Has(k.substr(2))) {
      head = std::string(k.substr(2));  // وال / فال / بال: one letter before the article
    } else if (k.size() > 4 && k.substr(0, 4) == "لل" && FramedHeads().Has("ال" + std::string(k.substr(4)))) {
      head = "ال" + std::string(k.substr(4));  // للتحالف
    } else {
      continue;
    }
    static const std::string kMilitias = internal::KeyOf("الميليشيات"), kMilitias2 = internal::KeyOf("المليشيات");
    if (head == kMilitias2) head = kMilitias;  // one word, two spellings
    uint32_t prev = toks[i].span.end;
    std::vector<std::string> epithets;
    // التحالف and التنظيم are masculine: a feminine adjective after them is
    // the noun's before them ("قوات التحالف العربية"، "طائرات التحالف
    // الحربية"، "عناصر التنظيم الإرهابية").
    static const std::string kCoalition = internal::KeyOf("التحالف"), kOrganisation = internal::KeyOf("التنظيم");
    const bool masculine = head == kCoalition || head == kOrganisation;
    for (size_t j = i + 1; j < toks.size() && j < i + 3; ++j) {
      if (!Adjacent(u, prev, toks[j].span.begin) || !IsLabel(tt.Key(toks[j]), doc.Slice(toks[j].span))) break;
      if (masculine && tt.Key(toks[j]).ends_with("يه")) break;
      epithets.push_back(internal::PlainText(doc.Slice(toks[j].span)));
      prev = toks[j].span.end;
    }
    if (epithets.empty()) continue;
    Mention m;
    m.doc = d;
    m.span = Span{toks[i].span.begin, prev};
    // As written, without a clitic (للتحالف → التحالف, والميليشيات →
    // الميليشيات) or the quotation marks between the words.
    std::string noun = internal::PlainText(doc.Slice(toks[i].span));
    if (k.size() > 4 && k.substr(0, 4) == "لل") noun = "ال" + noun.substr(std::min<size_t>(4, noun.size()));
    else if (head.size() < k.size()) noun.erase(0, std::min<size_t>(2, noun.size()));
    m.written = noun;
    for (const std::string& ep : epithets) m.written += " " + ep;
    m.head = std::move(head);
    m.first = Normalize(epithets[0], Form::kMatchKey);
    m.epithets = std::move(epithets);
    collectives->push_back(std::move(m));
  }
  for (const Fact& f : *doc.facts) {
    if (!internal::Named(f) || f.type == EntityType::kPlace) continue;
    if (internal::IsSiteText(*doc.article, f.span)) continue;  // the site's tags: "سمات الحوثيين الشرعية المقاومة"
    std::vector<std::string> epithets, name_ends;
    std::string surface = f.surface.empty() ? f.text : f.surface;
    std::string first_word = Normalize(surface.substr(0, surface.find(' ')), Form::kMatchKey);
    if (FramedHeads().Has(first_word)) continue;  // read above
    // Adjectives right after the mention (an English report's labels
    // stand around it: EnglishLabels).
    uint32_t prev = f.span.end, from = f.span.begin;
    const bool english = doc.article->language == "en";
    if (english) EnglishLabels(tt, u, f.span, doc, &epithets, &from, &prev);
    auto it = english ? toks.end()
                      : std::lower_bound(toks.begin(), toks.end(), f.span.end,
                                         [](const Token& k, uint32_t b) { return k.span.begin < b; });
    // The key of the word before the adjective: the name's last as the
    // name is written (without a clitic: "والأهلي التجاري"), then the
    // adjective's.
    const size_t space = surface.rfind(' ');
    const std::string last_word = Normalize(space == std::string::npos ? surface : surface.substr(space + 1),
                                            Form::kMatchKey);
    std::string_view before = last_word;
    for (int n = 0; n < 2 && it != toks.end(); ++n, ++it) {
      const std::string_view key = tt.Key(*it);
      if (!Adjacent(u, prev, it->span.begin) || !IsLabel(key, doc.Slice(it->span))) break;
      // A masculine word of relation right before a person's name is the
      // person's: "نادي النصر الأوروجوياني فابيان" (his country), "مدرب
      // الهلال الروماني ريجي" — not what the body before it is called ("شركة
      // نبعة التعليمية" before a name is the company's).
      if (!IsJudgement(key) && !key.ends_with("يه") && it + 1 != toks.end() &&
          Adjacent(u, it->span.end, (it + 1)->span.begin) &&
          std::binary_search(persons.begin(), persons.end(), (it + 1)->span.begin))
        break;
      const bool plural = key.ends_with("يين") || key.ends_with("يون");
      if (f.type == EntityType::kPerson) {
        // A person's label judges him, and is masculine and singular:
        // another adjective after his name is his family name (منصور
        // الوابلي، مفرح الشقيقي), his trade (عبدالله الجفري الروائي), and a
        // feminine or plural one the noun's before him ("طائرات بشار الأسد
        // الحربية"، "حملة أوباما الانتخابية").
        if (!IsJudgement(key) || key.ends_with("يه") || plural) break;
      } else if (!IsJudgement(key)) {
        // Nor does a body's name take a plural adjective that does not
        // judge: "قادة طالبان الميدانيين"، "أعضاء الكونغرس الديمقراطيين"
        // describe the members ("عناصر داعش الإرهابيين" is a label); nor one
        // of another noun (Agrees).
        if (plural || !Agrees(tt, u, f.span, first_word, key)) break;
      }
      prev = it->span.end;
      const std::string_view after = std::exchange(before, key);
      if (IsDemonym(key)) continue;  // says where the body is from; a label may follow
      // The end of a name the run's names hold whole ("داماك العقارية").
      if (!IsJudgement(key) && !TakesASide(key) && names.Joined(after, key)) {
        name_ends.push_back(internal::PlainText(doc.Slice(it->span)));
        continue;
      }
      epithets.push_back(internal::PlainText(doc.Slice(it->span)));
    }
    Mention m;
    m.doc = d;
    m.span = Span{from, std::max(f.span.end, prev)};
    m.type = f.type;
    m.entity = f.name;
    m.written = std::move(surface);
    m.epithets = std::move(epithets);
    m.name_ends = std::move(name_ends);
    named->push_back(std::move(m));
  }
}

// Names the bodies of collective nouns (CollectiveBodies): one body keeps
// the noun's name; of several, each is named with its most used first
// adjective ("التحالف العربي"). Sets each mention's entity. With
// `by_adjective` (over a run, where the noun alone would name every
// story's coalition at once), every body is named by an adjective, the
// most used of those that name rather than judge (الحوثية before
// الانقلابية), and a mention whose first adjective is that one marks it
// (first_names).
void NameBodies(std::vector<Mention>* collectives, bool by_adjective = false) {
  std::map<std::string, std::map<std::string, int>> first_uses;                 // head -> first adjective -> uses
  std::map<std::string, std::map<std::string, std::string>> first_spelt;        // head -> first adjective -> as written
  std::map<std::string, std::set<std::pair<std::string, std::string>>> apart;  // head -> adjectives kept apart
  std::map<std::pair<std::string, uint32_t>, std::set<std::string>> in_doc;     // (head, doc) -> first adjectives
  auto judges = [](const std::string& k) { return IsJudgement(k) || IsCountrysPeople(k); };
  for (const Mention& c : *collectives) {
    if (++first_uses[c.head][c.first] == 1) first_spelt[c.head][c.first] = c.epithets[0];
    // A judgement or a country's people keeps no adjective apart: an outlet
    // gives either, in one article, to the body it names otherwise too.
    if (!judges(c.first)) in_doc[{c.head, c.doc}].insert(c.first);
  }
  for (const auto& [at, firsts] : in_doc)
    for (const std::string& a : firsts)
      for (const std::string& b : firsts)
        if (a != b) apart[at.first].insert({a, b});
  std::map<std::string, std::map<std::string, std::string>> body_name;  // head -> first adjective -> name
  std::map<std::string, std::map<std::string, bool>> names_body;         // head -> first adjective -> names its body
  std::map<std::string, std::map<std::string, std::string>> adjective;   // head -> first adjective -> its body's
  for (const auto& [head, uses] : first_uses) {
    size_t bodies = 0;
    const std::map<std::string, size_t> body_of = CollectiveBodies(uses, apart[head], &bodies);
    // Per body: (whether it names, uses, first adjective); whether it names
    // counts only with by_adjective.
    std::vector<std::tuple<bool, int, std::string>> best(bodies, {false, 0, ""});
    for (const auto& [k, n] : uses) {
      const std::tuple<bool, int, std::string> it{by_adjective && !judges(k), n, k};
      auto& b = best[body_of.at(k)];
      if (std::get<0>(it) > std::get<0>(b) || (std::get<0>(it) == std::get<0>(b) && n > std::get<1>(b))) b = it;
    }
    for (const auto& [k, body] : body_of) {
      const std::string& by = std::get<2>(best[body]);
      body_name[head][k] = bodies == 1 && !by_adjective ? head : head + " " + first_spelt[head][by];
      names_body[head][k] = by_adjective && k == by;
      adjective[head][k] = by;
    }
  }
  for (Mention& c : *collectives) {
    c.entity = body_name[c.head][c.first];
    c.first_names = names_body[c.head][c.first];
    c.body_adjective = adjective[c.head][c.first];
  }
}

// A body named by the adjective of a name the articles give as a name of
// its own is that name's entity: "الميليشيات الحوثية" is الحوثيين (whose
// "ميليشيات الحوثي" the linker has already joined). Only a group named by
// its members, one word (ال + stem + يين، يون), alone with its stem, joins —
// not a body named by an adjective (العربية، الداخلية: a channel, a
// ministry) — and only an adjective that does not judge (الانقلابية names
// no one body). GroupNames picks such names out of the run's or the story's
// organisations, once.
using GroupsByStem = std::map<std::string, std::vector<std::string>>;  // a stem -> such names
GroupsByStem GroupNames(const std::set<std::string>& names) {
  GroupsByStem by_stem;
  for (const std::string& n : names) {
    if (n.find(' ') != std::string::npos) continue;
    const std::string key = internal::KeyOf(n);
    if (IsNisba(key) && (key.ends_with("يين") || key.ends_with("يون")))
      by_stem[std::string(internal::NisbaStem(key))].push_back(n);
  }
  return by_stem;
}
void JoinBodiesToNames(const GroupsByStem& by_stem, std::vector<Mention>* collectives) {
  for (Mention& c : *collectives) {
    if (c.body_adjective.empty() || IsJudgement(c.body_adjective)) continue;
    auto it = by_stem.find(std::string(internal::NisbaStem(c.body_adjective)));
    if (it == by_stem.end() || it->second.size() != 1) continue;
    c.entity = it->second[0];
    c.first_names = c.first == c.body_adjective;  // الحوثية is no label of الحوثيين
  }
}

// Words by their match key, shown in their most used spelling (الإسباني،
// الاسباني، الأسباني are one label): key -> (uses, spelling).
std::map<std::string, std::pair<int64_t, std::string>> ByKey(const std::map<std::string, int64_t>& spelt) {
  std::map<std::string, std::pair<int64_t, std::string>> out;
  std::map<std::string, int64_t> best;
  for (const auto& [w, n] : spelt) {
    const std::string k = Normalize(w, Form::kMatchKey);
    auto& [uses, shown] = out[k];
    uses += n;
    if (n > best[k]) {
      best[k] = n;
      shown = w;
    }
  }
  return out;
}

}  // namespace

namespace internal {

void FramingOf(const std::vector<StoryDoc>& docs, const StoryText& st, const NamePhrases* run_names,
               std::vector<Framing>* out) {
  std::optional<NamePhrases> own;  // without the run's: the story's names
  const NamePhrases& names = run_names != nullptr ? *run_names : own.emplace(NamePhrases::Of(docs, 1));
  std::vector<Mention> collectives, named;
  for (uint32_t d = 0; d < docs.size(); ++d)
    MentionsOf(docs[d], st.per_doc[d].at.tokens, d, names, &collectives, &named);
  NameBodies(&collectives);
  std::set<std::string> bodies;
  for (const Mention& m : named)
    if (m.type == EntityType::kOrganisation) bodies.insert(m.entity);
  JoinBodiesToNames(GroupNames(bodies), &collectives);
  struct Use {
    std::map<std::string, int64_t> names, epithets;
    std::vector<Cite> evidence;
  };
  struct Entity {
    EntityType type = EntityType::kOther;
    std::map<std::string, Use> by_outlet;
  };
  std::map<std::string, Entity> entities;
  for (const auto* list : {&named, &collectives})
    for (const Mention& m : *list) {
      Entity& e = entities[m.entity];
      e.type = m.type;
      Use& use = e.by_outlet[docs[m.doc].outlet];
      ++use.names[m.written];
      for (size_t i = m.first_names ? 1 : 0; i < m.epithets.size(); ++i) ++use.epithets[m.epithets[i]];
      use.evidence.push_back({m.doc, m.span});
    }
  auto ranked = [](const std::map<std::string, int64_t>& m) {
    std::vector<std::pair<int64_t, std::string>> v;
    for (const auto& [w, n] : m) v.push_back({-n, w});
    std::sort(v.begin(), v.end());
    std::vector<std::string> r;
    for (auto& x : v) r.push_back(x.second);
    return r;
  };
  for (auto& [name, e] : entities) {
    if (e.by_outlet.size() < 2) continue;
    std::set<std::set<std::string>> word_sets;
    bool any_epithet = false;
    Framing fr;
    fr.entity = name;
    fr.type = e.type;
    for (auto& [outlet, use] : e.by_outlet) {
      const auto by_key = ByKey(use.epithets);
      std::set<std::string> words;
      std::map<std::string, int64_t> epithets;
      for (const auto& [k, v] : by_key) {
        words.insert(k);
        epithets[v.second] = v.first;
      }
      any_epithet = any_epithet || !use.epithets.empty();
      word_sets.insert(words);
      FramingUse fu;
      fu.outlet = outlet;
      fu.names = ranked(use.names);
      fu.epithets = ranked(epithets);
      fu.evidence = use.evidence;
      if (fu.evidence.size() > 8) fu.evidence.resize(8);
      fr.uses.push_back(std::move(fu));
    }
    if (any_epithet && word_sets.size() > 1) out->push_back(std::move(fr));
  }
  // The entities most outlets label first, then those most outlets name.
  auto labelled = [](const Framing& f) {
    return std::count_if(f.uses.begin(), f.uses.end(), [](const FramingUse& u) { return !u.epithets.empty(); });
  };
  std::stable_sort(out->begin(), out->end(), [&](const Framing& a, const Framing& b) {
    const auto la = labelled(a), lb = labelled(b);
    return la != lb ? la > lb : a.uses.size() > b.uses.size();
  });
}

}  // namespace internal

namespace {
uint64_t PairHash(uint64_t first, uint64_t second) { return internal::Mix64(first + 0x9E3779B97F4A7C15ULL) ^ second; }
}  // namespace

NamePhrases NamePhrases::Of(const std::vector<StoryDoc>& docs, int threads) {
  // Per pair: the articles that tag it, and its outlets (the first, and
  // whether there is another), summed over workers in any order.
  struct Tally {
    uint32_t docs = 0;
    uint64_t outlet = 0;
    bool outlets = false;  // two or more
    void Add(const Tally& o) {
      if (docs == 0) outlet = o.outlet;
      outlets = outlets || o.outlets || (o.docs > 0 && o.outlet != outlet);
      docs += o.docs;
    }
  };
  threads = internal::ResolveThreads(threads);
  std::vector<std::unordered_map<uint64_t, Tally>> per_worker(static_cast<size_t>(threads));
  internal::ParallelForWorker(docs.size(), threads, [&](size_t d, int worker) {
    if (docs[d].facts == nullptr) return;
    thread_local std::vector<uint64_t> hashes, pairs;
    pairs.clear();
    for (const Fact& f : *docs[d].facts) {
      if (f.kind != FactKind::kEntity || f.text.find(' ') == std::string::npos) continue;
      HashTokens(f.text, &hashes, nullptr);
      for (size_t i = 1; i < hashes.size(); ++i) pairs.push_back(PairHash(hashes[i - 1], hashes[i]));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    const uint64_t outlet = internal::KeyHash(docs[d].outlet);
    auto& tally = per_worker[static_cast<size_t>(worker)];
    for (uint64_t p : pairs) tally[p].Add(Tally{1, outlet, false});
  }, 64);
  std::unordered_map<uint64_t, Tally> all = std::move(per_worker[0]);
  for (size_t w = 1; w < per_worker.size(); ++w)
    for (const auto& [p, t] : per_worker[w]) all[p].Add(t);
  NamePhrases out;
  for (const auto& [p, t] : all)
    if (t.docs >= 3 && t.outlets) out.joined_.insert(p);
  return out;
}

bool NamePhrases::Joined(std::string_view first_key, std::string_view second_key) const {
  return !first_key.empty() && !joined_.empty() && joined_.count(PairHash(HashKey(first_key), HashKey(second_key))) > 0;
}

std::string FramingKey(std::string_view word) {
  static const std::string kMilitia = internal::KeyOf("ميليشي"), kMilitia2 = internal::KeyOf("مليشي");
  std::string k = Normalize(word, Form::kMatchKey);
  for (size_t at = k.find(kMilitia2); at != std::string::npos; at = k.find(kMilitia2, at + kMilitia.size()))
    k.replace(at, kMilitia2.size(), kMilitia);
  internal::OneSpellingOfAmerica(&k);
  return k;
}

namespace {

// A name's or a label's uses over a run, and its first use (input order).
struct Uses {
  int64_t n = 0;
  uint32_t doc = UINT32_MAX;
  Span span;
  void Add(int64_t k, uint32_t d, Span s) {
    n += k;
    if (d < doc || (d == doc && s.begin < span.begin)) doc = d, span = s;
  }
};
struct OutletTally {
  int64_t mentions = 0;
  std::vector<uint32_t> docs;  // that name it (repeats removed at the end)
  std::map<std::string, Uses> names, labels;  // by spelling
  std::map<std::string, int64_t> label_sets;  // a mention's labels' keys, joined by '\t' -> mentions
  std::map<std::string, int64_t> name_ends;  // FramingKey -> mentions (Mention::name_ends)
};
struct EntityTally {
  std::map<EntityType, int64_t> types;
  std::map<std::string, OutletTally> outlets;
};
using RunTally = std::map<std::string, EntityTally>;

// A mention's labels: its adjectives, but not the one that names a
// collective noun's body (العربي of التحالف العربي).
void Count(const std::vector<StoryDoc>& docs, const std::vector<Mention>& mentions, RunTally* tally) {
  std::vector<std::string> keys;
  for (const Mention& m : mentions) {
    EntityTally& e = (*tally)[m.entity];
    ++e.types[m.type];
    OutletTally& o = e.outlets[docs[m.doc].outlet];
    ++o.mentions;
    if (o.docs.empty() || o.docs.back() != m.doc) o.docs.push_back(m.doc);
    o.names[m.written].Add(1, m.doc, m.span);
    for (const std::string& w : m.name_ends) ++o.name_ends[FramingKey(w)];
    keys.clear();
    for (size_t i = m.first_names ? 1 : 0; i < m.epithets.size(); ++i) {
      o.labels[m.epithets[i]].Add(1, m.doc, m.span);
      keys.push_back(FramingKey(m.epithets[i]));
    }
    if (keys.empty()) continue;
    std::sort(keys.begin(), keys.end());
    std::string set;
    for (const std::string& k : keys) set += (set.empty() ? "" : "\t") + k;
    ++o.label_sets[set];
  }
}

void Merge(RunTally&& from, RunTally* into) {
  for (auto& [name, e] : from) {
    EntityTally& to = (*into)[name];
    for (const auto& [type, n] : e.types) to.types[type] += n;
    for (auto& [outlet, o] : e.outlets) {
      OutletTally& t = to.outlets[outlet];
      t.mentions += o.mentions;
      t.docs.insert(t.docs.end(), o.docs.begin(), o.docs.end());
      for (const auto& [w, u] : o.names) t.names[w].Add(u.n, u.doc, u.span);
      for (const auto& [w, u] : o.labels) t.labels[w].Add(u.n, u.doc, u.span);
      for (const auto& [k, n] : o.label_sets) t.label_sets[k] += n;
      for (const auto& [k, n] : o.name_ends) t.name_ends[k] += n;
    }
  }
}

// Spellings with one key (FramingKey) as one word, shown as most used
// (ties: the first in byte order); most used words first, then in byte
// order. Words whose key is in `drop` are left out.
std::vector<WordUse> Words(const std::map<std::string, Uses>& spelt, const std::set<std::string>& drop = {}) {
  std::map<std::string, std::pair<Uses, std::pair<int64_t, std::string>>> by_key;  // key -> uses, (most, spelling)
  for (const auto& [w, u] : spelt) {
    std::string k = FramingKey(w);
    if (drop.count(k)) continue;
    auto& [all, shown] = by_key[std::move(k)];
    all.Add(u.n, u.doc, u.span);
    if (u.n > shown.first) shown = {u.n, w};
  }
  std::vector<WordUse> out;
  for (const auto& [k, v] : by_key) out.push_back({v.second.second, v.first.n, v.first.doc, v.first.span});
  std::sort(out.begin(), out.end(), [](const WordUse& a, const WordUse& b) {
    return a.uses != b.uses ? a.uses > b.uses : a.word < b.word;
  });
  return out;
}

// The words after a name in half or more of its mentions over the run, in
// two outlets or more (counting where the run's names held it: NamePhrases),
// that do not judge, take no side and name no people: the end of a
// name the tagger cut short ("منظمة برامج الطاقة" + النووية, "مؤسسة الملك
// عبدالله" + العالمية), not a label ("التحالف الأمريكي" for the coalition
// others call الدولي is one).
std::set<std::string> PartsOfTheName(const EntityTally& e) {
  int64_t mentions = 0;
  std::map<std::string, std::pair<int64_t, std::set<std::string>>> uses;  // a label's key -> uses, outlets
  for (const auto& [outlet, o] : e.outlets) {
    mentions += o.mentions;
    for (const auto& [w, u] : o.labels) {
      auto& [n, outlets] = uses[FramingKey(w)];
      n += u.n;
      outlets.insert(outlet);
    }
    for (const auto& [k, n] : o.name_ends) {  // also where the run's names held it
      auto& [all, outlets] = uses[k];
      all += n;
      outlets.insert(outlet);
    }
  }
  std::set<std::string> out;
  for (const auto& [k, v] : uses)
    if (2 * v.first >= mentions && v.second.size() >= 2 && !IsJudgement(k) && !TakesASide(k) && !IsDemonym(k))
      out.insert(k);
  return out;
}

}  // namespace

std::vector<EntityNaming> NamingAcrossArticles(const std::vector<StoryDoc>& docs,
                                               const std::vector<std::vector<uint32_t>>& stories, int threads,
                                               const NamePhrases* run_names) {
  threads = internal::ResolveThreads(threads);
  std::optional<NamePhrases> own;
  const NamePhrases& names = run_names != nullptr ? *run_names : own.emplace(NamePhrases::Of(docs, threads));
  std::vector<RunTally> per_worker(static_cast<size_t>(threads));
  std::vector<std::vector<Mention>> collectives(docs.size());
  internal::ParallelForWorker(docs.size(), threads, [&](size_t d, int worker) {
    thread_local TokenizedText tt;
    thread_local std::vector<Mention> named;
    StoryDoc doc = docs[d];
    std::optional<CodePointIndex> index;  // mentions and labels are sliced out of the text
    if (doc.index == nullptr) doc.index = &index.emplace(doc.article->text);
    Tokenize(doc.article->text, &tt);
    named.clear();
    MentionsOf(doc, tt, static_cast<uint32_t>(d), names, &collectives[d], &named);
    Count(docs, named, &per_worker[static_cast<size_t>(worker)]);
  }, 16);
  RunTally tally;
  for (RunTally& t : per_worker) Merge(std::move(t), &tally);
  per_worker.clear();
  // A collective noun's bodies as each story's framing finds them (an
  // article in no story, alone), each named by an adjective.
  std::set<std::string> organisations;  // named as such, most of the time
  for (const auto& [name, e] : tally) {
    int64_t most = 0;
    EntityType type = EntityType::kOther;
    for (const auto& [t, n] : e.types)
      if (n > most) most = n, type = t;
    if (type == EntityType::kOrganisation) organisations.insert(name);
  }
  const GroupsByStem groups = GroupNames(organisations);
  std::vector<bool> placed(docs.size(), false);
  auto bodies = [&](const std::vector<uint32_t>& members) {
    std::vector<Mention> group;
    for (uint32_t d : members) {
      if (d >= docs.size() || placed[d]) continue;
      placed[d] = true;
      std::move(collectives[d].begin(), collectives[d].end(), std::back_inserter(group));
    }
    NameBodies(&group, true);
    JoinBodiesToNames(groups, &group);
    Count(docs, group, &tally);
  };
  for (const auto& members : stories) bodies(members);
  for (uint32_t d = 0; d < docs.size(); ++d) bodies({d});
  std::vector<EntityNaming> out;
  for (auto& [name, e] : tally) {
    if (e.outlets.size() < 2) continue;
    EntityNaming en;
    en.entity = name;
    int64_t most = 0;
    for (const auto& [type, n] : e.types)
      if (n > most) most = n, en.type = type;
    const std::set<std::string> parts = PartsOfTheName(e);
    for (auto& [outlet, o] : e.outlets) {
      std::sort(o.docs.begin(), o.docs.end());
      OutletNaming on;
      on.outlet = outlet;
      on.mentions = o.mentions;
      on.articles = std::unique(o.docs.begin(), o.docs.end()) - o.docs.begin();
      for (const auto& [set, n] : o.label_sets) {  // labelled by something not part of the name
        for (size_t b = 0; b <= set.size();) {
          const size_t tab = std::min(set.find('\t', b), set.size());
          if (!parts.count(set.substr(b, tab - b))) {
            on.labelled += n;
            break;
          }
          b = tab + 1;
        }
      }
      on.names = Words(o.names);
      on.labels = Words(o.labels, parts);
      en.mentions += o.mentions;
      en.outlets.push_back(std::move(on));
    }
    std::stable_sort(en.outlets.begin(), en.outlets.end(),
                     [](const OutletNaming& a, const OutletNaming& b) { return a.mentions > b.mentions; });
    out.push_back(std::move(en));
  }
  // The most labelled first, then the most named.
  std::stable_sort(out.begin(), out.end(), [&](const EntityNaming& a, const EntityNaming& b) {
    const int64_t la = LabelledMentions(a), lb = LabelledMentions(b);
    return la != lb ? la > lb : a.mentions > b.mentions;
  });
  return out;
}

int64_t LabelledMentions(const EntityNaming& e) {
  int64_t n = 0;
  for (const OutletNaming& o : e.outlets) n += o.labelled;
  return n;
}

}  // namespace sada
