// Averaged perceptron tagger (Collins 2002; averaging as in Daumé's
// "lazy" form: w_avg = w - u / c) over hashed string features.
#include "sada/ner.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <random>

#include "facts/gazetteer.h"
#include "sada/text.h"
#include "util/hash.h"
#include "util/strings.h"
#include "util/u64_map.h"

extern "C" {
// models/clusters-ar.txt, linked in by src/facts/core_data.S.
extern const char sada_clusters_begin[];
extern const char sada_clusters_end[];
}

namespace sada {
namespace {

constexpr const char* kLabelNames[kNumNerLabels] = {"O",     "B-PERS", "I-PERS", "B-LOC", "I-LOC",
                                                    "B-ORG", "I-ORG",  "B-MISC", "I-MISC"};

// Feature templates: a small id mixed into the hash of the string.
enum Tpl : uint64_t {
  kBias = 1, kWord, kStem, kPre1, kPre2, kPre3, kSuf1, kSuf2, kSuf3, kShape, kLen,
  kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevStem, kNextStem, kBigramPrev, kBigramNext,
  kGaz, kPrevGaz, kNextGaz, kPrev2Gaz, kPunct, kNextPunct, kPrevLabel, kPrev2Labels,
  kPrevLabelWord, kHasAl, kPrevLabelGaz, kFirst, kStemPrevStem, kPrevSuf2, kNextSuf2, kNextPre2,
  kPrevLabelSuf, kBare, kPrevBare, kNextBare, kCluster, kPrevCluster, kNextCluster, kPrev2Cluster,
  kNext2Cluster, kClusterBigram,
};

inline uint64_t Str(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }
// A feature: a template id and up to two values, mixed so that the order of
// the parts counts.
using internal::Mix64;
inline uint64_t F(Tpl t, uint64_t a, uint64_t b = 0) {
  return Mix64(Mix64(a + t * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL + t));
}

// First/last n letters (two bytes each for Arabic; bytes otherwise).
std::string_view Head(std::string_view k, size_t letters) {
  size_t n = 0, i = 0;
  while (i < k.size() && n < letters) {
    unsigned char c = k[i];
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++n;
  }
  return k.substr(0, std::min(i, k.size()));
}
std::string_view Tail(std::string_view k, size_t letters) {
  size_t i = k.size(), n = 0;
  while (i > 0 && n < letters) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(k[i]) & 0xC0) == 0x80) --i;
    ++n;
  }
  return k.substr(i);
}

uint64_t Shape(const NerToken& t) {
  if (t.number) return 1;
  unsigned char c = t.key.empty() ? 0 : t.key[0];
  if (c < 0x80) return 2;                 // Latin
  if (c == 0xD8 || c == 0xD9) return 3;   // Arabic
  return 4;
}

const std::string& Al() {
  static const std::string al = Normalize("ال", Form::kMatchKey);
  return al;
}

}  // namespace

namespace {

// Key hash -> cluster. Only the 64-bit hashes are compared: two keys sharing
// one (a chance of about 50,000 in 2^64) would share a cluster feature, which
// can only nudge the tagger.
class ClusterTable {
 public:
  ClusterTable() {
    std::string_view data(sada_clusters_begin, static_cast<size_t>(sada_clusters_end - sada_clusters_begin));
    while (!data.empty()) {
      size_t nl = data.find('\n');
      std::string_view line = data.substr(0, nl);
      data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      map_.Insert(Hash(line.substr(0, tab)), std::atoi(std::string(line.substr(tab + 1)).c_str()));
    }
  }
  int32_t Find(std::string_view key) const {
    const int32_t* c = map_.Find(Hash(key));
    return c ? *c : -1;
  }

 private:
  static uint64_t Hash(std::string_view k) { return XXH3_64bits(k.data(), k.size()) | 1; }
  internal::U64Map<int32_t> map_;
};

}  // namespace

int32_t WordCluster(std::string_view key) {
  static const ClusterTable* table = new ClusterTable();
  return table->Find(key);
}

struct NerModel::Table : internal::U64Map<std::array<int16_t, kNumNerLabels>> {};

NerModel::NerModel() : weights_(std::make_shared<Table>()) {}

size_t NerModel::num_features() const { return weights_->size(); }

const char* NerLabelName(int label) {
  return label >= 0 && label < kNumNerLabels ? kLabelNames[label] : "?";
}

int NerLabelFromName(std::string_view name) {
  for (int i = 0; i < kNumNerLabels; ++i)
    if (name == kLabelNames[i]) return i;
  return -1;
}

NerToken MakeNerToken(std::string_view key, std::string_view stem, uint32_t gazetteer, bool punct_before,
                      bool number) {
  NerToken t;
  t.key = std::string(key);
  t.stem = std::string(number ? key : stem);
  t.punct_before = punct_before;
  t.number = number;
  t.gazetteer = number ? 0 : gazetteer;
  t.cluster = number ? -1 : WordCluster(t.key);
  return t;
}

NerToken MakeNerToken(std::string_view key, bool punct_before, bool number) {
  if (number) return MakeNerToken(key, key, 0, punct_before, true);
  return MakeNerToken(key, Stem(key, "ar"), internal::Gazetteer::Get().Lookup(key), punct_before, false);
}

namespace internal_ner {

// What the features need of each token, hashed once per sentence.
struct TokenHashes {
  uint64_t word, stem, bare, has_al, pre1, pre2, pre3, suf1, suf2, suf3, len, shape, cluster;
  uint32_t gaz;
  bool punct, number;
};

void HashTokens(const std::vector<NerToken>& s, std::vector<TokenHashes>* out) {
  static const uint64_t kNum = Str("<num>");
  out->resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const NerToken& t = s[i];
    TokenHashes& h = (*out)[i];
    h = TokenHashes{};
    h.word = t.number ? kNum : Str(t.key);
    h.stem = t.number ? kNum : Str(t.stem);
    h.shape = Shape(t);
    h.gaz = t.gazetteer & 0xFF;  // the flags the model was trained with
    h.punct = t.punct_before;
    h.number = t.number;
    h.cluster = t.number ? 1 : static_cast<uint64_t>(t.cluster + 2);  // 1: number, 2: no cluster
    h.bare = h.word;
    if (!t.number) {
      std::string_view key = t.key;
      // Without one leading conjunction or preposition (وسوريا, بدمشق, للفرات).
      static const std::string kClitics[] = {Normalize("و", Form::kMatchKey), Normalize("ف", Form::kMatchKey),
                                             Normalize("ب", Form::kMatchKey), Normalize("ل", Form::kMatchKey),
                                             Normalize("ك", Form::kMatchKey)};
      static const std::string kLil = Normalize("لل", Form::kMatchKey);
      if (key.size() > 8 && key.compare(0, kLil.size(), kLil) == 0) {
        h.bare = Str(Al() + std::string(key.substr(kLil.size())));
      } else if (key.size() > 6) {
        for (const auto& c : kClitics)
          if (key.compare(0, c.size(), c) == 0) h.bare = Str(key.substr(c.size()));
      }
      bool al = key.size() > Al().size() && key.compare(0, Al().size(), Al()) == 0;
      std::string_view bare = al ? key.substr(Al().size()) : key;
      h.has_al = al ? 2 : 1;
      h.pre1 = Str(Head(bare, 1));
      h.pre2 = Str(Head(bare, 2));
      h.pre3 = Str(Head(key, 3));
      h.suf1 = Str(Tail(key, 1));
      h.suf2 = Str(Tail(key, 2));
      h.suf3 = Str(Tail(key, 3));
      h.len = std::min<size_t>(key.size() / 2, 8) + 1;
    }
  }
}

// Features of token i that depend on nothing but the token itself.
void IntrinsicFeatures(const TokenHashes& t, std::vector<uint64_t>* out) {
  out->push_back(F(kBias, 0));
  out->push_back(F(kWord, t.word));
  out->push_back(F(kStem, t.stem));
  out->push_back(F(kBare, t.bare));
  out->push_back(F(kCluster, t.cluster));
  if (!t.number) {
    out->push_back(F(kHasAl, t.has_al));
    out->push_back(F(kPre1, t.pre1));
    out->push_back(F(kPre2, t.pre2));
    out->push_back(F(kPre3, t.pre3));
    out->push_back(F(kSuf1, t.suf1));
    out->push_back(F(kSuf2, t.suf2));
    out->push_back(F(kSuf3, t.suf3));
    out->push_back(F(kLen, t.len));
  }
  out->push_back(F(kShape, t.shape));
  for (uint32_t bit = 1; bit <= 128; bit <<= 1)
    if (t.gaz & bit) out->push_back(F(kGaz, bit));
}

// Features of token i from its neighbours and the two labels before it.
void ContextFeatures(const std::vector<TokenHashes>& s, size_t i, int prev, int prev2, std::vector<uint64_t>* out) {
  static const uint64_t kStart = Str("<s>"), kEnd = Str("</s>");
  const long n = static_cast<long>(s.size()), k = static_cast<long>(i);
  auto word = [&](long j) { return j < 0 ? kStart : j >= n ? kEnd : s[j].word; };
  auto stem = [&](long j) { return j < 0 ? kStart : j >= n ? kEnd : s[j].stem; };
  auto gaz = [&](long j) -> uint32_t { return j < 0 || j >= n ? 0 : s[j].gaz; };
  const TokenHashes& t = s[i];
  out->push_back(F(kPrevWord, word(k - 1)));
  out->push_back(F(kNextWord, word(k + 1)));
  out->push_back(F(kPrev2Word, word(k - 2)));
  out->push_back(F(kNext2Word, word(k + 2)));
  out->push_back(F(kPrevStem, stem(k - 1)));
  out->push_back(F(kPrevBare, k > 0 ? s[k - 1].bare : kStart));
  auto cluster = [&](long j) -> uint64_t { return j < 0 ? 0x51 : j >= n ? 0x52 : s[j].cluster; };
  out->push_back(F(kPrevCluster, cluster(k - 1)));
  out->push_back(F(kNextCluster, cluster(k + 1)));
  out->push_back(F(kPrev2Cluster, cluster(k - 2)));
  out->push_back(F(kNext2Cluster, cluster(k + 2)));
  out->push_back(F(kClusterBigram, cluster(k - 1), t.cluster));
  out->push_back(F(kNextBare, k + 1 < n ? s[k + 1].bare : kEnd));
  out->push_back(F(kNextStem, stem(k + 1)));
  out->push_back(F(kBigramPrev, word(k - 1), word(k)));
  out->push_back(F(kBigramNext, word(k), word(k + 1)));
  out->push_back(F(kStemPrevStem, stem(k - 1), stem(k)));
  if (k > 0 && !s[k - 1].number) out->push_back(F(kPrevSuf2, s[k - 1].suf2));
  if (k + 1 < n && !s[k + 1].number) {
    out->push_back(F(kNextSuf2, s[k + 1].suf2));
    out->push_back(F(kNextPre2, s[k + 1].pre2));
  }
  uint32_t g0 = t.gaz, gp = gaz(k - 1), gn = gaz(k + 1), gp2 = gaz(k - 2);
  for (uint32_t bit = 1; bit <= 128; bit <<= 1) {
    if (gp & bit) out->push_back(F(kPrevGaz, bit));
    if (gn & bit) out->push_back(F(kNextGaz, bit));
    if (gp2 & bit) out->push_back(F(kPrev2Gaz, bit));
    if ((g0 & bit) && prev != kO) out->push_back(F(kPrevLabelGaz, bit, static_cast<uint64_t>(prev)));
  }
  out->push_back(F(kPunct, t.punct ? 2 : 1));
  out->push_back(F(kNextPunct, k + 1 < n && s[k + 1].punct ? 2 : 1));
  out->push_back(F(kFirst, i == 0 ? 2 : 1));
  out->push_back(F(kPrevLabel, static_cast<uint64_t>(prev) + 1));
  out->push_back(F(kPrev2Labels, static_cast<uint64_t>(prev) + 1, static_cast<uint64_t>(prev2) + 1));
  out->push_back(F(kPrevLabelWord, static_cast<uint64_t>(prev) + 1, t.word));
  if (!t.number) out->push_back(F(kPrevLabelSuf, static_cast<uint64_t>(prev) + 1, t.suf2));
}

}  // namespace internal_ner

namespace {

// An I- label must continue an entity of the same type.
bool Allowed(int label, int prev) {
  if (label == kO || IsBegin(label)) return true;
  return prev != kO && EntityOf(prev) == EntityOf(label);
}

template <typename Score>
int Best(int prev, const Score& score) {
  int best = kO;
  float best_score = -INFINITY;
  for (int l = 0; l < kNumNerLabels; ++l) {
    if (!Allowed(l, prev)) continue;
    if (score[l] > best_score) {
      best_score = score[l];
      best = l;
    }
  }
  return best;
}

}  // namespace

void NerModel::Tag(const std::vector<NerToken>& sentence, std::vector<int>* labels) const {
  using Score = std::array<int32_t, kNumNerLabels>;
  labels->assign(sentence.size(), kO);
  thread_local std::vector<internal_ner::TokenHashes> hashes;
  thread_local std::vector<uint64_t> feats;
  internal_ner::HashTokens(sentence, &hashes);
  // The score of a token's own features depends only on the token: kept in a
  // per-thread direct-mapped cache (key: the token's hashes; on a clash the
  // sum is computed again). Scores are integer sums of the int16 weights, so
  // the cache can never change an answer.
  struct Entry {
    uint64_t key = 0;
    const NerModel* model = nullptr;
    Score score{};
  };
  constexpr size_t kEntries = 1 << 15;
  thread_local std::vector<Entry> cache(kEntries);
  auto add = [&](Score* score) {
    for (uint64_t f : feats) weights_->Prefetch(f);
    for (uint64_t f : feats) {
      const auto* w = weights_->Find(f);
      if (w == nullptr) continue;
      for (int l = 0; l < kNumNerLabels; ++l) (*score)[l] += (*w)[l];
    }
  };
  int prev = kO, prev2 = kO;
  for (size_t i = 0; i < sentence.size(); ++i) {
    const auto& h = hashes[i];
    uint64_t key = Mix64(h.word ^ Mix64(h.stem + h.gaz)) | 1;
    Entry& e = cache[key & (kEntries - 1)];
    if (e.key != key || e.model != this) {
      feats.clear();
      internal_ner::IntrinsicFeatures(h, &feats);
      e.score = Score{};
      add(&e.score);
      e.key = key;
      e.model = this;
    }
    Score score = e.score;
    feats.clear();
    internal_ner::ContextFeatures(hashes, i, prev, prev2, &feats);
    add(&score);
    int l = Best(prev, score);
    (*labels)[i] = l;
    prev2 = prev;
    prev = l;
  }
}

void NerModel::TagDocument(const std::vector<std::vector<NerToken>>& sentences,
                           std::vector<std::vector<int>>* labels) const {
  labels->resize(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) Tag(sentences[i], &(*labels)[i]);
  // Words that stand for an entity somewhere: key -> votes per type; and
  // names of several words the same way.
  std::unordered_map<std::string, std::array<int, 4>> votes, phrases;
  size_t max_len = 0;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    const auto& l = (*labels)[si];
    for (size_t a = 0; a < s.size();) {
      int e = EntityOf(l[a]);
      if (e < 0) {
        ++a;
        continue;
      }
      size_t b = EntityEnd(l, a);
      const NerToken& last = s[b - 1];
      bool single = b == a + 1;
      if (!last.number && last.key.size() >= 6 && (single || e == 0)) ++votes[last.key][e];
      if (!single && b - a <= 5) {
        std::string seq;
        for (size_t k = a; k < b; ++k) seq += (k > a ? " " : "") + s[k].key;
        ++phrases[seq][e];
        max_len = std::max(max_len, b - a);
      }
      a = b;
    }
  }
  // Names of several words: where the same words stand untagged.
  for (size_t si = 0; si < sentences.size() && !phrases.empty(); ++si) {
    const auto& s = sentences[si];
    auto& l = (*labels)[si];
    for (size_t i = 0; i < s.size(); ++i) {
      for (size_t n = std::min(max_len, s.size() - i); n >= 2; --n) {
        bool untagged = true;
        for (size_t k = i; k < i + n; ++k) untagged = untagged && l[k] == kO;
        if (!untagged) continue;
        std::string seq;
        for (size_t k = i; k < i + n; ++k) seq += (k > i ? " " : "") + s[k].key;
        auto it = phrases.find(seq);
        if (it == phrases.end()) continue;
        int best = 0;
        for (int e = 1; e < 4; ++e)
          if (it->second[e] > it->second[best]) best = e;
        l[i] = 2 * best + 1;
        for (size_t k = i + 1; k < i + n; ++k) l[k] = 2 * best + 2;
        i += n - 1;
        break;
      }
    }
  }
  if (votes.empty()) return;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    auto& l = (*labels)[si];
    for (size_t i = 0; i < s.size(); ++i) {
      if (l[i] != kO || s[i].number) continue;
      auto it = votes.find(s[i].key);
      if (it == votes.end()) continue;
      int best = 0;
      for (int e = 1; e < 4; ++e)
        if (it->second[e] > it->second[best]) best = e;
      // Continue a person's name just before it, else begin an entity.
      int begin = 2 * best + 1;
      l[i] = (i > 0 && EntityOf(l[i - 1]) == best && best == 0) ? begin + 1 : begin;
    }
  }
}

NerModel NerModel::Train(const std::vector<std::vector<NerToken>>& sentences,
                         const std::vector<std::vector<int>>& labels, int epochs, uint64_t seed,
                         bool verbose) {
  struct Acc {
    Weights w{}, u{};  // weights, and sum of (time * update)
  };
  std::unordered_map<uint64_t, Acc> acc;
  acc.reserve(1 << 20);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(seed);
  float c = 1;  // update counter
  std::vector<uint64_t> feats;
  std::vector<internal_ner::TokenHashes> hashes;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t errors = 0, total = 0;
    for (size_t si : order) {
      const auto& s = sentences[si];
      const auto& gold = labels[si];
      int prev = kO, prev2 = kO;
      internal_ner::HashTokens(s, &hashes);
      for (size_t i = 0; i < s.size(); ++i) {
        // Training follows the gold history (the decoder's own is used at
        // run time): the common, stable choice for greedy taggers.
        feats.clear();
        internal_ner::IntrinsicFeatures(hashes[i], &feats);
        internal_ner::ContextFeatures(hashes, i, prev, prev2, &feats);
        Weights score{};
        for (uint64_t f : feats) {
          auto it = acc.find(f);
          if (it == acc.end()) continue;
          for (int l = 0; l < kNumNerLabels; ++l) score[l] += it->second.w[l];
        }
        int guess = Best(prev, score);
        int truth = gold[i];
        if (guess != truth) {
          ++errors;
          for (uint64_t f : feats) {
            Acc& a = acc[f];
            a.w[truth] += 1;
            a.u[truth] += c;
            a.w[guess] -= 1;
            a.u[guess] -= c;
          }
        }
        ++total;
        c += 1;
        prev2 = prev;
        prev = truth;
      }
    }
    if (verbose) {
      std::fprintf(stderr, "epoch %d: %zu of %zu tokens wrong (%.2f%%), %zu features\n", epoch + 1,
                   errors, total, 100.0 * errors / std::max<size_t>(total, 1), acc.size());
    }
  }
  // Averaged weights, quantized to int16 with one scale for the model (the
  // form the file keeps), so a trained model tags exactly as a loaded one.
  std::vector<std::pair<uint64_t, Weights>> avg;
  avg.reserve(acc.size());
  float max_abs = 0;
  for (const auto& [f, a] : acc) {
    Weights w{};
    for (int l = 0; l < kNumNerLabels; ++l) {
      w[l] = a.w[l] - a.u[l] / c;
      max_abs = std::max(max_abs, std::fabs(w[l]));
    }
    avg.emplace_back(f, w);
  }
  std::sort(avg.begin(), avg.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  NerModel m;
  m.scale_ = max_abs > 0 ? 32767.0f / max_abs : 1.0f;
  for (const auto& [f, w] : avg) {
    std::array<int16_t, kNumNerLabels> q{};
    bool any = false;
    for (int l = 0; l < kNumNerLabels; ++l) {
      q[l] = static_cast<int16_t>(std::lround(w[l] * m.scale_));
      any = any || q[l] != 0;
    }
    if (any) m.weights_->Insert(f, q);
  }
  return m;
}

namespace {
constexpr char kMagic[8] = {'S', 'A', 'D', 'A', 'N', 'E', 'R', '\0'};
constexpr uint32_t kVersion = 1;

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T>
bool Get(std::string_view* in, T* v) {
  if (in->size() < sizeof(T)) return false;
  std::memcpy(v, in->data(), sizeof(T));
  in->remove_prefix(sizeof(T));
  return true;
}
}  // namespace

std::string NerModel::Serialize() const {
  // Sorted by hash so the file is deterministic.
  std::vector<uint64_t> keys = weights_->Keys();
  std::sort(keys.begin(), keys.end());
  std::string out(kMagic, sizeof kMagic);
  Put(&out, kVersion);
  Put(&out, static_cast<uint32_t>(kNumNerLabels));
  Put(&out, scale_);
  Put(&out, static_cast<uint64_t>(keys.size()));
  for (uint64_t f : keys) {
    Put(&out, f);
    for (int16_t q : *weights_->Find(f)) Put(&out, q);
  }
  Put(&out, static_cast<uint64_t>(XXH64(out.data(), out.size(), 0)));
  return out;
}

Result<NerModel> NerModel::Deserialize(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Status::Corrupt("not a sada NER model (bad magic)");
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, 8);
  if (XXH64(bytes.data(), bytes.size() - 8, 0) != sum) return Status::Corrupt("NER model checksum mismatch");
  std::string_view in = bytes.substr(sizeof kMagic, bytes.size() - sizeof kMagic - 8);
  uint32_t version, nlabels;
  float scale;
  uint64_t n;
  if (!Get(&in, &version) || !Get(&in, &nlabels) || !Get(&in, &scale) || !Get(&in, &n)) {
    return Status::Corrupt("NER model header is truncated");
  }
  if (version != kVersion) return Status::Unsupported("NER model version " + std::to_string(version));
  if (nlabels != kNumNerLabels) return Status::Corrupt("NER model has " + std::to_string(nlabels) + " labels");
  if (in.size() != n * (8 + 2 * kNumNerLabels)) return Status::Corrupt("NER model size does not match its count");
  if (!(scale > 0)) return Status::Corrupt("NER model scale is not positive");
  NerModel m;
  m.scale_ = scale;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t f = 0;
    Get(&in, &f);
    std::array<int16_t, kNumNerLabels> w{};
    for (int l = 0; l < kNumNerLabels; ++l) Get(&in, &w[l]);
    m.weights_->Insert(f, w);
  }
  return m;
}

}  // namespace sada
