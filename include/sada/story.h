// Stories: articles that report the same event, found by online clustering
// (single pass, each article joins the most similar open story or starts a
// new one — the "single-pass clustering" of Topic Detection and Tracking,
// Allan et al. 1998).
//
// An article is a weighted term vector: the match-key stems of its title and
// text (tf-idf, title words counted `title_weight` times), plus its linked
// entity names, figures (value with unit or counted noun) and resolved dates
// as extra terms with their own weights. A story is the sum of its articles'
// unit vectors (its centroid, cut to `story_terms` terms). An article's score
// against a story is the cosine to its centroid divided by
// 1 + age / `decay_hours`, age being the hours since the story's first
// article: a story that keeps growing over days (daily oil prices, a run of
// Eid receptions) needs ever closer articles to go on. The article joins the
// open story of highest score when that reaches `threshold`; a story is open
// while its last article is at most `window_hours` older than the article
// being placed.
//
// Order: articles are placed in order of publication time, then id, whatever
// order they were given in; articles without a time come last and may join any
// story. So the same articles in any input order give the same stories. The
// idf is that of the whole run: adding articles to a run can move an article
// near the threshold to another story (docs/stories.md measures how often).
// A story's id comes from the id of its first article, so it stays the same
// as long as that article founds it.
#ifndef SADA_STORY_H_
#define SADA_STORY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sada/facts.h"

namespace sada {

struct StoryOptions {
  double threshold = 0.3;      // (decayed) cosine at or above which an article joins a story
  double window_hours = 72;    // a story closes when nothing joined it for this long
  int article_terms = 120;     // terms kept per article (highest tf-idf)
  int story_terms = 300;       // terms kept in a story's centroid
  int probe_terms = 30;        // an article looks for stories through its top terms
  double title_weight = 3.0;   // a title word counts as this many words of the text
  double entity_weight = 1.0;  // multipliers of the fact terms' tf-idf
  double figure_weight = 1.0;
  double date_weight = 1.0;
  double decay_hours = 72;     // similarity ÷ (1 + age/decay_hours) (0: off), age: hours since
  double decay_from = 0.5;     // first + decay_from × (latest - first) of the story's articles
  double place_penalty = 0.7;  // similarity × this when the places in the article's first lines and the story's differ
  double day_penalty = 0.5;    // similarity × this when the days named in the article's first lines and the
                               // story's differ and the terms they share are not bursty (merge_burst): a daily
                               // report of another day
  double merge_threshold = 0.2;  // after the pass, join stories whose centroids reach this cosine (0: off)
  double merge_burst = 2;        // through terms used this many times more often per day in their days than in
                                 // the run (see background_days)
  double merge_needs_fact = 1;   // nonzero: and among those terms a shared entity, figure or date
  double orphan_threshold = 0.2;  // then an article left alone joins the story (of 2+) whose centroid it
                                  // reaches this cosine with, places not disjoint (0: off),
  double orphan_burst = 1.2;      // through terms this many times more frequent in their days (as merge_burst)
  double head_cover = 0.4;        // a story's first articles holding under this share of the weight of its
                                  // five heaviest words are another story (0: off)
  double name_share = 0.2;        // a story of eight or more articles none of whose entities is named in the
                                  // title or first lines of this share of them, and eight times as often as
                                  // in the run's first lines, falls into the parts its titles' persons and
                                  // bodies and its copies make, unless one holds half of it (0: off)
  double background_days = 14;    // a run of fewer days takes the background (below) for the days it lacks,
                                  // at its own daily volume, when it measures bursts
  // Document frequencies of a reference corpus of news, as tools/doc_freq
  // writes them ("#documents\tN", then "stem\tdf" lines): the background of
  // the idf and of the bursts. Empty: the built-in ones (SaudiNewsNet, 2015).
  std::string background;
  int threads = 1;
};

// One article as clustering sees it. The text and facts are read during Add
// only; nothing points into them afterwards.
struct StoryArticle {
  std::string id;
  std::string outlet;     // the outlet's name (empty: unknown)
  std::string published;  // ISO 8601 or empty
  std::string title;
  std::string language;   // BCP 47 primary tag, for stemming
  std::string_view text;
  const std::vector<Fact>* facts = nullptr;  // linked facts of the article, or null
  // Where the label of an article without a title begins: its text after a
  // dateline ("دمشق 19 نوفمبر 2017 / أعلنت ..." → "أعلنت ..."); empty: the text.
  std::string_view lead;
};

struct Story {
  std::string id;                    // "s" + 16 hex digits from the first article's id
  std::vector<uint32_t> articles;    // input indexes, in placement order (time, then id)
  std::vector<double> similarity;    // per article: its score (decayed cosine) when it joined (1: founder)
  uint32_t central = 0;              // input index of the article closest to the centroid
  std::string label;                 // the central article's title (or its first words)
  std::vector<std::string> terms;    // top terms of the centroid, as written
  std::vector<std::string> outlets;  // distinct, in order of first article (unknown ones left out)
  std::string first_published, last_published;  // ISO 8601, empty when no article has a time
};

struct StoryStats {
  int64_t articles = 0;
  int64_t undated = 0;        // placed after the dated ones
  int64_t stories = 0;
  int64_t multi_article = 0;  // stories of two or more articles
  int64_t comparisons = 0;    // article-to-story similarities computed
};

// Counts, for every stem of a corpus's articles (title and text, words of
// two code points or more), the articles it occurs in; Write gives them in
// the format StoryOptions::background reads ("#documents\tN", then
// "stem\tdf" lines in byte order of the stem, for stems in at least
// min_df articles). tools/doc_freq made models/df-ar.txt with it.
class DocumentFrequencies {
 public:
  void Add(const Article& article);
  std::string Write(uint32_t min_df) const;
  uint64_t documents() const { return documents_; }
  size_t stems() const { return df_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> df_;
  uint64_t documents_ = 0;
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryOptions& options);
  ~StoryClusterer();
  StoryClusterer(const StoryClusterer&) = delete;
  StoryClusterer& operator=(const StoryClusterer&) = delete;

  // Computes the term vectors of `docs` (in parallel over options.threads)
  // and appends them; input indexes continue from the previous call.
  void Add(const std::vector<StoryArticle>& docs);
  size_t size() const;

  // Options for the next Run (term vectors are recomputed when the weights
  // change; title_weight applies to articles added after the call).
  void SetOptions(const StoryOptions& options);

  // Stories of everything added, largest first (then by first article).
  // Deterministic: depends on the set of articles, not their order or the
  // thread count.
  std::vector<Story> Run(StoryStats* stats) const;

  // Cosine of two articles' weighted vectors under the run's idf (for
  // evaluation and for choosing pairs to label). Valid after Add.
  double Similarity(uint32_t a, uint32_t b) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Hours since 1970-01-01T00:00 of an ISO 8601 time ("2015-07-12",
// "2015-07-12T10:05", "2015-07-12T10:05:00Z"; an offset is applied), or -1.
double IsoHours(std::string_view iso);

}  // namespace sada

#endif  // SADA_STORY_H_
