// story_eval — the hand-labelled development set of story pairs:
//
//   story_eval pairs N OUT.tsv PATH...      sample N article pairs to label
//   story_eval eval LABELS.tsv PATH... [--threshold T ...] [--window-hours H]
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
    in.push_back({a.id, an.outlets[i], a.published, a.title, a.language, a.text, &an.facts[i]});
  }
  c->Add(in);
  return c;
}

int Pairs(int n, const std::string& out, const std::vector<std::string>& paths) {
  sada::Analysis an;
  Load(paths, &an);
  sada::StoryOptions o;
  o.threads = 0;
  auto c = Cluster(an, o);
  std::mt19937_64 rng(20151);
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

int Eval(const std::string& labels, std::vector<std::string> args) {
  std::vector<double> thresholds;
  double window = sada::StoryOptions{}.window_hours;
  std::vector<std::string> paths;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--threshold" && i + 1 < args.size()) {
      thresholds.push_back(std::atof(args[++i].c_str()));
    } else if (args[i] == "--window-hours" && i + 1 < args.size()) {
      window = std::atof(args[++i].c_str());
    } else {
      paths.push_back(args[i]);
    }
  }
  if (thresholds.empty()) thresholds.push_back(sada::StoryOptions{}.threshold);
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
  std::printf("%zu labelled pairs (%d same story, %zu not), %zu articles, window %.0f h\n", pairs.size(), positives,
              pairs.size() - positives, an.articles.size(), window);
  std::printf("threshold  precision  recall  F1     TP  FP  FN  stories(>1)\n");
  for (double t : thresholds) {
    sada::StoryOptions o;
    o.threshold = t;
    o.window_hours = window;
    o.threads = 0;
    auto c = Cluster(an, o);
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
      if (same && l) ++tp;
      if (same && !l) ++fp;
      if (!same && l) ++fn;
    }
    double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1, r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1;
    std::printf("%9.2f  %9.3f  %6.3f  %.3f  %3d %3d %3d  %lld%s\n", t, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0, tp,
                fp, fn, static_cast<long long>(st.multi_article),
                missing ? (" (" + std::to_string(missing) + " pairs not found)").c_str() : "");
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
  std::fprintf(stderr, "usage: story_eval pairs N OUT.tsv PATH... | story_eval eval LABELS.tsv PATH... [--threshold T]...\n");
  return 2;
}
