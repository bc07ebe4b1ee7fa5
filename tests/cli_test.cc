// End-to-end tests of the sada binary: exit codes, output, diagnostics.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "sada/text.h"

#include <simdjson.h>

#include "test_util.h"

namespace {

struct Result {
  int code;
  std::string out;
};

// Per-process files: CTest runs the tests of this file as parallel processes.
std::string ErrPath() { return "/tmp/sada_cli_test_err." + std::to_string(getpid()); }
std::string InPath() { return "/tmp/sada_cli_test_in." + std::to_string(getpid()); }

Result RunCmd(const std::string& args, const std::string& stdin_text = "") {
  std::string cmd = std::string(SADA_BINARY) + " " + args + " 2>" + ErrPath();
  if (!stdin_text.empty()) {
    std::ofstream(InPath()) << stdin_text;
    cmd += " < " + InPath();
  }
  Result r{0, ""};
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string Stderr() {
  std::ifstream f(ErrPath());
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// The per-process files go when the process's tests are done.
class RemoveTempFiles : public ::testing::Environment {
 public:
  void TearDown() override {
    std::remove(ErrPath().c_str());
    std::remove(InPath().c_str());
  }
};
const auto* const kRemoveTempFiles = ::testing::AddGlobalTestEnvironment(new RemoveTempFiles);

using sada::testing::DataPath;

TEST(CliTest, IngestSeedArticles) {
  Result r = RunCmd("ingest " + DataPath("examples/bukamal"));
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5);
  EXPECT_NE(r.out.find("\"source\":\"kayhan.ir\""), std::string::npos);
  EXPECT_NE(Stderr().find("5 records = 5 articles + 0 errors"), std::string::npos) << Stderr();
}

TEST(CliTest, StandardInputIsReadAsDash) {
  // JSON Lines on standard input, beside a folder: "-" is read like a file
  // whose kind is found from its content, named <stdin> in diagnostics.
  std::string lines =
      "{\"id\":\"one\",\"title\":\"x\",\"content\":\"قتل 150 إرهابيا في البوكمال\"}\n"
      "{\"id\":\"two\",\"title\":\"y\"\n";
  Result r = RunCmd("ingest - " + DataPath("examples/bukamal"), lines);
  EXPECT_EQ(r.code, 0) << Stderr();
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 6);
  EXPECT_NE(r.out.find("\"id\":\"one\""), std::string::npos);
  EXPECT_NE(r.out.find("\"file\":\"<stdin>\""), std::string::npos);
  std::string err = Stderr();
  EXPECT_NE(err.find("<stdin>:2:"), std::string::npos) << err;
  EXPECT_NE(err.find("7 records = 6 articles + 1 errors"), std::string::npos) << err;
}

TEST(CliTest, BrokenInputsKeepGoingStrictFails) {
  Result r = RunCmd("ingest " + DataPath("tests/data/broken"));
  EXPECT_EQ(r.code, 0);
  EXPECT_GT(std::count(r.out.begin(), r.out.end(), '\n'), 5);
  std::string err = Stderr();
  EXPECT_NE(err.find("broken_line.jsonl:2: broken JSON line"), std::string::npos) << err;
  Result s = RunCmd("ingest --strict " + DataPath("tests/data/broken"));
  EXPECT_EQ(s.code, 1);
}

TEST(CliTest, UnreadablePathAndUsageErrors) {
  EXPECT_EQ(RunCmd("ingest /no/such/path").code, 1);
  EXPECT_EQ(RunCmd("ingest").code, 2);
  EXPECT_EQ(RunCmd("frobnicate").code, 2);
  EXPECT_EQ(RunCmd("ingest --field nonsense " + DataPath("examples/bukamal")).code, 2);
}

// --field takes one value each time and leaves the paths after it alone
// ("--field text=body data.jsonl -o out.jsonl" used to take the path as a
// second field, and the run stopped with "paths is required").
TEST(CliTest, FieldsBeforeThePaths) {
  const std::string in = ErrPath() + ".fields.jsonl", out = ErrPath() + ".fields.out";
  std::ofstream(in) << "{\"headline\":\"عنوان الخبر\",\"body\":\"نص الخبر الكامل هنا.\"}\n";
  for (const std::string fields : {"--field text=body", "--field text=body --field title=headline"}) {
    Result r = RunCmd("ingest " + fields + " " + in + " -o " + out);
    EXPECT_EQ(r.code, 0) << fields << ": " << Stderr();
    std::ifstream f(out);
    const std::string written((std::istreambuf_iterator<char>(f)), {});
    EXPECT_NE(written.find("\"text\":\"نص الخبر الكامل هنا.\""), std::string::npos) << fields << ": " << written;
    if (fields.find("title") != std::string::npos)
      EXPECT_NE(written.find("\"title\":\"عنوان الخبر\""), std::string::npos) << written;
  }
  std::remove(in.c_str());
  std::remove(out.c_str());
}

TEST(CliTest, DiagnosticsFile) {
  const std::string diag = ErrPath() + ".diag.jsonl", out = ErrPath() + ".out.jsonl";
  Result r = RunCmd("ingest -q --diagnostics " + diag + " -o " + out + " " +
                    DataPath("tests/data/broken/broken_line.jsonl"));
  EXPECT_EQ(r.code, 0);
  std::string line;
  std::getline(std::ifstream(diag), line);
  EXPECT_NE(line.find("\"severity\":\"error\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"line\":2"), std::string::npos) << line;
  std::remove(diag.c_str());
  std::remove(out.c_str());
}

TEST(CliTest, Normalize) {
  EXPECT_EQ(RunCmd("normalize", "أحمد ١٢٫٥").out, "احمد 12.5");
  EXPECT_EQ(RunCmd("normalize --form display", "اللـــه").out, "الله");
  Result t = RunCmd("normalize --tokens --stems", "وبالمدينة نحو(150)");
  EXPECT_EQ(t.out, "0\t9\tword\tوبالمدينه\tمدين\tوبالمدينة\n10\t13\tword\tنحو\tنحو\tنحو\n14\t17\tnumber\t150\t150\t150\n");
  Result s = RunCmd("normalize --sentences", "أولا. ثانيا");
  EXPECT_EQ(s.out, "0\t5\tأولا.\n6\t11\tثانيا\n");
}

// dedup and reuse through the binary: a folder with one article copied (a
// word changed) and one unrelated; then the same via a saved index that is
// extended with the copy; a damaged index is refused.
TEST(CliTest, DedupReuseAndIndexes) {
  std::string dir = ::testing::TempDir() + "/sada_cli_dedup";
  std::string later = dir + "_later";
  std::system(("rm -rf " + dir + " " + later + " && mkdir -p " + dir + " " + later).c_str());
  std::ifstream in(DataPath("examples/bukamal/000_be64e3cf2ae7094a.txt"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string copy = text;
  copy.replace(copy.find("البوكمال"), std::string("البوكمال").size(), "المدينة");
  std::ofstream(dir + "/a.txt") << text;
  std::ofstream(dir + "/c.txt") << "خبر آخر لا علاقة له بما سبق عن أسعار النفط في الأسواق العالمية اليوم";
  std::ofstream(later + "/b.txt") << copy;

  Result all = RunCmd("dedup -q " + dir + " " + later);
  EXPECT_EQ(all.code, 0);
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 1) << all.out;
  EXPECT_NE(all.out.find("\"kind\":\"near\""), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("\"size\":2"), std::string::npos) << all.out;

  std::string idx = dir + "/index.bin";
  EXPECT_EQ(RunCmd("dedup -q " + dir + " --save-index " + idx).out, "");
  Result added = RunCmd("dedup -q --index " + idx + " " + later);
  EXPECT_EQ(added.code, 0);
  EXPECT_EQ(added.out, all.out);
  EXPECT_NE(Stderr().find("loaded 2 articles"), std::string::npos) << Stderr();

  std::ofstream(idx, std::ios::binary | std::ios::trunc) << "SADADUP";
  Result bad = RunCmd("dedup -q --index " + idx);
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(Stderr().find("index.bin"), std::string::npos) << Stderr();
  EXPECT_EQ(RunCmd("dedup").code, 2);

  Result reuse = RunCmd("reuse -q " + dir + " " + later);
  EXPECT_EQ(reuse.code, 0);
  EXPECT_NE(reuse.out.find("\"kind\":\"reuse\""), std::string::npos) << reuse.out;
  EXPECT_NE(reuse.out.find("\"differences\":[{"), std::string::npos) << reuse.out;
  std::system(("rm -rf " + dir + " " + later).c_str());
}


// sada extract on the seed articles: one JSON line per fact with its span and
// the fields of its kind; --kinds filters; threads do not change the output;
// an unknown kind is a usage error.
TEST(CliTest, ExtractSeedArticles) {
  Result r = RunCmd("extract " + DataPath("examples/bukamal"));
  ASSERT_EQ(r.code, 0) << Stderr();
  std::istringstream lines(r.out);
  std::string line;
  int dates = 0, entities = 0, quantities = 0, quotes = 0;
  while (std::getline(lines, line)) {
    ASSERT_EQ(line.front(), '{');
    ASSERT_NE(line.find("\"begin\":"), std::string::npos) << line;
    ASSERT_NE(line.find("\"end\":"), std::string::npos) << line;
    dates += line.find("\"kind\":\"date\"") != std::string::npos;
    entities += line.find("\"kind\":\"entity\"") != std::string::npos;
    quantities += line.find("\"kind\":\"quantity\"") != std::string::npos;
    quotes += line.find("\"kind\":\"quote\"") != std::string::npos;
  }
  EXPECT_GE(dates, 10);
  EXPECT_GE(quantities, 9);
  EXPECT_GE(quotes, 6);
  EXPECT_GT(entities, 50);
  EXPECT_NE(r.out.find("\"value\":\"2017-11-09\",\"anchor\":\"previous date\""), std::string::npos);
  EXPECT_NE(r.out.find("\"name\":\"قاسم سليماني\""), std::string::npos);
  EXPECT_NE(Stderr().find("sada extract: 5 articles"), std::string::npos) << Stderr();

  Result only = RunCmd("extract --kinds date " + DataPath("examples/bukamal"));
  EXPECT_EQ(only.code, 0);
  EXPECT_EQ(std::count(only.out.begin(), only.out.end(), '\n'), dates);
  EXPECT_EQ(only.out.find("\"kind\":\"entity\""), std::string::npos);

  Result one = RunCmd("extract -j1 " + DataPath("examples/bukamal"));
  Result two = RunCmd("extract -j2 " + DataPath("examples/bukamal"));
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.out, r.out);

  EXPECT_EQ(RunCmd("extract --kinds people " + DataPath("examples/bukamal")).code, 2);
}

// Facts are linked, named and written in batches on every worker: several
// batches (over 4,096 facts, from articles made of the seed's sentences)
// come out the same, in the same order, with one thread or two.
TEST(CliTest, ExtractManyFactsSameWithAnyThreadCount) {
  const std::string gen = "/tmp/sada_cli_gen." + std::to_string(getpid()) + ".jsonl";
  ASSERT_EQ(RunCmd("generate -q -n 300 -o " + gen + " " + DataPath("examples/bukamal")).code, 0) << Stderr();
  Result one = RunCmd("extract -q -j1 " + gen);
  Result two = RunCmd("extract -q -j2 " + gen);
  std::remove(gen.c_str());
  ASSERT_EQ(one.code, 0) << Stderr();
  EXPECT_GT(std::count(one.out.begin(), one.out.end(), '\n'), 3 * 4096);
  EXPECT_EQ(one.out, two.out);
}

}  // namespace

namespace {

std::string TempDir() {
  char tmpl[] = "/tmp/sada_analyze_XXXXXX";
  char* d = mkdtemp(tmpl);
  return d ? d : "";
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

}  // namespace

TEST(CliTest, AnalyzeSeedArticlesWritesEveryFileAndOneStory) {
  std::string dir = TempDir();
  ASSERT_FALSE(dir.empty());
  Result r = RunCmd("analyze " + DataPath("examples/bukamal") + " -o " + dir);
  ASSERT_EQ(r.code, 0) << Stderr();
  for (const char* f : {"articles.jsonl", "duplicates.jsonl", "reuse.jsonl", "facts.jsonl", "stories.jsonl",
                        "outlets.jsonl", "framing.jsonl", "diagnostics.jsonl", "report.html"})
    EXPECT_TRUE(std::ifstream(dir + "/" + f).good()) << f;
  EXPECT_NE(Stderr().find(", 1 story (1 of two or more articles)"), std::string::npos) << Stderr();
  // And so does `sada stories`, in the same words.
  ASSERT_EQ(RunCmd("stories -q " + DataPath("examples/bukamal") + " -o " + dir + "/only.jsonl").code, 0) << Stderr();
  EXPECT_NE(Stderr().find(": 1 story, 1 of two or more articles;"), std::string::npos) << Stderr();
  Result again = RunCmd("analyze -q " + DataPath("examples/bukamal") + " -o " + dir);
  ASSERT_EQ(again.code, 0) << Stderr();
  std::string stories = ReadFile(dir + "/stories.jsonl");
  EXPECT_EQ(std::count(stories.begin(), stories.end(), '\n'), 1);
  EXPECT_NE(stories.find("\"size\":5"), std::string::npos);
  EXPECT_NE(stories.find("\"status\":\"conflicting\""), std::string::npos);
  // The terminal summary names the story.
  EXPECT_NE(Stderr().find("5 articles,  5 outlets"), std::string::npos) << Stderr();
  std::string articles = ReadFile(dir + "/articles.jsonl");
  EXPECT_EQ(std::count(articles.begin(), articles.end(), '\n'), 5);
  std::system(("rm -rf " + dir).c_str());
}

// A long run's diagnostics do not scroll its summary away: analyze writes
// every one to DIR/diagnostics.jsonl, prints the first ten and the count of
// the rest by kind, and the report says how many records were not read.
TEST(CliTest, AnalyzeWritesEveryDiagnosticAndPrintsTheFirst) {
  std::string dir = TempDir();
  ASSERT_FALSE(dir.empty());
  Result r = RunCmd("analyze " + DataPath("examples/bukamal") + " " + DataPath("tests/data/broken") + " -o " + dir);
  ASSERT_EQ(r.code, 0) << Stderr();
  std::string diag = ReadFile(dir + "/diagnostics.jsonl");
  EXPECT_EQ(std::count(diag.begin(), diag.end(), '\n'), 21) << diag;
  EXPECT_NE(diag.find("broken_line.jsonl\",\"line\":2"), std::string::npos) << diag;
  std::string err = Stderr();
  int printed = 0;
  std::istringstream lines(err);
  for (std::string l; std::getline(lines, l);)
    if (l.rfind("sada: error: ", 0) == 0 || l.rfind("sada: warning: ", 0) == 0 || l.rfind("sada: skipped: ", 0) == 0)
      ++printed;
  EXPECT_EQ(printed, 10) << err;
  EXPECT_NE(err.find("11 more diagnostics not printed; all 21 in " + dir + "/diagnostics.jsonl: "
                     "4 warning: id N already used; 2 error: broken JSON line; 2 error: record has no text;"),
            std::string::npos) << err;
  std::string report = ReadFile(dir + "/report.html");
  EXPECT_NE(report.find("15 of 32 records not read (13 errors, 2 skipped)"), std::string::npos);
  EXPECT_NE(report.find("[\"error: record has no text\",2]"), std::string::npos);
  // With nothing wrong in the input, no notice and an empty file.
  Result clean = RunCmd("analyze -q " + DataPath("examples/bukamal") + " -o " + dir);
  ASSERT_EQ(clean.code, 0) << Stderr();
  EXPECT_EQ(ReadFile(dir + "/diagnostics.jsonl"), "");
  EXPECT_NE(ReadFile(dir + "/report.html").find("\"input\":null"), std::string::npos);
  std::system(("rm -rf " + dir).c_str());
}

// The report's data sits in a <script> element: "</script>" in an
// article's text, title, outlet or URL must
// not end it (the report is written a megabyte at a time; every part of it
// is escaped).
TEST(CliTest, ReportEscapesTheEndOfAScriptEverywhere) {
  std::string dir = TempDir();
  ASSERT_FALSE(dir.empty());
  const std::string bad = "</script><script>alert(1)</script>";
  std::ofstream(dir + "/in.jsonl")
      << "{\"id\":\"a\",\"source\":\"one" << bad << "\",\"url\":\"http://x.example/" << bad
      << "\",\"title\":\"t" << bad << "\",\"published\":\"2015-07-22T10:00\",\"text\":\"أعلنت وزارة الخارجية "
      << "اليوم توقيع الاتفاق. " << bad << "\"}\n"
      << "{\"id\":\"b\",\"source\":\"two\",\"published\":\"2015-07-22T11:00\",\"text\":\"أعلنت وزارة "
      << "الخارجية اليوم توقيع الاتفاق. " << bad << "\"}\n"
      << "{\"id\":\"c\",\"text\":\"" << bad << "\n";
  Result r = RunCmd("analyze -q " + dir + "/in.jsonl -o " + dir + "/out");
  ASSERT_EQ(r.code, 0) << Stderr();
  std::string report = ReadFile(dir + "/out/report.html");
  ASSERT_NE(report.find("<\\/script><script>alert(1)<\\/script>"), std::string::npos);
  size_t ends = 0;
  for (size_t p = report.find("</script"); p != std::string::npos; p = report.find("</script", p + 1)) ++ends;
  EXPECT_EQ(ends, 2u);  // the data's and the page's own script
  std::system(("rm -rf " + dir).c_str());
}

// A long text without full stops (here 30,000 words, and a copy of it with
// one word more) must cost in proportion to its length: sentences are cut
// (reported speech used to run to the end of the text, 300 bytes of facts
// per byte read), and a claim lists the copies that join witnesses, not
// every copied pair of its statements.
TEST(CliTest, ALongTextWithoutStopsStaysInProportion) {
  std::string dir = TempDir();
  ASSERT_FALSE(dir.empty());
  const char* words[] = {"قال", "الرئيس", "إن", "القوات", "سيطرت", "على", "مدينة", "البوكمال", "بعد",
                         "معارك", "مع", "تنظيم", "داعش", "وقتل", "150", "إرهابيا", "في", "ريف", "دير"};
  std::string text;
  uint64_t x = 7;
  for (int i = 0; i < 30000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    text += std::string(i ? " " : "") + words[(x >> 33) % std::size(words)];
  }
  std::string input = dir + "/long.json";
  std::ofstream(input) << "[{\"id\":\"long1\",\"title\":\"t\",\"content\":\"" << text
                       << "\"},{\"id\":\"long2\",\"title\":\"t\",\"content\":\"" << text << " زيادة\"}]";
  Result r = RunCmd("analyze -q " + input + " -o " + dir + "/out");
  ASSERT_EQ(r.code, 0) << Stderr();
  const size_t in_bytes = 2 * text.size();
  std::string facts = ReadFile(dir + "/out/facts.jsonl"), stories = ReadFile(dir + "/out/stories.jsonl");
  EXPECT_LT(facts.size(), 100 * in_bytes);
  EXPECT_LT(stories.size(), 100 * in_bytes);
  simdjson::dom::parser parser;
  size_t quotes = 0;
  for (size_t b = 0, e; b < facts.size(); b = e + 1) {
    e = facts.find('\n', b);
    simdjson::dom::element f;
    ASSERT_EQ(parser.parse(facts.substr(b, e - b)).get(f), simdjson::SUCCESS);
    if (std::string_view(f["kind"]) != "quote") continue;
    ++quotes;
    EXPECT_LT(int64_t(f["end"]) - int64_t(f["begin"]), 5000);  // at most a sentence of 400 words
  }
  EXPECT_GT(quotes, 100u);
  simdjson::dom::element story;
  ASSERT_EQ(parser.parse(stories.substr(0, stories.find('\n'))).get(story), simdjson::SUCCESS);
  size_t claims = 0;
  for (auto c : story["claims"].get_array()) {
    ++claims;
    EXPECT_LT(c["copies"].get_array().size(), c["statements"].get_array().size());
  }
  EXPECT_GT(claims, 10u);
  std::system(("rm -rf " + dir).c_str());
}

// Many copies of one article (wire copy republished, or a crawl's repeated
// page) are one story whose duplicates are linked to their group's first
// member, n - 1 links, and whose claims are one witness: listing and
// searching every pair made 2,000 copies run for more than ten minutes.
TEST(CliTest, ManyDuplicatesStayInProportion) {
  std::string dir = TempDir();
  ASSERT_FALSE(dir.empty());
  std::string text = ReadFile(DataPath("examples/bukamal/000_be64e3cf2ae7094a.txt"));
  ASSERT_FALSE(text.empty());
  std::string escaped;
  for (char c : text) {
    if (c == '"' || c == '\\') escaped += '\\';
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped += c;
  }
  const int n = 300;
  std::ofstream f(dir + "/copies.jsonl");
  for (int i = 0; i < n; ++i)
    f << "{\"id\":\"copy" << i << "\",\"source\":\"outlet" << i % 30 << "\",\"content\":\"" << escaped << "\"}\n";
  f.close();
  Result r = RunCmd("analyze -q " + dir + "/copies.jsonl -o " + dir + "/out");
  ASSERT_EQ(r.code, 0) << Stderr();
  std::string stories = ReadFile(dir + "/out/stories.jsonl");
  simdjson::dom::parser parser;
  simdjson::dom::element story;
  ASSERT_EQ(parser.parse(stories.substr(0, stories.find('\n'))).get(story), simdjson::SUCCESS);
  EXPECT_EQ(story["articles"].get_array().size(), static_cast<size_t>(n));
  size_t duplicate_links = 0;
  for (auto c : story["copies"].get_array())
    duplicate_links += std::string_view(c["kind"]) == "duplicate";
  EXPECT_EQ(duplicate_links, static_cast<size_t>(n - 1));
  size_t claims = 0;
  for (auto c : story["claims"].get_array()) {
    ++claims;
    EXPECT_EQ(int64_t(c["witnesses"]), 1) << std::string_view(c["about"]);
  }
  EXPECT_GT(claims, 5u);
  std::system(("rm -rf " + dir).c_str());
}

TEST(CliTest, StoriesOfTheSampleDoNotDependOnThreads) {
  Result one = RunCmd("stories -j1 " + DataPath("tests/data/stories/saudinewsnet-2015-07-21-sample.json"));
  Result two = RunCmd("stories -j2 " + DataPath("tests/data/stories/saudinewsnet-2015-07-21-sample.json"));
  ASSERT_EQ(one.code, 0);
  ASSERT_EQ(two.code, 0);
  EXPECT_EQ(one.out, two.out);
  EXPECT_NE(one.out.find("\"story\":\"s"), std::string::npos);
}

// The same articles given in the reverse order give the same passages and
// stories (lines may come in another order; what they say may not; groups:
// DedupTest.GroupsDoNotDependOnInputOrder). The alignment of a pair used to depend on which article came
// first.
TEST(CliTest, ReuseAndStoriesDoNotDependOnInputOrder) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(DataPath("examples/bukamal")))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& f : v) s += f + " ";
    return s;
  };
  auto sorted_lines = [](const std::string& out) {
    std::vector<std::string> lines;
    std::stringstream ss(out);
    for (std::string l; std::getline(ss, l);) lines.push_back(l);
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  std::vector<std::string> reversed(files.rbegin(), files.rend());
  for (const char* cmd : {"reuse ", "analyze --stories-only "}) {
    if (std::string(cmd) == "analyze --stories-only ") {
      // The stories file of the main job, with its copies and claims.
      std::string d1 = "/tmp/sada_cli_order_a." + std::to_string(getpid());
      std::string d2 = "/tmp/sada_cli_order_b." + std::to_string(getpid());
      ASSERT_EQ(RunCmd("analyze -q " + join(files) + "-o " + d1).code, 0);
      ASSERT_EQ(RunCmd("analyze -q " + join(reversed) + "-o " + d2).code, 0);
      auto read = [](const std::string& p) {
        std::ifstream f(p);
        return std::string(std::istreambuf_iterator<char>(f), {});
      };
      std::string s1 = read(d1 + "/stories.jsonl"), s2 = read(d2 + "/stories.jsonl");
      EXPECT_FALSE(s1.empty());
      EXPECT_EQ(sorted_lines(s1), sorted_lines(s2));
      std::filesystem::remove_all(d1);
      std::filesystem::remove_all(d2);
      continue;
    }
    Result a = RunCmd(std::string(cmd) + join(files));
    Result b = RunCmd(std::string(cmd) + join(reversed));
    ASSERT_EQ(a.code, 0) << cmd;
    ASSERT_EQ(b.code, 0) << cmd;
    EXPECT_FALSE(a.out.empty()) << cmd;
    EXPECT_EQ(sorted_lines(a.out), sorted_lines(b.out)) << cmd;
  }
}

// The report in a real browser: headless Chromium loads it, renders it and,
// with #selftest, clicks the first citation of the summary and writes what
// the page shows into <pre id="selftest">.
// The page DIR/report.html (with #FRAGMENT) as headless Chromium renders it;
// false when Chromium fails (its errors in *err).
bool RenderedReport(const std::string& dir, const std::string& fragment, std::string* dom, std::string* err) {
  std::string cmd = "chromium --headless --no-sandbox --disable-gpu --user-data-dir=" + dir +
                    "/profile --virtual-time-budget=5000 --dump-dom 'file://" + dir + "/report.html" + fragment +
                    "' 2>" + dir + "/chromium.err";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return false;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) dom->append(buf.data(), n);
  int st = pclose(p);
  *err = ReadFile(dir + "/chromium.err");
  return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

// DIR/report.html#selftest in headless Chromium: what the page wrote into
// <pre id="selftest"> (a JSON object), unescaped, in *json and parsed in *e;
// the page reported no script error.
void OpenSelfTest(const std::string& dir, simdjson::dom::parser* parser, simdjson::dom::element* e,
                  std::string* json) {
  std::string dom, err;
  ASSERT_TRUE(RenderedReport(dir, "#selftest", &dom, &err)) << "chromium failed: " << err;
  size_t b = dom.find("<pre id=\"selftest\"");
  ASSERT_NE(b, std::string::npos) << dom.substr(0, 500);
  b = dom.find('>', b) + 1;
  *json = dom.substr(b, dom.find("</pre>", b) - b);
  for (auto [from, to] : {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
    for (size_t k; (k = json->find(from)) != std::string::npos;) json->replace(k, from.size(), to);
  ASSERT_EQ(parser->parse(*json).get(*e), simdjson::SUCCESS) << *json;
  EXPECT_EQ((*e)["errors"].get_array().size(), 0u) << *json;
}

// Stories tracked as articles arrive: `analyze --update` reads the earlier
// analysis in DIR (its articles, with their provenance), adds the new
// articles, and gives what one run over all of them gives; an article fed
// again is skipped and said, the new ones are counted per story, and the
// report shows the stories that grew.
TEST(CliTest, AnalyzeUpdateAddsArticlesToAnEarlierAnalysis) {
  const std::string dir = TempDir();
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(DataPath("examples/bukamal")))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 5u);
  std::filesystem::create_directories(dir + "/monday");
  std::filesystem::create_directories(dir + "/tuesday");
  for (size_t k = 0; k < 5; ++k) {
    const std::string name = std::filesystem::path(files[k]).filename().string();
    if (k <= 2) std::filesystem::copy_file(files[k], dir + "/monday/" + name);
    if (k >= 2) std::filesystem::copy_file(files[k], dir + "/tuesday/" + name);  // the third again
  }
  ASSERT_EQ(RunCmd("analyze -q " + dir + "/monday -o " + dir + "/watch").code, 0) << Stderr();
  Result r = RunCmd("analyze -q --update " + dir + "/tuesday -o " + dir + "/watch");
  ASSERT_EQ(r.code, 0) << Stderr();
  const std::string err = Stderr();
  EXPECT_NE(err.find("3 articles of the earlier analysis, 2 new, 1 already there"), std::string::npos) << err;
  EXPECT_NE(err.find("0 new articles in 0 new stories, 2 in 1 earlier one (for 0 of them"), std::string::npos) << err;
  EXPECT_NE(err.find("+2 new,   5 articles"), std::string::npos) << err;
  ASSERT_EQ(RunCmd("analyze -q " + DataPath("examples/bukamal") + " -o " + dir + "/once").code, 0) << Stderr();
  // The same stories, facts and passages as one run over the five (the
  // update's stories also say how many of their articles are new).
  auto lines = [](const std::string& path) {
    std::vector<std::string> v;
    std::ifstream f(path);
    for (std::string l; std::getline(f, l);) {
      const size_t at = l.find(",\"new_articles\":");
      if (at != std::string::npos) l.erase(at, l.find(',', at + 1) - at);
      v.push_back(l);
    }
    std::sort(v.begin(), v.end());
    return v;
  };
  for (const char* f : {"stories.jsonl", "facts.jsonl", "reuse.jsonl", "duplicates.jsonl"})
    EXPECT_EQ(lines(dir + "/watch/" + f), lines(dir + "/once/" + f)) << f;
  const std::string stories = ReadFile(dir + "/watch/stories.jsonl");
  EXPECT_NE(stories.find("\"size\":5,\"new_articles\":2,"), std::string::npos) << stories.substr(0, 300);
  // The earlier articles keep where they came from; the new ones theirs.
  const std::string articles = ReadFile(dir + "/watch/articles.jsonl");
  EXPECT_NE(articles.find("\"origin\":{\"file\":\"" + dir + "/monday/"), std::string::npos);
  EXPECT_NE(articles.find("\"origin\":{\"file\":\"" + dir + "/tuesday/"), std::string::npos);
  EXPECT_EQ(lines(dir + "/watch/articles.jsonl").size(), 5u);
  // The article fed again is said, not lost.
  EXPECT_NE(ReadFile(dir + "/watch/diagnostics.jsonl").find("is already in the earlier analysis"), std::string::npos);
  // The report shows the story that grew, and says by how much.
  std::string dom, chromium_err;
  ASSERT_TRUE(RenderedReport(dir + "/watch", "", &dom, &chromium_err)) << chromium_err;
  EXPECT_NE(dom.find("Chosen: stories with articles new since the earlier analysis: 1 story"), std::string::npos)
      << dom.substr(0, 2000);
  EXPECT_NE(dom.find("2 of its articles new since the earlier analysis"), std::string::npos) << dom.substr(0, 4000);
  EXPECT_NE(dom.find("<bdi>+2 new</bdi>"), std::string::npos) << dom.substr(0, 4000);
  // A first --update starts the analysis.
  r = RunCmd("analyze -q --update " + dir + "/monday -o " + dir + "/fresh");
  ASSERT_EQ(r.code, 0) << Stderr();
  EXPECT_NE(Stderr().find("no earlier analysis"), std::string::npos) << Stderr();
  EXPECT_EQ(lines(dir + "/fresh/articles.jsonl").size(), 3u);
  std::system(("rm -rf " + dir).c_str());
}

// Three outlets, "one", "two" and "three", carry one lead (published at
// 10:00, 12:00 and 13:00) and a sentence of their own each, with the
// bylines given: DIR/in.jsonl.
namespace {
void WriteOneLeadInThreeOutlets(const std::string& dir, const std::vector<std::string>& bylines = {"", "", ""}) {
  const std::string lead =
      "أعلنت القيادة العامة للجيش اليوم أن وحداتها حررت مدينة البوكمال في ريف دير الزور الجنوبي الشرقي بالكامل "
      "بعد معارك عنيفة مع تنظيم داعش استمرت عشرة أيام وأن فرق الهندسة بدأت تفكيك العبوات الناسفة في شوارع المدينة.";
  const char* rest[] = {
      "وقال مراسلنا إن الأهالي خرجوا إلى الساحات احتفالا بعودة الأمن وإن المحال التجارية فتحت أبوابها من جديد في الأحياء الشمالية.",
      "وفي سياق آخر شهدت أسواق النفط ارتفاعا طفيفا في الأسعار مع تراجع المخزونات الأمريكية للأسبوع الثالث على التوالي حسب التقارير.",
      "ويأتي ذلك بينما تواصل المنظمات الدولية إرسال قوافل الإغاثة إلى المناطق الشرقية المتضررة من الحرب خلال السنوات الماضية."};
  const char* outlets[] = {"one", "two", "three"};
  const char* times[] = {"2017-11-19T10:00", "2017-11-19T12:00", "2017-11-19T13:00"};
  std::ofstream in(dir + "/in.jsonl");
  for (int k = 0; k < 3; ++k)
    in << "{\"id\":\"" << outlets[k] << "\",\"source\":\"" << outlets[k] << "\",\"author\":\"" << bylines[k]
       << "\",\"published\":\"" << times[k] << "\",\"text\":\"" << lead << " " << rest[k] << "\"}\n";
}
}  // namespace

// Passages shared between outlets over the whole run, by who had them
// first: outlets.jsonl, a line on the terminal and a table at the top of
// the report. Three outlets carry one lead, published at 10:00, 12:00 and
// 13:00.
TEST(CliTest, AnalyzeSaysWhichOutletsHadSharedPassagesFirst) {
  const std::string dir = TempDir();
  WriteOneLeadInThreeOutlets(dir);
  Result r = RunCmd("analyze -q " + dir + "/in.jsonl -o " + dir + "/out");
  ASSERT_EQ(r.code, 0) << Stderr();
  EXPECT_NE(Stderr().find("passages shared between outlets, by who had them first (outlets.jsonl): one before "),
            std::string::npos) << Stderr();
  std::vector<std::string> lines;
  {
    std::ifstream f(dir + "/out/outlets.jsonl");
    for (std::string l; std::getline(f, l);) lines.push_back(l);
  }
  std::sort(lines.begin(), lines.end());
  ASSERT_EQ(lines.size(), 3u) << ReadFile(dir + "/out/outlets.jsonl");
  const std::string expected[] = {"{\"earlier\":\"one\",\"later\":\"three\",\"passages\":1,\"articles\":1,\"later_articles\":1,",
                                  "{\"earlier\":\"one\",\"later\":\"two\",\"passages\":1,\"articles\":1,\"later_articles\":1,",
                                  "{\"earlier\":\"two\",\"later\":\"three\",\"passages\":1,\"articles\":1,\"later_articles\":1,"};
  for (int k = 0; k < 3; ++k) EXPECT_EQ(lines[k].rfind(expected[k], 0), 0u) << lines[k];
  std::string dom, err;
  ASSERT_TRUE(RenderedReport(dir + "/out", "", &dom, &err)) << err;
  EXPECT_NE(dom.find("Passages shared between outlets, by who had them first (3 of 3 pairs of outlets"),
            std::string::npos) << dom.substr(0, 3000);
  EXPECT_NE(dom.find("one first: 1 passage, in 1 of two's 1 article"), std::string::npos) << dom.substr(0, 3000);
  std::system(("rm -rf " + dir).c_str());
}

// Where both articles of a shared passage credit the same agency in their
// bylines, both most likely took it from the agency: reuse.jsonl and the
// story's copies say so, outlets.jsonl counts such passages, and the report
// says it beside who was first.
TEST(CliTest, AnalyzeSaysWhichSharedPassagesBothCreditAnAgency) {
  const std::string dir = TempDir();
  WriteOneLeadInThreeOutlets(dir, {"دمشق - واس", "محمد السلمي", "الرياض: واس"});
  Result r = RunCmd("analyze -q " + dir + "/in.jsonl -o " + dir + "/out");
  ASSERT_EQ(r.code, 0) << Stderr();
  EXPECT_NE(Stderr().find("one before three 1 (1 both crediting one agency)"), std::string::npos) << Stderr();
  std::vector<std::string> flows;
  {
    std::ifstream f(dir + "/out/outlets.jsonl");
    for (std::string l; std::getline(f, l);) flows.push_back(l);
  }
  std::sort(flows.begin(), flows.end());
  ASSERT_EQ(flows.size(), 3u);
  EXPECT_NE(flows[0].find("\"later\":\"three\""), std::string::npos) << flows[0];
  EXPECT_NE(flows[0].find("\"credited\":1}"), std::string::npos) << flows[0];  // one, three: both واس
  EXPECT_NE(flows[1].find("\"credited\":0}"), std::string::npos) << flows[1];  // one, two
  EXPECT_NE(flows[2].find("\"credited\":0}"), std::string::npos) << flows[2];  // two, three
  int credited = 0, passages = 0;
  {
    std::ifstream f(dir + "/out/reuse.jsonl");
    for (std::string l; std::getline(f, l);) {
      passages += l.find("\"kind\":\"reuse\"") != std::string::npos;
      if (l.find("\"credit\":\"واس\"") != std::string::npos) {
        ++credited;
        EXPECT_NE(l.find("\"a\":\"one\""), std::string::npos) << l;
        EXPECT_NE(l.find("\"b\":\"three\""), std::string::npos) << l;
      }
    }
  }
  EXPECT_EQ(passages, 3);
  EXPECT_EQ(credited, 1);
  const std::string stories = ReadFile(dir + "/out/stories.jsonl");
  EXPECT_NE(stories.find("\"credit\":\"واس\""), std::string::npos);
  std::string dom, err;
  ASSERT_TRUE(RenderedReport(dir + "/out", "", &dom, &err)) << err;
  EXPECT_NE(dom.find("one first: 1 passage, in 1 of three's 1 article (1 with both articles crediting one agency)"),
            std::string::npos) << dom.substr(0, 3000);
  EXPECT_NE(dom.find("both credit <bdi>واس</bdi>"), std::string::npos);
  std::system(("rm -rf " + dir).c_str());
}

// How each outlet labels what it names, over the run: framing.jsonl, a line
// on the terminal, a table at the top of the report.
TEST(CliTest, AnalyzeSaysHowOutletsLabelWhatTheyName) {
  const std::string dir = TempDir();
  Result r = RunCmd("analyze " + DataPath("examples/bukamal") + " -o " + dir + "/out");
  ASSERT_EQ(r.code, 0) << Stderr();
  EXPECT_NE(Stderr().find("labels outlets give what they name (framing.jsonl): داعش «"), std::string::npos)
      << Stderr();
  std::vector<std::string> lines;
  {
    std::ifstream f(dir + "/out/framing.jsonl");
    for (std::string l; std::getline(f, l);) lines.push_back(l);
  }
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0].rfind("{\"entity\":\"داعش\",\"type\":\"organisation\",\"mentions\":", 0), 0u) << lines[0];
  bool coalition = false;
  for (const std::string& l : lines) {
    if (l.rfind("{\"entity\":\"التحالف الدولي\"", 0) != 0) continue;
    coalition = true;
    EXPECT_NE(l.find("{\"outlet\":\"سانا\",\"mentions\":2,\"articles\":1,\"labelled\":2,"), std::string::npos) << l;
    EXPECT_NE(l.find("{\"label\":\"اللاشرعي\",\"uses\":1,\"article\":"), std::string::npos) << l;
  }
  EXPECT_TRUE(coalition) << ReadFile(dir + "/out/framing.jsonl");
  std::string dom, err;
  ASSERT_TRUE(RenderedReport(dir + "/out", "", &dom, &err)) << err;
  EXPECT_NE(dom.find("Labels the outlets give what they name, over all the articles (the 3 most labelled of "),
            std::string::npos) << dom.substr(0, 3000);
  EXPECT_NE(dom.find("الأمريكي ×2، اللاشرعي ×1"), std::string::npos) << dom.substr(0, 4000);
  // Each entity links to the search for the stories that name it.
  EXPECT_NE(dom.find("href=\"#find=%D8%AF%D8%A7%D8%B9%D8%B4\""), std::string::npos) << dom.substr(0, 4000);
  std::string found;
  ASSERT_TRUE(RenderedReport(dir + "/out", "#find=%D8%AF%D8%A7%D8%B9%D8%B4", &found, &err)) << err;
  EXPECT_NE(found.find("1 story matches"), std::string::npos) << found.substr(0, 4000);
  std::system(("rm -rf " + dir).c_str());
}

TEST(ReportTest, OpensInHeadlessChromiumAndACitationOpensItsPassage) {
  std::string dir = TempDir();
  Result r = RunCmd("analyze -q " + DataPath("examples/bukamal") + " -o " + dir);
  ASSERT_EQ(r.code, 0) << Stderr();
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  std::string json;
  ASSERT_NO_FATAL_FAILURE(OpenSelfTest(dir, &parser, &e, &json));
  EXPECT_EQ(int64_t(e["stories"]), 1);
  EXPECT_EQ(int64_t(e["first_story"]["articles"]), 5);
  EXPECT_EQ(int64_t(e["first_story"]["outlets"]), 5);
  std::string sections;
  for (auto h : e["first_story"]["sections"].get_array()) sections += std::string(std::string_view(h)) + "|";
  for (const char* s : {"Sources", "Summary", "Timeline", "Facts across outlets", "Framing", "Copied passages"})
    EXPECT_NE(sections.find(s), std::string::npos) << s << " in " << sections;
  // Every source has a readable title: its own, else its first line (two
  // seed articles are bare text files), never just its 16-digit id.
  int titles = 0;
  for (auto t : e["first_story"]["source_titles"].get_array()) {
    std::string_view title = t;
    ++titles;
    EXPECT_GT(sada::CountCodePoints(title), 20u) << title;
  }
  EXPECT_EQ(titles, 5);
  std::string_view expected = e["citation"]["expected"], shown = e["citation"]["shown"];
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(shown, expected);
  EXPECT_TRUE(bool(e["citation"]["open"]));
  // The labels table's first entity (داعش) leads to the search for it.
  EXPECT_EQ(std::string_view(e["naming_search"]["query"]), "داعش") << json;
  EXPECT_EQ(int64_t(e["naming_search"]["found"]), 1) << json;
  std::system(("rm -rf " + dir).c_str());
}

// A story's long lists are made on request, 200 at a time: its sources past
// the first 25 and its copied passages past the first 30. All at once,
// SaudiNewsNet's report (one story of 507 articles and 16,625 passages) took
// a browser over a minute to lay out, and put 507 rows before its summary.
TEST(ReportTest, LongListsAreShownOnRequest) {
  std::string dir = TempDir();
  // 27 reports from 27 outlets: one lead they all carry word for word
  // (every pair shares it: 351 passages), then two sentences of the seed
  // articles, different in each.
  std::vector<std::string> sentences;
  for (const auto& f : std::filesystem::directory_iterator(DataPath("examples/bukamal"))) {
    std::string text = ReadFile(f.path().string());
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('.', at);
      if (end == std::string::npos) end = text.size();
      std::string s = text.substr(at, end - at);
      if (std::count(s.begin(), s.end(), ' ') >= 10) sentences.push_back(s + ".");
      at = end + 1;
    }
  }
  std::sort(sentences.begin(), sentences.end());
  ASSERT_GE(sentences.size(), 54u);
  const std::string lead =
      "أعلنت القيادة العامة للجيش اليوم أن وحداتها حررت مدينة البوكمال في ريف دير الزور الجنوبي الشرقي بالكامل "
      "بعد معارك عنيفة مع تنظيم داعش استمرت عشرة أيام وأن فرق الهندسة بدأت تفكيك العبوات الناسفة في شوارع المدينة.";
  std::filesystem::create_directories(dir + "/in");
  for (int k = 0; k < 27; ++k)
    std::ofstream(dir + "/in/report" + std::to_string(k) + ".txt")
        << lead << "\n" << sentences[2 * k] << "\n" << sentences[2 * k + 1] << "\n";
  Result r = RunCmd("analyze -q " + dir + "/in -o " + dir);
  ASSERT_EQ(r.code, 0) << Stderr();
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  std::string json;
  ASSERT_NO_FATAL_FAILURE(OpenSelfTest(dir, &parser, &e, &json));
  EXPECT_EQ(int64_t(e["first_story"]["articles"]), 27) << json;
  EXPECT_EQ(e["first_story"]["source_titles"].get_array().size(), 25u) << json;
  const int64_t copies = e["first_story"]["copies"];
  EXPECT_GE(copies, 351) << json;
  EXPECT_EQ(int64_t(e["first_story"]["pairs_shown"]), 30) << json;
  std::string more;
  for (auto m : e["first_story"]["more"].get_array()) more += std::string(std::string_view(m)) + "|";
  EXPECT_NE(more.find("Show 2 more sources (2 of 27 not shown)|"), std::string::npos) << more;
  EXPECT_NE(more.find("Show 200 more copied passages (" + std::to_string(copies - 30) + " of " +
                      std::to_string(copies) + " not shown)|"),
            std::string::npos) << more;
  EXPECT_EQ(int64_t(e["first_story"]["pairs_after_more"]), 230) << json;
  std::system(("rm -rf " + dir).c_str());
}

// The report's data object (the JSON inside <script id="data">), unescaped.
std::string ReportDataJson(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"data\">";
  size_t b = html.find(open);
  if (b == std::string::npos) return "";
  b += open.size();
  std::string json = html.substr(b, html.find("</script>", b) - b);
  for (size_t k; (k = json.find("<\\/")) != std::string::npos;) json.replace(k, 3, "</");
  return json;
}

// A story that is not among those shown is still found: by the search box
// above the list (every story of the run is in it, and one not shown names
// the option that makes a report of it), and by --report-match and
// --report-story, which make the report show the stories chosen. Before,
// SaudiNewsNet's report showed its 200 largest stories and nothing said
// where the other 13,843 were.
TEST(ReportTest, EveryStoryCanBeFoundAndChosen) {
  std::string dir = TempDir();
  std::filesystem::create_directories(dir + "/in");
  for (const auto& f : std::filesystem::directory_iterator(DataPath("examples/bukamal")))
    std::filesystem::copy_file(f.path(), dir + "/in/" + f.path().filename().string());
  std::ofstream(dir + "/in/vaccines.txt")
      << "وزارة الصحة تطلق حملة التطعيم ضد الإنفلونزا الموسمية في مدارس المنطقة الشرقية\n"
      << "أطلقت وزارة الصحة اليوم حملة للتطعيم ضد الإنفلونزا الموسمية تستهدف طلاب المدارس في المنطقة الشرقية. "
      << "وقال وزير الصحة توفيق الربيعة إن الحملة تستمر شهرا.\n";
  // Only the largest story is shown: the seed articles' five.
  Result r = RunCmd("analyze -q --report-stories 1 " + dir + "/in -o " + dir + "/all");
  ASSERT_EQ(r.code, 0) << Stderr();
  std::string vaccine_story, seed_story;
  {
    std::ifstream f(dir + "/all/stories.jsonl");
    simdjson::dom::parser parser;
    for (std::string line; std::getline(f, line);) {
      simdjson::dom::element e;
      ASSERT_EQ(parser.parse(line).get(e), simdjson::SUCCESS);
      const std::string id{std::string_view(e["story"])};
      (e["articles"].get_array().size() == 1 ? vaccine_story : seed_story) = id;
    }
  }
  ASSERT_FALSE(vaccine_story.empty());
  ASSERT_FALSE(seed_story.empty());
  // Searched with other spellings: a bare alef for إ, ه for ة, a vowel mark.
  std::string dom, err;
  const std::string query = "%D8%A7%D9%84%D8%A7%D9%86%D9%81%D9%84%D9%88%D9%86%D8%B2%D8%A7%20"  // الانفلونزا
                            "%D8%A7%D9%84%D9%85%D9%88%D8%B3%D9%85%D9%8A%D9%87%20"              // الموسميه
                            "%D8%AD%D9%85%D9%8E%D9%84%D8%A9";                                  // حمَلة
  ASSERT_TRUE(RenderedReport(dir + "/all", "#find=" + query, &dom, &err)) << "chromium failed: " << err;
  const size_t found = dom.find("<div id=\"found\">");
  ASSERT_NE(found, std::string::npos) << dom.substr(0, 2000);
  const std::string results = dom.substr(found, dom.find("<div id=\"list\"", found) - found);
  EXPECT_NE(results.find("1 story matches"), std::string::npos) << results;
  EXPECT_NE(results.find("--report-story " + vaccine_story), std::string::npos) << results;
  EXPECT_EQ(results.find(seed_story), std::string::npos) << results;
  // Found by a name its text gives (not in its title), written another way.
  dom.clear();
  ASSERT_TRUE(RenderedReport(dir + "/all", "#find=%D8%A7%D9%84%D8%B1%D8%A8%D9%8A%D8%B9%D9%87", &dom, &err))
      << err;  // الربيعه
  EXPECT_NE(dom.find("--report-story " + vaccine_story), std::string::npos) << dom.substr(0, 3000);
  // A story that is shown is a link to it.
  dom.clear();
  ASSERT_TRUE(RenderedReport(dir + "/all", "#find=%D8%A7%D9%84%D8%A8%D9%88%D9%83%D9%85%D8%A7%D9%84", &dom, &err))
      << err;  // البوكمال
  EXPECT_NE(dom.find("<a href=\"#" + seed_story + "\""), std::string::npos) << dom.substr(0, 3000);

  // Chosen on the command line, by words (any spelling) or by id.
  for (const std::string& choice :
       {std::string("--report-match 'حمله الانفلونزا'"), "--report-story " + vaccine_story}) {
    const std::string out = dir + "/chosen";
    r = RunCmd("analyze -q " + choice + " " + dir + "/in -o " + out);
    ASSERT_EQ(r.code, 0) << Stderr();
    EXPECT_NE(Stderr().find("report.html shows the 1 story chosen"), std::string::npos) << Stderr();
    simdjson::dom::parser parser;
    simdjson::dom::element data;
    const std::string json = ReportDataJson(ReadFile(out + "/report.html"));
    ASSERT_EQ(parser.parse(json).get(data), simdjson::SUCCESS) << choice;
    auto stories = data["stories"].get_array();
    ASSERT_EQ(stories.size(), 1u) << choice;
    EXPECT_EQ(std::string_view((*stories.begin())["id"]), vaccine_story) << choice;
    EXPECT_EQ(data["index"].get_array().size(), 2u) << choice;
    EXPECT_NE(std::string_view(data["chosen"]).find(": 1 story"), std::string_view::npos) << choice;
    std::filesystem::remove_all(out);
  }
  // A choice that matches nothing says so.
  r = RunCmd("analyze -q --report-story s0000 " + dir + "/in -o " + dir + "/none");
  ASSERT_EQ(r.code, 0) << Stderr();
  EXPECT_NE(Stderr().find("no story matches"), std::string::npos) << Stderr();
  std::system(("rm -rf " + dir).c_str());
}

// A long timeline keeps the story's own dates in view and folds away the
// background: dates from before the story began that one article alone
// gives (a biography's years).
TEST(ReportTest, ALongTimelineFoldsItsBackground) {
  std::string dir = TempDir();
  const std::string lead = "أعلنت وزارة الخارجية اليوم توقيع اتفاق التعاون النووي مع الوكالة الدولية للطاقة الذرية في فيينا. ";
  std::string bio = "وتولت الوزيرة مناصب عديدة.";
  for (int y = 1990; y < 2003; ++y) bio += " وفي عام " + std::to_string(y) + " عينت في منصب جديد.";
  std::ofstream(dir + "/in.jsonl")
      << "{\"id\":\"a\",\"source\":\"one\",\"published\":\"2015-07-22T10:00\",\"text\":\"" << lead << bio
      << " وسيبدأ التنفيذ في 15 أغسطس 2015.\"}\n"
      << "{\"id\":\"b\",\"source\":\"two\",\"published\":\"2015-07-22T12:00\",\"text\":\"" << lead
      << "ووصفت الوكالة الاتفاق بأنه خطوة مهمة.\"}\n"
      << "{\"id\":\"c\",\"source\":\"three\",\"text\":\" \"}\n";
  Result r = RunCmd("analyze -q " + dir + "/in.jsonl -o " + dir);
  ASSERT_EQ(r.code, 0) << Stderr();
  std::string dom, err;
  ASSERT_TRUE(RenderedReport(dir, "", &dom, &err)) << "chromium failed: " << err;
  // The record that could not be read is named at the top.
  const size_t input = dom.find("<details class=\"input\" id=\"input\"><summary>1 of 3 records not read");
  EXPECT_NE(input, std::string::npos) << dom.substr(0, 1500);
  EXPECT_NE(dom.find("<td>" + dir + "/in.jsonl:3</td><td>error</td><td>record text is only white space</td>", input),
            std::string::npos) << dom.substr(0, 3000);
  const size_t folded = dom.find("<details class=\"background\">");
  ASSERT_NE(folded, std::string::npos) << dom.substr(0, 500);
  EXPECT_NE(dom.find("13 earlier dates given by one article", folded), std::string::npos);
  const size_t timeline = dom.find("<h3>Timeline</h3>");
  ASSERT_NE(timeline, std::string::npos);
  // In view: the story's days; folded: the years.
  EXPECT_LT(dom.find(">2015-07-22<", timeline), folded);
  EXPECT_LT(dom.find(">2015-08-15<", timeline), folded);
  EXPECT_GT(dom.find(">1990<", timeline), folded);
  std::system(("rm -rf " + dir).c_str());
}
