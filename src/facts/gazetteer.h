// Word lists for the entity stage, as match keys: place names (ICU's Arabic
// country and city names and sada's own list), personal names, a few
// organisations, and trigger words that announce a person (titles), a place
// (مدينة، ريف، نهر...) or an organisation (وكالة، تنظيم، قوات...).
#ifndef SADA_FACTS_GAZETTEER_H_
#define SADA_FACTS_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sada/text.h"
#include "util/strings.h"
#include "util/u64_map.h"

namespace sada::internal {

enum GazFlag : uint32_t {
  kGazPlace = 1,          // a word of a place name
  kGazPerson = 2,         // a personal name
  kGazOrg = 4,            // a word of an organisation's name
  kGazPersonTitle = 8,    // الرئيس، اللواء، وزير...
  kGazPlaceTrigger = 16,  // مدينة، ريف، نهر...
  kGazOrgTrigger = 32,    // وكالة، تنظيم، قوات...
  kGazPlaceStart = 64,    // the first word of a place name
  kGazOrgStart = 128,     // the first word of an organisation's name
  kGazWholeName = 256,    // a one-word name of a place, person or organisation
  kGazListedPlace = 512,  // a one-word place name from ICU or sada's own list (not CLDR's regions)
  kGazWholeOrg = 1024,    // a one-word organisation's name (داعش، سانا), not a word of one (الله of حزب الله)
};

// The clitics a word may begin with, as match keys: the conjunctions and
// prepositions و ف ب ل ك, and لل (ل + ال, which leaves ال behind).
struct LeadingClitics {
  std::string letters[5], lil, al;
  static const LeadingClitics& Get();
  // The key without its first letter if that is one of `letters` (وسوريا →
  // سوريا); empty if it is not, or nothing would be left.
  std::string_view AfterLetter(std::string_view key) const {
    for (const auto& l : letters)
      if (key.size() > l.size() && BeginsWith(key, l)) return key.substr(l.size());
    return {};
  }
  // Whether set s has the key, or the key without one leading letter of
  // `letters` (بجمهورية، لعين، وقوى).
  template <class Set>
  bool Has(const Set& s, std::string_view key) const {
    if (s.Has(key)) return true;
    const std::string_view bare = AfterLetter(key);
    return !bare.empty() && s.Has(bare);
  }
  // The key read with ال for its leading لل (للفرات → الفرات); empty if it
  // does not begin with لل.
  std::string LilAsAl(std::string_view key) const {
    return BeginsWith(key, lil) ? al + std::string(key.substr(lil.size())) : std::string();
  }
  // Has, or the key with its لل read as ال (للمسجد, للسجن).
  template <class Set>
  bool HasOrLil(const Set& s, std::string_view key) const {
    if (Has(s, key)) return true;
    const std::string al_form = LilAsAl(key);
    return !al_form.empty() && s.Has(al_form);
  }
};

class Gazetteer {
 public:
  static const Gazetteer& Get();
  // Flags of a match key, also tried without one leading clitic (و ف ب ل ك)
  // and with لل read as ال.
  uint32_t Lookup(std::string_view key) const;
  // Flags of the key exactly as given.
  uint32_t Exact(std::string_view key) const;
  // A whole name of several words, as match keys joined by spaces.
  bool IsName(std::string_view keys) const;
  // A newspaper whose name begins with a city's: "نيويورك تايمز"، "واشنطن
  // بوست" (an organisation, where the city alone is a place); as IsName.
  bool IsMedium(std::string_view keys) const { return media_.find(keys) != media_.end(); }
  // A region whose first word alone names something else: "الجزيرة
  // العربية"، "المغرب العربي" (a place); as IsName.
  bool IsRegion(std::string_view keys) const { return regions_.find(keys) != regions_.end(); }

 private:
  Gazetteer();
  void Add(std::string_view name, uint32_t word_flag, uint32_t start_flag, bool listed = false);
  // A name of several words for IsName only, its words given no flag.
  void AddName(std::string_view name);
  void AddName(const sada::TokenizedText& tokenized);
  // The match keys of a name's words joined by spaces, as IsName reads them.
  static std::string JoinedKeys(const sada::TokenizedText& tokenized);
  std::unordered_map<std::string, uint32_t, StringHash, StringEq> flags_;
  // The same flags by a 64-bit hash of the key, for the lookups of every
  // token of every article (a quarter of the time of the std::unordered_map).
  // Only the hashes are compared: a word outside the lists whose hash equals
  // a listed word's (a chance of about 20,000 in 2^64 per word) would take
  // its flags.
  U64Map<uint32_t> by_hash_;
  std::unordered_set<std::string, StringHash, StringEq> names_, media_, regions_;
  // One bit per hash of a name (128 KiB, in the L2 cache where the set is
  // not): most words asked about begin no name, and the bit says so.
  static constexpr int kNameBits = 20;
  std::vector<uint64_t> name_bits_ = std::vector<uint64_t>((size_t{1} << kNameBits) / 64);
};

// The person titles the gazetteer flags kGazPersonTitle, as written
// (الرئيس، وزير، المتحدث...).
const std::vector<const char*>& PersonTitles();

}  // namespace sada::internal

#endif  // SADA_FACTS_GAZETTEER_H_
