// libFuzzer target: the warc reader (input named "crawl.warc"; the format is also
// sniffed from the bytes, so other readers are reached too).
#include "fuzz_ingest_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return sada::fuzz::FuzzIngest("crawl.warc", data, size);
}
