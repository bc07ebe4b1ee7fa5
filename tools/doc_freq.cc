// doc_freq — document frequencies of stems in a reference corpus, the
// background idf of story clustering (models/df-ar.txt):
//
//   doc_freq OUT.txt PATH...   (e.g. ../shared/corpus/saudinewsnet/*.zip)
//
// Counts, for every stem (Analyze() of title and text, words of two or more
// code points), the articles it occurs in; writes "#documents<TAB>N" and then
// "stem<TAB>df" for stems in at least 3 articles, in byte order of the stem.
// The output depends only on the input.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sada/ingest.h"
#include "sada/text.h"

namespace {

constexpr uint32_t kMinDf = 3;

struct Counter : sada::IngestSink {
  std::unordered_map<std::string, uint32_t> df;
  uint64_t documents = 0;
  sada::AnalyzedText at;
  void OnArticle(sada::Article&& a) override {
    std::unordered_set<std::string> seen;
    for (const std::string* text : {&a.title, &a.text}) {
      sada::Analyze(*text, "ar", &at);
      for (size_t i = 0; i < at.tokens.tokens.size(); ++i) {
        if (at.tokens.tokens[i].kind != sada::TokenKind::kWord) continue;
        std::string_view stem = at.Stem(i);
        if (sada::CountCodePoints(stem) < 2) continue;
        seen.emplace(stem);
      }
    }
    for (const auto& s : seen) ++df[s];
    ++documents;
  }
  void OnDiagnostic(sada::Diagnostic&&) override {}
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: doc_freq OUT.txt PATH...\n");
    return 2;
  }
  std::vector<std::string> paths(argv + 2, argv + argc);
  Counter c;
  sada::IngestStats st;
  sada::Status s = sada::Ingest(paths, {}, &c, &st);
  if (!s.ok()) {
    std::fprintf(stderr, "doc_freq: %s\n", s.message().c_str());
    return 1;
  }
  std::vector<std::pair<std::string, uint32_t>> rows;
  for (const auto& [stem, n] : c.df)
    if (n >= kMinDf) rows.push_back({stem, n});
  std::sort(rows.begin(), rows.end());
  std::FILE* f = std::fopen(argv[1], "wb");
  if (!f) {
    std::fprintf(stderr, "doc_freq: cannot write %s\n", argv[1]);
    return 1;
  }
  std::fprintf(f, "#documents\t%llu\n", static_cast<unsigned long long>(c.documents));
  for (const auto& [stem, n] : rows) std::fprintf(f, "%s\t%u\n", stem.c_str(), n);
  if (std::fclose(f) != 0) return 1;
  std::fprintf(stderr, "doc_freq: %llu articles, %zu stems (of %zu) in %u or more\n",
               static_cast<unsigned long long>(c.documents), rows.size(), c.df.size(), kMinDf);
  return 0;
}
