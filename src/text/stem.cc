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
#include <xxhash.h>

#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sada/text.h"
#include "text/names.h"
#include "text/stem.h"
#include "text/utf8.h"
#include "util/strings.h"

namespace sada {
namespace {

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
  // A table indexed by a hash of the first three letters gives the lengths
  // of the names that may begin there (a bit per length): most words need no
  // lookup at all, and the rest hash only the lengths that occur.
  int PrefixLen(std::string_view s) const {
    int letters = static_cast<int>(s.size() / 2);
    if (letters < kMinStem) return 0;
    uint32_t lengths = lengths_[Head3(s)] & ((2u << std::min(letters, kMaxNameLetters)) - 1);
    while (lengths != 0) {
      int n = 31 - __builtin_clz(lengths);  // longest first
      if (Contains(XXH3_64bits(s.data(), n * 2))) return n;
      lengths &= ~(1u << n);
    }
    return 0;
  }

 private:
  Protected() {
    for (size_t i = 0; i < internal::kNumExtraPlaceNames; ++i) AddName(internal::kExtraPlaceNames[i]);
    for (size_t i = 0; i < internal::kNumExtraPersonNames; ++i) AddName(internal::kExtraPersonNames[i]);
    for (const std::string& n : internal::IcuArabicPlaceNames()) AddName(n);
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
    return static_cast<uint32_t>((h * 0x9E3779B97F4A7C15ull) >> (64 - kHeadBits));
  }
  void AddWord(std::string_view w) {
    int letters = static_cast<int>(w.size() / 2);
    if (!AllArabicLetters(w) || letters < kMinStem || letters > kMaxNameLetters) return;
    lengths_[Head3(w)] |= static_cast<uint16_t>(1u << letters);
    Insert(XXH3_64bits(w.data(), w.size()) | 1);
  }

  // Open addressing, linear probing; 0 marks an empty slot (hashes have bit 0 set).
  static constexpr int kTableBits = 13;
  static constexpr size_t kTable = size_t{1} << kTableBits;
  // First slot of a hash: its top bits (its lowest bit is always 1).
  static size_t Slot(uint64_t h) { return static_cast<size_t>(h >> (64 - kTableBits)); }
  void Insert(uint64_t h) {
    for (size_t i = Slot(h);; i = (i + 1) & (kTable - 1)) {
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
    for (size_t i = Slot(h);; i = (i + 1) & (kTable - 1)) {
      if (table_[i] == h) return true;
      if (table_[i] == 0) return false;
    }
  }
  std::vector<uint64_t> table_ = std::vector<uint64_t>(kTable);
  size_t count_ = 0;
  // 32 KiB: small enough to stay in the L1/L2 caches next to the stem cache.
  static constexpr int kHeadBits = 14;
  static constexpr int kMaxNameLetters = 15;  // longer one-word names are not protected
  std::vector<uint16_t> lengths_ = std::vector<uint16_t>(1 << kHeadBits);
};

// An affix of up to four Arabic letters as the little-endian word of its
// UTF-8 bytes: a word is tested against a whole list by one load and a
// compare per affix, not a loop over bytes.
struct Affix {
  uint64_t bytes = 0;
  uint64_t mask = 0;
  int size = 0;  // bytes
  int letters = 0;
  constexpr explicit Affix(std::string_view a) : size(static_cast<int>(a.size())), letters(size / 2) {
    for (int i = 0; i < size; ++i) {
      bytes |= uint64_t{static_cast<unsigned char>(a[i])} << (8 * i);
      mask |= uint64_t{0xFF} << (8 * i);
    }
  }
};
// Eight bytes at p as one word.
inline uint64_t Load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
// The first eight bytes of s (zero-filled past its end), and its last four
// as a big word (zero-filled before its start): a prefix matches when
// (Head(s) & mask) == bytes, a suffix when Tail(s) >> (32 - 8 * size) ==
// bytes, and never beyond the word (Arabic letters have no zero byte).
inline uint64_t Head(std::string_view s) {
  if (s.size() >= 8) return Load8(s.data());
  uint64_t w = 0;
  for (size_t i = 0; i < s.size(); ++i) w |= uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
  return w;
}
inline uint32_t Tail(std::string_view s) {
  uint32_t w = 0;
  if (s.size() >= 4) {
    std::memcpy(&w, s.data() + s.size() - 4, 4);
    return w;
  }
  size_t n = s.size();
  for (size_t i = 0; i < n; ++i) w |= uint32_t{static_cast<unsigned char>(s[s.size() - n + i])} << (8 * (4 - n + i));
  return w;
}
inline bool Begins(uint64_t head, const Affix& a) { return (head & a.mask) == a.bytes; }
inline bool Ends(uint32_t tail, const Affix& a) { return (tail >> (32 - 8 * a.size)) == a.bytes; }

// Returns the stem as a substring of w (the stemmer only removes affixes).
std::string_view ArabicStem(std::string_view w) {
  const Protected& prot = Protected::Get();
  auto letters = [](std::string_view s) { return static_cast<int>(s.size() / 2); };
  static constexpr Affix kArticle[] = {Affix("وبال"), Affix("فبال"), Affix("وكال"), Affix("فكال"),
                                       Affix("وال"),  Affix("فال"),  Affix("بال"),  Affix("كال"),
                                       Affix("ولل"),  Affix("فلل"),  Affix("ال"),   Affix("لل")};
  static constexpr Affix kClitic[] = {Affix("وب"), Affix("ول"), Affix("وك"), Affix("فب"),
                                      Affix("فل"), Affix("فك"), Affix("و"),  Affix("ف"),
                                      Affix("ب"),  Affix("ك"),  Affix("ل")};
  static constexpr Affix kSuffix[] = {Affix("ها"), Affix("ان"), Affix("ات"), Affix("ون"),
                                      Affix("ين"), Affix("يه"), Affix("ه"),  Affix("ي")};
  static constexpr Affix kAl("ال");
  std::string_view s = w;
  const uint64_t head = Head(s);
  if (prot.PrefixLen(s) == letters(s) && letters(s) > 0 && !Begins(head, kAl)) {
    return s;  // the word is a name
  }
  // Every prefix begins with one of ا ب ف ك ل و, and every suffix ends with one
  // of ا ت ن ه ي: one look at a letter spares most words the lists. The
  // letters' UTF-8 bytes: ا D8 A7, ب D8 A8, ت D8 AA, ف D9 81, ك D9 83, ل D9 84,
  // ن D9 86, ه D9 87, و D9 88, ي D9 8A.
  auto byte = [](std::string_view x, size_t i) { return static_cast<unsigned char>(x[i]); };
  bool may_prefix = (byte(s, 0) == 0xD8 && (byte(s, 1) == 0xA7 || byte(s, 1) == 0xA8)) ||
                    (byte(s, 0) == 0xD9 && (byte(s, 1) == 0x81 || byte(s, 1) == 0x83 ||
                                            byte(s, 1) == 0x84 || byte(s, 1) == 0x88));
  bool stripped = !may_prefix;
  for (size_t i = 0; may_prefix && i < std::size(kArticle); ++i) {
    const Affix& p = kArticle[i];
    if (Begins(head, p) && letters(s) - p.letters >= kMinStem) {
      s.remove_prefix(p.size);
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    for (const Affix& p : kClitic) {
      if (!Begins(head, p) || letters(s) - p.letters < kMinStem) continue;
      // Keep the clitic if the word, or what follows any letter of the
      // clitic, starts with a protected name.
      bool cuts_name = false;
      for (int k = 0; k < p.size; k += 2) {
        if (prot.PrefixLen(s.substr(k)) > 0) cuts_name = true;
      }
      if (cuts_name) continue;
      s.remove_prefix(p.size);
      break;
    }
  }
  size_t z = s.size() - 2;
  bool may_suffix = (byte(s, z) == 0xD8 && (byte(s, z + 1) == 0xA7 || byte(s, z + 1) == 0xAA)) ||
                    (byte(s, z) == 0xD9 && (byte(s, z + 1) == 0x86 || byte(s, z + 1) == 0x87 ||
                                            byte(s, z + 1) == 0x8A));
  if (!may_suffix || letters(s) <= kMinStem) return s;
  int name_len = prot.PrefixLen(s);
  uint32_t tail = Tail(s);
  for (const Affix& suf : kSuffix) {
    if (Ends(tail, suf) && letters(s) - suf.letters >= std::max(kMinStem, name_len)) {
      s.remove_suffix(suf.size);
      tail = Tail(s);
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

// A direct-mapped, per-thread cache of Arabic stems: one 32-byte slot per hash
// value, overwritten on collision, 16 MiB per thread. In one pass over
// SaudiNewsNet (6.3M lookups of 261k distinct keys) 94.0% of lookups hit
// (92.1% at 8 MiB, 88.5% at 4 MiB); with AppendStems fetching slots ahead,
// 16 MiB measured fastest of 4 to 16 MiB. A two-way set-associative table of
// the same size, one set per cache line, measured 6% slower, and 2 MiB pages
// for it no faster. A slot holds the key and where its stem lies inside it.
class StemCache {
 public:
  static constexpr int kSlotBits = 19;
  static constexpr int kSlots = 1 << kSlotBits;
  static constexpr int kMaxKey = 21;

  bool Find(uint64_t h, std::string_view k, std::string_view* stem) const {
    const Slot& s = slots_[Index(h)];
    if (s.hash != h || s.klen != k.size() || !SameKey(s.key, k)) return false;
    *stem = k.substr(s.soff, s.slen);
    return true;
  }
  void Prefetch(uint64_t h) const { __builtin_prefetch(&slots_[Index(h)]); }
  void Put(uint64_t h, std::string_view k, std::string_view stem) {
    if (k.size() > kMaxKey) return;
    Slot& s = slots_[Index(h)];
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
  // The slot of a hash: its top bits (the lowest bit of every hash is 1).
  static size_t Index(uint64_t h) { return static_cast<size_t>(h >> (64 - kSlotBits)); }
  // k equals the slot's key of the same length: keys of 8 to 21 bytes (all
  // AppendStems looks up) compared as two or three overlapping 8-byte words,
  // shorter ones (from AppendStem) byte by byte.
  static bool SameKey(const char* key, std::string_view k) {
    size_t n = k.size();
    if (n < 8) return internal::SameBytes(key, k.data(), n);
    bool same = Load8(key) == Load8(k.data()) && Load8(key + n - 8) == Load8(k.data() + n - 8);
    return n <= 16 ? same : same && Load8(key + 8) == Load8(k.data() + 8);
  }
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
  internal::AppendArabicStem(key, internal::StemKeyHash(key), out);
}

namespace internal {

namespace {
thread_local StemCache t_cache;

inline void CachedArabicStem(StemCache& cache, std::string_view key, uint64_t key_hash, std::string* out) {
  std::string_view stem;
  if (key.size() <= StemCache::kMaxKey) {
    uint64_t h = key_hash;  // never 0 (0 marks an empty slot)
    if (!cache.Find(h, key, &stem)) {
      stem = ArabicStem(key);
      cache.Put(h, key, stem);
    }
  } else {
    stem = ArabicStem(key);
  }
  out->append(stem.data(), stem.size());
}
}  // namespace

void AppendArabicStem(std::string_view key, uint64_t key_hash, std::string* out) {
  CachedArabicStem(t_cache, key, key_hash, out);
}

namespace {
// memcpy for the few bytes of a stem without a call into the library: two
// overlapping moves of the widest word that fits.
inline void CopySmall(char* d, const char* s, size_t n) {
  auto two = [&](auto word) {
    using W = decltype(word);
    W a, b;
    std::memcpy(&a, s, sizeof(W));
    std::memcpy(&b, s + n - sizeof(W), sizeof(W));
    std::memcpy(d, &a, sizeof(W));
    std::memcpy(d + n - sizeof(W), &b, sizeof(W));
  };
  struct W16 {
    uint64_t x[2];
  };
  if (n > 32) {
    std::memcpy(d, s, n);
  } else if (n >= 16) {
    two(W16{});
  } else if (n >= 8) {
    two(uint64_t{});
  } else if (n >= 4) {
    two(uint32_t{});
  } else if (n >= 2) {
    two(uint16_t{});
  } else if (n == 1) {
    *d = *s;
  }
}
}  // namespace

void AppendStems(const TokenizedText& tt, const std::vector<uint64_t>& arabic_hash,
                 std::string_view language, std::string* stems, std::vector<uint32_t>* ends) {
  // The cache is larger than the L2 cache: fetch the slot of a token a few
  // places ahead so that lookups do not wait on memory one after another.
  // Words of up to three letters are their own stems (no affix can go without
  // leaving fewer than three letters) and skip the cache. Arabic stems are
  // parts of their keys, so they are written straight into a buffer of the
  // keys' size.
  constexpr size_t kAhead = 16;
  StemCache& cache = t_cache;
  thread_local std::string other;  // the stem of a token that is not Arabic
  const size_t n = tt.tokens.size();
  size_t used = stems->size();
  stems->resize(used + tt.keys.size());
  char* buf = stems->data();
  ends->resize(ends->size() + n);
  uint32_t* end = ends->data() + ends->size() - n;
  for (size_t i = 0; i < n; ++i) {
    if (kAhead > 0 && i + kAhead < n && arabic_hash[i + kAhead] > 1) cache.Prefetch(arabic_hash[i + kAhead]);
    std::string_view key = tt.Key(tt.tokens[i]);
    std::string_view stem = key;
    if (const uint64_t h = arabic_hash[i]; h != 0) {
      if (h > 1) {
        if (key.size() > StemCache::kMaxKey) {
          stem = ArabicStem(key);
        } else if (!cache.Find(h, key, &stem)) {
          stem = ArabicStem(key);
          cache.Put(h, key, stem);
        }
      }
      CopySmall(buf + used, stem.data(), stem.size());
      used += stem.size();
    } else {
      other.clear();
      AppendStem(key, language, &other);
      // Room for this stem and the keys still to come: another stemmer may
      // lengthen a word (rarely; the buffer then grows).
      size_t rest = i + 1 < n ? tt.keys.size() - tt.tokens[i + 1].key_offset : 0;
      if (used + other.size() + rest > stems->size()) {
        stems->resize(used + other.size() + rest);
        buf = stems->data();
      }
      std::memcpy(buf + used, other.data(), other.size());
      used += other.size();
    }
    end[i] = static_cast<uint32_t>(used);
  }
  stems->resize(used);
}

std::string_view BareKey(std::string_view k) {
  static constexpr std::string_view kPrefixes[] = {"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"};
  for (std::string_view p : kPrefixes)
    if (k.size() >= p.size() + 6 && k.substr(0, p.size()) == p) return k.substr(p.size());
  return k;
}

}  // namespace internal

std::string Stem(std::string_view key, std::string_view language) {
  std::string r;
  AppendStem(key, language, &r);
  return r;
}

}  // namespace sada
