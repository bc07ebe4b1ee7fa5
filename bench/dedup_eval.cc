// Evaluations of `sada dedup` that need a real corpus (not part of the tests).
//
//   dedup_eval brute N PATH...
//     Reads PATH..., keeps the first N articles, and compares the LSH path
//     with brute force: every pair's exact Jaccard against the candidate pairs
//     and the groups. Prints recall at the threshold and any reported pair
//     below it.
//
//   dedup_eval compare N OUTDIR PATH...
//     The first N articles: brute-force truth (pairs at Jaccard >= 0.8 of
//     5-word shingles), sada's DedupIndex timed from raw text, and files for
//     the other tools in bench/compare_dedup.sh: OUTDIR/shingles.txt (each
//     article's shingle hashes, the same sets sada uses), OUTDIR/truth.txt
//     (the truth pairs), OUTDIR/words/NNNNNN (one byte per word, so that 5-byte
//     shingles are 5-word shingles, for Debian's simhash).
//
//   dedup_eval planted TRUTH.jsonl GROUPS.jsonl GENERATED...
//     For the planted copies of `sada generate` (TRUTH) and the groups `sada
//     dedup` found (GROUPS): the exact Jaccard of each planted pair, and the
//     share of pairs at or above the threshold that ended up in one group,
//     by edit rate.
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sada/dedup.h"
#include "sada/ingest.h"
#include "sada/text.h"
#include "util/main_guard.h"

namespace {

struct Collect : sada::IngestSink {
  size_t limit = SIZE_MAX;
  std::unordered_set<std::string>* wanted = nullptr;
  std::vector<sada::Article> articles;
  void OnArticle(sada::Article&& a) override {
    if (articles.size() >= limit) return;
    if (wanted && !wanted->count(a.id)) return;
    articles.push_back(std::move(a));
  }
  void OnDiagnostic(sada::Diagnostic&&) override {}
};

int Brute(size_t n, const std::vector<std::string>& paths) {
  Collect c;
  c.limit = n;
  sada::IngestStats st;
  if (!sada::Ingest(paths, {}, &c, &st).ok()) return 2;
  sada::DedupOptions o;
  o.threads = 2;
  sada::DedupIndex idx(o);
  std::vector<sada::DedupIndex::Input> in;
  for (const auto& a : c.articles) in.push_back({a.id, a.published, a.text});
  idx.Add(in);
  auto t0 = std::chrono::steady_clock::now();
  auto cand = idx.CandidatePairs();
  sada::DedupStats ds;
  auto groups = idx.Groups(&ds);
  double lsh_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::vector<int> group_of(idx.size(), -1);
  for (size_t g = 0; g < groups.size(); ++g)
    for (const auto& m : groups[g].members) group_of[m.doc] = static_cast<int>(g);
  t0 = std::chrono::steady_clock::now();
  int64_t truth = 0, in_candidates = 0, in_groups = 0, cand_below = 0;
  std::map<int, std::pair<int64_t, int64_t>> by_band;  // J*20 -> (pairs, found)
  for (uint32_t i = 0; i < idx.size(); ++i) {
    if (idx.shingles(i).empty()) continue;
    for (uint32_t j = i + 1; j < idx.size(); ++j) {
      double jac = sada::Jaccard(idx.shingles(i), idx.shingles(j));
      if (jac < o.threshold) continue;
      ++truth;
      bool found = std::binary_search(cand.begin(), cand.end(), std::make_pair(i, j));
      in_candidates += found;
      in_groups += group_of[i] >= 0 && group_of[i] == group_of[j];
      auto& b = by_band[static_cast<int>(jac * 20)];
      ++b.first;
      b.second += found;
    }
  }
  double brute_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  int64_t reported_below = 0, members = 0;
  for (const auto& g : groups)
    for (const auto& m : g.members) {
      ++members;
      double best = 0;
      for (const auto& x : g.members)
        if (x.doc != m.doc) best = std::max(best, sada::Jaccard(idx.shingles(m.doc), idx.shingles(x.doc)));
      reported_below += best < o.threshold;
    }
  (void)cand_below;
  std::printf("articles %zu; pairs with Jaccard >= %.2f (brute force, %.1f s): %lld\n", idx.size(), o.threshold,
              brute_secs, static_cast<long long>(truth));
  std::printf("LSH (%d bands x %d rows, %.2f s): %zu candidate pairs; recall of the candidates %.4f; "
              "pairs inside one group %.4f\n",
              idx.banding().bands, idx.banding().rows, lsh_secs, cand.size(),
              truth ? static_cast<double>(in_candidates) / truth : 1.0,
              truth ? static_cast<double>(in_groups) / truth : 1.0);
  for (auto [band, v] : by_band)
    std::printf("  Jaccard [%.2f, %.2f): %lld pairs, %.4f found\n", band / 20.0, (band + 1) / 20.0,
                static_cast<long long>(v.first), static_cast<double>(v.second) / v.first);
  std::printf("groups %zu with %lld members; members with no other member at or above the threshold: %lld\n",
              groups.size(), static_cast<long long>(members), static_cast<long long>(reported_below));
  return 0;
}


int Compare(size_t n, const std::string& dir, const std::vector<std::string>& paths) {
  Collect c;
  c.limit = n;
  sada::IngestStats st;
  if (!sada::Ingest(paths, {}, &c, &st).ok()) return 2;
  std::vector<sada::DedupIndex::Input> in;
  for (const auto& a : c.articles) in.push_back({a.id, a.published, a.text});
  // sada, from raw text: signatures, LSH, verification, groups (one thread,
  // as the Go driver's query loop is one).
  sada::DedupOptions o;
  o.threads = 1;
  auto t0 = std::chrono::steady_clock::now();
  sada::DedupIndex idx(o);
  idx.Add(in, 1);
  sada::DedupStats ds;
  auto groups = idx.Groups(&ds);
  double sada_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto cand = idx.CandidatePairs();
  std::vector<int> group_of(idx.size(), -1);
  for (size_t g = 0; g < groups.size(); ++g)
    for (const auto& m : groups[g].members) group_of[m.doc] = static_cast<int>(g);
  std::vector<std::pair<uint32_t, uint32_t>> truth;
  for (uint32_t i = 0; i < idx.size(); ++i) {
    if (idx.shingles(i).empty()) continue;
    for (uint32_t j = i + 1; j < idx.size(); ++j)
      if (sada::Jaccard(idx.shingles(i), idx.shingles(j)) >= o.threshold) truth.emplace_back(i, j);
  }
  int64_t in_cand = 0, in_group = 0;
  for (auto [i, j] : truth) {
    in_cand += std::binary_search(cand.begin(), cand.end(), std::make_pair(i, j));
    in_group += group_of[i] >= 0 && group_of[i] == group_of[j];
  }
  std::filesystem::create_directories(dir + "/words");
  {
    std::ofstream sh(dir + "/shingles.txt"), tr(dir + "/truth.txt");
    for (uint32_t i = 0; i < idx.size(); ++i) {
      for (size_t k = 0; k < idx.shingles(i).size(); ++k) sh << (k ? " " : "") << idx.shingles(i)[k];
      sh << "\n";
    }
    for (auto [i, j] : truth) tr << i << " " << j << "\n";
    std::vector<uint64_t> words;
    char name[32];
    for (uint32_t i = 0; i < idx.size(); ++i) {
      sada::HashTokens(in[i].text, &words, nullptr);
      std::string bytes;
      for (uint64_t w : words) bytes.push_back(static_cast<char>(w >> 56));
      std::snprintf(name, sizeof name, "/words/%06u", i);
      std::ofstream(dir + name, std::ios::binary) << bytes;
    }
  }
  std::printf("articles %zu, truth pairs (Jaccard >= %.2f of 5-word shingles) %zu\n", idx.size(), o.threshold,
              truth.size());
  std::printf("sada: %.3f s from raw text (one thread), %d bands x %d rows; recall of candidates %.4f, "
              "of groups %.4f\n",
              sada_secs, idx.banding().bands, idx.banding().rows,
              truth.empty() ? 1.0 : static_cast<double>(in_cand) / truth.size(),
              truth.empty() ? 1.0 : static_cast<double>(in_group) / truth.size());
  return 0;
}

int Planted(const std::string& truth_path, const std::string& groups_path, const std::vector<std::string>& gen) {
  simdjson::dom::parser parser;
  std::vector<std::tuple<std::string, std::string, double>> truth;
  std::unordered_set<std::string> wanted;
  {
    simdjson::padded_string data;
    if (simdjson::padded_string::load(truth_path).get(data)) return 2;
    simdjson::dom::document_stream docs;
    if (parser.parse_many(data).get(docs)) return 2;
    for (auto d : docs) {
      std::string a(d["original"].get_string().value()), b(d["copy"].get_string().value());
      truth.emplace_back(a, b, d["edit_rate"].get_double().value());
      wanted.insert(a);
      wanted.insert(b);
    }
  }
  std::unordered_map<std::string, std::string> group_of;
  {
    simdjson::padded_string data;
    if (simdjson::padded_string::load(groups_path).get(data)) return 2;
    simdjson::dom::document_stream docs;
    if (parser.parse_many(data).get(docs)) return 2;
    for (auto d : docs) {
      std::string g(d["group"].get_string().value());
      for (auto m : d["members"].get_array()) group_of[std::string(m["id"].get_string().value())] = g;
    }
  }
  Collect c;
  c.wanted = &wanted;
  sada::IngestStats st;
  if (!sada::Ingest(gen, {}, &c, &st).ok()) return 2;
  std::unordered_map<std::string, std::vector<uint32_t>> sets;
  std::vector<uint64_t> words;
  for (const auto& a : c.articles) {
    sada::HashTokens(a.text, &words, nullptr);
    sada::Shingles(words, 5, &sets[a.id]);
  }
  struct Row {
    int64_t pairs = 0, above = 0, above_found = 0, below_grouped = 0;
    double jsum = 0;
  };
  std::map<double, Row> rows;
  Row all;
  for (const auto& [a, b, rate] : truth) {
    double j = sada::Jaccard(sets[a], sets[b]);
    bool same = group_of.count(a) && group_of.count(b) && group_of[a] == group_of[b];
    for (Row* r : {&rows[rate], &all}) {
      ++r->pairs;
      r->jsum += j;
      if (j >= 0.8) {
        ++r->above;
        r->above_found += same;
      } else {
        r->below_grouped += same;
      }
    }
  }
  auto print = [](const char* label, const Row& r) {
    std::printf("%-10s planted %8lld  mean Jaccard %.3f  at/above 0.8: %8lld  grouped %.4f  below 0.8 but grouped: %lld\n",
                label, static_cast<long long>(r.pairs), r.pairs ? r.jsum / r.pairs : 0.0,
                static_cast<long long>(r.above), r.above ? static_cast<double>(r.above_found) / r.above : 1.0,
                static_cast<long long>(r.below_grouped));
  };
  for (const auto& [rate, r] : rows) {
    char label[32];
    std::snprintf(label, sizeof label, "rate %.3f", rate);
    print(label, r);
  }
  print("all", all);
  return 0;
}

}  // namespace

int Main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "brute" && argc >= 4) {
    return Brute(std::stoul(argv[2]), std::vector<std::string>(argv + 3, argv + argc));
  }
  if (mode == "planted" && argc >= 5) return Planted(argv[2], argv[3], std::vector<std::string>(argv + 4, argv + argc));
  if (mode == "compare" && argc >= 5) {
    return Compare(std::stoul(argv[2]), argv[3], std::vector<std::string>(argv + 4, argv + argc));
  }
  std::fprintf(stderr,
               "usage: dedup_eval brute N PATH... | dedup_eval compare N OUTDIR PATH... | "
               "dedup_eval planted TRUTH GROUPS GENERATED...\n");
  return 2;
}

int main(int argc, char** argv) { return sada::internal::GuardedMain("dedup_eval", Main, argc, argv); }
