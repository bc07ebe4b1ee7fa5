// Shared by the comparison, summary and timeline of a story: each article's
// tokens, stems and sentences, computed once per story.
#ifndef SADA_STORY_STORY_INTERNAL_H_
#define SADA_STORY_STORY_INTERNAL_H_

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
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
  // Stem tf-idf (BackgroundIdf) of the words inside `span` but not `skip`.
  SparseVec Weighted(uint32_t doc, Span span, Span skip) const;
  // `span` widened by `words` tokens on each side, within `within`.
  Span Around(uint32_t doc, Span span, Span within, size_t words) const;
};

// How rare a word stem is in news: log((N + 1) / (df + 0.5)) over the
// background document frequencies (models/df-ar.txt, SaudiNewsNet: N =
// 31,030 articles); a stem it lacks counts as seen in none.
double BackgroundIdf(std::string_view stem);

double Cosine(const SparseVec& a, const SparseVec& b);
bool Overlaps(Span a, Span b);
// Whether a span touches what the site put after the text: its tags or its
// footer ("رابط الخبر بصحيفة …").
bool IsSiteText(const Article& a, Span s);
// Whether a span touches the article's own metadata: its dateline,
// publication line, or the site's text — no statement of the news.
bool IsMetadata(const Article& a, Span s);
// The copy links of a story by pair of articles, and its duplicate groups:
// a passage link is found among the links of its two articles only, and two
// members of one duplicate group are copies of each other whether or not the
// link between them was listed (a story's duplicates are linked to their
// group's first member, not pair by pair: n duplicates would be n^2 links).
class CopyIndex {
 public:
  CopyIndex(const std::vector<StoryDoc>& docs, const std::vector<CopyLink>& copies);
  // The link under which statement span sa of doc da and sb of db are the
  // same text, or null.
  const CopyLink* Between(uint32_t da, Span sa, uint32_t db, Span sb) const;

 private:
  static uint64_t Key(uint32_t a, uint32_t b) { return (uint64_t{std::min(a, b)} << 32) | std::max(a, b); }
  const std::vector<StoryDoc>& docs_;
  std::unordered_map<uint64_t, std::vector<const CopyLink*>> passages_;  // by Key
  std::vector<uint32_t> dup_group_;                                       // per doc; UINT32_MAX: none
  mutable std::mutex mu_;
  mutable std::unordered_map<uint64_t, CopyLink> duplicate_links_;        // made when asked, by Key
};

void Tally(const std::vector<StoryDoc>& docs, const CopyIndex& copies, Claim* c);

// A date fact's value as a day, month or year (its time of day cut off);
// empty for any other fact.
std::string DayOf(const Fact& f);
// Two sentences' values (their days, their figures) set them apart: each
// gives some and they share none — a report that comes back every day says
// the same words about another day, or with other figures.
bool NoneInCommon(const std::set<std::string>& a, const std::set<std::string>& b);

// A story's id: `s` and 16 hex digits of a hash of its first article's id
// (with k > 0, another made from the same article: CarryStoryIds).
std::string StoryId(std::string_view first_article, uint64_t k = 0);

// An entity a story names (not a medium a speaker told: a source, not
// what is reported).
bool Named(const Fact& f);

// The stem of an adjective of relation's key, without ال and its ending
// (الإيرانية → ايران).
std::string_view NisbaStem(std::string_view key);

// The words each outlet uses for the entities a story's articles name
// (framing.cc): entities named by two or more outlets with differing words.
// `names`: the run's (NamePhrases); null: the story's own.
void FramingOf(const std::vector<StoryDoc>& docs, const StoryText& st, const NamePhrases* names,
               std::vector<Framing>* out);

void Summarize(const std::vector<StoryDoc>& docs, const CopyIndex& copies, const StoryText& st,
               const CompareOptions& options, std::vector<SummarySentence>* out);
void BuildTimeline(const std::vector<StoryDoc>& docs, const StoryText& st, std::vector<TimelineEvent>* out);

}  // namespace sada::internal

#endif  // SADA_STORY_STORY_INTERNAL_H_
