// Duplicate detection: exact duplicates by a hash of the match-key token
// sequence, near duplicates by the Jaccard similarity of word shingles,
// candidates from one-permutation MinHash signatures and banded LSH, every
// reported pair verified by its exact Jaccard, groups by union-find.
//
// Shingles are k consecutive match-key tokens (words and numbers; spaces and
// punctuation do not count), each hashed to 32 bits; a text shorter than k
// tokens has one shingle, all of it. The Jaccard of two texts is that of their
// sets of shingle hashes: exact up to 32-bit hash collisions (for 1,000-shingle
// texts, about one colliding pair in four million comparisons).
//
// docs/dedup.md explains the choice of bands and rows and the file format of a
// saved index.
#ifndef SADA_DEDUP_H_
#define SADA_DEDUP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sada/status.h"

namespace sada {

struct DedupOptions {
  int shingle = 5;          // words per shingle
  double threshold = 0.8;   // Jaccard at or above which two texts are near duplicates
  int hashes = 128;         // MinHash signature length (one-permutation bins)
  int bands = 0;            // LSH bands and rows; 0: chosen by ChooseBanding
  int rows = 0;
  double min_recall = 0.98;  // what ChooseBanding must promise at the threshold
  int threads = 1;
};

// 32-bit hashes of the k-word shingles of a token-hash sequence (HashTokens
// in sada/text.h), in text order, repeats kept: enough for MinHash.
void ShingleHashes(const std::vector<uint64_t>& words, int k, std::vector<uint32_t>* out);
// The same as a sorted set (for Jaccard).
void Shingles(const std::vector<uint64_t>& words, int k, std::vector<uint32_t>* out);

// |a ∩ b| / |a ∪ b| of two sorted distinct sets; 0 when both are empty.
double Jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

// One-permutation MinHash with optimal densification (Shrivastava 2017) of a
// shingle set (sorted or not, repeats allowed):
// `hashes` bins, each the minimum of the shingles that fall in it, empty bins
// filled from a pseudo-random sequence of non-empty ones. The probability that
// two signatures agree in a bin is (close to) the Jaccard of the sets.
void MinHash(const std::vector<uint32_t>& shingles, int hashes, std::vector<uint32_t>* sig);

// The probability that two texts of Jaccard j share at least one band.
double CandidateProbability(double j, int bands, int rows);

struct Banding {
  int bands = 0, rows = 0;
  double recall_at_threshold = 0;  // CandidateProbability(threshold, bands, rows)
};
// Of all (bands, rows) with bands * rows <= hashes whose candidate probability
// at the threshold is at least min_recall, the one with the fewest expected
// candidates below the threshold (smallest integral of the S-curve over
// [0, threshold)). Falls back to rows = 1 if none qualifies.
Banding ChooseBanding(int hashes, double threshold, double min_recall);

struct DedupMember {
  uint32_t doc;      // index in the DedupIndex
  double jaccard;    // to the group's canonical member
};

struct DedupGroup {
  uint32_t canonical;                // earliest published, else smallest id
  std::vector<DedupMember> members;  // canonical first, then by the same order (dated first, time, id)
  bool exact;                        // all members have the same token sequence
};

struct DedupStats {
  int64_t documents = 0;
  int64_t empty = 0;             // no tokens: never a duplicate of anything
  int64_t exact_duplicates = 0;  // documents equal to an earlier one
  int64_t candidate_pairs = 0;   // distinct pairs sharing a band
  int64_t verified_pairs = 0;    // candidates whose exact Jaccard reached the threshold
  int64_t groups = 0;
  int64_t near_groups = 0;
};

// The documents seen so far, as what duplicate detection needs of them: id,
// publication time, exact hash and shingle set. Documents can be added to an
// index built earlier or loaded from a file; Groups() always gives the answer
// for all of them, the same as one run over everything in the same order.
class DedupIndex {
 public:
  explicit DedupIndex(const DedupOptions& options);

  struct Input {
    std::string id;
    std::string published;  // ISO 8601 or empty
    std::string_view text;
  };
  // Adds documents (in parallel over options.threads). An id already in the
  // index is not added again; the number of such inputs is returned.
  int64_t Add(const std::vector<Input>& docs) { return Add(docs, options_.threads); }
  int64_t Add(const std::vector<Input>& docs, int threads);

  size_t size() const { return docs_.size(); }
  const std::string& id(uint32_t doc) const { return docs_[doc].id; }
  const std::string& published(uint32_t doc) const { return docs_[doc].published; }
  const DedupOptions& options() const { return options_; }
  Banding banding() const { return banding_; }
  const std::vector<uint32_t>& shingles(uint32_t doc) const { return docs_[doc].shingles; }

  // Duplicate groups (two or more members), ordered by their first member.
  std::vector<DedupGroup> Groups(DedupStats* stats) const;

  // Distinct candidate pairs (i < j) of the LSH stage alone, before
  // verification and without collapsing exact duplicates: for measuring recall.
  std::vector<std::pair<uint32_t, uint32_t>> CandidatePairs() const;

  // Versioned binary file (magic "SADADUP", version, options, documents,
  // checksum). Load checks all of it and says what is wrong.
  Status Save(const std::string& path) const;
  static Status Load(const std::string& path, int threads, DedupIndex* out);

 private:
  struct Doc {
    std::string id;
    std::string published;
    uint64_t exact[2] = {0, 0};
    std::vector<uint32_t> shingles;
  };
  void BandKeys(uint32_t doc, uint64_t* keys) const;
  void AppendBandPairs(const std::vector<uint32_t>& docs,
                       std::vector<std::pair<uint32_t, uint32_t>>* pairs) const;

  DedupOptions options_;
  Banding banding_;
  std::vector<Doc> docs_;
  std::vector<std::string> ids_sorted_;  // for the "already in the index" check
};

}  // namespace sada

#endif  // SADA_DEDUP_H_
