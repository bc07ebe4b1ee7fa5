// Timestamp and written-date parsing tests.
#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace sada::internal {
namespace {

TEST(DatesTest, Timestamps) {
  struct {
    const char* in;
    const char* iso;
  } cases[] = {
      {"2015-07-21 02:51:32", "2015-07-21T02:51:32"},
      {"2017-11-19T21:11:00+03:00", "2017-11-19T21:11:00+03:00"},
      {"2017-11-19T21:11Z", "2017-11-19T21:11Z"},
      {"2017-11-19", "2017-11-19"},
      {"2017-11", "2017-11"},
      {"19/11/2017", "2017-11-19"},
      {"Sun, 19 Nov 2017 21:11:00 +0300", "2017-11-19T21:11:00+03:00"},
      {"Mon, 20 Nov 2017 08:00:00 GMT", "2017-11-20T08:00:00Z"},
      {"19 نوفمبر 2017", "2017-11-19"},
      {"2017November19 - 21:11", "2017-11-19T21:11"},
      {"November 19, 2017", "2017-11-19"},
      {"19 تشرين الثاني 2017", "2017-11-19"},
      {"3 كانون الأول 2016", "2016-12-03"},
      {"8 نونبر 2017", "2017-11-08"},
      {"5 جوان 2015", "2015-06-05"},
      {"١٩ نوفمبر ٢٠١٧", "2017-11-19"},
      // Wire copy: a short month with its point, a day as an ordinal.
      {"Nov. 19, 2017", "2017-11-19"},
      {"Published Sept. 30, 2016 10:05", "2016-09-30T10:05"},
      {"3rd of November 2015", "2015-11-03"},
      {"November 21st, 2015", "2015-11-21"},
  };
  for (const auto& c : cases) {
    auto d = ParseTimestamp(c.in);
    ASSERT_TRUE(d.has_value()) << c.in;
    EXPECT_EQ(d->Iso(), c.iso) << c.in;
  }
}

TEST(DatesTest, Rejects) {
  // (A point after a month's full name is a sentence's end: "in November. 19, 2017 ...".)
  for (const char* s : {"", "yesterday", "2017-13-01", "32/13/2017", "نوفمبر", "99/99/9999", "ab", "November. 19, 2017"}) {
    EXPECT_FALSE(ParseTimestamp(s).has_value()) << s;
  }
}

TEST(DatesTest, WrittenDateSpan) {
  std::string s = "دمشق 19 نوفمبر 2017 / أعلنت";
  TokenizedText tt;
  Tokenize(s, &tt);
  std::u32string u = U"دمشق 19 نوفمبر 2017 / أعلنت";
  auto m = MatchWrittenDate(tt, 1, u);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->when.Iso(), "2017-11-19");
  EXPECT_EQ(m->span.begin, 5u);
  EXPECT_EQ(m->span.end, 19u);
  EXPECT_EQ(m->next_token, 4u);
}

}  // namespace
}  // namespace sada::internal
