// Shared by the comparison, summary and timeline of a story: each article's
// tokens, stems and sentences, computed once per story.
#ifndef SADA_STORY_STORY_INTERNAL_H_
#define SADA_STORY_STORY_INTERNAL_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "facts/words.h"
#include "sada/compare.h"
#include "sada/text.h"
#include "util/sparse.h"
#include "util/union_find.h"

namespace sada::internal {

// Sentence vectors: word stems as HashKey of the stem, with their weights.

struct DocText {
  AnalyzedText at;
  std::vector<uint32_t> token_sentence;  // sentence index of each token
};

struct StoryText {
  std::vector<DocText> per_doc;
  void Build(const std::vector<StoryDoc>& docs);
  // The sentence holding span.begin (widened to cover the span), or the span.
  Span SentenceOf(uint32_t doc, Span span) const;
  // Stem counts of the words inside a span.
  SparseVec Vector(uint32_t doc, Span span) const;
};

double Cosine(const SparseVec& a, const SparseVec& b);
bool Overlaps(Span a, Span b);
const CopyLink* CopyBetween(const std::vector<CopyLink>& copies, uint32_t da, Span sa, uint32_t db, Span sb);
void Tally(const std::vector<StoryDoc>& docs, const std::vector<CopyLink>& copies, Claim* c);

void Summarize(const std::vector<StoryDoc>& docs, const std::vector<CopyLink>& copies, const StoryText& st,
               const CompareOptions& options, std::vector<SummarySentence>* out);
void BuildTimeline(const std::vector<StoryDoc>& docs, const StoryText& st, std::vector<TimelineEvent>* out);

}  // namespace sada::internal

#endif  // SADA_STORY_STORY_INTERNAL_H_
