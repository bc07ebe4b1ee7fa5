// Duplicate detection: exact and near groups, the LSH path against brute
// force, banding, saving, loading and adding to an index.
#include "sada/dedup.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>

#include "sada/ingest.h"
#include "sada/text.h"
#include "test_util.h"
#include "util/strings.h"

namespace sada {
namespace {

std::vector<uint32_t> ShinglesOf(const std::string& text, int k = 5) {
  std::vector<uint64_t> words;
  HashTokens(text, &words, nullptr);
  std::vector<uint32_t> s;
  Shingles(words, k, &s);
  return s;
}

// Sentences of the seed articles: the raw material of synthetic corpora.
std::vector<std::string> SeedSentences() {
  testing::CollectSink sink;
  IngestStats st;
  EXPECT_TRUE(Ingest({testing::DataPath("examples/bukamal")}, {}, &sink, &st).ok());
  std::vector<std::string> out;
  std::vector<Span> spans;
  for (const auto& a : sink.articles) {
    SplitSentences(a.text, &spans);
    for (Span s : spans) {
      std::string t(SliceCodePoints(a.text, s));
      std::vector<uint64_t> w;
      HashTokens(t, &w, nullptr);
      if (w.size() >= 6) out.push_back(t);
    }
  }
  return out;
}

// Word-level edits at a given rate (replace, drop or insert).
std::string Edit(const std::string& text, double rate, std::mt19937_64* rng) {
  const std::vector<std::string> words = internal::SplitWords(text);
  std::string out;
  std::uniform_real_distribution<double> u(0, 1);
  for (const auto& w : words) {
    if (u(*rng) < rate) {
      int op = static_cast<int>((*rng)() % 3);
      if (op == 0) out += "كلمة" + std::to_string((*rng)() % 1000) + " ";
      if (op == 2) out += w + " زيادة" + std::to_string((*rng)() % 1000) + " ";
      continue;
    }
    out += w + " ";
  }
  return out;
}

TEST(ShingleTest, WindowsDoNotDependOnWhatCameBefore) {
  std::string x = "أعلن الجيش السوري تحرير مدينة البوكمال في ريف دير الزور الشرقي";
  auto sx = ShinglesOf(x);
  auto sxy = ShinglesOf("نص آخر تماما قبله " + x);
  EXPECT_EQ(sx.size(), 7u);  // 11 words
  for (uint32_t s : sx) EXPECT_TRUE(std::binary_search(sxy.begin(), sxy.end(), s));
  // Spelling variants and punctuation do not change the shingles.
  EXPECT_EQ(ShinglesOf("ذهب إلى المدينة، ثم عاد إلى البيت"), ShinglesOf("ذهب الى المدينة ثم عاد الى البيت!"));
  // Short texts have one shingle; empty texts none.
  EXPECT_EQ(ShinglesOf("خبر قصير").size(), 1u);
  EXPECT_TRUE(ShinglesOf(" .. ").empty());
}

// The shingle set is the sorted set of window hashes, whatever its size and
// however often a passage repeats (a repeated passage gives equal hashes).
TEST(ShingleTest, SetIsSortedWindowHashesWithoutRepeats) {
  std::mt19937_64 rng(11);
  for (size_t n : {0, 1, 4, 5, 30, 63, 64, 65, 68, 200, 1000, 5000, 70000}) {
    for (int repeat : {1, 3, 40}) {
      std::vector<uint64_t> words;
      std::vector<uint64_t> passage(n / repeat + 1);
      for (uint64_t& w : passage) w = rng() % 500;  // few distinct words
      while (words.size() < n) words.push_back(passage[words.size() % passage.size()]);
      std::vector<uint32_t> want;
      ShingleHashes(words, 5, &want);
      std::sort(want.begin(), want.end());
      want.erase(std::unique(want.begin(), want.end()), want.end());
      std::vector<uint32_t> got;
      Shingles(words, 5, &got);
      ASSERT_EQ(got, want) << n << " words, passage repeated " << repeat << " times";
    }
  }
}

TEST(ShingleTest, JaccardAndMinHashAgree) {
  auto sentences = SeedSentences();
  std::string a, b;
  for (size_t i = 0; i < 12; ++i) a += sentences[i] + " ";
  std::mt19937_64 rng(3);
  b = Edit(a, 0.03, &rng);
  auto sa = ShinglesOf(a), sb = ShinglesOf(b);
  double j = Jaccard(sa, sb);
  EXPECT_GT(j, 0.5);
  EXPECT_LT(j, 1.0);
  EXPECT_DOUBLE_EQ(Jaccard(sa, sa), 1.0);
  std::vector<uint32_t> ma, mb;
  MinHash(sa, 1024, &ma);
  MinHash(sb, 1024, &mb);
  int agree = 0;
  for (size_t i = 0; i < ma.size(); ++i) agree += ma[i] == mb[i];
  EXPECT_NEAR(agree / 1024.0, j, 0.06);
}

TEST(BandingTest, ChosenBandingPromisesRecallAtThreshold) {
  for (double t : {0.5, 0.7, 0.8, 0.9}) {
    Banding b = ChooseBanding(128, t, 0.98);
    EXPECT_LE(b.bands * b.rows, 128);
    EXPECT_GE(CandidateProbability(t, b.bands, b.rows), 0.98) << t;
    EXPECT_NEAR(b.recall_at_threshold, CandidateProbability(t, b.bands, b.rows), 1e-12);
    // Far below the threshold, few candidates.
    EXPECT_LT(CandidateProbability(t - 0.3, b.bands, b.rows), 0.5) << t;
  }
  Banding b = ChooseBanding(128, 0.8, 0.98);
  EXPECT_EQ(b.rows, 7);
  EXPECT_EQ(b.bands, 18);
}

DedupIndex Build(const std::vector<std::string>& texts, const std::vector<std::string>& dates = {},
                 int threads = 1) {
  DedupOptions o;
  o.threads = threads;
  DedupIndex idx(o);
  std::vector<DedupIndex::Input> in;
  for (size_t i = 0; i < texts.size(); ++i)
    in.push_back({"doc" + std::to_string(1000 + i), i < dates.size() ? dates[i] : "", texts[i]});
  idx.Add(in);
  return idx;
}

TEST(DedupTest, ExactAndNearGroups) {
  auto s = SeedSentences();
  std::string base;
  for (int i = 0; i < 10; ++i) base += s[i] + " ";
  std::string other;
  for (int i = 20; i < 30; ++i) other += s[i] + " ";
  std::string near = base;
  near.replace(near.find(' '), 1, " كلمة ");  // one word inserted
  std::string exact = "«" + base + "»\n";     // same words, other punctuation
  std::vector<std::string> dates = {"2017-11-20", "2017-11-19", "", "2017-11-21"};
  DedupIndex idx = Build({base, exact, other, near}, dates);
  DedupStats st;
  auto groups = idx.Groups(&st);
  ASSERT_EQ(groups.size(), 1u);
  const DedupGroup& g = groups[0];
  EXPECT_FALSE(g.exact);
  EXPECT_EQ(g.canonical, 1u);  // the earliest published
  ASSERT_EQ(g.members.size(), 3u);
  EXPECT_EQ(g.members[0].doc, 1u);
  EXPECT_EQ(g.members[1].doc, 0u);
  EXPECT_DOUBLE_EQ(g.members[1].jaccard, 1.0);
  EXPECT_EQ(g.members[2].doc, 3u);
  EXPECT_GE(g.members[2].jaccard, 0.8);
  EXPECT_LT(g.members[2].jaccard, 1.0);
  EXPECT_EQ(st.exact_duplicates, 1);

  auto exact_only = Build({base, exact}).Groups(nullptr);
  ASSERT_EQ(exact_only.size(), 1u);
  EXPECT_TRUE(exact_only[0].exact);
  EXPECT_EQ(exact_only[0].canonical, 0u);  // no dates: the smallest id
}

TEST(DedupTest, SeedArticlesAreNotDuplicates) {
  testing::CollectSink sink;
  IngestStats st;
  ASSERT_TRUE(Ingest({testing::DataPath("examples/bukamal")}, {}, &sink, &st).ok());
  std::vector<std::string> texts;
  for (const auto& a : sink.articles) texts.push_back(a.text);
  EXPECT_TRUE(Build(texts).Groups(nullptr).empty());
}

// Synthetic corpus: originals of 10 random seed sentences, and copies edited
// at rates that put their Jaccard on both sides of the threshold.
std::vector<std::string> SyntheticCorpus(size_t n, uint64_t seed) {
  auto s = SeedSentences();
  std::mt19937_64 rng(seed);
  std::vector<std::string> texts;
  const double rates[] = {0.0, 0.005, 0.01, 0.02, 0.03, 0.05};
  while (texts.size() < n) {
    if (texts.size() > 10 && rng() % 3 == 0) {
      texts.push_back(Edit(texts[rng() % texts.size()], rates[rng() % 6], &rng));
    } else {
      std::string t;
      for (int k = 0; k < 10; ++k) t += s[rng() % s.size()] + " ";
      texts.push_back(t);
    }
  }
  return texts;
}

// The same documents in the reverse order make the same groups, with the
// same canonical and the members in the same order (dated first, then by
// time, then by id); some documents are undated, some share a time.
TEST(DedupTest, GroupsDoNotDependOnInputOrder) {
  auto texts = SyntheticCorpus(400, 3);
  std::vector<DedupIndex::Input> in;
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string date = i % 4 == 0 ? "" : "2015-07-2" + std::to_string(i % 3);
    in.push_back({"id" + std::to_string((i * 7919) % 1009), date, texts[i]});
  }
  auto describe = [](const std::vector<DedupIndex::Input>& v) {
    DedupIndex idx{DedupOptions{}};
    idx.Add(v);
    std::vector<std::string> out;
    for (const auto& g : idx.Groups(nullptr)) {
      std::string s = idx.id(g.canonical) + ":";
      for (const auto& m : g.members) s += idx.id(m.doc) + ",";
      out.push_back(s);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  auto forward = describe(in);
  std::reverse(in.begin(), in.end());
  auto backward = describe(in);
  ASSERT_GT(forward.size(), 10u);
  EXPECT_EQ(forward, backward);
}

TEST(DedupTest, LshAgainstBruteForce) {
  auto texts = SyntheticCorpus(2000, 11);
  DedupIndex idx = Build(texts, {}, 2);
  auto cand = idx.CandidatePairs();
  std::vector<std::vector<uint32_t>> sets;
  for (uint32_t i = 0; i < idx.size(); ++i) sets.push_back(idx.shingles(i));
  int64_t truth = 0, found = 0;
  for (uint32_t i = 0; i < sets.size(); ++i)
    for (uint32_t j = i + 1; j < sets.size(); ++j) {
      if (Jaccard(sets[i], sets[j]) < 0.8) continue;
      ++truth;
      found += std::binary_search(cand.begin(), cand.end(), std::make_pair(i, j));
    }
  ASSERT_GT(truth, 300);
  double recall = static_cast<double>(found) / truth;
  EXPECT_GE(recall, 0.95) << found << " of " << truth;
  // Every pair inside a group is connected by verified pairs; every member of
  // a group is within the threshold of some other member.
  DedupStats st;
  auto groups = idx.Groups(&st);
  int64_t grouped_pairs = 0;
  for (const auto& g : groups) grouped_pairs += g.members.size() * (g.members.size() - 1) / 2;
  EXPECT_GE(grouped_pairs, truth * 95 / 100);
  for (const auto& g : groups)
    for (const auto& m : g.members) {
      double best = 0;
      for (const auto& o : g.members)
        if (o.doc != m.doc) best = std::max(best, Jaccard(sets[m.doc], sets[o.doc]));
      EXPECT_GE(best, 0.8);
    }
}

std::string Serialize(const DedupIndex& idx) {
  std::string s;
  for (const auto& g : idx.Groups(nullptr)) {
    s += idx.id(g.canonical) + (g.exact ? " exact:" : " near:");
    for (const auto& m : g.members) s += " " + idx.id(m.doc) + "=" + std::to_string(m.jaccard);
    s += "\n";
  }
  return s;
}

TEST(DedupTest, SavedLoadedAndExtendedIndexGivesTheSameAnswer) {
  auto texts = SyntheticCorpus(600, 5);
  std::string all = Serialize(Build(texts));
  ASSERT_FALSE(all.empty());
  // First half, saved and loaded, then the second half added.
  std::vector<std::string> first(texts.begin(), texts.begin() + 300);
  DedupIndex idx = Build(first);
  std::string path = ::testing::TempDir() + "/sada_dedup_test.idx";
  ASSERT_TRUE(idx.Save(path).ok());
  DedupIndex loaded{DedupOptions{}};
  Status st = DedupIndex::Load(path, 1, &loaded);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(Serialize(loaded), Serialize(idx));
  std::vector<DedupIndex::Input> rest;
  for (size_t i = 300; i < texts.size(); ++i) rest.push_back({"doc" + std::to_string(1000 + i), "", texts[i]});
  EXPECT_EQ(loaded.Add(rest), 0);
  EXPECT_EQ(Serialize(loaded), all);
  // Adding the same ids again adds nothing.
  EXPECT_EQ(loaded.Add(rest), static_cast<int64_t>(rest.size()));
  EXPECT_EQ(loaded.size(), texts.size());
  // Threads do not change the answer.
  EXPECT_EQ(Serialize(Build(texts, {}, 2)), all);
  std::remove(path.c_str());
}

TEST(DedupTest, DamagedIndexFilesAreRefusedWithAReason) {
  DedupIndex idx = Build(SyntheticCorpus(50, 2));
  std::string path = ::testing::TempDir() + "/sada_dedup_damaged.idx";
  ASSERT_TRUE(idx.Save(path).ok());
  std::string bytes;
  {
    std::ifstream f(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  auto load = [&](const std::string& content) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
    DedupIndex out{DedupOptions{}};
    return DedupIndex::Load(path, 1, &out);
  };
  Status flipped = load(bytes.substr(0, 100) + static_cast<char>(bytes[100] ^ 1) + bytes.substr(101));
  EXPECT_EQ(flipped.code(), StatusCode::kCorrupt);
  EXPECT_NE(flipped.message().find("checksum"), std::string::npos) << flipped.message();
  EXPECT_EQ(load(bytes.substr(0, bytes.size() / 2)).code(), StatusCode::kCorrupt);
  Status magic = load("not an index at all");
  EXPECT_NE(magic.message().find("magic"), std::string::npos) << magic.message();
  EXPECT_EQ(load(bytes).code(), StatusCode::kOk);
  DedupIndex out{DedupOptions{}};
  EXPECT_EQ(DedupIndex::Load(path + ".missing", 1, &out).code(), StatusCode::kNotFound);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace sada
