// Light stemmer for matching.
//
// Arabic: a clitic-aware light stemmer in the family of Larkey, Ballesteros &
// Connell's Light10 (SIGIR 2002): one article-type prefix (وبال فبال وكال فكال
// وال فال بال كال ولل فلل ال لل) or one conjunction/preposition cluster (وب ول وك فب فل فك و ف ب ك ل),
// then Light10's suffixes (ها ان ات ون ين يه ه ي) once each, never leaving a
// stem shorter than three letters. Unlike Light10 and Snowball it will not cut
// into a known name: a clitic is kept when the word starts with a protected
// name (بغداد، فلسطينية، بيروت), and a suffix is kept when removing it would cut
// into one. Protected names come from ICU's Arabic country and city names and
// a short list of names below (docs/text.md measures the effect).
//
// Other languages: Snowball (libstemmer) when it has the language.
// Results are cached per thread, since words follow Zipf's law.
#include <libstemmer.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <xxhash.h>

#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "sada/text.h"
#include "text/utf8.h"

namespace sada {
namespace {

// Place and person names often written with a leading letter that is also a
// clitic (و ف ب ك ل) or ending in letters that are also suffixes, and not in
// ICU's lists. Written here for sada; extend as measurements show the need.
constexpr const char* kExtraNames[] = {
    // places
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
    // people (given names and family names)
    "وليد", "وائل", "وسام", "وفاء", "وجدي", "وحيد", "وديع", "وضاح", "فيصل", "فهد",
    "فاطمة", "فراس", "فؤاد", "فادي", "فارس", "فريد", "فيروز", "فالح", "فلاح",
    "بسام", "بشار", "بشير", "بكر", "بلال", "بدر", "بندر", "كمال", "كريم", "كامل",
    "كاظم", "كلثوم", "لؤي", "ليلى", "لينا", "لطيفة", "لبنى", "لقمان", "سليمان",
    "عثمان", "عدنان", "رمضان", "سلمان", "حمدان", "عمران", "مروان", "زيدان",
    "سفيان", "شعبان", "رضوان", "عرفات", "بركات", "سليماني", "الله", "اللهم",
    "بوتين", "بايدن", "ترامب", "أوباما", "كيري", "لافروف", "كاميرون", "ماكرون",
    "ميركل", "بان كي مون", "بوش", "كلينتون",
};

constexpr int kMinStem = 3;  // letters

// Arabic letters in a match key are all two bytes long in UTF-8 (U+0600–U+07FF).
bool AllArabicLetters(std::string_view key) {
  if (key.empty() || key.size() % 2 != 0) return false;
  for (size_t i = 0; i < key.size(); i += 2) {
    unsigned char b0 = key[i], b1 = key[i + 1];
    if (b0 != 0xD8 && b0 != 0xD9) return false;
    char32_t cp = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
    if (cp < 0x0621 || cp > 0x064A) return false;
  }
  return true;
}

class Protected {
 public:
  static const Protected& Get() {
    static const Protected* p = new Protected();
    return *p;
  }
  // Length in letters of the longest protected name that begins `s` (0: none).
  int PrefixLen(std::string_view s) const {
    int letters = static_cast<int>(s.size() / 2);
    for (int n = std::min(letters, max_letters_); n >= kMinStem; --n) {
      if (hashes_.count(XXH3_64bits(s.data(), n * 2))) return n;
    }
    return 0;
  }

 private:
  Protected() {
    for (const char* n : kExtraNames) AddName(n);
    icu::Locale ar("ar");
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
      icu::UnicodeString s;
      icu::Locale("", *c).getDisplayCountry(ar, s);
      std::string u;
      AddName(s.toUTF8String(u));
    }
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> tzn(icu::TimeZoneNames::createInstance(ar, st));
    std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createEnumeration(st));
    if (U_SUCCESS(st) && tzn && ids) {
      const icu::UnicodeString* id;
      while ((id = ids->snext(st)) != nullptr && U_SUCCESS(st)) {
        icu::UnicodeString loc;
        tzn->getExemplarLocationName(*id, loc);
        if (loc.isBogus() || loc.isEmpty()) continue;
        std::string u;
        AddName(loc.toUTF8String(u));
      }
    }
  }
  // Adds a one-word name with and without the article. Words of longer
  // names are left out: they are ordinary words (الأراضي الفلسطينية).
  void AddName(const std::string& name) {
    std::string w = Normalize(name, Form::kMatchKey);
    if (w.find(' ') != std::string::npos) return;
    AddWord(w);
    if (w.size() >= 4 && w.compare(0, 4, "ال") == 0) AddWord(std::string_view(w).substr(4));
  }
  void AddWord(std::string_view w) {
    if (!AllArabicLetters(w) || static_cast<int>(w.size() / 2) < kMinStem) return;
    hashes_.insert(XXH3_64bits(w.data(), w.size()));
    max_letters_ = std::max(max_letters_, static_cast<int>(w.size() / 2));
  }

  std::unordered_set<uint64_t> hashes_;
  int max_letters_ = 0;
};

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && std::memcmp(s.data(), p.data(), p.size()) == 0;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() &&
         std::memcmp(s.data() + s.size() - p.size(), p.data(), p.size()) == 0;
}

std::string ArabicStem(std::string_view w) {
  const Protected& prot = Protected::Get();
  auto letters = [](std::string_view s) { return static_cast<int>(s.size() / 2); };
  static constexpr std::string_view kArticle[] = {"وبال", "فبال", "وكال", "فكال", "وال", "فال",
                                                  "بال",  "كال",  "ولل",  "فلل",  "ال",  "لل"};
  static constexpr std::string_view kClitic[] = {"وب", "ول", "وك", "فب", "فل",
                                                 "فك", "و",  "ف",  "ب",  "ك", "ل"};
  static constexpr std::string_view kSuffix[] = {"ها", "ان", "ات", "ون",
                                                 "ين", "يه", "ه",  "ي"};
  std::string_view s = w;
  if (prot.PrefixLen(s) == letters(s) && letters(s) > 0 && !StartsWith(s, "ال")) {
    return std::string(s);  // the word is a name
  }
  bool stripped = false;
  for (auto p : kArticle) {
    if (StartsWith(s, p) && letters(s) - letters(p) >= kMinStem) {
      s.remove_prefix(p.size());
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    for (auto p : kClitic) {
      if (!StartsWith(s, p) || letters(s) - letters(p) < kMinStem) continue;
      // Keep the clitic if the word, or what follows any letter of the
      // clitic, starts with a protected name.
      bool cuts_name = false;
      for (size_t k = 0; k < p.size(); k += 2) {
        if (prot.PrefixLen(s.substr(k)) > 0) cuts_name = true;
      }
      if (cuts_name) continue;
      s.remove_prefix(p.size());
      break;
    }
  }
  int name_len = prot.PrefixLen(s);
  for (auto suf : kSuffix) {
    if (EndsWith(s, suf) && letters(s) - letters(suf) >= std::max(kMinStem, name_len)) {
      s.remove_suffix(suf.size());
    }
  }
  return std::string(s);
}

struct SnowballDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

std::string SnowballStem(std::string_view key, std::string_view language) {
  thread_local std::unordered_map<std::string, std::unique_ptr<sb_stemmer, SnowballDeleter>>
      stemmers;
  std::string lang(language);
  auto it = stemmers.find(lang);
  if (it == stemmers.end()) {
    it = stemmers.emplace(lang, std::unique_ptr<sb_stemmer, SnowballDeleter>(
                                    sb_stemmer_new(lang.c_str(), "UTF_8")))
             .first;
  }
  if (!it->second) return std::string(key);
  const sb_symbol* r = sb_stemmer_stem(
      it->second.get(), reinterpret_cast<const sb_symbol*>(key.data()),
      static_cast<int>(key.size()));
  if (r == nullptr) return std::string(key);
  return std::string(reinterpret_cast<const char*>(r),
                     static_cast<size_t>(sb_stemmer_length(it->second.get())));
}

}  // namespace

std::string Stem(std::string_view key, std::string_view language) {
  if (key.empty() || key.size() > 64) return std::string(key);
  bool arabic = AllArabicLetters(key);
  if (!arabic && (static_cast<unsigned char>(key[0]) < 0x80 && (key[0] < 'a' || key[0] > 'z')))
    return std::string(key);  // numbers and symbols
  // Per-thread cache, cleared when it grows past a bound.
  thread_local std::unordered_map<std::string, std::string> cache;
  thread_local std::string cache_key;
  cache_key.assign(language.data(), language.size());
  cache_key.push_back('\0');
  cache_key.append(key.data(), key.size());
  auto it = cache.find(cache_key);
  if (it != cache.end()) return it->second;
  std::string r = arabic ? ArabicStem(key) : SnowballStem(key, language);
  if (cache.size() > (1u << 18)) cache.clear();
  cache.emplace(cache_key, r);
  return r;
}

}  // namespace sada
