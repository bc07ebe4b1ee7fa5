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
  EXPECT_EQ(Sentences("أولا؛ ثانيا… ثالثا"), (V{"أولا؛", "ثانيا…", "ثالثا"}));
}

TEST(SentencesTest, NotInsideNumbersOrAbbreviations) {
  EXPECT_EQ(Sentences("ارتفع المؤشر 12.5 نقطة. ثم هبط"), (V{"ارتفع المؤشر 12.5 نقطة.", "ثم هبط"}));
  EXPECT_EQ(Sentences("قال د. محمد إن الوضع جيد."), (V{"قال د. محمد إن الوضع جيد."}));
  EXPECT_EQ(Sentences("Mr. Smith met U.S. officials. They agreed."),
            (V{"Mr. Smith met U.S. officials.", "They agreed."}));
  EXPECT_EQ(Sentences("see kayhan.ir for more"), (V{"see kayhan.ir for more"}));
  EXPECT_EQ(Sentences("e.g. this one"), (V{"e.g. this one"}));
}

TEST(SentencesTest, LineBreaksAndQuotes) {
  EXPECT_EQ(Sentences("العنوان\n\nقال: \"انتهى الأمر.\" ثم غادر.\n"),
            (V{"العنوان", "قال: \"انتهى الأمر.\"", "ثم غادر."}));
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
