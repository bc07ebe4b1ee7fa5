// The normalising stream: decodes UTF-8 and emits, for each code point of the
// requested form, the code point and the span of original code points it came
// from. Normalize, Tokenize and SplitSentences are all sinks of this one pass.
//
// Algorithm: a starter (canonical combining class 0, NFC quick check "yes")
// is emitted through the per-code-point table straight away (the fast path,
// which is all of plain Arabic and Latin text). A starter followed by combining
// marks forms a segment that is canonically reordered and composed as in
// UAX #15 (section 1.3, canonical composition by composePair) before mapping;
// each composed code point takes the union span of its parts.
#ifndef SADA_TEXT_STREAM_H_
#define SADA_TEXT_STREAM_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "sada/text.h"
#include "text/tables.h"
#include "text/utf8.h"

namespace sada::internal {

struct SegmentItem {
  char32_t cp;
  uint32_t begin, end;
  uint32_t entry;
  uint8_t ccc;
};

// Calls sink(char32_t cp, CharClass cls, bool upper, uint32_t begin, uint32_t end)
// for every code point of the normalised text (cls is the class of cp, upper
// whether the original was an upper-case letter), then returns the number of
// original code points.
template <typename Sink>
uint32_t StreamNormalized(std::string_view utf8, Form form, Sink&& sink) {
  const Tables& t = Tables::Get();
  const uint32_t* table = t.Entries(form);
  const char32_t* pool = t.pool();
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = p + utf8.size();
  uint32_t idx = 0;

  auto emit_entry = [&](uint32_t e, uint32_t b, uint32_t en) __attribute__((always_inline)) {
    uint32_t n = entry::Len(e);
    bool upper = (e & entry::kUpper) != 0;
    if (n == 1) {
      sink(static_cast<char32_t>(e & entry::kValueMask), entry::Class(e), upper, b, en);
    } else if (n > 1) {
      const char32_t* q = pool + (e & entry::kValueMask);
      for (uint32_t i = 0; i < n; ++i) sink(q[i], t.Class(q[i]), upper, b, en);
    }
  };

  // Pending segment: a starter and any combining marks after it.
  constexpr int kMaxSegment = 32;
  SegmentItem seg[kMaxSegment];
  int nseg = 0;

  auto flush_slow = [&]() {
    // Canonical ordering: stable sort of marks (ccc > 0) between starters.
    int i = 0;
    while (i < nseg) {
      if (seg[i].ccc == 0) {
        ++i;
        continue;
      }
      int j = i;
      while (j < nseg && seg[j].ccc != 0) ++j;
      std::stable_sort(seg + i, seg + j,
                       [](const SegmentItem& a, const SegmentItem& b) { return a.ccc < b.ccc; });
      i = j;
    }
    // Canonical composition.
    int starter = -1;
    uint8_t last_ccc = 0;
    int out = 0;
    for (int k = 0; k < nseg; ++k) {
      SegmentItem it = seg[k];
      if (starter >= 0) {
        bool blocked = out - 1 > starter && (last_ccc == 0 || last_ccc >= it.ccc);
        if (!blocked) {
          char32_t c = t.Compose(seg[starter].cp, it.cp);
          if (c != 0) {
            seg[starter].cp = c;
            seg[starter].entry = t.Entry(c, form);
            seg[starter].begin = std::min(seg[starter].begin, it.begin);
            seg[starter].end = std::max(seg[starter].end, it.end);
            continue;
          }
        }
      }
      if (it.ccc == 0) {
        starter = out;
        last_ccc = 0;
      } else {
        last_ccc = it.ccc;
      }
      seg[out++] = it;
    }
    for (int k = 0; k < out; ++k) emit_entry(seg[k].entry, seg[k].begin, seg[k].end);
    nseg = 0;
  };

  // Runs of plain letters (see below) go to the sink in one call when it
  // takes them: LetterRun(utf8, n, first, basic) for n letters whose spans
  // are [first + i, first + i + 1), given as the 2n bytes of their UTF-8
  // form in `form` (each is in U+0080..U+07FF), `basic` when all of them are
  // in U+0621..U+064A.
  // The loop reads two bytes as one little-endian word, and the table's
  // bytes are stored as such.
  static_assert(std::endian::native == std::endian::little);
  constexpr bool kRuns = requires(const char* c) { sink.LetterRun(c, uint32_t{0}, uint32_t{0}, true); };
  const uint32_t* runs = t.ArabicRuns(form);
  constexpr int kMaxRun = 64;  // sinks may read the run buffer whole, 16 bytes at a time
  alignas(16) uint16_t run[kMaxRun];

  while (p < end) {
    if constexpr (kRuns) {
      // Fast path for Arabic words: a run of two-byte code points in
      // U+0600..U+06FF that map to one lower-case letter each and take no part
      // in composition. All but the last go out at once; the last stays
      // pending, as a mark after it could still compose with it.
      int n = 0;
      const unsigned char* q = p;
      const unsigned char* last_start = end - 1;  // a letter needs two bytes
      uint32_t basic = Tables::kRunBasicArabic, basic_before_last = basic;
      while (n < kMaxRun && q < last_start) {
        uint16_t w;
        std::memcpy(&w, q, 2);
        if ((w & 0xC0FC) != 0x80D8) break;  // lead byte D8..DB, then a continuation byte
        uint32_t r = runs[((w & 3) << 6) | ((w >> 8) & 0x3F)];
        if (r == 0) break;
        run[n++] = static_cast<uint16_t>(r);
        basic_before_last = basic;
        basic &= r;
        q += 2;
      }
      // A run that ends the text or is followed by an ASCII byte (never a
      // mark, never the second half of a composition) goes out whole.
      const bool whole = n >= 1 && (q == end || *q < 0x80);
      if (whole || n >= 2) {
        if (nseg == 1) {
          emit_entry(seg[0].entry, seg[0].begin, seg[0].end);
        } else if (nseg > 1) {
          flush_slow();
        }
        const char* bytes = reinterpret_cast<const char*>(run);
        if (whole) {
          sink.LetterRun(bytes, static_cast<uint32_t>(n), idx, basic != 0);
          idx += static_cast<uint32_t>(n);
          nseg = 0;
          p = q;
          continue;
        }
        sink.LetterRun(bytes, static_cast<uint32_t>(n - 1), idx, basic_before_last != 0);
        idx += static_cast<uint32_t>(n - 1);
        const unsigned char* last = q - 2;
        char32_t cp = ((last[0] & 0x1F) << 6) | (last[1] & 0x3F);
        seg[0] = {cp, idx, idx + 1, table[cp], 0};
        nseg = 1;
        ++idx;
        p = q;
        continue;
      }
    }
    char32_t cp;
    unsigned char b0 = *p;
    if (b0 == ' ' && nseg == 0) {
      // A space after a complete segment: no composition starts with it.
      emit_entry(table[' '], idx, idx + 1);
      ++idx;
      ++p;
      continue;
    }
    if (b0 < 0x80) {
      cp = b0;
      ++p;
    } else if (b0 >= 0xC2 && b0 <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
      cp = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);  // two bytes: all of Arabic
      p += 2;
    } else {
      Decoded d = DecodeUtf8(p, end);
      cp = d.cp;
      p += d.len;
    }
    uint32_t e = cp < 0x10000 ? table[cp] : t.SupplementaryEntry(cp, form);
    if ((e & entry::kCombining) == 0) {
      // Fast path: a starter. The previous segment is complete.
      if (nseg == 1) {
        emit_entry(seg[0].entry, seg[0].begin, seg[0].end);
      } else if (nseg > 1) {
        flush_slow();
      }
      seg[0] = {cp, idx, idx + 1, e, 0};
      nseg = 1;
    } else {
      if (nseg == kMaxSegment) flush_slow();  // pathological run of marks
      seg[nseg++] = {cp, idx, idx + 1, e, t.CombiningClass(cp)};
    }
    ++idx;
  }
  if (nseg == 1) {
    emit_entry(seg[0].entry, seg[0].begin, seg[0].end);
  } else if (nseg > 1) {
    flush_slow();
  }
  return idx;
}

}  // namespace sada::internal

#endif  // SADA_TEXT_STREAM_H_
