// UTF-8 repair, code-point offsets, and the two normal forms (display form and
// match key) built on the normalising stream (stream.h).
#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "sada/text.h"
#include "text/stream.h"
#include "text/utf8.h"

namespace sada {

int64_t RepairUtf8(std::string* text) {
  if (simdjson::validate_utf8(text->data(), text->size())) return 0;  // SIMD fast path
  const auto* p = reinterpret_cast<const unsigned char*>(text->data());
  const auto* end = p + text->size();
  // Fast scan: most inputs are valid.
  const auto* q = p;
  while (q < end) {
    if (*q < 0x80) {
      ++q;
      continue;
    }
    Decoded d = DecodeUtf8(q, end);
    if (!d.valid) break;
    q += d.len;
  }
  if (q == end) return 0;
  std::string out(reinterpret_cast<const char*>(p), q - p);
  out.reserve(text->size() + 16);
  int64_t bad = 0;
  while (q < end) {
    Decoded d = DecodeUtf8(q, end);
    if (!d.valid) {
      ++bad;
      AppendUtf8(kReplacementChar, &out);
    } else {
      out.append(reinterpret_cast<const char*>(q), d.len);
    }
    q += d.len;
  }
  text->swap(out);
  return bad;
}

uint32_t CountCodePoints(std::string_view utf8) {
  if (simdjson::validate_utf8(utf8.data(), utf8.size())) {
    // Valid UTF-8: every byte that is not a continuation byte (10xxxxxx)
    // starts a code point. Eight bytes at a time: a continuation byte has
    // its top bit set and the next one clear.
    const char* p = utf8.data();
    size_t left = utf8.size();
    uint32_t n = 0;
    for (; left >= 8; p += 8, left -= 8) {
      uint64_t x;
      std::memcpy(&x, p, 8);
      n += 8 - static_cast<uint32_t>(std::popcount(x & ~(x << 1) & 0x8080808080808080ULL));
    }
    for (; left > 0; ++p, --left) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return n;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = p + utf8.size();
  uint32_t n = 0;
  while (p < end) {
    if (*p < 0x80) {
      ++p;
    } else {
      p += DecodeUtf8(p, end).len;
    }
    ++n;
  }
  return n;
}

size_t ByteOffsetOfCodePoint(std::string_view utf8, uint32_t cp) {
  const auto* base = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* p = base;
  const auto* end = p + utf8.size();
  for (uint32_t i = 0; i < cp && p < end; ++i) {
    p += *p < 0x80 ? 1 : DecodeUtf8(p, end).len;
  }
  return static_cast<size_t>(p - base);
}

std::string_view SliceCodePoints(std::string_view utf8, Span span) {
  size_t b = ByteOffsetOfCodePoint(utf8, span.begin);
  size_t e = b + ByteOffsetOfCodePoint(utf8.substr(b), span.end - std::min(span.end, span.begin));
  return utf8.substr(b, e - b);
}

std::string_view CodePointSlicer::Slice(Span span) {
  if (span.begin < cp_) {
    byte_ = 0;
    cp_ = 0;
  }
  size_t b = byte_ + ByteOffsetOfCodePoint(text_.substr(byte_), span.begin - cp_);
  byte_ = b;
  cp_ = span.begin;
  size_t e = b + ByteOffsetOfCodePoint(text_.substr(b), span.end - std::min(span.end, span.begin));
  return text_.substr(b, e - b);
}

CodePointIndex::CodePointIndex(std::string_view utf8) : text_(utf8) {
  const auto* base = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* p = base;
  const auto* end = p + utf8.size();
  every64_.reserve(utf8.size() / 64 + 1);
  for (uint32_t i = 0; p < end; ++i) {
    if (i % 64 == 0) every64_.push_back(static_cast<uint32_t>(p - base));
    p += *p < 0x80 ? 1 : DecodeUtf8(p, end).len;
  }
}

size_t CodePointIndex::ByteOf(uint32_t cp) const {
  if (every64_.empty()) return 0;
  size_t k = std::min<size_t>(cp / 64, every64_.size() - 1);
  size_t from = every64_[k];
  return from + ByteOffsetOfCodePoint(text_.substr(from), cp - static_cast<uint32_t>(k * 64));
}

std::string_view CodePointIndex::Slice(Span span) const {
  size_t b = ByteOf(span.begin);
  size_t e = std::max(b, ByteOf(std::max(span.end, span.begin)));
  return text_.substr(b, e - b);
}

std::string Normalize(std::string_view utf8, Form form) {
  std::string out;
  out.reserve(utf8.size());
  internal::StreamNormalized(utf8, form, [&](char32_t cp, internal::CharClass, bool, uint32_t, uint32_t) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else {
      AppendUtf8(cp, &out);
    }
  });
  return out;
}

void NormalizeWithMap(std::string_view utf8, Form form, NormalizedText* out) {
  out->text.clear();
  out->source.clear();
  out->text.reserve(utf8.size());
  internal::StreamNormalized(utf8, form, [&](char32_t cp, internal::CharClass, bool, uint32_t b, uint32_t e) {
    AppendUtf8(cp, &out->text);
    out->source.push_back(Span{b, e});
  });
}

}  // namespace sada
