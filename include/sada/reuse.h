// Text reuse: the passages two articles share, found by seed-and-extend
// alignment over match-key tokens, with their spans in each original text.
//
// 1. Candidates: two articles are compared when they share at least
//    `min_shared` distinct `candidate_words`-word seeds that are neither
//    formulas (in more than `max_df` articles of the run: titles and
//    honorifics such as "خادم الحرمين الشريفين الملك سلمان") nor boilerplate.
// 2. Boilerplate: a seed found under `boilerplate_articles` or more articles of
//    one outlet, and for at least 80% of its occurrences under that outlet,
//    is that outlet's boilerplate (footers, "read also" blocks);
//    it is reported as such and never counts as reuse between two articles of
//    that outlet or any other.
// 3. Alignment: `seed_words`-word seeds common to both articles, chained along
//    their diagonals while the gaps between them stay within `max_gap` words
//    on each side; gaps are aligned word by word (longest common subsequence,
//    where a word also matches itself with a leading clitic: الغرفة / غرفة),
//    and each chain is extended past its ends while words still agree (two in
//    a row, or one word of four or more letters). Because seeds are match keys, spelling variants
//    (إلى/الى, أنفسهم/انفسهم) and quotation marks do not break a passage;
//    a changed word or figure is kept inside it and listed in `differences`.
// 4. A passage is reported when both sides have at least `min_words` words and
//    `similarity` (aligned words / words of the longer side) is at least
//    `min_similarity`, and at least half of `min_words` of its words lie
//    outside formulas.
#ifndef SADA_REUSE_H_
#define SADA_REUSE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sada/article.h"

namespace sada {

struct ReuseOptions {
  int min_words = 8;
  int seed_words = 3;
  int candidate_words = 5;
  int min_shared = 2;
  int max_gap = 8;
  double min_similarity = 0.6;
  int boilerplate_articles = 5;
  int max_df = 50;
  int threads = 1;
};

struct ReuseInput {
  std::string id;
  std::string source;
  std::string published;  // ISO 8601 or empty
  std::string_view text;
};

// An unaligned stretch inside a passage: words of one side with no
// counterpart on the other (one side may be empty).
struct PassageGap {
  Span a, b;  // code points
};

struct Passage {
  uint32_t a = 0, b = 0;  // document indexes; a is the one of smaller id (not always the smaller index)
  Span a_span, b_span;    // code points into each original text
  uint32_t a_words = 0, b_words = 0;
  uint32_t aligned = 0;   // words aligned one to one
  double similarity = 0;  // aligned / max(a_words, b_words)
  int direction = 0;      // +1: a published first (a->b); -1: b->a; 0: unknown
  std::vector<PassageGap> differences;
};

struct Boilerplate {
  std::string source;
  uint32_t articles = 0;  // articles of the outlet that carry it
  uint32_t example = 0;   // document index of the one of smallest id
  Span span;              // in the example
  uint32_t words = 0;
};

struct ReuseStats {
  int64_t documents = 0;
  int64_t candidate_pairs = 0;
  int64_t passages = 0;
  int64_t boilerplate_passages = 0;
  int64_t common_seeds = 0;  // seeds in more than max_df articles (formulas)
  int64_t formulaic = 0;     // alignments dropped for being mostly formulas
};

class ReuseFinder {
 public:
  explicit ReuseFinder(const ReuseOptions& options) : options_(options) {}

  // Tokenises and keeps what alignment needs (token hashes and spans); the
  // texts themselves are not kept. In parallel over options.threads.
  void Add(const std::vector<ReuseInput>& docs) { Add(docs, options_.threads); }
  void Add(const std::vector<ReuseInput>& docs, int threads);

  void Run(std::vector<Passage>* passages, std::vector<Boilerplate>* boilerplate,
           ReuseStats* stats) const;

  size_t size() const { return docs_.size(); }
  const std::string& id(uint32_t d) const { return docs_[d].id; }
  const std::string& published(uint32_t d) const { return docs_[d].published; }
  const std::string& source(uint32_t d) const { return sources_[docs_[d].source]; }

 private:
  struct Doc {
    std::string id;
    std::string published;
    uint32_t source = 0;
    std::vector<uint64_t> words;  // HashKey of each token
    std::vector<uint64_t> bare;   // the same without a leading clitic (و ف ب ل ك ال لل...)
    std::vector<Span> spans;
  };
  ReuseOptions options_;
  std::vector<Doc> docs_;
  std::vector<std::string> sources_;
  std::unordered_map<std::string, uint32_t> source_ids_;
};

// +1 if time `a` is before `b`, -1 if after, 0 if either is empty or they
// agree to the precision of the less precise one ("2015-07-12" vs
// "2015-07-12T10:00" is 0).
int CompareTimes(std::string_view a, std::string_view b);

}  // namespace sada

#endif  // SADA_REUSE_H_
