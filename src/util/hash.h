// The 64-bit finaliser of MurmurHash3 (fmix64): spreads every input bit over
// the output. Used to finish token hashes, to derive MinHash values and
// feature hashes; its values are part of saved indexes and of the NER model.
#ifndef SADA_UTIL_HASH_H_
#define SADA_UTIL_HASH_H_

#include <cstdint>

namespace sada::internal {

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
