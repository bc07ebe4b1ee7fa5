// libFuzzer target: the json reader (input named "input.jsonl"; the format is also
// sniffed from the bytes, so other readers are reached too). Also the
// reader of sada's own article lines (analyze --update): every article read
// is written, read back and written again to the same bytes, and any line
// that reads as an article does the same.
#include <string_view>

#include "fuzz_ingest_common.h"

namespace {

// Written, read back, written again: the same bytes.
void RoundTrip(const sada::Article& a) {
  std::string once, twice, why;
  sada::AppendArticleJson(a, &once);
  sada::Article back;
  if (!sada::ParseArticleJson(once, &back, &why)) std::abort();
  sada::AppendArticleJson(back, &twice);
  if (twice != once) std::abort();
}

struct RoundTripSink : sada::IngestSink {
  void OnArticle(sada::Article&& a) override { RoundTrip(a); }
  void OnDiagnostic(sada::Diagnostic&&) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sada::fuzz::FuzzIngest("input.jsonl", data, size);
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  RoundTripSink sink;
  sada::IngestStats stats;
  sada::IngestOptions o;
  o.max_record_bytes = 1 << 24;
  sada::IngestBuffer("input.jsonl", bytes, o, &sink, &stats);
  for (size_t at = 0; at < bytes.size();) {
    size_t end = bytes.find('\n', at);
    if (end == std::string::npos) end = bytes.size();
    sada::Article a;
    std::string why;
    if (sada::ParseArticleJson(std::string_view(bytes).substr(at, end - at), &a, &why)) {
      std::string text = a.text;
      if (sada::RepairUtf8(&text) == 0) RoundTrip(a);  // (Ingest repairs texts; a line may hold anything)
    }
    at = end + 1;
  }
  return 0;
}
