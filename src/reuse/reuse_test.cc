// Passage alignment: the seed articles against the gold annotation, and the
// cases users check by hand (a changed figure, spelling variants, boilerplate,
// who was first).
#include "sada/reuse.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "sada/ingest.h"
#include "sada/text.h"
#include "test_util.h"

namespace sada {
namespace {

struct Doc {
  std::string id, source, published, text;
};

std::vector<Passage> Find(const std::vector<Doc>& docs, std::vector<Boilerplate>* boiler = nullptr,
                          ReuseOptions o = {}) {
  ReuseFinder f(o);
  std::vector<ReuseInput> in;
  for (const auto& d : docs) in.push_back({d.id, d.source, d.published, d.text});
  f.Add(in);
  std::vector<Passage> p;
  std::vector<Boilerplate> b;
  f.Run(&p, &b, nullptr);
  if (boiler) *boiler = b;
  return p;
}

std::string Slice(const std::string& text, Span s) { return std::string(SliceCodePoints(text, s)); }

TEST(ReuseTest, ChangedFigureStaysInsideThePassageAndIsShown) {
  std::string common1 = "قال المرصد السوري لحقوق الإنسان إن ";
  std::string common2 = " مسلحا فروا من مدينة البوكمال تحت غطاء التحالف الدولي إلى شرق نهر الفرات قبل وصول القوات";
  Doc a{"a", "x", "2017-11-19T10:00", "مقدمة مختلفة تماما هنا. " + common1 + "150" + common2};
  Doc b{"b", "y", "2017-11-19T12:30", "نص آخر في البداية. " + common1 + "160" + common2 + ". وختام آخر."};
  auto ps = Find({a, b});
  ASSERT_EQ(ps.size(), 1u);
  const Passage& p = ps[0];
  EXPECT_EQ(p.direction, 1);  // a was first
  EXPECT_GE(p.a_words, 20u);
  EXPECT_EQ(Slice(a.text, p.a_span), common1 + "150" + common2);
  EXPECT_EQ(Slice(b.text, p.b_span), common1 + "160" + common2);
  ASSERT_EQ(p.differences.size(), 1u);
  EXPECT_EQ(Slice(a.text, p.differences[0].a), "150");
  EXPECT_EQ(Slice(b.text, p.differences[0].b), "160");
  EXPECT_LT(p.similarity, 1.0);
}

TEST(ReuseTest, SpellingVariantsQuotesAndAnInsertedWord) {
  Doc a{"a", "x", "", "وأعلنت الغرفة عن هروب والي البوكمال في داعش المعروف بـ\"أبو حسن العراقي\" من المدينة إلى الضفة الشرقية للفرات، إضافة إلى هروب المسؤول البارز"};
  Doc b{"b", "y", "", "واعلنت الغرفة عن هروب والي البوكمال في «داعش» المعروف ب أبو حسن العراقي من المدينة الى الضفة الشرقية لنهر للفرات اضافة الى هروب المسؤول البارز"};
  auto ps = Find({a, b});
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].a_span.begin, 0u);
  EXPECT_EQ(ps[0].a_span.end, CountCodePoints(a.text));
  EXPECT_EQ(ps[0].b_span.end, CountCodePoints(b.text));
  EXPECT_EQ(ps[0].aligned, ps[0].a_words);  // every word of a is aligned
  EXPECT_EQ(ps[0].direction, 0);            // no dates: unknown
}

TEST(ReuseTest, UnrelatedTextsShareNothing) {
  Doc a{"a", "x", "", "أعلن وزير الخارجية اليوم عن زيارة مرتقبة إلى العاصمة الفرنسية لبحث العلاقات الثنائية بين البلدين"};
  Doc b{"b", "y", "", "سجلت أسعار النفط ارتفاعا ملحوظا في تعاملات الأسبوع الماضي وسط توقعات بتراجع المخزونات الأمريكية"};
  EXPECT_TRUE(Find({a, b}).empty());
}

TEST(ReuseTest, AnOutletsFooterIsBoilerplateNotReuse) {
  std::string footer = " تابعونا على مواقع التواصل الاجتماعي واشتركوا في النشرة البريدية اليومية لموقعنا الإخباري المستقل";
  const char* bodies[] = {"افتتح المعرض الدولي للكتاب أبوابه أمس بمشاركة واسعة من دور النشر",
                          "ارتفعت درجات الحرارة في معظم المناطق مع توقعات بهطول أمطار رعدية",
                          "فاز الفريق المحلي في المباراة النهائية بهدفين مقابل هدف واحد",
                          "أقرت الحكومة ميزانية العام المقبل مع زيادة في الإنفاق على التعليم",
                          "بدأت وزارة الصحة حملة تطعيم وطنية تستهدف الأطفال في المدارس",
                          "استقبل الأمير وفدا من رجال الأعمال لبحث فرص الاستثمار في المنطقة"};
  std::vector<Doc> docs;
  for (int i = 0; i < 6; ++i) docs.push_back({"x" + std::to_string(i), "outlet-x", "", std::string(bodies[i]) + "." + footer});
  std::vector<Boilerplate> boiler;
  auto ps = Find(docs, &boiler);
  EXPECT_TRUE(ps.empty()) << ps.size() << " passages";
  ASSERT_EQ(boiler.size(), 1u);
  EXPECT_EQ(boiler[0].source, "outlet-x");
  EXPECT_EQ(boiler[0].articles, 6u);
  EXPECT_EQ(Slice(docs[boiler[0].example].text, boiler[0].span), footer.substr(1));
}

TEST(ReuseTest, CompareTimesRespectsPrecision) {
  EXPECT_EQ(CompareTimes("2017-11-19", "2017-11-20"), 1);
  EXPECT_EQ(CompareTimes("2017-11-19T21:11", "2017-11-19T09:00"), -1);
  EXPECT_EQ(CompareTimes("2017-11-19", "2017-11-19T21:11"), 0);
  EXPECT_EQ(CompareTimes("", "2017-11-19"), 0);
}

// The reference case: gold.json's `reuse` passages between 000/004 and
// 001/004 are found, each annotated span at least 90% covered; nothing of 12
// or more words involves 002 or 003.
TEST(ReuseTest, SeedArticlesAgainstGold) {
  testing::CollectSink sink;
  IngestStats st;
  ASSERT_TRUE(Ingest({testing::DataPath("examples/bukamal")}, {}, &sink, &st).ok());
  std::vector<Doc> docs;
  std::vector<std::string> names;
  for (const auto& a : sink.articles) {
    docs.push_back({a.id, a.source, a.published, a.text});
    names.push_back(a.origin.file.substr(a.origin.file.rfind('/') + 1));
  }
  auto index_of = [&](std::string_view name) {
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return static_cast<uint32_t>(i);
    ADD_FAILURE() << name;
    return 0u;
  };
  auto ps = Find(docs);
  for (const auto& p : ps) {
    for (uint32_t d : {p.a, p.b}) {
      if (names[d].rfind("002", 0) == 0 || names[d].rfind("003", 0) == 0) {
        EXPECT_LT(std::min(p.a_words, p.b_words), 12u) << names[p.a] << " " << names[p.b];
      }
    }
  }
  simdjson::dom::parser parser;
  simdjson::dom::element gold;
  ASSERT_EQ(parser.load(testing::DataPath("tests/data/bukamal_gold.json")).get(gold), simdjson::SUCCESS);
  int checked = 0;
  for (auto r : gold["reuse"].get_array()) {
    std::string_view kind = r["kind"].get_string().value();
    if (kind == "paraphrase") continue;  // a loose paraphrase: not expected to align
    std::string_view an = r["a"]["doc"].get_string().value(), bn = r["b"]["doc"].get_string().value();
    uint32_t a = index_of(an), b = index_of(bn);
    auto annotated = [](simdjson::dom::element side) {
      uint32_t off = static_cast<uint32_t>(side["offset_chars"].get_int64().value());
      return Span{off, off + CountCodePoints(side["text"].get_string().value())};
    };
    Span ga = annotated(r["a"]), gb = annotated(r["b"]);
    auto covered = [](Span gold_span, Span found) {
      uint32_t lo = std::max(gold_span.begin, found.begin), hi = std::min(gold_span.end, found.end);
      return hi > lo ? static_cast<double>(hi - lo) / (gold_span.end - gold_span.begin) : 0.0;
    };
    double best = 0;
    for (const auto& p : ps) {
      if (p.a == a && p.b == b) best = std::max(best, std::min(covered(ga, p.a_span), covered(gb, p.b_span)));
      if (p.a == b && p.b == a) best = std::max(best, std::min(covered(ga, p.b_span), covered(gb, p.a_span)));
    }
    EXPECT_GE(best, 0.9) << kind << " " << an << " " << bn;
    ++checked;
  }
  EXPECT_EQ(checked, 3);
}

TEST(ReuseTest, ThreadsDoNotChangeTheAnswer) {
  testing::CollectSink sink;
  IngestStats st;
  ASSERT_TRUE(Ingest({testing::DataPath("examples/bukamal")}, {}, &sink, &st).ok());
  std::vector<Doc> docs;
  for (const auto& a : sink.articles) docs.push_back({a.id, a.source, a.published, a.text});
  ReuseOptions one, two;
  two.threads = 2;
  auto p1 = Find(docs, nullptr, one), p2 = Find(docs, nullptr, two);
  ASSERT_EQ(p1.size(), p2.size());
  for (size_t i = 0; i < p1.size(); ++i) {
    EXPECT_EQ(p1[i].a, p2[i].a);
    EXPECT_EQ(p1[i].b_span.begin, p2[i].b_span.begin);
    EXPECT_EQ(p1[i].aligned, p2[i].aligned);
  }
}

}  // namespace
}  // namespace sada
