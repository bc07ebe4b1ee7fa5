// Stories, their comparison, summary and timeline: the seed articles against
// gold.json, and the properties the design promises (input order, thread
// count, time window, stable ids).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "sada/analyze.h"
#include "sada/compare.h"
#include "sada/facts.h"
#include "sada/ingest.h"
#include "sada/ner.h"
#include "sada/story.h"
#include "sada/text.h"
#include "ingest/text_meta.h"
#include "test_util.h"

namespace sada {
namespace {

std::vector<Article> Read(const std::string& rel) {
  testing::CollectSink sink;
  IngestStats st;
  EXPECT_TRUE(Ingest({testing::DataPath(rel)}, {}, &sink, &st).ok());
  return std::move(sink.articles);
}

// "000".."004" of a seed article.
std::string SeedName(const Article& a) {
  size_t s = a.origin.file.find_last_of('/');
  return a.origin.file.substr(s + 1, 3);
}

class SeedStory : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    an_ = new Analysis;
    an_->articles = Read("examples/bukamal");
    RunAnalysis(NerModel::Builtin(), AnalyzeOptions{}, an_);
  }
  static void TearDownTestSuite() { delete an_; }
  const AnalyzedStory& story() const { return an_->stories[0]; }
  std::string Name(uint32_t local) const { return SeedName(an_->articles[story().story.articles[local]]); }
  std::set<std::string> Names(const Claim& c) const {
    std::set<std::string> r;
    for (const auto& s : c.statements) r.insert(Name(s.doc));
    return r;
  }
  std::string Text(const Statement& s, bool sentence) const {
    const Article& a = an_->articles[story().story.articles[s.doc]];
    return std::string(SliceCodePoints(a.text, sentence ? s.sentence : s.span));
  }
  static Analysis* an_;
};
Analysis* SeedStory::an_ = nullptr;

TEST_F(SeedStory, OneStoryOfFiveArticlesFromFiveOutlets) {
  ASSERT_EQ(an_->stories.size(), 1u);
  const Story& s = story().story;
  EXPECT_EQ(s.articles.size(), 5u);
  std::set<std::string> outlets;
  for (uint32_t d : s.articles) outlets.insert(an_->outlets[d]);
  EXPECT_EQ(outlets.size(), 5u);
  EXPECT_EQ(s.first_published.substr(0, 10), "2017-11-19");
  EXPECT_FALSE(s.label.empty());
  // The label of an article without a title is its first line after its
  // dateline ("دمشق 19 نوفمبر 2017 / أعلنت دمشق اليوم ...").
  EXPECT_EQ(s.label.find("نوفمبر 2017 /"), std::string::npos) << s.label;
  EXPECT_NE(std::find(s.terms.begin(), s.terms.end(), "البوكمال"), s.terms.end());
}

TEST_F(SeedStory, CasualtyStatementsOf001003004DifferSideBySide) {
  const Claim* casualties = nullptr;
  for (const Claim& c : story().analysis.claims)
    if (c.kind == "casualties") casualties = &c;
  ASSERT_NE(casualties, nullptr);
  EXPECT_EQ(casualties->status, ClaimStatus::kConflicting);
  EXPECT_EQ(Names(*casualties), (std::set<std::string>{"001", "003", "004"}));
  std::map<std::string, std::string> value;
  for (const auto& s : casualties->statements) value[Name(s.doc)] = s.value;
  EXPECT_EQ(value["001"], "killed: tens; wounded: tens");  // عشرات القتلى وعشرات الجرحى
  EXPECT_EQ(value["003"], "killed: many");                 // قتل خلالها أعداد كبيرة
  EXPECT_EQ(value["004"], "killed and wounded: tens");     // مقتل وجرح العشرات
  for (const auto& s : casualties->statements) EXPECT_FALSE(Text(s, false).empty());
}

// Each statement says whom its article has say it, as gold.json's
// differences do: 001's toll per the Syrian Observatory, 003's per the army,
// the 150 fighters per SANA in 001 and per field sources in 004.
TEST_F(SeedStory, StatementsNameTheirSources) {
  std::map<std::string, std::set<std::string>> toll, fled;
  for (const Claim& c : story().analysis.claims)
    for (const Statement& s : c.statements) {
      const std::string source = s.source_entity.empty() ? s.source : s.source_entity;
      if (c.kind == "casualties") toll[Name(s.doc)].insert(source);
      if (c.kind == "figure" && c.about == "150 إرهابي") fled[Name(s.doc)].insert(source);
    }
  EXPECT_EQ(toll["001"], std::set<std::string>{"المرصد السوري"});
  EXPECT_EQ(toll["003"], std::set<std::string>{"القيادة العامة للجيش"});
  EXPECT_EQ(fled["001"], std::set<std::string>{"سانا"});
  EXPECT_EQ(fled["004"], std::set<std::string>{"مصادر ميدانية"});
}

TEST_F(SeedStory, Figure150From001And004IsOneWitnessThroughACopy) {
  const Claim* fig = nullptr;
  for (const Claim& c : story().analysis.claims)
    if (c.kind == "figure" && c.about.rfind("150 ", 0) == 0 && Names(c).size() == 2) fig = &c;
  ASSERT_NE(fig, nullptr);
  EXPECT_EQ(Names(*fig), (std::set<std::string>{"001", "004"}));
  EXPECT_EQ(fig->status, ClaimStatus::kCopied);
  EXPECT_EQ(fig->witnesses, 1);
  ASSERT_EQ(fig->copies.size(), 1u);
  // The passage of 004 is marked as the close copy of 001's.
  EXPECT_NE(Text(fig->statements[fig->copies[0].from], true).find("150"), std::string::npos);
  EXPECT_GT(fig->copies[0].similarity, 0.6);
  bool link = false;
  for (const CopyLink& l : story().copies) link = link || (Name(l.a) == "001" && Name(l.b) == "004") || (Name(l.a) == "004" && Name(l.b) == "001");
  EXPECT_TRUE(link);
}

TEST_F(SeedStory, SoleimaniLeadingTheBattleOnlyIn000And004) {
  const Claim* who = nullptr;
  for (const Claim& c : story().analysis.claims)
    if (c.kind == "entity" && c.about == "قاسم سليماني") who = &c;
  ASSERT_NE(who, nullptr);
  EXPECT_EQ(Names(*who), (std::set<std::string>{"000", "004"}));
  EXPECT_EQ(who->status, ClaimStatus::kCorroborated);
  bool led000 = false, led004 = false;
  for (const auto& s : who->statements) {
    std::string sentence = Text(s, true);
    if (Name(s.doc) == "000" && sentence.find("يقود العملية") != std::string::npos) led000 = true;
    if (Name(s.doc) == "004" && sentence.find("قاد بنفسه") != std::string::npos) led004 = true;
  }
  EXPECT_TRUE(led000);
  EXPECT_TRUE(led004);
}

// gold.json's "who led the battle" and "who covered the escape of 150
// fighters", as claims of who did what.
TEST_F(SeedStory, WhoLedTheBattleAndWhoCoveredTheEscape) {
  std::map<std::string, const Claim*> agents;
  for (const Claim& c : story().analysis.claims)
    if (c.kind == "agent") {
      EXPECT_NE(c.status, ClaimStatus::kConflicting) << c.about;
      agents[c.about] = &c;
    }
  const Claim* led = agents["led: قاسم سليماني"];
  ASSERT_NE(led, nullptr);
  EXPECT_EQ(Names(*led), (std::set<std::string>{"000", "004"}));
  EXPECT_EQ(led->status, ClaimStatus::kCorroborated);
  for (const auto& s : led->statements) EXPECT_NE(Text(s, false).find("سليماني"), std::string::npos);
  // Per SANA (001) and per field sources (004), 004's passage a close copy
  // of 001's: one witness.
  const Claim* covered = agents["covered: التحالف الدولي"];
  ASSERT_NE(covered, nullptr);
  EXPECT_EQ(Names(*covered), (std::set<std::string>{"001", "004"}));
  EXPECT_EQ(covered->status, ClaimStatus::kCopied);
  for (const auto& s : covered->statements) EXPECT_NE(Text(s, false).find("تحت غطاء"), std::string::npos);
}

TEST_F(SeedStory, TimelineHoldsTheGoldDatesWithSources) {
  std::map<std::string, std::set<std::string>> sources;
  for (const TimelineEvent& e : story().analysis.timeline) {
    EXPECT_FALSE(e.text.empty());
    for (const Cite& c : e.sources) sources[e.date].insert(Name(c.doc));
    // An event's sentence begins after its article's dateline ("دمشق 19 نوفمبر 2017 / أعلنت …").
    const Article& a = an_->articles[story().story.articles[e.sentence.doc]];
    if (a.dateline) {
      EXPECT_GE(e.sentence.span.begin, a.dateline->end) << e.text;
    }
  }
  EXPECT_EQ(sources["2017-09-21"], (std::set<std::string>{"000"}));
  EXPECT_EQ(sources["2017-10"], (std::set<std::string>{"001"}));
  EXPECT_EQ(sources["2017-10-14"], (std::set<std::string>{"003"}));  // anchored on the story's day
  EXPECT_EQ(sources["2017-11-08"], (std::set<std::string>{"001"}));
  EXPECT_EQ(sources["2017-11-09"], (std::set<std::string>{"001"}));
  EXPECT_TRUE(sources["2017-11-19"].count("000"));
  EXPECT_TRUE(sources["2017-11-19"].count("001"));
  // 003 has no date of its own: its relative date took the story's day.
  EXPECT_EQ(an_->story_anchored, 1);
  for (size_t i = 0; i < an_->articles.size(); ++i)
    if (SeedName(an_->articles[i]) == "003") {
      EXPECT_TRUE(an_->articles[i].published.empty());
      bool story_anchor = false;
      for (const Fact& f : an_->facts[i]) story_anchor = story_anchor || (f.kind == FactKind::kDate && f.anchor == "story");
      EXPECT_TRUE(story_anchor);
    }
}

// A relative date inside a passage copied from an earlier article is the
// source's day: an outlet that republishes the agency's "ظهر اليوم" the next
// morning does not move the attack a day. A template shared by two days'
// market reports (other figures), and a copy whose writer counted the days
// again ("أمس" for "اليوم"), keep their own days.
TEST(CopiedDatesTest, ARelativeDateInACopiedPassageIsTheSourcesDay) {
  const std::string attack =
      "أعلنت وزارة الداخلية أن ثلاثة عشر من رجال الأمن استشهدوا في تفجير انتحاري استهدف مسجد قوات الطوارئ "
      "الخاصة في منطقة عسير أثناء صلاة الظهر اليوم، وأن التحقيقات جارية لمعرفة منفذ التفجير ومن يقف وراءه. "
      "وأوضح المتحدث الأمني أن الجهات المختصة باشرت على الفور نقل المصابين إلى مستشفى عسير المركزي "
      "وتطويق موقع الحادث، وأن نتائج التحقيق ستعلن فور اكتمالها، داعيا المواطنين إلى الإبلاغ عن أي معلومات.";
  auto market = [](const std::string& up, const std::string& down) {
    return "أغلق مؤشر سوق الأسهم السعودية على ارتفاع طفيف بتداولات تجاوزت أربعة مليارات ريال. وشهدت تداولات "
           "اليوم ارتفاع أسهم " + up + " شركة في قيمتها وتراجعت أسهم " + down +
           " شركة، وظلت أسهم بقية الشركات دون تغيير في ختام تعاملات الأسبوع وسط ترقب المستثمرين لنتائج الربع "
           "الثاني من العام وإعلانات الشركات القيادية في قطاعي المصارف والبتروكيماويات.";
  };
  std::vector<Article> arts;
  auto add = [&](const std::string& id, const std::string& source, const std::string& published,
                 const std::string& text) {
    Article a;
    a.id = id;
    a.source = source;
    a.published = published;
    a.published_precision = Precision::kMinute;
    a.language = "ar";
    a.text = text;
    arts.push_back(std::move(a));
  };
  add("agency", "spa", "2015-08-06T14:00", attack);
  add("copy", "paper", "2015-08-07T06:00", "أبها - الجريدة: " + attack + " وقد عم الحزن أرجاء المنطقة.");
  std::string recounted = attack;
  recounted.replace(recounted.find("اليوم"), std::string("اليوم").size(), "أمس");
  add("recounted", "daily", "2015-08-07T07:00", recounted);
  add("market-1", "spa", "2015-07-21T15:00", market("70", "78"));
  add("market-2", "paper", "2015-07-22T15:00", market("81", "58"));
  Analysis an;
  an.articles = arts;
  RunAnalysis(NerModel::Builtin(), AnalyzeOptions{}, &an);
  ASSERT_FALSE(an.passages.empty() && an.duplicates.empty());
  auto date_of = [&](const std::string& id) -> const Fact* {
    for (size_t i = 0; i < an.articles.size(); ++i)
      if (an.articles[i].id == id)
        for (const Fact& f : an.facts[i])
          if (f.kind == FactKind::kDate && (f.text == "اليوم" || f.text == "أمس")) return &f;
    return nullptr;
  };
  const Fact* source = date_of("agency");
  const Fact* copied = date_of("copy");
  ASSERT_TRUE(source && copied);
  EXPECT_EQ(source->value, "2015-08-06");
  EXPECT_EQ(copied->value, "2015-08-06");  // not its own publication day, 2015-08-07
  EXPECT_EQ(copied->anchor, "copied");
  EXPECT_EQ(copied->from_article, "agency");
  ASSERT_TRUE(copied->from_span.has_value());
  EXPECT_EQ(copied->from_span->begin, source->span.begin);
  EXPECT_EQ(copied->from_span->end, source->span.end);
  ASSERT_TRUE(date_of("recounted"));
  EXPECT_EQ(date_of("recounted")->value, "2015-08-06");
  EXPECT_EQ(date_of("recounted")->anchor, "publication");
  ASSERT_TRUE(date_of("market-2"));
  EXPECT_EQ(date_of("market-2")->value, "2015-07-22");
  EXPECT_EQ(date_of("market-2")->anchor, "publication");
  EXPECT_EQ(an.copied_dates, 1);
  // The attack's story dates it once, with both outlets as sources.
  for (const AnalyzedStory& as : an.stories) {
    std::set<std::string> ids;
    for (uint32_t d : as.story.articles) ids.insert(an.articles[d].id);
    if (!ids.count("copy")) continue;
    std::map<std::string, std::set<std::string>> sources;
    for (const TimelineEvent& e : as.analysis.timeline)
      for (const Cite& c : e.sources) sources[e.date].insert(an.articles[as.story.articles[c.doc]].id);
    EXPECT_EQ(sources.count("2015-08-07"), 0u);
    EXPECT_TRUE(sources["2015-08-06"].count("agency"));
    EXPECT_TRUE(sources["2015-08-06"].count("copy"));
  }
}

TEST_F(SeedStory, FramingShowsEachOutletsLabels) {
  std::map<std::string, std::map<std::string, std::set<std::string>>> words;  // entity -> outlet -> epithets
  for (const Framing& f : story().analysis.framing)
    for (const FramingUse& u : f.uses) words[f.entity][u.outlet].insert(u.epithets.begin(), u.epithets.end());
  ASSERT_TRUE(words.count("داعش"));
  ASSERT_TRUE(words.count("التحالف"));
  EXPECT_TRUE(words["التحالف"]["سانا"].count("اللاشرعي"));
  EXPECT_TRUE(words["التحالف"]["سانا"].count("الأمريكي"));
  EXPECT_TRUE(words["التحالف"]["kayhan.ir"].count("الدولي"));
  bool wahhabi = false;
  for (const auto& [outlet, e] : words["داعش"]) wahhabi = wahhabi || e.count("الوهابية");
  EXPECT_TRUE(wahhabi);
}

// Over the whole run (Analysis::naming), as in the story: each outlet's
// labels with their counts and first use; the adjective that names a
// coalition (الدولي) is no label of it.
TEST_F(SeedStory, EachOutletsLabelsOverTheRun) {
  std::map<std::string, std::map<std::string, const OutletNaming*>> by;  // entity -> outlet -> naming
  for (const EntityNaming& e : an_->naming)
    for (const OutletNaming& o : e.outlets) by[e.entity][o.outlet] = &o;
  auto labels = [&](const std::string& entity, const std::string& outlet) {
    std::map<std::string, int64_t> out;
    if (by[entity].count(outlet))
      for (const WordUse& w : by[entity][outlet]->labels) out[Normalize(w.word, Form::kMatchKey)] = w.uses;
    return out;
  };
  ASSERT_FALSE(an_->naming.empty());
  EXPECT_EQ(an_->naming[0].entity, "داعش");  // the most labelled
  EXPECT_EQ(labels("داعش", "kayhan.ir")[Normalize("الإرهابي", Form::kMatchKey)], 5);
  EXPECT_EQ(labels("داعش", "سانا")[Normalize("الإرهابي", Form::kMatchKey)], 3);
  const auto sana = labels("التحالف الدولي", "سانا");
  EXPECT_EQ(sana.count(Normalize("الأمريكي", Form::kMatchKey)), 1u);
  EXPECT_EQ(sana.count(Normalize("اللاشرعي", Form::kMatchKey)), 1u);
  EXPECT_EQ(labels("التحالف الدولي", "kayhan.ir").count(Normalize("الدولي", Form::kMatchKey)), 0u);
  ASSERT_TRUE(by["التحالف الدولي"].count("kayhan.ir"));
  EXPECT_EQ(by["التحالف الدولي"]["kayhan.ir"]->mentions, 2);
  EXPECT_EQ(by["التحالف الدولي"]["kayhan.ir"]->labelled, 1);  // التحالف الاميركي; التحالف الدولي is not labelled
  // Every word's first use is a span of its article that holds it.
  for (const EntityNaming& e : an_->naming)
    for (const OutletNaming& o : e.outlets)
      for (const auto* list : {&o.names, &o.labels})
        for (const WordUse& w : *list) {
          ASSERT_LT(w.doc, an_->articles.size());
          EXPECT_EQ(an_->outlets[w.doc], o.outlet);
          const std::string text(SliceCodePoints(an_->articles[w.doc].text, w.span));
          const std::string last = w.word.substr(w.word.rfind(' ') + 1);  // a name's clitic is not written
          EXPECT_NE(Normalize(text, Form::kMatchKey).find(Normalize(last, Form::kMatchKey)), std::string::npos)
              << w.word << " in " << text;
        }
}

// Hand-made mentions over three outlets: a word after a name in most of its
// mentions is the end of a name cut short, not a label; a body of militias
// named by the Houthis' adjective is the Houthis; the answer does not depend
// on the thread count.
TEST(NamingTest, AWordAfterANameInMostOfItsMentionsIsPartOfTheName) {
  struct Doc {
    std::string outlet, text;
    std::vector<std::pair<std::string, std::string>> names;  // as written, canonical
  };
  const std::vector<Doc> in = {
      {"a", "هاجم داعش الإرهابي القرية، وقالت مؤسسة النور العالمية إنها ستساعد الأهالي.",
       {{"داعش", "داعش"}, {"مؤسسة النور", "مؤسسة النور"}}},
      {"b", "وأعلن تنظيم داعش مسؤوليته، وقدمت مؤسسة النور العالمية مساعدات للأهالي.",
       {{"تنظيم داعش", "داعش"}, {"مؤسسة النور", "مؤسسة النور"}}},
      {"c", "ونددت مؤسسة النور العالمية بهجوم داعش الإرهابي على القرية.",
       {{"مؤسسة النور", "مؤسسة النور"}, {"داعش", "داعش"}}},
      {"a", "وقصفت الميليشيات الحوثية الأحياء السكنية، واتهم الأهالي الحوثيين بالقصف.", {{"الحوثيين", "الحوثيين"}}},
      {"b", "وتقدمت الميليشيات الانقلابية نحو المدينة، وأعلن الحوثيين السيطرة عليها.", {{"الحوثيين", "الحوثيين"}}},
      {"a", "وواصلت المليشيات الحوثية قصف الأحياء.", {}},
  };
  std::vector<Article> articles(in.size());
  std::vector<std::vector<Fact>> facts(in.size());
  std::vector<StoryDoc> docs;
  for (size_t i = 0; i < in.size(); ++i) {
    articles[i].id = in[i].outlet;
    articles[i].source = in[i].outlet;
    articles[i].language = "ar";
    articles[i].text = in[i].text;
    for (const auto& [written, name] : in[i].names) {
      Fact f;
      f.kind = FactKind::kEntity;
      f.type = EntityType::kOrganisation;
      const size_t at = in[i].text.find(written);
      ASSERT_NE(at, std::string::npos);
      const auto b = static_cast<uint32_t>(CountCodePoints(in[i].text.substr(0, at)));
      f.span = Span{b, b + static_cast<uint32_t>(CountCodePoints(written))};
      f.text = f.surface = written;
      f.name = name;
      facts[i].push_back(f);
    }
    docs.push_back({&articles[i], in[i].outlet, &facts[i], nullptr});
  }
  const std::vector<EntityNaming> one = NamingAcrossArticles(docs, {{0, 1, 2}, {3, 4, 5}}, 1);
  ASSERT_EQ(one.size(), 3u);
  EXPECT_EQ(one[0].entity, "داعش");
  EXPECT_EQ(one[0].mentions, 3);
  std::map<std::string, const OutletNaming*> isis;
  for (const OutletNaming& o : one[0].outlets) isis[o.outlet] = &o;
  ASSERT_EQ(isis.size(), 3u);
  EXPECT_EQ(isis["a"]->labelled, 1);
  EXPECT_EQ(isis["b"]->labelled, 0);
  ASSERT_EQ(isis["c"]->labels.size(), 1u);
  EXPECT_EQ(isis["c"]->labels[0].word, "الإرهابي");
  EXPECT_EQ(isis["c"]->labels[0].doc, 2u);
  EXPECT_EQ(SliceCodePoints(in[2].text, isis["c"]->labels[0].span), "داعش الإرهابي");
  ASSERT_EQ(isis["b"]->names.size(), 1u);
  EXPECT_EQ(isis["b"]->names[0].word, "تنظيم داعش");
  // The Houthis' militias are the Houthis: الحوثية names them, الانقلابية labels them.
  // المليشيات and الميليشيات are one word in two spellings.
  ASSERT_EQ(one[1].entity, "الحوثيين");
  EXPECT_EQ(one[1].mentions, 5);
  for (const OutletNaming& o : one[1].outlets) {
    std::map<std::string, int64_t> names;
    std::set<std::string> labels;
    for (const WordUse& w : o.names) names[w.word.substr(w.word.rfind(' ') + 1)] = w.uses;
    for (const WordUse& w : o.labels) labels.insert(w.word);
    if (o.outlet == "a") {
      EXPECT_EQ(names, (std::map<std::string, int64_t>{{"الحوثيين", 1}, {"الحوثية", 2}}));
      EXPECT_TRUE(labels.empty());
    } else {
      EXPECT_EQ(labels, (std::set<std::string>{"الانقلابية"}));
    }
  }
  // العالمية follows مؤسسة النور in all three outlets: part of its name.
  EXPECT_EQ(one[2].entity, "مؤسسة النور");
  for (const OutletNaming& o : one[2].outlets) {
    EXPECT_EQ(o.labelled, 0) << o.outlet;
    EXPECT_TRUE(o.labels.empty()) << o.outlet;
  }
  const std::vector<EntityNaming> two = NamingAcrossArticles(docs, {{0, 1, 2}, {3, 4, 5}}, 2);
  ASSERT_EQ(two.size(), one.size());
  for (size_t e = 0; e < one.size(); ++e) {
    EXPECT_EQ(two[e].entity, one[e].entity);
    ASSERT_EQ(two[e].outlets.size(), one[e].outlets.size());
    for (size_t o = 0; o < one[e].outlets.size(); ++o) {
      EXPECT_EQ(two[e].outlets[o].outlet, one[e].outlets[o].outlet);
      EXPECT_EQ(two[e].outlets[o].labelled, one[e].outlets[o].labelled);
      EXPECT_EQ(two[e].outlets[o].labels.size(), one[e].outlets[o].labels.size());
    }
  }
}

// What the run's names hold is no label: "مجلس الأمن القومي" tagged whole
// in three articles of two outlets makes القومي after "مجلس الأمن" the end
// of its name, over the run and in a story's framing given the run's names
// (a story alone, with one such article, keeps it) — but a word that takes
// a side stays a label wherever the tagger put it ("الحكومة اليمنية
// الشرعية"). A masculine adjective after a feminine name ("مفوض الأمم
// المتحدة السامي") and a player's country before his name ("النصر
// الأوروجوياني فابيان") are not the body's either; "الموالي لحفتر" is loyal
// to him, a label; "موقع تويتر الاجتماعي" says what kind of site. After a
// word of the body's kind only a side, a leaning or an origin is the body's:
// "صحيفة «ليبراسيون» الفرنسية اليسارية" is labelled, "مجلة «ساينس» العلمية"
// and "شركة توتال النفطية" are not, nor is "حساب وزارة الداخلية الرسمي"
// (the account's). A participle shaped like one ("مشروع داعش الداعي إلى")
// labels nothing, and a feminine adjective after التحالف is the noun's
// before it ("طائرات التحالف الحربية").
TEST(NamingTest, WhatTheRunsNamesHoldIsNoLabel) {
  struct Name {
    std::string written, canonical;
    EntityType type = EntityType::kOrganisation;
    std::string surface;  // without a clitic; empty: as written
  };
  struct Doc {
    std::string outlet, text;
    std::vector<Name> names;
  };
  const EntityType kPerson = EntityType::kPerson, kOrg = EntityType::kOrganisation;
  const std::vector<Doc> in = {
      {"a", "واجتمع مجلس الأمن القومي في واشنطن أمس.", {{"مجلس الأمن القومي", "مجلس الأمن القومي"}}},
      {"b", "وقال مجلس الأمن القومي إن التهديد قائم.", {{"مجلس الأمن القومي", "مجلس الأمن القومي"}}},
      {"a", "وحذر مجلس الأمن القومي من الهجمات.", {{"مجلس الأمن القومي", "مجلس الأمن القومي"}}},
      {"a", "وقالت الحكومة اليمنية الشرعية إنها عادت.", {{"الحكومة اليمنية الشرعية", "الحكومة اليمنية الشرعية"}}},
      {"b", "وعادت الحكومة اليمنية الشرعية إلى عدن.", {{"الحكومة اليمنية الشرعية", "الحكومة اليمنية الشرعية"}}},
      {"a", "وأكدت الحكومة اليمنية الشرعية عودتها.", {{"الحكومة اليمنية الشرعية", "الحكومة اليمنية الشرعية"}}},
      {"c",
       "وقال مجلس الأمن القومي الأمريكي إن الحكومة اليمنية الشرعية عادت، ودعا مفوض الأمم المتحدة السامي إلى "
       "التهدئة، وانضم إلى نادي النصر الأوروجوياني فابيان، وتقدم الجيش الليبي الموالي لحفتر، وكتب على موقع تويتر "
       "الاجتماعي، ونشرت مجلة «ساينس» العلمية وصحيفة «ليبراسيون» الفرنسية اليسارية وشركة توتال النفطية "
       "وحساب وزارة الداخلية الرسمي الخبر، وحذر من مشروع داعش الداعي إلى التدمير، وقصفت طائرات التحالف الحربية "
       "المواقع.",
       {{"مجلس الأمن", "مجلس الأمن"},
        {"الحكومة اليمنية", "الحكومة اليمنية"},
        {"الأمم المتحدة", "الأمم المتحدة"},
        {"النصر", "النصر"},
        {"فابيان", "فابيان", kPerson},
        {"الجيش الليبي", "الجيش الليبي"},
        {"لحفتر", "حفتر", kPerson, "حفتر"},
        {"تويتر", "تويتر"},
        {"ساينس", "ساينس"},
        {"ليبراسيون", "ليبراسيون"},
        {"شركة توتال", "شركة توتال"},
        {"وزارة الداخلية", "وزارة الداخلية"},
        {"داعش", "داعش"}}},
      {"d",
       "وصوت مجلس الأمن على القرار، وقالت الحكومة اليمنية والأمم المتحدة والنصر والجيش الليبي وتويتر وساينس "
       "وليبراسيون وشركة توتال ووزارة الداخلية وداعش ذلك، وقصفت طائرات التحالف الحربية المواقع.",
       {{"مجلس الأمن", "مجلس الأمن"},
        {"الحكومة اليمنية", "الحكومة اليمنية"},
        {"الأمم المتحدة", "الأمم المتحدة"},
        {"النصر", "النصر"},
        {"الجيش الليبي", "الجيش الليبي"},
        {"تويتر", "تويتر"},
        {"ساينس", "ساينس"},
        {"ليبراسيون", "ليبراسيون"},
        {"شركة توتال", "شركة توتال"},
        {"وزارة الداخلية", "وزارة الداخلية"},
        {"وداعش", "داعش", kOrg, "داعش"}}},
  };
  std::vector<Article> articles(in.size());
  std::vector<std::vector<Fact>> facts(in.size());
  std::vector<StoryDoc> docs;
  for (size_t i = 0; i < in.size(); ++i) {
    articles[i].id = in[i].outlet + std::to_string(i);
    articles[i].source = in[i].outlet;
    articles[i].language = "ar";
    articles[i].text = in[i].text;
    for (const Name& n : in[i].names) {
      Fact f;
      f.kind = FactKind::kEntity;
      f.type = n.type;
      const size_t at = in[i].text.find(n.written);
      ASSERT_NE(at, std::string::npos) << n.written;
      const auto b = static_cast<uint32_t>(CountCodePoints(in[i].text.substr(0, at)));
      f.span = Span{b, b + static_cast<uint32_t>(CountCodePoints(n.written))};
      f.text = n.written;
      f.surface = n.surface.empty() ? n.written : n.surface;
      f.name = n.canonical;
      facts[i].push_back(f);
    }
    docs.push_back({&articles[i], in[i].outlet, &facts[i], nullptr});
  }
  const NamePhrases names = NamePhrases::Of(docs, 1);
  EXPECT_TRUE(names.Joined(Normalize("الأمن", Form::kMatchKey), Normalize("القومي", Form::kMatchKey)));
  EXPECT_FALSE(names.Joined(Normalize("مجلس", Form::kMatchKey), Normalize("القومي", Form::kMatchKey)));
  EXPECT_TRUE(names.Joined(Normalize("اليمنية", Form::kMatchKey), Normalize("الشرعية", Form::kMatchKey)));
  std::map<std::string, std::set<std::string>> c_labels;  // entity -> outlet c's labels
  for (int threads : {1, 2}) {
    c_labels.clear();
    for (const EntityNaming& e : NamingAcrossArticles(docs, {}, threads)) {
      EXPECT_NE(e.entity, "التحالف الحربية");  // the warplanes' adjective names no coalition
      for (const OutletNaming& o : e.outlets)
        if (o.outlet == "c")
          for (const WordUse& w : o.labels) c_labels[e.entity].insert(w.word);
    }
    EXPECT_EQ(c_labels, (std::map<std::string, std::set<std::string>>{{"الحكومة اليمنية", {"الشرعية"}},
                                                                       {"الجيش الليبي", {"الموالي"}},
                                                                       {"ليبراسيون", {"اليسارية"}}}))
        << threads << " threads";
  }
  // A story of c and d: with the run's names, no label of مجلس الأمن; by
  // the story's own names (none tagged whole there), القومي is one.
  const std::vector<StoryDoc> story = {docs[6], docs[7]};
  auto story_labels = [&](const NamePhrases* run) {
    CompareOptions options;
    options.names = run;
    StoryAnalysis out;
    CompareStory(story, {}, options, &out);
    std::map<std::string, std::set<std::string>> labels;
    for (const Framing& f : out.framing)
      for (const FramingUse& u : f.uses) labels[f.entity].insert(u.epithets.begin(), u.epithets.end());
    return labels;
  };
  EXPECT_EQ(story_labels(&names).count("مجلس الأمن"), 0u);
  EXPECT_EQ(story_labels(nullptr)["مجلس الأمن"], std::set<std::string>{"القومي"});
}

// Each of the five reports says the army took Al-Bukamal, each in its own
// words, and no two wordings are alike as wholes: within the story the
// words they share are its own and weigh little. Once the summary holds
// two of them, a third adds little that is not said; it goes on to what
// else the reports say: the 150 who fled.
TEST_F(SeedStory, SummaryGoesOnFromTheLiberationToWhatElseHappened) {
  const std::vector<std::string> kRestated = {
      "أعلنت دمشق اليوم (الأحد)، أن الجيش السوري حرر بالكامل",
      "وقالت وكالة الأنباء السورية (سانا) ان \"وحدات الجيش العربي السوري قضت",
      "محور المقاومة يحرر مدينة البوكمال",
      "بعد عملية نوعية كبيرة",
      "وقالت القيادة العامة للجيش والقوات المسلحة",
  };
  int other = 0;
  bool fled = false;
  for (const SummarySentence& s : story().analysis.summary) {
    bool restated = false;
    for (const std::string& r : kRestated) restated = restated || s.text.rfind(r, 0) == 0;
    other += !restated;
    fled = fled || s.text.find("فر نحو 150 إرهابيا") != std::string::npos;
  }
  EXPECT_GE(other, 2);
  EXPECT_TRUE(fled);
}

TEST_F(SeedStory, SummaryCitesSpansThatHoldItsSentences) {
  const auto& summary = story().analysis.summary;
  ASSERT_GE(summary.size(), 3u);
  EXPECT_LE(summary.size(), 5u);
  std::set<std::string> texts;
  for (const SummarySentence& s : summary) {
    const Article& a = an_->articles[story().story.articles[s.cite.doc]];
    EXPECT_EQ(std::string(SliceCodePoints(a.text, s.cite.span)), s.text);
    EXPECT_TRUE(texts.insert(s.text).second);
  }
}

// ---- clustering properties, on 60 real articles of one day

std::vector<std::vector<std::string>> Stories(const std::vector<Article>& arts, int threads,
                                             const StoryOptions& base = {}) {
  StoryOptions o = base;
  o.threads = threads;
  StoryClusterer c(o);
  std::vector<StoryArticle> in;
  for (const Article& a : arts) in.push_back({a.id, a.source, a.published, a.title, a.language, a.text, nullptr, {}});
  c.Add(in);
  std::vector<std::vector<std::string>> out;
  for (const Story& s : c.Run(nullptr)) {
    std::vector<std::string> ids{s.id};
    for (uint32_t d : s.articles) ids.push_back(arts[d].id);
    out.push_back(ids);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(StoryClusterTest, ShuffledInputAndThreadCountGiveTheSameStories) {
  std::vector<Article> arts = Read("tests/data/stories/saudinewsnet-2015-07-21-sample.json");
  ASSERT_EQ(arts.size(), 60u);
  auto want = Stories(arts, 1);
  size_t multi = 0;
  for (const auto& s : want) multi += s.size() > 2;
  EXPECT_GE(multi, 5u);  // six stories of several outlets were sampled
  std::mt19937 rng(42);
  for (int round = 0; round < 3; ++round) {
    std::shuffle(arts.begin(), arts.end(), rng);
    EXPECT_EQ(Stories(arts, 1 + round % 2), want) << "round " << round;
  }
}

TEST(StoryClusterTest, StoryIdsStayWhenLaterArticlesAreAdded) {
  std::vector<Article> arts = Read("tests/data/stories/saudinewsnet-2015-07-21-sample.json");
  std::sort(arts.begin(), arts.end(), [](const Article& a, const Article& b) { return a.published < b.published; });
  std::vector<Article> first(arts.begin(), arts.begin() + 40);
  std::set<std::string> ids_first, ids_all;
  for (const auto& s : Stories(first, 1)) ids_first.insert(s[0]);
  for (const auto& s : Stories(arts, 1)) ids_all.insert(s[0]);
  for (const auto& id : ids_first) EXPECT_TRUE(ids_all.count(id)) << id;
}

// With an earlier analysis (sada analyze --update), a story keeps the id of
// the earlier story it holds most of, even when its own first article would
// name it otherwise (its head split off); the head gets an id of its own;
// of two earlier stories merged, the larger part's id stays.
TEST(StoryIdsTest, AStoryThatContinuesAnEarlierOneKeepsItsId) {
  Analysis an;
  for (const char* id : {"a1", "a2", "a3", "a4", "a5", "a6", "c1", "c2", "d1", "d2", "d3", "e1"}) {
    Article a;
    a.id = id;
    an.articles.push_back(a);
  }
  auto story = [&](const char* id, std::vector<uint32_t> articles) {
    AnalyzedStory s;
    s.story.id = id;
    s.story.articles = std::move(articles);
    an.stories.push_back(std::move(s));
  };
  story("sB", {2, 3, 4, 5});     // a3..a6: three of sA's five, and a new one
  story("sA", {0, 1});           // a1, a2: sA's first articles, split off
  story("sC", {6, 7, 8, 9, 10});  // sC (two) and sD (three) merged
  story("sE", {11});             // new
  const std::unordered_map<std::string, std::string> earlier = {
      {"a1", "sA"}, {"a2", "sA"}, {"a3", "sA"}, {"a4", "sA"}, {"a5", "sA"},
      {"c1", "sC"}, {"c2", "sC"}, {"d1", "sD"}, {"d2", "sD"}, {"d3", "sD"}};
  EXPECT_EQ(CarryStoryIds(earlier, &an), 2);
  EXPECT_EQ(an.stories[0].story.id, "sA");
  EXPECT_NE(an.stories[1].story.id, "sA");
  EXPECT_NE(an.stories[1].story.id, "sB");
  EXPECT_EQ(an.stories[1].story.id.size(), 17u);
  EXPECT_EQ(an.stories[2].story.id, "sD");
  EXPECT_EQ(an.stories[3].story.id, "sE");
  // Again on its own output: nothing moves.
  std::unordered_map<std::string, std::string> now;
  for (const AnalyzedStory& s : an.stories)
    for (uint32_t d : s.story.articles) now[an.articles[d].id] = s.story.id;
  const std::string head = an.stories[1].story.id;
  EXPECT_EQ(CarryStoryIds(now, &an), 0);
  EXPECT_EQ(an.stories[1].story.id, head);
}

TEST(StoryClusterTest, AStoryClosesAfterItsWindow) {
  std::vector<Article> seed = Read("examples/bukamal");
  std::vector<Article> arts;
  for (auto& a : seed)
    if (SeedName(a) == "001" || SeedName(a) == "004") arts.push_back(a);
  ASSERT_EQ(arts.size(), 2u);
  arts[0].published = "2017-11-01";
  arts[1].published = "2017-11-19";
  StoryOptions o;
  o.decay_hours = 0;
  o.window_hours = 72;
  EXPECT_EQ(Stories(arts, 1, o).size(), 2u);
  o.window_hours = 24 * 30;
  EXPECT_EQ(Stories(arts, 1, o).size(), 1u);
  // Open, but 18 days old: with the score decaying by the story's age, the
  // second report no longer joins the first.
  o.decay_hours = 72;
  auto decayed = Stories(arts, 1, o);
  EXPECT_EQ(decayed.size(), 2u);
  o.decay_hours = 24 * 365;
  EXPECT_EQ(Stories(arts, 1, o).size(), 1u);
}

// The two articles of a story of two are equally central but for rounding:
// the story is labelled by its first, whichever that is, so that its label
// does not turn on a change elsewhere in the run.
TEST(StoryClusterTest, AStoryOfTwoIsLabelledByItsFirst) {
  std::vector<Article> seed = Read("examples/bukamal");
  std::vector<Article> arts;
  for (auto& a : seed)
    if (SeedName(a) == "001" || SeedName(a) == "004") arts.push_back(a);
  ASSERT_EQ(arts.size(), 2u);
  // The labels of the stories of `which` articles, placed in that order.
  auto labels = [&](const std::vector<size_t>& which) {
    StoryClusterer c(StoryOptions{});
    std::vector<StoryArticle> in;
    int hour = 8;
    for (size_t i : which) {
      const Article& a = arts[i];
      in.push_back({a.id, a.source, "2017-11-19T0" + std::to_string(hour++) + ":00", a.title, a.language, a.text,
                    nullptr, {}});
    }
    c.Add(in);
    std::vector<std::string> out;
    for (const Story& s : c.Run(nullptr)) out.push_back(s.label);
    return out;
  };
  const std::vector<std::string> alone0 = labels({0}), alone1 = labels({1});
  ASSERT_EQ(alone0.size(), 1u);
  ASSERT_EQ(alone1.size(), 1u);
  ASSERT_NE(alone0, alone1);
  EXPECT_EQ(labels({0, 1}), alone0);
  EXPECT_EQ(labels({1, 0}), alone1);
}

// An Arabic article of its own outlet ("outlet-" + id).
Article ArabicArticle(const std::string& id, const std::string& day, const std::string& title,
                      const std::string& text) {
  Article a;
  a.id = id;
  a.source = "outlet-" + id;
  a.published = day;
  a.title = title;
  a.language = "ar";
  a.text = text;
  return a;
}

// Ten days of gold reports in the agencies' template (a topic reported every
// day), a bombing, its second report and three reactions over three days,
// among each day's other news: one-off items of words drawn from a list the
// gold reports and the bombing do not use, so that gold is about as frequent
// in the run as in news at large (the background of the bursts: 1,136 of
// SaudiNewsNet's 30,706 articles name gold).
constexpr int kOtherNews = 24;
std::vector<Article> EventAndDailyTopic() {
  std::vector<Article> arts;
  auto add = [&](const std::string& id, const std::string& day, const std::string& title, const std::string& text) {
    arts.push_back(ArabicArticle(id, day, title, text));
  };
  const char* days[] = {"2015-08-01T09:00", "2015-08-02T09:00", "2015-08-03T09:00", "2015-08-04T09:00",
                        "2015-08-05T09:00", "2015-08-06T09:00", "2015-08-07T09:00", "2015-08-08T09:00",
                        "2015-08-09T09:00", "2015-08-10T09:00"};
  const char* other[] = {"مدرسة", "حديقة", "قطار", "مهرجان", "كتاب", "معرض", "جامعة", "طلاب", "مزرعة", "نخيل",
                         "تمور", "مطعم", "فندق", "سياحة", "شاطئ", "بحر", "قارب", "صيد", "سمك", "جبل",
                         "وادي", "مطر", "سحاب", "رياح", "شجرة", "زهور", "عطر", "قهوة", "شاي", "حليب",
                         "خبز", "تاجر", "بضاعة", "ملابس", "حذاء", "رسام", "لوحة", "مسرح", "فيلم", "ممثل",
                         "أغنية", "شاعر", "قصيدة", "رواية", "مكتبة", "متحف", "قلعة", "برج", "جسر", "نفق",
                         "حافلة", "سفينة", "ميناء", "طبيب", "دواء", "ملعب", "سباحة", "دراجة", "حصان", "جمل",
                         "صحراء", "خيمة", "نجوم", "قمر"};
  uint32_t seed = 12345;
  auto word = [&] {
    seed = seed * 1103515245u + 12345u;
    return std::string(other[(seed >> 16) % std::size(other)]);
  };
  for (int d = 0; d < 10; ++d)
    for (int k = 0; k < kOtherNews; ++k) {
      std::string title = word() + " " + word() + " " + word(), text;
      for (int w = 0; w < 10; ++w) text += word() + (w == 9 ? "." : " ");
      char at[32];
      std::snprintf(at, sizeof at, "%.11s%02d:%02d", days[d], 10 + k / 3, k % 3 * 20);
      add("other-" + std::to_string(d) + "-" + std::to_string(k), at, title, text);
    }
  // Ten days of gold, each day's report in the agencies' template with that
  // day's move and figures.
  const char* moves[] = {"ارتفع", "انخفض", "صعد", "هبط", "استقر", "تراجع", "قفز", "نزل", "ارتفع", "انخفض"};
  const char* why[] = {"مع تراجع الدولار", "مع صعود الأسهم", "قبل بيانات الوظائف", "بعد قرار البنك المركزي",
                       "وسط تداول ضعيف", "مع ارتفاع عوائد السندات", "بفعل مشتريات صناديق الاستثمار",
                       "مع تحسن شهية المخاطرة", "بعد تصريحات رئيسة الاحتياطي", "مع انتعاش اليورو"};
  for (int d = 0; d < 10; ++d) {
    std::string n = std::to_string(d);
    add("gold-" + n, days[d], std::string("الذهب ") + moves[d] + " " + why[d],
        std::string(moves[d]) + " سعر الذهب في المعاملات الفورية " + why[d] + " إلى " + std::to_string(1080 + 7 * d) +
            " دولارا للأوقية وقال متعاملون في السوق إن " + why[(d + 3) % 10] + " دفع المستثمرين إلى " +
            (d % 2 ? "البيع" : "الشراء") + " وسجلت الفضة " + std::to_string(14 + d) + " دولارا.");
  }
  add("event", "2015-08-06T12:00", "تفجير انتحاري في مسجد قوات الطوارئ بعسير",
      "استهدف تفجير انتحاري ظهر اليوم مسجدا داخل مقر قوات الطوارئ الخاصة في منطقة عسير أثناء صلاة الظهر "
      "وأعلنت وزارة الداخلية استشهاد 13 من رجال الأمن وإصابة 9 آخرين في تفجير المسجد.");
  add("event-2", "2015-08-06T15:00", "الداخلية: 13 شهيدا في تفجير مسجد قوات الطوارئ بعسير",
      "أعلنت وزارة الداخلية أن 13 من رجال الأمن استشهدوا في تفجير انتحاري استهدف مسجد قوات الطوارئ الخاصة "
      "في منطقة عسير ظهر اليوم وأن التحقيقات جارية لمعرفة منفذ التفجير.");
  add("react-1", "2015-08-07T10:00", "الكويت تدين تفجير مسجد قوات الطوارئ في عسير",
      "أعربت دولة الكويت عن إدانتها واستنكارها الشديدين للعمل الإرهابي الجبان الذي استهدف مسجد قوات الطوارئ "
      "في عسير وأكدت وقوفها إلى جانب المملكة وتضامنها معها في كل ما تتخذه من إجراءات لحفظ أمنها.");
  add("react-2", "2015-08-08T10:00", "مجلس التعاون يستنكر جريمة مسجد قوات الطوارئ في عسير",
      "استنكر الأمين العام لمجلس التعاون لدول الخليج العربية الجريمة الإرهابية النكراء في مسجد قوات الطوارئ "
      "في عسير مؤكدا أنها عمل إجرامي يتنافى مع كل القيم الدينية والإنسانية وقدم التعازي لأسر الشهداء.");
  add("react-3", "2015-08-09T10:00", "أمير عسير يزور مصابي مسجد قوات الطوارئ",
      "زار أمير منطقة عسير المصابين من رجال الأمن في مستشفى عسير المركزي واطمأن على صحتهم بعد الجريمة "
      "التي استهدفت مسجد قوات الطوارئ ونقل لهم تحيات القيادة وتمنياته لهم بالشفاء العاجل.");
  return arts;
}

// Story of each article id, with the given story options.
std::map<std::string, std::string> StoryOfEach(const std::vector<Article>& arts, const StoryOptions& o) {
  Analysis an;
  an.articles = arts;
  AnalyzeOptions ao;
  ao.stories_only = true;
  ao.stories = o;
  RunAnalysis(NerModel::Builtin(), ao, &an);
  std::map<std::string, std::string> story_of;
  for (const auto& s : an.stories)
    for (uint32_t d : s.story.articles) story_of[an.articles[d].id] = s.story.id;
  return story_of;
}

size_t GoldStories(const std::map<std::string, std::string>& story_of) {
  std::set<std::string> gold;
  for (int d = 0; d < 10; ++d) gold.insert(story_of.at("gold-" + std::to_string(d)));
  EXPECT_FALSE(gold.count(story_of.at("event")));
  return gold.size();
}

// Reactions to one event, written in their own words over three days, end
// up in its story; a topic reported every day (gold) stays one story a day.
TEST(StoryClusterTest, ReactionsJoinTheirEventButDailyTopicsDoNot) {
  auto story_of = StoryOfEach(EventAndDailyTopic(), StoryOptions{});
  // The second report joins as it comes; the governor's visit three days
  // later (cosine 0.37 with the first report, too old for the decayed score)
  // and the condemnations join through the merge of bursty stories or as
  // articles left alone.
  for (const char* r : {"event-2", "react-1", "react-2", "react-3"}) EXPECT_EQ(story_of[r], story_of["event"]) << r;
  EXPECT_GE(GoldStories(story_of), 3u) << "ten days of gold reports chained into few stories";
}

// Without merges: the governor's visit, too old for the decayed score, is
// left alone by the pass and joins the event as an orphan; the gold reports
// left alone do not chain into one story (their shared words are every day's).
TEST(StoryClusterTest, ArticlesLeftAloneJoinTheirEventNotADailyTopic) {
  const auto arts = EventAndDailyTopic();
  StoryOptions o;
  o.merge_threshold = 0;
  o.orphan_threshold = 0;
  auto alone = StoryOfEach(arts, o);
  EXPECT_NE(alone["react-3"], alone["event"]);
  o.orphan_threshold = StoryOptions{}.orphan_threshold;
  auto joined = StoryOfEach(arts, o);
  EXPECT_EQ(joined["react-3"], joined["event"]);
  EXPECT_GE(GoldStories(joined), 3u);
  o.orphan_burst = 0;  // any shared words will do: the gold days chain
  EXPECT_LT(GoldStories(StoryOfEach(arts, o)), GoldStories(joined));
}

// The Asir bombing's articles joined a story of the Asir emir's morning
// receptions, which then stood as the bombing's first reports (and gave the
// story its id). A story's first articles that hold little of the words
// that weigh most in it are another story.
TEST(StoryClusterTest, ArticlesBeforeTheEventAreNotItsFirstReports) {
  auto arts = EventAndDailyTopic();
  arts.push_back(ArabicArticle("emir-1", "2015-08-06T01:00", "أمير منطقة عسير يستقبل وكيل إمارة منطقة الرياض",
                               "استقبل أمير منطقة عسير في مكتبه بالإمارة وكيل إمارة منطقة الرياض وجرى خلال "
                               "الاستقبال بحث عدد من الموضوعات في منطقة عسير."));
  StoryOptions o;
  o.threshold = 0.05;  // an article joins an open story it shares a few words with
  o.merge_threshold = 0;
  o.orphan_threshold = 0;
  o.head_cover = 0;
  auto chained = StoryOfEach(arts, o);
  ASSERT_EQ(chained["emir-1"], chained["event"]);  // the chain this test is about
  ASSERT_EQ(chained["emir-1"], chained["react-3"]);
  o.head_cover = StoryOptions{}.head_cover;
  auto split = StoryOfEach(arts, o);
  EXPECT_NE(split["emir-1"], split["event"]);
  EXPECT_EQ(split["event"], split["event-2"]);
  EXPECT_EQ(split["event"], split["react-1"]);
  EXPECT_EQ(split["emir-1"], chained["emir-1"]);  // the head keeps the story's id
}

// A run of two days cannot tell by itself an event's words from a daily
// topic's (each is as frequent in its days as over the run); the
// background corpus (here ten days of the gold and other news) stands in
// for the days it lacks. Kuwait's condemnation, in its own words, merges
// with the bombing's story through "مسجد قوات الطوارئ" and "عسير", rare in
// news; the two days of gold do not merge through "الذهب" and "الأوقية",
// which are in the news every day.
TEST(StoryClusterTest, AShortRunMeasuresBurstsAgainstTheBackground) {
  auto arts = EventAndDailyTopic();
  arts.erase(std::remove_if(arts.begin(), arts.end(),
                            [](const Article& a) {
                              return a.published.rfind("2015-08-06", 0) != 0 && a.published.rfind("2015-08-07", 0) != 0;
                            }),
             arts.end());
  ASSERT_EQ(arts.size(), 2u * kOtherNews + 2 + 3);  // others, gold, the bombing's two reports and Kuwait's
  StoryOptions o;
  o.threshold = 0.99;  // every article founds a story: the merges decide
  o.orphan_threshold = 0;
  // News at large: the ten days' gold and other news, without the bombing.
  std::vector<Article> news = EventAndDailyTopic();
  news.erase(std::remove_if(news.begin(), news.end(),
                            [](const Article& a) { return a.id.rfind("other-", 0) != 0 && a.id.rfind("gold-", 0) != 0; }),
             news.end());
  DocumentFrequencies df;
  for (const Article& a : news) df.Add(a);
  o.background = df.Write(1);
  auto story_of = StoryOfEach(arts, o);
  EXPECT_EQ(story_of["event-2"], story_of["event"]);
  EXPECT_EQ(story_of["react-1"], story_of["event"]);
  EXPECT_NE(story_of["gold-5"], story_of["gold-6"]);
  o.background_days = 0;  // the run alone: the two days' words are as frequent as the run's
  story_of = StoryOfEach(arts, o);
  EXPECT_NE(story_of["react-1"], story_of["event"]);
}

// A daily report names its own day in its first lines: the next day's
// forecast, in nearly the same words, is another day's report and starts its
// own story (its words are the weather's of every day, not an event's
// burst), while a report of the day after the bombing that names the
// bombing's day ("أمس") joins it.
TEST(StoryClusterTest, AReportOfAnotherDayIsAnotherStory) {
  auto arts = EventAndDailyTopic();
  const char* weekdays[] = {"السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"};
  const char* regions[] = {"الرياض", "المنطقة الشرقية", "مكة المكرمة", "المدينة المنورة", "تبوك", "الجوف"};
  for (int d = 0; d < 10; ++d) {  // 1 August 2015 was a Saturday
    const std::string day = "2015-08-" + std::string(d < 9 ? "0" : "") + std::to_string(d + 1) + "T08:00";
    const std::string a = regions[d % 6], b = regions[(d + 1) % 6], c = regions[(d + 2) % 6];
    arts.push_back(ArabicArticle("weather-" + std::to_string(d), day, "الأرصاد: طقس حار على " + a + " و" + b,
                                 "توقعت الرئاسة العامة للأرصاد وحماية البيئة اليوم " + std::string(weekdays[d % 7]) +
                                     " أن يكون الطقس حارا على " + a + " و" + b + " و" + c +
                                     " مع رياح نشطة مثيرة للأتربة والغبار وفرصة لتكون السحب الرعدية على "
                                     "المرتفعات الجنوبية."));
  }
  arts.push_back(ArabicArticle("event-next", "2015-08-07T08:00", "ارتفاع شهداء تفجير مسجد قوات الطوارئ بعسير إلى 15",
                               "ارتفع عدد شهداء التفجير الانتحاري الذي استهدف أمس مسجد قوات الطوارئ الخاصة في منطقة عسير "
                               "إلى 15 من رجال الأمن وأعلنت وزارة الداخلية أن التحقيقات جارية لمعرفة منفذ التفجير."));
  arts.push_back(ArabicArticle("event-funeral", "2015-08-07T12:00", "تشييع شهداء تفجير مسجد قوات الطوارئ بعسير",
                               "شيعت اليوم الجمعة جثامين شهداء التفجير الانتحاري في مسجد قوات الطوارئ الخاصة بمنطقة عسير "
                               "من رجال الأمن وأدى المصلون صلاة الميت عليهم وسط حضور كبير من أهالي المنطقة."));
  // The placement pass alone.
  StoryOptions o;
  o.merge_threshold = 0;
  o.orphan_threshold = 0;
  for (Article& a : arts) a.published_precision = Precision::kMinute;  // as a reader gives "2015-08-02T08:00"
  auto story_of = StoryOfEach(arts, o);
  EXPECT_NE(story_of["weather-1"], story_of["weather-2"]);
  EXPECT_NE(story_of["weather-5"], story_of["weather-6"]);
  EXPECT_EQ(story_of["event-next"], story_of["event"]);
  // The funeral names its own day, not the bombing's, but the words it
  // shares with the bombing's story are that event's burst.
  EXPECT_EQ(story_of["event-funeral"], story_of["event"]);
  StoryOptions no_bursts = o;
  no_bursts.merge_burst = 1e9;  // no words bursty enough: the funeral is another day's report too
  EXPECT_NE(StoryOfEach(arts, no_bursts)["event-funeral"], story_of["event"]);
  o.day_penalty = 1;  // the days not compared: the forecasts chain
  story_of = StoryOfEach(arts, o);
  EXPECT_EQ(story_of["weather-1"], story_of["weather-2"]);
  EXPECT_EQ(story_of["weather-5"], story_of["weather-6"]);
}

// A digest of briefs, each with its dateline ("موجز أخبار"), reports several
// events: it joins none of their stories, though one of its briefs is the
// event's, and nothing joins it. An article with one dateline still joins.
TEST(StoryClusterTest, ADigestOfBriefsJoinsNoStory) {
  auto arts = EventAndDailyTopic();
  const std::string bombing =
      "أعلنت وزارة الداخلية أن انتحاريا فجر نفسه في مسجد قوات الطوارئ الخاصة بمنطقة عسير واستشهد عشرة من رجال "
      "الأمن وأصيب آخرون في التفجير الإرهابي.";
  arts.push_back(ArabicArticle("digest", "2015-08-06T20:00", "موجز أخبار",
                               "* أبها - «الشرق الأوسط»: " + bombing +
                                   "\n* أثينا - «الشرق الأوسط»: أعلنت إدارة مكافحة الحرائق في اليونان السيطرة "
                                   "على حرائق غابات.\n* نيودلهي - رويترز: انهار مبنى من خمسة طوابق في غرب دلهي."));
  arts.push_back(ArabicArticle("dateline", "2015-08-06T20:30", "تفجير مسجد قوات الطوارئ بعسير",
                               "أبها - «الشرق الأوسط»: " + bombing));
  auto story_of = StoryOfEach(arts, StoryOptions{});
  EXPECT_EQ(story_of["dateline"], story_of["event"]);
  EXPECT_NE(story_of["digest"], story_of["event"]);
  int with_digest = 0;
  for (const auto& [id, story] : story_of) with_digest += story == story_of["digest"];
  EXPECT_EQ(with_digest, 1);
  EXPECT_EQ(internal::ItemDatelines("* أثينا - «الشرق الأوسط»: نص.\nياوندي - أ.ف.ب: نص.\nبكين - (د.ب.أ): نص."), 3u);
  // A numbered list and a quote are no datelines.
  EXPECT_EQ(internal::ItemDatelines("1 - البصل: يحفظ.\n2 - التوت: يغسل.\nوقال شيتي لـ«رويترز»: نعم."), 0u);
}

// A story made of merged parts keeps the lead places of every part: an
// article left alone that names, in its first lines, a place only a later
// part named (Kuwait's condemnation, then its parliament's) can still join.
TEST(StoryClusterTest, MergedStoriesKeepThePlacesOfEveryPart) {
  auto arts = EventAndDailyTopic();
  // The bombing, its second report and Kuwait's condemnation (react-1),
  // without the other reactions; then the Kuwaiti parliament's statement,
  // whose first lines name Kuwait and not Asir.
  arts.erase(std::remove_if(arts.begin(), arts.end(),
                            [](const Article& a) { return a.id == "react-2" || a.id == "react-3"; }),
             arts.end());
  arts.push_back(ArabicArticle("kuwait-parliament", "2015-08-09T10:00", "مجلس الأمة الكويتي يستنكر العمل الإرهابي الجبان",
                               "استنكر مجلس الأمة في الكويت العمل الإرهابي الجبان الذي استهدف مسجد قوات الطوارئ وأكد "
                               "تضامنه مع المملكة في كل ما تتخذه من إجراءات لحفظ أمنها وقدم التعازي لأسر الشهداء."));
  StoryOptions o;
  o.threshold = 0.99;  // every article founds a story: the merges and the articles left alone decide
  // The merges join Kuwait's condemnation and leave the parliament's
  // statement, two days after it, alone.
  auto story_of = StoryOfEach(arts, o);
  EXPECT_EQ(story_of["event-2"], story_of["event"]);
  EXPECT_EQ(story_of["react-1"], story_of["event"]);
  EXPECT_EQ(story_of["kuwait-parliament"], story_of["event"]);
}

// A place the title names is the article's own, as one its first lines
// name: Tabuk's governor condemns the bombing "in Asir" in his title, his
// first lines name only Tabuk (Asir comes later, past the lead), and his
// condemnation joins the bombing; with a title that does not name Asir, the
// places that differ keep it apart.
TEST(StoryClusterTest, APlaceTheTitleNamesIsTheArticlesOwn) {
  auto arts = EventAndDailyTopic();
  arts.erase(std::remove_if(arts.begin(), arts.end(),
                            [](const Article& a) { return a.id.starts_with("react-"); }),
             arts.end());
  const std::string body =
      "رفع صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك باسمه ونيابة عن أهالي المنطقة "
      "أصدق مشاعر العزاء والمواساة لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله في "
      "استشهاد رجال الأمن البواسل من منسوبي قوات الطوارئ الخاصة في منطقة عسير وعدد من العاملين أثناء تأديتهم "
      "صلاة الظهر في مسجد قوات الطوارئ الخاصة، وأكد أن يد العدالة ستطال كل من يقف خلف الجريمة الإرهابية.";
  arts.push_back(ArabicArticle("tabuk", "2015-08-08T10:00", "أمير تبوك: يد العدالة ستطال من يقف خلف تفجير مسجد الطوارئ بعسير",
                               body));
  StoryOptions o;
  o.threshold = 0.99;  // every article founds a story: the merges and the articles left alone decide
  auto story_of = StoryOfEach(arts, o);
  EXPECT_EQ(story_of["event-2"], story_of["event"]);
  EXPECT_EQ(story_of["tabuk"], story_of["event"]);
  arts.back().title = "أمير تبوك: يد العدالة ستطال من يقف خلف تفجير مسجد الطوارئ";
  story_of = StoryOfEach(arts, o);
  EXPECT_NE(story_of["tabuk"], story_of["event"]);
}

// Stories merge closest first, each pair checked against the groups they
// have become: an article that names two events (the king receiving Eid
// greetings and ordering judges appointed) joins one of them, and does not
// chain an Eid reception and the royal decree into one story.
TEST(StoryClusterTest, MergesDoNotChainTwoEventsThroughOneArticle) {
  auto arts = EventAndDailyTopic();  // the gold days make the run's background
  arts.push_back(ArabicArticle("eid", "2015-08-03T10:00", "وزارة الصحة تقيم حفل معايدة لمنسوبيها بمناسبة عيد الفطر",
                               "أقامت وزارة الصحة حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك بحضور وكلاء الوزارة "
                               "ومديري الإدارات وتبادل الحضور التهاني بالعيد في أجواء من الفرح."));
  arts.push_back(ArabicArticle("bridge", "2015-08-03T12:00", "الديوان الملكي يحتفل بعيد الفطر وأمر بتعيين قضاة",
                               "أقام الديوان الملكي حفل معايدة لمنسوبيه بمناسبة عيد الفطر المبارك وصدر أمر ملكي بترقية "
                               "وتعيين قضاة في وزارة العدل وديوان المظالم."));
  arts.push_back(ArabicArticle("decree", "2015-08-03T14:00", "أمر ملكي بترقية وتعيين قضاة في وزارة العدل وديوان المظالم",
                               "صدر أمر ملكي بترقية وتعيين قضاة بمختلف الدرجات القضائية في وزارة العدل وديوان المظالم "
                               "ويأتي الأمر الملكي لسد حاجة المحاكم من القضاة."));
  StoryOptions o;
  o.threshold = 0.99;  // every article founds a story: the merges decide
  o.orphan_threshold = 0;
  o.merge_needs_fact = 0;
  auto story_of = StoryOfEach(arts, o);
  EXPECT_NE(story_of["eid"], story_of["decree"]);
  EXPECT_TRUE(story_of["bridge"] == story_of["eid"] || story_of["bridge"] == story_of["decree"]);
}

// Eid receptions of a dozen ministries, over two days, joined into one story
// through the words they all use; each is its own occasion. Such a story
// names nothing in its articles' first lines that news at large does not
// name as often, and falls into each ministry's reception (two outlets'
// copies of one of them stay together). The bombing's story is as it was.
TEST(StoryClusterTest, AStoryThatNamesNothingInCommonFallsIntoItsOccasions) {
  auto arts = EventAndDailyTopic();
  // Each ministry's reception, with what its speaker spoke of.
  const char* bodies[][2] = {{"وزارة العدل", "المحاكم والقضاة وكتابات العدل"},
                             {"وزارة الصحة", "المستشفيات والمراكز الصحية والمرضى"},
                             {"وزارة النقل", "الطرق والجسور والقطارات"},
                             {"وزارة التجارة", "الأسواق والمستهلكين والسجلات التجارية"},
                             {"وزارة الإسكان", "المساكن والأراضي والقروض"},
                             {"وزارة الثقافة", "الكتب والمسارح والفنون"},
                             {"وزارة الزراعة", "المزارع والمواشي والمياه"},
                             {"وزارة المالية", "الميزانية والرواتب والمشروعات"},
                             {"وزارة الحج", "الحجاج والمعتمرين والمطوفين"},
                             {"وزارة الاقتصاد", "النمو والاستثمار والتخطيط"},
                             {"وزارة العمل", "العمالة والتوطين ومكاتب العمل"},
                             {"وزارة الخدمة المدنية", "الوظائف والموظفين والترقيات"}};
  int k = 0;
  for (const auto& [body, topic] : bodies) {
    const std::string b = body;
    const std::string day = k < 6 ? "2015-08-03T1" : "2015-08-04T1";
    arts.push_back(ArabicArticle("eid-" + std::to_string(k), day + std::to_string(k % 6) + ":00",
                                 b + " تقيم حفل معايدة لمنسوبيها",
                                 "أقامت " + b + " حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك. وتحدث وكيل " + b +
                                     " عن " + topic + " وخطط العام المقبل في " + topic + "."));
    ++k;
  }
  arts.push_back(ArabicArticle("eid-copy", "2015-08-03T19:00", "وزارة العدل تعايد منسوبيها",
                               "نظمت وزارة العدل حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك. وتحدث وكيل وزارة "
                               "العدل عن المحاكم والقضاة وكتابات العدل."));
  StoryOptions o;
  o.background_days = 10;  // the run's ten days are news at large
  o.name_share = 0;
  auto whole = StoryOfEach(arts, o);
  for (int i = 1; i < 12; ++i)  // the chain this test is about
    ASSERT_EQ(whole["eid-" + std::to_string(i)], whole["eid-0"]) << i;
  ASSERT_EQ(whole["eid-copy"], whole["eid-0"]);
  o.name_share = StoryOptions{}.name_share;
  auto split = StoryOfEach(arts, o);
  std::set<std::string> receptions;
  for (int i = 0; i < 12; ++i) receptions.insert(split["eid-" + std::to_string(i)]);
  EXPECT_EQ(receptions.size(), 12u);
  EXPECT_EQ(split["eid-copy"], split["eid-0"]);  // one reception, two outlets
  EXPECT_EQ(split["eid-0"], whole["eid-0"]);      // the first keeps the story's id
  for (const char* r : {"event-2", "react-1", "react-2", "react-3"}) EXPECT_EQ(split[r], split["event"]) << r;
  o.background_days = 14;  // a shorter run cannot tell what news at large names: left whole
  EXPECT_EQ(StoryOfEach(arts, o)["eid-5"], whole["eid-0"]);
}

TEST(StoryClusterTest, IsoHours) {
  EXPECT_EQ(IsoHours("1970-01-01"), 0);
  EXPECT_EQ(IsoHours("1970-01-02T01:30"), 25.5);
  EXPECT_EQ(IsoHours("1970-01-02T03:00:00+03:00"), 24);
  // Seconds count: of two articles a minute apart, one is first.
  EXPECT_LT(IsoHours("2015-08-06T18:23:17"), IsoHours("2015-08-06T18:23:19"));
  EXPECT_DOUBLE_EQ(IsoHours("1970-01-01T00:00:36Z"), 0.01);
  EXPECT_EQ(IsoHours("2015-02-30"), -1);
  EXPECT_EQ(IsoHours("soon"), -1);
}


// What CompareStory finds in conflict among hand-written reports, one
// sentence each, from different outlets (no copies between them). Each
// case is a kind of false conflict seen on SaudiNewsNet, or a real one.
class ConflictTest : public ::testing::Test {
 protected:
  // (outlet, published, text) per article.
  void Compare(const std::vector<std::tuple<std::string, std::string, std::string>>& reports) {
    articles_.clear();
    facts_.clear();
    for (const auto& [outlet, published, text] : reports) {
      Article a;
      a.id = outlet;
      a.source = outlet;
      a.published = published;
      a.published_precision = Precision::kMinute;
      const std::string language = DetectLanguage(text);
      a.language = language == "en" || language == "fr" ? language : "ar";
      a.text = text;
      if (auto it = bylines_.find(outlet); it != bylines_.end()) a.author = it->second;
      internal::FillFromText(&a);  // datelines, tags, as ingest reads them
      articles_.push_back(std::move(a));
    }
    facts_.resize(articles_.size());
    std::vector<StoryDoc> docs;
    for (size_t i = 0; i < articles_.size(); ++i) {
      ExtractFacts(articles_[i], NerModel::Builtin(), ExtractOptions{}, &facts_[i]);
      docs.push_back({&articles_[i], articles_[i].source, &facts_[i], nullptr});
      docs.back().column = column_outlets_.count(articles_[i].source) > 0;
      docs.back().credit = AgencyCredit(articles_[i]);
    }
    CompareStory(docs, {}, CompareOptions{}, &out_);
  }
  std::set<std::string> column_outlets_;  // outlets whose articles Compare marks as columns
  std::map<std::string, std::string> bylines_;  // outlet -> its article's byline
  // The conflicting claims of a kind, as "value@outlet" sets.
  std::vector<std::set<std::string>> Conflicts(const std::string& kind) const {
    std::vector<std::set<std::string>> r;
    for (const Claim& c : out_.claims) {
      if (c.kind != kind || c.status != ClaimStatus::kConflicting) continue;
      std::set<std::string> values;
      for (const Statement& s : c.statements) values.insert(s.value + "@" + articles_[s.doc].source);
      r.push_back(values);
    }
    return r;
  }
  std::vector<Article> articles_;
  std::vector<std::vector<Fact>> facts_;
  StoryAnalysis out_;
};

// Two outlets that both credit واس state a figure in their own words (no
// passage shared): one witness, the agency, not two; without the bylines
// they are two.
TEST_F(ConflictTest, TwoOutletsCreditingOneAgencyAreOneWitness) {
  const std::vector<std::tuple<std::string, std::string, std::string>> reports{
      {"one", "2015-07-22T10:00", "استقبلت مطارات المملكة اليوم 1200 حاج من ماليزيا في أولى رحلات موسم الحج."},
      {"two", "2015-07-22T11:00",
       "وصل إلى المملكة أمس 1200 حاج قادمين من ماليزيا على متن الرحلات الأولى للموسم، بحسب الجهات المختصة."}};
  auto figure = [&]() -> const Claim* {
    for (const Claim& c : out_.claims)
      if (c.kind == "figure" && c.statements.size() == 2) return &c;
    return nullptr;
  };
  Compare(reports);
  const Claim* c = figure();
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->status, ClaimStatus::kCorroborated);
  EXPECT_EQ(c->witnesses, 2);
  bylines_ = {{"one", "الرياض - واس"}, {"two", "جدة: واس"}};
  Compare(reports);
  c = figure();
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->status, ClaimStatus::kCopied);
  EXPECT_EQ(c->witnesses, 1);
  ASSERT_EQ(c->copies.size(), 1u);
  EXPECT_EQ(c->copies[0].credit, "واس");
  // Two agencies are two witnesses.
  bylines_ = {{"one", "الرياض - واس"}, {"two", "لندن - رويترز"}};
  Compare(reports);
  c = figure();
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->status, ClaimStatus::kCorroborated);
  bylines_.clear();
}

// The first Saudi aid plane's arrival in Aden, on the day `when` says.
std::string Aid(const std::string& when) {
  return "وصلت " + when + " إلى مطار عدن الدولي أول طائرة مساعدات سعودية تحمل 20 طنا من المواد الغذائية.";
}

TEST_F(ConflictTest, OneEventDatedTwoWays) {
  // 2015-07-22 was a Wednesday: the days the articles name are certain.
  Compare({{"a", "2015-07-22T10:00", Aid("أمس الثلاثاء")},
           {"b", "2015-07-22T12:00", Aid("اليوم الأربعاء")}});
  EXPECT_EQ(Conflicts("date"), (std::vector<std::set<std::string>>{{"2015-07-21@a", "2015-07-22@b"}}));
  // A day counted from a publication time two days from the other.
  Compare({{"a", "2015-07-22T10:00", Aid("أمس الاثنين")},
           {"b", "2015-07-22T12:00", Aid("اليوم")}});
  EXPECT_EQ(Conflicts("date"), (std::vector<std::set<std::string>>{{"2015-07-20@a", "2015-07-22@b"}}));
}

TEST_F(ConflictTest, TodayCountedFromAPublicationTimeMayBeTheDayBefore) {
  // An article is often seen, and dated, the day after it was written: its
  // "اليوم" may be the other's "أمس".
  Compare({{"a", "2015-07-22T10:00", Aid("أمس")},
           {"b", "2015-07-22T12:00", Aid("اليوم")}});
  EXPECT_TRUE(Conflicts("date").empty());
  Compare({{"a", "2015-07-22T10:00", Aid("أمس الثلاثاء")},
           {"b", "2015-07-22T12:00", Aid("اليوم")}});
  EXPECT_TRUE(Conflicts("date").empty());
}

// A newspaper's next edition is often posted the evening before its day,
// so its "أمس" counted from the posting time is a day early: alwatan's
// "صباح أمس", posted at 17:56 on 4 August, told of the meeting aljazirah
// dated "صباح اليوم الثلاثاء" (4 August). A day counted from a publication
// time is any of three; two days away it still conflicts (OneEventDatedTwoWays).
TEST_F(ConflictTest, YesterdayOfAnEditionPostedTheEveningBefore) {
  Compare({{"a", "2015-08-04T17:56", Aid("صباح أمس")},
           {"b", "2015-08-04T18:35", Aid("صباح اليوم الثلاثاء")}});
  EXPECT_TRUE(Conflicts("date").empty());
  Compare({{"a", "2015-08-04T17:56", Aid("أمس الأول")},
           {"b", "2015-08-04T18:35", Aid("صباح اليوم الثلاثاء")}});
  EXPECT_EQ(Conflicts("date"), (std::vector<std::set<std::string>>{{"2015-08-02@a", "2015-08-04@b"}}));
}

TEST_F(ConflictTest, YesterdayPublishedADayApartSaysTheSame) {
  // Both say "yesterday"; the days differ only by their publication.
  Compare({{"a", "2015-07-22T10:00", Aid("أمس")},
           {"b", "2015-07-23T10:00", Aid("أمس")}});
  EXPECT_TRUE(Conflicts("date").empty());
}

// Days counted from their own articles' days, in articles of different
// days, are each day's news: a daily report in the same words is no
// conflict (the weather, a market, each day's air strikes).
TEST_F(ConflictTest, EachDaysReportCountsFromItsOwnDay) {
  Compare({{"a", "2015-07-22T10:00", Aid("اليوم")}, {"b", "2015-07-25T10:00", Aid("أمس")}});
  EXPECT_TRUE(Conflicts("date").empty());
  // The same reports on one day still conflict (OneEventDatedTwoWays).
  Compare({{"a", "2015-07-22T10:00", Aid("اليوم")}, {"b", "2015-07-22T12:00", Aid("أمس الأول")}});
  EXPECT_EQ(Conflicts("date").size(), 1u);
  // An article's own day is the one it names, whatever its publication
  // time: "اليوم الخميس" and "اليوم الجمعة" published the same Friday are
  // Thursday's and Friday's reports.
  Compare({{"a", "2015-07-24T10:00", Aid("اليوم الخميس")}, {"b", "2015-07-24T12:00", Aid("اليوم الجمعة")}});
  EXPECT_TRUE(Conflicts("date").empty());
}

// A day within a week of its article's is the news, one more than a month
// from it another event (what led to it); one day of the year in two years,
// one of them not written, is the year guessed, not the outlets, differing.
TEST_F(ConflictTest, TheNewsAndWhatLedToItDoNotConflict) {
  Compare({{"a", "2015-08-06T10:00",
            "ووقع الرئيس المصري عبد الفتاح السيسي على وثيقة مشروع قناة السويس الجديدة اليوم الخميس في الإسماعيلية."},
           {"b", "2015-08-06T12:00",
            "ووقع الرئيس المصري عبد الفتاح السيسي على وثيقة مشروع قناة السويس الجديدة في 5 أغسطس 2014 في الإسماعيلية."}});
  EXPECT_TRUE(Conflicts("date").empty());
  Compare({{"a", "2015-07-21T10:00", "وحددت اللجنة التنفيذية للفيفا يوم 26 فبراير 2016 موعدا للجمعية العمومية غير العادية."},
           {"b", "2015-07-21T12:00", "وحددت اللجنة التنفيذية للفيفا يوم 26 فبراير موعدا للجمعية العمومية غير العادية."}});
  EXPECT_TRUE(Conflicts("date").empty());
  // Within the month, the days still conflict.
  Compare({{"a", "2015-08-06T10:00",
            "ووقع الرئيس المصري عبد الفتاح السيسي على وثيقة مشروع قناة السويس الجديدة اليوم الخميس في الإسماعيلية."},
           {"b", "2015-08-06T12:00",
            "ووقع الرئيس المصري عبد الفتاح السيسي على وثيقة مشروع قناة السويس الجديدة في 25 يوليو 2015 في الإسماعيلية."}});
  EXPECT_EQ(Conflicts("date").size(), 1u);
}

TEST_F(ConflictTest, DifferentEventsWithTheSameTitlesDoNotConflict) {
  // The same visitor, received by the king one day and the crown prince the
  // day before: the titles alike, the events not.
  Compare({{"a", "2015-07-24T06:00",
            "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام أمس وزير الخارجية المصري سامح شكري."},
           {"b", "2015-07-24T07:00",
            "استقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية في قصره بجدة مساء أول من أمس وزير الخارجية المصري سامح شكري."}});
  EXPECT_TRUE(Conflicts("date").empty());
}

TEST_F(ConflictTest, DatesOfTwoThingsInOneSentenceDoNotConflict) {
  // One sentence alike in two outlets, each dating another thing in it: the
  // search that found the plane's debris today, the day it vanished.
  Compare({{"a", "2015-07-30T10:00",
            "توجه محققون متخصصون اليوم إلى جزيرة لاريونيون الفرنسية لفحص حطام الطائرة الماليزية المفقودة."},
           {"b", "2015-07-30T12:00",
            "توجه محققون متخصصون إلى جزيرة لاريونيون الفرنسية لفحص حطام الطائرة الماليزية المفقودة منذ 8 مارس 2014."}});
  EXPECT_TRUE(Conflicts("date").empty());
}

// A year is a reference more than an event's date: the canal's revenue
// "بحلول عام 2023" and "خلال عام 2013" date two things.
TEST_F(ConflictTest, YearsDateNoConflict) {
  Compare({{"a", "2015-08-06T10:00", "وتتوقع الحكومة ارتفاع إيرادات قناة السويس بشكل كبير بحلول عام 2023 مع زيادة عدد السفن العابرة."},
           {"b", "2015-08-08T10:00", "وارتفعت إيرادات قناة السويس بشكل كبير خلال عام 2013 مع زيادة عدد السفن العابرة."}});
  EXPECT_TRUE(Conflicts("date").empty());
}

TEST_F(ConflictTest, TheNextDaysMarketReportIsNoConflict) {
  // One report a day in the same words: other figures, another day.
  Compare({{"a", "2015-07-22T18:00", "أغلق مؤشر سوق الأسهم السعودية اليوم على انخفاض عند مستوى 9372 نقطة بتداولات تجاوزت 4.1 مليار ريال."},
           {"b", "2015-07-24T06:00", "أغلق مؤشر سوق الأسهم السعودية أمس على ارتفاع عند مستوى 9380 نقطة بتداولات تجاوزت 4.2 مليار ريال."}});
  EXPECT_TRUE(Conflicts("date").empty());
  EXPECT_TRUE(Conflicts("figure").empty());
}

TEST_F(ConflictTest, InALargeStoryAConflictHoldsOnlyTheStatementsThatDiffer) {
  std::vector<std::tuple<std::string, std::string, std::string>> reports{
      {"a", "2015-07-23T19:00", "لقي 13 شخصا مصرعهم بعد غرق مركب في نهر النيل شمال القاهرة."},
      {"b", "2015-07-23T20:00", "لقي 21 شخصا مصرعهم بعد غرق مركب في نهر النيل شمال القاهرة."},
      {"c", "2015-07-24T09:00", "وفي حادث آخر وقع تصادم سيارتين على طريق الإسكندرية الصحراوي أسفر عن إصابة 5 أشخاص."}};
  for (int i = 0; i < 9; ++i)
    reports.emplace_back("o" + std::to_string(i), "2015-07-24T10:00", "وتواصل فرق الإنقاذ البحث في نهر النيل.");
  Compare(reports);
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: 13@a", "killed: 21@b"}}));
}

// In a war's story, the reports of one day are alike as wholes, and their
// lead tolls are of different incidents (an air raid's dead in Lahj, a
// district's in Aden): in a story of many reports, articles alike as wholes
// make their lead tolls one incident's only when closer than that.
TEST_F(ConflictTest, InAWarsStoryAlikeReportsLeadWithDifferentIncidents) {
  const std::string rest =
      " وتواصلت المعارك بين المقاومة الشعبية والجيش الموالي للرئيس عبد ربه منصور هادي من جهة وميليشيات الحوثي"
      " وقوات المخلوع صالح من جهة أخرى في عدة جبهات.";
  auto war = [&](const std::string& lead, const std::string& other, const std::string& more = "") {
    std::vector<std::tuple<std::string, std::string, std::string>> reports{
        {"a", "2015-07-21T02:45", lead + rest + more}, {"b", "2015-07-21T02:53", other + rest + more}};
    for (int i = 0; i < 9; ++i)
      reports.emplace_back("o" + std::to_string(i), "2015-07-21T10:00",
                           "وأعلنت قيادة التحالف استمرار دعم الحكومة الشرعية في اليمن.");
    return reports;
  };
  Compare(war("قتل 22 من الحوثيين في غارات لطيران التحالف على مواقعهم قرب قاعدة العند في محافظة لحج.",
              "وقالت مصادر عسكرية إن المعارك في حي كريتر بمدينة عدن أسفرت عن سقوط 28 قتيلا خلال يوم واحد."));
  EXPECT_TRUE(Conflicts("casualties").empty());
  // One incident told in other words, in articles closer than that: a
  // conflict still.
  Compare(war("قتل 22 من الحوثيين في غارات لطيران التحالف على مواقعهم قرب قاعدة العند في محافظة لحج.",
              "ولقي 28 مسلحا مصرعهم بقصف جوي استهدف تجمعاتهم فجر اليوم.",
              " وأكدت مصادر في المقاومة أنها تتقدم نحو قاعدة العند بعد أن سيطرت على مثلث العند المؤدي إلى الضالع"
              " ولحج وتعز، وأن طيران التحالف يساندها في معاركها."));
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: 22@a", "killed: 28@b"}}));
}

// In a few reports of one event, each report's lead toll stands beside the
// others' in the conflict; a toll further down an article, of another
// incident (an air raid's 260 rebels in a report of a bombing's six dead),
// is not part of it, and stands as its own claim.
TEST_F(ConflictTest, InAFewReportsTheLeadTollsConflictNotEveryToll) {
  const std::string raid = " وكانت الغارات الجوية قد أسفرت الشهر الماضي عن مقتل حوالي 260 متمردا.";
  const std::string where = " في انفجار سيارة مفخخة استهدف قرية في إقليم كردستان العراق صباح اليوم الجمعة.";
  Compare({{"a", "2015-07-25T10:00", "قتل ستة أشخاص" + where + raid},
           {"b", "2015-07-25T11:00", "قتل ثمانية أشخاص" + where},
           {"c", "2015-07-25T12:00", "قتل ستة أشخاص" + where + raid}});
  EXPECT_EQ(Conflicts("casualties"),
            (std::vector<std::set<std::string>>{{"killed: 6@a", "killed: 8@b", "killed: 6@c"}}));
  bool raid_alone = false;
  for (const Claim& c : out_.claims)
    if (c.kind == "casualties" && c.status != ClaimStatus::kConflicting && c.statements.size() == 2 &&
        c.statements[0].value == "killed: about 260")
      raid_alone = true;
  EXPECT_TRUE(raid_alone);
}

// Who did it: an agent claiming an act, or blamed for it, in each outlet's
// words; independent outlets naming different agents of one act conflict.
TEST_F(ConflictTest, WhoDidItIsAClaimAndOutletsNamingOthersConflict) {
  const std::string act = " عن تفجير مسجد قوات الطوارئ في مدينة أبها أمس.";
  // The agents each outlet names, with the status of their claim.
  auto agents = [&] {
    std::set<std::string> r;
    for (const Claim& c : out_.claims)
      if (c.kind == "agent")
        for (const Statement& s : c.statements)
          r.insert(s.value + "@" + articles_[s.doc].source + ":" + ClaimStatusName(c.status));
    return r;
  };
  Compare({{"a", "2015-08-07T10:00", "أعلن تنظيم داعش مسؤوليته" + act},
           {"b", "2015-08-07T11:00", "وحمّل المتحدث باسم الحكومة اليمنية إيران المسؤولية" + act}});
  EXPECT_EQ(Conflicts("agent"), (std::vector<std::set<std::string>>{{"تنظيم داعش@a", "إيران@b"}}));
  // Two names of one side are no conflict: a state and its government, a
  // group and its name with a word of its kind.
  Compare({{"a", "2015-08-07T10:00", "وحمّل الرئيس الفلسطيني الحكومة الإسرائيلية المسؤولية الكاملة" + act},
           {"b", "2015-08-07T11:00", "وحمّلت حركة حماس إسرائيل المسؤولية" + act}});
  EXPECT_TRUE(Conflicts("agent").empty());
  EXPECT_EQ(agents().size(), 2u);
  // Two outlets naming one agent corroborate it; the act the relative names.
  Compare({{"a", "2015-08-07T10:00", "أعلن تنظيم داعش مسؤوليته" + act},
           {"b", "2015-08-07T11:00", "وكان التفجير الانتحاري الذي تبناه تنظيم داعش قد أوقع 15 قتيلا."}});
  EXPECT_TRUE(Conflicts("agent").empty());
  EXPECT_EQ(agents(), (std::set<std::string>{"تنظيم داعش@a:corroborated", "تنظيم داعش@b:corroborated"}));
  // Two acts, each with its own words: no conflict.
  Compare({{"a", "2015-08-10T10:00",
            "وأعلنت جبهة التحرير الشعبي الثوري مسؤوليتها عن الهجوم على القنصلية الأمريكية في إسطنبول."},
           {"b", "2015-08-10T11:00", "واتهم البيان حزب العمال الكردستاني بتنفيذ التفجير في قضاء سيلوبي."}});
  EXPECT_TRUE(Conflicts("agent").empty());
  EXPECT_EQ(agents().size(), 2u);
  // Carried out: "نفذ / شن / ارتكب", the agent then the act (past a count),
  // or the act, then the verb with its pronoun, then the agent.
  Compare({{"a", "2015-08-07T10:00", "وشنت طائرات التحالف الدولي 20 غارة على مواقع المسلحين في مدينة الرقة أمس."},
           {"b", "2015-08-07T11:00", "وكانت الغارات التي شنتها روسيا على مواقع المسلحين في مدينة الرقة أمس عنيفة."}});
  EXPECT_EQ(Conflicts("agent"), (std::vector<std::set<std::string>>{{"التحالف الدولي@a", "روسيا@b"}}));
  // Not a person's "attack" (words), nor a place after a preposition.
  Compare({{"a", "2015-08-07T10:00", "وشن مارادونا هجوما حادا على رئيس الاتحاد الدولي."},
           {"b", "2015-08-07T11:00", "وصد الجيش هجوما شنته من مدينة عدن مجموعة مسلحة."}});
  EXPECT_TRUE(agents().empty());
  // No agent: none claimed it, one did not, one denied it, a plan adopted,
  // a people of a country blamed, a city to protect, protecting (not under
  // the protection of) ISIS.
  Compare({{"a", "2015-08-07T10:00",
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم. ولم يعلن تنظيم داعش مسؤوليته عن الهجوم. ونفت حركة حماس "
            "مسؤوليتها" + act},
           {"b", "2015-08-07T11:00",
            "وهي الخطة التي تبنتها الحكومة السعودية. واتهمت تركيا مؤخرا أكراد سوريا بتنفيذ الهجوم. "
            "ودعا إلى حماية حلب. وتقوم الدولة التركية بحماية داعش."}});
  EXPECT_TRUE(agents().empty());
}

// A count told on two days is two days' count (a canal's ships, a market's
// trades) or an update, no conflict; told on one day, it is.
TEST_F(ConflictTest, CountsOfTwoDaysDoNotConflict) {
  auto ships = [](const char* day_b) {
    return std::vector<std::tuple<std::string, std::string, std::string>>{
        {"a", "2015-08-09T20:00", "وعبرت 37 سفينة المجرى الملاحي لقناة السويس في الاتجاهين بحمولة كبيرة."},
        {"b", day_b, "وعبرت 29 سفينة المجرى الملاحي لقناة السويس في الاتجاهين بحمولة كبيرة."}};
  };
  Compare(ships("2015-08-11T18:00"));
  EXPECT_TRUE(Conflicts("figure").empty());
  Compare(ships("2015-08-09T22:00"));
  EXPECT_EQ(Conflicts("figure").size(), 1u);
}

// Two sentences that each give three or more other figures, none in common,
// tell of two occasions (two sessions of a market, reported the same day);
// reports of one session that differ in one figure share the others.
TEST_F(ConflictTest, FiguresOfTwoOccasionsDoNotConflict) {
  auto session = [](const char* up_a, const char* shares_a, const char* up_b, const char* shares_b) {
    return std::vector<std::tuple<std::string, std::string, std::string>>{
        {"a", "2015-07-27T16:55",
         std::string("وشهدت التداولات ارتفاع أسهم ") + up_a + " شركة في قيمتها وتراجعت أسهم 95 شركة، وبلغ عدد "
             "الأسهم المتداولة " + shares_a + " مليون سهم توزعت على 92 ألف صفقة."},
        {"b", "2015-07-27T18:34",
         std::string("وشهدت التداولات ارتفاع أسهم ") + up_b + " شركة في قيمتها وتراجعت أسهم 111 شركة، وبلغ عدد "
             "الأسهم المتداولة " + shares_b + " مليون سهم توزعت على 85 ألف صفقة."}};
  };
  Compare(session("70", "158", "35", "143"));
  EXPECT_TRUE(Conflicts("figure").empty());
  // One session told with another count of one thing: 158 million shares in both.
  Compare(session("70", "158", "35", "158"));
  EXPECT_FALSE(Conflicts("figure").empty());
}

// A sentence that gives several counts of one noun counts several things:
// a report of the market's rising, falling and unchanged companies (143,
// 14, 9) set against another's rising ones alone (113) differs in the
// first count only; against one that gives 143 and 14 too, in the count
// left (9 and 7 unchanged).
TEST_F(ConflictTest, ASentencesCountsAreComparedInOrder) {
  const std::string full =
      "وشهدت تداولات اليوم ارتفاع أسهم 143 شركة في قيمتها، فيما تراجعت أسهم 14 شركة، وظلت أسهم 9 شركات أخرى بدون تغير.";
  Compare({{"a", "2015-08-10T18:36", full},
           {"b", "2015-08-10T18:43", full},
           {"c", "2015-08-10T19:06", "وشهدت التداولات ارتفاع أسهم 113 شركة في قيمتها."}});
  EXPECT_EQ(Conflicts("figure"), (std::vector<std::set<std::string>>{{"143@a", "143@b", "113@c"}}));
  Compare({{"a", "2015-08-10T18:36", full},
           {"c", "2015-08-10T19:06",
            "وبلغ عدد الأسهم المرتفعة للشركات 143 شركة، بينما بلغ عدد الأسهم المنخفضة 14 شركة، فيما استقرت أسهم 7 شركات."}});
  EXPECT_EQ(Conflicts("figure"), (std::vector<std::set<std::string>>{{"9@a", "7@c"}}));
}

TEST_F(ConflictTest, AFigureGivenToFewerDecimalsIsNoConflict) {
  auto pilgrims = [](const char* a, const char* b) {
    return std::vector<std::tuple<std::string, std::string, std::string>>{
        {"a", "2015-08-08T10:00", std::string("وبلغ عدد الحجاج القادمين من الخارج ") + a + " حاج في موسم الحج."},
        {"b", "2015-08-08T12:00", std::string("ووصل عدد الحجاج القادمين من الخارج إلى ") + b + " حاج في موسم الحج."}};
  };
  Compare(pilgrims("1.87 مليون", "1.9 مليون"));
  EXPECT_TRUE(Conflicts("figure").empty());
  Compare(pilgrims("1.87 مليون", "1.7 مليون"));
  EXPECT_EQ(Conflicts("figure").size(), 1u);
  // One significant digit rounds nothing away: 1.5 and 2 million differ.
  Compare(pilgrims("1.5 مليون", "2 مليون"));
  EXPECT_EQ(Conflicts("figure").size(), 1u);
  // Thousands too: 18 thousand is 18,360 rounded, 19.84 thousand 19,848 cut
  // after its digits; 84.7 and 86 thousand differ, and so do 1,000 and 1,700.
  Compare(pilgrims("18 ألف", "18360"));
  EXPECT_TRUE(Conflicts("figure").empty());
  Compare(pilgrims("19.84 ألف", "19 ألفا و848"));
  EXPECT_TRUE(Conflicts("figure").empty());
  Compare(pilgrims("84.7 ألف", "86 ألف"));
  EXPECT_EQ(Conflicts("figure").size(), 1u);
  Compare(pilgrims("ألف", "1700"));
  EXPECT_EQ(Conflicts("figure").size(), 1u);
}

TEST_F(ConflictTest, MeasuresAreNotComparedCountsAre) {
  // Counts are (the divers); measures are not (the share's rise); a count of
  // the dead is compared once, as casualties by role, not again as a figure.
  Compare({{"a", "2015-07-23T19:00",
            "لقي 13 شخصا مصرعهم بعد غرق مركب في نهر النيل شمال القاهرة، وشارك في الإنقاذ 40 غواصا، وارتفع سهم الشركة 3 في المائة."},
           {"b", "2015-07-23T20:00",
            "لقي 21 شخصا مصرعهم بعد غرق مركب في نهر النيل شمال القاهرة، وشارك في الإنقاذ 25 غواصا، وارتفع سهم الشركة 5 في المائة."}});
  EXPECT_EQ(Conflicts("figure"), (std::vector<std::set<std::string>>{{"40@a", "25@b"}}));
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: 13@a", "killed: 21@b"}}));
}

// Tolls more than five times apart count on other scales (a war's and a
// day's battle), not one incident differently.
TEST_F(ConflictTest, TollsOnOtherScalesDoNotConflict) {
  auto tolls = [](const char* a, const char* b) {
    return std::vector<std::tuple<std::string, std::string, std::string>>{
        {"a", "2015-07-24T10:00", std::string("وأسفرت المعارك في اليمن عن مقتل ") + a + " شخصا بحسب الأمم المتحدة."},
        {"b", "2015-07-24T12:00", std::string("وأسفرت المعارك في اليمن عن مقتل ") + b + " شخصا بحسب مصادر محلية."}};
  };
  Compare(tolls("3200", "28"));
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare(tolls("32", "28"));
  EXPECT_EQ(Conflicts("casualties").size(), 1u);
}

// Tolls that do not conflict (of the dead and of the wounded, other
// incidents in a large story) are not one corroborated claim: each toll is
// its own, corroborated where two outlets give it, unique where one does.
TEST_F(ConflictTest, EachTollIsItsOwnClaim) {
  const std::string where = " في انفجار سيارة مفخخة استهدف سوق الخضار في مدينة الرمادي غرب العراق صباح اليوم الجمعة.";
  Compare({{"a", "2015-07-25T10:00", "قتل 3 أشخاص" + where},
           {"b", "2015-07-25T11:00", "أصيب 5 أشخاص في الهجوم نفسه" + where},
           {"c", "2015-07-25T12:00", "وذكرت مصادر طبية أن 3 أشخاص قتلوا" + where}});
  std::map<std::string, std::pair<ClaimStatus, std::set<std::string>>> tolls;  // value -> status, articles
  for (const Claim& c : out_.claims)
    if (c.kind == "casualties") {
      std::set<std::string> values, docs;
      for (const Statement& st : c.statements) {
        values.insert(st.value);
        docs.insert(articles_[st.doc].id);
      }
      ASSERT_EQ(values.size(), 1u);
      tolls[*values.begin()] = {c.status, docs};
    }
  ASSERT_EQ(tolls.size(), 2u);
  EXPECT_EQ(tolls["killed: 3"].second, (std::set<std::string>{"a", "c"}));
  EXPECT_NE(tolls["killed: 3"].first, ClaimStatus::kUnique);
  EXPECT_EQ(tolls["wounded: 5"].first, ClaimStatus::kUnique);
}

TEST_F(ConflictTest, CasualtiesCountedInWordsAndThousands) {
  Compare({{"a", "2015-07-25T10:00", "أوقع الهجوم الانتحاري 32 قتيلا ومائة جريح في البلدة."},
           {"b", "2015-08-06T18:00", "وقتل 140 ألف شخص في الانفجار بحلول نهاية العام."}});
  std::set<std::string> values;
  for (const Claim& c : out_.claims)
    if (c.kind == "casualties")
      for (const Statement& s : c.statements) values.insert(s.value);
  EXPECT_EQ(values, (std::set<std::string>{"killed: 32; wounded: 100", "killed: 140000"}));
}

// A toll of the dead and one of the wounded are about different people:
// no conflict; two tolls of the dead are.
TEST_F(ConflictTest, TheDeadAndTheWoundedAreCountedApart) {
  const std::string where = " في انفجار سيارة مفخخة استهدف سوق الخضار في مدينة الرمادي غرب العراق صباح اليوم الجمعة.";
  Compare({{"a", "2015-07-25T10:00", "قتل 3 أشخاص" + where}, {"b", "2015-07-25T11:00", "أصيب 5 أشخاص" + where}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-25T10:00", "قتل 3 أشخاص" + where}, {"b", "2015-07-25T11:00", "قتل 5 أشخاص" + where}});
  EXPECT_EQ(Conflicts("casualties").size(), 1u);
}

// A statement that gives only part of what another gives does not
// contradict it: the wounded alone beside the dead and the wounded, one
// group's dead beside two groups'. Two counts of the same people do.
TEST_F(ConflictTest, PartOfATollIsNoConflictWithIt) {
  const std::string where = " في انفجار سيارة مفخخة استهدف سوق الخضار في مدينة الرمادي غرب العراق صباح اليوم الجمعة.";
  Compare({{"a", "2015-07-25T10:00", "قتل 9 أشخاص وأصيب 47 آخرون" + where},
           {"b", "2015-07-25T11:00", "أصيب 47 شخصا" + where}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-25T10:00", "قتل 7 جنود كما قتل 4 مدنيين" + where},
           {"b", "2015-07-25T11:00", "قتل 7 جنود" + where}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-25T10:00", "قتل 12 شخصا وأصيب 7 آخرون" + where},
           {"b", "2015-07-25T11:00", "قتل 12 شخصا وأصيب 9 آخرون" + where}});
  EXPECT_EQ(Conflicts("casualties").size(), 1u);
  // Parts that add up to the other's toll: twelve security men and three
  // workers are the fifteen killed.
  Compare({{"a", "2015-07-25T10:00", "أسفر الانفجار عن استشهاد 12 رجل أمن وثلاثة من العاملين وإصابة 7" + where},
           {"b", "2015-07-25T11:00", "أسفر الانفجار عن استشهاد 15 شخصا وإصابة 7" + where}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-25T10:00", "أسفر الانفجار عن استشهاد 12 رجل أمن وثلاثة من العاملين وإصابة 7" + where},
           {"b", "2015-07-25T11:00", "أسفر الانفجار عن استشهاد 17 شخصا وإصابة 7" + where}});
  EXPECT_EQ(Conflicts("casualties").size(), 1u);
}

// The killed and wounded counted together ("مقتل وإصابة العشرات") are no
// other count of the killed alone: ten dead are among tens of dead and
// wounded. Counts apart that the total cannot hold, or that cannot make it,
// still conflict with it.
TEST_F(ConflictTest, TheKilledAndWoundedTogetherAgainstEitherApart) {
  const std::string where = " في انفجار سيارة مفخخة استهدف سوق الخضار في مدينة الرمادي غرب العراق صباح اليوم الجمعة.";
  Compare({{"a", "2015-07-25T10:00", "أسفر الانفجار عن مقتل عشرة مدنيين" + where},
           {"b", "2015-07-25T11:00", "أسفر الانفجار عن مقتل وإصابة العشرات" + where}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-25T10:00", "أسفر الانفجار عن مقتل 19 شخصا وإصابة 163 آخرين" + where},
           {"b", "2015-07-25T11:00", "أسفر الانفجار عن مقتل وإصابة العشرات" + where}});
  EXPECT_EQ(Conflicts("casualties").size(), 1u);
}

// An article that gives both tolls tells two counts (two attacks; a total
// and its part), not two versions of one: the other outlet's count, which it
// also gives, is no conflict with its first.
TEST_F(ConflictTest, AnArticleThatGivesBothTollsTellsTwoCounts) {
  const std::string garissa = "وقتل مسلحو حركة الشباب 147 طالبا في الهجوم على جامعة غاريسا في شرق كينيا.";
  Compare({{"a", "2015-07-25T10:00",
            "وقتل مسلحو حركة الشباب 67 شخصا في الهجوم على مركز ويستغيت التجاري في نيروبي. " + garissa},
           {"b", "2015-07-25T11:00", garissa + " وتبنت الحركة الهجوم."}});
  EXPECT_TRUE(Conflicts("casualties").empty());
}

// A toll that only rises in order of publication reads as revised over
// time (still a conflict: later reports may simply disagree); one that
// falls, or two of the same minute that differ, do not.
TEST_F(ConflictTest, ATollThatRisesOverTimeIsMarked) {
  const std::string where = " في انفجار سيارة مفخخة استهدف سوق الخضار في مدينة الرمادي غرب العراق صباح اليوم الجمعة.";
  auto rising = [&] {
    std::vector<bool> r;
    for (const Claim& c : out_.claims)
      if (c.kind == "casualties" && c.status == ClaimStatus::kConflicting) r.push_back(c.rising);
    return r;
  };
  Compare({{"a", "2015-07-24T10:00", "قتل 3 أشخاص وأصيب 9" + where},
           {"b", "2015-07-24T14:00", "قتل 5 أشخاص وأصيب 12" + where},
           {"c", "2015-07-25T08:00", "قتل 7 أشخاص" + where}});
  EXPECT_EQ(rising(), std::vector<bool>{true});
  Compare({{"a", "2015-07-24T10:00", "قتل 5 أشخاص" + where}, {"b", "2015-07-24T14:00", "قتل 3 أشخاص" + where}});
  EXPECT_EQ(rising(), std::vector<bool>{false});
  Compare({{"a", "2015-07-24T10:00", "قتل 3 أشخاص" + where}, {"b", "2015-07-24T10:00", "قتل 5 أشخاص" + where},
           {"c", "2015-07-24T14:00", "قتل 7 أشخاص" + where}});
  EXPECT_EQ(rising(), std::vector<bool>{false});
  Compare({{"a", "", "قتل 3 أشخاص" + where}, {"b", "2015-07-24T14:00", "قتل 5 أشخاص" + where}});
  EXPECT_EQ(rising(), std::vector<bool>{false});
}

// A change is compared with changes, not with the amount it changed:
// "بزيادة 272 مسافرا" is no other count of the 98,278 travellers.
TEST_F(ConflictTest, AChangeIsNoOtherAmount) {
  Compare({{"a", "2015-08-10T10:00",
            "شهدت حركة المسافرين عبر مطار أبها زيادة الأسبوع الماضي حيث بلغ عدد المسافرين من وإلى المطار 98.278 "
            "بزيادة 272 مسافرا عن الأسبوع الذي سبقه."},
           {"b", "2015-08-10T11:00",
            "ذكر مدير مطار أبها أن حركة المسافرين من وإلى مطار أبها بلغت 98.278 مسافرا خلال الأسبوع الماضي."}});
  EXPECT_TRUE(Conflicts("figure").empty());
}

// A figure inside another's bounds does not contradict it: "أكثر من 100
// طفل" and "101 طفل", "21 شخصا على الأقل" and 23; outside them it does.
TEST_F(ConflictTest, AFigureWithinAnothersBoundsIsNoConflict) {
  const std::string freed = " كانت حركة بوكو حرام تحتجزهم رهائن في شمال شرق نيجيريا، بحسب بيان الجيش النيجيري.";
  Compare({{"a", "2015-08-03T10:00", "حرر الجيش 178 شخصا، بينهم أكثر من 100 طفل" + freed},
           {"b", "2015-08-03T11:00", "حرر الجيش 178 شخصا، بينهم 101 طفل" + freed}});
  EXPECT_TRUE(Conflicts("figure").empty());
  Compare({{"a", "2015-08-03T10:00", "حرر الجيش 178 شخصا، بينهم أكثر من 100 طفل" + freed},
           {"b", "2015-08-03T11:00", "حرر الجيش 178 شخصا، بينهم 90 طفلا" + freed}});
  EXPECT_EQ(Conflicts("figure"), (std::vector<std::set<std::string>>{{"more than 100@a", "90@b"}}));
  Compare({{"a", "2015-08-03T10:00", "حرر الجيش 178 شخصا، بينهم نحو 100 طفل" + freed},
           {"b", "2015-08-03T11:00", "حرر الجيش 178 شخصا، بينهم 97 طفلا" + freed}});
  EXPECT_TRUE(Conflicts("figure").empty());
  const std::string where = " في اشتباكات بين قبائل التبو والطوارق في مدينة سبها جنوب ليبيا أمس.";
  Compare({{"a", "2015-07-24T10:00", "قتل 21 شخصا على الأقل" + where},
           {"b", "2015-07-24T11:00", "قتل 23 شخصا" + where}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-24T10:00", "قتل 40 شخصا على الأقل" + where},
           {"b", "2015-07-24T11:00", "قتل حوالي 29 شخصا" + where}});
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: at least 40@a", "killed: about 29@b"}}));
  // Tens of dead and 38 dead agree; tens and four do not.
  Compare({{"a", "2015-07-24T10:00", "قتل عشرات الأشخاص" + where}, {"b", "2015-07-24T11:00", "قتل 38 شخصا" + where}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-24T10:00", "قتل عشرات الأشخاص" + where}, {"b", "2015-07-24T11:00", "قتل 4 أشخاص" + where}});
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: tens@a", "killed: 4@b"}}));
  // An article's vague toll besides its count does not also give the other's count.
  Compare({{"a", "2015-07-24T10:00", "قتل 40 شخصا على الأقل" + where + " وهي اشتباكات قتل فيها العشرات منذ العام الماضي."},
           {"b", "2015-07-24T11:00", "قتل حوالي 29 شخصا" + where}});
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: at least 40@a", "killed: about 29@b"}}));
}

// The lead tolls of two reports alike as wholes are two events' when their
// sentences date them in different years: Westgate's 67 dead in 2013 and
// Garissa's 147 this April, each recalled by one outlet.
TEST_F(ConflictTest, TollsOfOtherYearsDoNotConflict) {
  const std::string body =
      " وتشهد كينيا منذ سنوات هجمات تشنها حركة الشباب الصومالية المتشددة، ويعد الأمن مصدر القلق الأساسي للمستثمرين"
      " في أكبر اقتصاد في شرق أفريقيا قبيل زيارة الرئيس الأمريكي باراك أوباما إلى نيروبي.";
  Compare({{"a", "2015-07-24T10:00", "وكان الهجوم على مركز ويست غايت التجاري في نيروبي قد أوقع 67 قتيلا في 2013." + body},
           {"b", "2015-07-24T11:00", "وكان الهجوم على جامعة غاريسا قد أدى إلى مقتل 147 طالبا في أبريل." + body}});
  EXPECT_TRUE(Conflicts("casualties").empty());
  Compare({{"a", "2015-07-24T10:00", "وكان الهجوم على مركز ويست غايت التجاري في نيروبي قد أوقع 67 قتيلا في 2013." + body},
           {"b", "2015-07-24T11:00", "وكان الهجوم على مركز ويست غايت التجاري في نيروبي قد أوقع 61 قتيلا في 2013." + body}});
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: 67@a", "killed: 61@b"}}));
}

// Years next to a noun are no counts of it.
TEST_F(ConflictTest, TwoYearsAreNoTwoCounts) {
  Compare({{"a", "2015-08-06T10:00", "تقام المباراة في كوالالمبور ضمن التصفيات المؤهلة لكأس العالم 2018 وكأس آسيا 2019."},
           {"b", "2015-08-06T11:00", "تقام المباراة في كوالالمبور ضمن التصفيات المؤهلة لكأس العالم 2019 وكأس آسيا 2019."}});
  EXPECT_TRUE(Conflicts("figure").empty());
}

// Each word for the dead or the wounded takes the count its phrase gives
// it: a verbal noun the count after it, a counted noun the count before it,
// a noun after it only as a toll; a count in words is one count.
TEST_F(ConflictTest, CasualtyCountsGoWithTheirWords) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"أسفر التفجير عن استشهاد (15) وإصابة (33) من رجال الأمن.", "killed: 15; wounded: 33"},
      {"أسفر التفجير عن استشهاد 15 شخصا وإصابة آخرين بجروح.", "killed: 15"},
      {"وارتفعت حصيلة الشهداء إلى 12 بعد وفاة أحد المصابين.", "killed: 12"},
      {"وأسفرت الاشتباكات عن مقتل وإصابة العشرات من المسلحين.", "killed and wounded: tens"},
      {"وأكد المصدر أن 8 من المسلحين الحوثيين قتلوا في المواجهات.", "killed: 8"},
      {"ووصل عدد الشهداء إلى خمسة عشر شهيدا في الهجوم.", "killed: 15"},
      {"وسقط 250 شخصا بين قتيل وجريح في القصف.", "killed and wounded: 250"},
      {"وسقط 15 قتيلا وجريحا في الحادث.", "killed and wounded: 15"},
      {"وفتح المسلح النار فقتل شخصين وأصاب سبعة آخرين.", "wounded: 7"},
      {"حضر الجنازة عشرات الأقارب للشهيد وعدد كبير من رجال الأمن.", ""},
      {"وزار الأمير 18 أسرة من المصابين في المستشفى.", ""},
      {"وأكد أن قائدا للمتمردين قتل أيضا فيما تضررت ثلاثة من آلياته.", ""},
      {"وسجلت الوزارة وفاة، إضافة إلى 11 حالة جديدة.", ""},
      {"وأعلنت وفاة ما يقرب من 50 ألف شخص.", "killed: about 50000"},
      {"وانخفض معدل الإصابة إلى 1.3 إصابة لكل 100 امرأة.", ""},
      {"وباشرت الفرق 455 بلاغا تنوعت بين إصابات وحوادث.", ""},
      // Counts joined by و are parts of one toll; some of those counted are no toll of their own;
      // وفاة and توفي count the dead.
      {"وأسفر الهجوم عن استشهاد ١٢ رجل أمن وثلاثة من العاملين وإصابة ٧ آخرين.", "killed: 12; killed: 3; wounded: 7"},
      {"وأسفرت المعارك عن مقتل 6 مقاتلين من المقاومة، و11 حوثيا.", "killed: 6; killed: 11"},
      {"وأسفرت عن مقتل نحو 25 ألف شيشاني، وخمسة آلاف جندي.", "killed: about 25000; killed: 5000"},
      {"وأسفر الانفجار عن مقتل 27 شخصا و100 جريح.", "killed: 27; wounded: 100"},
      {"وقتل خمسة جنود وثلاثة منهم ضباط.", "killed: 5"},
      {"وأصيب أربعة آخرون بينهم ثلاثة أطفال أصيبوا بجروح خطيرة.", "wounded: 4"},
      {"وسجلت 49 إصابة منها 4 خطيرة.", "wounded: 49"},
      {"وبلغ عدد الحالات 1071 حالة توفي منها 471 وشفيت 585 حالة.", "killed: 471"},
      {"وفاة 4 أشخاص وإصابة 3 في حادث تصادم ببيشة.", "killed: 4; wounded: 3"},
      {"وأسفر الهجوم عن مقتل 13 شخصا هم أربعة جنود وخمسة متعاقدين.", "killed: 13"},
      {"أصيب (120) مائة وعشرون مابين رجال أمن ومواطنين.", "wounded: 120"},
      {"وسجلت الوزارة وفاة، و33 إصابة.", "wounded: 33"},
      {"وسجلت وفاة وإصابة حرجة و8 إصابات.", "wounded: 8"},
      {"وبلغ عدد الحالات 1078 توفي منهم 472 حالة.", "killed: 472"},
      {"وفاة 21 حالة وإصابة 66 شخصا، بينهم 15 حالة وفاة و40 مصابا.", "killed: 21; wounded: 66"},
  };
  for (const auto& [text, want] : cases) {
    Compare({{"a", "2015-08-07T10:00", text}});
    std::set<std::string> values;
    for (const Claim& c : out_.claims)
      if (c.kind == "casualties")
        for (const Statement& s : c.statements) values.insert(s.value);
    EXPECT_EQ(values, want.empty() ? std::set<std::string>{} : std::set<std::string>{want}) << text;
  }
}

TEST_F(ConflictTest, AnAgeIsNotACasualtyCount) {
  Compare({{"a", "2015-07-23T10:00", "وقتل محمد علاونة (22 عاما) برصاصة في الصدر خلال مواجهات قرب جنين."},
           {"b", "2015-07-23T11:00", "قتل رصاص الجيش محمد علاونة (23 سنة) خلال مواجهات قرب جنين."}});
  for (const Claim& c : out_.claims) EXPECT_NE(c.kind, "casualties");
}


// A large story's summary comes from its articles closest to the story, not
// from its earliest: a neighbour's news that began the story (five outlets'
// copies of one reception) is not what it says.
using SummaryTest = ConflictTest;
TEST_F(SummaryTest, ALargeStorysSummaryComesFromItsCentralArticles) {
  std::vector<std::tuple<std::string, std::string, std::string>> reports;
  for (int i = 0; i < 5; ++i)
    reports.push_back({"early" + std::to_string(i), "2015-08-06T08:0" + std::to_string(i),
                       "استقبل أمير منطقة عسير في مكتبه بالإمارة أمس وكيل إمارة منطقة الرياض والوفد المرافق له."});
  const char* kWho[] = {"مجلس الوزراء", "هيئة كبار العلماء", "وزارة الخارجية", "مجلس الشورى", "رابطة العالم الإسلامي"};
  const char* kHow[] = {"بشدة", "بأقوى العبارات", "بشكل قاطع", "بكل حزم", "بوضوح"};
  for (int i = 0; i < 45; ++i)
    reports.push_back({"outlet" + std::to_string(i), "2015-08-06T1" + std::to_string(i % 10) + ":00",
                       std::string("أدان ") + kWho[i % 5] + " " + kHow[(i / 5) % 5] +
                           " التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة في أبها وأسفر عن مقتل خمسة عشر شخصا " +
                           std::to_string(i) + "."});
  Compare(reports);
  ASSERT_FALSE(out_.summary.empty());
  for (const SummarySentence& s : out_.summary) EXPECT_GE(s.cite.doc, 5u) << s.text;
}

// Unnamed sources in two outlets are not one witness seen twice; a named
// speaker quoted by two outlets is corroborated.
TEST_F(SummaryTest, UnnamedSourcesAreNotCorroboratedByEachOther) {
  Compare({{"one", "2015-08-06T10:00", "وقال شهود عيان إن الانفجار وقع قرب السوق المركزي في المدينة."},
           {"two", "2015-08-06T11:00", "وقال شهود عيان إن الشرطة طوقت المكان بعد الانفجار بدقائق."},
           {"one", "2015-08-06T12:00", "وقال اللواء منصور التركي إن التحقيقات مستمرة في الحادث."},
           {"two", "2015-08-06T13:00", "وقال اللواء منصور التركي إن الأجهزة الأمنية تتابع الحادث."},
           {"one", "2015-08-06T14:00", "وقال المصدر إن المشتبه به فر من المكان."},
           {"two", "2015-08-06T15:00", "وقال المصدر إن المشتبه به اعتقل."}});
  int witnesses = 0, named = 0;
  for (const Claim& c : out_.claims) {
    if (c.kind != "quote") continue;
    if (c.about.find("شهود") != std::string::npos || c.about.find("المصدر") != std::string::npos) {
      ++witnesses;
      EXPECT_NE(c.status, ClaimStatus::kCorroborated);
    } else if (c.about.find("التركي") != std::string::npos) {
      ++named;
      EXPECT_EQ(c.status, ClaimStatus::kCorroborated);
    }
  }
  EXPECT_EQ(witnesses, 4);
  EXPECT_EQ(named, 1);
}

// One spokesman named three ways by three outlets is one speaker, quoted by
// all three; a country and its news agency stay two.
TEST_F(SummaryTest, AShortNameOfASpeakerIsTheFullNameInTheStory) {
  Compare({{"one", "2015-08-06T10:00",
            "وقال المتحدث الرسمي للدفاع المدني بالباحة العقيد جمعان بن دايس الغامدي إن الفرق سيطرت على الحريق."},
           {"two", "2015-08-06T11:00", "وقال العقيد جمعان الغامدي إن التحقيقات كشفت أن الحريق اندلع بسبب الألعاب النارية."},
           {"three", "2015-08-06T12:00", "وأكد الغامدي أن الحريق لم يسفر عن إصابات."},
           {"four", "2015-08-06T13:00", "وقالت وكالة أنباء البحرين إن السلطات أحبطت عملية تهريب."},
           {"five", "2015-08-06T14:00", "وقالت البحرين إن السلطات أحبطت عملية تهريب."}});
  std::map<std::string, std::set<std::string>> outlets;  // speaker -> outlets quoting
  for (const Claim& c : out_.claims)
    if (c.kind == "quote")
      for (const Statement& s : c.statements) outlets[c.about].insert(articles_[s.doc].source);
  EXPECT_EQ(outlets, (std::map<std::string, std::set<std::string>>{{"جمعان بن دايس الغامدي", {"one", "two", "three"}},
                                                                  {"وكالة أنباء البحرين", {"four"}},
                                                                  {"البحرين", {"five"}}}));
}

// A speaker written with America's two spellings is one speaker.
TEST_F(SummaryTest, AmericasTwoSpellingsAreOneSpeaker) {
  Compare({{"one", "2015-08-03T10:00", "وقال الوزير الأميركي إن الاتفاق النووي سيجعل المنطقة أكثر أمنا."},
           {"two", "2015-08-03T11:00", "وأكد الوزير الأمريكي أن الاتفاق النووي سيجعل المنطقة أكثر أمنا."}});
  std::map<std::string, std::set<std::string>> outlets;  // speaker -> outlets quoting
  for (const Claim& c : out_.claims)
    if (c.kind == "quote")
      for (const Statement& s : c.statements) outlets[c.about].insert(articles_[s.doc].source);
  ASSERT_EQ(outlets.size(), 1u);
  EXPECT_EQ(outlets.begin()->second, (std::set<std::string>{"one", "two"}));
}

// One person named in full by two outlets and by first and family name by
// a third is one entity the three name; bodies keep their words ("الاتحاد
// النقدي الأوروبي" is no "الاتحاد الأوروبي").
TEST_F(SummaryTest, AShortNameOfAPersonIsTheFullNameInTheStory) {
  Compare({{"one", "2015-08-02T10:00",
            "وأوضح المتحدث الرسمي للدفاع المدني النقيب نايف محمد الجهني أن الفرق أخمدت الحريق. ودعا الاتحاد "
            "الأوروبي إلى الحوار."},
           {"two", "2015-08-02T11:00",
            "وقال النقيب نايف محمد الجهني إن الحريق لم يسفر عن إصابات. وناقش الاتحاد النقدي الأوروبي الأزمة."},
           {"three", "2015-08-02T12:00", "وبحسب النقيب نايف الجهني فقد تبلغ مركز التحكم عن الحريق."}});
  std::map<std::string, std::set<std::string>> outlets;  // entity -> outlets naming it
  for (const Claim& c : out_.claims)
    if (c.kind == "entity")
      for (const Statement& s : c.statements) outlets[c.about].insert(articles_[s.doc].source);
  EXPECT_EQ(outlets["نايف محمد الجهني"], (std::set<std::string>{"one", "two", "three"}));
  EXPECT_EQ(outlets.count("نايف الجهني"), 0u);
  EXPECT_EQ(outlets["الاتحاد الأوروبي"], std::set<std::string>{"one"});
}

// A sentence whose words another chosen sentence already holds is not
// chosen again, however much longer the other is: a summary says each
// thing once.
TEST_F(SummaryTest, ASentenceHeldInAnotherIsNotSaidTwice) {
  const std::string kShort = "وكان جوسن قد أبلغ الشرطة عن سرقة سيارته الفاخرة في عام 1993.";
  const std::string kLong =
      "وكان جوسن قد أبلغ الشرطة عن سرقة سيارته الفاخرة في عام 1993، وعثرت عليها دورية للشرطة العام الماضي عند "
      "حاجز على الطريق السريع في اقليم ليمبوبو بشمال البلاد وتحفظت عليها بعد أن اكتشفت أن رقم هيكلها مزور وأن "
      "لوحاتها تعود إلى سيارة أخرى مسجلة باسم تاجر في العاصمة بريتوريا منذ سنوات طويلة.";
  Compare({{"one", "2015-08-06T10:00", kLong + " وقالت الشرطة إن التحقيق مستمر لمعرفة من باع السيارة المسروقة."},
           {"two", "2015-08-06T11:00", kShort + " وأعيدت السيارة إلى صاحبها بعد اثنين وعشرين عاما من سرقتها."}});
  int both = 0;
  for (const SummarySentence& s : out_.summary) both += s.text == kShort || s.text.rfind(kLong, 0) == 0;
  EXPECT_EQ(both, 1);
}

// Two outlets telling one thing in other words are summarised once: their
// words meet less than a copy's, but no date or figure sets them apart. The
// same words about two days' figures are two things.
TEST_F(SummaryTest, OneThingInOtherWordsIsSaidOnce) {
  const std::string kOpened =
      "افتتح الرئيس المصري عبد الفتاح السيسي رسميا مشروع قناة السويس الجديدة اليوم الخميس ووقع على وثيقة التشغيل "
      "الفعلي للقناة الجديدة.";
  const std::string kSigned =
      "وقع الرئيس عبد الفتاح السيسي أمس الخميس على وثيقة بدء تشغيل قناة السويس الجديدة بحضور عدد من ملوك ورؤساء "
      "وأمراء وقادة دول العالم.";
  Compare({{"one", "2015-08-06T18:00",
            kOpened + " وتأمل مصر أن تسهم القناة في تحسين الاقتصاد بعد سنوات من الاضطرابات السياسية."},
           {"two", "2015-08-07T06:00",
            kSigned + " وأطلقت القوات الجوية عروضا فوق المجرى الملاحي الجديد خلال الاحتفال الكبير بالافتتاح."},
           {"three", "2015-08-07T09:00",
            "وتحولت مدينة الإسماعيلية إلى ساحة احتفال كبيرة بافتتاح قناة السويس الجديدة وسط إجراءات أمنية مشددة."}});
  int told = 0;
  for (const SummarySentence& s : out_.summary) told += s.text == kOpened || s.text == kSigned;
  EXPECT_EQ(told, 1);

  const std::string kSunday = "أعلنت وزارة الصحة اليوم الأحد تسجيل 3 حالات إصابة جديدة بفيروس كورونا في الرياض.";
  const std::string kMonday = "رصدت وزارة الصحة اليوم الاثنين 5 إصابات جديدة بفيروس كورونا بين المراجعين في جدة والطائف.";
  Compare({{"one", "2015-08-09T12:00", kSunday + " وتماثلت حالتان للشفاء خلال الساعات الماضية في مستشفيات المنطقة."},
           {"two", "2015-08-10T12:00", kMonday + " ولم تسجل الوزارة أي حالة وفاة جديدة بالفيروس خلال اليوم."}});
  told = 0;
  for (const SummarySentence& s : out_.summary) told += s.text == kSunday || s.text == kMonday;
  EXPECT_EQ(told, 2);
}

// A column's sentences come after every report's: the columnist's
// restatement of the event, central as it is, gives way to what the
// reports say besides.
TEST_F(SummaryTest, AColumnsSentencesComeAfterTheReports) {
  const std::string kColumn =
      "لقد كان افتتاح قناة السويس الجديدة في الإسماعيلية بحضور الرئيس السيسي وقادة العالم يوما تاريخيا لمصر "
      "والمنطقة كلها.";
  const std::vector<std::tuple<std::string, std::string, std::string>> reports = {
      {"report", "2015-08-06T18:00",
       "افتتح الرئيس عبد الفتاح السيسي قناة السويس الجديدة في الإسماعيلية اليوم الخميس بحضور قادة العالم. "
       "وعبرت أولى السفن المجرى الجديد بعد الافتتاح مباشرة في اتجاهين متعاكسين. "
       "وبلغت تكلفة حفر القناة الجديدة ثمانية مليارات دولار جمعت من المصريين خلال أيام. "
       "وشاركت القوات الجوية بعروض فوق المجرى الملاحي خلال الاحتفال الكبير. "
       "وتتوقع هيئة القناة أن ترتفع إيراداتها إلى 13 مليار دولار بحلول عام 2023."},
      {"column", "2015-08-07T06:00", kColumn + " وعلينا أن نتذكر أن الشعوب تصنع تاريخها بنفسها."}};
  auto told = [&] {
    for (const SummarySentence& s : out_.summary)
      if (s.text == kColumn) return true;
    return false;
  };
  Compare(reports);
  ASSERT_TRUE(told()) << "the column's sentence is central enough to be told without the mark";
  column_outlets_ = {"column"};
  Compare(reports);
  EXPECT_FALSE(told());
  EXPECT_EQ(out_.summary.size(), 5u);
  column_outlets_.clear();
}

// Bylines that are a name alone mark columns where an outlet's bylines
// mostly say where a report was written or which agency sent it.
TEST(ColumnsTest, ABylineOfANameAloneWhereMostSayWhere) {
  EXPECT_TRUE(BylineIsAName("محمد السلمي"));
  EXPECT_TRUE(BylineIsAName("د. فايز بن عبدالله الشهري"));
  EXPECT_TRUE(BylineIsAName("أ.د عبد الله الدايل"));
  EXPECT_TRUE(BylineIsAName("\u00a0جمال أمين"));
  EXPECT_TRUE(BylineIsAName("فهد عامر الأحمدي"));  // a family named after a region
  for (const char* placed : {"الرياض - واس", "القاهرة: محمد عبده", "عبدالله البرقاوي- سبق- الرياض:",
                             "«الشرق الأوسط»", "أ ف ب", "د ب أ", "حمود الرميحي من الرس", "جدة  وليد العمير",
                             "عبدالرحمن إدريس ــ جدة", "واس", "محمد", ""})
    EXPECT_FALSE(BylineIsAName(placed)) << placed;
  std::vector<Article> arts;
  std::vector<std::string> outlets;
  auto add = [&](const std::string& outlet, const std::string& byline) {
    Article a;
    a.id = outlet + std::to_string(arts.size());
    a.author = byline;
    arts.push_back(a);
    outlets.push_back(outlet);
  };
  for (int i = 0; i < 20; ++i) add("paper", "الرياض - واس");
  add("paper", "محمد السلمي");
  for (int i = 0; i < 25; ++i) add("site", "John Smith");  // every byline a name
  for (int i = 0; i < 10; ++i) add("small", "جدة - واس");  // too few to tell
  add("small", "يوسف مكي");
  add("paper", "");
  const std::vector<bool> c = Columns(arts, outlets);
  ASSERT_EQ(c.size(), arts.size());
  for (size_t i = 0; i < arts.size(); ++i)
    EXPECT_EQ(c[i], arts[i].author == "محمد السلمي") << arts[i].id << " " << arts[i].author;
}

// The agency a byline or a dateline credits, by its usual name, however the
// byline writes it; outlets and names are none, and an abbreviation is
// matched whole.
TEST(ColumnsTest, TheAgencyABylineOrADatelineCredits) {
  auto credit = [](const std::string& byline, const std::string& text = "نص الخبر.") {
    Article a;
    a.author = byline;
    a.text = text;
    return AgencyCredit(a);
  };
  EXPECT_EQ(credit("الرياض - واس"), "واس");
  EXPECT_EQ(credit("واس - جدة"), "واس");
  EXPECT_EQ(credit("لندن - رويترز"), "رويترز");
  EXPECT_EQ(credit("جنيف : (رويترز)"), "رويترز");
  EXPECT_EQ(credit("الوئام - ا ف ب:"), "أ ف ب");
  EXPECT_EQ(credit("أ. ف. ب"), "أ ف ب");
  EXPECT_EQ(credit("القاهرة : (د ب ا)"), "د ب أ");
  EXPECT_EQ(credit("سبق- وكالات:"), "وكالات");
  EXPECT_EQ(credit("الكويت - كونا"), "كونا");
  for (const char* none : {"محمد السلمي", "عبدالله البرقاوي- سبق- الرياض:", "«الشرق الأوسط»", "", "إ.ب.أ", "جدة"})
    EXPECT_EQ(credit(none), "") << none;
  // A dateline that opens the text, when the byline credits none.
  Article a;
  a.text = "واس- جدة: التقى ولي ولي العهد وزير الدفاع الأمريكي.";
  a.dateline = Span{0, 9};
  EXPECT_EQ(AgencyCredit(a), "واس");
  a.author = "جدة - رويترز";
  EXPECT_EQ(AgencyCredit(a), "رويترز");  // the byline first
}

// The sentences chosen are told in the order the story went, by the first
// publication of each (its article's or a similar sentence's), not by
// score: the day's report comes before the next day's reaction that more
// outlets carried.
TEST_F(SummaryTest, ASummaryIsToldInTheOrderTheStoryWent) {
  const std::string kFirst =
      "أقدم انتحاري ظهر اليوم على تفجير نفسه داخل مسجد قوات الطوارئ الخاصة بمدينة أبها أثناء صلاة الظهر.";
  const std::string kLater =
      "تلقى نائب خادم الحرمين الشريفين اتصالا هاتفيا من وزير الداخلية البحريني أعرب فيه عن إدانته للتفجير "
      "الإرهابي الذي استهدف مسجد قوات الطوارئ.";
  Compare({{"one", "2015-08-06T13:00",
            kFirst + " وهرعت فرق الإسعاف إلى الموقع ونقلت المصابين إلى مستشفى عسير المركزي لتلقي العلاج."},
           {"two", "2015-08-07T09:00", kLater + " وقدم سموه شكره للوزير على مشاعره الطيبة تجاه المملكة وشعبها."},
           {"three", "2015-08-07T10:00", kLater + " وسأل الله أن يتغمد الشهداء بواسع رحمته وأن يمن على المصابين بالشفاء."}});
  size_t first = SIZE_MAX, later = SIZE_MAX;
  for (size_t i = 0; i < out_.summary.size(); ++i) {
    if (out_.summary[i].text == kFirst) first = i;
    if (out_.summary[i].text == kLater) later = i;
  }
  ASSERT_NE(first, SIZE_MAX);
  ASSERT_NE(later, SIZE_MAX);
  EXPECT_GT(out_.summary[later].score, out_.summary[first].score);  // by score, the reaction came first
  EXPECT_LT(first, later);
}

// Within an hour the story is one moment, told as its articles tell it:
// an article's sentences in its order, and the article whose chosen
// sentence stands first in it (a lead) before another's details, even one
// crawled a few seconds earlier. By score, the copied detail came first.
TEST_F(SummaryTest, OneMomentIsToldAsItsArticlesTellIt) {
  const std::string kLead = "وصل وزير الخارجية عادل الجبير إلى الدوحة اليوم في زيارة رسمية لدولة قطر تستغرق يومين.";
  const std::string kDetail =
      "وكان في استقبال معاليه لدى وصوله إلى مطار حمد الدولي وزير الخارجية القطري خالد العطية والقائم بالأعمال "
      "في سفارة المملكة.";
  const std::string kOther = "وأقام وزير الخارجية القطري مأدبة عشاء تكريما لوزير الخارجية السعودي والوفد المرافق له في الدوحة.";
  Compare({{"one", "2015-07-25T23:25:31", kLead + " " + kDetail},
           {"two", "2015-07-25T23:25:20", "خبر عاجل. " + kDetail},
           {"three", "2015-07-25T23:40:00", kDetail + " " + kOther}});
  std::vector<std::string> told;
  for (const SummarySentence& s : out_.summary) told.push_back(s.text);
  ASSERT_EQ(told.size(), 3u);
  double lead_score = 0, detail_score = 0;
  for (const SummarySentence& s : out_.summary) {
    if (s.text == kLead) lead_score = s.score;
    if (s.text == kDetail) detail_score = s.score;
  }
  EXPECT_GT(detail_score, lead_score);
  EXPECT_EQ(told, (std::vector<std::string>{kLead, kDetail, kOther}));
}

// A sentence a line break cut in two (it ends on "من") is neither half a
// summary sentence.
TEST_F(SummaryTest, ASentenceCutByALineIsNotSummarised) {
  const std::string kWhole = "بلغ إنتاج المملكة من المياه المحلاة في العام المالي الماضي 1107 ملايين متر مكعب بزيادة 10 في المائة.";
  Compare({{"one", "2015-08-06T10:00",
            kWhole + " وأوضح محافظ المؤسسة أن المؤسسة تنقل المياه من محطات التحلية إلى المدن من خلال شبكة مكونة من\n"
                     "21 نظاما لنقل المياه عبر خطوط أنابيب يبلغ طولها 5684 كيلومترا إلى خزانات المدن."}});
  ASSERT_FALSE(out_.summary.empty());
  for (const SummarySentence& s : out_.summary) EXPECT_EQ(s.text, kWhole);
}

// A summary sentence that a dateline opens is cited from its first word
// after it: the writer and the agency are no part of what happened.
TEST_F(SummaryTest, ASentenceBeginsAfterItsDateline) {
  Compare({{"one", "2015-08-06T10:00",
            "عبدالله البرقاوي- سبق- الرياض: بحث وزير الإسكان خلال زيارته مصلحة الجمارك أوجه التعاون بين الجهتين."}});
  ASSERT_EQ(out_.summary.size(), 1u);
  EXPECT_EQ(out_.summary[0].text, "بحث وزير الإسكان خلال زيارته مصلحة الجمارك أوجه التعاون بين الجهتين.");
}

// The writer a dateline names is no entity the story names; the people of
// the news are.
TEST_F(SummaryTest, TheWriterOfADatelineIsNoEntityOfTheStory) {
  Compare({{"one", "2015-08-06T10:00",
            "عبدالله البرقاوي- سبق- الرياض: بحث وزير الإسكان ماجد الحقيل خلال زيارته مصلحة الجمارك أوجه التعاون."}});
  std::set<std::string> persons;
  for (const Claim& c : out_.claims)
    if (c.kind == "entity") persons.insert(c.about);
  EXPECT_EQ(persons.count("عبد الله البرقاوي") + persons.count("عبدالله البرقاوي"), 0u);
  EXPECT_EQ(persons.count("ماجد الحقيل"), 1u);
}

// A caption, a credit line, a columnist's contact line or a site's footer
// says nothing that happened: no summary sentence. (Each is a line of its
// own, a sentence to the text core.)
TEST_F(SummaryTest, CaptionsCreditsAndFootersAreNotSummarised) {
  const std::string kNews = "دشن أمير منطقة عسير مهرجان أبها للتسوق والترفيه بحضور عدد من المسؤولين والأهالي.";
  Compare({{"one", "2015-08-06T10:00",
            kNews + "\nجانب من فعاليات التسوق والترفيه بمهرجان أبها الصيفي\nإعداد: صالح آل زمانان، تصوير: صالح الدغاري"
                    "\nللتواصل مع الكاتب ارسل رسالة SMS إلى الرقم المعروف"},
           {"two", "2015-08-06T11:00",
            "وشهد المهرجان في يومه الأول إقبالا كبيرا من الزوار والعائلات. رابط الخبر بصحيفة الوئام: أمير عسير يدشن "
            "مهرجان أبها للتسوق والترفيه بحضور المسؤولين"}});
  ASSERT_FALSE(out_.summary.empty());
  for (const SummarySentence& s : out_.summary) {
    EXPECT_TRUE(s.text == kNews || s.text == "وشهد المهرجان في يومه الأول إقبالا كبيرا من الزوار والعائلات.") << s.text;
  }
}

// A sentence that leans on the one before it does not stand in a summary
// (who added? what came?), nor does a contact line however long; they
// still count for the others' support.
TEST_F(SummaryTest, ASentenceThatLeansOnTheOneBeforeIsNotSummarised) {
  const std::string kLead = "دشن أمير منطقة عسير مهرجان أبها للتسوق والترفيه بحضور عدد من المسؤولين والأهالي.";
  const std::string kNamed = "وقال أمين منطقة عسير إن المهرجان يضم أكثر من مئة فعالية للعائلات والأطفال هذا العام.";
  Compare({{"one", "2015-08-06T10:00",
            kLead + " وأضاف أن المهرجان يضم أكثر من مئة فعالية للعائلات والأطفال في متنزهات أبها. جاء ذلك خلال "
                    "تدشين مهرجان أبها للتسوق والترفيه بحضور عدد من المسؤولين."},
           {"two", "2015-08-06T11:00",
            kNamed + " وأوضح: إن مهرجان أبها للتسوق والترفيه يستقبل الزوار من المسؤولين والأهالي يوميا. "
                     "أوضح ذلك مدير مهرجان أبها للتسوق والترفيه معربا عن تقديره لجهود المسؤولين والأهالي. "
                     "للتواصل مع الكاتب عن مهرجان أبها للتسوق والترفيه ارسل رسالة إلى writer@example.com"}});
  ASSERT_FALSE(out_.summary.empty());
  for (const SummarySentence& s : out_.summary) EXPECT_TRUE(s.text == kLead || s.text == kNamed) << s.text;
}

// In English, a sentence that a pronoun or a pointing word opens ("He added
// that …", "This came after …") leans on the one before too.
TEST_F(SummaryTest, AnEnglishSentenceThatLeansOnTheOneBeforeIsNotSummarised) {
  const std::string kLead = "The Saudi foreign minister arrived in Doha on Sunday for talks with the emir of Qatar.";
  Compare({{"one", "2015-07-26T10:00",
            kLead + " He added that the talks in Doha would cover the war in Yemen and the nuclear deal with Iran. "
                    "This came after the foreign minister of Qatar arrived in Riyadh for talks last week."},
           {"two", "2015-07-26T11:00", kLead}});
  ASSERT_FALSE(out_.summary.empty());
  for (const SummarySentence& s : out_.summary) EXPECT_EQ(s.text, kLead);
}

// A verb of saying with a quotation or a comma right after it ("وأضاف «هذا
// سيسمح لنا ...»"، "وأضاف، شاركت فرق ...") has its speaker in a sentence
// before; a short name in quotation marks after it ("وقال "عبد الله سالم
// القرني"،") is the speaker.
TEST_F(SummaryTest, ASayingWithoutItsSpeakerIsNotSummarised) {
  const std::string kLead = "أعلن نادي ريال مدريد إطلاق متجره الرسمي في الصين عبر الإنترنت بالتعاون مع شركة علي بابا.";
  const std::string kQuoted = "وأضاف «هذا سيسمح لنا بإطلاق متجر ريال مدريد الرسمي في الصين أمام ملايين المستهلكين عبر الإنترنت».";
  const std::string kComma = "وأضاف، يطلق نادي ريال مدريد متجره الرسمي في الصين عبر الإنترنت لملايين المستهلكين هذا الأسبوع.";
  const std::string kName = "وقال \"عبد الله سالم القرني\"، مدير التسويق، إن متجر ريال مدريد الرسمي في الصين يطلق عبر الإنترنت.";
  Compare({{"one", "2015-08-06T10:00", kLead + " " + kQuoted + " " + kComma},
           {"two", "2015-08-06T11:00", kQuoted + " " + kComma + " " + kName}});
  ASSERT_FALSE(out_.summary.empty());
  bool name = false;
  for (const SummarySentence& s : out_.summary) {
    EXPECT_NE(s.text, kQuoted);
    EXPECT_NE(s.text, kComma);
    name = name || s.text == kName;
  }
  EXPECT_TRUE(name);
}

// A sentence that opens with a participle of saying ("مؤكدا أن …"، "مشيرةً
// إلى أن …") goes on from the one before, which names who says it.
TEST_F(SummaryTest, AParticipleOfSayingIsNotSummarised) {
  const std::string kLead = "عزت أمانة المنطقة الشرقية كثرة التحويلات المرورية في الدمام إلى مشروعات تطوير شبكة الطرق.";
  const std::string kWhile = "مؤكدةً أهمية مشروعات تطوير شبكة الطرق في الدمام لفك الازدحامات المرورية في المنطقة الشرقية.";
  const std::string kHe = "مشيراً إلى أن مشروعات تطوير شبكة الطرق في الدمام تنتهي قبل نهاية العام في المنطقة الشرقية.";
  Compare({{"one", "2015-08-06T10:00", kLead + "\n" + kWhile + "\n" + kHe},
           {"two", "2015-08-06T11:00", kWhile + "\n" + kHe + "\n" + kLead}});
  ASSERT_FALSE(out_.summary.empty());
  for (const SummarySentence& s : out_.summary) EXPECT_EQ(s.text, kLead);
}

// The last sentence of a quotation of several starts inside it: its
// speaker and first words are in the sentence before ("... في بيان:
// "يحظى زيكو بدعمنا. بحال حصوله على تأييد ... طلبه".").
TEST_F(SummaryTest, TheTailOfAQuotationIsNotSummarised) {
  const std::string kLead = "أعلن الاتحاد البرازيلي لكرة القدم دعمه ترشح زيكو لرئاسة الاتحاد الدولي لكرة القدم.";
  const std::string kSaid = "وقال رئيس الاتحاد البرازيلي في بيان: \"يحظى زيكو بدعمنا الكامل لتسهيل ترشحه لرئاسة الاتحاد.";
  const std::string kTail = "وبحال حصوله على تأييد أربعة اتحادات أخرى سيدعم الاتحاد البرازيلي ترشح زيكو لرئاسة الاتحاد\".";
  Compare({{"one", "2015-08-06T10:00", kLead + " " + kSaid + " " + kTail},
           {"two", "2015-08-06T11:00", kLead + " " + kTail}});
  ASSERT_FALSE(out_.summary.empty());
  for (const SummarySentence& s : out_.summary) EXPECT_NE(s.text, kTail);
}

// A lead sentence whose dateline gives the publication date is news after
// its dateline, not metadata.
TEST_F(SummaryTest, ALeadWhoseDatelineIsDatedIsSummarised) {
  Compare({{"one", "", "دمشق 19 نوفمبر 2017 / أعلنت دمشق اليوم أن الجيش حرر مدينة البوكمال بالكامل بعد معارك عنيفة."}});
  ASSERT_EQ(out_.summary.size(), 1u);
  EXPECT_EQ(out_.summary[0].text, "أعلنت دمشق اليوم أن الجيش حرر مدينة البوكمال بالكامل بعد معارك عنيفة.");
}

// One word in two spellings is one framed entity: what each outlet calls
// the militias is compared side by side.
TEST_F(SummaryTest, FramingJoinsTwoSpellingsOfOneWord) {
  Compare({{"one", "2015-08-06T10:00", "وقصفت المليشيات الحوثية أحياء المدينة أمس بالصواريخ."},
           {"two", "2015-08-06T11:00", "وقصفت الميليشيات الانقلابية أحياء المدينة أمس بالصواريخ."}});
  const Framing* militias = nullptr;
  for (const Framing& f : out_.framing)
    if (f.entity.find("يليشيات") != std::string::npos || f.entity.find("مليشيات") != std::string::npos) {
      EXPECT_EQ(militias, nullptr) << "two entities for one word";
      militias = &f;
    }
  ASSERT_NE(militias, nullptr);
  ASSERT_EQ(militias->uses.size(), 2u);
  std::set<std::string> epithets;
  for (const FramingUse& u : militias->uses) epithets.insert(u.epithets.begin(), u.epithets.end());
  EXPECT_EQ(epithets, (std::set<std::string>{"الحوثية", "الانقلابية"}));
}

// Two adjectives one article gives one collective noun name two bodies:
// the Arab coalition in Yemen and the international one in Syria are not
// one coalition framed two ways. A country's people (الأميركي) beside
// "الدولي" in one article is one coalition named by who leads it.
TEST_F(SummaryTest, TwoCoalitionsAnArticleTellsApartAreTwoBodies) {
  Compare({{"one", "2015-08-06T10:00",
            "وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في عدن، فيما قصف التحالف الدولي مواقع داعش في الرقة."},
           {"two", "2015-08-06T11:00", "وقصفت مقاتلات التحالف العربي مواقع الميليشيات في عدن أمس."},
           {"three", "2015-08-06T12:00", "وقال البيان إن التحالف الدولي قصف مواقع داعش في الرقة أمس."}});
  for (const Framing& f : out_.framing) {
    std::set<std::string> labels;
    for (const FramingUse& u : f.uses) labels.insert(u.epithets.begin(), u.epithets.end());
    EXPECT_FALSE(labels.count("العربي") && labels.count("الدولي")) << f.entity;
  }
  Compare({{"one", "2015-08-06T10:00", "وقصف التحالف الدولي مواقع داعش في الرقة، وقال إن غارات التحالف الأميركي مستمرة."},
           {"two", "2015-08-06T11:00", "وقال البيان إن التحالف الدولي قصف مواقع داعش في الرقة أمس."}});
  ASSERT_EQ(out_.framing.size(), 1u);
  EXPECT_EQ(out_.framing[0].entity, "التحالف");
}

// A date's event is told by the sentence most like the others that give
// it, not by the first article's: the emir's morning reception is not the
// day's event when two outlets report the bombing.
TEST_F(SummaryTest, ADaysEventIsTheSentenceMostOutletsTell) {
  Compare({{"a", "2015-08-06T01:00", "استقبل أمير المنطقة اليوم رئيس الغرفة التجارية وبحث معه خطط الاستثمار في المنطقة."},
           {"b", "2015-08-06T18:00", "استهدف تفجير انتحاري اليوم مسجدا لقوات الطوارئ في عسير وأسفر عن سقوط شهداء."},
           {"c", "2015-08-06T19:00", "أسفر تفجير انتحاري استهدف اليوم مسجد قوات الطوارئ في عسير عن سقوط شهداء ومصابين."}});
  ASSERT_EQ(out_.timeline.size(), 1u);
  EXPECT_EQ(out_.timeline[0].date, "2015-08-06");
  EXPECT_EQ(out_.timeline[0].sources.size(), 3u);
  EXPECT_NE(out_.timeline[0].text.find("تفجير"), std::string::npos) << out_.timeline[0].text;
  EXPECT_NE(articles_[out_.timeline[0].sentence.doc].id, "a");
}

// One adjective in two spellings (الإرهابي، الارهابي) is one label: no
// difference in framing to show; another adjective is.
// An adjective of origin says where a body is from, not how an outlet sees
// it: "ريال مدريد الإسباني" beside "ريال مدريد" is no framing, and of "حزب
// الله اللبناني الإرهابي" the label is الإرهابي. A noun after a name (قدم
// مجلس الشورى التعازي) labels nothing, and النظام is a system as often as a
// regime: the banks' and Iran's are not one entity.
TEST_F(SummaryTest, WhereABodyIsFromIsNoFraming) {
  Compare({{"one", "2015-08-06T10:00", "وفاز ريال مدريد الإسباني على توتنهام في الكأس الودية بلندن أمس."},
           {"two", "2015-08-06T11:00", "وفاز ريال مدريد على توتنهام في الكأس الودية بلندن أمس."}});
  EXPECT_TRUE(out_.framing.empty()) << out_.framing[0].entity;
  Compare({{"one", "2015-08-06T10:00", "وقال البيان إن حزب الله اللبناني الإرهابي يقاتل في الزبداني منذ أسابيع."},
           {"two", "2015-08-06T11:00", "وقال البيان إن حزب الله اللبناني يقاتل في الزبداني منذ أسابيع."},
           {"three", "2015-08-06T12:00", "وقدم مجلس الشورى التعازي لأسر الضحايا، وقال إن حزب الله يقاتل في الزبداني."},
           {"four", "2015-08-06T13:00",
            "وقدم مجلس الشورى التعازي لأسر الضحايا، وقال إن النظام المصرفي والنظام الإيراني تضررا."},
           {"five", "2015-08-06T14:00", "وقال مجلس الشورى إن النظام السوري يقاتل في الزبداني منذ أسابيع."}});
  std::map<std::string, std::set<std::string>> labels;  // entity -> every outlet's epithets
  for (const Framing& f : out_.framing)
    for (const FramingUse& u : f.uses) labels[f.entity].insert(u.epithets.begin(), u.epithets.end());
  EXPECT_EQ(labels["حزب الله"], (std::set<std::string>{"الإرهابي"}));
  EXPECT_EQ(labels.count("مجلس الشورى"), 0u);
  EXPECT_EQ(labels.count("النظام"), 0u);
  // A feminine adjective after a man's name is the noun's before it.
  Compare({{"one", "2015-08-06T10:00", "وقصفت طائرات بشار الأسد الحربية مدينة الزبداني بالبراميل المتفجرة أمس."},
           {"two", "2015-08-06T11:00", "وقالت المعارضة إن بشار الأسد يقصف مدينة الزبداني بالبراميل المتفجرة."}});
  EXPECT_TRUE(out_.framing.empty()) << out_.framing[0].entity;
}

// An adjective of the thing the body is named in ("لقاء الهلال الودي"،
// "ساعة أبل الذكية"، "قاعدة العند الجوية") is the thing's, not a label of
// the body.
TEST_F(SummaryTest, AThingsAdjectiveIsNoFraming) {
  Compare({{"one", "2015-08-06T10:00", "وخسر الهلال أمام فريق العين في مباراة الهلال الودية بالنمسا أمس."},
           {"two", "2015-08-06T11:00", "وخسر الهلال أمام فريق العين في مباراة الهلال بالنمسا أمس."}});
  EXPECT_TRUE(out_.framing.empty()) << out_.framing[0].entity;
}

// A body's adjective agrees with the noun before its name: "ماكينة تنظيم
// داعش الدعائية"، "جماهير الاتحاد الوفية"، "قيادات داعش الاستخباراتية" say
// nothing of داعش or الاتحاد; "وكالة الأنباء السورية «سانا» الموالية" says
// how the outlet sees سانا. In the story's framing and over the run.
TEST(FramingTest, AnAdjectiveOfTheNounBeforeANameIsNoLabel) {
  Analysis an;
  const char* texts[] = {
      "وبثت ماكينة تنظيم داعش الدعائية تسجيلا جديدا، وشكر المدرب جماهير الاتحاد الوفية، وقال إن قيادات داعش "
      "الاستخباراتية تخطط لهجمات، وذكرت وكالة الأنباء السورية «سانا» الموالية للنظام أن الجيش تقدم.",
      "وبث تنظيم داعش تسجيلا جديدا، وشكر المدرب جماهير الاتحاد، وذكرت وكالة الأنباء السورية «سانا» أن الجيش "
      "تقدم."};
  for (int i = 0; i < 2; ++i) {
    Article a;
    a.id = a.source = i == 0 ? "one" : "two";
    a.published = i == 0 ? "2015-08-06T10:00" : "2015-08-06T11:00";
    a.published_precision = Precision::kMinute;
    a.language = "ar";
    a.text = texts[i];
    an.articles.push_back(std::move(a));
  }
  RunAnalysis(NerModel::Builtin(), AnalyzeOptions{}, &an);
  ASSERT_EQ(an.stories.size(), 1u);
  std::set<std::string> in_story, in_run;  // one's labels, whatever entity they are of
  for (const Framing& f : an.stories[0].analysis.framing)
    for (const FramingUse& u : f.uses)
      if (u.outlet == "one") in_story.insert(u.epithets.begin(), u.epithets.end());
  for (const EntityNaming& e : an.naming)
    for (const OutletNaming& o : e.outlets)
      if (o.outlet == "one")
        for (const WordUse& w : o.labels) in_run.insert(w.word);
  EXPECT_EQ(in_story, std::set<std::string>{"الموالية"});
  EXPECT_EQ(in_run, std::set<std::string>{"الموالية"});
}

// Reports in English are compared as Arabic ones are: the tolls two
// outlets give differ, the same source quoted by both corroborates.
TEST_F(SummaryTest, EnglishReportsAreCompared) {
  Compare({{"one", "2017-11-19T10:00",
            "The Syrian army captured the town of Albu Kamal on Sunday. The Syrian Observatory for Human Rights said "
            "that 12 fighters were killed in the battle. \"Our forces liberated the town,\" the army command said."},
           {"two", "2017-11-19T12:00",
            "Syrian government forces seized Albu Kamal on Sunday after heavy fighting. At least 40 militants were "
            "killed, the Syrian Observatory for Human Rights said. Russian President Vladimir Putin welcomed the "
            "news."}});
  EXPECT_EQ(Conflicts("casualties"), (std::vector<std::set<std::string>>{{"killed: 12@one", "killed: at least 40@two"}}));
  bool quoted = false, place = false;
  for (const Claim& c : out_.claims) {
    if (c.kind == "quote" && c.status == ClaimStatus::kCorroborated && c.about == "Syrian Observatory for Human Rights") quoted = true;
    if (c.kind == "entity" && c.status == ClaimStatus::kCorroborated && c.about == "Albu Kamal") place = true;
  }
  EXPECT_TRUE(quoted);
  EXPECT_TRUE(place);
}

// Reports in French, a language sada has no rules of its own for: the day
// each gives (a weekday, a day and month) is one event of the timeline from
// both outlets, and a place both name (from ICU's French names) is
// corroborated.
TEST_F(SummaryTest, FrenchReportsHaveATimelineAndPlaces) {
  Compare({{"one", "2017-11-19T10:00",
            "DAMAS (AFP) - L'armée syrienne a repris dimanche la ville d'Albou Kamal, dernier bastion du groupe Etat "
            "islamique en Syrie, près de la frontière avec l'Irak."},
           {"two", "2017-11-19T12:00",
            "L'armée syrienne et ses alliés ont pris le contrôle d'Albou Kamal le 19 novembre, a annoncé la "
            "télévision d'Etat, selon laquelle les jihadistes ont fui vers l'Irak."}});
  std::set<std::string> outlets;
  for (const TimelineEvent& e : out_.timeline)
    if (e.date == "2017-11-19") outlets.insert(e.outlets.begin(), e.outlets.end());
  EXPECT_EQ(outlets, (std::set<std::string>{"one", "two"}));
  bool iraq = false;
  for (const Claim& c : out_.claims)
    if (c.kind == "entity" && c.status == ClaimStatus::kCorroborated && c.about == "Irak") iraq = true;
  EXPECT_TRUE(iraq);
}

// English reports label a body before its name or with the noun after it:
// "Islamic State militants" against "the terrorist group Islamic State".
TEST_F(SummaryTest, EnglishLabelsAreFraming) {
  Compare({{"one", "2017-11-19T10:00",
            "Islamic State militants were driven out of Albu Kamal on Sunday by the Syrian army and its allies."},
           {"two", "2017-11-19T12:00",
            "The terrorist group Islamic State was driven out of Albu Kamal on Sunday by the Syrian army."}});
  ASSERT_EQ(out_.framing.size(), 1u);
  EXPECT_EQ(out_.framing[0].entity, "Islamic State");
  std::map<std::string, std::vector<std::string>> labels;
  for (const FramingUse& use : out_.framing[0].uses) labels[use.outlet] = use.epithets;
  EXPECT_EQ(labels["one"], std::vector<std::string>{"militants"});
  EXPECT_EQ(labels["two"], std::vector<std::string>{"terrorist"});
}

// Nor is what kind of team a club's is ("فريق الهلال الكروي"), nor a plural
// adjective after a body's name: it describes its members ("أعضاء الكونغرس
// الديمقراطيين"), unless it judges them ("عناصر داعش الإرهابيين").
TEST_F(SummaryTest, AMembersOrATeamsAdjectiveIsNoFraming) {
  Compare({{"one", "2015-08-06T10:00", "وواصل فريق الهلال الكروي تدريباته في النمسا استعدادا للموسم الجديد."},
           {"two", "2015-08-06T11:00", "وواصل فريق الهلال تدريباته في النمسا استعدادا للموسم الجديد."}});
  EXPECT_TRUE(out_.framing.empty()) << out_.framing[0].entity;
  Compare({{"one", "2015-08-06T10:00", "وعارض أعضاء الكونغرس الديمقراطيين الاتفاق النووي مع إيران في جلسة أمس."},
           {"two", "2015-08-06T11:00", "وعارض أعضاء في الكونغرس الاتفاق النووي مع إيران في جلسة أمس."}});
  EXPECT_TRUE(out_.framing.empty()) << out_.framing[0].entity;
  Compare({{"one", "2015-08-06T10:00", "وقتل الجيش عشرات من عناصر داعش الإرهابيين في الرمادي أمس."},
           {"two", "2015-08-06T11:00", "وقتل الجيش عشرات من عناصر داعش في الرمادي أمس."}});
  ASSERT_EQ(out_.framing.size(), 1u);
}

TEST_F(SummaryTest, OneAdjectiveInTwoSpellingsIsNoFraming) {
  Compare({{"one", "2015-08-06T10:00", "وأعدم تنظيم داعش الإرهابي عشرات المدنيين في الموصل أمس."},
           {"two", "2015-08-06T11:00", "وأعدم تنظيم داعش الارهابي عشرات المدنيين في الموصل أمس."},
           {"three", "2015-08-06T12:00", "وأعدم تنظيم داعش الإرهابي عشرات المدنيين في الموصل أمس، وقالت مصادر إن داعش الإرهابي فر."}});
  EXPECT_TRUE(out_.framing.empty()) << out_.framing[0].entity;
  Compare({{"one", "2015-08-06T10:00", "وأعدم تنظيم داعش الإرهابي عشرات المدنيين في الموصل أمس، وقالت مصادر إن داعش الارهابي فر."},
           {"two", "2015-08-06T11:00", "وأعدم تنظيم داعش التكفيري عشرات المدنيين في الموصل أمس."}});
  ASSERT_EQ(out_.framing.size(), 1u);
  for (const FramingUse& u : out_.framing[0].uses) EXPECT_EQ(u.epithets.size(), 1u) << u.outlet;  // one spelling shown
}

}  // namespace
}  // namespace sada
