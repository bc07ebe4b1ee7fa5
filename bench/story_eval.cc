// story_eval — the hand-labelled development set of story pairs:
//
//   story_eval pairs N OUT.tsv PATH...      sample N article pairs to label
//   story_eval eval LABELS.tsv PATH... [--threshold T1,T2,...] [--window-hours H,...] ...
//
// pairs: articles of different outlets published within 72 hours of each
// other, drawn (seeded) in equal numbers from three bands of similarity
// (cosine of sada's story vectors, with facts): [0.12, 0.25), [0.25, 0.4),
// [0.4, 1] — so that both kinds are hard: same topic but another event, and
// the same event in other words. Each line: a, b, cosine, and the title and
// first 300 characters of each, for a person to label.
//
// eval: clusters the articles as `sada analyze` does and reports, over the
// labelled pairs (a<TAB>b<TAB>1 same story / 0 not), pairwise precision (of the
// pairs put in one story, how many are the same event) and recall (of the
// same-event pairs, how many are put in one story), for each threshold given.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "sada/analyze.h"
#include "sada/ingest.h"
#include "sada/ner.h"
#include "sada/story.h"
#include "sada/text.h"

namespace {

struct Keep : sada::IngestSink {
  std::vector<sada::Article> articles;
  void OnArticle(sada::Article&& a) override { articles.push_back(std::move(a)); }
  void OnDiagnostic(sada::Diagnostic&&) override {}
};

std::string Clean(std::string s, uint32_t n) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  if (sada::CountCodePoints(s) > n) s = s.substr(0, sada::ByteOffsetOfCodePoint(s, n));
  return s;
}

// Articles and their linked facts, as analyze has them before clustering.
void Load(const std::vector<std::string>& paths, sada::Analysis* an) {
  Keep k;
  sada::IngestStats st;
  sada::Ingest(paths, {}, &k, &st);
  an->articles = std::move(k.articles);
  sada::AnalyzeOptions o;
  o.stories_only = true;
  o.threads = 0;
  sada::RunAnalysis(sada::NerModel::Builtin(), o, an);
}

std::unique_ptr<sada::StoryClusterer> Cluster(const sada::Analysis& an, const sada::StoryOptions& o) {
  auto c = std::make_unique<sada::StoryClusterer>(o);
  std::vector<sada::StoryArticle> in;
  for (size_t i = 0; i < an.articles.size(); ++i) {
    const auto& a = an.articles[i];
    in.push_back({a.id, an.outlets[i], a.published, a.title, a.language, a.text, &an.facts[i], {}});
  }
  c->Add(in);
  return c;
}

int Pairs(int n, const std::string& out, std::vector<std::string> paths) {
  uint64_t seed = 20151;  // the development set's
  if (paths.size() >= 2 && paths[0] == "--seed") {
    seed = std::strtoull(paths[1].c_str(), nullptr, 10);
    paths.erase(paths.begin(), paths.begin() + 2);
  }
  sada::Analysis an;
  Load(paths, &an);
  sada::StoryOptions o;
  o.threads = 0;
  auto c = Cluster(an, o);
  std::mt19937_64 rng(seed);
  const double bands[4] = {0.12, 0.25, 0.4, 1.01};
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> got(3);
  const size_t per = static_cast<size_t>(n) / 3 + 1;
  std::uniform_int_distribution<uint32_t> pick(0, static_cast<uint32_t>(an.articles.size() - 1));
  std::map<std::pair<uint32_t, uint32_t>, bool> seen;
  for (int tries = 0; tries < 40000000 && (got[0].size() < per || got[1].size() < per || got[2].size() < per); ++tries) {
    uint32_t a = pick(rng), b = pick(rng);
    if (a == b || an.outlets[a] == an.outlets[b]) continue;
    double ha = sada::IsoHours(an.articles[a].published), hb = sada::IsoHours(an.articles[b].published);
    if (ha < 0 || hb < 0 || std::abs(ha - hb) > 72) continue;
    if (a > b) std::swap(a, b);
    double s = c->Similarity(a, b);
    for (int k = 0; k < 3; ++k)
      if (s >= bands[k] && s < bands[k + 1] && got[k].size() < per && !seen[{a, b}]) {
        seen[{a, b}] = true;
        got[k].push_back({a, b});
      }
  }
  std::ofstream f(out);
  f << "a\tb\tcosine\ttitle_a\tlead_a\ttitle_b\tlead_b\n";
  for (const auto& band : got)
    for (auto [a, b] : band) {
      const auto &x = an.articles[a], &y = an.articles[b];
      char cos[16];
      std::snprintf(cos, sizeof cos, "%.3f", c->Similarity(a, b));
      f << x.id << '\t' << y.id << '\t' << cos << '\t' << Clean(x.title, 120) << '\t' << Clean(x.text, 300) << '\t'
        << Clean(y.title, 120) << '\t' << Clean(y.text, 300) << '\n';
    }
  std::fprintf(stderr, "story_eval: %zu + %zu + %zu pairs written to %s\n", got[0].size(), got[1].size(),
               got[2].size(), out.c_str());
  return 0;
}

// Option names for eval: each takes a comma-separated list of values, and
// every combination is run.
std::vector<std::pair<std::string, double*>> Fields(sada::StoryOptions* o) {
  return {{"threshold", &o->threshold},           {"window-hours", &o->window_hours},
          {"entity-weight", &o->entity_weight},   {"figure-weight", &o->figure_weight},
          {"date-weight", &o->date_weight},       {"decay-hours", &o->decay_hours},
          {"place-penalty", &o->place_penalty},   {"day-penalty", &o->day_penalty},
          {"decay-from", &o->decay_from},
          {"merge-threshold", &o->merge_threshold}, {"merge-burst", &o->merge_burst},
          {"merge-needs-fact", &o->merge_needs_fact}, {"orphan-threshold", &o->orphan_threshold},
          {"orphan-burst", &o->orphan_burst},       {"head-cover", &o->head_cover},
          {"name-share", &o->name_share},
          {"background-days", &o->background_days}};
}

int Eval(const std::string& labels, std::vector<std::string> args) {
  sada::StoryOptions base;
  base.threads = 0;
  std::vector<std::pair<size_t, std::vector<double>>> grid;  // field index, values
  bool dump = false, dump_all = false;  // the pairs it gets wrong; every pair
  std::vector<std::string> paths;
  auto fields = Fields(&base);
  for (size_t i = 0; i < args.size(); ++i) {
    bool matched = false;
    for (size_t k = 0; k < fields.size(); ++k)
      if (args[i] == "--" + fields[k].first && i + 1 < args.size()) {
        std::vector<double> values;
        std::stringstream ss(args[++i]);
        std::string v;
        while (std::getline(ss, v, ',')) values.push_back(std::atof(v.c_str()));
        grid.emplace_back(k, values);
        matched = true;
      }
    if (matched) continue;
    if (args[i] == "--background" && i + 1 < args.size()) {
      // Another corpus's document frequencies (tools/doc_freq), e.g. of
      // the days not in the run, so that the run's own days are not in it.
      std::ifstream in(args[++i], std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "story_eval: cannot read %s\n", args[i].c_str());
        return 1;
      }
      base.background.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else if (args[i] == "--dump") {
      dump = true;
    } else if (args[i] == "--dump-all") {
      dump_all = true;
    } else {
      paths.push_back(args[i]);
    }
  }
  std::vector<std::tuple<std::string, std::string, int>> pairs;
  std::ifstream f(labels);
  std::string line;
  while (std::getline(f, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("a\t", 0) == 0) continue;
    std::stringstream ss(line);
    std::string a, b, l;
    std::getline(ss, a, '\t');
    std::getline(ss, b, '\t');
    std::getline(ss, l, '\t');
    pairs.emplace_back(a, b, std::atoi(l.c_str()));
  }
  sada::Analysis an;
  Load(paths, &an);
  std::unordered_map<std::string, uint32_t> index;
  for (uint32_t i = 0; i < an.articles.size(); ++i) index[an.articles[i].id] = i;
  int positives = 0;
  for (auto& [a, b, l] : pairs) positives += l;
  std::printf("%zu labelled pairs (%d same story, %zu not), %zu articles\n", pairs.size(), positives,
              pairs.size() - positives, an.articles.size());
  std::string header;
  for (auto& [name, field] : fields) header += name + "  ";
  std::printf("%sprecision  recall  F1     TP  FP  FN  stories(>1)  largest\n", header.c_str());
  auto c = Cluster(an, base);
  std::vector<size_t> at(grid.size(), 0);
  for (;;) {
    sada::StoryOptions o = base;
    auto of = Fields(&o);
    for (size_t g = 0; g < grid.size(); ++g) *of[grid[g].first].second = grid[g].second[at[g]];
    c->SetOptions(o);
    sada::StoryStats st;
    auto stories = c->Run(&st);
    std::vector<uint32_t> story_of(an.articles.size());
    for (uint32_t s = 0; s < stories.size(); ++s)
      for (uint32_t d : stories[s].articles) story_of[d] = s;
    int tp = 0, fp = 0, fn = 0, missing = 0;
    for (auto& [a, b, l] : pairs) {
      auto ia = index.find(a), ib = index.find(b);
      if (ia == index.end() || ib == index.end()) {
        ++missing;
        continue;
      }
      bool same = story_of[ia->second] == story_of[ib->second];
      if ((dump && same != (l == 1)) || dump_all)
        std::printf("  %s %d cos %.3f  stories of %zu and %zu  %.16s %.16s  %s | %s\n", same ? (l ? "TP" : "FP") : (l ? "FN" : "TN"), l,
                    c->Similarity(ia->second, ib->second), stories[story_of[ia->second]].articles.size(),
                    stories[story_of[ib->second]].articles.size(), an.articles[ia->second].published.c_str(),
                    an.articles[ib->second].published.c_str(), Clean(an.articles[ia->second].title, 60).c_str(),
                    Clean(an.articles[ib->second].title, 60).c_str());
      if (same && l) ++tp;
      if (same && !l) ++fp;
      if (!same && l) ++fn;
    }
    double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1, r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1;
    std::string values;
    for (size_t k = 0; k < of.size(); ++k) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%*g  ", static_cast<int>(fields[k].first.size()), *of[k].second);
      values += buf;
    }
    std::printf("%s%9.3f  %6.3f  %.3f  %3d %3d %3d  %11lld  %zu%s\n", values.c_str(), p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0, tp, fp, fn, static_cast<long long>(st.multi_article),
                stories.empty() ? 0 : stories[0].articles.size(),
                missing ? (" (" + std::to_string(missing) + " pairs not found)").c_str() : "");
    std::fflush(stdout);
    size_t g = 0;
    while (g < grid.size() && ++at[g] == grid[g].second.size()) at[g++] = 0;
    if (g == grid.size()) break;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 4 && args[0] == "pairs")
    return Pairs(std::atoi(args[1].c_str()), args[2], std::vector<std::string>(args.begin() + 3, args.end()));
  if (args.size() >= 3 && args[0] == "eval")
    return Eval(args[1], std::vector<std::string>(args.begin() + 2, args.end()));
  std::fprintf(stderr, "usage: story_eval pairs N OUT.tsv [--seed S] PATH... | story_eval eval LABELS.tsv PATH... [--threshold T]... [--background DF.txt] [--dump | --dump-all]\n");
  return 2;
}
