// Stemmer tests: clitics and suffixes come off; names stay whole.
#include <gtest/gtest.h>

#include "sada/text.h"

namespace sada {
namespace {

std::string S(const char* word, const char* lang = "ar") {
  return Stem(Normalize(word, Form::kMatchKey), lang);
}

TEST(StemTest, ArabicCliticsAndSuffixes) {
  EXPECT_EQ(S("والمدينة"), S("المدينة"));
  EXPECT_EQ(S("بالمدينة"), S("مدينة"));
  EXPECT_EQ(S("للفرات"), "فرات");
  EXPECT_EQ(S("الفرات"), "فرات");
  EXPECT_EQ(S("وقال"), "قال");
  EXPECT_EQ(S("لمجموعات"), "مجموع");
  EXPECT_EQ(S("إرهابيا"), S("إرهابيا"));
  EXPECT_EQ(S("السوري"), S("السورية"));
  EXPECT_EQ(S("أنفسهم"), S("انفسهم"));
}

TEST(StemTest, NamesAreNotMangled) {
  // Snowball's Arabic stemmer gives غداد and لسطين for the first two.
  EXPECT_EQ(S("بغداد"), "بغداد");
  EXPECT_EQ(S("فلسطينية"), "فلسطين");
  EXPECT_EQ(S("فلسطين"), "فلسطين");
  EXPECT_EQ(S("بيروت"), "بيروت");
  EXPECT_EQ(S("وبيروت"), "بيروت");
  EXPECT_EQ(S("لبنان"), "لبنان");
  EXPECT_EQ(S("وليد"), "وليد");
  EXPECT_EQ(S("فيصل"), "فيصل");
  EXPECT_EQ(S("سليمان"), "سليمان");
  EXPECT_EQ(S("الله"), "الله");
}

TEST(StemTest, OtherLanguagesUseSnowball) {
  EXPECT_EQ(S("running", "en"), "run");
  EXPECT_EQ(S("Officials", "en"), "offici");
  EXPECT_EQ(S("12.5", "en"), "12.5");
  EXPECT_EQ(S("word", "xx"), "word");  // no stemmer for the language
}

TEST(LanguageTest, Detects) {
  EXPECT_EQ(DetectLanguage("أعلنت وزارة الصحة اليوم"), "ar");
  EXPECT_EQ(DetectLanguage("Officials said the talks would continue."), "en");
  EXPECT_EQ(DetectLanguage("Les négociations reprendront dans la semaine."), "fr");
  EXPECT_EQ(DetectLanguage("این یک متن فارسی است که پیش از این نوشته شده"), "fa");
  EXPECT_EQ(DetectLanguage("12345 !!!"), "und");
}

// The primary subtag of what an input calls its language, or nothing when
// it is no language code (ICU's locale code is not safe on any string: a
// page's lang "ar\x01\0\0\0r=" crashed it).
TEST(LanguageTest, PrimaryLanguageIsLettersOnly) {
  EXPECT_EQ(PrimaryLanguage("fr-FR"), "fr");
  EXPECT_EQ(PrimaryLanguage("EN_gb"), "en");
  EXPECT_EQ(PrimaryLanguage("ar"), "ar");
  EXPECT_EQ(PrimaryLanguage(std::string("ar\x01\0\0\0r=", 8)), "");
  EXPECT_EQ(PrimaryLanguage("f"), "");
  EXPECT_EQ(PrimaryLanguage("fr1"), "");
  EXPECT_EQ(PrimaryLanguage(""), "");
}

}  // namespace
}  // namespace sada
