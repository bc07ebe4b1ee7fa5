// libFuzzer target: the whole analysis (facts, duplicates, passages,
// stories, their comparison, summary and timeline) on up to eight articles
// cut from arbitrary bytes at newlines, of three outlets, half of them
// dated. Checks the contract: no crash; every story's articles exist; every
// citation of a summary, a timeline or a claim names an article of its
// story and a span inside that article's text; the same output with two
// threads.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "sada/analyze.h"
#include "sada/ner.h"
#include "sada/text.h"

namespace {

void Analyze(const std::vector<sada::Article>& articles, int threads, sada::Analysis* an) {
  an->articles = articles;
  sada::AnalyzeOptions o;
  o.threads = threads;
  o.reuse.min_words = 4;  // small passages, so that short inputs reach the copies
  sada::RunAnalysis(sada::NerModel::Builtin(), o, an);
}

bool Inside(sada::Span s, uint32_t n) { return s.begin <= s.end && s.end <= n; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string s(reinterpret_cast<const char*>(data), size);
  std::vector<sada::Article> articles;
  for (size_t at = 0; at < s.size() && articles.size() < 8;) {
    size_t nl = s.find('\n', at);
    if (nl == std::string::npos) nl = s.size();
    sada::Article a;
    a.text = s.substr(at, nl - at);
    at = nl + 1;
    sada::RepairUtf8(&a.text);
    if (a.text.find_first_not_of(" \t\r") == std::string::npos) continue;  // ingest never gives these
    const size_t k = articles.size();
    a.id = "a" + std::to_string(k);
    a.source = "outlet" + std::to_string(k % 3);
    a.language = sada::DetectLanguage(a.text);
    if (k % 2 == 0) {
      a.published = "2017-11-" + std::to_string(10 + k) + "T10:00";
      a.published_precision = sada::Precision::kMinute;
      a.published_from = "field:date";
    }
    articles.push_back(std::move(a));
  }
  sada::Analysis one, two;
  Analyze(articles, 1, &one);
  std::vector<uint32_t> lengths;
  for (const sada::Article& a : one.articles) lengths.push_back(sada::CountCodePoints(a.text));
  for (const sada::AnalyzedStory& st : one.stories) {
    const std::vector<uint32_t>& members = st.story.articles;
    for (uint32_t m : members)
      if (m >= articles.size()) std::abort();
    auto check = [&](uint32_t doc, sada::Span span) {
      if (doc >= members.size() || !Inside(span, lengths[members[doc]])) std::abort();
    };
    for (const sada::SummarySentence& x : st.analysis.summary) {
      check(x.cite.doc, x.cite.span);
      for (const sada::Cite& c : x.also) check(c.doc, c.span);
    }
    for (const sada::TimelineEvent& e : st.analysis.timeline) {
      check(e.sentence.doc, e.sentence.span);
      for (const sada::Cite& c : e.sources) check(c.doc, c.span);
    }
    for (const sada::Claim& c : st.analysis.claims)
      for (const sada::Statement& x : c.statements) {
        check(x.doc, x.span);
        check(x.doc, x.sentence);
      }
    for (const sada::CopyLink& l : st.copies)
      if (l.a >= members.size() || l.b >= members.size()) std::abort();
  }
  Analyze(articles, 2, &two);
  if (two.stories.size() != one.stories.size()) std::abort();
  for (size_t i = 0; i < one.stories.size(); ++i) {
    const sada::AnalyzedStory &x = one.stories[i], &y = two.stories[i];
    if (x.story.articles != y.story.articles || x.analysis.summary.size() != y.analysis.summary.size() ||
        x.analysis.claims.size() != y.analysis.claims.size() || x.analysis.timeline.size() != y.analysis.timeline.size())
      std::abort();
    for (size_t k = 0; k < x.analysis.summary.size(); ++k)
      if (x.analysis.summary[k].text != y.analysis.summary[k].text) std::abort();
  }
  return 0;
}
