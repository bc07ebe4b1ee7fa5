// Google Benchmark programs for the text core, on real article text.
//
//   build/text_bench --corpus=../shared/corpus/saudinewsnet [benchmark flags]
//
// The corpus (any path sada can ingest) is read once; each benchmark then runs
// one stage over all of its article texts on one thread and reports MB/s of
// UTF-8 input ("bytes_per_second") and articles/s ("items_per_second").
// Without --corpus the bundled seed articles are used (too small to time well).
#include <benchmark/benchmark.h>

#include <cstring>
#include <string>
#include <vector>

#include "sada/dedup.h"
#include "sada/ingest.h"
#include "sada/facts.h"
#include "sada/ner.h"
#include "sada/text.h"

namespace {

std::vector<std::string>* g_texts = nullptr;
int64_t g_bytes = 0;

struct TextSink : sada::IngestSink {
  void OnArticle(sada::Article&& a) override { g_texts->push_back(std::move(a.text)); }
  void OnDiagnostic(sada::Diagnostic&&) override {}
};

void Load(const std::string& path) {
  g_texts = new std::vector<std::string>();
  TextSink sink;
  sada::IngestStats stats;
  sada::Status st = sada::Ingest({path}, {}, &sink, &stats);
  if (!st.ok()) {
    std::fprintf(stderr, "text_bench: %s\n", st.message().c_str());
    std::exit(2);
  }
  for (const auto& t : *g_texts) g_bytes += static_cast<int64_t>(t.size());
  std::fprintf(stderr, "text_bench: %zu articles, %.1f MB of text from %s\n", g_texts->size(),
               g_bytes / 1e6, path.c_str());
}

void Finish(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * g_bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(g_texts->size()));
}

void BM_NormalizeKey(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& t : *g_texts) benchmark::DoNotOptimize(sada::Normalize(t, sada::Form::kMatchKey));
  Finish(state);
}
BENCHMARK(BM_NormalizeKey)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  sada::TokenizedText tt;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      sada::Tokenize(t, &tt);
      benchmark::DoNotOptimize(tt.tokens.data());
    }
  Finish(state);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Sentences(benchmark::State& state) {
  std::vector<sada::Span> s;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      sada::SplitSentences(t, &s);
      benchmark::DoNotOptimize(s.data());
    }
  Finish(state);
}
BENCHMARK(BM_Sentences)->Unit(benchmark::kMillisecond);

void BM_TokenizeAndStem(benchmark::State& state) {
  sada::TokenizedText tt;
  std::string stems;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      sada::Tokenize(t, &tt);
      stems.clear();
      for (const auto& tok : tt.tokens) sada::AppendStem(tt.Key(tok), "ar", &stems);
      benchmark::DoNotOptimize(stems.data());
    }
  Finish(state);
}
BENCHMARK(BM_TokenizeAndStem)->Unit(benchmark::kMillisecond);

// The whole text core as later stages use it (sada::Analyze): normalisation
// to match keys, tokens, sentences, and a stem for every token, in one pass.
void BM_TextCore(benchmark::State& state) {
  sada::AnalyzedText at;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      sada::Analyze(t, "ar", &at);
      benchmark::DoNotOptimize(at.stems.data());
    }
  Finish(state);
}
BENCHMARK(BM_TextCore)->Unit(benchmark::kMillisecond);

// The same as four separate passes, for comparison.
void BM_TextCoreSeparatePasses(benchmark::State& state) {
  sada::TokenizedText tt;
  std::vector<sada::Span> s;
  std::string stems;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      benchmark::DoNotOptimize(sada::Normalize(t, sada::Form::kMatchKey));
      sada::Tokenize(t, &tt);
      sada::SplitSentences(t, &s);
      stems.clear();
      for (const auto& tok : tt.tokens) sada::AppendStem(tt.Key(tok), "ar", &stems);
      benchmark::DoNotOptimize(stems.data());
    }
  Finish(state);
}
BENCHMARK(BM_TextCoreSeparatePasses)->Unit(benchmark::kMillisecond);

// Duplicate detection's per-article work: match-key token hashes (no keys
// written), then 5-word shingles, then a 128-bin one-permutation MinHash.
// sada extract's per-article work with everything on: the text core, the
// entity tagger and its rules, dates, quantities and quotes (not the linking
// of entities across the run, which runs once at the end).
void BM_ExtractFacts(benchmark::State& state) {
  const sada::NerModel& model = sada::NerModel::Builtin();
  std::vector<sada::Fact> facts;
  sada::Article a;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      a.text = t;
      sada::ExtractFacts(a, model, sada::ExtractOptions{}, &facts);
      benchmark::DoNotOptimize(facts.data());
    }
  Finish(state);
}
BENCHMARK(BM_ExtractFacts)->Unit(benchmark::kMillisecond);

void BM_HashTokens(benchmark::State& state) {
  std::vector<uint64_t> words;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      sada::HashTokens(t, &words, nullptr);
      benchmark::DoNotOptimize(words.data());
    }
  Finish(state);
}
BENCHMARK(BM_HashTokens)->Unit(benchmark::kMillisecond);

void BM_Signature(benchmark::State& state) {
  std::vector<uint64_t> words;
  std::vector<uint32_t> shingles, sig;
  for (auto _ : state)
    for (const auto& t : *g_texts) {
      sada::HashTokens(t, &words, nullptr);
      sada::ShingleHashes(words, 5, &shingles);
      sada::MinHash(shingles, 128, &sig);
      benchmark::DoNotOptimize(sig.data());
    }
  Finish(state);
}
BENCHMARK(BM_Signature)->Unit(benchmark::kMillisecond);

// MinHash alone, from the shingle hashes of every text (bytes: of the texts).
void BM_MinHashOnly(benchmark::State& state) {
  std::vector<std::vector<uint32_t>> all;
  std::vector<uint64_t> words;
  for (const auto& t : *g_texts) {
    sada::HashTokens(t, &words, nullptr);
    all.emplace_back();
    sada::ShingleHashes(words, 5, &all.back());
  }
  std::vector<uint32_t> sig;
  for (auto _ : state)
    for (const auto& sh : all) {
      sada::MinHash(sh, 128, &sig);
      benchmark::DoNotOptimize(sig.data());
    }
  Finish(state);
}
BENCHMARK(BM_MinHashOnly)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = std::string(SADA_SOURCE_DIR) + "/examples/bukamal";
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      corpus = argv[i] + 9;
    } else {
      rest.push_back(argv[i]);
    }
  }
  Load(corpus);
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
