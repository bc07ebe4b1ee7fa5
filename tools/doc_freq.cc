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
#include <vector>

#include "sada/ingest.h"
#include "sada/story.h"

namespace {

constexpr uint32_t kMinDf = 3;

struct Counter : sada::IngestSink {
  sada::DocumentFrequencies df;
  void OnArticle(sada::Article&& a) override { df.Add(a); }
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
  const std::string out = c.df.Write(kMinDf);
  std::FILE* f = std::fopen(argv[1], "wb");
  if (!f) {
    std::fprintf(stderr, "doc_freq: cannot write %s\n", argv[1]);
    return 1;
  }
  const bool written = std::fwrite(out.data(), 1, out.size(), f) == out.size();
  if (std::fclose(f) != 0 || !written) return 1;
  std::fprintf(stderr, "doc_freq: %llu articles, %zu stems (of %zu) in %u or more\n",
               static_cast<unsigned long long>(c.df.documents()), static_cast<size_t>(std::count(out.begin(), out.end(), '\n') - 1),
               c.df.stems(), kMinDf);
  return 0;
}
