// ParallelFor: runs fn(i) for i in [0, n) on up to `threads` threads, handing
// out indexes in chunks from a shared counter. Callers write results into
// slots indexed by i, so the outcome does not depend on the thread count.
#ifndef SADA_UTIL_PARALLEL_H_
#define SADA_UTIL_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sada::internal {

inline int ResolveThreads(int threads) {
  if (threads > 0) return threads;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// As ParallelFor, with the index of the worker that runs it (0 to
// threads - 1; 0 is the calling thread) as fn's second argument: for
// per-worker partial results that are merged afterwards, whose merge must
// then not depend on which worker saw what.
template <typename Fn>
void ParallelForWorker(size_t n, int threads, Fn&& fn, size_t chunk = 64) {
  threads = std::min<int>(ResolveThreads(threads), static_cast<int>((n + chunk - 1) / chunk));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&](int worker) {
    for (;;) {
      size_t b = next.fetch_add(chunk);
      if (b >= n) return;
      size_t e = std::min(n, b + chunk);
      for (size_t i = b; i < e; ++i) fn(i, worker);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
}

template <typename Fn>
void ParallelFor(size_t n, int threads, Fn&& fn, size_t chunk = 64) {
  ParallelForWorker(n, threads, [&fn](size_t i, int) { fn(i); }, chunk);
}

// ParallelForWorker on threads that live as long as the pool, for work
// handed out again and again (a batch of articles at a time): what a
// worker keeps per thread (its caches, its buffers) serves every batch, not
// one. Run is called from one thread at a time.
class WorkerPool {
 public:
  explicit WorkerPool(int threads) : threads_(std::max(1, ResolveThreads(threads))) {
    for (int t = 1; t < threads_; ++t) pool_.emplace_back([this, t] { Serve(t); });
  }
  ~WorkerPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    start_.notify_all();
    for (auto& t : pool_) t.join();
  }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  int threads() const { return threads_; }

  // fn(i, worker) for i in [0, n), worker in [0, threads()); 0 is the
  // calling thread.
  void Run(size_t n, const std::function<void(size_t, int)>& fn, size_t chunk = 64) {
    if (threads_ == 1 || n <= chunk) {
      for (size_t i = 0; i < n; ++i) fn(i, 0);
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      fn_ = &fn;
      n_ = n;
      chunk_ = chunk;
      next_.store(0);
      busy_ = threads_ - 1;
      ++round_;
    }
    start_.notify_all();
    Work(0);
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [this] { return busy_ == 0; });
    fn_ = nullptr;
  }

 private:
  void Work(int worker) {
    for (;;) {
      const size_t b = next_.fetch_add(chunk_);
      if (b >= n_) return;
      const size_t e = std::min(n_, b + chunk_);
      for (size_t i = b; i < e; ++i) (*fn_)(i, worker);
    }
  }
  void Serve(int worker) {
    uint64_t seen = 0;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu_);
        start_.wait(lock, [&] { return stop_ || round_ != seen; });
        if (stop_) return;
        seen = round_;
      }
      Work(worker);
      std::lock_guard<std::mutex> lock(mu_);
      if (--busy_ == 0) done_.notify_one();
    }
  }

  const int threads_;
  std::vector<std::thread> pool_;
  std::mutex mu_;
  std::condition_variable start_, done_;
  const std::function<void(size_t, int)>* fn_ = nullptr;
  size_t n_ = 0, chunk_ = 1;
  std::atomic<size_t> next_{0};
  int busy_ = 0;
  uint64_t round_ = 0;
  bool stop_ = false;
};

}  // namespace sada::internal

#endif  // SADA_UTIL_PARALLEL_H_
