// Single-pass story clustering over tf-idf term vectors (Allan et al. 1998,
// "Topic Detection and Tracking Pilot Study"), in time order, with a time
// window that closes quiet stories. See sada/story.h for the contract.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <numeric>
#include <optional>
#include <queue>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "facts/calendar.h"
#include "facts/gazetteer.h"
#include "facts/words.h"
#include "ingest/text_meta.h"
#include "sada/story.h"
#include "sada/text.h"
#include "story/story_internal.h"
#include "util/hash.h"
#include "util/parallel.h"
#include "util/union_find.h"
#include "util/sparse.h"
#include "util/u64_map.h"

// models/df-ar.txt (tools/doc_freq.cc), linked in by src/facts/core_data.S.
extern "C" const char sada_doc_freq_begin[];
extern "C" const char sada_doc_freq_end[];

namespace sada {

using internal::Mix64;

namespace {

// Term ids: word stems have the low bit clear, fact terms have it set, so a
// story's label can skip the fact terms.
uint64_t WordTerm(std::string_view stem) { return Mix64(HashKey(stem)) & ~1ULL; }
uint64_t FactTerm(char kind, std::string_view key) {
  uint64_t h = HashKey(key);
  return Mix64(h ^ (static_cast<uint64_t>(static_cast<unsigned char>(kind)) << 56)) | 1ULL;
}
enum TermKind : uint8_t { kWordTerm = 0, kEntityTerm = 1, kFigureTerm = 2, kDateTerm = 3 };

using Weighted = std::pair<uint64_t, float>;
using Vec = internal::SparseVec;  // sorted by term
using internal::SparseDot;

double Norm(const Vec& v) {
  double s = 0;
  for (const auto& x : v) s += static_cast<double>(x.second) * x.second;
  return std::sqrt(s);
}

// Keeps the `k` heaviest entries (ties: smaller term), sorted by term.
void KeepTop(Vec* v, size_t k) {
  if (v->size() > k) {
    std::nth_element(v->begin(), v->begin() + static_cast<long>(k), v->end(), [](const Weighted& a, const Weighted& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    v->resize(k);
  }
  std::sort(v->begin(), v->end(), [](const Weighted& a, const Weighted& b) { return a.first < b.first; });
}

// Two sorted lists of lead places (or days) both name some and none in
// common (an article or story that names none differs from nothing).
bool LeadsDiffer(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return false;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return false;
    if (a[i] < b[j]) ++i; else ++j;
  }
  return true;
}

// *into = *into ∪ add, both sorted.
void UnionSorted(std::vector<uint64_t>* into, const std::vector<uint64_t>& add) {
  if (add.empty()) return;
  std::vector<uint64_t> u;
  std::set_union(into->begin(), into->end(), add.begin(), add.end(), std::back_inserter(u));
  into->swap(u);
}

// A word is `bare` or `bare` after clitics: و or ف, then ب ل ك, or لل for
// ال (بعسير، وبغداد، لليمن), as the entity stage reads them.
bool WithClitic(std::string_view word, std::string_view bare) {
  const auto& clitics = internal::LeadingClitics::Get();
  auto after_one = [&](std::string_view w) {
    return w == bare || clitics.AfterLetter(w) == bare || clitics.LilAsAl(w) == bare;
  };
  const std::string_view without = internal::WithoutConjunction(word);
  return after_one(word) || (without.size() != word.size() && after_one(without));
}

// Places and days named this early (code points) are the article's own:
// the dateline and the first sentence.
constexpr uint32_t kLead = 250;

std::string Hex16(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// The first `n` code points of the first non-empty line.
std::string FirstLine(std::string_view text, uint32_t n) {
  size_t b = text.find_first_not_of(" \t\r\n/-:");
  if (b == std::string_view::npos) return "";
  size_t e = text.find('\n', b);
  std::string_view line = text.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
  if (CountCodePoints(line) > n) return std::string(line.substr(0, ByteOffsetOfCodePoint(line, n))) + "…";
  return std::string(line);
}

// The background document frequencies: stems of a reference corpus of news
// (SaudiNewsNet, 2015) and the number of its articles. Mixing them into the
// run's own counts keeps the weights of a small run sensible (in five
// articles of one event, every topic word is in every article) and makes
// them move less as a run grows.
struct Background {
  double documents = 0;
  std::unordered_map<uint64_t, uint32_t> df;  // by word term
};

// Reads "#documents<TAB>N" and "stem<TAB>df" lines (tools/doc_freq.cc).
Background ParseBackground(std::string_view data) {
  Background b;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    uint32_t n = 0;
    for (char c : line.substr(tab + 1))
      if (c >= '0' && c <= '9') n = n * 10 + static_cast<uint32_t>(c - '0');
    if (line.substr(0, tab) == "#documents") {
      b.documents = n;
    } else {
      b.df[WordTerm(line.substr(0, tab))] = n;
    }
  }
  return b;
}

// Calls fn with each stem the background counts in `text` (words' stems of
// two code points or more): what DocumentFrequencies counts and what an
// entity's name is looked up by.
template <typename Fn>
void ForEachBackgroundStem(std::string_view text, const std::string& language, AnalyzedText* at, const Fn& fn) {
  Analyze(text, language, at);
  for (size_t i = 0; i < at->tokens.tokens.size(); ++i) {
    if (at->tokens.tokens[i].kind != TokenKind::kWord) continue;
    const std::string_view stem = at->Stem(i);
    if (CountCodePoints(stem) >= 2) fn(stem);
  }
}

}  // namespace

void DocumentFrequencies::Add(const Article& article) {
  static const std::string kArabic = "ar";
  AnalyzedText at;
  std::unordered_set<std::string> seen;
  for (const std::string* text : {&article.title, &article.text})
    ForEachBackgroundStem(*text, kArabic, &at, [&](std::string_view stem) { seen.emplace(stem); });
  for (const auto& s : seen) ++df_[s];
  ++documents_;
}

std::string DocumentFrequencies::Write(uint32_t min_df) const {
  std::vector<std::pair<std::string_view, uint32_t>> rows;
  for (const auto& [stem, n] : df_)
    if (n >= min_df) rows.push_back({stem, n});
  std::sort(rows.begin(), rows.end());
  std::string out = "#documents\t" + std::to_string(documents_) + "\n";
  for (const auto& [stem, n] : rows) {
    out += stem;
    out += '\t' + std::to_string(n) + '\n';
  }
  return out;
}

namespace {

const Background& BackgroundFrequencies() {
  static const Background* bg = new Background(ParseBackground(
      std::string_view(sada_doc_freq_begin, static_cast<size_t>(sada_doc_freq_end - sada_doc_freq_begin))));
  return *bg;
}

}  // namespace

std::string internal::StoryId(std::string_view first_article, uint64_t k) {
  return "s" + Hex16(Mix64(HashKey(first_article) + k));
}

double internal::BackgroundIdf(std::string_view stem) {
  const Background& bg = BackgroundFrequencies();
  auto it = bg.df.find(WordTerm(stem));
  const double df = it == bg.df.end() ? 0 : it->second;
  return std::log((bg.documents + 1) / (df + 0.5));
}

namespace {

// An estimate of how many background articles name an entity: those
// holding the rarest of its words (at least as many as name it).
uint32_t NameBackground(std::string_view name, const std::string& language, const Background& bg) {
  AnalyzedText at;
  uint32_t least = std::numeric_limits<uint32_t>::max();
  ForEachBackgroundStem(name, language, &at, [&](std::string_view stem) {
    auto it = bg.df.find(WordTerm(stem));
    least = std::min(least, it == bg.df.end() ? 0u : it->second);
  });
  return least == std::numeric_limits<uint32_t>::max() ? 0 : least;
}

// One story in the making: its centroid (sum of its articles' vectors, cut
// to story_terms), and while it is open, where its terms sit in the
// placement loop's centroid index.
struct StoryState {
  Vec centroid;
  std::vector<uint32_t> pos;  // per centroid term: its place in the term's list of the index
  bool indexed = true;        // false once closed and taken out of the index
  double norm = 0;
  double last = -1;   // hours of the latest dated article
  double first = -1;  // hours of the first dated article
  std::vector<uint32_t> members;
  std::vector<double> sims;
  std::vector<uint64_t> places;  // lead places of the members, sorted
  std::vector<uint64_t> days;    // lead days of the members, sorted (kept by the placement pass only)

  // centroid += v, cut to its `keep` heaviest terms (scratch: reused memory).
  // The placement pass does the same while keeping its index of terms.
  void AddToCentroid(const Vec& v, size_t keep, Vec* scratch) {
    internal::SparseAdd(centroid, v, scratch);
    KeepTop(scratch, keep);
    centroid.swap(*scratch);
    norm = Norm(centroid);
  }
};

int32_t DayOf(double hours) { return static_cast<int32_t>(std::floor(hours / 24)); }

// How much more often per day a term is used on some days than in news at
// large. A run of fewer than background_days days cannot tell an event's
// words from a daily topic's by itself (in a run of one day, every word is
// as frequent on its day as over the run), so the background corpus stands
// in for the days it lacks, at the run's daily volume: word stems with their
// counts in models/df-ar.txt, an entity with those of its rarest word (at
// least as many articles as name it); figures and dates have none and are
// measured against the run alone. "الطوارئ" is then rare in news and the
// Asir bombing's days bursty for it, while "الذهب" is in the news every day.
// A run of background_days or more is measured against itself alone.
class Bursts {
 public:
  struct Term {
    std::vector<int32_t> days;  // of the dated articles holding the term, sorted
    double background = -1;     // articles of the background holding it; -1: not measured there
  };
  // entity_name(term): the name and language of an entity term, or null
  // (asked only of a run that lacks days).
  template <typename EntityName>
  Bursts(const std::vector<double>& hours, const std::vector<Vec>& vectors, const Background& bg,
         double background_days, const EntityName& entity_name) {
    int32_t dmin = std::numeric_limits<int32_t>::max(), dmax = std::numeric_limits<int32_t>::min();
    double dated = 0;
    for (size_t k = 0; k < hours.size(); ++k) {
      if (hours[k] < 0) continue;
      const int32_t d = DayOf(hours[k]);
      dmin = std::min(dmin, d);
      dmax = std::max(dmax, d);
      for (const auto& x : vectors[k]) terms_[x.first].days.push_back(d);
      ++dated;
    }
    run_days_ = dmax >= dmin ? dmax - dmin + 1 : 1;
    lacking_days_ = std::max(0.0, background_days - run_days_);
    // The background's counts scaled to the run's articles of the days it lacks.
    scale_ = bg.documents > 0 ? dated / run_days_ * lacking_days_ / bg.documents : 0;
    for (auto& [t, x] : terms_) {
      std::sort(x.days.begin(), x.days.end());
      if (lacking_days_ <= 0) continue;
      if (!(t & 1)) {
        auto it = bg.df.find(t);
        x.background = it == bg.df.end() ? 0 : it->second;
      } else if (const auto* name = entity_name(t)) {
        x.background = NameBackground(name->first, *name->second, bg);
      }
    }
  }
  // How many times more often per day the term is used in [d0, d1] than in
  // the run (and the background's days).
  double Burst(uint64_t t, int32_t d0, int32_t d1) const {
    auto it = terms_.find(t);
    if (it == terms_.end() || it->second.days.empty()) return 0.0;
    const Term& x = it->second;
    const auto& v = x.days;
    const double in = static_cast<double>(std::upper_bound(v.begin(), v.end(), d1) - std::lower_bound(v.begin(), v.end(), d0));
    double holding = static_cast<double>(v.size()), days = run_days_;
    if (x.background >= 0) {
      holding += scale_ * x.background;
      days += lacking_days_;
    }
    return (in / (d1 - d0 + 1)) / (holding / days);
  }
  // The shared terms of two vectors, weighted by their share of the dot
  // product, are used `min` times as often per day in [d0, d1] as in the run,
  // and (needs_fact) one of them is a fact term that is as bursty by itself.
  bool Bursty(const Vec& x, const Vec& y, int32_t d0, int32_t d1, double min, bool needs_fact) const {
    double num = 0, den = 0;
    bool named = !needs_fact;
    internal::ForEachShared(x, y, [&](uint64_t term, float wx, float wy) {
      double w = static_cast<double>(wx) * wy;
      double r = Burst(term, d0, d1);
      num += w * r;
      den += w;
      if ((term & 1) && r >= min) named = true;  // a fact term
    });
    return named && den > 0 && num / den >= min;
  }

 private:
  std::unordered_map<uint64_t, Term> terms_;
  double run_days_ = 1, lacking_days_ = 0;
  double scale_ = 0;  // the background's counts × this: the run's articles of the days it lacks
};

// An article left alone by the pass and the merges (an op-ed, a reaction in
// other words) joins the story of two or more whose centroid its vector
// reaches orphan_threshold with, undecayed (the highest; ties to the earlier
// story), if the story had begun by the article's time and its latest article
// is at most the window before it (so the article never becomes a story's
// first, and never changes its id), their lead places are not disjoint and
// the terms they share are bursty (orphan_burst: a daily topic, gold or the
// weather, is not). Every orphan is scored against the stories as
// they were before any joined, so the order does not matter.
void AttachOrphans(const StoryOptions& o, const Bursts& bursts, const std::vector<double>& hours,
                   const std::vector<Vec>& vectors, const std::vector<uint32_t>& rank,
                   std::vector<StoryState>* stories_io) {
  std::vector<StoryState>& stories = *stories_io;
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_term;  // centroid term -> stories of 2+
  for (uint32_t s = 0; s < stories.size(); ++s) {
    if (stories[s].members.size() < 2 || stories[s].norm <= 0) continue;
    for (const auto& x : stories[s].centroid) by_term[x.first].push_back(s);
  }
  std::vector<std::pair<uint32_t, uint32_t>> moves;  // (orphan story, target story)
  std::vector<uint32_t> seen(stories.size(), std::numeric_limits<uint32_t>::max());
  for (uint32_t a = 0; a < stories.size(); ++a) {
    const StoryState& A = stories[a];
    if (A.members.size() != 1 || A.first < 0) continue;
    const Vec& v = vectors[A.members[0]];
    double best = o.orphan_threshold;
    int64_t target = -1;
    Vec probe = v;
    KeepTop(&probe, 10);
    for (const auto& p : probe) {
      auto it = by_term.find(p.first);
      if (it == by_term.end()) continue;
      for (uint32_t b : it->second) {
        if (seen[b] == a) continue;
        seen[b] = a;
        const StoryState& B = stories[b];
        // (Placement order: B's founder comes before the article, B is still open.)
        if (B.first < 0 || rank[A.members[0]] < rank[B.members[0]] || A.first > B.last + o.window_hours) continue;
        if (LeadsDiffer(A.places, B.places)) continue;
        double c = SparseDot(v, B.centroid) / B.norm;
        if (c < best || (c == best && target >= 0 && b > target)) continue;
        int32_t d0 = DayOf(std::min(A.first, B.first)), d1 = DayOf(std::max(A.last, B.last));
        if (!bursts.Bursty(v, B.centroid, d0, d1, o.orphan_burst, false)) continue;
        best = c;
        target = b;
      }
    }
    if (target >= 0) moves.push_back({a, static_cast<uint32_t>(target)});
  }
  if (moves.empty()) return;
  std::vector<bool> gone(stories.size(), false);
  Vec sum;
  for (const auto& [a, b] : moves) {
    StoryState& B = stories[b];
    const uint32_t doc = stories[a].members[0];
    auto at = std::upper_bound(B.members.begin(), B.members.end(), doc,
                               [&](uint32_t x, uint32_t y) { return rank[x] < rank[y]; });
    B.sims.insert(B.sims.begin() + (at - B.members.begin()), stories[a].sims[0]);
    B.members.insert(at, doc);
    B.last = std::max(B.last, hours[doc]);
    UnionSorted(&B.places, stories[a].places);
    B.AddToCentroid(vectors[doc], static_cast<size_t>(o.story_terms), &sum);
    gone[a] = true;
  }
  std::vector<StoryState> kept;
  kept.reserve(stories.size() - moves.size());
  for (uint32_t s = 0; s < stories.size(); ++s)
    if (!gone[s]) kept.push_back(std::move(stories[s]));
  stories.swap(kept);
}

// Members ks (indices, in placement order) of `from` as a story of their own.
template <typename LeadPlaces>
StoryState StoryOfMembers(const StoryState& from, const std::vector<size_t>& ks, const std::vector<double>& hours,
                          const std::vector<Vec>& vectors, const LeadPlaces& lead_places, const StoryOptions& o,
                          Vec* sum) {
  StoryState p;
  p.indexed = false;
  for (size_t k : ks) {
    const uint32_t doc = from.members[k];
    p.members.push_back(doc);
    p.sims.push_back(from.sims[k]);
    if (hours[doc] >= 0) {
      p.first = p.first < 0 ? hours[doc] : std::min(p.first, hours[doc]);
      p.last = std::max(p.last, hours[doc]);
    }
    UnionSorted(&p.places, lead_places(doc));
    p.AddToCentroid(vectors[doc], static_cast<size_t>(o.story_terms), sum);
  }
  return p;
}

// A story's first articles (in placement order) that hold under
// head_cover of the weight of its five heaviest words are another story
// that the event's articles joined: the Asir bombing's 500 articles joined
// a story of the Asir emir's receptions that morning, which then stood as
// its first reports. Such a head, at most a quarter of a story of six or
// more, is split off as a story of its own (keeping the story's first
// article and so its id); the rest is a story from its own first article.
template <typename HasTerm, typename LeadPlaces>
void SplitHeads(const StoryOptions& o, const std::vector<double>& hours, const std::vector<Vec>& vectors,
                const HasTerm& has_term, const LeadPlaces& lead_places, std::vector<StoryState>* stories_io) {
  std::vector<StoryState>& stories = *stories_io;
  std::vector<StoryState> out;
  out.reserve(stories.size());
  Vec sum;
  // Members [b, e) of `from` as a story.
  auto part = [&](const StoryState& from, size_t b, size_t e) {
    std::vector<size_t> ks(e - b);
    std::iota(ks.begin(), ks.end(), b);
    return StoryOfMembers(from, ks, hours, vectors, lead_places, o, &sum);
  };
  for (auto& s : stories) {
    size_t head = 0;
    if (s.members.size() >= 6 && s.norm > 0) {
      Vec top;
      for (const auto& x : s.centroid)
        if ((x.first & 1) == 0) top.push_back(x);
      KeepTop(&top, 5);
      double all = 0;
      for (const auto& t : top) all += t.second;
      auto covered = [&](uint32_t doc) {
        double have = 0;
        for (const auto& t : top)
          if (has_term(doc, t.first)) have += t.second;
        return have / all;
      };
      while (all > 0 && head < s.members.size() && covered(s.members[head]) < o.head_cover) ++head;
      if (head * 4 > s.members.size()) head = 0;
    }
    if (head == 0) {
      out.push_back(std::move(s));
      continue;
    }
    out.push_back(part(s, 0, head));
    out.push_back(part(s, head, s.members.size()));
  }
  stories.swap(out);
}

// What a story is about: the entities its articles name in their titles or
// first lines, and the run's articles that name each there. News at large is
// measured on the run itself, so a run of fewer than background_days days
// (or a story of over an eighth of it) says nothing.
class LeadNameRates {
 public:
  static constexpr double kLift = 8;  // how much more often than in the run's first lines
  template <typename LeadNames>
  LeadNameRates(const StoryOptions& o, const std::vector<double>& hours, const LeadNames& lead_names) {
    double first = std::numeric_limits<double>::infinity(), last = -first;
    for (double h : hours)
      if (h >= 0) {
        first = std::min(first, h);
        last = std::max(last, h);
      }
    usable_ = last >= first && DayOf(last) - DayOf(first) + 1 >= o.background_days;
    if (!usable_) return;
    for (uint32_t doc = 0; doc < hours.size(); ++doc)
      for (uint64_t t : lead_names(doc)) ++run_[t];
    articles_ = static_cast<double>(hours.size());
  }
  // Whether the story can be judged: the run is long enough and the story a
  // small part of it.
  bool Judges(size_t members) const { return usable_ && static_cast<double>(members) * kLift <= articles_; }
  // Whether an entity is named in the title or first lines of `share` of
  // the story's articles, and there kLift times as often as in the run's.
  template <typename LeadNames>
  bool NameInCommon(const std::vector<uint32_t>& members, const LeadNames& lead_names, double share) const {
    std::unordered_map<uint64_t, uint32_t> named;
    for (uint32_t doc : members)
      for (uint64_t t : lead_names(doc)) ++named[t];
    const double n = static_cast<double>(members.size());
    for (const auto& [term, count] : named)
      if (count >= share * n && count / n >= kLift * run_.find(term)->second / articles_) return true;
    return false;
  }

 private:
  bool usable_ = false;
  std::unordered_map<uint64_t, uint32_t> run_;  // lead name -> articles of the run naming it
  double articles_ = 0;
};

// A story of many articles that name nothing in common: Eid receptions of
// 130 ministries, companies and hospitals, each its own occasion, which the
// pass, the merges and the orphans joined through the words they all use
// (حفل معايدة لمنسوبيها), words as bursty in Eid week as an event's. A story
// of eight articles or more is about something when an entity is named in
// the title or first lines of name_share of its articles, and in the first
// lines of its articles at least eight times as often as in the run's (the
// Asir bombing's عسير; الرياض, in the first lines of 36% of the receptions,
// is in those of 7% of all articles). A story about nothing falls into
// parts: its articles go together when their titles name one person or body
// or are the same words, or their texts are close (a copy or a rewrite of
// one report); the rest stand alone. If a part holds half the story, the
// story is that report's (its copies named it in ways the facts did not
// tie together) and stays whole; otherwise each part is a story, the one
// with the story's first article keeping its id. A story LeadNameRates
// cannot judge is left as it is.
template <typename LeadNames, typename TitleLinks, typename LeadPlaces>
void SplitStoriesAboutNothing(const StoryOptions& o, const LeadNameRates& rates, const std::vector<double>& hours,
                              const std::vector<Vec>& vectors, const LeadNames& lead_names,
                              const TitleLinks& title_links, const LeadPlaces& lead_places,
                              std::vector<StoryState>* stories_io) {
  constexpr size_t kMinMembers = 8;
  constexpr double kClose = 0.6;  // the cosine of two articles that tell one report
  std::vector<StoryState>& stories = *stories_io;
  std::vector<StoryState> out;
  out.reserve(stories.size());
  Vec sum;
  for (auto& s : stories) {
    const size_t n = s.members.size();
    if (n < kMinMembers || s.first < 0 || !rates.Judges(n) || rates.NameInCommon(s.members, lead_names, o.name_share)) {
      out.push_back(std::move(s));
      continue;
    }
    internal::UnionFind uf(n);
    std::unordered_map<uint64_t, uint32_t> first_naming;  // title link -> the first member with it
    for (uint32_t k = 0; k < n; ++k) {
      for (uint64_t t : title_links(s.members[k])) {
        auto [it, fresh] = first_naming.emplace(t, k);
        if (!fresh) uf.Union(it->second, k);
      }
      for (uint32_t j = 0; j < k; ++j)
        if (uf.Find(j) != uf.Find(k) && SparseDot(vectors[s.members[j]], vectors[s.members[k]]) >= kClose)
          uf.Union(j, k);
    }
    std::vector<std::vector<size_t>> parts;  // by their first member, in placement order
    std::unordered_map<uint32_t, size_t> part_of;
    size_t largest = 0;
    for (uint32_t k = 0; k < n; ++k) {
      auto [it, fresh] = part_of.emplace(uf.Find(k), parts.size());
      if (fresh) parts.emplace_back();
      parts[it->second].push_back(k);
      largest = std::max(largest, parts[it->second].size());
    }
    // Half of it one report's copies and rewrites: a story of that report,
    // whose entities the facts did not tie together.
    if (2 * largest >= n) {
      out.push_back(std::move(s));
      continue;
    }
    for (const auto& ks : parts) out.push_back(StoryOfMembers(s, ks, hours, vectors, lead_places, o, &sum));
  }
  stories.swap(out);
}

// The cosine of two stories' centroids.
double Cosine(const StoryState& a, const StoryState& b) { return SparseDot(a.centroid, b.centroid) / (a.norm * b.norm); }

// After the placement pass: joins stories founded within the window of each
// other that share one of their ten heaviest terms, whose lead places are
// not disjoint, whose centroids reach merge_threshold, and whose shared
// terms are bursty (docs/stories.md). Members stay in placement order; a
// merged story's lead places are all its parts'.
void MergeBurstyStories(const StoryOptions& o, const Bursts& bursts, const std::vector<uint32_t>& rank,
                        std::vector<StoryState>* stories_io) {
  std::vector<StoryState>& stories = *stories_io;
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_term;
  std::vector<Vec> tops(stories.size());
  for (uint32_t s = 0; s < stories.size(); ++s) {
    if (stories[s].first < 0) continue;
    tops[s] = stories[s].centroid;
    KeepTop(&tops[s], 10);
    for (const auto& x : tops[s]) by_term[x.first].push_back(s);
  }
  struct Candidate {
    double cosine;
    uint32_t a, b;
  };
  std::vector<Candidate> candidates;
  std::vector<uint32_t> seen(stories.size(), std::numeric_limits<uint32_t>::max());
  for (uint32_t a = 0; a < stories.size(); ++a) {
    const StoryState& A = stories[a];
    if (A.first < 0 || A.norm <= 0) continue;
    for (const auto& x : tops[a]) {
      const auto& list = by_term[x.first];
      for (auto it = std::upper_bound(list.begin(), list.end(), a); it != list.end(); ++it) {
        uint32_t b = *it;
        const StoryState& B = stories[b];
        if (B.first - A.last > o.window_hours) break;  // stories are founded in time order
        if (seen[b] == a) continue;
        seen[b] = a;
        if (B.norm <= 0 || LeadsDiffer(A.places, B.places)) continue;
        const double c = Cosine(A, B);
        if (c < o.merge_threshold) continue;
        int32_t d0 = DayOf(std::min(A.first, B.first)), d1 = DayOf(std::max(A.last, B.last));
        if (bursts.Bursty(A.centroid, B.centroid, d0, d1, o.merge_burst, o.merge_needs_fact != 0))
          candidates.push_back({c, a, b});
      }
    }
  }
  // Closest pairs first, each checked again against the groups its two
  // stories have become by then (centroid linkage: the cosine of the
  // groups' centroids, their lead places; the burst was the pair's): a
  // chain of pairs, each close enough, no longer joins its two ends (Eid
  // receptions, a royal decree on judges and a hospital's news through
  // articles naming the Eid).
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return x.cosine != y.cosine ? x.cosine > y.cosine : std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  internal::UnionFind uf(stories.size());
  std::unordered_map<uint32_t, StoryState> groups;  // root -> its group, once it holds more than one story
  auto group = [&](uint32_t root) -> const StoryState& {
    auto it = groups.find(root);
    return it == groups.end() ? stories[root] : it->second;
  };
  Vec sum;
  for (const Candidate& c : candidates) {
    const uint32_t ra = uf.Find(c.a), rb = uf.Find(c.b);
    if (ra == rb) continue;
    const StoryState &A = group(ra), &B = group(rb);
    const bool grown = groups.count(ra) != 0 || groups.count(rb) != 0;
    if (grown && (Cosine(A, B) < o.merge_threshold || LeadsDiffer(A.places, B.places))) continue;
    StoryState joined;
    joined.centroid = A.centroid;
    joined.AddToCentroid(B.centroid, static_cast<size_t>(o.story_terms), &sum);
    joined.first = std::min(A.first, B.first);
    joined.last = std::max(A.last, B.last);
    joined.places = A.places;
    UnionSorted(&joined.places, B.places);
    groups.erase(ra);
    groups.erase(rb);
    uf.Union(ra, rb);
    groups[uf.Find(ra)] = std::move(joined);
  }

  // Each group becomes the story of its first member (the union-find root).
  std::vector<StoryState> merged_stories;
  std::vector<int64_t> slot(stories.size(), -1);
  for (uint32_t s = 0; s < stories.size(); ++s) {
    uint32_t r = uf.Find(s);
    StoryState& x = stories[s];
    if (slot[r] < 0) {
      slot[r] = static_cast<int64_t>(merged_stories.size());
      merged_stories.push_back(std::move(x));
      continue;
    }
    StoryState& m = merged_stories[static_cast<size_t>(slot[r])];
    std::vector<std::pair<uint32_t, double>> all;  // (member, sim), both parts in placement order
    for (size_t k = 0; k < m.members.size(); ++k) all.push_back({m.members[k], m.sims[k]});
    for (size_t k = 0; k < x.members.size(); ++k) all.push_back({x.members[k], x.sims[k]});
    std::inplace_merge(all.begin(), all.begin() + static_cast<long>(m.members.size()), all.end(),
                       [&](const auto& p, const auto& q) { return rank[p.first] < rank[q.first]; });
    m.members.clear();
    m.sims.clear();
    for (const auto& [d, sim] : all) {
      m.members.push_back(d);
      m.sims.push_back(sim);
    }
    m.AddToCentroid(x.centroid, static_cast<size_t>(o.story_terms), &sum);
    m.first = std::min(m.first, x.first);
    m.last = std::max(m.last, x.last);
    UnionSorted(&m.places, x.places);
  }
  stories.swap(merged_stories);
}

}  // namespace

double IsoHours(std::string_view s) {
  auto num = [&](size_t pos, size_t len, int* out) {
    if (pos + len > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  int y, m = 1, d = 1, hh = 0, mm = 0;
  if (!num(0, 4, &y)) return -1;
  if (s.size() >= 7 && (s[4] != '-' || !num(5, 2, &m))) return -1;
  if (s.size() >= 10 && (s[7] != '-' || !num(8, 2, &d))) return -1;
  if (m < 1 || m > 12 || d < 1 || d > internal::DaysInMonth(y, m)) return -1;
  double hours = static_cast<double>(internal::DaysFromCivil(y, m, d)) * 24;
  if (s.size() >= 16 && (s[10] == 'T' || s[10] == ' ') && num(11, 2, &hh) && s[13] == ':' && num(14, 2, &mm)) {
    hours += hh + mm / 60.0;
    // Seconds, then an offset: +03:00 / -0500 / Z.
    size_t p = 16;
    int ss = 0;
    if (p < s.size() && s[p] == ':' && num(p + 1, 2, &ss)) {
      hours += ss / 3600.0;
      p += 3;
    }
    while (p < s.size() && (s[p] == '.' || (s[p] >= '0' && s[p] <= '9'))) ++p;
    int oh = 0, om = 0;
    if (p < s.size() && (s[p] == '+' || s[p] == '-') && num(p + 1, 2, &oh)) {
      size_t q = p + 3;
      if (q < s.size() && s[q] == ':') ++q;
      num(q, 2, &om);
      double off = oh + om / 60.0;
      hours += s[p] == '+' ? -off : off;
    }
  }
  return hours;
}

struct StoryClusterer::Impl {
  StoryOptions options;
  struct Doc {
    std::string id, outlet, published, title;
    double hours = -1;
    std::vector<uint64_t> terms;  // sorted
    std::vector<float> tf;        // per term (title words count title_weight)
    std::vector<uint8_t> kinds;   // TermKind per term
    std::string surfaces;         // word terms: the first spelling met, back to back
    std::vector<uint32_t> surface_ends;  // per term (fact terms: empty)
    std::vector<uint64_t> lead_places;   // places named in the first lines, sorted
    std::vector<uint64_t> lead_days;     // days named in the first lines, sorted
    std::vector<uint64_t> lead_names;    // entities named in the title or the first lines, sorted
    std::vector<uint64_t> title_links;   // persons and bodies the title names, and the title itself, sorted
    std::string language;                // of the stems
    std::vector<std::pair<uint64_t, std::string>> entities;  // entity terms and their names
    bool digest = false;  // several briefs, each with its dateline (internal::ItemDatelines)
  };
  std::vector<Doc> docs;
  // The background frequencies: options.background's, or the built-in ones.
  std::unique_ptr<const Background> own_background;
  const Background* background = &BackgroundFrequencies();
  // Computed by Prepare(): unit tf-idf vectors, cut to article_terms.
  mutable std::vector<Vec> vectors;
  mutable bool prepared = false;

  void Prepare() const;
  std::string_view Surface(const Doc& d, size_t i) const {
    uint32_t b = i == 0 ? 0 : d.surface_ends[i - 1];
    return std::string_view(d.surfaces).substr(b, d.surface_ends[i] - b);
  }
};

StoryClusterer::StoryClusterer(const StoryOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (!options.background.empty()) {
    impl_->own_background = std::make_unique<const Background>(ParseBackground(options.background));
    impl_->background = impl_->own_background.get();
  }
}
StoryClusterer::~StoryClusterer() = default;
size_t StoryClusterer::size() const { return impl_->docs.size(); }

void StoryClusterer::SetOptions(const StoryOptions& o) {
  const StoryOptions& m = impl_->options;
  if (o.article_terms != m.article_terms || o.entity_weight != m.entity_weight || o.figure_weight != m.figure_weight ||
      o.date_weight != m.date_weight)
    impl_->prepared = false;
  impl_->options = o;
}

void StoryClusterer::Add(const std::vector<StoryArticle>& in) {
  const StoryOptions& o = impl_->options;
  size_t base = impl_->docs.size();
  impl_->docs.resize(base + in.size());
  impl_->prepared = false;
  internal::ParallelFor(in.size(), o.threads, [&](size_t k) {
    const StoryArticle& a = in[k];
    Impl::Doc& d = impl_->docs[base + k];
    d.id = a.id;
    d.outlet = a.outlet;
    d.published = a.published;
    d.hours = a.published.empty() ? -1 : IsoHours(a.published);
    d.title = a.title.empty() ? FirstLine(a.lead.empty() ? a.text : a.lead, 100) : a.title;
    d.digest = internal::ItemDatelines(a.text) >= 2;
    struct Acc {
      float tf = 0;
      uint8_t kind = kWordTerm;
      std::string_view surface;
    };
    std::unordered_map<uint64_t, Acc> acc;
    AnalyzedText at;
    const std::string language = a.language.empty() || a.language == "und" ? "ar" : a.language;
    d.language = language;
    std::vector<std::string> title_keys;  // the title's words, as match keys
    auto words = [&](std::string_view text, float weight, bool title) {
      Analyze(text, language, &at);
      if (title)
        for (size_t i = 0; i < at.tokens.tokens.size(); ++i)
          if (at.tokens.tokens[i].kind == TokenKind::kWord) title_keys.emplace_back(at.tokens.Key(at.tokens.tokens[i]));
      CodePointSlicer slicer(text);
      for (size_t i = 0; i < at.tokens.tokens.size(); ++i) {
        const Token& t = at.tokens.tokens[i];
        if (t.kind != TokenKind::kWord) continue;
        std::string_view stem = at.Stem(i);
        if (CountCodePoints(stem) < 2) continue;
        Acc& x = acc[WordTerm(stem)];
        x.tf += weight;
        if (x.surface.empty()) x.surface = slicer.Slice(t.span);
      }
      // The surfaces point into `text`, which outlives this call.
    };
    words(a.title, static_cast<float>(o.title_weight), true);
    // A place the title names is the article's own, as one its first lines
    // name: its words in the title, the first after a clitic (بعسير، لليمن,
    // not the adjective يمني).
    auto in_title = [&](std::string_view name) {
      const std::vector<std::string> parts = internal::SplitWords(Normalize(name, Form::kMatchKey));
      if (parts.empty()) return false;
      for (size_t i = 0; i + parts.size() <= title_keys.size(); ++i) {
        if (!WithClitic(title_keys[i], parts[0])) continue;
        size_t k = 1;
        while (k < parts.size() && title_keys[i + k] == parts[k]) ++k;
        if (k == parts.size()) return true;
      }
      return false;
    };
    words(a.text, 1.0f, false);
    if (a.facts) {
      std::string key;
      for (const Fact& f : *a.facts) {
        switch (f.kind) {
          case FactKind::kEntity:
            // A medium a speaker told is the outlet's source, not the event:
            // one newspaper's interviews would share it.
            if (f.name.empty() || f.medium) break;
            {
              const bool name_in_title = in_title(f.name);
              const bool titled = name_in_title || (f.text != f.name && in_title(f.text));
              if (f.span.begin < kLead || titled) d.lead_names.push_back(FactTerm('E', f.name));
              if (f.type == EntityType::kPlace && (f.span.begin < kLead || name_in_title))
                d.lead_places.push_back(FactTerm('E', f.name));
              if (titled && (f.type == EntityType::kPerson || f.type == EntityType::kOrganisation))
                d.title_links.push_back(FactTerm('E', f.name));
            }
            {
              Acc& x = acc[FactTerm('E', f.name)];
              if (x.tf == 0) d.entities.push_back({FactTerm('E', f.name), f.name});
              x.tf += 1;
              x.kind = kEntityTerm;
            }
            break;
          case FactKind::kQuantity: {
            if (IsVagueCount(f.value)) break;  // tens, hundreds of thousands (or no value)
            if (f.unit.empty() && f.of.empty()) break;  // a bare number says little
            // Nor does a number of some of a group ("ثلاثة من العاملين", the
            // only quantity FindQuantities spans over من): as terms these
            // split the Asir bombing's story in two.
            if (f.text.find(" من ") != std::string::npos) break;
            key = f.value + "|" + f.unit + "|" + Stem(Normalize(f.of, Form::kMatchKey));
            Acc& x = acc[FactTerm('Q', key)];
            x.tf += 1;
            x.kind = kFigureTerm;
            break;
          }
          case FactKind::kDate: {
            if (f.value.size() < 10) break;  // days only: a month or a year is too common
            const std::string day = f.value.substr(0, 10);
            // The days its first lines name: the day a daily report is of.
            // A day counted from the publication time (اليوم، أمس) may be
            // the one before, as the comparison reads it: an article is
            // often stamped the day after it was written.
            if (f.span.begin < kLead) {
              d.lead_days.push_back(FactTerm('D', day));
              if (const double h = f.anchor == "publication" ? IsoHours(day) : -1; h >= 0)
                d.lead_days.push_back(FactTerm('D', internal::IsoOf(internal::CivilFromDays(DayOf(h) - 1))));
            }
            Acc& x = acc[FactTerm('D', day)];
            x.tf += 1;
            x.kind = kDateTerm;
            break;
          }
          case FactKind::kQuote:
            break;
        }
      }
    }
    if (title_keys.size() >= 2) {  // the title's words: copies of one report keep it
      std::string joined;
      for (const auto& k : title_keys) joined.append(k).push_back(' ');
      d.title_links.push_back(FactTerm('T', joined));
    }
    for (auto* list : {&d.lead_places, &d.lead_days, &d.lead_names, &d.title_links}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    std::vector<uint64_t> keys;
    keys.reserve(acc.size());
    for (const auto& [term, x] : acc) keys.push_back(term);
    std::sort(keys.begin(), keys.end());
    d.terms = keys;
    d.tf.reserve(keys.size());
    d.kinds.reserve(keys.size());
    d.surface_ends.reserve(keys.size());
    for (uint64_t term : keys) {
      const Acc& x = acc[term];
      d.tf.push_back(x.tf);
      d.kinds.push_back(x.kind);
      d.surfaces.append(x.surface);
      d.surface_ends.push_back(static_cast<uint32_t>(d.surfaces.size()));
    }
  });
}

void StoryClusterer::Impl::Prepare() const {
  if (prepared) return;
  std::unordered_map<uint64_t, uint32_t> df;
  for (const Doc& d : docs)
    for (uint64_t t : d.terms) ++df[t];
  const Background& bg = *background;
  const double n = static_cast<double>(docs.size()) + bg.documents;
  const double kind_weight[4] = {1.0, options.entity_weight, options.figure_weight, options.date_weight};
  vectors.assign(docs.size(), {});
  internal::ParallelFor(docs.size(), options.threads, [&](size_t k) {
    const Doc& d = docs[k];
    // A digest of briefs ("موجز أخبار": a Greek fire, Zuma's surgery, a
    // house fallen in Delhi) reports several events, none of them its own:
    // it joins no story and none joins it (an empty vector). Its facts would
    // otherwise stand in one event's claims as another outlet's.
    if (d.digest) return;
    Vec v;
    v.reserve(d.terms.size());
    for (size_t i = 0; i < d.terms.size(); ++i) {
      double f = df.at(d.terms[i]);
      if (d.kinds[i] == kWordTerm) {
        auto it = bg.df.find(d.terms[i]);
        f += it == bg.df.end() ? 0 : it->second;
      }
      double idf = std::log((n + 1) / (f + 0.5));
      double w = (1 + std::log(d.tf[i])) * idf * kind_weight[d.kinds[i]];
      if (w > 0) v.push_back({d.terms[i], static_cast<float>(w)});
    }
    KeepTop(&v, static_cast<size_t>(options.article_terms));
    double norm = Norm(v);
    if (norm > 0)
      for (auto& x : v) x.second = static_cast<float>(x.second / norm);
    vectors[k] = std::move(v);
  });
  prepared = true;
}

double StoryClusterer::Similarity(uint32_t a, uint32_t b) const {
  impl_->Prepare();
  return SparseDot(impl_->vectors[a], impl_->vectors[b]);
}

std::vector<Story> StoryClusterer::Run(StoryStats* stats) const {
  const Impl& im = *impl_;
  const StoryOptions& o = im.options;
  im.Prepare();
  const auto& docs = im.docs;
  StoryStats st;
  st.articles = static_cast<int64_t>(docs.size());

  std::vector<double> hours(docs.size());
  for (size_t k = 0; k < docs.size(); ++k) hours[k] = docs[k].hours;
  std::unordered_map<uint64_t, std::pair<std::string_view, const std::string*>> entities;  // made when asked
  // Built only for the steps that ask it: the day rule, the merges, the
  // articles left alone.
  std::optional<Bursts> bursts;
  if (o.day_penalty != 1 || o.merge_threshold > 0 || o.orphan_threshold > 0)
    bursts.emplace(hours, im.vectors, *im.background, o.background_days, [&](uint64_t term) {
      if (entities.empty())
        for (const auto& d : docs)
          for (const auto& [t, name] : d.entities) entities.try_emplace(t, name, &d.language);
      auto it = entities.find(term);
      return it == entities.end() ? nullptr : &it->second;
    });

  // Placement order: dated articles by time then id, then undated ones by id.
  std::vector<uint32_t> order(docs.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    bool da = docs[a].hours >= 0, db = docs[b].hours >= 0;
    if (da != db) return da;
    if (da && docs[a].hours != docs[b].hours) return docs[a].hours < docs[b].hours;
    if (docs[a].id != docs[b].id) return docs[a].id < docs[b].id;
    return a < b;
  });

  std::vector<StoryState> stories;
  internal::U64Map<std::vector<uint32_t>> postings;  // probe term -> stories
  // Centroid term -> (story, weight) for the stories not yet closed: an
  // article's cosine with its candidates is summed term by term from the
  // lists of its own terms, so a candidate costs the terms it shares, not a
  // merge of 120 article terms with 300 centroid terms (which made a run of
  // 50,000 articles in one window spend most of its time in the merge). The
  // sums run in term order, as SparseDot's do, so scores are bit for bit the
  // same.
  struct Entry {
    uint32_t story;
    float weight;
  };
  // (A term's list is left empty, not taken out, when its last story goes.)
  internal::U64Map<std::vector<Entry>> index;
  auto term_slot = [&](const StoryState& st, uint64_t term) {
    auto it = std::lower_bound(st.centroid.begin(), st.centroid.end(), term,
                               [](const Weighted& x, uint64_t t) { return x.first < t; });
    return static_cast<size_t>(it - st.centroid.begin());
  };
  auto unindex = [&](uint64_t term, uint32_t at) {
    auto& list = *index.Find(term);
    if (at + 1 != list.size()) {
      list[at] = list.back();
      StoryState& moved = stories[list[at].story];
      moved.pos[term_slot(moved, term)] = at;
    }
    list.pop_back();
    if (list.empty()) std::vector<Entry>().swap(list);  // its memory back
  };
  // Stories by the time of their newest article, to take closed ones out of
  // `index` (placement is in time order, so a closed story stays closed for
  // every dated article after; undated ones, placed last, may still join it
  // and are scored by the merge).
  using Quiet = std::pair<double, uint32_t>;
  std::priority_queue<Quiet, std::vector<Quiet>, std::greater<Quiet>> by_last;
  std::vector<uint32_t> seen_stamp;
  std::vector<double> score;
  std::vector<uint32_t> candidates;
  const double window = o.window_hours;
  auto open = [&](const StoryState& s, double now) {
    return now < 0 || s.last < 0 || now - s.last <= window;
  };
  uint32_t stamp = 0;
  Vec merged;
  std::vector<uint32_t> merged_pos;
  for (uint32_t doc : order) {
    const Vec& v = im.vectors[doc];
    const double now = docs[doc].hours;
    if (now < 0) ++st.undated;
    while (now >= 0 && !by_last.empty() && now - by_last.top().first > window) {
      auto [last, s] = by_last.top();
      by_last.pop();
      StoryState& q = stories[s];
      if (q.last != last || !q.indexed) continue;  // joined since, or already out
      for (size_t k = 0; k < q.centroid.size(); ++k) unindex(q.centroid[k].first, q.pos[k]);
      q.indexed = false;
      q.pos.clear();
      q.pos.shrink_to_fit();
    }
    // Probe terms: the article's heaviest.
    Vec probe = v;
    KeepTop(&probe, static_cast<size_t>(o.probe_terms));
    ++stamp;
    candidates.clear();
    for (const auto& p : probe) {
      std::vector<uint32_t>* found = postings.Find(p.first);
      if (found == nullptr) continue;
      auto& list = *found;
      if (now >= 0 && list.size() > 256) {  // forget stories closed for good
        list.erase(std::remove_if(list.begin(), list.end(), [&](uint32_t s) { return !open(stories[s], now); }),
                   list.end());
      }
      for (uint32_t s : list) {
        if (seen_stamp[s] == stamp || !open(stories[s], now)) continue;
        seen_stamp[s] = stamp;
        score[s] = 0;
        candidates.push_back(s);
      }
    }
    // Cosines with the candidates, term by term. A term whose list is much
    // longer than the candidates is looked up in each candidate instead.
    st.comparisons += static_cast<int64_t>(candidates.size());
    if (!candidates.empty()) {
      for (const auto& [term, w] : v) {
        const std::vector<Entry>* found = index.Find(term);
        if (found == nullptr) continue;
        const auto& list = *found;
        if (list.size() <= 8 * candidates.size()) {
          for (const Entry& e : list)
            if (seen_stamp[e.story] == stamp) score[e.story] += static_cast<double>(w) * e.weight;
        } else {
          for (uint32_t s : candidates) {
            const StoryState& q = stories[s];
            if (!q.indexed) continue;
            size_t k = term_slot(q, term);
            if (k < q.centroid.size() && q.centroid[k].first == term)
              score[s] += static_cast<double>(w) * q.centroid[k].second;
          }
        }
      }
    }
    double best = -1;
    uint32_t best_story = 0;
    for (uint32_t s : candidates) {
      const StoryState& q = stories[s];
      double dot = q.indexed ? score[s] : SparseDot(v, q.centroid);
      double c = q.norm > 0 ? dot / q.norm : 0;
      if (o.decay_hours > 0 && now >= 0 && q.first >= 0)
        c /= 1 + (now - (q.first + o.decay_from * (q.last - q.first))) / o.decay_hours;
      if (o.place_penalty != 1 && LeadsDiffer(q.places, docs[doc].lead_places)) c *= o.place_penalty;
      // Another day's report of a daily topic: the days the first lines
      // name differ, and the words shared are not an event's burst (gold's
      // and the weather's are every day's; a visit's or a bombing's are
      // used far more in its days than over the run). Checked only where
      // it could change the choice.
      if (o.day_penalty != 1 && c >= o.threshold && c >= best && LeadsDiffer(q.days, docs[doc].lead_days) &&
          (now < 0 || q.first < 0 || !bursts->Bursty(v, q.centroid, DayOf(q.first), DayOf(now), o.merge_burst, false)))
        c *= o.day_penalty;
      if (c > best || (c == best && s < best_story)) {
        best = c;
        best_story = s;
      }
    }
    uint32_t target;
    if (best >= o.threshold && !v.empty()) {
      target = best_story;
    } else {
      target = static_cast<uint32_t>(stories.size());
      stories.emplace_back();
      seen_stamp.push_back(0);
      score.push_back(0);
      best = 1;
    }
    StoryState& s = stories[target];
    s.members.push_back(doc);
    UnionSorted(&s.places, docs[doc].lead_places);
    UnionSorted(&s.days, docs[doc].lead_days);
    s.sims.push_back(best);
    if (now >= 0) {
      s.last = std::max(s.last, now);
      by_last.push({s.last, target});
    }
    if (now >= 0 && s.first < 0) s.first = now;
    // Centroid += v, cut to story_terms; the index follows.
    internal::SparseAdd(s.centroid, v, &merged);
    KeepTop(&merged, static_cast<size_t>(o.story_terms));
    if (s.indexed) {
      // Old and new centroids, both sorted: update, add, or take out.
      merged_pos.clear();
      size_t a = 0;
      for (const auto& [term, w] : merged) {
        while (a < s.centroid.size() && s.centroid[a].first < term) {
          unindex(s.centroid[a].first, s.pos[a]);
          ++a;
        }
        if (a < s.centroid.size() && s.centroid[a].first == term) {
          index[term][s.pos[a]].weight = w;
          merged_pos.push_back(s.pos[a]);
          ++a;
        } else {
          auto& list = index[term];
          merged_pos.push_back(static_cast<uint32_t>(list.size()));
          list.push_back({target, w});
        }
      }
      for (; a < s.centroid.size(); ++a) unindex(s.centroid[a].first, s.pos[a]);
      s.pos.swap(merged_pos);
    }
    s.centroid.swap(merged);
    s.norm = Norm(s.centroid);
    for (const auto& p : probe) {
      auto& list = postings[p.first];
      if (list.empty() || list.back() != target) list.push_back(target);
    }
  }

  if (o.merge_threshold > 0 || o.orphan_threshold > 0) {
    std::vector<uint32_t> rank(docs.size());  // each article's place in placement order
    for (uint32_t k = 0; k < order.size(); ++k) rank[order[k]] = k;
    if (o.merge_threshold > 0) MergeBurstyStories(o, *bursts, rank, &stories);
    if (o.orphan_threshold > 0) AttachOrphans(o, *bursts, hours, im.vectors, rank, &stories);
  }

  if (o.head_cover > 0) {
    SplitHeads(o, hours, im.vectors, [&](uint32_t doc, uint64_t term) {
      const auto& t = docs[doc].terms;
      return std::binary_search(t.begin(), t.end(), term);
    }, [&](uint32_t doc) -> const std::vector<uint64_t>& { return docs[doc].lead_places; }, &stories);
  }
  if (o.name_share > 0) {
    auto lead_names = [&](uint32_t doc) -> const std::vector<uint64_t>& { return docs[doc].lead_names; };
    SplitStoriesAboutNothing(o, LeadNameRates(o, hours, lead_names), hours, im.vectors, lead_names,
                             [&](uint32_t doc) -> const std::vector<uint64_t>& { return docs[doc].title_links; },
                             [&](uint32_t doc) -> const std::vector<uint64_t>& { return docs[doc].lead_places; },
                             &stories);
  }

  std::vector<Story> out;
  out.reserve(stories.size());
  for (const StoryState& s : stories) {
    Story story;
    story.id = internal::StoryId(docs[s.members[0]].id);
    story.articles = s.members;
    story.similarity = s.sims;
    // The most central article, the first placed among those within a
    // millionth of it: the two articles of a story of two are equally
    // central but for rounding, which the smallest change elsewhere in the
    // run tipped; so such a story is labelled by its first.
    double best = -1;
    for (uint32_t m : s.members) {
      double c = s.norm > 0 ? SparseDot(im.vectors[m], s.centroid) / s.norm : 0;
      if (c > best + 1e-6) {
        best = c;
        story.central = m;
      }
    }
    story.label = docs[story.central].title;
    // Top word terms, each as most often written among the members.
    Vec top;
    for (const auto& x : s.centroid)
      if ((x.first & 1) == 0) top.push_back(x);
    std::sort(top.begin(), top.end(),
              [](const Weighted& a, const Weighted& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (top.size() > 5) top.resize(5);
    for (const auto& x : top) {
      std::unordered_map<std::string_view, int> counts;
      for (uint32_t m : s.members) {
        const auto& d = docs[m];
        auto it = std::lower_bound(d.terms.begin(), d.terms.end(), x.first);
        if (it != d.terms.end() && *it == x.first) ++counts[im.Surface(d, static_cast<size_t>(it - d.terms.begin()))];
      }
      std::string_view pick;
      int pc = 0;
      for (const auto& [sv, c] : counts)
        if (c > pc || (c == pc && sv < pick)) {
          pick = sv;
          pc = c;
        }
      story.terms.emplace_back(pick);
    }
    double first = std::numeric_limits<double>::infinity(), last = -1;
    for (uint32_t m : s.members) {
      const auto& d = docs[m];
      if (!d.outlet.empty() && std::find(story.outlets.begin(), story.outlets.end(), d.outlet) == story.outlets.end())
        story.outlets.push_back(d.outlet);
      if (d.hours < 0) continue;
      if (d.hours < first) {
        first = d.hours;
        story.first_published = d.published;
      }
      if (d.hours > last) {
        last = d.hours;
        story.last_published = d.published;
      }
    }
    out.push_back(std::move(story));
  }
  // Largest first; then in order of founding (the order of `stories`).
  std::vector<uint32_t> idx(out.size());
  for (uint32_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(),
                   [&](uint32_t a, uint32_t b) { return out[a].articles.size() > out[b].articles.size(); });
  std::vector<Story> sorted;
  sorted.reserve(out.size());
  for (uint32_t i : idx) sorted.push_back(std::move(out[i]));
  st.stories = static_cast<int64_t>(sorted.size());
  for (const auto& s : sorted) st.multi_article += s.articles.size() > 1;
  if (stats) *stats = st;
  return sorted;
}

}  // namespace sada
