// Table-driven tests of the two normal forms and of UTF-8 repair.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "sada/text.h"

namespace sada {
namespace {

struct Case {
  const char* in;
  const char* display;
  const char* key;
};

// The normalisation table: every rule of docs/text.md has a row.
const Case kCases[] = {
    // Alef variants fold to bare alef in the key only.
    {"أإآٱ", "أإآٱ", "اااا"},
    // Alef maqsura to yeh, teh marbuta to heh.
    {"مستشفى المدينة", "مستشفى المدينة", "مستشفي المدينه"},
    // Diacritics, shadda, superscript alef are removed from the key.
    {"مُحَمَّدٌ", "مُحَمَّدٌ", "محمد"},
    {"هٰذا", "هٰذا", "هذا"},
    // Tatweel, zero-width and bidi controls are removed in both forms.
    {"اللـــه", "الله", "الله"},
    {"a\u200Fb\u200Cc\u202Bd\u202Ce\u2066f\u2069", "abcdef", "abcdef"},
    // Presentation forms and lam-alef ligatures unfold.
    {"\uFEFB", "لا", "لا"},
    {"\uFEF7", "لأ", "لا"},
    {"\uFE91\uFE8E\uFEA4\uFE9B", "باحث", "باحث"},
    // Arabic-Indic and Persian digits become ASCII in the key.
    {"١٢٣٤٥٦٧٨٩٠", "١٢٣٤٥٦٧٨٩٠", "1234567890"},
    {"۱۲۳۴", "۱۲۳۴", "1234"},
    // Separators: the Arabic decimal separator is a point, not a comma.
    {"١٢٫٥", "١٢٫٥", "12.5"},
    {"٣٬٤٠٠", "٣٬٤٠٠", "3,400"},
    // Persian / Urdu letters fold to Arabic ones.
    {"کی", "کی", "كي"},
    {"ۀھہ", "ۀھہ", "ههه"},
    // Quotation marks are unified.
    {"«نص» “x” „y“ ‘z’", "«نص» “x” „y“ ‘z’", "\"نص\" \"x\" \"y\" 'z'"},
    // Latin: case folded in the key, kept in the display form.
    {"Bukamal ISIS", "Bukamal ISIS", "bukamal isis"},
    // NFC: combining sequences compose.
    {"e\u0301", "\u00E9", "\u00E9"},
    {"\u0627\u0654", "\u0623", "\u0627"},
    {"\u064A\u0654", "\u0626", "\u0626"},
    // Canonical reordering of marks (fatha, ccc 30, before shadda, ccc 33).
    {"\u0645\u0651\u064E", "\u0645\u064E\u0651", "\u0645"},
    // Invalid bytes read as U+FFFD, one per byte.
    {"a\xFF" "b\xC0\xAF", "a\uFFFDb\uFFFD\uFFFD", "a\uFFFDb\uFFFD\uFFFD"},
};

TEST(NormalizeTest, Table) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Normalize(c.in, Form::kDisplay), c.display) << "display of " << c.in;
    EXPECT_EQ(Normalize(c.in, Form::kMatchKey), c.key) << "key of " << c.in;
  }
}

TEST(NormalizeTest, PrecomposedAndDecomposedAgree) {
  EXPECT_EQ(Normalize("\u0623\u0646\u0641\u0633\u0647\u0645", Form::kMatchKey),
            Normalize("\u0627\u0654\u0646\u0641\u0633\u0647\u0645", Form::kMatchKey));
  EXPECT_EQ(Normalize("أنفسهم", Form::kMatchKey), Normalize("انفسهم", Form::kMatchKey));
  EXPECT_EQ(Normalize("إلى", Form::kMatchKey), Normalize("الى", Form::kMatchKey));
}

TEST(NormalizeTest, MapPointsBackToOriginal) {
  NormalizedText n;
  std::string in = "الـ«١٢٫٥»";
  NormalizeWithMap(in, Form::kMatchKey, &n);
  EXPECT_EQ(n.text, "ال\"12.5\"");
  ASSERT_EQ(n.source.size(), CountCodePoints(n.text));
  // "1" comes from the fifth original code point (after ا ل ـ «).
  EXPECT_EQ(n.source[3].begin, 4u);
  EXPECT_EQ(n.source[3].end, 5u);
  // The last quote is the last original code point.
  EXPECT_EQ(n.source.back().begin, 8u);
}

TEST(Utf8Test, RepairCountsAndReplaces) {
  std::string s = "ok\xE2\x82" "x\xED\xA0\x80";  // truncated sequence; a surrogate
  EXPECT_EQ(RepairUtf8(&s), 5);
  EXPECT_EQ(s, "ok\uFFFD\uFFFDx\uFFFD\uFFFD\uFFFD");
  std::string valid = "سليم";
  EXPECT_EQ(RepairUtf8(&valid), 0);
  EXPECT_EQ(valid, "سليم");
}

TEST(Utf8Test, CodePointOffsets) {
  std::string s = "دمشق 19";
  EXPECT_EQ(CountCodePoints(s), 7u);
  EXPECT_EQ(SliceCodePoints(s, Span{5, 7}), "19");
  EXPECT_EQ(SliceCodePoints(s, Span{0, 4}), "دمشق");
  std::string bad = "a\xFF" "b";
  EXPECT_EQ(CountCodePoints(bad), 3u);
  EXPECT_EQ(SliceCodePoints(bad, Span{2, 3}), "b");
}

// Counted eight bytes at a time: every length and every mix of one-, two-,
// three- and four-byte code points gives the count one at a time would.
TEST(Utf8Test, CodePointsCountedInAnyMixAndLength) {
  const std::vector<std::string> pieces = {"a", "د", "٫", "€", "😀", " ", "ـ"};
  std::string s;
  uint32_t expected = 0;
  for (int i = 0; i < 200; ++i) {
    EXPECT_EQ(CountCodePoints(s), expected) << "after " << i << " pieces";
    s += pieces[static_cast<size_t>(i * 7 + i / 3) % pieces.size()];
    ++expected;
  }
}

TEST(Utf8Test, SlicerAgreesWithSliceInAnyOrder) {
  std::string s = "قال مصدر: «دمشق 19» و\xFF" "x ١٢٫٥";
  uint32_t n = CountCodePoints(s);
  CodePointSlicer slicer(s);
  // Forward (as tokens come), then backward, then past the end.
  std::vector<Span> spans;
  for (uint32_t b = 0; b < n; b += 3) spans.push_back(Span{b, std::min(n, b + 4)});
  for (uint32_t b = n; b-- > 0;) spans.push_back(Span{b, b + 1});
  spans.push_back(Span{n - 2, n + 5});
  spans.push_back(Span{n + 3, n + 7});
  spans.push_back(Span{4, 4});
  for (Span sp : spans) {
    EXPECT_EQ(slicer.Slice(sp), SliceCodePoints(s, sp)) << sp.begin << "-" << sp.end;
  }
  EXPECT_EQ(slicer.Slice(Span{n - 3, n}), "٢٫٥");
  EXPECT_EQ(slicer.Slice(Span{n + 3, n + 7}), "");
}

// The index answers as SliceCodePoints for any span, in any order, on text
// with one-to-four-byte code points and invalid bytes, around and across
// its 64-code-point checkpoints, and past the end.
TEST(Utf8Test, CodePointIndexAgreesWithSlice) {
  const std::string pieces[] = {"a", " ", "د", "مشق", "١٢٫٥", "\xFF", "\xE2\x82", "😀", "«", "\n"};
  std::mt19937 rng(9);
  for (int round = 0; round < 50; ++round) {
    std::string s;
    int len = static_cast<int>(rng() % 400);
    for (int k = 0; k < len; ++k) s += pieces[rng() % std::size(pieces)];
    uint32_t n = CountCodePoints(s);
    CodePointIndex index(s);
    for (int q = 0; q < 200; ++q) {
      uint32_t b = static_cast<uint32_t>(rng() % (n + 10)), e = b + static_cast<uint32_t>(rng() % 150);
      Span sp{b, e};
      ASSERT_EQ(index.Slice(sp), SliceCodePoints(s, sp)) << round << " " << b << "-" << e << " of " << n;
    }
    EXPECT_EQ(index.Slice(Span{0, n}), s);
  }
  EXPECT_EQ(CodePointIndex("").Slice(Span{0, 3}), "");
}

// The display form is NFC plus the removals and unfoldings of docs/text.md.
// On text made only of letters, marks, spaces and ASCII (none of which the
// display form removes or unfolds) it must be exactly ICU's NFC, whatever
// the order in which letters, marks, spaces and ASCII follow each other.
// (The letter-run path of the tokenizer has its own test in tokenize_test.cc.)
TEST(NormalizeTest, DisplayFormIsNfcOnRandomText) {
  const char* pieces[] = {
      "\u0627", "\u0644", "\u0645", "\u064A", "\u0648", "\u0647", "\u0629",  // letters
      "\u0654", "\u0655", "\u0653", "\u064E", "\u0651", "\u0650",  // hamza, madda, marks
      " ", " ", ".", "1", "a", "e", "\u0301", "\u00E9", "\n",
  };
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<int> len(0, 24);
  for (int i = 0; i < 5000; ++i) {
    std::string in;
    for (int k = len(rng); k > 0; --k) in += pieces[pick(rng)];
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(in);
    std::string want;
    nfc->normalize(u, status).toUTF8String(want);
    ASSERT_TRUE(U_SUCCESS(status));
    ASSERT_EQ(Normalize(in, Form::kDisplay), want) << "input: " << in;
    // Every output code point maps back into the input, and together they
    // cover every input code point (marks may be reordered, so the spans
    // are compared sorted).
    NormalizedText n;
    NormalizeWithMap(in, Form::kDisplay, &n);
    ASSERT_EQ(n.source.size(), CountCodePoints(n.text));
    std::vector<Span> spans = n.source;
    std::sort(spans.begin(), spans.end(),
              [](Span x, Span y) { return x.begin < y.begin; });
    uint32_t covered = 0;
    for (const Span& sp : spans) {
      ASSERT_LT(sp.begin, sp.end) << "input: " << in;
      ASSERT_LE(sp.begin, covered) << "input: " << in;
      covered = std::max(covered, sp.end);
    }
    ASSERT_EQ(covered, CountCodePoints(in)) << "input: " << in;
  }
}

}  // namespace
}  // namespace sada
