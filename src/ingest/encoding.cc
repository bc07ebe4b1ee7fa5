// Encoding detection and conversion (see encoding.h).
#include "util/strings.h"
#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "sada/text.h"
#include "text/utf8.h"

namespace sada::internal {
namespace {

bool IsUtf8Name(const std::string& n) { return n == "utf-8" || n == "utf8"; }

// Counts invalid bytes and valid multi-byte sequences.
void ScanUtf8(std::string_view s, int64_t* invalid, int64_t* multibyte) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  *invalid = 0;
  *multibyte = 0;
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    Decoded d = DecodeUtf8(p, end);
    if (!d.valid) ++*invalid;
    else ++*multibyte;
    p += d.len;
  }
}

bool ConvertWithIcu(std::string_view bytes, const char* charset, DecodedText* out) {
  UErrorCode st = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &st);
  if (U_FAILURE(st) || cnv == nullptr) return false;
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(cnv, ucnv_close);
  icu::UnicodeString u;
  int32_t cap = static_cast<int32_t>(std::min<size_t>(bytes.size() * 2 + 16, INT32_MAX / 2));
  UChar* buf = u.getBuffer(cap);
  int32_t n = ucnv_toUChars(cnv, buf, cap, bytes.data(), static_cast<int32_t>(bytes.size()), &st);
  u.releaseBuffer(U_SUCCESS(st) ? n : 0);
  if (U_FAILURE(st)) return false;
  out->text.clear();
  u.toUTF8String(out->text);
  const char* name = ucnv_getName(cnv, &st);
  UErrorCode st2 = U_ZERO_ERROR;
  const char* iana = name ? ucnv_getStandardName(name, "MIME", &st2) : nullptr;
  if (iana == nullptr || U_FAILURE(st2)) {
    st2 = U_ZERO_ERROR;
    iana = name ? ucnv_getStandardName(name, "IANA", &st2) : nullptr;
  }
  out->encoding = AsciiLower(iana && U_SUCCESS(st2) ? iana : (name ? name : charset));
  // ICU substitutes U+FFFD (or U+001A) for unmappable bytes.
  out->invalid = 0;
  for (int32_t i = 0; i < u.length(); ++i)
    if (u[i] == 0xFFFD || u[i] == 0x1A) ++out->invalid;
  return true;
}

void AsUtf8(std::string_view bytes, DecodedText* out) {
  out->text.assign(bytes.data(), bytes.size());
  out->invalid = RepairUtf8(&out->text);
  out->encoding = "utf-8";
}

// UTF-16 without a BOM: many NUL bytes at only odd or only even positions.
const char* GuessUtf16(std::string_view b) {
  size_t n = std::min<size_t>(b.size(), 4096) & ~size_t{1};
  if (n < 8) return nullptr;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += b[i] == 0;
    odd += b[i + 1] == 0;
  }
  if (odd > n / 8 && even == 0) return "UTF-16LE";
  if (even > n / 8 && odd == 0) return "UTF-16BE";
  return nullptr;
}

}  // namespace

std::string CharsetFromContentType(std::string_view ct) {
  std::string l = AsciiLower(ct);
  size_t p = l.find("charset=");
  if (p == std::string::npos) return "";
  p += 8;
  while (p < l.size() && (l[p] == '"' || l[p] == '\'' || l[p] == ' ')) ++p;
  size_t e = p;
  while (e < l.size() && (std::isalnum(static_cast<unsigned char>(l[e])) || l[e] == '-' ||
                          l[e] == '_' || l[e] == ':' || l[e] == '.'))
    ++e;
  return l.substr(p, e - p);
}

std::string SniffDeclaredCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t p = head.find("<?xml");
  if (p != std::string::npos) {
    size_t e = head.find("?>", p);
    size_t q = head.find("encoding", p);
    if (q != std::string::npos && (e == std::string::npos || q < e)) {
      q = head.find_first_of("\"'", q);
      if (q != std::string::npos) {
        size_t r = head.find(head[q], q + 1);
        if (r != std::string::npos) return head.substr(q + 1, r - q - 1);
      }
    }
  }
  for (p = head.find("<meta"); p != std::string::npos; p = head.find("<meta", p + 5)) {
    size_t e = head.find('>', p);
    std::string_view tag(head.data() + p, (e == std::string::npos ? head.size() : e) - p);
    size_t c = tag.find("charset=");
    if (c == std::string_view::npos) continue;
    std::string cs = CharsetFromContentType(tag.substr(c));
    if (!cs.empty()) return cs;
  }
  return "";
}

DecodedText DecodeBytes(std::string_view bytes, std::string_view declared_in) {
  DecodedText out;
  // Byte-order marks decide.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    AsUtf8(bytes.substr(3), &out);
    out.encoding = "utf-8-bom";
    return out;
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    bool le = bytes[0] == '\xFF';
    if (ConvertWithIcu(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE", &out)) return out;
  }
  if (const char* u16 = GuessUtf16(bytes)) {
    if (ConvertWithIcu(bytes, u16, &out)) return out;
  }
  if (std::memchr(bytes.data(), 0, std::min<size_t>(bytes.size(), 8192)) != nullptr) {
    out.binary = true;
  }
  int64_t invalid, multibyte;
  ScanUtf8(bytes, &invalid, &multibyte);
  std::string declared = AsciiLower(declared_in);
  if (invalid == 0 || IsUtf8Name(declared)) {
    AsUtf8(bytes, &out);
    return out;
  }
  if (!declared.empty() && ConvertWithIcu(bytes, declared.c_str(), &out)) return out;
  // Mostly valid UTF-8 with a few broken bytes: repair rather than re-guess.
  // (Single-byte Arabic text almost never forms valid multi-byte sequences.)
  if (multibyte >= 4 * invalid) {
    AsUtf8(bytes, &out);
    return out;
  }
  // ICU's detector (ngram models include windows-1256 and ISO-8859-6).
  UErrorCode st = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&st);
  std::string guess;
  if (U_SUCCESS(st)) {
    ucsdet_setText(det, bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &st);
    const UCharsetMatch* m = ucsdet_detect(det, &st);
    if (U_SUCCESS(st) && m != nullptr) {
      const char* name = ucsdet_getName(m, &st);
      if (U_SUCCESS(st) && name) guess = name;
    }
    ucsdet_close(det);
  }
  if (guess.empty() || AsciiLower(guess) == "utf-8") guess = "windows-1256";
  if (ConvertWithIcu(bytes, guess.c_str(), &out)) return out;
  AsUtf8(bytes, &out);
  return out;
}

int DecodeCharacterReferences(std::string* s) {
  if (s->find('&') == std::string::npos) return 0;
  static constexpr std::pair<std::string_view, char32_t> kNamed[] = {
      {"quot", 0x22},    {"amp", 0x26},     {"apos", 0x27},   {"lt", 0x3C},     {"gt", 0x3E},
      {"nbsp", 0xA0},    {"laquo", 0xAB},   {"raquo", 0xBB},  {"shy", 0xAD},    {"ndash", 0x2013},
      {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
      {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"hellip", 0x2026}, {"zwnj", 0x200C}, {"zwj", 0x200D},
      {"lrm", 0x200E},   {"rlm", 0x200F},   {"bull", 0x2022}, {"middot", 0xB7},  {"times", 0xD7}};
  std::string out;
  out.reserve(s->size());
  int decoded = 0;
  size_t i = 0;
  while (i < s->size()) {
    char c = (*s)[i];
    size_t semi = c == '&' ? s->find(';', i + 1) : std::string::npos;
    if (semi == std::string::npos || semi - i > 10 || semi == i + 1) {
      out += c;
      ++i;
      continue;
    }
    std::string_view ref(s->data() + i + 1, semi - i - 1);
    char32_t cp = 0;
    if (ref[0] == '#') {
      bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      std::string_view digits = ref.substr(hex ? 2 : 1);
      bool ok = !digits.empty();
      uint32_t v = 0;
      for (char d : digits) {
        int x = d >= '0' && d <= '9' ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10 : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
        if (x < 0 || v > 0x10FFFF) {
          ok = false;
          break;
        }
        v = v * (hex ? 16 : 10) + static_cast<uint32_t>(x);
      }
      // Not NUL, not a surrogate, not beyond Unicode.
      if (ok && v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) cp = v;
    } else {
      for (const auto& [name, v] : kNamed)
        if (ref == name) cp = v;
    }
    if (cp == 0) {
      out += c;
      ++i;
      continue;
    }
    AppendUtf8(cp, &out);
    ++decoded;
    i = semi + 1;
  }
  if (decoded) s->swap(out);
  return decoded;
}

}  // namespace sada::internal
