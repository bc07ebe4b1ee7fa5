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
#include <vector>

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
  // A bit filter on the first three letters answers most words at once.
  int PrefixLen(std::string_view s) const {
    int letters = static_cast<int>(s.size() / 2);
    if (letters < kMinStem || !filter_[Head3(s)]) return 0;
    for (int n = std::min(letters, max_letters_); n >= kMinStem; --n) {
      if (Contains(XXH3_64bits(s.data(), n * 2))) return n;
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
  static uint32_t Head3(std::string_view s) {
    uint64_t h = 0;
    std::memcpy(&h, s.data(), 6);  // three two-byte letters
    return static_cast<uint32_t>((h * 0x9E3779B97F4A7C15ull) >> 48);
  }
  void AddWord(std::string_view w) {
    if (!AllArabicLetters(w) || static_cast<int>(w.size() / 2) < kMinStem) return;
    filter_[Head3(w)] = true;
    Insert(XXH3_64bits(w.data(), w.size()) | 1);
    max_letters_ = std::max(max_letters_, static_cast<int>(w.size() / 2));
  }

  // Open addressing, linear probing; 0 marks an empty slot (hashes have bit 0 set).
  static constexpr size_t kTable = 1 << 13;
  void Insert(uint64_t h) {
    for (size_t i = h & (kTable - 1);; i = (i + 1) & (kTable - 1)) {
      if (table_[i] == h) return;
      if (table_[i] == 0 && count_ + 1 < kTable / 2) {
        table_[i] = h;
        ++count_;
        return;
      }
      if (table_[i] == 0) return;  // full: names beyond half the table are not protected
    }
  }
  bool Contains(uint64_t h) const {
    h |= 1;
    for (size_t i = h & (kTable - 1);; i = (i + 1) & (kTable - 1)) {
      if (table_[i] == h) return true;
      if (table_[i] == 0) return false;
    }
  }
  std::vector<uint64_t> table_ = std::vector<uint64_t>(kTable);
  size_t count_ = 0;
  std::vector<bool> filter_ = std::vector<bool>(1 << 16);
  int max_letters_ = 0;
};

// Byte-wise compares of short affixes (inlined; memcmp calls cost more here).
inline bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}
inline bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && SameBytes(s.data(), p.data(), p.size());
}
inline bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && SameBytes(s.data() + s.size() - p.size(), p.data(), p.size());
}

// Returns the stem as a substring of w (the stemmer only removes affixes).
std::string_view ArabicStem(std::string_view w) {
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
    return s;  // the word is a name
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
  return s;
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

// FNV-1a over a short key, finished with a multiply: cheaper than a call to
// XXH3 for the 10-byte keys of Arabic words. Never 0 (0 means "not cached").
inline uint64_t CacheHash(std::string_view k) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : k) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h | 1;
}

// A direct-mapped, per-thread cache of Arabic stems: one 32-byte slot per hash
// value, overwritten on collision, 512 KiB in all so that it stays in the L2
// cache (a larger table measured slower: every lookup became a memory miss).
// A slot holds the key and where its stem lies inside it.
class StemCache {
 public:
  static constexpr int kSlots = 1 << 14;
  static constexpr int kMaxKey = 21;

  bool Find(uint64_t h, std::string_view k, std::string_view* stem) const {
    const Slot& s = slots_[h & (kSlots - 1)];
    if (s.hash != h || s.klen != k.size() || !SameBytes(s.key, k.data(), k.size())) return false;
    *stem = k.substr(s.soff, s.slen);
    return true;
  }
  void Put(uint64_t h, std::string_view k, std::string_view stem) {
    if (k.size() > kMaxKey) return;
    Slot& s = slots_[h & (kSlots - 1)];
    s.hash = h;
    s.klen = static_cast<uint8_t>(k.size());
    s.soff = static_cast<uint8_t>(stem.data() - k.data());
    s.slen = static_cast<uint8_t>(stem.size());
    std::memcpy(s.key, k.data(), k.size());
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint8_t klen = 0xFF, soff = 0, slen = 0;
    char key[kMaxKey];
  };
  static_assert(sizeof(Slot) == 32);
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
};

}  // namespace

void AppendStem(std::string_view key, std::string_view language, std::string* out) {
  if (key.empty() || key.size() > 64) {
    out->append(key);
    return;
  }
  if (!AllArabicLetters(key)) {
    if (static_cast<unsigned char>(key[0]) < 0x80 && (key[0] < 'a' || key[0] > 'z')) {
      out->append(key);  // numbers and symbols
    } else {
      out->append(SnowballStem(key, language));
    }
    return;
  }
  thread_local std::unique_ptr<StemCache> cache = std::make_unique<StemCache>();
  std::string_view stem;
  if (key.size() <= StemCache::kMaxKey) {
    uint64_t h = CacheHash(key);
    if (!cache->Find(h, key, &stem)) {
      stem = ArabicStem(key);
      cache->Put(h, key, stem);
    }
  } else {
    stem = ArabicStem(key);
  }
  out->append(stem);
}

std::string Stem(std::string_view key, std::string_view language) {
  std::string r;
  AppendStem(key, language, &r);
  return r;
}

}  // namespace sada
