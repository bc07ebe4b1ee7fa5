// Sparse vectors as (term, weight) pairs sorted by term, and their dot
// product and sum by a merge of the two sorted lists; the common elements
// of two sorted vectors.
#ifndef SADA_UTIL_SPARSE_H_
#define SADA_UTIL_SPARSE_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace sada::internal {

using SparseVec = std::vector<std::pair<uint64_t, float>>;

// fn(term, weight in a, weight in b) for each term of both, in term order.
template <typename Fn>
void ForEachShared(const SparseVec& a, const SparseVec& b, Fn&& fn) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      fn(a[i].first, a[i].second, b[j].second);
      ++i;
      ++j;
    }
  }
}

// How many elements two sorted vectors share, each as often as both hold
// it (the size of their multiset intersection).
template <typename T>
size_t CountCommon(const std::vector<T>& a, const std::vector<T>& b) {
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return common;
}

inline double SparseDot(const SparseVec& a, const SparseVec& b) {
  double s = 0;
  ForEachShared(a, b, [&](uint64_t, float x, float y) { s += static_cast<double>(x) * y; });
  return s;
}

// out = a + b (out is cleared first; it must not be a or b).
inline void SparseAdd(const SparseVec& a, const SparseVec& b, SparseVec* out) {
  out->clear();
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
      out->push_back(a[i++]);
    } else if (i == a.size() || b[j].first < a[i].first) {
      out->push_back(b[j++]);
    } else {
      out->push_back({a[i].first, a[i].second + b[j].second});
      ++i;
      ++j;
    }
  }
}

}  // namespace sada::internal

#endif  // SADA_UTIL_SPARSE_H_
