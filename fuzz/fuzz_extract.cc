// libFuzzer target: fact extraction on arbitrary text (valid UTF-8 after
// repair, as every article is). Checks the contract: no crash, every span
// inside the text, and every fact's text the original at its span.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "sada/facts.h"
#include "sada/ner.h"
#include "sada/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sada::Article a;
  a.id = "fuzz";
  a.text.assign(reinterpret_cast<const char*>(data), size);
  sada::RepairUtf8(&a.text);
  // Half the inputs have a publication date, so relative dates resolve.
  if (size % 2 == 0) {
    a.published = "2017-11-19";
    a.published_precision = sada::Precision::kDay;
    a.published_from = "field:date";
  }
  uint32_t n = sada::CountCodePoints(a.text);
  std::vector<sada::Fact> facts;
  sada::ExtractFacts(a, sada::NerModel::Builtin(), sada::ExtractOptions{}, &facts);
  for (const auto& f : facts) {
    if (f.span.end > n || f.span.begin > f.span.end) std::abort();
    if (std::string(sada::SliceCodePoints(a.text, f.span)) != f.text) std::abort();
    if (f.kind == sada::FactKind::kQuote && (f.said.end > n || f.said.begin > f.said.end)) std::abort();
  }
  std::vector<std::vector<sada::Fact>*> all{&facts};
  sada::LinkEntities(all);
  return 0;
}
