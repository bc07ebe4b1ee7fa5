// Seed-and-extend alignment of shared passages (see sada/reuse.h).
#include "sada/reuse.h"

#include <algorithm>
#include <unordered_map>

#include "sada/text.h"
#include "text/stem.h"
#include "util/hash.h"
#include "util/parallel.h"
#include "util/u64_map.h"

namespace sada {
namespace {

using internal::Mix64;

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;

// out[i] = hash of words[i, i + k).
void Windows(const std::vector<uint64_t>& w, int k, std::vector<uint64_t>* out) {
  out->clear();
  if (w.size() < static_cast<size_t>(k)) return;
  uint64_t top = 1;
  for (int j = 0; j < k; ++j) top *= kMul;
  uint64_t h = 0;
  for (int j = 0; j < k; ++j) h = (h + w[j]) * kMul;
  out->reserve(w.size() - k + 1);
  out->push_back(Mix64(h));
  for (size_t i = k; i < w.size(); ++i) {
    h = (h - w[i - k] * top + w[i]) * kMul;
    out->push_back(Mix64(h));
  }
}

inline uint64_t BoilerKey(uint64_t seed, uint32_t source) {
  return Mix64(seed ^ (static_cast<uint64_t>(source + 1) * 0xD6E8FEB86659FD93ULL));
}

// Length of the longest common subsequence of two short word ranges.
int Lcs(const uint64_t* a, int na, const uint64_t* b, int nb) {
  if (na <= 0 || nb <= 0) return 0;
  std::vector<int> prev(nb + 1, 0), cur(nb + 1, 0);
  for (int i = 1; i <= na; ++i) {
    for (int j = 1; j <= nb; ++j)
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    std::swap(prev, cur);
  }
  return prev[nb];
}

struct Side {
  const std::vector<uint64_t>& w;
  const std::vector<uint64_t>& bare;
  const std::vector<Span>& spans;
  const std::vector<uint8_t>& boiler;  // 1 for a word inside boilerplate
};

// Code-point span of words [b, e); an empty range sits after word b - 1.
Span WordSpan(const Side& s, int b, int e) {
  if (e > b) return Span{s.spans[b].begin, s.spans[e - 1].end};
  uint32_t at = b > 0 ? s.spans[b - 1].end : (s.spans.empty() ? 0 : s.spans[0].begin);
  return Span{at, at};
}

// One passage being built: word ranges on each side, aligned count, gaps.
struct Build {
  int a0, a1, b0, b1;  // [a0, a1) and [b0, b1) in words
  int aligned;
  std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> gaps;  // ([a,b) of a, [a,b) of b)
};

// One document's seed windows (out[i] = hash of words [i, i + seed_words)),
// and those that touch no boilerplate indexed by hash: a pair's common seeds
// are found by looking the first side's up in the second side's index, not
// by sorting the second side's seeds for every pair. The article whose
// candidates are being aligned is indexed once for all of them; each
// candidate once per pair.
class SeedIndex {
 public:
  void Build(const std::vector<uint64_t>& words, const std::vector<uint8_t>& boiler, int seed_words) {
    Windows(words, seed_words, &windows_);
    const int n = static_cast<int>(windows_.size());
    size_t size = 16;
    while (size < 2 * static_cast<size_t>(n)) size *= 2;
    slots_.assign(size, -1);
    next_.assign(n, -1);
    last_.assign(n, -1);
    count_.assign(n, 0);
    for (int j = 0; j < n; ++j) {
      bool touches = false;  // a window with a word of boilerplate is no seed
      for (int t = j; t < j + seed_words; ++t) touches = touches || boiler[t];
      if (touches) continue;
      const uint64_t h = windows_[j];
      size_t s = h & (size - 1);
      while (slots_[s] >= 0 && windows_[slots_[s]] != h) s = (s + 1) & (size - 1);
      const int first = slots_[s];
      if (first < 0) {
        slots_[s] = j;
        last_[j] = j;
        count_[j] = 1;
      } else {
        next_[last_[first]] = j;
        last_[first] = j;
        ++count_[first];
      }
    }
  }
  const std::vector<uint64_t>& windows() const { return windows_; }
  // The first position of seed h (the others follow by next()), or -1.
  int First(uint64_t h) const {
    if (windows_.empty()) return -1;
    for (size_t s = h & (slots_.size() - 1);; s = (s + 1) & (slots_.size() - 1)) {
      const int j = slots_[s];
      if (j < 0 || windows_[j] == h) return j;
    }
  }
  int Next(int j) const { return next_[j]; }
  int Count(int first) const { return count_[first]; }

 private:
  std::vector<uint64_t> windows_;
  std::vector<int32_t> slots_;  // first position of a hash, -1 empty
  std::vector<int32_t> next_;   // next position with the same hash, ascending
  std::vector<int32_t> last_;   // of a first position: the last one so far
  std::vector<int32_t> count_;  // of a first position: how many
};

class Aligner {
 public:
  Aligner(const ReuseOptions& o, const Side& a, const Side& b) : o_(o), a_(a), b_(b) {}

  // `ia` holds the seeds of a, `ib` those of b.
  void Run(const SeedIndex& ia, const SeedIndex& ib, std::vector<Build>* out) {
    const int S = o_.seed_words;
    const std::vector<uint64_t>& wa = ia.windows();
    if (wa.empty() || ib.windows().empty()) return;
    std::vector<std::pair<int, int>> matches;
    for (int i = 0; i < static_cast<int>(wa.size()); ++i) {
      if (Touches(a_, i, S)) continue;
      const int first = ib.First(wa[i]);
      if (first < 0) continue;
      if (ib.Count(first) > 8) continue;  // a phrase repeated all over b: no anchor
      for (int j = first; j >= 0; j = ib.Next(j)) matches.emplace_back(i, j);
      if (matches.size() > 50000) break;
    }
    if (matches.empty()) return;
    // Chain matches along their diagonals.
    struct Chain {
      std::vector<std::pair<int, int>> m;
      bool open = true;
    };
    std::vector<Chain> chains;
    std::vector<size_t> open;
    for (auto [i, j] : matches) {
      size_t best = SIZE_MAX;
      int best_d = 1 << 30;
      size_t w = 0;
      for (size_t k = 0; k < open.size(); ++k) {
        Chain& c = chains[open[k]];
        auto [li, lj] = c.m.back();
        if (i - (li + S) > o_.max_gap) continue;  // closed for good (i only grows)
        open[w++] = open[k];
        if (i > li && j > lj && j - (lj + S) <= o_.max_gap) {
          int d = std::abs((j - i) - (lj - li));
          if (d < best_d) {
            best_d = d;
            best = open[w - 1];
          }
        }
      }
      open.resize(w);
      if (best != SIZE_MAX) {
        chains[best].m.emplace_back(i, j);
      } else {
        chains.push_back({{{i, j}}, true});
        open.push_back(chains.size() - 1);
      }
    }
    for (const Chain& c : chains) {
      Build p = FromChain(c.m);
      Extend(&p, +1);
      Extend(&p, -1);
      out->push_back(std::move(p));
    }
    // Drop passages contained in another one on both sides.
    std::sort(out->begin(), out->end(), [](const Build& x, const Build& y) {
      if (x.a0 != y.a0) return x.a0 < y.a0;
      return x.a1 - x.a0 > y.a1 - y.a0;
    });
    std::vector<Build> kept;
    for (Build& p : *out) {
      bool inside = false;
      for (const Build& q : kept)
        if (p.a0 >= q.a0 && p.a1 <= q.a1 && p.b0 >= q.b0 && p.b1 <= q.b1) inside = true;
      if (!inside) kept.push_back(std::move(p));
    }
    *out = std::move(kept);
  }

 private:
  bool Touches(const Side& s, int i, int n) const {
    for (int t = i; t < i + n; ++t)
      if (s.boiler[t]) return true;
    return false;
  }

  void AddGap(Build* p, int a0, int a1, int b0, int b1) {
    a1 = std::max(a0, a1);
    b1 = std::max(b0, b1);
    int l = Lcs(a_.bare.data() + a0, a1 - a0, b_.bare.data() + b0, b1 - b0);
    p->aligned += l;
    if (a1 - a0 > l || b1 - b0 > l) p->gaps.push_back({{a0, a1}, {b0, b1}});
  }

  Build FromChain(const std::vector<std::pair<int, int>>& m) {
    const int S = o_.seed_words;
    Build p{m[0].first, m[0].first + S, m[0].second, m[0].second + S, S, {}};
    for (size_t k = 1; k < m.size(); ++k) {
      auto [i, j] = m[k];
      if (i >= p.a1 && j >= p.b1) {
        AddGap(&p, p.a1, i, p.b1, j);
        p.aligned += S;
      } else {
        // Overlapping seeds: count the new words the shorter side gains.
        int ga = i + S - std::max(i, p.a1), gb = j + S - std::max(j, p.b1);
        int ia = std::max(i, p.a1), jb = std::max(j, p.b1);
        p.aligned += std::min(ga, gb);
        if (ga != gb) p.gaps.push_back({{ia, ia + std::max(0, ga - gb)}, {jb, jb + std::max(0, gb - ga)}});
      }
      p.a1 = i + S;
      p.b1 = j + S;
    }
    return p;
  }

  bool Same(int i, int j) const {
    return i >= 0 && j >= 0 && i < static_cast<int>(a_.w.size()) && j < static_cast<int>(b_.w.size()) &&
           !a_.boiler[i] && !b_.boiler[j] && a_.bare[i] == b_.bare[j];
  }
  // A word long enough to anchor an extension on its own.
  bool Long(int i) const { return a_.spans[i].end - a_.spans[i].begin >= 4; }

  // Extends past the end (dir +1) or before the start (dir -1) while words
  // agree within max_gap of the current edge: two in a row, or one long word.
  void Extend(Build* p, int dir) {
    for (;;) {
      int ea = dir > 0 ? p->a1 : p->a0 - 1;
      int eb = dir > 0 ? p->b1 : p->b0 - 1;
      // The words within reach on each side (one past max_gap, for the
      // second of two in a row), read once: an extension usually ends with
      // a search that finds nothing.
      const int reach = o_.max_gap + 2;
      thread_local std::vector<uint64_t> ka, kb;
      thread_local std::vector<uint8_t> va, vb;
      ka.resize(reach);
      kb.resize(reach);
      va.resize(reach);
      vb.resize(reach);
      for (int x = 0; x < reach; ++x) {
        const int i = ea + dir * x, j = eb + dir * x;
        va[x] = i >= 0 && i < static_cast<int>(a_.w.size()) && !a_.boiler[i];
        vb[x] = j >= 0 && j < static_cast<int>(b_.w.size()) && !b_.boiler[j];
        ka[x] = va[x] ? a_.bare[i] : 0;
        kb[x] = vb[x] ? b_.bare[j] : 0;
      }
      auto same = [&](int x, int y) { return va[x] && vb[y] && ka[x] == kb[y]; };
      int bx = -1, by = -1;
      for (int s = 0; s <= 2 * o_.max_gap && bx < 0; ++s)
        for (int x = 0; x <= std::min(s, o_.max_gap); ++x) {
          int y = s - x;
          if (y > o_.max_gap) continue;
          if (same(x, y) && (same(x + 1, y + 1) || Long(ea + dir * x))) {
            bx = x;
            by = y;
            break;
          }
        }
      if (bx < 0) return;
      int i = ea + dir * bx, j = eb + dir * by;
      int run = 0;
      while (Same(i + dir * run, j + dir * run)) ++run;
      if (dir > 0) {
        AddGap(p, p->a1, i, p->b1, j);
        p->aligned += run;
        p->a1 = i + run;
        p->b1 = j + run;
      } else {
        AddGap(p, i + 1, p->a0, j + 1, p->b0);
        p->aligned += run;
        p->a0 = i - run + 1;
        p->b0 = j - run + 1;
      }
    }
  }

  const ReuseOptions& o_;
  const Side& a_;
  const Side& b_;
};

}  // namespace

int CompareTimes(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0;
  size_t n = std::min(a.size(), b.size());
  int c = a.substr(0, n).compare(b.substr(0, n));
  return c < 0 ? 1 : (c > 0 ? -1 : 0);
}

void ReuseFinder::Add(const std::vector<ReuseInput>& inputs, int threads) {
  size_t base = docs_.size();
  docs_.resize(base + inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    Doc& d = docs_[base + i];
    d.id = inputs[i].id;
    d.published = inputs[i].published;
    auto [it, added] = source_ids_.emplace(inputs[i].source, static_cast<uint32_t>(sources_.size()));
    if (added) sources_.push_back(inputs[i].source);
    d.source = it->second;
  }
  internal::ParallelFor(inputs.size(), threads, [&](size_t i) {
    Doc& d = docs_[base + i];
    thread_local TokenizedText tt;
    Tokenize(inputs[i].text, &tt);
    d.words.resize(tt.tokens.size());
    d.bare.resize(tt.tokens.size());
    d.spans.resize(tt.tokens.size());
    for (size_t t = 0; t < tt.tokens.size(); ++t) {
      std::string_view key = tt.Key(tt.tokens[t]);
      d.words[t] = HashKey(key);
      std::string_view bare = internal::BareKey(key);
      d.bare[t] = bare.size() == key.size() ? d.words[t] : HashKey(bare);
      d.spans[t] = tt.tokens[t].span;
    }
  }, 16);
}

void ReuseFinder::Run(std::vector<Passage>* passages, std::vector<Boilerplate>* boilerplate,
                      ReuseStats* stats) const {
  ReuseStats st;
  const uint32_t n = static_cast<uint32_t>(docs_.size());
  st.documents = n;
  const int K = std::max(1, options_.candidate_words);
  const int threads = options_.threads;

  // 1. Postings: each distinct candidate seed of each document.
  std::vector<std::vector<uint64_t>> seeds(n);
  internal::ParallelFor(n, threads, [&](size_t d) {
    Windows(docs_[d].words, K, &seeds[d]);
    std::sort(seeds[d].begin(), seeds[d].end());
    seeds[d].erase(std::unique(seeds[d].begin(), seeds[d].end()), seeds[d].end());
  }, 64);
  size_t total = 0;
  for (const auto& s : seeds) total += s.size();
  // Sorted by seed, then article: put in buckets by the seed's top bits
  // (seeds are hashes, spread evenly) and each bucket sorted on the workers.
  constexpr int kBucketBits = 12;
  std::vector<size_t> bucket((size_t{1} << kBucketBits) + 1, 0);
  for (const auto& sd : seeds)
    for (uint64_t s : sd) ++bucket[(s >> (64 - kBucketBits)) + 1];
  for (size_t b = 1; b < bucket.size(); ++b) bucket[b] += bucket[b - 1];
  std::vector<std::pair<uint64_t, uint32_t>> post(total);
  {
    std::vector<size_t> fill(bucket.begin(), bucket.end() - 1);
    for (uint32_t d = 0; d < n; ++d)
      for (uint64_t s : seeds[d]) post[fill[s >> (64 - kBucketBits)]++] = {s, d};
  }
  internal::ParallelFor(bucket.size() - 1, threads, [&](size_t b) {
    std::sort(post.begin() + bucket[b], post.begin() + bucket[b + 1]);
  }, 16);

  // 2. Boilerplate (seed, outlet) keys; seeds too common to nominate pairs
  // (formulas); and, for each seed in 2 to max_df articles, its articles
  // (the only seeds that nominate pairs), found by hash: looking each seed up
  // in the sorted postings cost a binary search over all of them per word.
  internal::U64Map<uint8_t> boiler, formulas;
  // seed -> g: group_docs[g] articles, listed at group_docs[g + 1...]
  internal::U64Map<uint64_t> group_of;
  std::vector<uint32_t> group_docs;
  const uint32_t B = static_cast<uint32_t>(std::max(2, options_.boilerplate_articles));
  {
    std::vector<uint32_t> srcs;
    for (size_t i = 0; i < post.size();) {
      size_t j = i + 1;
      while (j < post.size() && post[j].first == post[i].first) ++j;
      if (j - i > static_cast<size_t>(options_.max_df)) {
        ++st.common_seeds;
        formulas.Insert(post[i].first, 1);
      } else if (j - i >= 2) {
        group_of.Insert(post[i].first, group_docs.size());
        group_docs.push_back(static_cast<uint32_t>(j - i));
        for (size_t k = i; k < j; ++k) group_docs.push_back(post[k].second);
      }
      if (j - i >= B) {
        srcs.clear();
        for (size_t k = i; k < j; ++k) srcs.push_back(docs_[post[k].second].source);
        std::sort(srcs.begin(), srcs.end());
        for (size_t x = 0; x < srcs.size();) {
          size_t y = x + 1;
          while (y < srcs.size() && srcs[y] == srcs[x]) ++y;
          // An outlet's own block: in B or more of its articles, and mostly
          // there (a phrase every outlet uses, like a title and name, is not
          // boilerplate).
          if (y - x >= B && (y - x) * 5 >= (j - i) * 4) boiler.Insert(BoilerKey(post[i].first, srcs[x]), 1);
          x = y;
        }
      }
      i = j;
    }
    std::vector<std::pair<uint64_t, uint32_t>>().swap(post);
  }
  auto is_boiler = [&](uint64_t seed, uint32_t source) {
    return boiler.size() > 0 && boiler.Find(BoilerKey(seed, source)) != nullptr;
  };
  // Per document: which words lie inside a boilerplate window of its outlet
  // (mask), and which inside a formula (common).
  std::vector<std::vector<uint8_t>> mask(n), common(n);
  internal::ParallelFor(n, threads, [&](size_t d) {
    const Doc& doc = docs_[d];
    mask[d].assign(doc.words.size(), 0);
    common[d].assign(doc.words.size(), 0);
    std::vector<uint64_t> w;
    Windows(doc.words, K, &w);
    for (size_t i = 0; i < w.size(); ++i) {
      if (is_boiler(w[i], doc.source)) std::fill(mask[d].begin() + i, mask[d].begin() + i + K, 1);
      if (formulas.Find(w[i]) != nullptr) std::fill(common[d].begin() + i, common[d].begin() + i + K, 1);
    }
  }, 64);

  // 3. Candidates and alignment, per first document, in parallel.
  std::vector<std::vector<Passage>> found(n);
  std::vector<int64_t> candidates(n, 0), formulaic_count(n, 0);
  internal::ParallelFor(n, threads, [&](size_t ai) {
    const uint32_t a = static_cast<uint32_t>(ai);
    const Doc& da = docs_[a];
    std::unordered_map<uint32_t, int> shared;
    const std::vector<uint64_t>& sa = seeds[a];
    for (size_t x = 0; x < sa.size(); ++x) {
      if (x + 8 < sa.size()) group_of.Prefetch(sa[x + 8]);  // most seeds miss the cache
      const uint64_t s = sa[x];
      if (is_boiler(s, da.source)) continue;
      const uint64_t* g = group_of.Find(s);
      if (g == nullptr) continue;
      const uint32_t* docs = group_docs.data() + *g + 1;
      for (uint32_t k = 0; k < docs[-1]; ++k) {
        uint32_t b = docs[k];
        if (b <= a || is_boiler(s, docs_[b].source)) continue;
        ++shared[b];
      }
    }
    int64_t formulaic = 0;
    std::vector<uint32_t> bs;
    for (auto [b, c] : shared)
      if (c >= options_.min_shared) bs.push_back(b);
    std::sort(bs.begin(), bs.end());
    candidates[a] = static_cast<int64_t>(bs.size());
    // The seeds of a, indexed once for all its pairs; the other's for each.
    thread_local SeedIndex own, theirs;
    if (!bs.empty()) own.Build(da.words, mask[a], options_.seed_words);
    for (uint32_t other : bs) {
      // The alignment is not symmetric (which side leads the seeds, which
      // side's formula words count): the pair is aligned with the smaller id
      // first, so the passages do not depend on the order of the input.
      const bool swap = docs_[other].id < da.id;
      const uint32_t x = swap ? other : a, y = swap ? a : other;
      const Doc &dx = docs_[x], &dy = docs_[y];
      Side sx{dx.words, dx.bare, dx.spans, mask[x]};
      Side sy{dy.words, dy.bare, dy.spans, mask[y]};
      theirs.Build(docs_[other].words, mask[other], options_.seed_words);
      std::vector<Build> builds;
      Aligner(options_, sx, sy).Run(swap ? theirs : own, swap ? own : theirs, &builds);
      for (const Build& p : builds) {
        int aw = p.a1 - p.a0, bw = p.b1 - p.b0;
        if (std::min(aw, bw) < options_.min_words) continue;
        double sim = static_cast<double>(p.aligned) / std::max(aw, bw);
        if (sim < options_.min_similarity) continue;
        // Formulas alone (titles, honorifics) are not reuse.
        int own = 0;
        for (int t = p.a0; t < p.a1; ++t) own += !common[x][t];
        if (2 * own < options_.min_words) {
          ++formulaic;
          continue;
        }
        Passage out;
        out.a = x;
        out.b = y;
        out.a_span = WordSpan(sx, p.a0, p.a1);
        out.b_span = WordSpan(sy, p.b0, p.b1);
        out.a_words = static_cast<uint32_t>(aw);
        out.b_words = static_cast<uint32_t>(bw);
        out.aligned = static_cast<uint32_t>(p.aligned);
        out.similarity = sim;
        out.direction = CompareTimes(dx.published, dy.published);
        for (const auto& g : p.gaps)
          out.differences.push_back({WordSpan(sx, g.first.first, g.first.second),
                                     WordSpan(sy, g.second.first, g.second.second)});
        found[a].push_back(std::move(out));
      }
    }
    formulaic_count[a] = formulaic;
    // By the other article (input order), then by where the passage starts.
    std::sort(found[a].begin(), found[a].end(), [a](const Passage& x, const Passage& y) {
      uint32_t ox = x.a == a ? x.b : x.a, oy = y.a == a ? y.b : y.a;
      if (ox != oy) return ox < oy;
      if (x.a_span.begin != y.a_span.begin) return x.a_span.begin < y.a_span.begin;
      return x.b_span.begin < y.b_span.begin;
    });
  }, 4);
  passages->clear();
  for (uint32_t a = 0; a < n; ++a) {
    st.candidate_pairs += candidates[a];
    st.formulaic += formulaic_count[a];
    for (auto& p : found[a]) passages->push_back(std::move(p));
  }
  st.passages = static_cast<int64_t>(passages->size());

  // 4. Boilerplate passages: maximal runs of masked words, grouped per outlet
  // by their word sequence.
  boilerplate->clear();
  struct Run {
    uint32_t source;
    uint64_t key;
    uint32_t doc;
    Span span;
    uint32_t words;
  };
  std::vector<Run> runs;
  for (uint32_t d = 0; d < n; ++d) {
    const auto& m = mask[d];
    for (size_t i = 0; i < m.size();) {
      if (!m[i]) {
        ++i;
        continue;
      }
      size_t j = i;
      uint64_t h = 0;
      while (j < m.size() && m[j]) h = Mix64(h + docs_[d].words[j++]);
      runs.push_back({docs_[d].source, h, d, Span{docs_[d].spans[i].begin, docs_[d].spans[j - 1].end},
                      static_cast<uint32_t>(j - i)});
      i = j;
    }
  }
  std::stable_sort(runs.begin(), runs.end(), [](const Run& x, const Run& y) {
    if (x.source != y.source) return x.source < y.source;
    return x.key < y.key;
  });
  for (size_t i = 0; i < runs.size();) {
    size_t j = i + 1;
    while (j < runs.size() && runs[j].source == runs[i].source && runs[j].key == runs[i].key) ++j;
    // Distinct articles (a block can repeat inside one article).
    uint32_t count = 1;
    for (size_t k = i + 1; k < j; ++k)
      if (runs[k].doc != runs[k - 1].doc) ++count;
    // The example is the carrying article of smallest id, whatever the
    // input order.
    size_t ex = i;
    for (size_t k = i + 1; k < j; ++k)
      if (docs_[runs[k].doc].id < docs_[runs[ex].doc].id) ex = k;
    if (count >= B)
      boilerplate->push_back({sources_[runs[i].source], count, runs[ex].doc, runs[ex].span, runs[ex].words});
    i = j;
  }
  std::sort(boilerplate->begin(), boilerplate->end(), [this](const Boilerplate& x, const Boilerplate& y) {
    if (x.source != y.source) return x.source < y.source;
    if (x.articles != y.articles) return x.articles > y.articles;
    if (x.example != y.example) return docs_[x.example].id < docs_[y.example].id;
    return x.span.begin < y.span.begin;
  });
  st.boilerplate_passages = static_cast<int64_t>(boilerplate->size());
  if (stats) *stats = st;
}

}  // namespace sada
