// The engine that orders the stages after ingest (see sada/analyze.h).
#include <algorithm>
#include <chrono>
#include <atomic>
#include <map>
#include <mutex>
#include <unordered_map>

#include "sada/analyze.h"
#include "sada/ner.h"
#include "util/parallel.h"

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

void RunAnalysis(const NerModel& model, const AnalyzeOptions& options, Analysis* an,
                 const AnalyzeProgress& progress) {
  const int threads = internal::ResolveThreads(options.threads);
  std::mutex report_mu;
  auto report = [&](const char* stage, int64_t done, int64_t total) {
    std::lock_guard<std::mutex> lock(report_mu);
    if (progress) progress(stage, done, total);
  };
  const size_t n = an->articles.size();
  an->outlets.resize(n);
  for (size_t i = 0; i < n; ++i) an->outlets[i] = OutletName(an->articles[i]);

  // Facts, then entities linked across the run.
  auto t = Clock::now();
  an->facts.assign(n, {});
  const size_t chunk = 512;
  for (size_t b = 0; b < n; b += chunk) {
    size_t e = std::min(n, b + chunk);
    internal::ParallelFor(e - b, threads, [&](size_t i) {
      ExtractFacts(an->articles[b + i], model, options.extract, &an->facts[b + i]);
    }, 8);
    report("facts", static_cast<int64_t>(e), static_cast<int64_t>(n));
  }
  {
    EntityLinker linker;
    for (const auto& fs : an->facts)
      for (const Fact& f : fs) linker.Add(f);
    linker.Link();
    internal::ParallelFor(n, threads, [&](size_t i) {
      for (Fact& f : an->facts[i]) linker.Apply(&f);
    });
  }
  an->seconds.facts = Since(t);

  // Duplicates.
  t = Clock::now();
  if (!options.stories_only) {
  report("duplicates", 0, 1);
  {
    DedupOptions o = options.dedup;
    o.threads = threads;
    DedupIndex idx(o);
    std::vector<DedupIndex::Input> in;
    in.reserve(n);
    for (const Article& a : an->articles) in.push_back({a.id, a.published, a.text});
    idx.Add(in, threads);
    an->duplicates = idx.Groups(&an->dedup_stats);
  }
  }
  an->seconds.duplicates = Since(t);

  // Copied passages.
  t = Clock::now();
  if (!options.stories_only) {
  report("reuse", 0, 1);
  {
    ReuseOptions o = options.reuse;
    o.threads = threads;
    ReuseFinder finder(o);
    std::vector<ReuseInput> in;
    in.reserve(n);
    for (size_t i = 0; i < n; ++i) in.push_back({an->articles[i].id, an->outlets[i], an->articles[i].published, an->articles[i].text});
    finder.Add(in, threads);
    finder.Run(&an->passages, &an->boilerplate, &an->reuse_stats);
  }
  }
  an->seconds.reuse = Since(t);

  // Stories.
  t = Clock::now();
  report("stories", 0, 1);
  {
    StoryOptions o = options.stories;
    o.threads = threads;
    StoryClusterer clusterer(o);
    std::vector<StoryArticle> in(n);
    for (size_t i = 0; i < n; ++i) {
      const Article& a = an->articles[i];
      in[i] = {a.id, an->outlets[i], a.published, a.title, a.language, a.text, &an->facts[i]};
    }
    clusterer.Add(in);
    std::vector<Story> stories = clusterer.Run(&an->story_stats);
    an->stories.resize(stories.size());
    for (size_t s = 0; s < stories.size(); ++s) an->stories[s].story = std::move(stories[s]);
  }
  an->story_anchored = AnchorToStories(model, an);
  an->seconds.stories = Since(t);

  // Compare the stories of several articles.
  if (options.stories_only) return;
  t = Clock::now();
  std::unordered_map<uint32_t, std::vector<uint32_t>> passages_of;
  for (uint32_t p = 0; p < an->passages.size(); ++p) passages_of[an->passages[p].a].push_back(p);
  std::vector<uint32_t> group_of(n, UINT32_MAX);
  for (uint32_t g = 0; g < an->duplicates.size(); ++g)
    for (const auto& m : an->duplicates[g].members) group_of[m.doc] = g;
  std::vector<size_t> todo;
  for (size_t s = 0; s < an->stories.size(); ++s)
    if (an->stories[s].story.articles.size() >= std::max<size_t>(1, options.compare_min_articles)) todo.push_back(s);
  std::atomic<int64_t> done{0};
  internal::ParallelFor(todo.size(), threads, [&](size_t k) {
    AnalyzedStory& as = an->stories[todo[k]];
    const auto& members = as.story.articles;
    std::unordered_map<uint32_t, uint32_t> local;
    for (uint32_t i = 0; i < members.size(); ++i) local[members[i]] = i;
    std::vector<StoryDoc> docs(members.size());
    for (uint32_t i = 0; i < members.size(); ++i)
      docs[i] = {&an->articles[members[i]], an->outlets[members[i]], &an->facts[members[i]]};
    for (uint32_t i = 0; i < members.size(); ++i) {
      auto it = passages_of.find(members[i]);
      if (it != passages_of.end()) {
        for (uint32_t p : it->second) {
          const Passage& ps = an->passages[p];
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
          as.copies.push_back(l);
        }
      }
      for (uint32_t j = i + 1; j < members.size(); ++j) {
        if (group_of[members[i]] == UINT32_MAX || group_of[members[i]] != group_of[members[j]]) continue;
        CopyLink l;
        l.a = i;
        l.b = j;
        l.a_span = {0, UINT32_MAX};
        l.b_span = {0, UINT32_MAX};
        l.similarity = 1;
        l.direction = CompareTimes(an->articles[members[i]].published, an->articles[members[j]].published);
        l.duplicate = true;
        as.copies.push_back(l);
      }
    }
    std::sort(as.copies.begin(), as.copies.end(), [](const CopyLink& x, const CopyLink& y) {
      if (x.a != y.a) return x.a < y.a;
      if (x.b != y.b) return x.b < y.b;
      return x.a_span.begin < y.a_span.begin;
    });
    CompareStory(docs, as.copies, options.compare, &as.analysis);
    int64_t d = ++done;
    if (d % 16 == 0 || d == static_cast<int64_t>(todo.size())) report("compare", d, static_cast<int64_t>(todo.size()));
  }, 1);
  an->seconds.compare = Since(t);
}

}  // namespace sada
