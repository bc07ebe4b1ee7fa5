// Minimal, fast JSON output helpers: string escaping (RFC 8259) and a few
// appenders used by every JSON Lines writer in sada. Output is byte-for-byte
// deterministic: no locale, fixed number formatting.
#ifndef SADA_INGEST_JSON_WRITER_H_
#define SADA_INGEST_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace sada::internal {

// Appends `s` as a quoted JSON string. Control characters, '"' and '\\' are
// escaped; U+2028/U+2029 are escaped so the line is also valid JavaScript.
// `s` must be valid UTF-8 (sada repairs text on ingest).
void AppendJsonString(std::string_view s, std::string* out);

// Appends "key": (with a leading comma unless first).
void AppendKey(std::string_view key, bool first, std::string* out);

// Appends "key":"value", or "key":null when value is empty and null_if_empty.
void AppendStringField(std::string_view key, std::string_view value, bool null_if_empty,
                       std::string* out, bool first = false);
void AppendIntField(std::string_view key, int64_t value, std::string* out);
// Appends "key":value with `digits` decimals (fixed, locale-independent).
void AppendDoubleField(std::string_view key, double value, int digits, std::string* out);

}  // namespace sada::internal

#endif  // SADA_INGEST_JSON_WRITER_H_
