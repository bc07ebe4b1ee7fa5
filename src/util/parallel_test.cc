// The worker pool: every index once per run, on threads that live through
// all runs (what a worker keeps per thread serves every batch).
#include "util/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <vector>

namespace sada::internal {
namespace {

// Counts the threads that made their own (as the tagger's caches are made).
std::atomic<int> made{0};
struct PerThread {
  PerThread() { made.fetch_add(1); }
};

TEST(WorkerPoolTest, EveryIndexOnceOnTheSameThreadsRunAfterRun) {
  WorkerPool pool(3);
  ASSERT_EQ(pool.threads(), 3);
  std::mutex mu;
  std::set<int> workers;
  for (int run = 0; run < 50; ++run) {
    const size_t n = 1000 + run;
    std::vector<std::atomic<int>> seen(n);
    pool.Run(
        n,
        [&](size_t i, int worker) {
          seen[i].fetch_add(1);
          thread_local PerThread mine;
          std::lock_guard<std::mutex> lock(mu);
          workers.insert(worker);
        },
        7);
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(seen[i].load(), 1) << "run " << run << " index " << i;
  }
  EXPECT_LE(made.load(), 3);  // the caller and the pool's two, every run
  EXPECT_GE(*workers.begin(), 0);
  EXPECT_LE(*workers.rbegin(), 2);
  // Fewer indexes than a chunk: on the calling thread.
  std::vector<int> small(5, 0);
  pool.Run(small.size(), [&](size_t i, int worker) { small[i] += 1 + worker; }, 64);
  EXPECT_EQ(small, std::vector<int>(5, 1));
}

}  // namespace
}  // namespace sada::internal
