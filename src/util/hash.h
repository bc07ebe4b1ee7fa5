// Hashes whose values are part of saved indexes and of the NER model.
#ifndef SADA_UTIL_HASH_H_
#define SADA_UTIL_HASH_H_

#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace sada::internal {

// The hash of a match key (XXH3): one function for every table keyed by
// words (gazetteer, word clusters and lexicon, tagger features), so that a
// token's key is hashed once and the hash passed along.
inline uint64_t KeyHash(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }

// The 64-bit finaliser of MurmurHash3 (fmix64): spreads every input bit over
// the output. Used to finish token hashes, to derive MinHash values and
// feature hashes.
inline uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

}  // namespace sada::internal

#endif  // SADA_UTIL_HASH_H_
