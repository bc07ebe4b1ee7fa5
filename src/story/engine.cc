// The engine that orders the stages after ingest (see sada/analyze.h).
#include <algorithm>
#include <tuple>
#include <chrono>
#include <functional>
#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>

#include <unicode/uchar.h>

#include "facts/gazetteer.h"
#include "facts/words.h"
#include "text/utf8.h"
#include "sada/analyze.h"
#include "sada/ner.h"
#include "story/story_internal.h"
#include "util/parallel.h"
#include "util/sparse.h"

namespace sada {

namespace {

using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string BaseName(const std::string& path) {
  size_t s = path.find_last_of('/');
  return s == std::string::npos ? path : path.substr(s + 1);
}

// The day most of the story's dated articles were published (ties: earliest).
std::string StoryDay(const Analysis& an, const Story& s) {
  std::map<std::string, int> days;
  for (uint32_t d : s.articles) {
    const Article& a = an.articles[d];
    if (a.published.size() >= 10 && a.published_precision >= Precision::kDay) ++days[a.published.substr(0, 10)];
  }
  std::string best;
  int n = 0;
  for (const auto& [day, c] : days)
    if (c > n) {
      best = day;
      n = c;
    }
  return best;
}

// Relative dates of undated articles, resolved against their story's day.
int64_t AnchorToStories(const NerModel& model, Analysis* an) {
  std::vector<std::pair<uint32_t, std::string>> todo;
  for (const auto& as : an->stories) {
    if (as.story.articles.size() < 2) continue;
    std::string day;
    for (uint32_t d : as.story.articles) {
      if (!an->articles[d].published.empty()) continue;
      bool unresolved = false;
      for (const Fact& f : an->facts[d]) unresolved = unresolved || (f.kind == FactKind::kDate && f.value.empty());
      if (!unresolved) continue;
      if (day.empty()) day = StoryDay(*an, as.story);
      if (day.empty()) break;
      todo.push_back({d, day});
    }
  }
  ExtractOptions dates_only;
  dates_only.entities = dates_only.quantities = dates_only.quotes = false;
  for (const auto& [d, day] : todo) {
    Article copy = an->articles[d];
    copy.published = day;
    copy.published_from = "story";
    copy.published_precision = Precision::kDay;
    std::vector<Fact> dates;
    ExtractFacts(copy, model, dates_only, &dates);
    std::vector<Fact>& facts = an->facts[d];
    facts.erase(std::remove_if(facts.begin(), facts.end(), [](const Fact& f) { return f.kind == FactKind::kDate; }),
                facts.end());
    facts.insert(facts.end(), dates.begin(), dates.end());
    std::stable_sort(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; });
  }
  return static_cast<int64_t>(todo.size());
}

// Two sentences are one text: the same numbers, and four in five of their
// words, as many times, in both.
bool SameWordsAndFigures(std::string_view a, std::string_view b) {
  auto words = [](std::string_view sentence, std::vector<uint64_t>* hashes, std::vector<std::string>* numbers) {
    TokenizedText tt;
    Tokenize(sentence, &tt);
    for (const Token& t : tt.tokens) {
      hashes->push_back(HashKey(tt.Key(t)));
      if (t.kind == TokenKind::kNumber) numbers->emplace_back(tt.Key(t));
    }
    std::sort(hashes->begin(), hashes->end());
    std::sort(numbers->begin(), numbers->end());
  };
  std::vector<uint64_t> x, y;
  std::vector<std::string> nx, ny;
  words(a, &x, &nx);
  words(b, &y, &ny);
  if (nx != ny) return false;  // another day's figures
  return 5 * internal::CountCommon(x, y) >= 4 * std::max(x.size(), y.size());
}

// A relative date inside a passage copied from an earlier article names the
// day its writer meant, the source's: "ظهر اليوم" in an outlet's copy of an
// agency's text, published the next day, is the agency's day, not the
// copy's (docs/stories.md, "A copied passage's dates"). For each later
// article of a shared passage or a duplicate group, in order of
// publication, a date counted from its own publication time (or its
// story's day) takes the value of the date with the same words at the same
// place of the passage in the earliest source that has one, in a sentence
// that is the same text (SameWordsAndFigures, and the same dates as written:
// a passage of templates, "استقبل سموه في مكتبه اليوم" or a market report's
// "وشهدت تداولات اليوم", is shared by different days' news, whose sentences
// differ by whom or what figures), with anchor "copied" and that date as
// evidence. Returns the dates changed.
int64_t DatesOfCopies(Analysis* an) {
  struct Source {
    uint32_t doc;
    Span from, to;  // the passage in the source, and in the copy
  };
  const size_t n = an->articles.size();
  std::vector<double> hours(n, -1);
  for (size_t i = 0; i < n; ++i)
    if (!an->articles[i].published.empty()) hours[i] = IsoHours(an->articles[i].published);
  std::vector<std::vector<Source>> sources(n);
  auto add = [&](uint32_t early, Span from, uint32_t late, Span to) {
    if (hours[early] >= 0 && hours[late] >= 0 && hours[early] < hours[late]) sources[late].push_back({early, from, to});
  };
  for (const Passage& p : an->passages) {
    add(p.a, p.a_span, p.b, p.b_span);
    add(p.b, p.b_span, p.a, p.a_span);
  }
  const Span whole{0, UINT32_MAX};
  for (const DedupGroup& g : an->duplicates)
    for (const DedupMember& m : g.members)
      if (m.doc != g.canonical) add(g.canonical, whole, m.doc, whole);
  std::vector<uint32_t> copies;
  for (uint32_t d = 0; d < n; ++d)
    if (!sources[d].empty()) copies.push_back(d);
  auto earlier = [&](uint32_t x, uint32_t y) { return std::tie(hours[x], x) < std::tie(hours[y], y); };
  std::sort(copies.begin(), copies.end(), earlier);  // a source's dates are final before its copies read them
  auto within = [](Span s, Span in) { return s.begin >= in.begin && s.end <= in.end; };
  std::unordered_map<uint32_t, std::vector<Span>> sentences;  // per article, made when asked
  auto sentence_of = [&](uint32_t doc, Span span) {  // the sentence holding span
    auto [it, made] = sentences.try_emplace(doc);
    if (made) SplitSentences(an->articles[doc].text, &it->second);
    for (const Span& x : it->second)
      if (x.begin <= span.begin && span.begin < x.end) return Span{x.begin, std::max(x.end, span.end)};
    return span;
  };
  auto dates_in = [&](uint32_t doc, Span sentence) {  // the dates of a sentence as written, in order
    std::vector<std::string_view> texts;
    for (const Fact& f : an->facts[doc])
      if (f.kind == FactKind::kDate && within(f.span, sentence)) texts.push_back(f.text);
    return texts;
  };
  auto same_sentence = [&](uint32_t da, Span a, uint32_t db, Span b) {
    const Span ta = sentence_of(da, a), tb = sentence_of(db, b);
    // A copier who counts from its own day rewrites the dates ("أمس" for the
    // source's "اليوم", "أمس الأول" for its "أمس"): then they are its own.
    if (dates_in(da, ta) != dates_in(db, tb)) return false;
    return SameWordsAndFigures(SliceCodePoints(an->articles[da].text, ta), SliceCodePoints(an->articles[db].text, tb));
  };
  int64_t changed = 0;
  for (uint32_t d : copies) {
    std::vector<Source>& from = sources[d];
    std::sort(from.begin(), from.end(), [&](const Source& x, const Source& y) {
      return x.doc != y.doc ? earlier(x.doc, y.doc) : std::tie(x.to.begin, x.from.begin) < std::tie(y.to.begin, y.from.begin);
    });
    for (Fact& f : an->facts[d]) {
      if (f.kind != FactKind::kDate || f.value.empty() || (f.anchor != "publication" && f.anchor != "story")) continue;
      const Fact* best = nullptr;
      uint32_t best_doc = 0;
      for (size_t k = 0; k < from.size() && !best;) {  // the earliest source with the date
        const uint32_t doc = from[k].doc;
        const Fact* pick = nullptr;
        int64_t pick_gap = 0;
        for (; k < from.size() && from[k].doc == doc; ++k) {
          const Source& s = from[k];
          if (!within(f.span, s.to)) continue;
          const int64_t at = static_cast<int64_t>(f.span.begin) - s.to.begin;
          const int64_t tolerance = 40 + at / 10;  // the passage's words may differ before it
          for (const Fact& g : an->facts[doc]) {
            if (g.kind != FactKind::kDate || g.value.empty() || g.text != f.text || !within(g.span, s.from)) continue;
            const int64_t gap = std::abs(static_cast<int64_t>(g.span.begin) - s.from.begin - at);
            if (gap <= tolerance && (!pick || gap < pick_gap)) {
              pick = &g;
              pick_gap = gap;
            }
          }
        }
        if (pick && same_sentence(d, f.span, doc, pick->span)) {
          best = pick;
          best_doc = doc;
        }
      }
      if (!best || best->value == f.value) continue;
      f.value = best->value;
      f.anchor = "copied";
      f.from_article = an->articles[best_doc].id;
      f.from_span = best->span;
      f.from_published = an->articles[best_doc].published;
      ++changed;
    }
  }
  return changed;
}

}  // namespace

std::string OutletName(const Article& a) {
  if (!a.source.empty()) return a.source;
  if (!a.url.empty()) {
    size_t b = a.url.find("://");
    b = b == std::string::npos ? 0 : b + 3;
    size_t e = a.url.find_first_of("/?#", b);
    std::string host = a.url.substr(b, e == std::string::npos ? std::string::npos : e - b);
    if (host.compare(0, 4, "www.") == 0) host = host.substr(4);
    if (!host.empty()) return host;
  }
  std::string where = BaseName(a.origin.file);
  if (!a.origin.member.empty()) where += "!" + a.origin.member;
  if (a.origin.record >= 0) where += "#" + std::to_string(a.origin.record);
  return "unnamed: " + where;
}

std::vector<OutletFlow> OutletFlows(const Analysis& an) {
  std::map<std::pair<std::string_view, std::string_view>, OutletFlow> flows;
  std::set<std::pair<const OutletFlow*, uint32_t>> holding;  // (flow, article of `to`)
  for (const Passage& p : an.passages) {
    if (p.direction == 0) continue;
    const uint32_t from = p.direction > 0 ? p.a : p.b, to = p.direction > 0 ? p.b : p.a;
    if (an.outlets[from] == an.outlets[to]) continue;
    OutletFlow& f = flows[{an.outlets[from], an.outlets[to]}];
    ++f.passages;
    f.words += p.direction > 0 ? p.b_words : p.a_words;
    if (holding.insert({&f, to}).second) ++f.articles;
    if (!an.credits.empty() && !an.credits[from].empty() && an.credits[from] == an.credits[to]) ++f.credited;
  }
  std::map<std::string_view, int64_t> articles_of;
  for (const std::string& o : an.outlets) ++articles_of[o];
  std::vector<OutletFlow> out;
  out.reserve(flows.size());
  for (auto& [key, f] : flows) {
    f.earlier = key.first;
    f.later = key.second;
    f.later_articles = articles_of[key.second];
    out.push_back(std::move(f));
  }
  std::stable_sort(out.begin(), out.end(), [](const OutletFlow& x, const OutletFlow& y) { return x.passages > y.passages; });
  return out;
}

int64_t NewArticles(const Analysis& an, const Story& st) {
  int64_t n = 0;
  if (!an.added.empty())
    for (uint32_t d : st.articles) n += an.added[d];
  return n;
}

int64_t CarryStoryIds(const std::unordered_map<std::string, std::string>& earlier, Analysis* an) {
  std::unordered_map<std::string, int64_t> size;  // an earlier story -> its articles in this run
  for (const Article& a : an->articles)
    if (auto it = earlier.find(a.id); it != earlier.end()) ++size[it->second];
  // The earlier story each story continues: of those it holds most of (a
  // strict majority, so that no two stories continue one), the one it holds
  // most articles of (ties: the smaller id).
  std::vector<std::string> carried(an->stories.size());
  std::set<std::string> taken;
  for (size_t s = 0; s < an->stories.size(); ++s) {
    std::map<std::string, int64_t> held;
    for (uint32_t d : an->stories[s].story.articles)
      if (auto it = earlier.find(an->articles[d].id); it != earlier.end()) ++held[it->second];
    int64_t most = 0;
    for (const auto& [id, n] : held)
      if (2 * n > size[id] && n > most) most = n, carried[s] = id;
    if (!carried[s].empty()) taken.insert(carried[s]);
  }
  // The others keep the id of their first article unless a continued story
  // has it (the head split off a story whose rest continues it); then one
  // made from that article and a count.
  int64_t changed = 0;
  for (size_t s = 0; s < an->stories.size(); ++s) {
    Story& st = an->stories[s].story;
    std::string id = carried[s];
    changed += !id.empty() && id != st.id;
    if (id.empty()) {
      id = st.id;
      for (uint64_t k = 1; taken.count(id); ++k) id = internal::StoryId(an->articles[st.articles[0]].id, k);
      taken.insert(id);
    }
    st.id = std::move(id);
  }
  return changed;
}

namespace {

using Report = std::function<void(const char*, int64_t, int64_t)>;

// Facts of every article, then entities linked across the run.
void FindFacts(const NerModel& model, const ExtractOptions& options, int threads, const Report& report,
               Analysis* an) {
  const size_t n = an->articles.size();
  an->facts.assign(n, {});
  const size_t chunk = 512;
  // Workers that live through all chunks (their caches serve every one),
  // each counting the names of the articles it read; the counts add up to
  // the same whichever worker read an article.
  internal::WorkerPool pool(threads);
  std::vector<EntityLinker> partial(pool.threads());
  for (size_t b = 0; b < n; b += chunk) {
    size_t e = std::min(n, b + chunk);
    pool.Run(
        e - b,
        [&](size_t i, int worker) {
          ExtractFacts(an->articles[b + i], model, options, &an->facts[b + i]);
          partial[worker].AddArticle(an->facts[b + i]);
        },
        4);
    report("facts", static_cast<int64_t>(e), static_cast<int64_t>(n));
  }
  EntityLinker linker;
  for (EntityLinker& p : partial) linker.Merge(std::move(p));
  linker.Link();
  pool.Run(n, [&](size_t i, int) { linker.ApplyArticle(&an->facts[i]); });
}

void FindDuplicates(DedupOptions o, int threads, Analysis* an) {
  o.threads = threads;
  DedupIndex idx(o);
  std::vector<DedupIndex::Input> in;
  in.reserve(an->articles.size());
  for (const Article& a : an->articles) in.push_back({a.id, a.published, a.text});
  idx.Add(in, threads);
  an->duplicates = idx.Groups(&an->dedup_stats);
}

void FindReuse(ReuseOptions o, int threads, Analysis* an) {
  o.threads = threads;
  ReuseFinder finder(o);
  std::vector<ReuseInput> in;
  in.reserve(an->articles.size());
  for (size_t i = 0; i < an->articles.size(); ++i) {
    const Article& a = an->articles[i];
    in.push_back({a.id, an->outlets[i], a.published, a.text});
  }
  finder.Add(in, threads);
  finder.Run(&an->passages, &an->boilerplate, &an->reuse_stats);
}

void FindStories(StoryOptions o, int threads, Analysis* an) {
  o.threads = threads;
  StoryClusterer clusterer(o);
  std::vector<StoryArticle> in(an->articles.size());
  for (size_t i = 0; i < in.size(); ++i) {
    const Article& a = an->articles[i];
    in[i] = {a.id, an->outlets[i], a.published, a.title, a.language, a.text, &an->facts[i], {}};
    // A dateline that opens the text (after a few spaces at most).
    constexpr uint32_t kOpening = 5;
    if (a.dateline && a.dateline->begin < kOpening) in[i].lead = SliceCodePoints(a.text, Span{a.dateline->end, UINT32_MAX});
  }
  clusterer.Add(in);
  std::vector<Story> stories = clusterer.Run(&an->story_stats);
  an->stories.resize(stories.size());
  for (size_t s = 0; s < stories.size(); ++s) an->stories[s].story = std::move(stories[s]);
}

// The passages and duplicate pairs among a story's articles, as CopyLinks
// between their positions in the story.
std::vector<CopyLink> CopiesWithin(const Analysis& an, const std::vector<uint32_t>& members,
                                   const std::unordered_map<uint32_t, std::vector<uint32_t>>& passages_of,
                                   const std::vector<uint32_t>& group_of) {
  std::unordered_map<uint32_t, uint32_t> local, first_of_group;
  for (uint32_t i = 0; i < members.size(); ++i) {
    local[members[i]] = i;
    if (group_of[members[i]] != UINT32_MAX) first_of_group.try_emplace(group_of[members[i]], i);
  }
  std::vector<CopyLink> copies;
  for (uint32_t i = 0; i < members.size(); ++i) {
    auto it = passages_of.find(members[i]);
    if (it != passages_of.end()) {
      for (uint32_t p : it->second) {
        const Passage& ps = an.passages[p];
        auto jt = local.find(ps.b);
        if (jt == local.end()) continue;
        CopyLink l;
        l.a = i;
        l.b = jt->second;
        l.a_span = ps.a_span;
        l.b_span = ps.b_span;
        l.similarity = ps.similarity;
        l.direction = ps.direction;
        for (const PassageGap& g : ps.differences) l.differences.push_back({g.a, g.b});
        copies.push_back(l);
      }
    }
    // A duplicate is linked to the first member of its group in the story
    // (the comparison treats any two members of a group as copies): n
    // duplicates make n - 1 links, not n^2 / 2.
    if (group_of[members[i]] == UINT32_MAX || first_of_group.at(group_of[members[i]]) != i) continue;
    for (uint32_t j = i + 1; j < members.size(); ++j) {
      if (group_of[members[i]] != group_of[members[j]]) continue;
      CopyLink l;
      l.a = i;
      l.b = j;
      l.a_span = l.b_span = {0, UINT32_MAX};
      l.similarity = 1;
      l.direction = CompareTimes(an.articles[members[i]].published, an.articles[members[j]].published);
      l.duplicate = true;
      copies.push_back(l);
    }
  }
  // A total order, so that copies (and the claims that look them up) do not
  // depend on the order the passages came in.
  std::sort(copies.begin(), copies.end(), [](const CopyLink& x, const CopyLink& y) {
    return std::tie(x.a, x.b, x.a_span.begin, x.b_span.begin, x.a_span.end, x.b_span.end, x.duplicate) <
           std::tie(y.a, y.b, y.a_span.begin, y.b_span.begin, y.a_span.end, y.b_span.end, y.duplicate);
  });
  return copies;
}

// Copies, comparison, summary and timeline of every story of at least
// min_articles articles.
void CompareStories(const AnalyzeOptions& options, int threads, const Report& report, Analysis* an) {
  std::unordered_map<uint32_t, std::vector<uint32_t>> passages_of;
  for (uint32_t p = 0; p < an->passages.size(); ++p) passages_of[an->passages[p].a].push_back(p);
  std::vector<uint32_t> group_of(an->articles.size(), UINT32_MAX);
  for (uint32_t g = 0; g < an->duplicates.size(); ++g)
    for (const auto& m : an->duplicates[g].members) group_of[m.doc] = g;
  std::vector<size_t> todo;
  for (size_t s = 0; s < an->stories.size(); ++s)
    if (an->stories[s].story.articles.size() >= std::max<size_t>(1, options.compare_min_articles)) todo.push_back(s);
  std::atomic<int64_t> done{0};
  const int64_t total = static_cast<int64_t>(todo.size());
  internal::ParallelFor(todo.size(), threads, [&](size_t k) {
    AnalyzedStory& as = an->stories[todo[k]];
    const auto& members = as.story.articles;
    std::vector<StoryDoc> docs(members.size());
    std::vector<CodePointIndex> index;  // spans are sliced in any order: no scan from the start each time
    index.reserve(members.size());
    for (uint32_t i = 0; i < members.size(); ++i) {
      index.emplace_back(an->articles[members[i]].text);
      docs[i] = {&an->articles[members[i]], an->outlets[members[i]], &an->facts[members[i]], &index.back()};
      docs[i].column = an->columns[members[i]];
      if (!an->credits.empty()) docs[i].credit = an->credits[members[i]];
    }
    as.copies = CopiesWithin(*an, members, passages_of, group_of);
    CompareStory(docs, as.copies, options.compare, &as.analysis);
    int64_t d = ++done;
    if (d % 16 == 0 || d == total) report("compare", d, total);
  }, 1);
}

}  // namespace

bool BylineIsAName(std::string_view byline) {
  const std::u32string u = internal::ToU32(byline);
  std::vector<std::u32string> words;
  std::u32string word;
  auto end_word = [&] {
    if (!word.empty()) words.push_back(std::exchange(word, std::u32string()));
  };
  for (char32_t c : u) {
    if (c == U' ' || c == 0xA0 || c == U'\t' || c == U'.') {  // the dot of a title: "د."، "م ."
      end_word();
    } else if (u_isalpha(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK ||
               c == U'\u0640') {  // a letter, a diacritic, tatweel
      word.push_back(c);
    } else {
      return false;  // a mark between words: "الرياض - واس"، "القاهرة: …"، "«الشرق الأوسط»"
    }
  }
  end_word();
  // Tatweel alone stands for a dash: "عبدالرحمن إدريس ــ جدة".
  for (const std::u32string& w : words)
    if (w.find_first_not_of(U'\u0640') == std::u32string::npos) return false;
  // A title's letter opens it ("د. فايز الشهري"، "م. عبدالمحسن الماضي"); an
  // agency's letters are no name ("د ب أ"، "أ ف ب").
  size_t first = 0;
  while (first < words.size() && words[first].size() == 1) ++first;
  words.erase(words.begin(), words.begin() + static_cast<long>(first));
  if (words.size() < 2 || words.size() > 7) return false;  // "سليمان بن عبد الله أبا الخيل"
  // "حمود الرميحي من الرس"، "أسامة سليمان من فيينا": where the writer was.
  static const std::set<std::u32string> kWhere{U"من", U"في", U"فى", U"from", U"in"};
  const auto& gazetteer = internal::Gazetteer::Get();
  auto flags = [&](const std::u32string& w) {
    std::string utf8;
    for (char32_t c : w) AppendUtf8(c, &utf8);
    return gazetteer.Exact(internal::KeyOf(utf8));
  };
  for (const std::u32string& w : words)
    if (w.size() == 1 || kWhere.count(w) || (flags(w) & internal::kGazWholeOrg)) return false;  // سانا، واس
  // A city before or after the name, without a mark between: "الرياض  فهد
  // الدوس"، "جدة  وليد العمير" (not a family named after a region: الأحمدي).
  return !(flags(words.front()) & internal::kGazListedPlace) && !(flags(words.back()) & internal::kGazListedPlace);
}

std::string AgencyCredit(const Article& article) {
  // Match key of the words (one to three) as bylines write them -> the
  // agency's usual name.
  static const std::map<std::string, std::string, std::less<>> kAgencies = [] {
    std::map<std::string, std::string, std::less<>> m;
    const std::pair<const char*, const char*> names[] = {
        {"واس", "واس"},           {"وكالة الأنباء السعودية", "واس"}, {"رويترز", "رويترز"},
        {"أ ف ب", "أ ف ب"},       {"فرانس برس", "أ ف ب"},            {"د ب أ", "د ب أ"},
        {"أ ب", "أ ب"},           {"يو بي آي", "يو بي آي"},          {"أ ش أ", "أ ش أ"},
        {"كونا", "كونا"},         {"وام", "وام"},                    {"قنا", "قنا"},
        {"بنا", "بنا"},           {"سانا", "سانا"},                  {"الأناضول", "الأناضول"},
        {"العمانية", "العمانية"}, {"إرنا", "إرنا"},                  {"شينخوا", "شينخوا"},
        {"وكالات", "وكالات"},
    };
    for (const auto& [written, name] : names) m.emplace(Normalize(written, Form::kMatchKey), name);
    return m;
  }();
  auto find = [&](std::string_view text) -> std::string {
    // Its words of letters, as match keys: marks, dashes and dots part them
    // ("أ.ف.ب"); and whether each key is one letter.
    std::vector<std::string> words;
    std::vector<bool> single;
    std::string word;
    auto end_word = [&] {
      if (word.empty()) return;
      words.push_back(Normalize(std::exchange(word, std::string()), Form::kMatchKey));
      single.push_back(CountCodePoints(words.back()) == 1);
    };
    for (char32_t c : internal::ToU32(text)) {
      if (u_isalpha(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK)
        AppendUtf8(c, &word);
      else
        end_word();
    }
    end_word();
    // Letters stand alone in an abbreviation, which is matched whole: "إ.ب.أ"
    // (EPA) holds no "أ ب" (AP).
    auto letter = [&](size_t k) { return k < single.size() && single[k]; };
    for (size_t i = 0; i < words.size(); ++i) {
      std::string key;
      bool letters = true;
      for (size_t n = 0; n < 3 && i + n < words.size(); ++n) {
        if (n) key += ' ';
        key += words[i + n];
        letters = letters && letter(i + n);
        if (letters && ((i > 0 && letter(i - 1)) || letter(i + n + 1))) continue;
        if (auto it = kAgencies.find(key); it != kAgencies.end()) return it->second;
      }
    }
    return {};
  };
  std::string credit = find(article.author);
  if (credit.empty() && article.dateline) credit = find(SliceCodePoints(article.text, *article.dateline));
  return credit;
}

std::vector<bool> Columns(const std::vector<Article>& articles, const std::vector<std::string>& outlets) {
  std::vector<bool> name_alone(articles.size(), false);
  std::map<std::string_view, std::pair<int64_t, int64_t>> bylines;  // outlet -> (bylines, names alone)
  for (size_t i = 0; i < articles.size(); ++i) {
    const std::string& b = articles[i].author;
    if (b.find_first_not_of(" \t\n\r") == std::string::npos) continue;
    name_alone[i] = BylineIsAName(b);
    auto& [all, names] = bylines[outlets[i]];
    ++all;
    names += name_alone[i];
  }
  std::vector<bool> out(articles.size(), false);
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!name_alone[i]) continue;
    const auto& [all, names] = bylines[outlets[i]];
    out[i] = all >= 20 && 2 * (all - names) > all;
  }
  return out;
}

void RunAnalysis(const NerModel& model, const AnalyzeOptions& options, Analysis* an,
                 const AnalyzeProgress& progress) {
  const int threads = internal::ResolveThreads(options.threads);
  std::mutex report_mu;
  const Report report = [&](const char* stage, int64_t done, int64_t total) {
    std::lock_guard<std::mutex> lock(report_mu);
    if (progress) progress(stage, done, total);
  };
  an->outlets.resize(an->articles.size());
  for (size_t i = 0; i < an->articles.size(); ++i) an->outlets[i] = OutletName(an->articles[i]);
  an->columns = Columns(an->articles, an->outlets);
  an->credits.resize(an->articles.size());
  for (size_t i = 0; i < an->articles.size(); ++i) an->credits[i] = AgencyCredit(an->articles[i]);

  auto t = Clock::now();
  FindFacts(model, options.extract, threads, report, an);
  an->seconds.facts = Since(t);
  if (!options.stories_only) {
    t = Clock::now();
    report("duplicates", 0, 1);
    FindDuplicates(options.dedup, threads, an);
    an->seconds.duplicates = Since(t);
    t = Clock::now();
    report("reuse", 0, 1);
    FindReuse(options.reuse, threads, an);
    an->outlet_flows = OutletFlows(*an);
    an->seconds.reuse = Since(t);
  }
  t = Clock::now();
  report("stories", 0, 1);
  FindStories(options.stories, threads, an);
  an->story_anchored = AnchorToStories(model, an);
  an->seconds.stories = Since(t);
  if (options.stories_only) return;
  an->copied_dates = DatesOfCopies(an);
  t = Clock::now();
  std::vector<StoryDoc> docs(an->articles.size());
  for (size_t i = 0; i < docs.size(); ++i) docs[i] = {&an->articles[i], an->outlets[i], &an->facts[i], nullptr};
  const NamePhrases names = NamePhrases::Of(docs, threads);  // the run's, for every story's framing and the run's
  AnalyzeOptions with_names = options;
  with_names.compare.names = &names;
  CompareStories(with_names, threads, report, an);
  an->seconds.compare = Since(t);
  t = Clock::now();
  report("framing", 0, 1);
  {
    std::vector<std::vector<uint32_t>> stories;
    for (const AnalyzedStory& as : an->stories) stories.push_back(as.story.articles);
    an->naming = NamingAcrossArticles(docs, stories, threads, &names);
  }
  an->seconds.framing = Since(t);
}

}  // namespace sada
