// libFuzzer target: the text reader (input named "article.txt"; the format is also
// sniffed from the bytes, so other readers are reached too).
#include "fuzz_ingest_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return sada::fuzz::FuzzIngest("article.txt", data, size);
}
