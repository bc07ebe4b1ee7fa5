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

// Reads the input whole and in pieces of a few bytes (JSON Lines, JSON
// arrays and WARC are read in pieces): the books balance, both give the same articles, and
// where nothing is damaged the same records. (After a damaged archive
// member, what is left of the archive is not read, so damage further on in
// its compressed stream is found only when the head read took it all in.)
inline int FuzzIngest(const char* name, const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  IngestStats first;
  for (int64_t piece : {int64_t{16} << 20, int64_t{61}}) {
    IngestOptions o;
    o.max_record_bytes = 1 << 24;  // keep decompression bombs small under the fuzzer
    o.piece_bytes = piece;
    CountingSink sink;
    IngestStats stats;
    IngestBuffer(name, bytes, o, &sink, &stats);
    if (stats.records != stats.articles + stats.errors + stats.skipped) std::abort();
    if (stats.articles != sink.articles) std::abort();
    if (piece == 61 && stats.articles != first.articles) std::abort();
    if (piece == 61 && first.errors == 0 &&
        (stats.records != first.records || stats.errors != first.errors || stats.skipped != first.skipped ||
         stats.bytes != first.bytes))
      std::abort();
    first = stats;
  }
  return 0;
}

}  // namespace sada::fuzz

#endif  // SADA_FUZZ_INGEST_COMMON_H_
