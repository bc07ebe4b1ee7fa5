// Byte decoding: finds the encoding of an input (byte-order mark, declaration,
// validation, ICU's statistical detector) and converts it to UTF-8 with ICU.
// Supported in practice: UTF-8 (with or without BOM), UTF-16LE/BE (BOM or
// NUL pattern), Windows-1256, ISO-8859-6, and anything ICU converts by name.
#ifndef SADA_INGEST_ENCODING_H_
#define SADA_INGEST_ENCODING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace sada::internal {

struct DecodedText {
  std::string text;         // UTF-8, invalid input replaced by U+FFFD
  std::string encoding;     // canonical name of what was decoded ("utf-8", "windows-1256"...)
  int64_t invalid = 0;      // bytes or sequences replaced
  bool binary = false;      // looks like binary data (NUL bytes, not UTF-16)
};

// `declared` is a charset named by the container (HTTP header, <meta>, XML
// declaration, or empty). A declaration is trusted unless the bytes are valid
// UTF-8 with non-ASCII content, which no single-byte text is by accident.
DecodedText DecodeBytes(std::string_view bytes, std::string_view declared);

// The charset an HTML or XML document declares in its first 4 KiB
// (<meta charset>, <meta http-equiv content="...charset=">, <?xml encoding?>),
// lower-cased, or empty.
std::string SniffDeclaredCharset(std::string_view bytes);

// The charset parameter of a Content-Type header value, lower-cased, or empty.
std::string CharsetFromContentType(std::string_view content_type);

// Decodes HTML character references left in a plain-text field (a JSON
// record's or a feed's title escaped once too often: "&quot;", "&#8220;",
// "&#x627;"): numeric ones and the common named ones. A reference that is
// not one of those, or names no valid code point, stays as written. Returns
// how many were decoded.
int DecodeCharacterReferences(std::string* s);

}  // namespace sada::internal

#endif  // SADA_INGEST_ENCODING_H_
