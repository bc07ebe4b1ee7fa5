// Sentence splitter tests.
#include <gtest/gtest.h>

#include "sada/text.h"

namespace sada {
namespace {

std::vector<std::string> Sentences(const std::string& s) {
  std::vector<Span> spans;
  SplitSentences(s, &spans);
  std::vector<std::string> out;
  for (auto sp : spans) out.emplace_back(SliceCodePoints(s, sp));
  return out;
}

using V = std::vector<std::string>;

TEST(SentencesTest, Terminators) {
  EXPECT_EQ(Sentences("حرر الجيش المدينة. وقال مصدر إن العمل مستمر؟ نعم! انتهى"),
            (V{"حرر الجيش المدينة.", "وقال مصدر إن العمل مستمر؟", "نعم!", "انتهى"}));
  EXPECT_EQ(Sentences("أولا؛ ثانيا… ثالثا"), (V{"أولا؛ ثانيا…", "ثالثا"}));
}

// The Arabic semicolon joins two clauses of one sentence, as Unicode's
// sentence rules (UAX #29) have it: a speaker and what he is ("قال حميد
// العنزي؛ مصرفي سعودي، إن")، a cause ("صحيح؛ لأن")، what a statement is for
// ("مطار جدة؛ لاستيعاب"). (Until the fifty-fifth session it ended one:
// 8,261 of them in 3,338 SaudiNewsNet articles, few before a new sentence.)
TEST(SentencesTest, TheArabicSemicolonJoinsClauses) {
  EXPECT_EQ(Sentences("قال حميد العنزي؛ مصرفي سعودي، إن القروض ارتفعت. وقال آخر إن ذلك صحيح؛لأن البنوك تتوسع."),
            (V{"قال حميد العنزي؛ مصرفي سعودي، إن القروض ارتفعت.", "وقال آخر إن ذلك صحيح؛لأن البنوك تتوسع."}));
  // After 200 words it cuts a sentence, as a comma does.
  std::string many;
  for (int i = 0; i < 210; ++i) many += "كلمة ";
  const V cut = Sentences(many + "نهاية؛ وبداية أخرى.");
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_EQ(cut[1], "وبداية أخرى.");
}

TEST(SentencesTest, NotInsideNumbersOrAbbreviations) {
  EXPECT_EQ(Sentences("ارتفع المؤشر 12.5 نقطة. ثم هبط"), (V{"ارتفع المؤشر 12.5 نقطة.", "ثم هبط"}));
  EXPECT_EQ(Sentences("قال د. محمد إن الوضع جيد."), (V{"قال د. محمد إن الوضع جيد."}));
  EXPECT_EQ(Sentences("Mr. Smith met U.S. officials. They agreed."),
            (V{"Mr. Smith met U.S. officials.", "They agreed."}));
  EXPECT_EQ(Sentences("see kayhan.ir for more"), (V{"see kayhan.ir for more"}));
  EXPECT_EQ(Sentences("e.g. this one"), (V{"e.g. this one"}));
}

// A full stop typed without its space ("المطلوبة.وأضافت") or on the wrong
// side of it ("الجديدة .وتتوقع") still ends the sentence before an Arabic
// letter; initials (إيه.بي.سي) and a one-letter title (د.محمد) do not.
TEST(SentencesTest, FullStopsWithoutTheirSpace) {
  EXPECT_EQ(Sentences("وقدمت الخدمات المطلوبة.وأضافت أن الصندوق يعمل"),
            (V{"وقدمت الخدمات المطلوبة.", "وأضافت أن الصندوق يعمل"}));
  EXPECT_EQ(Sentences("افتتاح القناة الجديدة .وتتوقع مصر أن يتضاعف الدخل"),
            (V{"افتتاح القناة الجديدة .", "وتتوقع مصر أن يتضاعف الدخل"}));
  EXPECT_EQ(Sentences("منذ عام 2011.وقال إن"), (V{"منذ عام 2011.", "وقال إن"}));
  EXPECT_EQ(Sentences("ذكرت شبكة إيه.بي.سي أن د.محمد وصل"), (V{"ذكرت شبكة إيه.بي.سي أن د.محمد وصل"}));
}

TEST(SentencesTest, LineBreaksAndQuotes) {
  EXPECT_EQ(Sentences("العنوان\n\nقال: \"انتهى الأمر.\" ثم غادر.\n"),
            (V{"العنوان", "قال: \"انتهى الأمر.\"", "ثم غادر."}));
}

// Text without full stops is not one sentence: after 200 words a comma ends
// one, after 400 a space does; 3,400 is not a comma; shorter sentences are
// untouched. Every word is in exactly one sentence.
TEST(SentencesTest, LongRunsWithoutStopsAreCut) {
  auto words = [](int n, const std::string& w) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i ? " " : "") + w;
    return s;
  };
  auto count_words = [](const std::string& s) {
    int n = 0;
    bool in = false;
    for (char c : s) {
      bool sp = c == ' ';
      if (!sp && !in) ++n;
      in = !sp;
    }
    return n;
  };
  // Short: one sentence, commas and all.
  std::string short_text = words(150, "كلمة") + "، " + words(30, "أخرى");
  EXPECT_EQ(Sentences(short_text), (V{short_text}));
  // A comma after 200 words ends the sentence, and is in it.
  V cut = Sentences(words(210, "كلمة") + "، " + words(20, "أخرى"));
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_EQ(cut[0], words(210, "كلمة") + "،");
  EXPECT_EQ(cut[1], words(20, "أخرى"));
  // A digit group separator is not such a comma.
  V number = Sentences(words(210, "كلمة") + " بلغ 3,400 دولار");
  ASSERT_EQ(number.size(), 1u);
  // No comma at all: cut at 400 words, every word kept.
  std::string flat = words(1000, "قال");
  V parts = Sentences(flat);
  ASSERT_EQ(parts.size(), 3u);
  int total = 0;
  for (const auto& p : parts) {
    EXPECT_LE(count_words(p), 400) << p.size();
    total += count_words(p);
  }
  EXPECT_EQ(total, 1000);
}

TEST(SentencesTest, SpansAreCodePoints) {
  std::string s = "  أولا. ثانيا  ";
  std::vector<Span> spans;
  SplitSentences(s, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[0].end, 7u);
  EXPECT_EQ(spans[1].begin, 8u);
  EXPECT_EQ(spans[1].end, 13u);
}

}  // namespace
}  // namespace sada
