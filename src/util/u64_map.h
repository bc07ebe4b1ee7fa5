// A map from 64-bit hashes to small values: open addressing with linear
// probing over a power-of-two table whose slots hold the values themselves,
// so that a lookup usually touches one cache line. Key 0 marks an empty slot
// and is stored as 1.
#ifndef SADA_UTIL_U64_MAP_H_
#define SADA_UTIL_U64_MAP_H_

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace sada::internal {

template <typename V>
class U64Map {
 public:
  // Inserts or replaces.
  void Insert(uint64_t key, const V& value) {
    key = Fix(key);
    if ((count_ + 1) * 2 > slots_.size()) Rehash(std::max<size_t>(1024, slots_.size() * 2));
    size_t i = key & (slots_.size() - 1);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & (slots_.size() - 1);
    if (slots_[i].key != key) ++count_;
    slots_[i] = Slot{key, value};
  }
  V* Find(uint64_t key) { return const_cast<V*>(std::as_const(*this).Find(key)); }
  // The value of key, inserted as V{} if absent (a reference kept across a
  // later insertion may move).
  V& operator[](uint64_t key) {
    if (V* v = Find(key)) return *v;
    Insert(key, V{});
    return *Find(key);
  }
  const V* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = Fix(key);
    for (size_t i = key & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Fix(key) & (slots_.size() - 1)]);
  }
  size_t size() const { return count_; }
  // The keys, as stored (0 as 1), in table order.
  std::vector<uint64_t> Keys() const {
    std::vector<uint64_t> out;
    out.reserve(count_);
    for (const Slot& s : slots_)
      if (s.key != 0) out.push_back(s.key);
    return out;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    V value{};
  };
  static uint64_t Fix(uint64_t key) { return key == 0 ? 1 : key; }
  void Rehash(size_t n) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    for (Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = s.key & (n - 1);
      while (slots_[i].key != 0) i = (i + 1) & (n - 1);
      slots_[i] = std::move(s);
    }
  }
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

}  // namespace sada::internal

#endif  // SADA_UTIL_U64_MAP_H_
