// word_clusters — groups words by the company they keep, for the entity
// tagger's cluster features:
//
//   word_clusters [--clusters K] OUT.txt PATH...   (e.g. ../shared/corpus/saudinewsnet/*.zip)
//
// Reads the articles, takes the match keys of word tokens, keeps the 50,000
// most frequent words seen at least 10 times, and describes each by the
// counts of the 300 most frequent words directly before it and directly after
// it (600 dimensions, square-rooted and scaled to unit length). Spherical
// k-means (K clusters, default 256, 12 rounds, seeded from words spread over the
// frequency ranking, so the result depends only on the input) assigns each
// word a cluster. Writes "key<TAB>cluster" lines in key byte order.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "sada/ingest.h"
#include "sada/text.h"
#include "util/main_guard.h"

namespace {

constexpr size_t kVocab = 50000, kMinCount = 10, kContext = 300, kRounds = 12;
size_t kClusters = 256;

struct Counter : sada::IngestSink {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;
  std::vector<uint64_t> freq;
  std::vector<std::vector<uint32_t>> docs;  // word ids per article (numbers as a gap)
  sada::TokenizedText tt;
  void OnArticle(sada::Article&& a) override {
    sada::Tokenize(a.text, &tt);
    std::vector<uint32_t> seq;
    seq.reserve(tt.tokens.size());
    for (const auto& t : tt.tokens) {
      if (t.kind == sada::TokenKind::kNumber) {
        seq.push_back(UINT32_MAX);
        continue;
      }
      std::string k(tt.Key(t));
      auto [it, fresh] = ids.emplace(k, static_cast<uint32_t>(words.size()));
      if (fresh) {
        words.push_back(k);
        freq.push_back(0);
      }
      ++freq[it->second];
      seq.push_back(it->second);
    }
    docs.push_back(std::move(seq));
  }
  void OnDiagnostic(sada::Diagnostic&&) override {}
};

}  // namespace

int Main(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[1]) == "--clusters") {
    kClusters = std::stoul(argv[2]);
    argv += 2;
    argc -= 2;
  }
  if (argc < 3 || kClusters < 2) {
    std::fprintf(stderr, "usage: word_clusters [--clusters K (256)] OUT.txt PATH...\n");
    return 2;
  }
  Counter c;
  sada::IngestStats st;
  if (!sada::Ingest(std::vector<std::string>(argv + 2, argv + argc), {}, &c, &st).ok()) return 2;
  // Ranking by frequency (ties by key, so the order is fixed).
  std::vector<uint32_t> order(c.words.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return c.freq[a] != c.freq[b] ? c.freq[a] > c.freq[b] : c.words[a] < c.words[b];
  });
  std::vector<int32_t> vocab_of(c.words.size(), -1), context_of(c.words.size(), -1);
  size_t nv = 0;
  for (uint32_t w : order) {
    if (nv >= kVocab || c.freq[w] < kMinCount) break;
    vocab_of[w] = static_cast<int32_t>(nv++);
  }
  for (size_t r = 0; r < std::min(kContext, order.size()); ++r) context_of[order[r]] = static_cast<int32_t>(r);
  // Context counts: left neighbours in [0, kContext), right in [kContext, 2 kContext).
  std::vector<std::map<uint32_t, float>> vec(nv);
  for (const auto& d : c.docs) {
    for (size_t i = 0; i < d.size(); ++i) {
      if (d[i] == UINT32_MAX || vocab_of[d[i]] < 0) continue;
      auto& v = vec[vocab_of[d[i]]];
      if (i > 0 && d[i - 1] != UINT32_MAX && context_of[d[i - 1]] >= 0) v[context_of[d[i - 1]]] += 1;
      if (i + 1 < d.size() && d[i + 1] != UINT32_MAX && context_of[d[i + 1]] >= 0)
        v[kContext + context_of[d[i + 1]]] += 1;
    }
  }
  std::vector<std::vector<std::pair<uint32_t, float>>> x(nv);
  for (size_t w = 0; w < nv; ++w) {
    double norm = 0;
    for (auto& [k, v] : vec[w]) {
      v = std::sqrt(v);
      norm += v * v;
    }
    norm = std::sqrt(norm);
    for (auto [k, v] : vec[w]) x[w].emplace_back(k, norm > 0 ? static_cast<float>(v / norm) : 0.f);
  }
  vec.clear();
  // Seeds: words spread evenly over the frequency ranking.
  const size_t k = std::min(kClusters, nv);
  std::vector<std::vector<float>> centroid(k, std::vector<float>(2 * kContext, 0.f));
  for (size_t j = 0; j < k; ++j)
    for (auto [d, v] : x[j * nv / k]) centroid[j][d] = v;
  std::vector<uint32_t> assign(nv, 0);
  for (size_t round = 0; round < kRounds; ++round) {
    size_t moved = 0;
    for (size_t w = 0; w < nv; ++w) {
      float best = -1;
      uint32_t arg = 0;
      for (size_t j = 0; j < k; ++j) {
        float dot = 0;
        for (auto [d, v] : x[w]) dot += v * centroid[j][d];
        if (dot > best) {
          best = dot;
          arg = static_cast<uint32_t>(j);
        }
      }
      moved += assign[w] != arg || round == 0;
      assign[w] = arg;
    }
    for (auto& cen : centroid) std::fill(cen.begin(), cen.end(), 0.f);
    for (size_t w = 0; w < nv; ++w)
      for (auto [d, v] : x[w]) centroid[assign[w]][d] += v;
    for (auto& cen : centroid) {
      double norm = 0;
      for (float v : cen) norm += v * v;
      norm = std::sqrt(norm);
      if (norm > 0)
        for (float& v : cen) v = static_cast<float>(v / norm);
    }
    std::fprintf(stderr, "word_clusters: round %zu, %zu words moved\n", round + 1, moved);
  }
  std::vector<std::pair<std::string, uint32_t>> out;
  for (uint32_t w = 0; w < c.words.size(); ++w)
    if (vocab_of[w] >= 0) out.emplace_back(c.words[w], assign[vocab_of[w]]);
  std::sort(out.begin(), out.end());
  std::ofstream f(argv[1], std::ios::binary);
  for (const auto& [w, cl] : out) f << w << '\t' << cl << '\n';
  if (!f) {
    std::fprintf(stderr, "word_clusters: cannot write %s\n", argv[1]);
    return 1;
  }
  std::fprintf(stderr, "word_clusters: %zu words in %zu clusters -> %s\n", out.size(), k, argv[1]);
  return 0;
}

int main(int argc, char** argv) { return sada::internal::GuardedMain("word_clusters", Main, argc, argv); }
