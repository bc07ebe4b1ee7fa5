// Cross-outlet comparison of one story: claims built from the facts of its
// articles (entities, figures, casualty statements, dates, quotes), witnesses
// counted with copies collapsed, conflicts where values of the same kind about
// the same thing do not overlap, framing from the words next to entity
// names. The summary and timeline are in summary.cc.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "sada/compare.h"
#include "sada/reuse.h"
#include "sada/story.h"
#include "sada/text.h"
#include "facts/extract_internal.h"
#include "story/story_internal.h"
#include "text/names.h"
#include "text/stem.h"
#include "util/strings.h"
#include "util/union_find.h"

namespace sada {

const char* ClaimStatusName(ClaimStatus s) {
  switch (s) {
    case ClaimStatus::kCorroborated: return "corroborated";
    case ClaimStatus::kCopied: return "copied";
    case ClaimStatus::kUnique: return "unique";
    case ClaimStatus::kConflicting: return "conflicting";
  }
  return "unique";
}

namespace internal {

void StoryText::Build(const std::vector<StoryDoc>& docs) {
  per_doc.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    DocText& t = per_doc[d];
    const Article& a = *docs[d].article;
    std::string language = a.language.empty() || a.language == "und" ? "ar" : a.language;
    Analyze(a.text, language, &t.at);
    // Sentence of each token.
    t.token_sentence.resize(t.at.tokens.tokens.size());
    size_t s = 0;
    for (size_t i = 0; i < t.at.tokens.tokens.size(); ++i) {
      uint32_t b = t.at.tokens.tokens[i].span.begin;
      while (s + 1 < t.at.sentences.size() && t.at.sentences[s].end <= b) ++s;
      t.token_sentence[i] = static_cast<uint32_t>(s);
    }
  }
}

Span StoryText::SentenceOf(uint32_t doc, Span span) const {
  const auto& ss = per_doc[doc].at.sentences;
  auto it = std::upper_bound(ss.begin(), ss.end(), span.begin, [](uint32_t b, const Span& s) { return b < s.end; });
  if (it != ss.end() && it->begin <= span.begin) return Span{it->begin, std::max(it->end, span.end)};
  return span;
}

namespace {
// The stems of the words of two letters or more inside `span` but not
// `skip`, each with weight(stem) summed, by HashKey of the stem.
template <typename Weight>
SparseVec StemVector(const DocText& t, Span span, Span skip, Weight&& weight) {
  std::map<uint64_t, float> sum;
  const auto& toks = t.at.tokens.tokens;
  auto it = std::lower_bound(toks.begin(), toks.end(), span.begin,
                             [](const Token& k, uint32_t b) { return k.span.begin < b; });
  for (; it != toks.end() && it->span.end <= span.end; ++it) {
    if (it->kind != TokenKind::kWord || Overlaps(it->span, skip)) continue;
    std::string_view stem = t.at.Stem(static_cast<size_t>(it - toks.begin()));
    if (CountCodePoints(stem) < 2) continue;
    sum[HashKey(stem)] += static_cast<float>(weight(stem));
  }
  return SparseVec(sum.begin(), sum.end());
}
}  // namespace

SparseVec StoryText::Vector(uint32_t doc, Span span) const {
  return StemVector(per_doc[doc], span, Span{}, [](std::string_view) { return 1.0; });
}

SparseVec StoryText::Weighted(uint32_t doc, Span span, Span skip) const {
  return StemVector(per_doc[doc], span, skip, BackgroundIdf);
}

Span StoryText::Around(uint32_t doc, Span span, Span within, size_t words) const {
  const auto& toks = per_doc[doc].at.tokens.tokens;
  auto first = std::lower_bound(toks.begin(), toks.end(), span.begin,
                                [](const Token& k, uint32_t b) { return k.span.end <= b; });
  auto last = std::lower_bound(toks.begin(), toks.end(), span.end,
                               [](const Token& k, uint32_t e) { return k.span.begin < e; });
  Span out = span;
  for (size_t n = 0; n < words && first != toks.begin() && std::prev(first)->span.begin >= within.begin; ++n)
    out.begin = (--first)->span.begin;
  for (size_t n = 0; n < words && last != toks.end() && last->span.end <= within.end; ++n, ++last)
    out.end = last->span.end;
  return out;
}

double Cosine(const SparseVec& a, const SparseVec& b) {
  double na = SparseDot(a, a), nb = SparseDot(b, b);
  return na > 0 && nb > 0 ? SparseDot(a, b) / std::sqrt(na * nb) : 0;
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

std::string DayOf(const Fact& f) {
  return f.kind == FactKind::kDate ? f.value.substr(0, std::min(f.value.find('T'), f.value.size())) : "";
}

bool NoneInCommon(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  for (const std::string& x : a)
    if (b.count(x)) return false;
  return true;
}

bool IsSiteText(const Article& a, Span s) {
  for (const std::optional<Span>& m : {a.tags, a.footer})
    if (m && Overlaps(*m, s)) return true;
  return false;
}

bool IsMetadata(const Article& a, Span s) {
  for (const std::optional<Span>& m : {a.dateline, a.published_evidence})
    if (m && Overlaps(*m, s)) return true;
  return IsSiteText(a, s);
}

CopyIndex::CopyIndex(const std::vector<StoryDoc>& docs, const std::vector<CopyLink>& copies)
    : docs_(docs), dup_group_(docs.size(), UINT32_MAX) {
  UnionFind dup(static_cast<uint32_t>(docs.size()));
  std::vector<uint8_t> in_group(docs.size(), 0);
  for (const CopyLink& c : copies) {
    if (c.duplicate) {
      dup.Union(c.a, c.b);
      in_group[c.a] = in_group[c.b] = 1;
    } else {
      passages_[Key(c.a, c.b)].push_back(&c);
    }
  }
  for (uint32_t d = 0; d < docs.size(); ++d)
    if (in_group[d]) dup_group_[d] = dup.Find(d);
}

const CopyLink* CopyIndex::Between(uint32_t da, Span sa, uint32_t db, Span sb) const {
  if (da == db) return nullptr;
  if (dup_group_[da] != UINT32_MAX && dup_group_[da] == dup_group_[db]) {
    // Duplicates: the whole texts, ordered by publication time.
    std::lock_guard<std::mutex> lock(mu_);
    auto [it, made] = duplicate_links_.try_emplace(Key(da, db));
    if (made) {
      CopyLink& l = it->second;
      l.a = std::min(da, db);
      l.b = std::max(da, db);
      l.a_span = l.b_span = {0, UINT32_MAX};
      l.similarity = 1;
      l.direction = CompareTimes(docs_[l.a].article->published, docs_[l.b].article->published);
      l.duplicate = true;
    }
    return &it->second;
  }
  auto it = passages_.find(Key(da, db));
  if (it == passages_.end()) return nullptr;
  for (const CopyLink* c : it->second) {
    if (c->a == da && c->b == db && Overlaps(c->a_span, sa) && Overlaps(c->b_span, sb)) return c;
    if (c->a == db && c->b == da && Overlaps(c->a_span, sb) && Overlaps(c->b_span, sa)) return c;
  }
  return nullptr;
}

// Witnesses, outlets, copies and status (unless conflicting) of a claim.
void Tally(const std::vector<StoryDoc>& docs, const CopyIndex& copies, Claim* c) {
  const size_t n = c->statements.size();
  UnionFind uf(n);
  std::set<std::string> outlets;
  for (size_t i = 0; i < n; ++i) {
    const Statement& si = c->statements[i];
    outlets.insert(docs[si.doc].outlet);
    for (size_t j = i + 1; j < n; ++j) {
      // Already one witness (same outlet, or joined through copies): nothing
      // to learn. So the copies kept are the links that join witnesses, at
      // most one fewer than the statements; listing every copied pair grew
      // with the square of the statements (767,376 pairs for one figure
      // stated 1,752 times in two copies of one long text).
      if (uf.Find(static_cast<uint32_t>(i)) == uf.Find(static_cast<uint32_t>(j))) continue;
      const Statement& sj = c->statements[j];
      // One source: the same agency credited (which most likely gave both
      // the statement, though their sentences share no passage), or one
      // outlet, unless its two articles credit two agencies (an outlet
      // relaying رويترز and أ ف ب relays two witnesses; its article that
      // credits none may be either's copy, and stays one with them).
      // (A shared passage is the closer evidence, and listed as such.)
      const StoryDoc &di = docs[si.doc], &dj = docs[sj.doc];
      const bool two_agencies = !di.credit.empty() && !dj.credit.empty() && di.credit != dj.credit;
      if (di.outlet == dj.outlet && !two_agencies) {
        uf.Union(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
        continue;
      }
      if (const CopyLink* l = copies.Between(si.doc, si.sentence, sj.doc, sj.sentence)) {
        uf.Union(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
        Claim::Copy cp;
        cp.from = static_cast<uint32_t>(i);
        cp.to = static_cast<uint32_t>(j);
        cp.similarity = l->similarity;
        int dir = l->a == si.doc ? l->direction : -l->direction;
        if (dir < 0) std::swap(cp.from, cp.to);
        cp.ordered = dir != 0;
        c->copies.push_back(cp);
      } else if (!di.credit.empty() && di.credit == dj.credit) {
        uf.Union(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
        Claim::Copy cp;
        cp.from = static_cast<uint32_t>(i);
        cp.to = static_cast<uint32_t>(j);
        cp.credit = di.credit;
        c->copies.push_back(std::move(cp));
      }
    }
  }
  std::set<uint32_t> roots;
  for (size_t i = 0; i < n; ++i) {
    c->statements[i].witness = uf.Find(static_cast<uint32_t>(i));
    roots.insert(c->statements[i].witness);
  }
  c->outlets = static_cast<int>(outlets.size());
  c->witnesses = static_cast<int>(roots.size());
  // A conflict needs two witnesses: statements that turn out copies of one
  // (joined through others) are told as copied.
  if (c->status == ClaimStatus::kConflicting && c->witnesses >= 2) return;
  if (c->outlets <= 1) {
    c->status = ClaimStatus::kUnique;
  } else if (c->witnesses >= 2) {
    c->status = ClaimStatus::kCorroborated;
  } else {
    c->status = ClaimStatus::kCopied;
  }
}

bool Named(const Fact& f) {
  return f.kind == FactKind::kEntity && !f.name.empty() && !f.medium &&
         (f.type == EntityType::kPerson || f.type == EntityType::kPlace || f.type == EntityType::kOrganisation);
}

}  // namespace internal

namespace {

using internal::Cosine;
using internal::StoryText;

// Two statements are about the same thing when the words of their sentences
// around them, weighted by how rare they are in news (BackgroundIdf), reach
// this cosine (on three days of SaudiNewsNet, most pairs of date statements
// from 0.4 to 0.5 were different events alike in wording: the king and the
// crown prince each receiving one visitor, one spokesman's reports of two
// fires).
constexpr double kSameThing = 0.5;
// Two figures count the same when the three words on each side of them, so
// weighted, reach this cosine.
constexpr double kSameWords = 0.2;
// Two articles tell one event when their words, so weighted, reach this
// cosine.
constexpr double kSameStory = 0.6;
// A story of at most this many articles is taken to tell one incident.
constexpr size_t kFewReports = 10;
// In a larger story (a war's days), whose reports all share the story's
// words, two articles tell one incident in other words only when they reach
// this cosine: the lead tolls of a war's daily reports (Lahj's 22 dead, an
// Aden district's 28, Khor Maksar's 9) stood in articles alike at 0.60 to
// 0.67; one bombing's or one accident's reports at 0.70 and over.
constexpr double kSameIncidentMany = 0.7;

// A figure's bounds as its words give them (Fact::qualifier), before the
// number in a compared value: "more than 100" (أكثر من 100 طفل), "about 150".
// A change ("increase 272", بزيادة 272) is compared only with changes.
constexpr std::string_view kQualifiers[] = {"about ",    "more than ", "less than ", "at least ",
                                            "at most ",  "increase ",  "decrease "};

// The value a figure is compared by: its number, after its qualifier if it
// has one.
std::string QualifiedValue(const Fact& f) { return f.qualifier.empty() ? f.value : f.qualifier + " " + f.value; }

// A compared value without its qualifier ("more than 100": "100").
std::string_view BareValue(std::string_view v) {
  for (std::string_view q : kQualifiers)
    if (v.substr(0, q.size()) == q) return v.substr(q.size());
  return v;
}

// A value without any qualifier, also inside a toll's parts ("killed: about
// 260; wounded: 40": "killed: 260; wounded: 40"): what claims of one value
// group by.
std::string WithoutQualifiers(std::string v) {
  for (std::string_view q : kQualifiers)
    for (size_t at; (at = v.find(q)) != std::string::npos;) v.erase(at, q.size());
  return v;
}

// Numeric interval a value stands for ("150", "10-20", "tens", "tens of
// thousands"; "about 150" within a tenth of it, "more than 100" and "at
// least 100" from it up, "less than 10" and "at most 10" up to it: outlets
// round, and "أكثر من 20 حركة" and "20 حركة" tell one figure).
std::pair<double, double> ValueRange(const std::string& v) {
  if (const std::string_view bare = BareValue(v); bare.size() < v.size()) {
    const auto [low, high] = ValueRange(std::string(bare));
    if (low < 0) return {low, high};
    constexpr double kMany = 1e18;
    const std::string_view q = std::string_view(v).substr(0, v.size() - bare.size() - 1);
    if (q == "about") return {low * 0.9, high * 1.1};
    if (q == "more than" || q == "at least") return {low, kMany};
    if (q == "increase" || q == "decrease") return {low, high};
    return {0, high};  // less than, at most
  }
  if (v == "tens") return {10, 99};
  if (v == "hundreds") return {100, 999};
  if (v == "thousands") return {1000, 9999};
  if (v == "millions") return {1e6, 1e7 - 1};
  if (v == "billions") return {1e9, 1e10 - 1};
  if (v == "many") return {2, 1e18};
  if (const size_t of = v.find(" of "); of != std::string::npos) {
    const auto count = ValueRange(v.substr(0, of)), unit = ValueRange(v.substr(of + 4));
    if (count.first < 0 || unit.first < 0) return {-1, -1};
    return {count.first * unit.first, (count.second + 1) * unit.first - 1};
  }
  size_t dash = v.find('-', 1);
  try {
    if (dash != std::string::npos) return {std::stod(v.substr(0, dash)), std::stod(v.substr(dash + 1))};
    double x = std::stod(v);
    return {x, x};
  } catch (...) {
    return {-1, -1};
  }
}

// The significant digits of a plain number ("1870000000000": 3, "1.9": 2).
int SignificantDigits(const std::string& v) {
  std::string digits;
  for (char c : v)
    if (c >= '0' && c <= '9') digits.push_back(c);
  const size_t b = digits.find_first_not_of('0');
  if (b == std::string::npos) return 0;
  digits.erase(0, b);
  if (v.find('.') == std::string::npos) digits.erase(digits.find_last_not_of('0') + 1);
  return static_cast<int>(digits.size());
}

// "1.9" and "1.87": one figure given to fewer decimals; "1.9 تريليون" and
// "1.87 تريليون" (1900000000000 and 1870000000000), "18 ألف طلقة" and "18360
// طلقة", "19.84 ألف مستثمر" and "19 ألفا و848": an amount in thousands or
// more given to fewer significant digits (rounded or cut), when it has two
// or more (150 and 200 million differ, and so do 1000 and 1700).
bool SameWhenRounded(const std::string& a, const std::string& b) {
  if (a.find('-', 1) != std::string::npos || b.find('-', 1) != std::string::npos) return false;
  const size_t pa = a.find('.'), pb = b.find('.');
  if (pa == std::string::npos || pb == std::string::npos) {
    constexpr double kLarge = 1e3;
    double x, y;
    try {
      x = std::stod(a);
      y = std::stod(b);
    } catch (...) {
      return false;
    }
    const int da = SignificantDigits(a), db = SignificantDigits(b);
    const int digits = std::min(da, db);
    if (x < kLarge || y < kLarge || digits < 2) return false;
    // The less precise amount is the other rounded, or cut after its digits.
    const double rough = da <= db ? x : y, fine = da <= db ? y : x;
    const double unit = std::pow(10.0, std::floor(std::log10(rough)) - digits + 1);
    return std::round(fine / unit) * unit == rough || (fine >= rough && fine - rough < unit);
  }
  const size_t decimals = std::min(a.size() - pa, b.size() - pb) - 1;
  const double scale = std::pow(10.0, static_cast<double>(decimals));
  try {
    return std::round(std::stod(a) * scale) == std::round(std::stod(b) * scale);
  } catch (...) {
    return false;
  }
}

bool ValuesOverlap(const std::string& a, const std::string& b) {
  if (a == b || SameWhenRounded(a, b)) return true;
  auto ra = ValueRange(a), rb = ValueRange(b);
  if (ra.first < 0 || rb.first < 0) return false;
  return ra.first <= rb.second && rb.first <= ra.second;
}

std::string SpanText(const StoryDoc& d, Span s) { return std::string(d.Slice(s)); }

Statement MakeStatement(const std::vector<StoryDoc>& docs, const StoryText& st, uint32_t d, Span span,
                        std::string value) {
  Statement s;
  s.doc = d;
  s.span = span;
  s.sentence = st.SentenceOf(d, span);
  s.value = std::move(value);
  s.text = SpanText(docs[d], span);
  return s;
}

// The statements of `all` that conflict, in groups: pairs for which
// `differ(i, j)` holds (the caller's test of the values and of what the two
// sentences are about) from other outlets and not linked by a copy, joined
// into groups, each kept if its statements are two witnesses or more (the
// pair test sees one link; a group may be joined through others into copies
// of one witness). Groups in order of their first statement.
template <typename Differ>
std::vector<std::vector<size_t>> ConflictGroups(const std::vector<StoryDoc>& docs, const internal::CopyIndex& copies,
                                                const std::vector<Statement>& all, Differ&& differ) {
  internal::UnionFind uf(static_cast<uint32_t>(all.size()));
  std::vector<bool> in_pair(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) {
    for (size_t j = i + 1; j < all.size(); ++j) {
      const Statement &a = all[i], &b = all[j];
      if (docs[a.doc].outlet == docs[b.doc].outlet || !differ(i, j)) continue;
      if (copies.Between(a.doc, a.sentence, b.doc, b.sentence)) continue;
      uf.Union(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
      in_pair[i] = in_pair[j] = true;
    }
  }
  std::map<uint32_t, size_t> slot;  // root -> group
  std::vector<std::vector<size_t>> groups;
  for (size_t i = 0; i < all.size(); ++i) {
    if (!in_pair[i]) continue;
    auto [it, made] = slot.try_emplace(uf.Find(static_cast<uint32_t>(i)), groups.size());
    if (made) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  std::vector<std::vector<size_t>> kept;
  for (auto& g : groups) {
    Claim probe;
    for (size_t i : g) probe.statements.push_back(all[i]);
    internal::Tally(docs, copies, &probe);
    if (probe.witnesses >= 2) kept.push_back(std::move(g));
  }
  return kept;
}

// What a conflict is about: its first statement's sentence, to 120 code
// points (whole ones: never half a letter), "…" where cut.
std::string SentenceHead(const std::vector<StoryDoc>& docs, const Statement& first) {
  const std::string sentence = SpanText(docs[first.doc], first.sentence);
  const std::string_view head = internal::Utf8Prefix(sentence, 120);
  return std::string(head) + (head.size() < sentence.size() ? "…" : "");
}

// A conflicting claim of the statements of one group (ConflictGroups),
// marked as taken.
Claim ConflictOf(const std::string& kind, std::string about, const std::vector<Statement>& all,
                 const std::vector<size_t>& group, std::vector<bool>* taken) {
  Claim c;
  c.kind = kind;
  c.about = std::move(about);
  c.status = ClaimStatus::kConflicting;
  for (size_t i : group) {
    c.statements.push_back(all[i]);
    (*taken)[i] = true;
  }
  return c;
}

void SortStatements(Claim* c) {
  std::sort(c->statements.begin(), c->statements.end(), [](const Statement& a, const Statement& b) {
    return a.doc != b.doc ? a.doc < b.doc : a.span.begin < b.span.begin;
  });
}

// Within a story, a name of fewer words ("الغامدي"، "جمعان الغامدي") is the
// one named in full ("جمعان بن دايس الغامدي") when that is the only fullest
// name of its group holding the same words in order and ending with the same
// word (`same_first`: beginning with the same word too); outlets name one
// spokesman each their own way. `group` gives a key's group, or -1 for a key
// that joins nothing.
template <typename Group>
void JoinShortNames(const Group& group, bool same_first, std::map<std::string, Claim>* by_key) {
  std::vector<std::map<std::string, Claim>::iterator> named;
  std::vector<std::vector<std::string>> words;
  std::vector<int> groups;
  // "عبد العزيز" and "أبو بكر" are one name each: "عبد العزيز" is not "عبد
  // الله بن عبد العزيز".
  static const internal::WordSet kFirstOfTwo{"عبد", "أبو", "أبي", "أم"};
  for (auto it = by_key->begin(); it != by_key->end(); ++it)
    if (const int g = group(it->first); g >= 0) {
      named.push_back(it);
      std::vector<std::string> w;
      for (std::string& x : internal::SplitWords(it->first)) {
        if (!w.empty() && kFirstOfTwo.Has(internal::KeyOf(w.back())) && !kFirstOfTwo.Has(internal::KeyOf(x)))
          w.back() += " " + x;
        else
          w.push_back(std::move(x));
      }
      words.push_back(std::move(w));
      groups.push_back(g);
    }
  auto within = [&](size_t a, size_t b) {  // a's words are b's, fewer, in order, with b's last
    const auto &x = words[a], &y = words[b];
    if (groups[a] != groups[b] || x.empty() || x.size() >= y.size() || x.back() != y.back()) return false;
    if (same_first && x.front() != y.front()) return false;
    size_t j = 0;
    for (const auto& w : y)
      if (j < x.size() && w == x[j]) ++j;
    return j == x.size();
  };
  std::vector<std::pair<size_t, size_t>> moves;  // (short name, full name)
  for (size_t a = 0; a < named.size(); ++a) {
    std::vector<size_t> fuller;
    for (size_t b = 0; b < named.size(); ++b)
      if (within(a, b)) fuller.push_back(b);
    std::vector<size_t> fullest;
    for (size_t b : fuller)
      if (std::none_of(fuller.begin(), fuller.end(), [&](size_t c) { return within(b, c); })) fullest.push_back(b);
    if (fullest.size() == 1) moves.push_back({a, fullest[0]});
  }
  for (const auto& [a, b] : moves) {
    auto& to = named[b]->second.statements;
    auto& from = named[a]->second.statements;
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    std::stable_sort(to.begin(), to.end(), [](const Statement& x, const Statement& y) {
      return std::tie(x.doc, x.span.begin) < std::tie(y.doc, y.span.begin);
    });
  }
  for (const auto& m : moves) by_key->erase(named[m.first]);
}

// ---- entities

using internal::Named;

void EntityClaims(const std::vector<StoryDoc>& docs, const StoryText& st, size_t limit, std::vector<Claim>* out) {
  std::map<std::string, Claim> by_name;
  std::set<std::string> person;  // names given to persons
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].facts) continue;
    std::set<std::pair<std::string, uint32_t>> sentences;  // one statement per sentence
    const Article& a = *docs[d].article;
    for (const Fact& f : *docs[d].facts) {
      // The site's tags and footer state nothing, nor does the writer a
      // dateline names ("عبدالله البرقاوي- سبق- الرياض:"; its place is where
      // the news is).
      if (!Named(f) || internal::IsSiteText(a, f.span) ||
          (f.type == EntityType::kPerson && a.dateline && internal::Overlaps(*a.dateline, f.span)))
        continue;
      Span sent = st.SentenceOf(d, f.span);
      if (!sentences.insert({f.name, sent.begin}).second) continue;
      Claim& c = by_name[f.name];
      c.kind = "entity";
      c.about = f.name;
      c.statements.push_back(MakeStatement(docs, st, d, f.span, f.name));
      if (f.type == EntityType::kPerson) person.insert(f.name);
    }
  }
  // "نايف الجهني" in one article, "نايف محمد الجهني" in the others: one
  // person, and one claim. Persons' names of two words or more, with the
  // same first and last words. (Not bodies': the words between may make
  // another body — "الاتحاد النقدي الأوروبي"، "المنتخب السعودي للشباب لكرة
  // القدم"، "هيئة تنمية محور قناة السويس".)
  JoinShortNames(
      [&](const std::string& name) {
        return name.find(' ') != std::string::npos && person.count(name) != 0 ? 0 : -1;
      },
      true, &by_name);
  std::vector<Claim> all;
  for (auto& [name, c] : by_name) all.push_back(std::move(c));
  auto outlets = [&](const Claim& c) {
    std::set<std::string> o;
    for (const auto& s : c.statements) o.insert(docs[s.doc].outlet);
    return o.size();
  };
  std::stable_sort(all.begin(), all.end(), [&](const Claim& a, const Claim& b) {
    size_t oa = outlets(a), ob = outlets(b);
    if (oa != ob) return oa > ob;
    return a.statements.size() > b.statements.size();
  });
  if (all.size() > limit) all.resize(limit);
  for (auto& c : all) out->push_back(std::move(c));
}

// Per sentence (doc, sentence begin), the values `value_of` gives its facts
// ("" for none).
using SentenceValues = std::map<std::pair<uint32_t, uint32_t>, std::set<std::string>>;
template <typename ValueOf>
SentenceValues BySentence(const std::vector<StoryDoc>& docs, const StoryText& st, ValueOf&& value_of) {
  SentenceValues out;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].facts) continue;
    for (const Fact& f : *docs[d].facts)
      if (std::string v = value_of(f); !v.empty()) out[{d, st.SentenceOf(d, f.span).begin}].insert(std::move(v));
  }
  return out;
}
// Dates as days, months or years (internal::DayOf); figures by value;
// persons by name.
std::string FigureOf(const Fact& f) { return f.kind == FactKind::kQuantity ? f.value : ""; }
std::string PersonOf(const Fact& f) {
  return f.kind == FactKind::kEntity && f.type == EntityType::kPerson ? f.name : "";
}

// Both statements' sentences give values, and none in common
// (internal::NoneInCommon): a market's or a spokesman's report of another day.
bool Disjoint(const SentenceValues& values, const Statement& a, const Statement& b) {
  auto x = values.find({a.doc, a.sentence.begin}), y = values.find({b.doc, b.sentence.begin});
  return x != values.end() && y != values.end() && internal::NoneInCommon(x->second, y->second);
}

// Both statements' sentences give dates, and no year in common: "ويست
// غايت ... 67 قتيلا في 2013" and "جامعة غاريسا ... 147 طالبا في أبريل"
// (of the year of publication) tell two events.
bool OtherYears(const SentenceValues& dates, const Statement& a, const Statement& b) {
  auto x = dates.find({a.doc, a.sentence.begin}), y = dates.find({b.doc, b.sentence.begin});
  if (x == dates.end() || y == dates.end()) return false;
  auto years = [](const std::set<std::string>& days) {
    std::set<std::string> out;
    for (const std::string& d : days) out.insert(d.substr(0, 4));
    return out;
  };
  return internal::NoneInCommon(years(x->second), years(y->second));
}

// Each sentence names someone the other does not: the king and the crown
// prince each receiving one visitor are two events, in words alike.
bool EachHasItsOwn(const SentenceValues& values, const Statement& a, const Statement& b) {
  auto x = values.find({a.doc, a.sentence.begin}), y = values.find({b.doc, b.sentence.begin});
  if (x == values.end() || y == values.end()) return false;
  auto has_own = [](const std::set<std::string>& p, const std::set<std::string>& q) {
    for (const std::string& v : p)
      if (!q.count(v)) return true;
    return false;
  };
  return has_own(x->second, y->second) && has_own(y->second, x->second);
}

// Two statements about the same thing, as far as their sentences tell: the
// words around them alike (kSameThing), not about different days, figures
// or people.
struct SameThing {
  SameThing(const std::vector<StoryDoc>& docs, const StoryText& st, const std::vector<Statement>& all)
      : all_(all),
        dates_(BySentence(docs, st, internal::DayOf)),
        figures_(BySentence(docs, st, FigureOf)),
        persons_(BySentence(docs, st, PersonOf)) {
    context_.reserve(all.size());
    for (const Statement& s : all) context_.push_back(st.Weighted(s.doc, s.sentence, s.span));
  }
  // kind: what the statements give (not compared: they differ by definition).
  bool operator()(size_t i, size_t j, FactKind kind) const {
    const Statement &a = all_[i], &b = all_[j];
    if (kind != FactKind::kDate && Disjoint(dates_, a, b)) return false;
    if (kind != FactKind::kQuantity && Disjoint(figures_, a, b)) return false;
    return !EachHasItsOwn(persons_, a, b) && Cosine(context_[i], context_[j]) >= kSameThing;
  }
  const SentenceValues& dates() const { return dates_; }

 private:
  const std::vector<Statement>& all_;
  SentenceValues dates_, figures_, persons_;
  std::vector<internal::SparseVec> context_;
};

// Words that say who a count is of: the killed (1) and the wounded (2).
const internal::WordSet& KilledWords() {
  static const internal::WordSet s{"قتل",  "مقتل",   "قتلى",  "قتيل",   "قتيلا",  "قتيلاً", "مصرع",   "مصرعهم",
                                   "مصرعه", "مصرعها", "قتلوا", "استشهاد", "شهداء", "شهيد",   "شهيدا",  "ضحايا",
                                   "ضحية",  "وفاة",   "وفيات", "توفي",   "توفيت",  "killed", "dead",   "deaths",
                                   "death"};
  return s;
}
const internal::WordSet& WoundedWords() {
  static const internal::WordSet s{"جرح",    "جرحى",    "جريح",   "جريحا",  "إصابة",   "إصابات",  "مصاب",
                                   "مصابين", "مصابون",  "أصيب",   "أصيبوا", "أصيبت",   "اصيب",    "أصاب",    "wounded",
                                   "injured", "injuries"};
  return s;
}
const internal::WordSet& VagueCounts() {
  static const internal::WordSet s{"عشرات", "مئات", "الاف", "آلاف", "ألوف", "dozens", "hundreds", "thousands", "scores"};
  return s;
}

int Role(std::string_view key) {
  if (KilledWords().Has(key) || KilledWords().Has(internal::BareKey(key))) return 1;
  if (WoundedWords().Has(key) || WoundedWords().Has(internal::BareKey(key))) return 2;
  return 0;
}

// The three words on each side of each statement, in its sentence,
// weighted by their rarity in news (compared at kSameWords).
std::vector<internal::SparseVec> NearWords(const StoryText& st, const std::vector<Statement>& all) {
  std::vector<internal::SparseVec> near(all.size());
  for (size_t i = 0; i < all.size(); ++i)
    near[i] = st.Weighted(all[i].doc, st.Around(all[i].doc, all[i].span, all[i].sentence, 3), all[i].span);
  return near;
}

// ---- the day an article tells of

// Days from 1970-01-01 of an ISO day ("2015-07-22..."), or INT32_MIN.
int32_t DayNumber(std::string_view iso) {
  double h = IsoHours(iso.substr(0, 10));
  return h < 0 || iso.size() < 10 ? INT32_MIN : static_cast<int32_t>(std::floor(h / 24));
}

// The day an article names as its today ("اليوم الخميس"), which its named
// days count from rather than from its publication time (an article dated
// Friday that says "اليوم الخميس" was written Thursday); INT32_MIN if none.
int32_t NamedToday(const StoryDoc& doc) {
  static const std::string kToday = internal::KeyOf("اليوم");
  for (const Fact& f : *doc.facts) {
    if (f.kind != FactKind::kDate || f.anchor != "named day" || f.value.size() != 10) continue;
    if (internal::BeginsWith(internal::WithoutConjunction(internal::KeyOf(f.text)), kToday))  // اليوم، واليوم
      return DayNumber(f.value);
  }
  return INT32_MIN;
}

// The day an article tells of: the one it names as its today, else its
// publication day; INT32_MIN if neither is known.
int32_t OwnDay(const StoryDoc& doc) {
  const int32_t named = doc.facts ? NamedToday(doc) : INT32_MIN;
  return named != INT32_MIN ? named : DayNumber(doc.article->published);
}

// ---- figures

std::string FigureKey(const Fact& f) {
  if (!f.unit.empty()) return f.unit;
  if (f.of.empty()) return "";
  return Stem(Normalize(f.of, Form::kMatchKey));
}

// Two statements whose sentences each give three or more other figures,
// and none in common, tell of two occasions, not of one differently: a
// market's sessions ("ارتفاع أسهم 7 شركات وتراجعت أسهم 157 شركة ... 158.5
// مليون سهم" and "ارتفاع أسهم 35 شركة وتراجعت أسهم 111 شركة ... 143.7 مليون
// سهم", told the same day). Reports of one occasion that differ in one
// figure share the others.
// The values of the other figures in statement x's sentence.
std::vector<std::string> OtherFigures(const std::vector<StoryDoc>& docs, const Statement& x) {
  std::vector<std::string> v;
  if (!docs[x.doc].facts) return v;
  for (const Fact& f : *docs[x.doc].facts)
    if (f.kind == FactKind::kQuantity && !f.value.empty() && f.span.begin >= x.sentence.begin &&
        f.span.end <= x.sentence.end && (f.span.end <= x.span.begin || f.span.begin >= x.span.end))
      v.push_back(f.value);
  return v;
}
bool OtherOccasions(const std::vector<std::string>& va, const std::vector<std::string>& vb) {
  if (va.size() < 3 || vb.size() < 3) return false;
  for (const std::string& x : va)
    for (const std::string& y : vb)
      if (ValuesOverlap(x, y)) return false;
  return true;
}

void FigureClaims(const std::vector<StoryDoc>& docs, const internal::CopyIndex& copies, const StoryText& st,
                  std::vector<Claim>* out) {
  std::map<std::string, Claim> by_key;
  std::set<std::string> counts;  // keys that are counted nouns, not units
  std::vector<int32_t> own_day(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) own_day[d] = OwnDay(docs[d]);
  auto on_one_day = [](int32_t a, int32_t b) { return a == INT32_MIN || b == INT32_MIN || a == b; };
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].facts) continue;
    for (const Fact& f : *docs[d].facts) {
      if (f.kind != FactKind::kQuantity || f.value.empty() || internal::IsMetadata(*docs[d].article, f.span)) continue;
      std::string key = FigureKey(f);
      if (key.empty()) continue;
      // A change is no amount: "بزيادة 272 مسافرا" against 98,278 travellers.
      if (f.qualifier == "increase" || f.qualifier == "decrease") key = f.qualifier + " " + key;
      if (f.unit.empty()) counts.insert(key);
      Claim& c = by_key[key];
      c.kind = "figure";
      c.about = f.unit.empty() ? f.of : f.unit;
      c.statements.push_back(MakeStatement(docs, st, d, f.span, QualifiedValue(f)));
    }
  }
  for (auto& [key, c] : by_key) {
    // Counts of the same noun about the same thing (kSameThing) that do not
    // overlap, where neither article also gives the other's value, conflict;
    // the other statements make one claim per value. Measures (sums, shares,
    // prices, distances) are not compared: a market report gives a dozen
    // figures of one unit in sentences alike, and the next day's report
    // gives a dozen others (on three days of SaudiNewsNet, 2 of 16 sampled
    // groups of conflicting measures were about one thing).
    const auto& all = c.statements;
    const bool compared = counts.count(key) > 0;
    const SameThing same(docs, st, all);
    // The words next to a figure say what it counts ("لقي 13 شخصا مصرعهم"
    // and "لقي 21 شخصا مصرعهم"; not "باشرت 455 بلاغا" and "تلقت 2618 بلاغا").
    const std::vector<internal::SparseVec> near = compared ? NearWords(st, all) : std::vector<internal::SparseVec>();
    auto gives = [&](uint32_t doc, const std::string& value) {
      for (const Statement& x : all)
        if (x.doc == doc && ValuesOverlap(x.value, value)) return true;
      return false;
    };
    // Two years are no two counts: "كأس العالم 2018 وكأس آسيا 2019" read as
    // 2018 and 2019 of "وكأس".
    auto year = [](const std::string& v) {
      return v.size() == 4 && v.find_first_not_of("0123456789") == std::string::npos && v >= "1900" && v <= "2100";
    };
    // A count of the dead or the wounded ("وفاة تسعة معتمرين وإصابة 50
    // معتمراً") is compared as casualties, by role, not as a figure.
    std::vector<bool> casualty(compared ? all.size() : 0, false);
    for (size_t i = 0; i < casualty.size(); ++i) {
      const auto& toks = st.per_doc[all[i].doc].at.tokens;
      const Span around = st.Around(all[i].doc, all[i].span, all[i].sentence, 3);
      auto k = std::lower_bound(toks.tokens.begin(), toks.tokens.end(), around.begin,
                                [](const Token& t, uint32_t b) { return t.span.begin < b; });
      for (; k != toks.tokens.end() && k->span.end <= around.end && !casualty[i]; ++k)
        casualty[i] = Role(toks.Key(*k)) != 0;
    }
    // A count told on two days is two days' count — a market's trades, a
    // canal's ships, the medals won so far — or a count updated: no
    // conflict. (A toll of casualties is compared across days, and marked
    // when it rises.)
    // Each statement's other figures, read once when first asked.
    std::vector<std::optional<std::vector<std::string>>> other_figures(all.size());
    auto others = [&](size_t i) -> const std::vector<std::string>& {
      if (!other_figures[i]) other_figures[i] = OtherFigures(docs, all[i]);
      return *other_figures[i];
    };
    // A sentence that gives several counts of the noun (a market report's
    // "ارتفاع أسهم 143 شركة ... تراجعت أسهم 14 شركة ... وظلت أسهم 9 شركات")
    // counts several things: its counts are compared with another
    // sentence's in order, the first with the first, each side leaving out
    // the counts the other article also gives. Another report's "ارتفاع
    // أسهم 113 شركة" differs from the 143, not from the 14 or the 9; one
    // that gives "143 ... 14 ... 7" differs from the 9 alone.
    auto rank = [&](size_t i, uint32_t other_doc) {
      size_t r = 0;
      for (size_t k = 0; k < i; ++k)
        if (all[k].doc == all[i].doc && all[k].sentence.begin == all[i].sentence.begin &&
            all[k].span.begin < all[i].span.begin && !gives(other_doc, all[k].value))
          ++r;
      return r;
    };
    auto groups = ConflictGroups(docs, copies, all, [&](size_t i, size_t j) {
      return compared && !casualty[i] && !casualty[j] && !(year(all[i].value) && year(all[j].value)) &&
             on_one_day(own_day[all[i].doc], own_day[all[j].doc]) &&
             !gives(all[i].doc, all[j].value) && !gives(all[j].doc, all[i].value) &&
             Cosine(near[i], near[j]) >= kSameWords && same(i, j, FactKind::kQuantity) &&
             !OtherOccasions(others(i), others(j)) && rank(i, all[j].doc) == rank(j, all[i].doc);
    });
    std::vector<bool> taken(all.size(), false);
    for (const auto& g : groups) out->push_back(ConflictOf(c.kind, c.about, all, g, &taken));
    // (By the number: "أكثر من 100 طفل" and "100 طفل" are one claim, each
    // statement with its own words.)
    std::map<std::string, Claim> by_value;
    for (size_t i = 0; i < all.size(); ++i) {
      if (taken[i]) continue;
      const std::string number = WithoutQualifiers(all[i].value);
      Claim& v = by_value[number];
      v.kind = c.kind;
      v.about = number + " " + c.about;
      v.statements.push_back(all[i]);
    }
    for (auto& [value, v] : by_value) out->push_back(std::move(v));
  }
}

// ---- casualty statements

// The count a token gives (value "" if none) and its span, the figure's
// that holds it: digits and number words as that figure reads them ("140
// ألف" 140000, "ومائة" 100), vague words as their range. Years (1900-2100)
// are not counts.
struct Count {
  std::string value;  // "" when the token gives no count
  Span span;          // the figure holding the token, or the token
};
Count CountAt(const internal::DocText& t, const std::vector<const Fact*>& figures, size_t i) {
  const Token& tok = t.at.tokens.tokens[i];
  std::string_view k = t.at.tokens.Key(tok);
  if (tok.kind == TokenKind::kNumber) {
    if (k.size() == 4 && (k.substr(0, 2) == "19" || k.substr(0, 2) == "20")) return {};
    for (const Fact* f : figures)
      if (internal::Overlaps(f->span, tok.span)) return {QualifiedValue(*f), f->span};
    return {std::string(k), tok.span};
  }
  if (std::string_view n = internal::BareKey(k); internal::IsNumberWord(k) || internal::IsNumberWord(n))
    for (const Fact* f : figures)  // "ومائة جريح"
      if (internal::Overlaps(f->span, tok.span) && f->value.find_first_not_of("0123456789.") == std::string::npos)
        return {QualifiedValue(*f), f->span};
  std::string_view b = internal::BareKey(k);
  if (VagueCounts().Has(k) || VagueCounts().Has(b)) {
    if (b == "عشرات" || b == "dozens" || b == "scores") return {"tens", tok.span};
    if (b == "مئات" || b == "hundreds") return {"hundreds", tok.span};
    return {"thousands", tok.span};
  }
  // "أعداد كبيرة", "العديد", "عدد كبير"
  if (b == "اعداد" || b == "عديد" || b == "many" || b == "numerous") return {"many", tok.span};
  if (b == "عدد" && i + 1 < t.at.tokens.tokens.size() && t.at.tokens.Key(t.at.tokens.tokens[i + 1]) == "كبير")
    return {"many", Span{tok.span.begin, t.at.tokens.tokens[i + 1].span.end}};
  return {};
}

// How a word for the dead or the wounded takes its count. A verb or a
// verbal noun is followed by it ("مقتل 15", "وإصابة (33)", "أصيب 7"); a
// noun of the counted follows it ("15 قتيلا", "عشرات القتلى", "ثمانية
// مصابين"), unless it begins with و: "استشهاد 15 وإصابة 33" — a count just
// before a word joined by و is the clause before's. "مصرعهم" comes after its
// count and the people counted ("لقي 21 شخصا مصرعهم"). A noun takes a
// count after it only as a toll ("ارتفع عدد القتلى إلى 15"، "حصيلة شهداء
// هذه الجريمة إلى 12"), so "عشرات الأقارب للشهيد" and "الشهداء وعدد كبير من
// رجال الأمن" count no one. Words joined by و with nothing between share
// their count ("مقتل وإصابة العشرات"، "15 قتيلا وجريحا"). A count is
// counted once however many tokens it has ("خمسة عشر شهيدا").
struct RoleCount {
  size_t role_token;
  int roles;  // bits: 1 killed, 2 wounded
  std::string value;
  Span count;
};
const internal::WordSet& CountFollows() {
  static const internal::WordSet s{"قتل",  "مقتل",  "مصرع", "استشهاد", "وفاة",   "توفي",   "توفيت",
                                   "جرح",  "إصابة", "أصيب", "أصيبت",   "أصاب",   "killed", "wounded", "injured"};
  return s;
}
const internal::WordSet& VerbsOnly() {  // of CountFollows: no verbal noun, so no count before them
  static const internal::WordSet s{"أصيب", "أصيبت", "أصاب", "توفي", "توفيت"};
  return s;
}
const internal::WordSet& OneDeath() {  // a count only right after it (Approximately)
  static const internal::WordSet s{"وفاة"};
  return s;
}
const internal::WordSet& Approximately() {
  static const internal::WordSet s{"ما",   "يقرب",  "يقارب", "من",   "نحو", "حوالي", "حوالى",
                                   "أكثر", "قرابة", "ل",     "لـ",   "زهاء", "about", "nearly"};
  return s;
}
const internal::WordSet& ClauseWords() {  // begin a clause of their own
  static const internal::WordSet s{"فيما", "بينما", "حيث", "كما", "whereas", "while"};
  return s;
}
const internal::WordSet& Kin() {  // counted, they count no casualties
  static const internal::WordSet s{"أسرة", "أسر", "عائلة", "عائلات", "ذوي", "أهالي", "أقارب", "families"};
  return s;
}
const internal::WordSet& AmongThem() {  // "بينهم ثلاثة أطفال": part of the count before
  static const internal::WordSet s{"بينهم", "منهم", "بينهن", "منهن", "بينها", "منها", "among", "including"};
  return s;
}
const internal::WordSet& AfterItsCount() {  // the count is before, the people counted may stand between
  static const internal::WordSet s{"مصرعهم", "مصرعه", "مصرعها", "قتلوا", "أصيبوا"};
  return s;
}
const internal::WordSet& OnlyAfterACount() {  // accusative of a number: "15 قتيلا"
  static const internal::WordSet s{"قتيلا", "قتيلاً", "شهيدا", "شهيداً", "جريحا", "جريحاً"};
  return s;
}
const internal::WordSet& OneOfThem() {  // "بين قتيل وجريح"
  static const internal::WordSet s{"قتيل", "جريح", "مصاب", "شهيد"};
  return s;
}
const internal::WordSet& TollWords() {  // "عدد القتلى"، "حصيلة الشهداء"
  static const internal::WordSet s{"عدد", "حصيلة", "toll", "number"};
  return s;
}
const internal::WordSet& ToWords() {  // "إلى 15"
  static const internal::WordSet s{"إلى", "الى", "to", "بلغ", "بلغت", "هم", "ال"};  // "القتلى الـ27"
  return s;
}

template <typename IsMeasure>
std::vector<RoleCount> CasualtyCounts(const internal::DocText& t, const std::vector<const Fact*>& figures,
                                      const IsMeasure& is_measure) {
  const auto& tt = t.at.tokens;
  const auto& toks = tt.tokens;
  auto has = [&](const internal::WordSet& set, size_t i) {
    std::string_view k = tt.Key(toks[i]);
    return set.Has(k) || set.Has(internal::BareKey(k));
  };
  auto same_sentence = [&](size_t i, size_t j) { return t.token_sentence[i] == t.token_sentence[j]; };
  // Some of those counted before: "وأصيب أربعة آخرون بينهم ثلاثة أطفال"،
  // "49 إصابة منها 4 خطيرة"; not the count of a word for the dead or the
  // wounded that has none before it, or is a verb ("1071 حالة توفي منها
  // 471"، "1078 توفي منهم 472").
  auto some_of = [&](size_t j) {
    if (j == 0 || !has(AmongThem(), j - 1)) return false;
    return j < 2 || !Role(tt.Key(toks[j - 2])) ||
           (j >= 3 && !has(VerbsOnly(), j - 2) && !CountAt(t, figures, j - 3).value.empty());
  };
  // A count of people: not a measure, a share ("1.3"), a rate ("لكل 100"),
  // or some of those counted before.
  auto count = [&](size_t j) {
    Count c = CountAt(t, figures, j);
    if (!c.value.empty() && (is_measure(j) || c.value.find('.') != std::string::npos ||
                             (j > 0 && (tt.Key(toks[j - 1]) == "لكل" || tt.Key(toks[j - 1]) == "كل")) ||
                             some_of(j)))
      c.value.clear();
    return c;
  };
  // Begins with و (not a word of its own beginning with it): "وإصابة",
  // "و184", or follows it alone: "و 66"، "و33" (a number is a token apart).
  auto joined = [&](size_t i) {
    std::string_view k = tt.Key(toks[i]);
    if (i > 0 && tt.Key(toks[i - 1]) == "و" && same_sentence(i - 1, i)) return true;
    return k.size() > 2 && k.substr(0, 2) == "و" && (internal::BareKey(k) != k || (k[2] >= '0' && k[2] <= '9'));
  };
  std::vector<RoleCount> out;
  std::vector<int> role_of(toks.size(), 0);
  for (size_t i = 0; i < toks.size(); ++i) role_of[i] = Role(tt.Key(toks[i]));
  std::vector<Count> own(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!role_of[i]) continue;
    Count c;
    const bool verbal = has(CountFollows(), i);
    // Before: the word just before, or two before across "من" ("عشرات من القتلى").
    auto before = [&] {
      if (joined(i) || i == 0 || !same_sentence(i - 1, i)) return;
      c = count(i - 1);
      if (c.value.empty() && i > 1 && tt.Key(toks[i - 1]) == "من" && same_sentence(i - 2, i)) {
        // "عشرات من القتلى", "عدد كبير من القتلى", "ثماني حالات من المصابين"
        // (not "18 أسرة من المصابين": families of the wounded)
        c = count(i - 2);
        if (c.value.empty() && i > 2 && same_sentence(i - 3, i) && !role_of[i - 2] && !has(Kin(), i - 2))
          c = count(i - 3);
      }
    };
    // Back from token `from` (not it), within four words of i, past the people counted.
    auto back = [&](size_t from) {
      for (size_t j = from; j-- > 0 && j + 4 >= i && same_sentence(j, i) && c.value.empty() && !role_of[j];) c = count(j);
    };
    if (!verbal) before();
    if (c.value.empty() && has(AfterItsCount(), i) && !joined(i)) back(i);  // "8 من المسلحين الحوثيين قتلوا"
    // An English passive takes the count before it: "20 fighters were killed".
    static const internal::WordSet kPassive{"were", "was", "been", "are", "is", "be"};
    if (c.value.empty() && verbal && i > 0 && has(kPassive, i - 1) && same_sentence(i - 1, i)) back(i - 1);
    // "250 شخصا بين قتيل وجريح" (one of each: not "455 بلاغا تنوعت بين إصابات")
    if (c.value.empty() && i > 1 && (tt.Key(toks[i - 1]) == "بين" || tt.Key(toks[i - 1]) == "مابين") &&
        has(OneOfThem(), i))
      back(i - 1);
    // After: within four words, up to the next word for the dead or the
    // wounded or a clause of its own ("قتل أيضا فيما تضررت ثلاثة من آلياته").
    if (c.value.empty() && (verbal || !(has(OnlyAfterACount(), i) || has(AfterItsCount(), i)))) {
      const bool toll = verbal || (i > 0 && same_sentence(i - 1, i) && has(TollWords(), i - 1));
      for (size_t j = i + 1; j < toks.size() && j <= i + 4 && same_sentence(i, j) && !role_of[j] &&
                             !has(ClauseWords(), j);
           ++j) {
        Count x = count(j);
        // "وفاة" is one death unless a count follows it ("وفاة 4"، "وفاة ما
        // يقرب من 50 ألف"): not "وفاة، إضافة إلى 11 حالة"، "وفاة مهاجر وسط
        // محاولة الآلاف".
        if (x.value.empty() && has(OneDeath(), i) && !has(Approximately(), j)) break;
        if (x.value.empty()) continue;
        // A count joined by و begins another part ("قتل من الدرجة الأولى وعشرات").
        std::string_view k = tt.Key(toks[j]);
        if (toll || has(ToWords(), j - 1) || k.substr(0, std::min<size_t>(k.size(), 6)) == "بال") {  // "بالعشرات"
          if (!joined(j) || x.span.begin < toks[j].span.begin) c = x;  // (or a word within a number: "ألفا و760")
        }
        break;
      }
    }
    if (c.value.empty() && verbal && !has(VerbsOnly(), i)) before();  // "40 إصابة", not "1078 توفي منهم"
    own[i] = std::move(c);
  }
  // Two words joined by و, nothing between: a verb or verbal noun takes
  // the count of the word after it ("مقتل وإصابة العشرات"), a noun of the
  // counted the count of the word before it ("15 قتيلا وجريحا").
  auto pair = [&](size_t j) { return j > 0 && role_of[j - 1] && role_of[j] && joined(j) && same_sentence(j - 1, j); };
  for (size_t j = toks.size(); j-- > 1;)
    if (pair(j) && own[j - 1].value.empty() && has(CountFollows(), j - 1)) own[j - 1] = own[j];
  for (size_t j = 1; j < toks.size(); ++j)
    if (pair(j) && own[j].value.empty() && !has(CountFollows(), j) && !has(AfterItsCount(), j)) own[j] = own[j - 1];
  for (size_t i = 0; i < toks.size(); ++i)
    if (!own[i].value.empty()) out.push_back({i, role_of[i], own[i].value, own[i].span});
  // A verb or verbal noun also takes the counts joined to its own by و, up
  // to the next word for the dead or the wounded, each a part of its toll:
  // "استشهاد 12 رجل أمن وثلاثة من العاملين" (killed: 12; killed: 3, which
  // Disagree sums); not a count with a word of its own ("و100 جريح"), one
  // of those counted ("وثلاثة منهم"), nor counts that break the first down
  // ("13 شخصا هم أربعة جنود وخمسة متعاقدين") or restate it ("(120) مائة
  // وعشرون").
  for (size_t i = 0; i < toks.size(); ++i) {
    const Count& c = own[i];
    // (Only a count right after its word: "وجرح إرهابي واحد، وتدمير 4
    // مركبات و3 ناقلات" took a count that is none.)
    if (c.value.empty() || !has(CountFollows(), i) || c.span.begin < toks[i].span.end || i + 2 >= toks.size() ||
        c.span.begin > toks[i + 2].span.begin)
      continue;
    size_t j = i + 1;
    while (j < toks.size() && toks[j].span.begin < c.span.end) ++j;
    for (size_t end = j + 4; j < toks.size() && j <= end && same_sentence(i, j) && !role_of[j]; ++j) {
      if (has(AmongThem(), j) || tt.Key(toks[j]) == "هم") break;
      Count x = count(j);
      if (!joined(j)) {
        if (!x.value.empty()) break;
        continue;
      }
      // (A number word after one: "مائة وعشرون" is one number.)
      if (x.value.empty() || x.span.begin < toks[j].span.begin || internal::IsNumberWord(tt.Key(toks[j - 1]))) break;
      size_t after = j + 1;
      bool own_word = false;  // "و100 جريح", "وثلاثة مصابين"
      for (; after < toks.size() && toks[after].span.begin < x.span.end; ++after) own_word = own_word || role_of[after];
      if (after < toks.size() && same_sentence(j, after) &&
          ((role_of[after] && !joined(after)) || has(AmongThem(), after)))
        own_word = true;
      if (own_word) break;
      out.push_back({i, role_of[i], x.value, x.span});
      j = after - 1;
      end = after + 3;
    }
  }
  return out;
}

// The parts of a casualty value ("killed: 13; wounded: 40", "killed and
// wounded: tens"): each role and its count.
std::vector<std::pair<std::string_view, std::string_view>> CasualtyParts(std::string_view v) {
  std::vector<std::pair<std::string_view, std::string_view>> parts;
  while (!v.empty()) {
    const size_t end = std::min(v.find("; "), v.size());
    const std::string_view part = v.substr(0, end);
    v.remove_prefix(std::min(end + 2, v.size()));
    if (const size_t colon = part.find(": "); colon != std::string_view::npos)
      parts.emplace_back(part.substr(0, colon), part.substr(colon + 2));
  }
  return parts;
}

// The role of a count of the dead and the wounded together.
constexpr std::string_view kKilledAndWounded = "killed and wounded";

// Whom a casualty value's parts count, as bits: the killed 1, the wounded 2
// (kKilledAndWounded both).
int RolesOf(const std::vector<std::pair<std::string_view, std::string_view>>& parts) {
  int r = 0;
  for (const auto& [role, count] : parts)
    r |= role == kKilledAndWounded ? 3 : role == "killed" ? 1 : role == "wounded" ? 2 : 0;
  return r;
}
int Roles(const std::string& v) { return RolesOf(CasualtyParts(v)); }

// A part's count when it is exact ("13"; not "tens", "31-32"), else -1.
double ExactCount(std::string_view count) {
  const auto [low, high] = ValueRange(std::string(count));
  return low >= 0 && low == high ? low : -1;
}

// Whether two casualty values disagree: they count the same people (a toll
// of the dead and one of the wounded do not contradict each other) and
// neither says only part of what the other says: "killed: 7" is in "killed:
// 7; killed: 4" (seven rebels at a checkpoint, four others), "wounded: 47"
// in "killed: 9; wounded: 47"; nor do the counts of each role they share add
// up to the same ("killed: 12; killed: 3", twelve security men and three
// workers, and "killed: 15"), or the one within the other's bounds
// ("killed: at least 21" and "killed: 23"; "killed: tens" and "killed:
// 38").
bool Disagree(const std::string& a, const std::string& b) {
  if (a == b) return false;
  const auto x = CasualtyParts(a), y = CasualtyParts(b);
  if ((RolesOf(x) & RolesOf(y)) == 0) return false;
  auto within = [](const auto& part, const auto& whole) {
    return std::all_of(part.begin(), part.end(),
                       [&](const auto& p) { return std::find(whole.begin(), whole.end(), p) != whole.end(); });
  };
  if (within(x, y) || within(y, x)) return false;
  // Per role, the sum of its counts as an interval; vague if one of them is
  // (tens, many: they agree only as written, above).
  struct Total {
    double low = 0, high = 0;
    bool vague = false;
  };
  auto totals = [](const auto& parts) {
    std::map<std::string_view, Total> t;
    for (const auto& [role, count] : parts) {
      Total& sum = t[role];
      auto [low, high] = ValueRange(std::string(count));
      if (low < 0) low = 0, high = 1e18;  // (unread: any)
      if (IsVagueCount(count)) sum.vague = true;
      sum.low += low;
      sum.high += high;
    }
    return t;
  };
  const auto tx = totals(x), ty = totals(y);
  bool shared = false;
  for (const auto& [role, sum] : tx) {
    auto it = ty.find(role);
    if (it == ty.end()) continue;
    const Total& other = it->second;
    // Exact counts agree when equal; a bounded or vague one ("at least 21",
    // "about 30", "tens") with any count inside its bounds. Two vague ones
    // agree only as written (above): "عشرات القتلى" and "أعداد كبيرة"
    // describe a toll in other words, the seed articles' difference.
    if ((sum.vague && other.vague) || sum.low > other.high || other.low > sum.high) return true;
    shared = true;
  }
  // The killed and wounded counted together against either counted apart
  // ("مقتل وإصابة العشرات" and "مقتل عشرة مدنيين"): they disagree when
  // the counts apart are more than the total allows, or, both the dead
  // and the wounded given, fewer than it needs; vague on both sides, they
  // agree only as written, as above (the seed's "مقتل وجرح العشرات" and
  // "عشرات القتلى وعشرات الجرحى").
  auto apart = [](const std::map<std::string_view, Total>& together, const std::map<std::string_view, Total>& split) {
    const Total& all = together.at(kKilledAndWounded);
    double low = 0, high = 0;
    bool complete = true;
    for (std::string_view role : {std::string_view("killed"), std::string_view("wounded")}) {
      const auto it = split.find(role);
      if (it == split.end()) {
        complete = false;
        continue;
      }
      if (all.vague && it->second.vague) return true;
      low += it->second.low;
      high += it->second.high;
    }
    return low > all.high || (complete && all.low > high);
  };
  const bool x_together = tx.count(kKilledAndWounded) > 0, y_together = ty.count(kKilledAndWounded) > 0;
  if (!shared && x_together != y_together) return x_together ? apart(tx, ty) : apart(ty, tx);
  return !shared;
}

// Whether two casualty values count on other scales in every role they
// share: each count more than five times the other ("killed: 3200", the
// war's toll the UN gives, and "killed: 28", a day's battle; "killed: 3"
// in Karachi and "killed: thousands"). Outlets that disagree about one
// incident give counts near each other (13 and 21; tens and "many").
bool OtherScales(const std::string& a, const std::string& b) {
  auto ranges = [](const std::string& v) {
    std::map<std::string_view, std::pair<double, double>> r;
    for (const auto& [role, count] : CasualtyParts(v)) {
      const auto [low, high] = ValueRange(std::string(count));
      auto& x = r[role];
      if (low < 0 || x.first < 0) x = {-1, -1};
      else x = {x.first + low, x.second + high};
    }
    return r;
  };
  const auto ra = ranges(a), rb = ranges(b);
  bool far = false;
  for (const auto& [role, x] : ra) {
    const auto it = rb.find(role);
    if (it == rb.end()) continue;
    const auto& y = it->second;
    if (x.first <= 0 || y.first <= 0) return false;
    if (x.first > 5 * y.second || y.first > 5 * x.second) far = true;
    else return false;
  }
  return far;
}

void CasualtyClaims(const std::vector<StoryDoc>& docs, const internal::CopyIndex& copies, const StoryText& st,
                    std::vector<Claim>* out) {
  Claim c;
  c.kind = "casualties";
  c.about = "casualties";
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const internal::DocText& t = st.per_doc[d];
    const auto& toks = t.at.tokens.tokens;
    // Numbers that are ages, durations, shares or sums (a quantity with a
    // unit: "علاونة (22 عاما)", "24 ساعة") or days ("قتل حرقا في 31 يوليو")
    // count no one.
    std::vector<const Fact*> counts;
    std::vector<Span> measured;
    if (docs[d].facts)
      for (const Fact& f : *docs[d].facts) {
        if (f.kind == FactKind::kQuantity && f.unit.empty()) counts.push_back(&f);
        else if (f.kind == FactKind::kQuantity || f.kind == FactKind::kDate) measured.push_back(f.span);
      }
    auto is_measure = [&](size_t j) {
      for (const Span& m : measured)
        if (internal::Overlaps(m, toks[j].span)) return true;
      return false;
    };
    // Each word for the dead or the wounded takes the count its phrase
    // gives it (CasualtyCounts); per sentence, the roles given to each count.
    struct Given {
      int roles = 0;  // bits
      std::string value;
    };
    std::map<uint32_t, std::map<uint32_t, Given>> found;  // sentence -> count's first code point -> what it gives
    std::map<uint32_t, Span> extent;                      // sentence -> what its statements cover
    for (const RoleCount& rc : CasualtyCounts(t, counts, is_measure)) {
      const uint32_t s = t.token_sentence[rc.role_token];
      Given& g = found[s][rc.count.begin];
      g.roles |= rc.roles;
      g.value = rc.value;
      const Span role = toks[rc.role_token].span;
      Span ex{std::min(role.begin, rc.count.begin), std::max(role.end, rc.count.end)};
      auto [it, fresh] = extent.try_emplace(s, ex);
      if (!fresh) it->second = Span{std::min(it->second.begin, ex.begin), std::max(it->second.end, ex.end)};
    }
    for (const auto& [s, given_at] : found) {
      std::string value;
      std::set<std::string> given;  // "نقل 8 مصابين ... غادر 8 مصابين": one "wounded: 8"
      for (const auto& [at, g] : given_at) {
        std::string part(g.roles == 3 ? kKilledAndWounded : g.roles == 1 ? "killed" : "wounded");
        part += ": " + g.value;
        if (!given.insert(part).second) continue;
        if (!value.empty()) value += "; ";
        value += part;
      }
      c.statements.push_back(MakeStatement(docs, st, d, extent[s], value));
    }
  }
  if (c.statements.empty()) return;
  // All the statements side by side; in conflict when two independent ones
  // differ about one incident: their sentences about the same thing, or
  // each its article's first statement of casualties, in articles alike as
  // wholes (one event told in other words: the seed articles' "عشرات
  // القتلى" and "أعداد كبيرة من الإرهابيين"). In a story of many incidents
  // (a war's days), other statements are about other incidents, and
  // articles must be closer to be taken for one (kSameIncidentMany).
  const auto& all = c.statements;
  const SameThing same(docs, st, all);
  std::vector<bool> first(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) first[i] = i == 0 || all[i - 1].doc != all[i].doc;
  std::map<uint32_t, internal::SparseVec> whole;  // article vectors, made when asked
  auto article = [&](uint32_t d) -> const internal::SparseVec& {
    auto it = whole.find(d);
    if (it == whole.end()) it = whole.emplace(d, st.Weighted(d, Span{0, UINT32_MAX}, Span{})).first;
    return it->second;
  };
  // An article that gives both tolls, its own and the other's (two attacks'
  // dead, as Westgate's 67 and Garissa's 147; a total and its part), tells
  // two counts, not two versions of one.
  std::map<uint32_t, std::vector<size_t>> of_doc;
  for (size_t i = 0; i < all.size(); ++i) of_doc[all[i].doc].push_back(i);
  // (Only exact counts give a toll, or the same words: "قتل فيها العشرات"
  // in an article that also gives "40 على الأقل" does not also give "حوالي
  // 29", nor does "أكثر من 20" give 32.)
  auto exact_where_shared = [](const std::string& x, const std::string& v) {
    const auto px = CasualtyParts(x), pv = CasualtyParts(v);
    for (const auto& [role, count] : px)
      if (ExactCount(count) < 0 && std::any_of(pv.begin(), pv.end(), [r = role](const auto& p) { return p.first == r; }))
        return false;
    return true;
  };
  // (The killed and wounded counted together give neither count apart.)
  auto together = [](const std::string& v) { return v.find(kKilledAndWounded) != std::string::npos; };
  auto gives = [&](uint32_t doc, const std::string& value) {
    for (size_t x : of_doc[doc])
      if ((Roles(all[x].value) & Roles(value)) != 0 && together(all[x].value) == together(value) &&
          (all[x].value == value || exact_where_shared(all[x].value, value)) && !Disagree(all[x].value, value))
        return true;
    return false;
  };
  auto groups = ConflictGroups(docs, copies, all, [&](size_t i, size_t j) {
    if (!Disagree(all[i].value, all[j].value) || OtherScales(all[i].value, all[j].value)) return false;
    if (gives(all[i].doc, all[j].value) || gives(all[j].doc, all[i].value)) return false;
    if (same(i, j, FactKind::kQuantity)) return true;
    const double alike = docs.size() <= kFewReports ? kSameStory : kSameIncidentMany;
    return first[i] && first[j] && !OtherYears(same.dates(), all[i], all[j]) &&
           Cosine(article(all[i].doc), article(all[j].doc)) >= alike;
  });
  // A few reports of one event where any two conflict: each report's
  // first toll, the one its lead gives, side by side in conflict with the
  // statements that differ (the seed articles' three tolls). A toll further
  // down an article is often another incident's (an air raid's 260 dead in
  // a report of a bombing's 6), and is grouped by toll below, as is every
  // statement outside a conflict in a larger story, which tells many
  // incidents (a war's days): there each conflict holds only the statements
  // that differ — the toll of one shelling is no conflict with the war's.
  std::vector<bool> taken(all.size(), false);
  if (!groups.empty() && docs.size() <= kFewReports) {
    std::vector<size_t> lead;
    for (const auto& g : groups)
      for (size_t i : g) taken[i] = true;
    for (size_t i = 0; i < all.size(); ++i)
      if (taken[i] || first[i]) lead.push_back(i);
    out->push_back(ConflictOf(c.kind, c.about, all, lead, &taken));
  } else {
    for (const auto& g : groups) out->push_back(ConflictOf(c.kind, c.about, all, g, &taken));
  }
  // The rest (all of them where none conflict), one claim per toll:
  // outlets that give the same count of the same people corroborate each
  // other, and a toll only one gives is its own. (Side by side in one claim,
  // "killed: 3" and "killed: 120000" from two outlets read as corroborated:
  // 113 of 122 such claims on SaudiNewsNet held counts that differ.)
  // (By the numbers: "killed: about 260" and "killed: 260" are one toll.)
  std::vector<Claim> by_toll;
  std::map<std::string, size_t> toll_at;
  for (size_t i = 0; i < all.size(); ++i) {
    if (taken[i]) continue;
    auto [it, fresh] = toll_at.try_emplace(WithoutQualifiers(all[i].value), by_toll.size());
    if (fresh) {
      by_toll.emplace_back();
      by_toll.back().kind = c.kind;
      by_toll.back().about = c.about;
    }
    by_toll[it->second].statements.push_back(all[i]);
  }
  for (Claim& t : by_toll) out->push_back(std::move(t));
}

// Whether conflicting casualty statements rise over time (Claim::rising).
// Exact counts only ("killed: 13"; "tens" and ranges say nothing either
// way); a statement without one is left out.
bool RisesOverTime(const std::vector<StoryDoc>& docs, const std::vector<Statement>& statements) {
  struct Told {
    double hours;
    std::map<std::string_view, double> counts;  // role -> count
  };
  std::vector<Told> told;
  for (const Statement& s : statements) {
    Told t;
    for (const auto& [role, count] : CasualtyParts(s.value))
      if (const double n = ExactCount(count); n >= 0) t.counts.emplace(role, n);
    if (t.counts.empty()) continue;
    const std::string& published = docs[s.doc].article->published;
    t.hours = published.empty() ? -1 : IsoHours(published);
    if (t.hours < 0) return false;
    told.push_back(std::move(t));
  }
  bool rose = false;
  for (const Told& a : told)
    for (const Told& b : told) {
      if (a.hours > b.hours) continue;
      for (const auto& [role, n] : a.counts) {
        auto it = b.counts.find(role);
        if (it == b.counts.end()) continue;
        if (a.hours == b.hours ? it->second != n : it->second < n) return false;
        rose = rose || it->second > n;
      }
    }
  return rose;
}

// ---- dates

// Whether a date's text writes a year: four digits in a row, of any script
// ("2016"، "٢٠١٦"، "1436هـ").
bool HasYearDigits(std::string_view text) {
  int run = 0;
  for (char32_t c : internal::ToU32(text)) {
    const bool digit = (c >= U'0' && c <= U'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
    run = digit ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

void DateClaims(const std::vector<StoryDoc>& docs, const internal::CopyIndex& copies, const StoryText& st,
                std::vector<Claim>* out) {
  std::map<std::string, Claim> by_value;
  std::vector<Statement> all;
  std::vector<int32_t> offset;  // days after the publication day, for a day counted from it; else INT32_MIN
  std::vector<int32_t> days;    // the day, for a value of day precision; else INT32_MIN
  std::vector<int32_t> told_on;  // for a day counted from its article's own day (أمس، اليوم الخميس): that day
  std::vector<int32_t> from_own;  // days from its article's publication day, for a day; else INT32_MIN
  std::vector<bool> year_written;  // the date's text gives its year (not "26 فبراير")
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].facts) continue;
    const int32_t own_day = DayNumber(docs[d].article->published);
    const int32_t named_today = NamedToday(docs[d]);
    for (const Fact& f : *docs[d].facts) {
      if (f.kind != FactKind::kDate || f.value.empty() || internal::IsMetadata(*docs[d].article, f.span)) continue;
      std::string v = internal::DayOf(f);
      Statement s = MakeStatement(docs, st, d, f.span, v);
      all.push_back(s);
      const int32_t day = v.size() == 10 ? DayNumber(v) : INT32_MIN;
      // A date in a copied passage counts from its source's publication day;
      // "that day" (في ذلك اليوم) from the date before it, mostly the article's own.
      const bool copied = f.anchor == "copied";
      const int32_t published = copied ? DayNumber(f.from_published) : own_day;
      offset.push_back((f.anchor == "publication" || copied) && day != INT32_MIN && published != INT32_MIN
                           ? day - published
                           : INT32_MIN);
      days.push_back(day);
      const bool counted = copied || f.anchor == "publication" || f.anchor == "named day" || f.anchor == "dateline" ||
                           f.anchor == "previous date";
      told_on.push_back(!counted ? INT32_MIN : f.anchor == "named day" && named_today != INT32_MIN ? named_today : published);
      from_own.push_back(day != INT32_MIN && own_day != INT32_MIN ? day - own_day : INT32_MIN);
      year_written.push_back(HasYearDigits(f.text));
      Claim& c = by_value[v];
      c.kind = "date";
      c.about = v;
      c.statements.push_back(std::move(s));
    }
  }
  for (auto& [v, c] : by_value) out->push_back(std::move(c));
  // The same event dated differently (docs/stories.md, "Conflicts"): two
  // independent witnesses whose sentences are about the same thing
  // (SameThing), each giving one date, with days (months, years) that
  // differ, and not only through their anchors ("أمس" in two articles
  // published a day apart says the same thing in both). A day counted from
  // a publication time may be a day late: an article is often seen, and
  // dated, the day after it was written (docs/facts.md, "The day an article
  // names"). It may be a day early: a newspaper's next edition is often
  // posted the evening before its day, and its "أمس" is that evening's day.
  // So such a day is any of three, and agrees with the days either side.
  const SameThing same(docs, st, all);
  auto may_be = [&](size_t i, size_t j) {  // statement i's day may be statement j's
    const int32_t off = days[i] - days[j];
    return offset[i] != INT32_MIN && days[j] != INT32_MIN && off >= -1 && off <= 1;
  };
  std::vector<bool> one_date(all.size());
  for (size_t i = 0; i < all.size(); ++i)
    one_date[i] = same.dates().at({all[i].doc, all[i].sentence.begin}).size() == 1;
  // The words next to a date say what happened on it ("وصلت أمس الثلاثاء"
  // and "وصلت اليوم الأربعاء"; not "أجريت اليوم" and "مباراة يوم الأربعاء
  // 12 أغسطس", "اختفت في 8 آذار 2014" and "توجه محققون الخميس"), as they
  // say what a figure counts.
  const std::vector<internal::SparseVec> near = NearWords(st, all);
  auto groups = ConflictGroups(docs, copies, all, [&](size_t i, size_t j) {
    const Statement &a = all[i], &b = all[j];
    if (a.value == b.value || a.value.size() != b.value.size()) return false;  // like precision only
    // Days and months only: a year, or a span of time, is a reference more
    // than an event's date ("بحلول عام 2023" and "خلال عام 2013"، "الربع
    // المماثل من العام السابق" in two companies' results).
    if (a.value.size() == 4 || a.value.find('/') != std::string::npos) return false;
    if (offset[i] != INT32_MIN && offset[i] == offset[j]) return false;
    if (may_be(i, j) || may_be(j, i)) return false;
    // Each counted from its own article's day, in articles of different
    // days: a daily report ("اليوم" in the weather, the market, a
    // spokesman's tally, "أمس" in each day's strikes) tells each day's own
    // news in the same words, as often as one event.
    if (told_on[i] != INT32_MIN && told_on[j] != INT32_MIN && told_on[i] != told_on[j]) return false;
    // A day within a week of its article's is the news; one more than a
    // month from it, in the other, is another event: what led to it or
    // follows it ("افتتح ... قناة السويس الجديدة اليوم" and "بتوقيع وثيقة حفر
    // قناة السويس الجديدة في 5 أغسطس 2014"; "بدأ الاجتماع ... أمس الاثنين"
    // and "الجمعية العمومية ... 26 فبراير 2016").
    auto near_own = [&](size_t k) { return from_own[k] != INT32_MIN && std::abs(from_own[k]) <= 7; };
    auto far_own = [&](size_t k) { return from_own[k] != INT32_MIN && std::abs(from_own[k]) > 31; };
    if ((near_own(i) && far_own(j)) || (near_own(j) && far_own(i))) return false;
    // One day of the year, in two years, where one of them was not written
    // ("26 فبراير" read as the February before, "26 فبراير 2016"): the
    // year guessed, not the outlets, differs.
    if (days[i] != INT32_MIN && days[j] != INT32_MIN && a.value.substr(4) == b.value.substr(4) &&
        (!year_written[i] || !year_written[j]))
      return false;
    return one_date[i] && one_date[j] && Cosine(near[i], near[j]) >= kSameWords && same(i, j, FactKind::kDate);
  });
  std::vector<bool> taken(all.size(), false);  // a date's statements also stay in its value's claim
  for (const auto& g : groups)
    out->push_back(ConflictOf("date", "date of: " + SentenceHead(docs, all[g.front()]), all, g, &taken));
}

// ---- who did it

// Words that say who did an act (docs/stories.md, "Who did it"): a claim
// ("تبنى تنظيم داعش الهجوم"، "أعلن التنظيم مسؤوليته عن"، "الذي تبناه
// داعش"), the deed ("شنت طائرات التحالف 20 غارة"، "الغارات التي نفذتها
// تركيا"), a blame ("حمّل الرئيس إسرائيل المسؤولية عن"، "اتهم إيران بالوقوف
// وراء"), "X يقف وراء"; who led it ("قاد"، "يقود") and who covered it
// ("تحت غطاء"). The agent is a person, an organisation or a place (a state)
// named where the words put it.
const internal::WordSet& ClaimVerbs() {  // then the agent, then مسؤوليته عن or what was done
  static const internal::WordSet s{"تبنى", "تبنت",  "وتبنى", "وتبنت", "يتبنى", "تتبنى", "ويتبنى", "وتتبنى",
                                   "أعلن", "أعلنت", "وأعلن", "وأعلنت", "يعلن",  "تعلن",  "ويعلن",  "وتعلن"};
  return s;
}
const internal::WordSet& AdoptedIt() {  // "الهجوم الذي تبناه تنظيم داعش"، "الغارات التي شنتها تركيا": the agent follows
  static const internal::WordSet s{"تبناه", "تبنته", "تبناها", "تبنتها", "وتبناه", "وتبنته", "وتبناها", "وتبنتها",
                                   "نفذه",  "نفذها", "نفذته", "نفذتها", "شنه",   "شنها",   "شنته",   "شنتها",
                                   "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها"};
  return s;
}
const internal::WordSet& CarriedOut() {  // "شن تنظيم داعش هجوما"، "شن التحالف 13 غارة": the agent, then the act
  static const internal::WordSet s{"نفذ", "نفذت", "ونفذ", "ونفذت", "شن", "شنت", "وشن", "وشنت",
                                   "ارتكب", "ارتكبت", "وارتكب", "وارتكبت"};
  return s;
}
const internal::WordSet& BlameVerbs() {  // then the blamer, the agent, then المسؤولية عن / بالوقوف وراء
  static const internal::WordSet s{"حمل",   "حملت",  "وحمل",  "وحملت", "يحمل",  "تحمل",  "ويحمل", "وتحمل",
                                   "محملا", "محملة", "اتهم",  "اتهمت", "واتهم", "واتهمت", "يتهم",  "تتهم",
                                   "ويتهم", "وتتهم", "متهما", "متهمة", "محملين", "متهمين"};
  return s;
}
const internal::WordSet& ResponsibilityWords() {
  static const internal::WordSet s{"مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤولية", "مسئوليته", "مسئوليتها",
                                   "المسئولية", "بالمسؤولية", "بالمسئولية"};
  return s;
}
const internal::WordSet& For() {  // "مسؤوليته عن"
  static const internal::WordSet s{"عن", "عما"};
  return s;
}
const internal::WordSet& Whole() {  // "المسؤولية الكاملة عن"
  static const internal::WordSet s{"الكاملة"};
  return s;
}
const internal::WordSet& DoneWords() {  // what an agent is said to have done or to stand behind
  static const internal::WordSet s{"الهجوم",  "الهجمات",  "الهجومين", "التفجير",   "التفجيرات", "التفجيرين", "الانفجار",
                                   "الانفجارات", "العملية", "العمليات", "الاعتداء", "الاعتداءات", "الاغتيال",  "اغتيال",
                                   "الحادث",  "الحادثة",  "الجريمة", "المجزرة",   "هجوم",      "هجمات",
                                   "تفجير",   "تفجيرات",  "عملية",   "اعتداء",    "قصف",       "القصف",     "خطف",
                                   "اختطاف",  "الاختطاف", "مقتل",    "إطلاق",     "الغارة",    "الغارات",   "غارة",
                                   "غارات",   "هجوما",    "تفجيرا",  "ضربة",      "ضربات",     "الضربة",    "الضربات",
                                   "جريمة",   "جرائم",    "الجرائم", "مجزرة",     "مجازر",     "المجازر"};
  return s;
}
const internal::WordSet& Pointers() {
  static const internal::WordSet s{"هذا", "هذه", "ذلك", "تلك"};
  return s;
}
const internal::WordSet& VerbalAttacks() {
  static const internal::WordSet s{"هجوما", "هجوم", "الهجوم", "هجمات", "الهجمات", "حملة", "الحملة"};
  return s;
}
const internal::WordSet& Prepositions() {
  static const internal::WordSet s{"من", "في", "على", "عن", "إلى", "الى", "مع", "ضد", "عبر", "داخل", "قرب", "نحو"};
  return s;
}
const internal::WordSet& Relatives() {
  static const internal::WordSet s{"الذي", "التي", "الذين", "اللذين", "اللتين"};
  return s;
}
const internal::WordSet& BlameLeads() {  // may stand between the blamer and the agent
  static const internal::WordSet s{"أمس",     "اليوم",  "مجددا",  "مؤخرا",  "رسميا",   "صراحة",  "تنظيم",  "جماعة",
                                   "حركة",    "حزب",    "ميليشيا", "ميليشيات", "مليشيات", "مسلحي",  "عناصر",  "قوات",
                                   "السبت",   "الأحد",  "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"};
  return s;
}
const internal::WordSet& AccusedOf() {  // "اتهم X بالوقوف وراء / بتنفيذ / بارتكاب"
  static const internal::WordSet s{"بالوقوف", "بتنفيذ", "بارتكاب", "بالمسؤولية", "بالمسئولية"};
  return s;
}
const internal::WordSet& StandsBehind() {  // "داعش يقف وراء التفجير"
  static const internal::WordSet s{"يقف", "تقف", "يقفون", "وقف", "وقفت", "تقفان", "يقفان"};
  return s;
}
const internal::WordSet& Behind() {
  static const internal::WordSet s{"وراء", "خلف"};
  return s;
}
const internal::WordSet& NotSaid() {  // just before the words: "لم تعلن أي جهة"، "نفت حماس مسؤوليتها"
  static const internal::WordSet s{"لم", "ولم", "لا", "ولا", "لن", "ما", "عدم", "دون", "بدون", "نفى", "نفت", "ونفى",
                                   "ونفت", "ينفي", "تنفي", "نافيا", "نافية"};
  return s;
}

const internal::WordSet& LedVerbs() {  // "سليماني يقود العملية"، "قاد اللواء X المعركة"
  static const internal::WordSet s{"قاد", "قادت", "وقاد", "وقادت", "يقود", "تقود", "ويقود", "وتقود"};
  return s;
}
const internal::WordSet& LedWhat() {
  static const internal::WordSet s{"معركة", "المعركة", "معارك", "المعارك", "العملية", "عملية", "العمليات",
                                   "عمليات", "الهجوم",  "هجوم",   "الهجمات", "الحملة",  "حملة",   "الغارات"};
  return s;
}
const internal::WordSet& OpensAClause() {  // between a name and the verb: another clause's subject
  static const internal::WordSet s{"إن", "أن", "ان", "بأن", "وأن", "لأن", "قال", "وقال", "أضاف", "وأضاف",
                                   "حيث", "بينما", "فيما", "الذي", "التي", "الذين"};
  return s;
}
const internal::WordSet& CoverWords() {  // "تحت غطاء وحماية التحالف الدولي"، "بغطاء جوي من"
  // (not "بحماية X", also "by protecting X", nor "بتغطية", also a medium's coverage)
  static const internal::WordSet s{"غطاء", "حماية", "بغطاء", "وبغطاء"};
  return s;
}
const internal::WordSet& UnderWhat() {  // only after تحت: "تحت حماية الأمم المتحدة", not "حماية حلب"
  static const internal::WordSet s{"غطاء", "حماية"};
  return s;
}
const internal::WordSet& CoverJoins() {  // between the cover word and the name
  static const internal::WordSet s{"وحماية", "وغطاء", "ودعم", "جوي", "جوية", "من"};
  return s;
}

// Who did it, as one statement says: what they did (claimed or were blamed
// for an act, led it, covered it) and the statement, the agent's name as
// its value and the words from the cue to the act as its span.
struct AgentStatement {
  const char* role;
  Statement statement;
};
constexpr const char* kResponsible = "responsible";
constexpr const char* kLed = "led";
constexpr const char* kCovered = "covered";

std::vector<AgentStatement> WhoDidIt(const std::vector<StoryDoc>& docs, const StoryText& st, uint32_t d) {
  std::vector<AgentStatement> out;
  if (!docs[d].facts) return out;
  const internal::DocText& t = st.per_doc[d];
  const auto& tt = t.at.tokens;
  const auto& toks = tt.tokens;
  const size_t n = toks.size();
  auto has = [&](const internal::WordSet& set, size_t i) { return i < n && set.Has(tt.Key(toks[i])); };
  // Agents by their first and last token.
  std::vector<const Fact*> starts(n, nullptr), ends(n, nullptr);
  std::vector<size_t> last_of(n, 0), first_of(n, 0);
  auto token_at = [&](uint32_t cp) {  // the token holding code point cp, or n
    auto it = std::upper_bound(toks.begin(), toks.end(), cp, [](uint32_t c, const Token& k) { return c < k.span.begin; });
    if (it == toks.begin()) return n;
    --it;
    return cp < it->span.end ? static_cast<size_t>(it - toks.begin()) : n;
  };
  for (const Fact& f : *docs[d].facts) {
    if (f.kind != FactKind::kEntity || f.medium || f.name.empty() || f.type == EntityType::kOther) continue;
    if (internal::IsMetadata(*docs[d].article, f.span)) continue;
    const size_t a = token_at(f.span.begin), b = token_at(f.span.end - 1);
    if (a == n || b == n || b < a) continue;
    if (!starts[a]) starts[a] = &f, last_of[a] = b;
    if (!ends[b]) ends[b] = &f, first_of[b] = a;
  }
  // Tokens a and b of one clause: one sentence, and nothing between them
  // but spaces, quotation marks and parentheses.
  auto joined = [&](size_t a, size_t b) {
    if (t.token_sentence[a] != t.token_sentence[b]) return false;
    for (size_t k = a; k < b; ++k) {
      const std::string_view gap = docs[d].Slice(Span{toks[k].span.end, toks[k + 1].span.begin});
      if (gap.find_first_of(",.:;-") != std::string_view::npos || gap.find("،") != std::string_view::npos ||
          gap.find("؛") != std::string_view::npos)
        return false;
    }
    return true;
  };
  auto negated = [&](size_t i) { return (i >= 1 && has(NotSaid(), i - 1)) || (i >= 2 && has(NotSaid(), i - 2)); };
  // The agent beginning within two tokens after token i (a trigger word
  // such as تنظيم may stand before the name the tagger found), the verb's
  // subject: not after a preposition ("هجوم شنته من عدن"، "الهجوم الذي شنه
  // على السعودية"), nor with one on it ("نفذت المقاومة بالمنطقة الوسطى").
  auto agent_after = [&](size_t i) -> size_t {
    for (size_t a = i + 1; a < n && a <= i + 2; ++a) {
      if (has(Prepositions(), a)) return n;
      if (!starts[a] || !joined(i, a)) continue;
      const std::string_view key = tt.Key(toks[a]);
      const std::string name = Normalize(starts[a]->name, Form::kMatchKey);
      const bool clitic = (key.substr(0, 2) == "ب" || key.substr(0, 2) == "ل") && key.substr(0, 2) != name.substr(0, 2);
      return clitic ? n : a;
    }
    return n;
  };
  // The statement runs on over what was done ("مسؤوليته عن الهجوم"،
  // "بتنفيذ هذا التفجير"): the words after it say which act.
  auto add = [&](const char* role, const Fact& agent, size_t from, size_t to) {
    while (to + 1 < n && joined(to, to + 1) && (has(DoneWords(), to + 1) || has(Pointers(), to + 1))) ++to;
    Span span{toks[from].span.begin, toks[to].span.end};
    out.push_back({role, MakeStatement(docs, st, d, span, agent.name)});
  };
  auto acts = [](const Fact& f) { return f.type == EntityType::kPerson || f.type == EntityType::kOrganisation; };
  for (size_t i = 0; i < n; ++i) {
    if (has(ClaimVerbs(), i) || has(AdoptedIt(), i) || has(CarriedOut(), i)) {
      if (negated(i)) continue;
      const size_t a = agent_after(i);
      if (a == n) continue;
      const size_t b = last_of[a];
      // A person who "launches an attack" mostly speaks: "شن مارادونا هجوما
      // على"، "الهجوم الذي شنه السيناتور" (criticism).
      auto verbal = [&](size_t act) {
        return starts[a]->type == EntityType::kPerson && !has(ClaimVerbs(), i) && has(VerbalAttacks(), act);
      };
      if (has(AdoptedIt(), i)) {
        // Of an act named just before, with at most the relative and its
        // adjectives between: "الهجوم الانتحاري الذي تبناه"، not "عملية
        // على الأرض تبنتها" (a plan adopted).
        for (size_t k = i; k-- > 0 && k + 3 >= i && joined(k, i);) {
          if (has(DoneWords(), k)) {
            if (verbal(k)) break;
            add(kResponsible, *starts[a], k, b);
            break;
          }
          const std::string_view w = tt.Key(toks[k]);
          if (!has(Relatives(), k) && w.substr(0, 4) != "ال") break;
        }
        continue;
      }
      // "مسؤوليته عن" within three tokens after the name (an epithet may
      // stand between: "تنظيم «داعش» الإرهابي مسؤوليته"); after تبنى، نفذ،
      // شن، ارتكب, what was done right after the name, or after a count
      // ("شن التحالف 13 غارة").
      const bool adopted = has(CarriedOut(), i) ||
                           (has(ClaimVerbs(), i) && tt.Key(toks[i]).find("تبن") != std::string_view::npos);
      const size_t act = b + 1 < n && toks[b + 1].kind == TokenKind::kNumber ? b + 2 : b + 1;
      for (size_t r = b + 1; r < n && r <= b + 3 && joined(b, r); ++r) {
        if (has(ResponsibilityWords(), r) && has(For(), r + 1) && joined(r, r + 1)) {
          add(kResponsible, *starts[a], i, r + 1);
          break;
        }
        if (adopted && r == act && has(DoneWords(), r)) {
          if (verbal(r)) break;
          add(kResponsible, *starts[a], i, r);
          break;
        }
      }
      continue;
    }
    if (has(BlameVerbs(), i)) {
      if (negated(i)) continue;
      // The last name before المسؤولية عن / بالوقوف وراء within eight tokens.
      for (size_t r = i + 2; r < n && r <= i + 9 && joined(i, r); ++r) {
        const bool blame = has(ResponsibilityWords(), r) && r + 1 < n && joined(r, r + 1) &&
                           (has(For(), r + 1) || (has(Whole(), r + 1) && has(For(), r + 2)));
        if (!blame && !has(AccusedOf(), r)) continue;
        // The name right before them, itself after the verb, the one who
        // blames (a name, or a word with the article: "البيان"), a time, or
        // a word of a group ("تنظيم"، "مسلحي"); not after a noun it
        // completes: "أكراد سوريا" (Syria's Kurds are not Syria).
        if (r >= 1 && ends[r - 1] && first_of[r - 1] > i) {
          const size_t a = first_of[r - 1];
          if (a == i + 1 || ends[a - 1] || has(BlameLeads(), a - 1) || tt.Key(toks[a - 1]).substr(0, 4) == "ال")
            add(kResponsible, *ends[r - 1], i, r);
        }
        break;
      }
      continue;
    }
    if (has(LedVerbs(), i)) {
      if (negated(i)) continue;
      size_t o = n;  // what was led, within four tokens ("يقود خلال عشرة أيام معركة التحرير")
      for (size_t k = i + 1; k < n && k <= i + 4 && joined(i, k); ++k)
        if (has(LedWhat(), k)) {
          o = k;
          break;
        }
      if (o == n) continue;
      // Who led: named right after the verb, or the nearest person before
      // it in its clause, past the titles and bodies that describe them
      // ("اللواء قاسم سليماني قائد فيلق القدس في حرس الثورة قاد بنفسه
      // معركة"); after a relative, only the name it follows.
      const size_t a = agent_after(i);
      if (a < o && acts(*starts[a])) {
        add(kLed, *starts[a], i, o);
        continue;
      }
      if (i >= 1 && has(Relatives(), i - 1)) {
        if (i >= 2 && ends[i - 2] && acts(*ends[i - 2]) && joined(i - 2, i)) add(kLed, *ends[i - 2], first_of[i - 2], o);
        continue;
      }
      for (size_t k = i; k-- > 0 && k + 10 >= i && joined(k, i) && !has(OpensAClause(), k);) {
        if (ends[k] && (ends[k]->type == EntityType::kPerson || (k + 1 == i && acts(*ends[k])))) {
          add(kLed, *ends[k], first_of[k], o);
          break;
        }
      }
      continue;
    }
    if (has(CoverWords(), i)) {
      // "تحت غطاء"، "تحت حماية" (not "غطاء نباتي"); "بغطاء" alone.
      const bool under = has(UnderWhat(), i);
      if (under && (i == 0 || tt.Key(toks[i - 1]) != "تحت" || !joined(i - 1, i))) continue;
      size_t k = i + 1;
      while (k < n && k <= i + 3 && has(CoverJoins(), k) && joined(i, k)) ++k;
      if (k < n && starts[k] && joined(i, k) &&
          (acts(*starts[k]) || starts[k]->type == EntityType::kPlace))
        add(kCovered, *starts[k], under ? i - 1 : i, last_of[k]);
      continue;
    }
    if (has(StandsBehind(), i) && has(Behind(), i + 1) && joined(i, i + 1) && i >= 1 && ends[i - 1] &&
        joined(i - 1, i)) {
      const size_t a = first_of[i - 1];
      if (a >= 1 && has(NotSaid(), a - 1)) continue;
      add(kResponsible, *ends[i - 1], a, i + 1);
    }
  }
  return out;
}

// Two agents' keys that may name one side: a word in common that is not a
// body's generic word ("قوات الأسد" and "بشار الأسد"; not "الحكومة اليمنية"
// and "الحكومة الإسرائيلية"), or a place and its adjective ("الحكومة
// الإسرائيلية" and "إسرائيل", "الجيش السوري" and "سوريا").
bool OneSide(std::string_view a, std::string_view b) {
  static const internal::WordSet kGeneric{"حكومة", "قوات",  "تنظيم", "حركة",  "جماعة", "جيش",    "حزب",
                                          "جبهة",  "مجلس",  "وزارة", "دولة",  "منظمة", "رئيس",   "طيران",
                                          "الأمم", "المتحدة", "الولايات", "ميليشيات", "ميليشيا", "عناصر"};
  auto forms = [](std::string_view key) {  // each word without ال, and a nisba's or a place's stem
    std::set<std::string> out;
    while (!key.empty()) {
      const size_t sp = std::min(key.find(' '), key.size());
      std::string_view word = key.substr(0, sp);
      key.remove_prefix(std::min(sp + 1, key.size()));
      if (internal::BeginsWith(word, "ال")) word.remove_prefix(4);
      if (word.size() < 6 || kGeneric.Has(word) || kGeneric.Has("ال" + std::string(word))) continue;
      out.insert(std::string(word));
      out.insert(std::string(internal::NisbaStem(word)));
      for (std::string_view end : {"يا", "ا"})
        if (word.size() >= end.size() + 6 && word.ends_with(end)) out.insert(std::string(word.substr(0, word.size() - end.size())));
    }
    return out;
  };
  const auto fa = forms(a), fb = forms(b);
  for (const std::string& x : fa)
    if (x.size() >= 6 && fb.count(x)) return true;
  return false;
}

void AgentClaims(const std::vector<StoryDoc>& docs, const internal::CopyIndex& copies, const StoryText& st,
                 std::vector<Claim>* out) {
  std::vector<Statement> all;
  std::vector<std::string> keys, roles;
  std::map<std::string, Claim> by_agent;  // role and agent's key -> claim
  for (uint32_t d = 0; d < docs.size(); ++d)
    for (auto& [role, s] : WhoDidIt(docs, st, d)) {
      std::string key = Normalize(s.value, Form::kMatchKey);
      internal::OneSpellingOfAmerica(&key);
      Claim& c = by_agent[std::string(role) + "|" + key];
      c.kind = "agent";
      if (c.about.empty()) c.about = std::string(role) + ": " + s.value;
      c.statements.push_back(s);
      all.push_back(std::move(s));
      keys.push_back(std::move(key));
      roles.push_back(role);
    }
  for (auto& [k, c] : by_agent) out->push_back(std::move(c));
  // Two independent witnesses naming different agents in one role, of one
  // act, told by the words after what was done ("مسؤوليته عن الهجوم على
  // القنصلية"), alike (kSameWords); in a story of a few reports, one
  // incident, an act named without them ("بتنفيذ الهجوم.") is the story's.
  // Not when their sentences give other days, nor when either article also
  // names the other's agent in that role: two names of one agent, or both
  // ("التحالف الدولي" and "تحالف واشنطن" in one report of the cover).
  std::set<std::tuple<uint32_t, std::string, std::string>> named;  // doc, role, agent's key
  for (size_t i = 0; i < all.size(); ++i) named.insert({all[i].doc, roles[i], keys[i]});
  auto also_names = [&](size_t i, size_t j) { return named.count({all[i].doc, roles[j], keys[j]}) != 0; };
  std::vector<internal::SparseVec> after(all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    const Statement& s = all[i];
    after[i] = st.Weighted(s.doc, Span{s.span.end, st.Around(s.doc, s.span, s.sentence, 4).end}, Span{});
  }
  const SentenceValues dates = BySentence(docs, st, internal::DayOf);
  auto groups = ConflictGroups(docs, copies, all, [&](size_t i, size_t j) {
    if (roles[i] != roles[j] || keys[i] == keys[j] || Disjoint(dates, all[i], all[j])) return false;
    if (also_names(i, j) || also_names(j, i) || OneSide(keys[i], keys[j])) return false;
    if (docs.size() <= kFewReports && (after[i].empty() || after[j].empty())) return true;
    return Cosine(after[i], after[j]) >= kSameWords;
  });
  std::vector<bool> taken(all.size(), false);
  for (const auto& g : groups)
    out->push_back(ConflictOf("agent", roles[g.front()] + std::string(": ") + SentenceHead(docs, all[g.front()]), all,
                              g, &taken));
}

// ---- quotes

bool AnonymousSource(std::string_view speaker_key) {
  static const internal::WordSet kHeads{"مصادر", "مصدر", "شهود", "شاهد", "سكان", "ناشطون", "ناشطين", "مسؤول",
                                        "مسؤولون", "مسؤولين", "مراقبون", "محللون", "خبراء", "مواطنون", "مواطن",
                                        "أهالي", "الأهالي", "المصادر", "مقربون", "دبلوماسيون", "دبلوماسي",
                                        // with the article too: "the source" of one outlet is not another's
                                        "المصدر", "المسؤول", "المسؤولون", "الشهود", "السكان", "الخبراء", "المحللون",
                                        "المراقبون", "الناشطون", "تقارير", "التقارير", "تقرير", "البعض"};
  const size_t sp = speaker_key.find(' ');
  return kHeads.Has(speaker_key.substr(0, sp));
}

void QuoteClaims(const std::vector<StoryDoc>& docs, const StoryText& st, std::vector<Claim>* out) {
  std::map<std::string, Claim> by_speaker;
  std::set<std::string> persons;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].facts) continue;
    for (const Fact& f : *docs[d].facts) {
      if (f.kind == FactKind::kEntity && f.type == EntityType::kPerson) persons.insert(Normalize(f.name, Form::kMatchKey));
      if (f.kind != FactKind::kQuote) continue;
      std::string who = !f.speaker_entity.empty() ? f.speaker_entity : f.speaker;
      if (who.empty()) continue;
      // Unnamed sources ("شهود عيان", "مصادر مطلعة", "مسؤول أمني") in two
      // outlets are not known to be the same people: each article's are a
      // claim of their own.
      std::string key = Normalize(who, Form::kMatchKey);
      // America's two spellings: "الوزير الأميركي" is "الوزير الأمريكي".
      internal::OneSpellingOfAmerica(&key);
      if (f.speaker_entity.empty() && AnonymousSource(key)) key += "#" + std::to_string(d);
      Claim& c = by_speaker[key];
      c.kind = "quote";
      if (c.about.empty()) c.about = who;
      Span said = f.said.empty() ? f.span : f.said;
      c.statements.push_back(MakeStatement(docs, st, d, f.span, SpanText(docs[d], said)));
    }
  }
  // Only names of persons join: a country is not its news agency (البحرين،
  // وكالة أنباء البحرين), a bloc not its leader. Unnamed sources (keys with
  // '#') stay apart.
  JoinShortNames([&](const std::string& key) { return persons.count(key) != 0 ? 0 : -1; }, false, &by_speaker);
  for (auto& [k, c] : by_speaker) out->push_back(std::move(c));
}

int KindRank(const std::string& k) {
  if (k == "casualties") return 0;
  if (k == "agent") return 1;
  if (k == "figure") return 2;
  if (k == "date") return 3;
  if (k == "quote") return 4;
  return 5;
}
int StatusRank(ClaimStatus s) {
  switch (s) {
    case ClaimStatus::kConflicting: return 0;
    case ClaimStatus::kCorroborated: return 1;
    case ClaimStatus::kCopied: return 2;
    case ClaimStatus::kUnique: return 3;
  }
  return 3;
}

// Each article's quotes.
std::vector<std::vector<const Fact*>> QuotesByDoc(const std::vector<StoryDoc>& docs) {
  std::vector<std::vector<const Fact*>> quotes(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d)
    if (docs[d].facts)
      for (const Fact& f : *docs[d].facts)
        if (f.kind == FactKind::kQuote) quotes[d].push_back(&f);
  return quotes;
}

// Each statement's source: the speaker of the innermost quote of its
// article whose said span holds it (a toll "per the army", a date "per
// SANA"). The outlet's own words have none.
// (quotes: each article's quotes, QuotesByDoc.)
void AttributeStatements(const std::vector<std::vector<const Fact*>>& quotes, Claim* c) {
  for (Statement& s : c->statements) {
    const Fact* best = nullptr;
    for (const Fact* f : quotes[s.doc]) {
      if (f->said.begin > s.span.begin || f->said.end < s.span.end) continue;
      if (!best || f->said.end - f->said.begin < best->said.end - best->said.begin) best = f;
    }
    if (!best) continue;
    s.source = best->speaker;
    s.source_entity = best->speaker_entity;
    s.source_span = best->speaker_span;
  }
}

}  // namespace

void CompareStory(const std::vector<StoryDoc>& docs, const std::vector<CopyLink>& links,
                  const CompareOptions& options, StoryAnalysis* out) {
  *out = StoryAnalysis{};
  const internal::CopyIndex copies(docs, links);
  StoryText st;
  st.Build(docs);
  std::vector<Claim> claims;
  CasualtyClaims(docs, copies, st, &claims);
  AgentClaims(docs, copies, st, &claims);
  FigureClaims(docs, copies, st, &claims);
  DateClaims(docs, copies, st, &claims);
  QuoteClaims(docs, st, &claims);
  EntityClaims(docs, st, options.max_entity_claims, &claims);
  const auto quotes = QuotesByDoc(docs);
  for (Claim& c : claims) {
    SortStatements(&c);
    if (c.kind != "quote" && c.kind != "entity") AttributeStatements(quotes, &c);
    internal::Tally(docs, copies, &c);
    c.rising = c.kind == "casualties" && c.status == ClaimStatus::kConflicting && RisesOverTime(docs, c.statements);
  }
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    if (StatusRank(a.status) != StatusRank(b.status)) return StatusRank(a.status) < StatusRank(b.status);
    if (KindRank(a.kind) != KindRank(b.kind)) return KindRank(a.kind) < KindRank(b.kind);
    return a.outlets > b.outlets;
  });
  out->claims = std::move(claims);
  internal::FramingOf(docs, st, options.names, &out->framing);
  internal::Summarize(docs, copies, st, options, &out->summary);
  internal::BuildTimeline(docs, st, &out->timeline);
}

}  // namespace sada
