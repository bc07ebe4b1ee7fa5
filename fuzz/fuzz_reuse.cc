// libFuzzer target: passages shared by a few texts cut from arbitrary bytes.
// The input is split at newlines into up to 12 articles of three outlets (so
// that boilerplate, formulas and the per-document seed index are all
// reached with small options). Checks the contract: no crash; every
// passage's spans, and its differences', inside their texts and ordered;
// its first article the one of smaller id; no more words aligned than
// either side has; a boilerplate example inside its text; and the same
// passages whatever the thread count.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "sada/reuse.h"
#include "sada/text.h"

namespace {

std::vector<sada::Passage> Run(const std::vector<sada::ReuseInput>& in, int threads,
                               std::vector<sada::Boilerplate>* boiler) {
  sada::ReuseOptions o;
  o.min_words = 3;
  o.seed_words = 2;
  o.candidate_words = 2;
  o.min_shared = 1;
  o.max_gap = 3;
  o.min_similarity = 0.3;
  o.boilerplate_articles = 2;
  o.max_df = 4;
  o.threads = threads;
  sada::ReuseFinder finder(o);
  finder.Add(in);
  std::vector<sada::Passage> passages;
  sada::ReuseStats stats;
  finder.Run(&passages, boiler, &stats);
  if (stats.passages != static_cast<int64_t>(passages.size())) std::abort();
  return passages;
}

bool Inside(sada::Span s, uint32_t n) { return s.begin <= s.end && s.end <= n; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string s(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> texts;
  for (size_t at = 0; at <= s.size() && texts.size() < 12;) {
    size_t nl = s.find('\n', at);
    if (nl == std::string::npos) nl = s.size();
    texts.push_back(s.substr(at, nl - at));
    at = nl + 1;
  }
  std::vector<sada::ReuseInput> in;
  std::vector<uint32_t> lengths;
  for (size_t i = 0; i < texts.size(); ++i) {
    in.push_back({"d" + std::to_string(i), "outlet" + std::to_string(i % 3), i % 2 ? "2017-11-19" : "", texts[i]});
    lengths.push_back(sada::CountCodePoints(texts[i]));
  }
  std::vector<sada::Boilerplate> boiler, boiler2;
  const std::vector<sada::Passage> one = Run(in, 1, &boiler);
  for (const sada::Passage& p : one) {
    if (p.a == p.b || p.a >= in.size() || p.b >= in.size() || in[p.a].id >= in[p.b].id) std::abort();
    if (!Inside(p.a_span, lengths[p.a]) || !Inside(p.b_span, lengths[p.b])) std::abort();
    if (p.aligned > p.a_words || p.aligned > p.b_words) std::abort();
    for (const sada::PassageGap& g : p.differences)
      if (!Inside(g.a, lengths[p.a]) || !Inside(g.b, lengths[p.b])) std::abort();
  }
  for (const sada::Boilerplate& b : boiler)
    if (b.example >= in.size() || !Inside(b.span, lengths[b.example])) std::abort();
  const std::vector<sada::Passage> two = Run(in, 2, &boiler2);
  if (two.size() != one.size() || boiler2.size() != boiler.size()) std::abort();
  for (size_t i = 0; i < one.size(); ++i)
    if (one[i].a != two[i].a || one[i].b != two[i].b || one[i].a_span.begin != two[i].a_span.begin ||
        one[i].b_span.end != two[i].b_span.end || one[i].aligned != two[i].aligned)
      std::abort();
  return 0;
}
