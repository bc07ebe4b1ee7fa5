// Union-find with path halving; the root of a set is always its smallest
// member, so the grouping does not depend on the order of the joins.
#ifndef SADA_UTIL_UNION_FIND_H_
#define SADA_UTIL_UNION_FIND_H_

#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

namespace sada::internal {

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (a < b) std::swap(a, b);
    parent[a] = b;
  }
};

}  // namespace sada::internal

#endif  // SADA_UTIL_UNION_FIND_H_
