// Name lists shared by the stemmer (names it must not cut) and the entity
// gazetteer: Arabic country and city names from ICU's data, and short lists
// written here for sada of places and personal names that ICU lacks.
#ifndef SADA_TEXT_NAMES_H_
#define SADA_TEXT_NAMES_H_

#include <string>
#include <vector>

namespace sada::internal {

// Places and persons often written with a leading letter that is also a
// clitic (و ف ب ك ل) or ending in letters that are also suffixes, and not in
// ICU's lists. Extend as measurements show the need.
extern const char* const kExtraPlaceNames[];
extern const size_t kNumExtraPlaceNames;
extern const char* const kExtraPersonNames[];
extern const size_t kNumExtraPersonNames;

// Arabic display names of ISO countries and of ICU's time-zone exemplar
// cities, as ICU gives them (built once).
const std::vector<std::string>& IcuArabicPlaceNames();
// The display names of the ISO countries alone (built once).
const std::vector<std::string>& IcuArabicCountryNames();
// The same two lists in another language ("en"), built on each call.
std::vector<std::string> IcuPlaceNames(const char* language);

}  // namespace sada::internal

#endif  // SADA_TEXT_NAMES_H_
