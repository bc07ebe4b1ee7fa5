// The reference case: the five seed articles (examples/bukamal) against the
// hand annotation (tests/data/bukamal_gold.json, a copy of the corpus's gold).
#include <gtest/gtest.h>
#include <simdjson.h>

#include "sada/ingest.h"
#include "sada/text.h"
#include "test_util.h"

namespace sada {
namespace {

using testing::CollectSink;
using testing::DataPath;

class BukamalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Ingest({DataPath("examples/bukamal")}, {}, &sink_, &stats_).ok());
    ASSERT_TRUE(parser_.load(DataPath("tests/data/bukamal_gold.json")).get(gold_) == simdjson::SUCCESS);
  }
  const Article& Doc(std::string_view name) {
    const Article* a = sink_.ByFile(std::string(name));
    EXPECT_NE(a, nullptr) << name;
    return *a;
  }
  CollectSink sink_;
  IngestStats stats_;
  simdjson::dom::parser parser_;
  simdjson::dom::element gold_;
};

TEST_F(BukamalTest, FiveArticlesNoDiagnostics) {
  EXPECT_EQ(sink_.articles.size(), 5u);
  EXPECT_TRUE(sink_.diagnostics.empty());
  for (const auto& a : sink_.articles) EXPECT_EQ(a.language, "ar");
}

TEST_F(BukamalTest, GoldSourcesAreFound) {
  const Article& a004 = Doc("004_2f8f6c6b0e7269fe.txt");
  EXPECT_EQ(a004.source, "kayhan.ir");
  EXPECT_EQ(a004.published, "2017-11-19T21:11");
  EXPECT_EQ(a004.published_precision, Precision::kMinute);
  ASSERT_TRUE(a004.published_evidence.has_value());
  EXPECT_EQ(SliceCodePoints(a004.text, *a004.published_evidence), "2017November19 - 21:11");
  const Article& a001 = Doc("001_3de78dd80989a7ed.txt");
  EXPECT_EQ(a001.published, "2017-11-19");
  EXPECT_EQ(a001.published_from, "text:dateline");
  EXPECT_EQ(a001.dateline_place, "دمشق");
  EXPECT_EQ(Doc("003_9b3c279ace008a3a.txt").source, "سانا");
  EXPECT_EQ(Doc("003_9b3c279ace008a3a.txt").dateline_place, "دمشق");
  EXPECT_EQ(Doc("002_eb77ab6ff843dacd.txt").source, "الاعلام الحربي");
  EXPECT_TRUE(Doc("000_be64e3cf2ae7094a.txt").published.empty());  // no date of its own
  // Headlines of the two files that have one; the others start with prose.
  EXPECT_EQ(Doc("003_9b3c279ace008a3a.txt").title.rfind("قيادة الجيش تعلن تحرير البوكمال", 0), 0u);
  EXPECT_EQ(Doc("003_9b3c279ace008a3a.txt").title_from, "text:first line");
  EXPECT_EQ(Doc("004_2f8f6c6b0e7269fe.txt").title, "الجنرال قاسم سليماني يقود خلال عشرة ايام معركة التحرير..");
  EXPECT_TRUE(Doc("001_3de78dd80989a7ed.txt").title.empty());

  // And as the gold file states them.
  for (auto s : gold_["sources"].get_array()) {
    std::string doc(s["doc"].get_string().value());
    const Article& a = Doc(doc);
    std::string_view v;
    if (s["outlet"].get_string().get(v) == simdjson::SUCCESS) EXPECT_EQ(a.source, v) << doc;
    if (s["date"].get_string().get(v) == simdjson::SUCCESS) EXPECT_EQ(a.published, v) << doc;
    if (s["published"].get_string().get(v) == simdjson::SUCCESS) EXPECT_EQ(a.published, v) << doc;
    if (s["place"].get_string().get(v) == simdjson::SUCCESS) EXPECT_EQ(a.dateline_place, v) << doc;
  }
}

// Gold offsets are code points into the file as stored; ours must agree.
TEST_F(BukamalTest, GoldOffsetsAreOurOffsets) {
  int checked = 0;
  for (const char* section : {"dates", "quantities", "attributions"}) {
    for (auto e : gold_[section].get_array()) {
      const Article& a = Doc(std::string(e["doc"].get_string().value()));
      std::string_view text = e["text"].get_string().value();
      uint32_t begin = static_cast<uint32_t>(e["offset_chars"].get_int64().value());
      Span span{begin, begin + CountCodePoints(text)};
      EXPECT_EQ(SliceCodePoints(a.text, span), text) << section;
      ++checked;
    }
  }
  EXPECT_GT(checked, 20);
}

TEST_F(BukamalTest, TokensSpanProperty) {
  for (const auto& a : sink_.articles) {
    TokenizedText tt;
    Tokenize(a.text, &tt);
    EXPECT_GT(tt.tokens.size(), 100u);
    for (const auto& t : tt.tokens) {
      ASSERT_EQ(Normalize(SliceCodePoints(a.text, t.span), Form::kMatchKey), tt.Key(t));
    }
    std::vector<Span> sentences;
    SplitSentences(a.text, &sentences);
    EXPECT_GT(sentences.size(), 5u);
  }
}

// The variants the gold lists match after normalisation and stemming.
TEST_F(BukamalTest, GoldVariantsMatch) {
  auto stem_all = [](std::string_view s) {
    TokenizedText tt;
    Tokenize(s, &tt);
    std::string r;
    for (const auto& t : tt.tokens) r += Stem(tt.Key(t)) + " ";
    return r;
  };
  EXPECT_EQ(stem_all("للفرات"), stem_all("الفرات"));
  EXPECT_EQ(stem_all("تنظيم الدولة الإسلامية"), stem_all("تنظيم الدولة الاسلامية"));
  EXPECT_EQ(stem_all("أنفسهم"), stem_all("انفسهم"));
}

}  // namespace
}  // namespace sada
