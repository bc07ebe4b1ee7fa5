// Shared body of the reader fuzzers: feed the bytes to sada as a file of the
// given name and check the books balance (records = articles + errors + skipped)
// and that every article's text is valid UTF-8.
#ifndef SADA_FUZZ_INGEST_COMMON_H_
#define SADA_FUZZ_INGEST_COMMON_H_

#include <cstdint>
#include <cstdlib>
#include <string>

#include "sada/ingest.h"
#include "sada/text.h"

namespace sada::fuzz {

struct CountingSink : IngestSink {
  int64_t articles = 0;
  void OnArticle(Article&& a) override {
    ++articles;
    std::string copy = a.text;
    if (RepairUtf8(&copy) != 0) std::abort();  // texts must be repaired
  }
  void OnDiagnostic(Diagnostic&&) override {}
};

inline int FuzzIngest(const char* name, const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  IngestOptions o;
  o.max_record_bytes = 1 << 24;  // keep decompression bombs small under the fuzzer
  CountingSink sink;
  IngestStats stats;
  IngestBuffer(name, bytes, o, &sink, &stats);
  if (stats.records != stats.articles + stats.errors + stats.skipped) std::abort();
  if (stats.articles != sink.articles) std::abort();
  return 0;
}

}  // namespace sada::fuzz

#endif  // SADA_FUZZ_INGEST_COMMON_H_
