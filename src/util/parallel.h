// ParallelFor: runs fn(i) for i in [0, n) on up to `threads` threads, handing
// out indexes in chunks from a shared counter. Callers write results into
// slots indexed by i, so the outcome does not depend on the thread count.
#ifndef SADA_UTIL_PARALLEL_H_
#define SADA_UTIL_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace sada::internal {

inline int ResolveThreads(int threads) {
  if (threads > 0) return threads;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

template <typename Fn>
void ParallelFor(size_t n, int threads, Fn&& fn, size_t chunk = 64) {
  threads = std::min<int>(ResolveThreads(threads), static_cast<int>((n + chunk - 1) / chunk));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (;;) {
      size_t b = next.fetch_add(chunk);
      if (b >= n) return;
      size_t e = std::min(n, b + chunk);
      for (size_t i = b; i < e; ++i) fn(i);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace sada::internal

#endif  // SADA_UTIL_PARALLEL_H_
