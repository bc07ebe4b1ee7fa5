// libFuzzer target: the text core on arbitrary bytes. Checks the contract:
// no crash, spans inside the text and ordered, the original text at every
// token's span normalises to the token's key, and Analyze's stems are those
// of Stem() on each key.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "sada/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  uint32_t n = sada::CountCodePoints(s);
  sada::Normalize(s, sada::Form::kDisplay);
  sada::AnalyzedText at;
  sada::Analyze(s, "en", &at);
  uint32_t last = 0;
  for (size_t i = 0; i < at.tokens.tokens.size(); ++i) {
    const sada::Token& t = at.tokens.tokens[i];
    if (t.span.end > n || t.span.begin >= t.span.end || t.span.begin < last) std::abort();
    last = t.span.begin;
    std::string_view orig = sada::SliceCodePoints(s, t.span);
    if (sada::Normalize(orig, sada::Form::kMatchKey) != at.tokens.Key(t)) std::abort();
    // The fused pass's stems are the stems of the keys, one by one.
    if (at.Stem(i) != sada::Stem(at.tokens.Key(t), "en")) std::abort();
  }
  for (const sada::Span& sp : at.sentences)
    if (sp.end > n || sp.begin > sp.end) std::abort();
  std::string copy = s;
  sada::RepairUtf8(&copy);
  if (sada::CountCodePoints(copy) != n) std::abort();
  return 0;
}
