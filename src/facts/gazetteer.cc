#include "facts/gazetteer.h"

#include "facts/words.h"
#include "sada/text.h"
#include "text/names.h"
#include "util/hash.h"

extern "C" {
extern const char sada_subdivisions_begin[];
extern const char sada_subdivisions_end[];
}

namespace sada::internal {
namespace {

// Written here for sada.
constexpr const char* kOrgs[] = {
    "داعش", "حزب الله", "سانا", "قسد", "الأمم المتحدة", "مجلس الأمن", "الجامعة العربية",
    "حلف الناتو", "الناتو", "الاتحاد الأوروبي", "الحرس الثوري", "الجيش السوري الحر",
    "جبهة النصرة", "هيئة تحرير الشام", "القاعدة", "طالبان", "حماس", "فتح", "الحوثيين",
    "الحوثي", "رويترز", "فرانس برس", "واس", "الأناضول", "الجزيرة", "العربية",
    "الميادين", "سي إن إن", "بي بي سي", "أرامكو", "سابك", "أوبك", "مجلس التعاون",
    "التحالف الدولي", "المرصد السوري لحقوق الإنسان", "الصليب الأحمر", "اليونيسف",
    "منظمة الصحة العالمية", "صندوق النقد الدولي", "البنك الدولي", "الحشد الشعبي",
    "وحدات حماية الشعب", "البنتاغون", "الكرملين", "البيت الأبيض", "الكونغرس",
};
// Names of several words the tagger often cuts short ("لهيئة الأمر"،
// "ديلي"), for completing the name it began; their words are given no flag,
// as the tagger was trained without them.
constexpr const char* kNamesToComplete[] = {
    "هيئة الأمر بالمعروف والنهي عن المنكر", "ديلي ميل", "ديلي تلغراف", "ديلي ستار", "ديلي بيست",
    // named after kings, most often cut after the king's name
    "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مدينة الملك عبدالعزيز للعلوم والتقنية",
    "مدينة الملك عبد العزيز للعلوم والتقنية", "مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع",
    "مؤسسة الملك عبد العزيز ورجاله للموهبة والإبداع",
};
// Regions of several words whose first word alone is another name (the
// channel and the club الجزيرة; المغرب, Morocco): completed as above, and a
// place. "الجزيرة العربية" (the Arabian Peninsula) had been the channel
// الجزيرة with the label "العربية".
constexpr const char* kRegions[] = {
    "الجزيرة العربية", "المغرب العربي", "المشرق العربي", "الهلال الخصيب",
};
// Newspapers named after a city, which the tagger takes for the city
// ("«نيويورك | تايمز»": 124 such mentions of تايمز and 120 of بوست stood
// untagged after a place on SaudiNewsNet); completed as above, and an
// organisation.
constexpr const char* kCityMedia[] = {
    "نيويورك تايمز", "نيويورك بوست", "واشنطن بوست", "واشنطن تايمز", "لوس أنجلوس تايمز", "لوس انجلوس تايمز",
    "جيروزاليم بوست", "تايمز أوف إسرائيل", "فاينانشيال تايمز", "فايننشال تايمز", "فاينانشال تايمز",
    "هافينغتون بوست", "هافنغتون بوست", "وول ستريت جورنال", "غلوبال تايمز", "جلوبال تايمز", "ساوث تشاينا مورنينغ بوست",
};
constexpr const char* kPersonTitles[] = {
    "الرئيس", "رئيس", "الملك", "ملك", "الأمير", "أمير", "الشيخ", "السيد", "السيدة",
    "الوزير", "وزير", "وزيرة", "اللواء", "العميد", "العقيد", "الجنرال", "الفريق",
    "المشير", "الدكتور", "د", "المتحدث", "الناطق", "نائب", "السفير", "القائد",
    "قائد", "المستشار", "الإمام", "المفتي", "الأستاذ", "المهندس", "الرائد", "النقيب",
    "ولي", "خادم", "سمو", "معالي", "فخامة", "الشهيد", "المواطن", "المواطنة", "الحاج",
    "النائب", "المدير", "مدير", "الأمين", "أمين", "محافظ", "المحافظ", "الداعية",
    "المدرب", "اللاعب", "الفنان", "الكاتب", "الصحفي", "المراسل", "السيناتور", "حاكم",
};
constexpr const char* kPlaceTriggers[] = {
    "مدينة", "ريف", "نهر", "محافظة", "منطقة", "بلدة", "قرية", "حي", "مطار", "ميناء",
    "جزيرة", "ولاية", "إقليم", "عاصمة", "العاصمة", "دولة", "شمال", "جنوب", "شرق",
    "غرب", "وسط", "إمارة", "مقاطعة", "مخيم", "معبر", "جبل", "وادي", "بحر", "خليج", "مضيق", "قضاء", "ناحية",
    "مديرية", "شارع", "ساحة", "مدينتي", "بلدتي", "حدود",
};
constexpr const char* kOrgTriggers[] = {
    "وكالة", "تنظيم", "قوات", "حزب", "جبهة", "شركة", "وزارة", "جامعة", "مجلس",
    "منظمة", "هيئة", "جمعية", "نادي", "جيش", "حركة", "مؤسسة", "بنك", "مصرف",
    "صحيفة", "قناة", "المرصد", "لجنة", "اتحاد", "مركز", "القيادة", "مكتب", "محكمة",
    "برلمان", "البرلمان", "الحكومة", "حكومة", "إدارة", "الشرطة", "كتائب", "ميليشيا",
    "ميليشيات", "فصائل", "فصيل", "ألوية", "لواء", "تحالف", "التحالف", "غرفة", "صندوق",
    "مستشفى", "معهد", "أكاديمية", "الاتحاد", "المنتخب", "فريق",
};

}  // namespace

const std::vector<const char*>& PersonTitles() {
  static const std::vector<const char*> titles(std::begin(kPersonTitles), std::end(kPersonTitles));
  return titles;
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer();
  return *g;
}

Gazetteer::Gazetteer() {
  for (size_t i = 0; i < kNumExtraPlaceNames; ++i) Add(kExtraPlaceNames[i], kGazPlace, kGazPlaceStart, true);
  for (const std::string& n : IcuArabicPlaceNames()) Add(n, kGazPlace, kGazPlaceStart, true);
  for (const char* n : kPlaceTriggers) Add(n, kGazPlaceTrigger, 0);
  // CLDR's subdivisions ("محافظة دير الزور"), with and without the word
  // that says what kind of place they are.
  std::string_view subs(sada_subdivisions_begin, static_cast<size_t>(sada_subdivisions_end - sada_subdivisions_begin));
  while (!subs.empty()) {
    size_t nl = subs.find('\n');
    std::string_view line = subs.substr(0, nl);
    subs.remove_prefix(nl == std::string_view::npos ? subs.size() : nl + 1);
    if (line.empty()) continue;
    Add(line, kGazPlace, kGazPlaceStart);
    size_t sp = line.find(' ');
    if (sp != std::string_view::npos && (Exact(KeyOf(line.substr(0, sp))) & kGazPlaceTrigger)) {
      Add(line.substr(sp + 1), kGazPlace, kGazPlaceStart);
    }
  }
  for (size_t i = 0; i < kNumExtraPersonNames; ++i) Add(kExtraPersonNames[i], kGazPerson, 0);
  for (const char* n : kOrgs) Add(n, kGazOrg, kGazOrgStart);
  for (const char* n : kNamesToComplete) AddName(n);
  // Names completed as above that are also set apart: media, regions.
  auto add_kind = [&](const auto& names, std::unordered_set<std::string, StringHash, StringEq>* kind) {
    for (const char* n : names) {
      TokenizedText tt;
      Tokenize(n, &tt);
      AddName(tt);
      kind->insert(JoinedKeys(tt));
    }
  };
  add_kind(kCityMedia, &media_);
  add_kind(kRegions, &regions_);
  for (const char* n : kPersonTitles) Add(n, kGazPersonTitle, 0);
  for (const char* n : kOrgTriggers) Add(n, kGazOrgTrigger, 0);
  for (const auto& [key, flags] : flags_) by_hash_.Insert(KeyHash(key), flags);
}

bool Gazetteer::IsName(std::string_view keys) const {
  size_t bit = static_cast<size_t>(KeyHash(keys) >> (64 - kNameBits));
  if (((name_bits_[bit / 64] >> (bit % 64)) & 1) == 0) return false;
  return names_.find(keys) != names_.end();
}

void Gazetteer::AddName(std::string_view name) {
  TokenizedText tt;
  Tokenize(name, &tt);
  AddName(tt);
}

std::string Gazetteer::JoinedKeys(const TokenizedText& tt) {
  std::string joined;
  for (size_t i = 0; i < tt.tokens.size(); ++i) {
    if (i) joined.push_back(' ');
    joined.append(tt.Key(tt.tokens[i]));
  }
  return joined;
}

void Gazetteer::AddName(const TokenizedText& tt) {
  if (tt.tokens.size() < 2) return;
  std::string joined = JoinedKeys(tt);
  size_t bit = static_cast<size_t>(KeyHash(joined) >> (64 - kNameBits));
  name_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  names_.insert(joined);
}

void Gazetteer::Add(std::string_view name, uint32_t word_flag, uint32_t start_flag, bool listed) {
  TokenizedText tt;
  Tokenize(name, &tt);
  if (word_flag & (kGazPlace | kGazPerson | kGazOrg)) AddName(tt);
  for (size_t i = 0; i < tt.tokens.size(); ++i) {
    std::string key(tt.Key(tt.tokens[i]));
    // Words of several-word names that are ordinary words (الأمم، العربية)
    // still get the flag: the tagger weighs it with everything else.
    flags_[key] |= word_flag | (i == 0 ? start_flag : 0);
    bool is_name = (word_flag & (kGazPlace | kGazPerson | kGazOrg)) != 0;
    if (is_name && tt.tokens.size() == 1)
      flags_[key] |= kGazWholeName | (listed ? static_cast<uint32_t>(kGazListedPlace) : 0u) |
                     ((word_flag & kGazOrg) ? static_cast<uint32_t>(kGazWholeOrg) : 0u);
  }
}

uint32_t Gazetteer::Exact(std::string_view key) const {
  if (by_hash_.size() == flags_.size()) {
    const uint32_t* f = by_hash_.Find(KeyHash(key));
    return f ? *f : 0;
  }
  auto it = flags_.find(key);  // while the lists are being made
  return it == flags_.end() ? 0 : it->second;
}

const LeadingClitics& LeadingClitics::Get() {
  static const LeadingClitics c{{KeyOf("و"), KeyOf("ف"), KeyOf("ب"), KeyOf("ل"), KeyOf("ك")}, KeyOf("لل"), KeyOf("ال")};
  return c;
}

uint32_t Gazetteer::Lookup(std::string_view key) const {
  uint32_t f = Exact(key);
  if (f != 0 || key.size() < 8) return f;
  const LeadingClitics& c = LeadingClitics::Get();
  if (std::string al = c.LilAsAl(key); !al.empty() && (f = Exact(al)) != 0) return f;
  std::string_view rest = c.AfterLetter(key);
  return rest.empty() ? 0 : Exact(rest);
}

}  // namespace sada::internal
