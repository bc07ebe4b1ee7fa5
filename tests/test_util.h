// Helpers shared by the ingest tests: a sink that keeps everything.
#ifndef SADA_TESTS_TEST_UTIL_H_
#define SADA_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

#include "sada/ingest.h"

namespace sada::testing {

struct CollectSink : IngestSink {
  std::vector<Article> articles;
  std::vector<Diagnostic> diagnostics;
  void OnArticle(Article&& a) override { articles.push_back(std::move(a)); }
  void OnDiagnostic(Diagnostic&& d) override { diagnostics.push_back(std::move(d)); }

  const Article* ByFile(const std::string& suffix, const std::string& member = "",
                        int64_t record = -1) const {
    for (const auto& a : articles) {
      const auto& f = a.origin.file;
      if (f.size() >= suffix.size() && f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0 &&
          a.origin.member == member && (record < 0 || a.origin.record == record))
        return &a;
    }
    return nullptr;
  }
};

inline std::string DataPath(const std::string& rel) {
  return std::string(SADA_SOURCE_DIR) + "/" + rel;
}

}  // namespace sada::testing

#endif  // SADA_TESTS_TEST_UTIL_H_
