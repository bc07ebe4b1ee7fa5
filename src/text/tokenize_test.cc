// Tokenizer tests: hard cases from Arabic news, and the property that the
// original text at every token's span normalises to the token's key.
#include <gtest/gtest.h>

#include <random>

#include "sada/text.h"
#include "text/sinks.h"
#include "text/stream.h"
#include "text/utf8.h"

namespace sada {
namespace {

std::vector<std::string> Keys(const std::string& s) {
  TokenizedText tt;
  Tokenize(s, &tt);
  std::vector<std::string> out;
  for (const auto& t : tt.tokens) out.emplace_back(tt.Key(t));
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizeTest, HardCases) {
  EXPECT_EQ(Keys("المعروف بـ\"أبو حسن العراقي\""), (V{"المعروف", "ب", "ابو", "حسن", "العراقي"}));
  EXPECT_EQ(Keys("فرار نحو(150) مسلحاً"), (V{"فرار", "نحو", "150", "مسلحا"}));
  EXPECT_EQ(Keys("3,400 و١٢٫٥ و12.5"), (V{"3,400", "و", "12.5", "و", "12.5"}));
  EXPECT_EQ(Keys("الـ14 من الشهر"), (V{"ال", "14", "من", "الشهر"}));
  EXPECT_EQ(Keys("بلغ 12. ثم"), (V{"بلغ", "12", "ثم"}));
  EXPECT_EQ(Keys("2017November19 - 21:11"), (V{"2017", "november", "19", "21", "11"}));
  EXPECT_EQ(Keys("kayhan.ir"), (V{"kayhan", "ir"}));
  EXPECT_EQ(Keys("لـ\"داعش”"), (V{"ل", "داعش"}));
  EXPECT_EQ(Keys("البو كمال"), (V{"البو", "كمال"}));
  EXPECT_EQ(Keys("سور يا"), (V{"سور", "يا"}));
  EXPECT_EQ(Keys("1,2,3"), (V{"1,2,3"}));
  EXPECT_EQ(Keys("3,,4"), (V{"3", "4"}));
  EXPECT_EQ(Keys("东京"), (V{"东", "京"}));
  EXPECT_EQ(Keys(""), V{});
}

TEST(TokenizeTest, SpansAreCodePointsIntoOriginal) {
  std::string s = "بـ\"أبو حسن\" نحو(150)";
  TokenizedText tt;
  Tokenize(s, &tt);
  ASSERT_EQ(tt.tokens.size(), 5u);
  EXPECT_EQ(SliceCodePoints(s, tt.tokens[0].span), "ب");
  EXPECT_EQ(SliceCodePoints(s, tt.tokens[1].span), "أبو");
  EXPECT_EQ(tt.tokens[1].span.begin, 3u);
  EXPECT_EQ(SliceCodePoints(s, tt.tokens[4].span), "150");
  EXPECT_EQ(tt.tokens[4].kind, TokenKind::kNumber);
}

// For every token, the original text at its span normalises to its key.
void ExpectSpanProperty(const std::string& text) {
  TokenizedText tt;
  Tokenize(text, &tt);
  for (const auto& t : tt.tokens) {
    std::string_view orig = SliceCodePoints(text, t.span);
    ASSERT_EQ(Normalize(orig, Form::kMatchKey), tt.Key(t))
        << "span " << t.span.begin << "-" << t.span.end << " of: " << text;
  }
}

TEST(TokenizeTest, SpanPropertyOnHandWrittenCases) {
  for (const char* s : {"إحتفل أهالي مدينة البوكمال", "الـ14 من الشهر الماضي", "نحو(150)",
                        "مُحَمَّدٌ و\uFEFBعب", "a\u200Fb c\u0301d", "١٢٫٥٪", "x\xFFy"}) {
    ExpectSpanProperty(s);
  }
}

// Random strings over an alphabet of the characters that stress the rules.
TEST(TokenizeTest, SpanPropertyOnRandomText) {
  const char32_t kAlphabet[] = {
      U'ا', U'أ', U'ل', U'ب', U'ـ', U'ة', U'ى', U'\u064E', U'\u0651', U'\u0654', U'\u0670',
      U'١', U'٫', U'٬', U'3', U'.', U',', U' ', U'\n', U'"', U'«', U'(', U'\uFEFB', U'\uFE91',
      U'\u200F', U'\u200C', U'e', U'\u0301', U'A', U'ک', U'東', U'\U0001F600', U'؟', U'-'};
  std::mt19937 rng(20171119);
  std::uniform_int_distribution<size_t> pick(0, std::size(kAlphabet) - 1);
  std::uniform_int_distribution<int> len(1, 40);
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    for (int k = len(rng); k > 0; --k) AppendUtf8(kAlphabet[pick(rng)], &s);
    ExpectSpanProperty(s);
  }
}

// HashTokens is the tokenizer without keys: the same tokens, spans and
// HashKey() of every key, on the same random strings and on real text.
void ExpectHashesMatchKeys(const std::string& s) {
  TokenizedText tt;
  Tokenize(s, &tt);
  std::vector<uint64_t> hashes;
  std::vector<Span> spans;
  HashTokens(s, &hashes, &spans);
  ASSERT_EQ(hashes.size(), tt.tokens.size()) << s;
  for (size_t i = 0; i < hashes.size(); ++i) {
    EXPECT_EQ(hashes[i], HashKey(tt.Key(tt.tokens[i]))) << s << " token " << i;
    EXPECT_EQ(spans[i].begin, tt.tokens[i].span.begin) << s;
    EXPECT_EQ(spans[i].end, tt.tokens[i].span.end) << s;
  }
}

TEST(TokenizeTest, HashTokensAgreesWithTokenize) {
  ExpectHashesMatchKeys("فرار نحو(150) مسلحاً و١٢٫٥ و3,400. الـ14 kayhan.ir 東京 x\xFFy");
  EXPECT_NE(HashKey("150"), HashKey("160"));
  EXPECT_NE(HashKey("الى"), HashKey("الي"));
  const char32_t kAlphabet[] = {U'ا', U'أ', U'ل', U'ـ', U'ة', U'\u064E', U'١', U'٫', U'3', U'.',
                                U',', U' ', U'"', U'(', U'\uFEFB', U'e', U'\u0301', U'東', U'-'};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, std::size(kAlphabet) - 1);
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    for (int k = 1 + static_cast<int>(rng() % 30); k > 0; --k) AppendUtf8(kAlphabet[pick(rng)], &s);
    ExpectHashesMatchKeys(s);
  }
}

// The stream hands runs of plain Arabic letters to sinks that take them
// (LetterRun) instead of one code point at a time. A sink without LetterRun
// gets every code point: both must give the same tokens, spans and sentences,
// and Analyze the same as Tokenize + SplitSentences + Stem.
template <typename Sink>
struct OneAtATime {
  Sink* sink;
  void operator()(char32_t cp, internal::CharClass cls, bool upper, uint32_t b, uint32_t e) {
    (*sink)(cp, cls, upper, b, e);
  }
};

void ExpectRunsMatchCodePoints(const std::string& s) {
  TokenizedText fast, slow;
  Tokenize(s, &fast);
  slow.Clear();
  internal::TokenizerSink tsink(&slow, s.size());
  internal::StreamNormalized(s, Form::kMatchKey, OneAtATime<internal::TokenizerSink>{&tsink});
  tsink.Finish();
  ASSERT_EQ(fast.tokens.size(), slow.tokens.size()) << s;
  for (size_t i = 0; i < fast.tokens.size(); ++i) {
    EXPECT_EQ(fast.Key(fast.tokens[i]), slow.Key(slow.tokens[i])) << s;
    EXPECT_EQ(fast.tokens[i].span.begin, slow.tokens[i].span.begin) << s;
    EXPECT_EQ(fast.tokens[i].span.end, slow.tokens[i].span.end) << s;
  }
  std::vector<Span> fast_sent, slow_sent;
  SplitSentences(s, &fast_sent);
  internal::SentenceSink ssink(&slow_sent);
  internal::StreamNormalized(s, Form::kMatchKey, OneAtATime<internal::SentenceSink>{&ssink});
  ssink.CloseSentence();
  ASSERT_EQ(fast_sent.size(), slow_sent.size()) << s;
  for (size_t i = 0; i < fast_sent.size(); ++i) {
    EXPECT_EQ(fast_sent[i].begin, slow_sent[i].begin) << s;
    EXPECT_EQ(fast_sent[i].end, slow_sent[i].end) << s;
  }
  AnalyzedText at;
  Analyze(s, "ar", &at);
  ASSERT_EQ(at.tokens.tokens.size(), slow.tokens.size()) << s;
  ASSERT_EQ(at.sentences.size(), slow_sent.size()) << s;
  for (size_t i = 0; i < slow.tokens.size(); ++i) {
    EXPECT_EQ(at.tokens.Key(at.tokens.tokens[i]), slow.Key(slow.tokens[i])) << s;
    EXPECT_EQ(at.Stem(i), Stem(slow.Key(slow.tokens[i]), "ar")) << s;
  }
}

// Token buffers start at one token per six bytes of input: text of
// one-letter words has three times as many, and the buffer grows.
TEST(TokenizeTest, ManyShortTokensGrowTheTokenBuffer) {
  std::string s;
  for (int i = 0; i < 5000; ++i) s += i % 2 ? "a " : "و ";
  TokenizedText tt;
  Tokenize(s, &tt);
  ASSERT_EQ(tt.tokens.size(), 5000u);
  AnalyzedText at;
  Analyze(s, "ar", &at);
  ASSERT_EQ(at.tokens.tokens.size(), 5000u);
  for (size_t i = 0; i < 5000; ++i) {
    EXPECT_EQ(tt.tokens[i].span.begin, 2 * i);
    EXPECT_EQ(tt.Key(tt.tokens[i]), i % 2 ? "a" : "و");
    EXPECT_EQ(at.tokens.Key(at.tokens.tokens[i]), tt.Key(tt.tokens[i]));
    EXPECT_EQ(at.Stem(i), tt.Key(tt.tokens[i]));
  }
}

TEST(TokenizeTest, LetterRunsAgreeWithOneCodePointAtATime) {
  ExpectRunsMatchCodePoints("قالت وكالة الأنباء إن قوات سوريا الديمقراطية سيطرت على البوكمال. ثم؟");
  ExpectRunsMatchCodePoints("أَعلنَ الجيشُ آمنة ا\u0653ب ا\u0654ل د. محمد U.S. kayhan.ir");
  ExpectRunsMatchCodePoints("\u0627\u0654\u0644\u0627\u0653\u0645\u0646\u0629 والفلسطينيين بالبصرة");
  // Random strings over letters that take the fast path, letters and marks
  // that compose with them, and everything that ends a run.
  const char32_t kAlphabet[] = {U'ا', U'ل', U'ب', U'و', U'ن', U'ي', U'ه', U'ت', U'أ', U'ة',
                                U'ى', U'ـ', U'\u064E', U'\u0651', U'\u0653', U'\u0654', U'\u0655',
                                U'\u0670', U'ک', U'۰', U'١', U'3', U'.', U' ', U'\n', U'؟', U'"',
                                U'e', U'A', U'\u0301', U'\uFEFB'};
  std::mt19937 rng(112017);
  std::uniform_int_distribution<size_t> pick(0, std::size(kAlphabet) - 1);
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    for (int k = 1 + static_cast<int>(rng() % 120); k > 0; --k) AppendUtf8(kAlphabet[pick(rng)], &s);
    ExpectRunsMatchCodePoints(s);
  }
  // A run longer than the stream's run buffer.
  std::string longword;
  for (int k = 0; k < 300; ++k) AppendUtf8(k % 2 ? U'ب' : U'ل', &longword);
  ExpectRunsMatchCodePoints(longword + "\u0654 " + longword);
}

}  // namespace
}  // namespace sada
