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
#include <cstdint>
#include <string_view>

#include "sada/text.h"
#include "text/tables.h"
#include "text/utf8.h"

namespace sada::internal {

struct SegmentItem {
  char32_t cp;
  uint32_t begin, end;
  uint8_t ccc;
};

// Calls sink(char32_t cp, uint32_t begin, uint32_t end) for every code point of
// the normalised text, then returns the number of original code points.
template <typename Sink>
uint32_t StreamNormalized(std::string_view utf8, Form form, Sink&& sink) {
  const Tables& t = Tables::Get();
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = p + utf8.size();
  uint32_t idx = 0;

  auto emit_one = [&](char32_t cp, uint32_t b, uint32_t e) {
    Mapping m = t.Map(cp, form);
    for (uint32_t i = 0; i < m.n; ++i) sink(m.cps[i], b, e);
  };

  // Pending segment: a starter and any combining marks after it.
  constexpr int kMaxSegment = 32;
  SegmentItem seg[kMaxSegment];
  int nseg = 0;

  auto flush = [&]() {
    if (nseg == 0) return;
    if (nseg == 1) {
      emit_one(seg[0].cp, seg[0].begin, seg[0].end);
      nseg = 0;
      return;
    }
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
    for (int k = 0; k < out; ++k) emit_one(seg[k].cp, seg[k].begin, seg[k].end);
    nseg = 0;
  };

  while (p < end) {
    char32_t cp;
    if (*p < 0x80) {
      cp = *p++;
    } else {
      Decoded d = DecodeUtf8(p, end);
      cp = d.cp;
      p += d.len;
    }
    if (!t.Combining(cp)) {
      // Fast path: a starter. The previous segment is complete.
      if (nseg == 1) {
        emit_one(seg[0].cp, seg[0].begin, seg[0].end);
        nseg = 0;
      } else {
        flush();
      }
      seg[nseg++] = {cp, idx, idx + 1, 0};
    } else {
      if (nseg == kMaxSegment) flush();  // pathological run of marks
      seg[nseg++] = {cp, idx, idx + 1, t.CombiningClass(cp)};
    }
    ++idx;
  }
  flush();
  return idx;
}

}  // namespace sada::internal

#endif  // SADA_TEXT_STREAM_H_
