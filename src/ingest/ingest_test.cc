// Ingest tests over the fixtures in tests/data (made by make_fixtures.py):
// every reader, every encoding, and every kind of broken input. The invariant
// checked everywhere: records = articles + errors + skipped.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include <simdjson.h>
#include <zlib.h>
#include <archive.h>
#include <archive_entry.h>

#include "../../tests/test_util.h"
#include "sada/ingest.h"
#include "sada/text.h"
#include "ingest/json_writer.h"
#include "util/strings.h"

namespace sada {
namespace {

using testing::CollectSink;
using testing::DataPath;

struct Run {
  CollectSink sink;
  IngestStats stats;
};

std::unique_ptr<Run> IngestPaths(const std::vector<std::string>& rel, IngestOptions o = {}) {
  auto r = std::make_unique<Run>();
  std::vector<std::string> paths;
  for (const auto& p : rel) paths.push_back(DataPath(p));
  EXPECT_TRUE(Ingest(paths, o, &r->sink, &r->stats).ok());
  EXPECT_EQ(r->stats.records, r->stats.articles + r->stats.errors + r->stats.skipped);
  EXPECT_EQ(r->stats.articles, static_cast<int64_t>(r->sink.articles.size()));
  return r;
}

int CountDiag(const CollectSink& s, Severity sev) {
  int n = 0;
  for (const auto& d : s.diagnostics) n += d.severity == sev;
  return n;
}

TEST(IngestTest, SaudiNewsNetArrayFormat) {
  auto r = IngestPaths({"tests/data/inputs/snn_sample.json"});
  ASSERT_EQ(r->sink.articles.size(), 2u);
  const Article& a = r->sink.articles[0];
  EXPECT_EQ(a.source, "was");
  EXPECT_EQ(a.url, "http://www.spa.gov.sa/1");
  EXPECT_EQ(a.title, "الصحة: 1,250 حالة");
  EXPECT_EQ(a.published, "2015-07-21T02:51:32");
  EXPECT_EQ(a.published_from, "field:date_extracted");
  EXPECT_EQ(a.language, "ar");
  EXPECT_EQ(a.origin.record, 0);
  EXPECT_EQ(a.dateline_place, "الرياض");
  // The record whose content is " " is reported, by record number.
  ASSERT_EQ(r->stats.errors, 1);
  EXPECT_EQ(r->sink.diagnostics[0].origin.record, 2);
  EXPECT_NE(r->sink.diagnostics[0].reason.find("white space"), std::string::npos);
}

TEST(IngestTest, FieldMapping) {
  IngestOptions o;
  o.json_fields["text"] = "body";
  auto r = IngestPaths({"tests/data/inputs/other_fields.jsonl"}, o);
  ASSERT_EQ(r->sink.articles.size(), 2u);
  EXPECT_EQ(r->sink.articles[0].text, "Officials said the talks would continue on Monday.");
  EXPECT_EQ(r->sink.articles[0].title, "Talks continue");
  EXPECT_EQ(r->sink.articles[0].published, "2015-07-23T09:30:00Z");
  EXPECT_EQ(r->sink.articles[0].source, "example.org");
  EXPECT_EQ(r->sink.articles[0].origin.line, 1);
  EXPECT_EQ(r->sink.articles[1].published, "2015-07-23T10:00:00+03:00");
  EXPECT_EQ(r->sink.articles[1].language, "en");
}

TEST(IngestTest, HtmlMainTextAndMetadata) {
  auto r = IngestPaths({"tests/data/inputs/page.html"});
  ASSERT_EQ(r->sink.articles.size(), 1u);
  const Article& a = r->sink.articles[0];
  EXPECT_EQ(a.title, "الجيش يحرر البوكمال");
  EXPECT_EQ(a.source, "موقع الأخبار");
  EXPECT_EQ(a.published, "2017-11-19T21:11:00+03:00");
  EXPECT_EQ(a.published_from, "html:meta article:published_time");
  EXPECT_EQ(a.author, "مراسلنا");
  EXPECT_NE(a.text.find("حرر الجيش السوري"), std::string::npos);
  EXPECT_NE(a.text.find("عمليات التمشيط"), std::string::npos);  // after the read-also block
  for (const char* junk : {"الرئيسية", "اشترك الآن", "do not read me", "خبر ذو صلة", "جميع الحقوق",
                           "اقرأ أيضا", "عنوان خبر آخر"}) {
    EXPECT_EQ(a.text.find(junk), std::string::npos) << junk;
  }
}

TEST(IngestTest, LegacyArabicEncodings) {
  auto r = IngestPaths({"tests/data/inputs/old_site_cp1256.html", "tests/data/inputs/old_site_iso88596.html",
                        "tests/data/inputs/plain_cp1256.txt", "tests/data/inputs/utf16.txt",
                        "tests/data/inputs/utf8_bom.txt"});
  ASSERT_EQ(r->sink.articles.size(), 5u);
  EXPECT_EQ(r->sink.articles[0].encoding, "windows-1256");
  EXPECT_NE(r->sink.articles[0].text.find("بترميز ويندوز العربي"), std::string::npos);
  EXPECT_EQ(r->sink.articles[1].encoding, "iso-8859-6");
  EXPECT_NE(r->sink.articles[1].text.find("لاختبار التحويل"), std::string::npos);
  EXPECT_EQ(r->sink.articles[2].encoding, "windows-1256");  // detected, no declaration
  EXPECT_EQ(r->sink.articles[2].source, "أ ف ب");
  EXPECT_EQ(r->sink.articles[3].encoding, "utf-16le");
  EXPECT_EQ(r->sink.articles[3].published, "2015-07-21");
  EXPECT_EQ(r->sink.articles[4].encoding, "utf-8-bom");
  EXPECT_EQ(r->sink.articles[4].text.substr(0, 3), "\xD8\xA7\xD9");  // BOM stripped
  for (const auto& a : r->sink.articles) EXPECT_EQ(a.invalid_bytes, 0) << a.origin.file;
}

TEST(IngestTest, Feeds) {
  auto r = IngestPaths({"tests/data/inputs/feed.rss", "tests/data/inputs/wire.atom"});
  ASSERT_EQ(r->sink.articles.size(), 3u);
  EXPECT_EQ(r->sink.articles[0].title, "خبر أول");
  EXPECT_EQ(r->sink.articles[0].source, "وكالة الأنباء");
  EXPECT_EQ(r->sink.articles[0].published, "2017-11-19T21:11:00+03:00");
  EXPECT_EQ(r->sink.articles[0].text, "أعلن الجيش السوري تحرير مدينة البوكمال بالكامل.");
  EXPECT_EQ(r->sink.articles[0].id, "news-1");
  EXPECT_EQ(r->sink.articles[1].text, "بدأت فرق الهندسة تفكيك الألغام في المدينة.\nوقال مصدر إن العمل سيستمر أياما.");
  EXPECT_EQ(r->sink.articles[2].url, "https://wire.example/talks");
  EXPECT_EQ(r->sink.articles[2].published, "2017-11-19T10:00:00Z");
  EXPECT_EQ(r->sink.articles[2].text, "Talks resumed in Geneva on Sunday, officials said.");
}

TEST(IngestTest, WarcAndWarcGz) {
  for (const char* f : {"tests/data/inputs/crawl.warc", "tests/data/inputs/crawl.warc.gz"}) {
    auto r = IngestPaths({f});
    ASSERT_EQ(r->sink.articles.size(), 2u) << f;
    const Article& a = r->sink.articles[0];
    EXPECT_EQ(a.url, "https://site.example/news/1");
    EXPECT_EQ(a.crawled, "2017-11-20T01:02:03Z");
    EXPECT_EQ(a.published, "2017-11-19T21:11:00+03:00");
    EXPECT_EQ(r->sink.articles[1].encoding, "windows-1256");  // from the HTTP header
    EXPECT_EQ(r->stats.skipped, 2);                           // the image and the 404
  }
}

// Common Crawl's WET files: each "conversion" record is a page's text as the
// crawler extracted it, one article with its URL and crawl date.
TEST(IngestTest, WetConversionRecordsAreArticles) {
  auto record = [](const std::string& type, const std::string& uri, const std::string& ctype,
                   const std::string& body) {
    return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
           "\r\nWARC-Date: 2017-11-20T01:02:03Z\r\nContent-Type: " + ctype +
           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body + "\r\n\r\n";
  };
  const std::string wet =
      record("warcinfo", "", "application/warc-fields", "software: crawler\r\n") +
      record("conversion", "https://news.example/ar/1", "text/plain",
             "الجيش يحرر البوكمال\nأعلنت دمشق اليوم أن الجيش حرر مدينة البوكمال بالكامل.") +
      record("conversion", "https://news.example/en/2", "text/plain",
             "Army takes Albu Kamal\nDamascus said on Sunday the army had taken the town.") +
      record("conversion", "https://news.example/x.pdf", "application/pdf", "%PDF-1.4");
  CollectSink sink;
  IngestStats stats;
  IngestBuffer("CC-MAIN-00001.warc.wet", wet, {}, &sink, &stats);
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_EQ(sink.articles[0].url, "https://news.example/ar/1");
  EXPECT_EQ(sink.articles[0].crawled, "2017-11-20T01:02:03Z");
  EXPECT_EQ(sink.articles[0].language, "ar");
  EXPECT_EQ(sink.articles[0].text, "الجيش يحرر البوكمال\nأعلنت دمشق اليوم أن الجيش حرر مدينة البوكمال بالكامل.");
  EXPECT_EQ(sink.articles[0].origin.record, 0);
  EXPECT_EQ(sink.articles[1].language, "en");
  EXPECT_EQ(stats.skipped, 1);  // the PDF's conversion, reported
  EXPECT_EQ(stats.records, 3);  // warcinfo is no record
}

TEST(IngestTest, ArchivesReadInPlace) {
  auto r = IngestPaths({"tests/data/inputs/bundle.zip", "tests/data/inputs/bundle.tar.gz",
                        "tests/data/inputs/single.jsonl.gz"});
  EXPECT_EQ(r->sink.articles.size(), 7u);
  EXPECT_NE(r->sink.ByFile("bundle.zip", "a/two.txt"), nullptr);
  EXPECT_NE(r->sink.ByFile("bundle.zip", "feeds/feed.rss", 1), nullptr);
  EXPECT_NE(r->sink.ByFile("bundle.tar.gz", "x/three.txt"), nullptr);
  EXPECT_NE(r->sink.ByFile("bundle.tar.gz", "x/lines.jsonl"), nullptr);
  const Article* g = r->sink.ByFile("single.jsonl.gz");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->source, "okaz");
}

TEST(IngestTest, BrokenInputsAreReportedAndTheRunGoesOn) {
  auto r = IngestPaths({"tests/data/broken"});
  const auto& d = r->sink.diagnostics;
  auto has = [&](const std::string& file_suffix, const std::string& words, int64_t line = -1) {
    for (const auto& x : d) {
      const auto& f = x.origin.file;
      if (f.size() >= file_suffix.size() &&
          f.compare(f.size() - file_suffix.size(), file_suffix.size(), file_suffix) == 0 &&
          x.reason.find(words) != std::string::npos && (line < 0 || x.origin.line == line))
        return true;
    }
    return false;
  };
  EXPECT_TRUE(has("broken_line.jsonl", "broken JSON line", 2));
  EXPECT_TRUE(has("truncated_array.json", "truncated"));
  EXPECT_TRUE(has("empty.txt", "empty file"));
  EXPECT_TRUE(has("binary.bin", "binary"));
  EXPECT_TRUE(has("invalid_utf8.txt", "invalid bytes replaced"));
  EXPECT_TRUE(has("no_text.html", "no article text"));
  EXPECT_TRUE(has("truncated.jsonl.gz", "truncated gzip"));
  EXPECT_TRUE(has("truncated.zip", "truncated or damaged"));
  EXPECT_TRUE(has("not_closed.rss", "not well-formed"));
  EXPECT_TRUE(has("truncated.warc", "truncated"));
  EXPECT_TRUE(has("no_content.json", "no text"));
  EXPECT_TRUE(has("damaged_header.tar", "member header is damaged"));
  // What could be read still was: the intact lines, array elements, items,
  // and the members after a damaged one.
  EXPECT_NE(r->sink.ByFile("damaged_header.tar", "d/three.txt"), nullptr);
  EXPECT_NE(r->sink.ByFile("broken_line.jsonl"), nullptr);
  EXPECT_NE(r->sink.ByFile("truncated_array.json", "", 1), nullptr);
  EXPECT_NE(r->sink.ByFile("not_closed.rss", "", 0), nullptr);
  EXPECT_NE(r->sink.ByFile("truncated.warc", "", 0), nullptr);
  EXPECT_NE(r->sink.ByFile("truncated.zip", "a/one.txt"), nullptr);
  const Article* bad = r->sink.ByFile("invalid_utf8.txt");
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->invalid_bytes, 4);
  EXPECT_NE(bad->text.find("\uFFFD"), std::string::npos);
  EXPECT_GE(CountDiag(r->sink, Severity::kError), 11);
}

TEST(IngestTest, MissingPathIsCounted) {
  CollectSink sink;
  IngestStats stats;
  ASSERT_TRUE(Ingest({DataPath("tests/data/does-not-exist")}, {}, &sink, &stats).ok());
  EXPECT_EQ(stats.unreadable_paths, 1);
  ASSERT_EQ(sink.diagnostics.size(), 1u);
  EXPECT_NE(sink.diagnostics[0].reason.find("no such file"), std::string::npos);
  EXPECT_FALSE(Ingest({}, {}, &sink, &stats).ok());
}

TEST(IngestTest, OneHundredMegabyteLine) {
  // A single 100 MB JSON line: read, not crashed on, not split.
  std::string big = "{\"title\":\"big\",\"content\":\"";
  big.append(100 * 1000 * 1000, 'a');
  big += "\"}\n{\"content\": \"second\"}\n";
  CollectSink sink;
  IngestStats stats;
  IngestBuffer("big.jsonl", big, {}, &sink, &stats);
  ASSERT_EQ(sink.articles.size(), 2u);
  EXPECT_EQ(sink.articles[0].text.size(), 100u * 1000 * 1000);
  EXPECT_EQ(sink.articles[1].origin.line, 2);
}

// SaudiNewsNet has titles like "توزيع &#8220;موسوعة خطب الجمعة&#8221; ..." and
// "&quot;...&quot;": escaped as HTML inside a plain JSON string.
TEST(IngestTest, CharacterReferencesInTitlesAreDecodedTheTextIsKept) {
  CollectSink sink;
  IngestStats stats;
  IngestBuffer("t.jsonl",
               "{\"title\":\"توزيع &#8220;موسوعة&#8221; &quot;أ&quot; &#x627; &amp; &bogus; &#0; &#xD800; & ;\","
               "\"source\":\"Al &amp; B\",\"content\":\"AT&amp;T &#39;x&#39;\"}\n",
               {}, &sink, &stats);
  ASSERT_EQ(sink.articles.size(), 1u);
  const Article& a = sink.articles[0];
  EXPECT_EQ(a.title, "توزيع \u201cموسوعة\u201d \"أ\" ا & &bogus; &#0; &#xD800; & ;");
  EXPECT_EQ(a.source, "Al & B");
  EXPECT_EQ(a.text, "AT&amp;T &#39;x&#39;");  // offsets point into the text as given
}

// The articles ingest makes of one JSON line with `text` (JSON-escaped).
std::vector<Article> ArticlesOfText(const std::string& text) {
  CollectSink sink;
  IngestStats stats;
  IngestBuffer("t.jsonl", "{\"text\":\"" + text + "\"}\n", {}, &sink, &stats);
  return sink.articles;
}

// The tags a site puts after the text are marked (the summary, the facts
// compared and the timeline leave them out); the same word in the text is not.
TEST(IngestTest, TagsAfterTheTextAreMarked) {
  auto tags_of = [](const std::string& text) -> std::string {
    const auto articles = ArticlesOfText(text);
    if (articles.size() != 1 || !articles[0].tags) return "-";
    return std::string(SliceCodePoints(articles[0].text, *articles[0].tags));
  };
  EXPECT_EQ(tags_of("وتمكنت الفرق من السيطرة على الحريق. سمات تبوك جامعة معمة تبوك "), "سمات تبوك جامعة معمة تبوك");
  EXPECT_EQ(tags_of("وقال إن الحوار مستمر.\\nسمات الحرب اليمن علي صالح"), "سمات الحرب اليمن علي صالح");
  EXPECT_EQ(tags_of("وهذه من سمات القيادة الناجحة"), "-");  // not after a sentence's end
  EXPECT_EQ(tags_of("انتهى اللقاء. سمات القائد كثيرة، منها الصبر."), "-");  // a sentence
}

// The site's line after the text that links to the story is marked; the
// words in a sentence are not.
TEST(IngestTest, AFooterAfterTheTextIsMarked) {
  auto footer_of = [](const std::string& text) -> std::string {
    const auto articles = ArticlesOfText(text);
    if (articles.size() != 1 || !articles[0].footer) return "-";
    return std::string(SliceCodePoints(articles[0].text, *articles[0].footer));
  };
  EXPECT_EQ(footer_of("وعاد إلى الصالة للحصول على العلاج. رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة "),
            "رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة");
  EXPECT_EQ(footer_of("يجتمع مع رئيس الحزب\\nرابط الخبر بصحيفة الوئام: الأمير يجتمع مع رئيس الحزب"),
            "رابط الخبر بصحيفة الوئام: الأمير يجتمع مع رئيس الحزب");
  EXPECT_EQ(footer_of("ونشر رابط الخبر بصحيفة محلية: ثم حذفه.\\nوقال إن التحقيق مستمر."), "-");  // not the last line
}

// Datelines signed by an agency, in the orders outlets write them: the
// place is the place, never the agency or the writer.
TEST(IngestTest, DatelinesWithAnAgencyInAnyOrder) {
  auto place_of = [](const std::string& text) -> std::string {
    const auto articles = ArticlesOfText(text);
    if (articles.size() != 1) return "?";
    const Article& a = articles[0];
    return a.dateline ? a.dateline_place + "|" + a.source : "-";
  };
  EXPECT_EQ(place_of("واس- جدة: التقى ولي ولي العهد وزير الدفاع الأمريكي."), "جدة|واس");
  EXPECT_EQ(place_of("عبدالله البرقاوي- سبق- الرياض: بحث وزير الإسكان سبل التعاون."), "الرياض|سبق");
  EXPECT_EQ(place_of("محمد السيد- سبق: ينتظر أن تعلن إدارة النادي اسم المدرب."), "|سبق");
  EXPECT_EQ(place_of("سبق- وكالات: أطلقت الشركة تحذيرا لشركات الطيران."), "|سبق");
  EXPECT_EQ(place_of("دمشق-سانا\\nأعلن الجيش تحرير المدينة."), "دمشق|سانا");
  EXPECT_EQ(place_of("أحمد البراهيم- جازان: شارك وفد من الضباط في الحفل."), "جازان|");
  EXPECT_EQ(place_of("القاهرة - الشرق الأوسط: أعلنت الحكومة خطتها."), "القاهرة|الشرق الأوسط");  // place, outlet
  // The Saudi Press Agency's: place, Hijri date, الموافق, Gregorian date, agency.
  EXPECT_EQ(place_of("بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\\nيواصل مهرجان تمور بريدة فعالياته."),
            "بريدة|واس");
  EXPECT_EQ(place_of("تبليسي (جورجيا) 26 شوال 1436هـ الموافق 11 أغسطس 2015م واس\\nأكد المدرب جاهزية فريقه."),
            "تبليسي (جورجيا)|واس");
  // A place and an agency in parentheses, then a separator; a writer and
  // the place alone on a line.
  EXPECT_EQ(place_of("الرياض (واس) - أعلنت الوزارة خطتها."), "الرياض|واس");
  EXPECT_EQ(place_of("فيصل مجرشي (جدة)\\nأعلنت الأمانة خطتها."), "جدة|");
  // A word and its gloss opening the text is no dateline.
  EXPECT_EQ(place_of("هرمون الحليب (برولاكتين) هو هرمون تفرزه الغدة."), "-");
  EXPECT_EQ(place_of("أكدت صحيفة (جارديان) الإنجليزية أن الاتحاد سيعلن قراره."), "-");
  EXPECT_EQ(place_of("في أبريل (نيسان) الماضي، وافق المجلس على الخطة."), "-");
  EXPECT_EQ(place_of("وفي يناير 2013، تراجع الاحتياطي الأجنبي."), "-");
}

// English wire datelines: the place (in capitals, or known), a month and
// day, the agency in parentheses, a dash. A sentence that opens with
// capitalised words and a dash is none.
TEST(IngestTest, EnglishWireDatelines) {
  auto place_of = [](const std::string& text) -> std::string {
    const auto articles = ArticlesOfText(text);
    if (articles.size() != 1) return "?";
    const Article& a = articles[0];
    return a.dateline ? a.dateline_place + "|" + a.source : "-";
  };
  EXPECT_EQ(place_of("BEIRUT, Nov 19 (Reuters) - The Syrian army captured the town of Albu Kamal on Sunday."),
            "BEIRUT|Reuters");
  EXPECT_EQ(place_of("DAMASCUS (AP) \u2014 Syrian government forces seized Albu Kamal on Sunday."), "DAMASCUS|AP");
  // AP's city with its country or state.
  EXPECT_EQ(place_of("DAMASCUS, Syria (AP) \u2014 Syrian troops captured the town of Albu Kamal on Sunday."),
            "DAMASCUS|AP");
  EXPECT_EQ(place_of("NEW YORK, New York (AP) \u2014 Stocks rose sharply on Monday after the report."), "NEW YORK|AP");
  EXPECT_EQ(place_of("WASHINGTON \u2014 The Senate voted on the bill on Tuesday after a long debate."), "WASHINGTON|");
  EXPECT_EQ(place_of("Good News - the town reopened its schools on Sunday after the fighting ended."), "-");
}

// A date on a line of its own among the first lines, as a page copied from
// the web gives it under its headline, is the publication time of an
// article that has none; a date and a dash opening the text are a dateline.
// A date inside a sentence, or followed by other words, is neither.
TEST(IngestTest, ADateOnItsOwnLineIsThePublicationTime) {
  auto published = [](const std::string& text) -> std::string {
    const auto articles = ArticlesOfText(text);
    if (articles.size() != 1) return "?";
    const Article& a = articles[0];
    if (a.published.empty()) return "-";
    std::string r = a.published + " " + a.published_from + " [" +
                    std::string(SliceCodePoints(a.text, *a.published_evidence)) + "]";
    if (a.dateline) r += " dateline [" + std::string(SliceCodePoints(a.text, *a.dateline)) + "]";
    return r + " title [" + a.title + "]";
  };
  const std::string head = "Syrian army retakes Albu Kamal\\n\\n";
  const std::string body = "\\n\\nThe Syrian army took full control of Albu Kamal on Sunday, state media said.";
  EXPECT_EQ(published(head + "November 19, 2017" + body),
            "2017-11-19 text:date line [November 19, 2017] title [Syrian army retakes Albu Kamal]");
  EXPECT_EQ(published(head + "Sunday 19 November 2017 10.23 GMT" + body),
            "2017-11-19T10:23Z text:date line [Sunday 19 November 2017 10.23 GMT] title [Syrian army retakes Albu Kamal]");
  EXPECT_EQ(published(head + "Nov 19, 2017 / 3:45 PM / Updated 6 years ago" + body),
            "2017-11-19T15:45 text:date line [Nov 19, 2017 / 3:45 PM] title [Syrian army retakes Albu Kamal]");
  EXPECT_EQ(published(head + "Sunday, November 19, 2017 at 9:05 a.m. EST" + body),
            "2017-11-19T09:05 text:date line [Sunday, November 19, 2017 at 9:05 a.m. EST] title [Syrian army retakes Albu Kamal]");
  EXPECT_EQ(published(head + "Nov 19, 2017 at 15:05 p.m." + body), "-");  // no such time: no guess
  EXPECT_EQ(published(head + "November 19, 2017 3:45 PM" + body),
            "2017-11-19T15:45 text:date line [November 19, 2017 3:45 PM] title [Syrian army retakes Albu Kamal]");
  EXPECT_EQ(published("الجيش السوري يحرر البوكمال\\n\\n19 نوفمبر 2017 09:30 م\\n\\nأعلنت دمشق اليوم تحرير المدينة."),
            "2017-11-19T21:30 text:date line [19 نوفمبر 2017 09:30 م] title [الجيش السوري يحرر البوكمال]");
  EXPECT_EQ(published("الجيش السوري يحرر البوكمال\\n\\nالأحد، 19 نوفمبر 2017 - 21:11\\n\\nأعلنت دمشق اليوم تحرير المدينة."),
            "2017-11-19T21:11 text:date line [الأحد، 19 نوفمبر 2017 - 21:11] title [الجيش السوري يحرر البوكمال]");
  EXPECT_EQ(published("الجيش السوري يحرر البوكمال\\n\\nيوم الأحد 19 تشرين الثاني 2017 م 09:30 م بتوقيت دمشق\\n\\nأعلنت دمشق اليوم تحرير المدينة."),
            "2017-11-19T21:30 text:date line [يوم الأحد 19 تشرين الثاني 2017 م 09:30 م بتوقيت دمشق] title [الجيش السوري يحرر البوكمال]");
  EXPECT_EQ(published(head + "19/11/2017" + body),
            "2017-11-19 text:date line [19/11/2017] title [Syrian army retakes Albu Kamal]");
  // The headline after the date.
  EXPECT_EQ(published("19 نوفمبر 2017\\nالجيش السوري يحرر البوكمال\\n\\nأعلنت دمشق اليوم تحرير المدينة."),
            "2017-11-19 text:date line [19 نوفمبر 2017] title [الجيش السوري يحرر البوكمال]");
  // A dateline of a date alone: what follows its dash is the news.
  EXPECT_EQ(published(head + "Nov 19, 2017 - Syrian troops seized Albu Kamal on Sunday, the state news agency said."),
            "2017-11-19 text:dateline [Nov 19, 2017] dateline [Nov 19, 2017 -] title [Syrian army retakes Albu Kamal]");
  EXPECT_EQ(published("19 نوفمبر 2017 \u2013 أعلنت دمشق اليوم تحرير مدينة البوكمال بالكامل."),
            "2017-11-19 text:dateline [19 نوفمبر 2017] dateline [19 نوفمبر 2017 \u2013] title []");
  // In another language, as ICU's formats of it write dates.
  EXPECT_EQ(published("L'armée syrienne reprend Albou Kamal\\n\\nDimanche 19 novembre 2017 à 10:23\\n\\nL'armée syrienne et "
                      "ses alliés ont repris le contrôle de la ville, a annoncé la télévision d'État."),
            "2017-11-19T10:23 text:date line [Dimanche 19 novembre 2017 à 10:23] title [L'armée syrienne reprend Albou Kamal]");
  EXPECT_EQ(published("Syrische Armee erobert Albu Kamal\\n\\nSonntag, 19. November 2017\\n\\nDie syrische Armee hat die "
                      "Stadt nach Angaben des Staatsfernsehens vollständig unter ihre Kontrolle gebracht."),
            "2017-11-19 text:date line [Sonntag, 19. November 2017] title [Syrische Armee erobert Albu Kamal]");
  EXPECT_EQ(published("19 de noviembre de 2017 - El ejército sirio tomó el control de la ciudad, según la televisión "
                      "estatal y el Observatorio."),
            "2017-11-19 text:dateline [19 de noviembre de 2017] dateline [19 de noviembre de 2017 -] title []");
  EXPECT_EQ(published("L'armée syrienne reprend Albou Kamal\\n\\n19 novembre 2017 une journée de combats\\n\\nL'armée "
                      "syrienne et ses alliés ont repris le contrôle de la ville, a annoncé la télévision d'État."),
            "-");
  // Not a publication time: a month alone, a date in a sentence, a date
  // with words after it, a date among the lines of the text.
  EXPECT_EQ(published(head + "November 2017" + body), "-");
  EXPECT_EQ(published(head + "On November 19, 2017 the army took the town." + body), "-");
  EXPECT_EQ(published(head + "19 November 2017 will be remembered" + body), "-");
  EXPECT_EQ(published(head + "a\\nb\\nc\\nd\\ne\\n\\nNovember 19, 2017" + body), "-");
  // The input's own time is kept; the line is still no headline.
  const auto dated = ArticlesOfText("19 نوفمبر 2017\\nالجيش السوري يحرر البوكمال\\n\\nأعلنت دمشق اليوم تحرير المدينة.\",\"date\":\"2017-11-20");
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(dated[0].published, "2017-11-20");
  EXPECT_EQ(dated[0].title, "الجيش السوري يحرر البوكمال");
}

TEST(IngestTest, IdsAreStableAndUnique) {
  auto a = IngestPaths({"tests/data/inputs"});
  auto b = IngestPaths({"tests/data/inputs"});
  ASSERT_EQ(a->sink.articles.size(), b->sink.articles.size());
  std::set<std::string> ids;
  for (size_t i = 0; i < a->sink.articles.size(); ++i) {
    EXPECT_EQ(a->sink.articles[i].id, b->sink.articles[i].id);
    EXPECT_TRUE(ids.insert(a->sink.articles[i].id).second) << a->sink.articles[i].id;
  }
}

TEST(IngestTest, ArticleJsonLine) {
  Article a;
  a.id = "x";
  a.text = "line1\n\"q\"\u2028";
  a.origin.file = "f.txt";
  std::string out;
  AppendArticleJson(a, &out);
  EXPECT_NE(out.find("\"text\":\"line1\\n\\\"q\\\"\\u2028\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"source\":null"), std::string::npos);
  EXPECT_EQ(out.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace sada

namespace sada {
namespace {

// Found by fuzz_ingest_json: an empty element in a broken array ("[,,") made
// the array splitter call substr(npos) and throw.
TEST(IngestRegressionTest, EmptyElementInBrokenArray) {
  for (const char* s : {"[,,", "[{\"content\":\"a\"},,{\"content\":\"b\"}", "[,]", "[", "[{", "[\"x\",{"}) {
    testing::CollectSink sink;
    IngestStats stats;
    IngestBuffer("x.json", s, {}, &sink, &stats);
    EXPECT_EQ(stats.records, stats.articles + stats.errors + stats.skipped) << s;
    EXPECT_GE(stats.errors, 1) << s;
  }
  testing::CollectSink sink;
  IngestStats stats;
  IngestBuffer("x.json", "[{\"content\":\"a\"},,{\"content\":\"b\"}", {}, &sink, &stats);
  EXPECT_EQ(sink.articles.size(), 2u);  // both intact records are read
}

// Like diagnostics are counted together in the report and on the terminal:
// the kind drops details and reads figures and ids as N, and keeps apart
// what a user would fix differently.
TEST(IngestTest, DiagnosticKindsCountLikeReasonsTogether) {
  struct Case {
    Severity severity;
    const char* reason;
    const char* kind;
  } cases[] = {
      {Severity::kError, "record has no text", "error: record has no text"},
      {Severity::kError, "broken JSON line: A string is opened, but never closed.", "error: broken JSON line"},
      {Severity::kWarning, "id 3f1ec9dc2472f963 already used; this article is 3f1ec9dc2472f963~2",
       "warning: id N already used"},
      {Severity::kWarning, "1 invalid UTF-8 bytes replaced by U+FFFD", "warning: N invalid UTF-8 bytes replaced by U+FFFD"},
      {Severity::kSkipped, "HTTP status 404 (https://site.example/missing)", "skipped: HTTP status N"},
      {Severity::kError, "file larger than the limit (1,073,741,825 bytes)", "error: file larger than the limit"},
      {Severity::kError, "member 12.5 MB", "error: member N MB"},
      {Severity::kError, "feed has no items", "error: feed has no items"},
  };
  for (const Case& c : cases) {
    Diagnostic d;
    d.severity = c.severity;
    d.reason = c.reason;
    EXPECT_EQ(DiagnosticKind(d), c.kind) << c.reason;
  }
}

class JsonLinesSink : public IngestSink {
 public:
  std::string out;
  void OnArticle(Article&& a) override {
    AppendArticleJson(a, &out);
    out += "\n";
  }
  void OnDiagnostic(Diagnostic&& d) override {
    AppendDiagnosticJson(d, &out);
    out += "\n";
  }
};

// JSON Lines, JSON arrays and WARC files are read a piece at a time: their
// size is not bounded by memory or by the record limit, which then bounds
// one line, element or record. Gzipped ones are inflated as they are read.
TEST(IngestTest, RecordFilesOfAnySizeAreReadInPieces) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "sada_pieces";
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return (dir / name).string();
  };
  auto gzip = [](const std::string& bytes) {
    std::string out(compressBound(bytes.size()) + 64, '\0');
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    zs.avail_in = static_cast<uInt>(bytes.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
  };
  std::string lines, warc;
  for (int i = 1; i <= 300; ++i) {
    std::string text = "الخبر رقم " + std::to_string(i) + " عن افتتاح الطريق الجديد في المدينة.";
    lines += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
    std::string body = "<html><body><p>" + text + "</p></body></html>";
    std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body;
    warc += "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/" + std::to_string(i) +
            "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
            std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  }
  // About 40 KB each, and records of about 300 bytes: a limit of 4 KB was
  // the whole file's before.
  // A JSON array (as SaudiNewsNet's) larger than a piece is read element by
  // element; a smaller one is parsed whole; both give the same.
  std::string array = "[";
  for (size_t p = 0; p < lines.size();) {
    size_t nl = lines.find('\n', p);
    array += (p ? ",\n " : "") + lines.substr(p, nl - p);
    p = nl + 1;
  }
  array += "]\n";
  const std::vector<std::pair<std::string, size_t>> files = {
      {write("day.jsonl", lines), lines.size()},  {write("day.jsonl.gz", gzip(lines)), lines.size()},
      {write("day.json", array), array.size()},    {write("day.json.gz", gzip(array)), array.size()},
      {write("crawl.warc", warc), warc.size()},    {write("crawl.warc.gz", gzip(warc)), warc.size()}};
  IngestOptions o;
  o.max_record_bytes = 4096;
  for (const auto& [f, size] : files) {
    std::string first;
    for (int64_t piece : {int64_t{16} << 20, int64_t{1000}, int64_t{333}, int64_t{1}}) {
      o.piece_bytes = piece;
      // (the array in one piece is parsed whole, under the limit then)
      o.max_record_bytes = piece == (int64_t{16} << 20) && f.find(".json") != std::string::npos &&
                                   f.find(".jsonl") == std::string::npos
                               ? 1 << 20
                               : 4096;
      JsonLinesSink sink;
      IngestStats stats;
      ASSERT_TRUE(Ingest({f}, o, &sink, &stats).ok());
      EXPECT_EQ(stats.articles, 300) << f << " in pieces of " << piece;
      EXPECT_EQ(stats.errors, 0) << f << " in pieces of " << piece << "\n" << sink.out.substr(0, 400);
      EXPECT_EQ(stats.bytes, static_cast<int64_t>(size));
      if (piece == (int64_t{16} << 20)) {
        first = sink.out;
        EXPECT_NE(first.find(f.find("json") != std::string::npos ? "\"n300\"" : "news.example/300"), std::string::npos);
      } else {
        EXPECT_EQ(sink.out, first) << f << " in pieces of " << piece;
      }
    }
  }
  // So are they inside a tar or a tar.gz (libarchive reads it as it comes,
  // and the members are read in pieces), and a zip over the limit (read as
  // it comes, by its members' own headers, not from memory).
  for (const std::string filter : {"tar", "tar.gz", "zip"}) {
    std::string tar(200000, '\0');
    size_t used = 0;
    archive* w = archive_write_new();
    if (filter == "zip") {
      archive_write_set_format_zip(w);
    } else {
      archive_write_set_format_pax_restricted(w);
    }
    if (filter == "tar.gz") archive_write_add_filter_gzip(w);
    ASSERT_EQ(archive_write_open_memory(w, tar.data(), tar.size(), &used), ARCHIVE_OK);
    for (const auto& [member, bytes] : {std::pair{std::string("a/day.jsonl"), lines}, std::pair{std::string("b/crawl.warc"), warc}}) {
      archive_entry* e = archive_entry_new();
      archive_entry_set_pathname(e, member.c_str());
      archive_entry_set_size(e, static_cast<la_int64_t>(bytes.size()));
      archive_entry_set_filetype(e, AE_IFREG);
      archive_entry_set_perm(e, 0644);
      archive_write_header(w, e);
      archive_write_data(w, bytes.data(), bytes.size());
      archive_entry_free(e);
    }
    archive_write_close(w);
    archive_write_free(w);
    tar.resize(used);
    o.piece_bytes = 1000;
    CollectSink sink;
    IngestStats stats;
    ASSERT_TRUE(Ingest({write("both." + filter, tar)}, o, &sink, &stats).ok());
    EXPECT_EQ(stats.articles, 600) << filter;
    EXPECT_EQ(stats.errors, 0) << filter;
    ASSERT_EQ(sink.articles.size(), 600u);
    EXPECT_EQ(sink.articles[299].origin.member, "a/day.jsonl");
    EXPECT_EQ(sink.articles[299].origin.line, 300);
    EXPECT_EQ(sink.articles[599].origin.member, "b/crawl.warc");
    EXPECT_EQ(sink.articles[599].url, "https://news.example/300");
  }
  // A line or a record over the limit is reported by its number and skipped;
  // the rest is read.
  o.piece_bytes = 1000;
  const std::string big(5000, 'x');
  std::string with_big = lines.substr(0, lines.find('\n') + 1) + "{\"text\":\"" + big + "\"}\n" +
                         lines.substr(lines.find('\n') + 1);
  std::string big_http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + big + "</p>";
  std::string with_big_record = "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n"
                                "Content-Length: " + std::to_string(big_http.size()) + "\r\n\r\n" + big_http + "\r\n\r\n" + warc;
  for (const std::string& f : {write("big_line.jsonl", with_big), write("big_record.warc", with_big_record)}) {
    CollectSink sink;
    IngestStats stats;
    ASSERT_TRUE(Ingest({f}, o, &sink, &stats).ok());
    ASSERT_EQ(stats.errors, 1) << f;
    const Diagnostic& d = sink.diagnostics[0];
    EXPECT_NE(d.reason.find("larger than the limit"), std::string::npos) << d.reason;
    if (f.find("jsonl") != std::string::npos) {
      EXPECT_EQ(d.origin.line, 2);
      EXPECT_EQ(stats.articles, 300);
      EXPECT_EQ(sink.articles.back().origin.line, 301);
    } else {
      EXPECT_EQ(d.origin.record, 0);
      EXPECT_EQ(stats.articles, 300);
    }
  }
  // Damage is reported after what came before it was read.
  std::string gz = gzip(lines);
  CollectSink sink;
  IngestStats stats;
  ASSERT_TRUE(Ingest({write("cut.jsonl.gz", gz.substr(0, gz.size() / 2))}, o, &sink, &stats).ok());
  EXPECT_GT(stats.articles, 50);
  ASSERT_FALSE(sink.diagnostics.empty());
  EXPECT_NE(sink.diagnostics.back().reason.find("truncated gzip data"), std::string::npos);
  fs::remove_all(dir);
}

TEST(IngestTest, OutputDoesNotDependOnThreads) {
  // With threads > 1 articles are finalised by worker tasks: the same
  // records, diagnostics, order and counts.
  std::string first;
  IngestStats first_stats;
  for (int threads : {1, 2, 4, 0}) {
    IngestOptions o;
    o.threads = threads;
    JsonLinesSink sink;
    IngestStats stats;
    ASSERT_TRUE(Ingest({testing::DataPath("tests/data"), testing::DataPath("examples/bukamal"),
                        testing::DataPath("tests/data/no-such-file.json")},
                       o, &sink, &stats).ok());
    if (first.empty()) {
      first = sink.out;
      first_stats = stats;
      EXPECT_GT(stats.articles, 30);
      EXPECT_GT(stats.errors, 5);
    } else {
      EXPECT_EQ(sink.out, first) << "threads=" << threads;
      EXPECT_EQ(stats.files, first_stats.files);
      EXPECT_EQ(stats.bytes, first_stats.bytes);
      EXPECT_EQ(stats.records, first_stats.records);
      EXPECT_EQ(stats.errors, first_stats.errors);
      EXPECT_EQ(stats.warnings, first_stats.warnings);
      EXPECT_EQ(stats.unreadable_paths, first_stats.unreadable_paths);
    }
  }
}

}  // namespace
}  // namespace sada

namespace sada {
namespace {

// Every input the fuzzers ever crashed on (fuzz/regressions), through every
// reader: no crash, and the books balance.
// An article written as a JSON line reads back with every field, so that
// `analyze --update` takes an earlier analysis's articles as they were
// (Ingest would read the line as a new article of articles.jsonl).
TEST(ArticleJsonTest, ReadsBackWhatItWrote) {
  Article a;
  a.id = "3f1ec9dc2472f963~2";
  a.source = "سانا";
  a.source_from = "text:credit line";
  a.url = "https://example.org/a?b=1";
  a.title = "عنوان \"بين علامتين\"";
  a.title_from = "html:og:title";
  a.author = "";
  a.published = "2017-11-19T21:11";
  a.published_from = "text:publication line";
  a.published_precision = Precision::kMinute;
  a.published_evidence = Span{42, 64};
  a.crawled = "2017-11-20T01:02:03Z";
  a.dateline_place = "دمشق";
  a.dateline = Span{0, 5};
  a.footer = Span{70, 90};
  a.language = "ar";
  a.encoding = "windows-1256";
  a.invalid_bytes = 3;
  a.text = "دمشق - سانا\nنص\tالخبر \u2028 كاملاً.";
  a.origin = Origin{"in/day.zip", "day.json", -1, 7};
  std::string line;
  AppendArticleJson(a, &line);
  Article b;
  std::string why;
  ASSERT_TRUE(ParseArticleJson(line, &b, &why)) << why;
  std::string again;
  AppendArticleJson(b, &again);
  EXPECT_EQ(again, line);
  EXPECT_EQ(b.origin.ToString(), "in/day.zip!day.json#7");
  EXPECT_FALSE(b.tags.has_value());
  EXPECT_EQ(b.published_precision, Precision::kMinute);

  for (const char* bad : {"not json", "[1,2]", "{\"id\":\"x\"}", "{\"text\":\"t\"}",
                          "{\"id\":\"x\",\"text\":\"t\",\"title\":7}",
                          "{\"id\":\"x\",\"text\":\"t\",\"dateline\":{\"begin\":9,\"end\":2}}"}) {
    why.clear();
    EXPECT_FALSE(ParseArticleJson(bad, &b, &why)) << bad;
    EXPECT_FALSE(why.empty()) << bad;
  }
}

TEST(IngestRegressionTest, FuzzerFindings) {
  namespace fs = std::filesystem;
  int files = 0;
  for (const auto& e : fs::directory_iterator(testing::DataPath("fuzz/regressions"))) {
    std::ifstream f(e.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    for (const char* name : {"x.json", "x.jsonl", "x.html", "x.zip", "x.txt", "x.warc", "x.rss", "x.gz"}) {
      testing::CollectSink sink;
      IngestStats stats;
      IngestBuffer(name, bytes, {}, &sink, &stats);
      EXPECT_EQ(stats.records, stats.articles + stats.errors + stats.skipped)
          << e.path() << " as " << name;
    }
    ++files;
  }
  EXPECT_GE(files, 2);
}

}  // namespace
}  // namespace sada

// What sada writes is valid UTF-8 whatever a stage hands the JSON writer
// (a story's "about" once cut a sentence at byte 120, inside a letter), and
// cutting text to a length never splits a code point.
namespace sada::internal {
namespace {

TEST(JsonWriterTest, OutputIsValidUtf8AndReadsBackWhateverTheInput) {
  std::mt19937 rng(5);
  const std::string pieces[] = {"ب", "حا", "\xd8", "\xd8\xa7", "\xe2\x80\xa8", "\"", "\\", "\n", "a", "\xff", "\xf0\x9f\x98\x80", "\xed\xa0\x80",
                               // overlong, past U+10FFFF, cut short, a stray continuation byte
                               "\xc0\xaf", "\xe0\x80\xaf", "\xf4\x90\x80\x80", "\xe2\x80", "\x80", "\xe2\x80\xa9"};
  for (int i = 0; i < 5000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    std::string out;
    AppendJsonString(s, &out);
    ASSERT_TRUE(simdjson::validate_utf8(out.data(), out.size())) << i;
    simdjson::dom::parser parser;
    simdjson::padded_string doc(out);
    std::string_view back;
    ASSERT_EQ(parser.parse(doc).get_string().get(back), simdjson::SUCCESS) << out;
    std::string repaired = s;
    RepairUtf8(&repaired);
    EXPECT_EQ(std::string(back), repaired);
  }
}

TEST(JsonWriterTest, Utf8PrefixNeverSplitsACodePoint) {
  const std::string s = "date of: عمم فرع الشئون الإسلامية 😀 بمنطقة عسير";
  for (size_t n = 0; n <= s.size() + 2; ++n) {
    std::string_view p = Utf8Prefix(s, n);
    EXPECT_LE(p.size(), n);
    EXPECT_TRUE(simdjson::validate_utf8(p.data(), p.size())) << n;
    EXPECT_GE(p.size() + 3, std::min(n, s.size())) << n;  // gives up less than a code point
  }
}

}  // namespace
}  // namespace sada::internal
