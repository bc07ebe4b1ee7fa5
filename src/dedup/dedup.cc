// Shingles, one-permutation MinHash, banding, and the duplicate index.
#include "sada/dedup.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <numeric>

#include "sada/text.h"
#include "util/hash.h"
#include "util/sparse.h"
#include "util/union_find.h"
#include "util/parallel.h"

namespace sada {
namespace {

using internal::Mix64;

constexpr uint64_t kShingleMul = 0x9E3779B97F4A7C15ULL;  // odd: multiplication is invertible
constexpr uint64_t kBinSeed = 0x5ada5ada0b1b0b1bULL;
constexpr uint64_t kDensifySeed = 0x243F6A8885A308D3ULL;

using internal::UnionFind;

// Bin `j`'s `attempt`-th probe in densification: the same sequence for every
// document.
uint32_t DensifyProbe(uint32_t k, uint32_t j, uint64_t attempt) {
  uint64_t v = Mix64(kDensifySeed ^ (static_cast<uint64_t>(j) << 32) ^ attempt);
  return static_cast<uint32_t>(((v >> 32) * k) >> 32);
}

// The first kProbesPerBin probes of every bin, computed once per signature
// length: a short article leaves many bins empty, and each probe was a hash.
constexpr uint32_t kProbesPerBin = 32;
const std::vector<uint16_t>& DensifyProbes(uint32_t k) {
  thread_local uint32_t cached_k = 0;
  thread_local std::vector<uint16_t> probes;
  if (cached_k != k) {
    probes.resize(static_cast<size_t>(k) * kProbesPerBin);
    for (uint32_t j = 0; j < k; ++j)
      for (uint32_t a = 1; a <= kProbesPerBin; ++a)
        probes[static_cast<size_t>(j) * kProbesPerBin + a - 1] = static_cast<uint16_t>(DensifyProbe(k, j, a));
    cached_k = k;
  }
  return probes;
}

}  // namespace

void ShingleHashes(const std::vector<uint64_t>& words, int k, std::vector<uint32_t>* out) {
  out->clear();
  size_t n = words.size();
  if (n == 0) return;
  if (k < 1) k = 1;
  if (n < static_cast<size_t>(k)) {
    uint64_t h = 0;
    for (uint64_t w : words) h = (h + w) * kShingleMul;
    out->push_back(static_cast<uint32_t>(Mix64(h ^ n) >> 32));
    return;
  }
  // Polynomial rolling hash over the window: h = sum w[i+j] * M^(k-j).
  uint64_t top = 1;  // M^k
  for (int j = 0; j < k; ++j) top *= kShingleMul;
  uint64_t h = 0;
  for (int j = 0; j < k; ++j) h = (h + words[j]) * kShingleMul;
  out->reserve(n - k + 1);
  out->push_back(static_cast<uint32_t>(Mix64(h) >> 32));
  for (size_t i = k; i < n; ++i) {
    h = (h - words[i - k] * top + words[i]) * kShingleMul;
    out->push_back(static_cast<uint32_t>(Mix64(h) >> 32));
  }
}

namespace {

// Sorts `v` and drops repeats. Shingle hashes are uniform, so one pass into
// about as many buckets as values, by the top bits, leaves one or two values
// per bucket, which insertion sort puts in order; a bucket that is still
// large (values that are not uniform) goes to std::sort. Same result as
// sort + unique, in about a third of the time on article-sized sets.
void SortUnique(std::vector<uint32_t>* v) {
  const size_t n = v->size();
  if (n < 64) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
    return;
  }
  const int bits = std::min(16, static_cast<int>(std::bit_width(n)) - 1);
  const size_t buckets = size_t{1} << bits;
  const int shift = 32 - bits;
  thread_local std::vector<uint32_t> offset, cursor, tmp;
  offset.assign(buckets + 1, 0);
  for (uint32_t x : *v) ++offset[(x >> shift) + 1];
  for (size_t b = 0; b < buckets; ++b) offset[b + 1] += offset[b];
  cursor.assign(offset.begin(), offset.end() - 1);
  tmp.resize(n);
  for (uint32_t x : *v) tmp[cursor[x >> shift]++] = x;
  uint32_t* out = v->data();
  size_t m = 0;
  for (size_t b = 0; b < buckets; ++b) {
    uint32_t* first = tmp.data() + offset[b];
    uint32_t* last = tmp.data() + offset[b + 1];
    if (last - first > 32) {
      std::sort(first, last);
    } else {
      for (uint32_t* i = first + 1; i < last; ++i) {
        uint32_t x = *i;
        uint32_t* j = i;
        for (; j > first && j[-1] > x; --j) *j = j[-1];
        *j = x;
      }
    }
    for (uint32_t* i = first; i < last; ++i)
      if (m == 0 || out[m - 1] != *i) out[m++] = *i;
  }
  v->resize(m);
}

}  // namespace

void Shingles(const std::vector<uint64_t>& words, int k, std::vector<uint32_t>* out) {
  ShingleHashes(words, k, out);
  SortUnique(out);
}

double Jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() && b.empty()) return 0;
  const size_t common = internal::CountCommon(a, b);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

void MinHash(const std::vector<uint32_t>& shingles, int hashes, std::vector<uint32_t>* sig) {
  const uint32_t k = static_cast<uint32_t>(hashes);
  sig->assign(k, UINT32_MAX);
  if (shingles.empty()) return;
  // Bin occupancy: a bin still at UINT32_MAX is empty unless some shingle
  // hash is UINT32_MAX itself (one in four billion): only then is the
  // occupancy recomputed exactly, bin by bin.
  thread_local std::vector<uint64_t> filled;
  thread_local std::vector<uint32_t> original;
  filled.assign((k + 63) / 64, 0);
  uint32_t* s = sig->data();
  auto bin_of = [k](uint32_t x) {
    uint64_t v = (static_cast<uint64_t>(x) + 1) * kBinSeed;
    return static_cast<uint32_t>(((v >> 32) * k) >> 32);
  };
  // Shingle hashes are already well mixed: the value is the hash itself and
  // the bin comes from the high half of a multiplicative hash of it.
  bool has_max = false;
  for (uint32_t x : shingles) {
    uint32_t bin = bin_of(x);
    s[bin] = std::min(s[bin], x);  // branch-free: which shingle wins is unpredictable
    has_max |= x == UINT32_MAX;
  }
  for (uint32_t j = 0; j < k; ++j)
    if (s[j] != UINT32_MAX) filled[j >> 6] |= 1ULL << (j & 63);
  if (has_max) {
    for (uint32_t x : shingles) filled[bin_of(x) >> 6] |= 1ULL << (bin_of(x) & 63);
  }
  // Optimal densification: an empty bin j takes the value of the first
  // non-empty bin in its own pseudo-random probe sequence (the same sequence
  // for every document), so two documents agree in j with probability ~J.
  original.assign(s, s + k);
  const std::vector<uint16_t>& probes = DensifyProbes(k);
  for (uint32_t j = 0; j < k; ++j) {
    if (filled[j >> 6] >> (j & 63) & 1) continue;
    const uint16_t* p = probes.data() + static_cast<size_t>(j) * kProbesPerBin;
    uint32_t attempt = 1;
    for (;; ++attempt) {
      uint32_t c = attempt <= kProbesPerBin ? p[attempt - 1] : DensifyProbe(k, j, attempt);
      if (filled[c >> 6] >> (c & 63) & 1) {
        s[j] = original[c];
        break;
      }
    }
  }
}

double CandidateProbability(double j, int bands, int rows) {
  return 1.0 - std::pow(1.0 - std::pow(j, rows), bands);
}

Banding ChooseBanding(int hashes, double threshold, double min_recall) {
  Banding best;
  double best_area = 1e300;
  for (int r = 1; r <= hashes; ++r) {
    int b = hashes / r;
    if (b < 1) break;
    double p = CandidateProbability(threshold, b, r);
    if (p < min_recall) continue;
    // Integral of the S-curve below the threshold (Simpson, 200 steps).
    const int n = 200;
    double h = threshold / n, area = 0;
    for (int i = 0; i <= n; ++i) {
      double w = (i == 0 || i == n) ? 1 : (i % 2 ? 4 : 2);
      area += w * CandidateProbability(i * h, b, r);
    }
    area *= h / 3;
    if (area < best_area) {
      best_area = area;
      best = {b, r, p};
    }
  }
  if (best.bands == 0) best = {hashes, 1, CandidateProbability(threshold, hashes, 1)};
  return best;
}

DedupIndex::DedupIndex(const DedupOptions& options) : options_(options) {
  if (options_.shingle < 1) options_.shingle = 1;
  if (options_.hashes < 1) options_.hashes = 1;
  if (options_.bands > 0 && options_.rows > 0 && options_.bands * options_.rows <= options_.hashes) {
    banding_ = {options_.bands, options_.rows,
                CandidateProbability(options_.threshold, options_.bands, options_.rows)};
  } else {
    banding_ = ChooseBanding(options_.hashes, options_.threshold, options_.min_recall);
  }
  options_.bands = banding_.bands;
  options_.rows = banding_.rows;
}

int64_t DedupIndex::Add(const std::vector<Input>& inputs, int threads) {
  // Ids already present (in the index or earlier in this batch) are skipped.
  std::vector<uint8_t> skip(inputs.size(), 0);
  int64_t skipped = 0;
  {
    std::vector<std::string> batch_ids;
    for (size_t i = 0; i < inputs.size(); ++i) {
      const std::string& id = inputs[i].id;
      bool seen = std::binary_search(ids_sorted_.begin(), ids_sorted_.end(), id);
      if (!seen) {
        auto it = std::lower_bound(batch_ids.begin(), batch_ids.end(), id);
        if (it != batch_ids.end() && *it == id) {
          seen = true;
        } else {
          batch_ids.insert(it, id);
        }
      }
      if (seen) {
        skip[i] = 1;
        ++skipped;
      }
    }
    std::vector<std::string> merged;
    merged.reserve(ids_sorted_.size() + batch_ids.size());
    std::merge(std::make_move_iterator(ids_sorted_.begin()), std::make_move_iterator(ids_sorted_.end()),
               std::make_move_iterator(batch_ids.begin()), std::make_move_iterator(batch_ids.end()),
               std::back_inserter(merged));
    ids_sorted_ = std::move(merged);
  }
  size_t base = docs_.size();
  std::vector<size_t> slot(inputs.size());
  size_t n = base;
  for (size_t i = 0; i < inputs.size(); ++i) slot[i] = skip[i] ? SIZE_MAX : n++;
  docs_.resize(n);
  const int k = options_.shingle;
  internal::ParallelFor(inputs.size(), threads, [&](size_t i) {
    if (skip[i]) return;
    thread_local std::vector<uint64_t> words;
    Doc& d = docs_[slot[i]];
    d.id = inputs[i].id;
    d.published = inputs[i].published;
    HashTokens(inputs[i].text, &words, nullptr);
    XXH128_hash_t x = XXH3_128bits(words.data(), words.size() * sizeof(uint64_t));
    d.exact[0] = x.low64;
    d.exact[1] = x.high64;
    Shingles(words, k, &d.shingles);
    d.shingles.shrink_to_fit();
  }, 16);
  return skipped;
}

void DedupIndex::BandKeys(uint32_t doc, uint64_t* keys) const {
  thread_local std::vector<uint32_t> sig;
  MinHash(docs_[doc].shingles, options_.hashes, &sig);
  for (int b = 0; b < banding_.bands; ++b)
    keys[b] = XXH3_64bits_withSeed(sig.data() + b * banding_.rows, banding_.rows * sizeof(uint32_t),
                                   static_cast<uint64_t>(b) + 1);
}

// Pairs of documents that share a band key. A run of m documents with the
// same key gives all its pairs when m <= kWindow, else each document is paired
// with the kWindow after it (a run that long is a tight cluster; the window
// keeps it connected without m^2 verifications).
void DedupIndex::AppendBandPairs(const std::vector<uint32_t>& docs,
                                 std::vector<std::pair<uint32_t, uint32_t>>* pairs) const {
  constexpr size_t kWindow = 64;
  const int nb = banding_.bands;
  std::vector<uint64_t> keys(docs.size() * nb);
  internal::ParallelFor(docs.size(), options_.threads,
                        [&](size_t i) { BandKeys(docs[i], keys.data() + i * nb); }, 256);
  std::vector<std::pair<uint64_t, uint32_t>> column(docs.size());
  for (int b = 0; b < nb; ++b) {
    for (size_t i = 0; i < docs.size(); ++i) column[i] = {keys[i * nb + b], docs[i]};
    std::sort(column.begin(), column.end());
    for (size_t i = 0; i < column.size();) {
      size_t j = i + 1;
      while (j < column.size() && column[j].first == column[i].first) ++j;
      for (size_t x = i; x < j; ++x)
        for (size_t y = x + 1; y < j && y <= x + kWindow; ++y)
          pairs->emplace_back(column[x].second, column[y].second);
      i = j;
    }
  }
  std::sort(pairs->begin(), pairs->end());
  pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
}

std::vector<std::pair<uint32_t, uint32_t>> DedupIndex::CandidatePairs() const {
  std::vector<uint32_t> docs;
  for (uint32_t i = 0; i < docs_.size(); ++i)
    if (!docs_[i].shingles.empty()) docs.push_back(i);
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  AppendBandPairs(docs, &pairs);
  return pairs;
}

std::vector<DedupGroup> DedupIndex::Groups(DedupStats* stats) const {
  DedupStats st;
  const uint32_t n = static_cast<uint32_t>(docs_.size());
  st.documents = n;
  UnionFind uf(n);
  // Exact duplicates: the same token sequence. Only the first of each goes on
  // to the LSH stage.
  std::vector<uint32_t> order;
  order.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    if (docs_[i].shingles.empty()) {
      ++st.empty;
    } else {
      order.push_back(i);
    }
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Doc& x = docs_[a];
    const Doc& y = docs_[b];
    if (x.exact[0] != y.exact[0]) return x.exact[0] < y.exact[0];
    if (x.exact[1] != y.exact[1]) return x.exact[1] < y.exact[1];
    return a < b;
  });
  std::vector<uint32_t> reps;
  for (size_t i = 0; i < order.size();) {
    size_t j = i + 1;
    while (j < order.size() && docs_[order[j]].exact[0] == docs_[order[i]].exact[0] &&
           docs_[order[j]].exact[1] == docs_[order[i]].exact[1]) {
      uf.Union(order[i], order[j]);
      ++st.exact_duplicates;
      ++j;
    }
    reps.push_back(order[i]);
    i = j;
  }
  std::sort(reps.begin(), reps.end());
  // Near duplicates: LSH candidates, each verified by its exact Jaccard.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  AppendBandPairs(reps, &pairs);
  st.candidate_pairs = static_cast<int64_t>(pairs.size());
  std::vector<uint8_t> ok(pairs.size(), 0);
  internal::ParallelFor(pairs.size(), options_.threads, [&](size_t i) {
    ok[i] = Jaccard(docs_[pairs[i].first].shingles, docs_[pairs[i].second].shingles) >= options_.threshold;
  }, 256);
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (!ok[i]) continue;
    ++st.verified_pairs;
    uf.Union(pairs[i].first, pairs[i].second);
  }
  // Components of two or more, in the order of their first member.
  std::vector<std::vector<uint32_t>> comp(n);
  for (uint32_t i = 0; i < n; ++i) comp[uf.Find(i)].push_back(i);
  std::vector<DedupGroup> groups;
  for (uint32_t root = 0; root < n; ++root) {
    const auto& m = comp[root];
    if (m.size() < 2) continue;
    DedupGroup g;
    // Canonical: the earliest published member; without dates, the smallest
    // id. The others follow in the same order, so a group reads the same
    // whatever the order of the input.
    auto before = [&](uint32_t x, uint32_t y) {
      const Doc& a = docs_[x];
      const Doc& b = docs_[y];
      bool a_dated = !a.published.empty(), b_dated = !b.published.empty();
      if (a_dated != b_dated) return a_dated;
      if (a_dated && a.published != b.published) return a.published < b.published;
      if (a.id != b.id) return a.id < b.id;
      return x < y;
    };
    std::vector<uint32_t> order = m;
    std::sort(order.begin(), order.end(), before);
    const uint32_t c = order[0];
    g.canonical = c;
    g.exact = true;
    g.members.push_back({c, 1.0});
    for (uint32_t x : order) {
      if (x == c) continue;
      bool same = docs_[x].exact[0] == docs_[c].exact[0] && docs_[x].exact[1] == docs_[c].exact[1];
      g.exact = g.exact && same;
      g.members.push_back({x, same ? 1.0 : Jaccard(docs_[x].shingles, docs_[c].shingles)});
    }
    ++st.groups;
    if (!g.exact) ++st.near_groups;
    groups.push_back(std::move(g));
  }
  if (stats) *stats = st;
  return groups;
}

// ---- Saving and loading ----------------------------------------------------
//
// Layout (little-endian): "SADADUP\0", u32 version, u32 shingle, u32 hashes,
// u32 bands, u32 rows, f64 threshold, u64 documents; per document: u32 id
// length, id, u32 published length, published, u64 exact[2], u32 shingles,
// that many u32; then u64 XXH64 of everything before it.

namespace {

constexpr char kMagic[8] = {'S', 'A', 'D', 'A', 'D', 'U', 'P', '\0'};
constexpr uint32_t kVersion = 1;

class Writer {
 public:
  explicit Writer(std::ofstream* f) : f_(f), state_(XXH64_createState()) { XXH64_reset(state_, 0); }
  ~Writer() { XXH64_freeState(state_); }
  void Bytes(const void* p, size_t n) {
    f_->write(static_cast<const char*>(p), static_cast<std::streamsize>(n));
    XXH64_update(state_, p, n);
  }
  template <typename T>
  void Pod(T v) {
    Bytes(&v, sizeof v);
  }
  void Str(const std::string& s) {
    Pod<uint32_t>(static_cast<uint32_t>(s.size()));
    Bytes(s.data(), s.size());
  }
  uint64_t Digest() const { return XXH64_digest(state_); }

 private:
  std::ofstream* f_;
  XXH64_state_t* state_;
};

class Reader {
 public:
  Reader(const std::string& data) : data_(data) {}
  bool Bytes(void* p, size_t n) {
    if (n > data_.size() - pos_) return false;
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool Pod(T* v) {
    return Bytes(v, sizeof *v);
  }
  bool Str(std::string* s) {
    uint32_t n;
    if (!Pod(&n) || n > data_.size() - pos_) return false;
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  size_t pos() const { return pos_; }
  size_t remaining() const { return data_.size() - pos_; }

 private:
  const std::string& data_;
  size_t pos_ = 0;
};

}  // namespace

Status DedupIndex::Save(const std::string& path) const {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return Status::IoError("cannot write " + path);
  Writer w(&f);
  w.Bytes(kMagic, sizeof kMagic);
  w.Pod<uint32_t>(kVersion);
  w.Pod<uint32_t>(static_cast<uint32_t>(options_.shingle));
  w.Pod<uint32_t>(static_cast<uint32_t>(options_.hashes));
  w.Pod<uint32_t>(static_cast<uint32_t>(banding_.bands));
  w.Pod<uint32_t>(static_cast<uint32_t>(banding_.rows));
  w.Pod<double>(options_.threshold);
  w.Pod<uint64_t>(docs_.size());
  for (const Doc& d : docs_) {
    w.Str(d.id);
    w.Str(d.published);
    w.Pod<uint64_t>(d.exact[0]);
    w.Pod<uint64_t>(d.exact[1]);
    w.Pod<uint32_t>(static_cast<uint32_t>(d.shingles.size()));
    w.Bytes(d.shingles.data(), d.shingles.size() * sizeof(uint32_t));
  }
  uint64_t digest = w.Digest();
  f.write(reinterpret_cast<const char*>(&digest), sizeof digest);
  f.close();
  if (!f) return Status::IoError("error writing " + path);
  return Status::Ok();
}

Status DedupIndex::Load(const std::string& path, int threads, DedupIndex* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::NotFound("cannot open index " + path);
  std::string data((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (data.size() < sizeof kMagic || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
    return Status::Corrupt(path + ": not a sada duplicate index (bad magic number)");
  if (data.size() < sizeof kMagic + 8 + 8)
    return Status::Corrupt(path + ": truncated index");
  uint64_t stored;
  std::memcpy(&stored, data.data() + data.size() - 8, 8);
  if (XXH64(data.data(), data.size() - 8, 0) != stored)
    return Status::Corrupt(path + ": checksum mismatch (the file is damaged or truncated)");
  std::string body = data.substr(0, data.size() - 8);
  Reader r(body);
  char magic[8];
  r.Bytes(magic, 8);
  uint32_t version, shingle, hashes, bands, rows;
  double threshold;
  uint64_t count;
  if (!r.Pod(&version)) return Status::Corrupt(path + ": truncated header");
  if (version != kVersion)
    return Status::Unsupported(path + ": index version " + std::to_string(version) +
                               ", this sada reads version " + std::to_string(kVersion));
  if (!r.Pod(&shingle) || !r.Pod(&hashes) || !r.Pod(&bands) || !r.Pod(&rows) || !r.Pod(&threshold) ||
      !r.Pod(&count))
    return Status::Corrupt(path + ": truncated header");
  if (shingle < 1 || shingle > 1000 || hashes < 1 || hashes > 65536 || bands < 1 || rows < 1 ||
      static_cast<uint64_t>(bands) * rows > hashes || !(threshold > 0 && threshold <= 1))
    return Status::Corrupt(path + ": impossible parameters in the header");
  DedupOptions o;
  o.shingle = static_cast<int>(shingle);
  o.hashes = static_cast<int>(hashes);
  o.bands = static_cast<int>(bands);
  o.rows = static_cast<int>(rows);
  o.threshold = threshold;
  o.threads = threads;
  DedupIndex idx(o);
  if (count > r.remaining() / 28) return Status::Corrupt(path + ": document count exceeds the file");
  idx.docs_.resize(count);
  for (uint64_t i = 0; i < count; ++i) {
    Doc& d = idx.docs_[i];
    uint32_t ns;
    if (!r.Str(&d.id) || !r.Str(&d.published) || !r.Pod(&d.exact[0]) || !r.Pod(&d.exact[1]) ||
        !r.Pod(&ns) || ns > r.remaining() / 4)
      return Status::Corrupt(path + ": document " + std::to_string(i) + " is truncated");
    d.shingles.resize(ns);
    r.Bytes(d.shingles.data(), ns * sizeof(uint32_t));
    if (!std::is_sorted(d.shingles.begin(), d.shingles.end()))
      return Status::Corrupt(path + ": document " + std::to_string(i) + " has an unsorted shingle set");
  }
  if (r.remaining() != 0) return Status::Corrupt(path + ": trailing bytes after the documents");
  idx.ids_sorted_.reserve(count);
  for (const Doc& d : idx.docs_) idx.ids_sorted_.push_back(d.id);
  std::sort(idx.ids_sorted_.begin(), idx.ids_sorted_.end());
  *out = std::move(idx);
  return Status::Ok();
}

}  // namespace sada
