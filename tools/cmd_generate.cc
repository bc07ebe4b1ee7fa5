// sada generate: synthetic articles made of real sentences, with planted near
// duplicates at known edit rates, for scale tests of dedup and reuse.
//
// Each output article is either an original (--sentences sentences drawn at
// random from the sentence pool of the input articles) or, with probability
// --dup-fraction, a copy of a recent original with word edits at one of the
// --edit-rates (each word is, with that probability, replaced by a random word
// from the pool, dropped, or followed by an inserted word). Output is JSON
// Lines in the SaudiNewsNet layout, so `sada dedup` reads it with no options;
// --truth gets one line per planted copy: original, copy, edit rate.
// The same input, options and --seed give the same bytes.
#include <deque>
#include <random>

#include "commands.h"
#include "ingest/json_writer.h"
#include "sada/text.h"

namespace sada::cli {

GenerateCommand::GenerateCommand(CLI::App* app) {
  cmd_ = app->add_subcommand("generate", "Make synthetic articles from real text, with planted near duplicates");
  in_.Add(cmd_, true);
  cmd_->add_option("-n,--count", count_, "Articles to generate")->capture_default_str()->check(CLI::PositiveNumber);
  cmd_->add_option("-o,--output", out_path_, "Write articles here (default: standard output)");
  cmd_->add_option("--truth", truth_path_, "Write the planted pairs here (JSON Lines)");
  cmd_->add_option("--dup-fraction", dup_fraction_, "Share of articles that are edited copies")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd_->add_option("--edit-rates", edit_rates_, "Per-word edit rates of the copies, used in turn")
      ->capture_default_str()->delimiter(',');
  cmd_->add_option("--sentences", sentences_, "Sentences per original article")
      ->capture_default_str()->check(CLI::Range(1, 1000));
  cmd_->add_option("--seed", seed_, "Random seed")->capture_default_str();
}

namespace {

std::string Date(int64_t i) {
  // One article a second from 2015-07-01 00:00:00, SaudiNewsNet's format.
  int64_t day = i / 86400, s = i % 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "2015-%02d-%02d %02d:%02d:%02d", 7 + static_cast<int>(day / 31) % 6,
                1 + static_cast<int>(day % 31) % 28, static_cast<int>(s / 3600),
                static_cast<int>(s / 60 % 60), static_cast<int>(s % 60));
  return buf;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> w;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\n') ++j;
    if (j > i) w.push_back(s.substr(i, j - i));
    i = j;
  }
  return w;
}

}  // namespace

int GenerateCommand::Run() {
  for (double e : edit_rates_)
    if (!(e >= 0 && e <= 1)) {
      std::fprintf(stderr, "sada generate: edit rates must be between 0 and 1\n");
      return 2;
    }
  if (edit_rates_.empty()) edit_rates_ = {0.0};
  // The sentence pool: every sentence of 4 or more words of the input.
  std::vector<std::string> pool;
  IngestStats stats;
  std::vector<Span> spans;
  int rc = ReadArticles("generate", in_, nullptr, [&](Article&& a) {
    SplitSentences(a.text, &spans);
    CodePointSlicer slicer(a.text);
    for (Span s : spans) {
      std::string_view t = slicer.Slice(s);
      if (SplitWords(t).size() >= 4) pool.emplace_back(t);
    }
  }, &stats);
  if (rc == 2) return rc;
  if (pool.size() < 2) {
    std::fprintf(stderr, "sada generate: the input has too few sentences to draw from (%zu)\n", pool.size());
    return 1;
  }
  Output out(out_path_);
  std::unique_ptr<Output> truth;
  if (!truth_path_.empty()) truth = std::make_unique<Output>(truth_path_);
  if (!out.ok() || (truth && !truth->ok())) {
    std::fprintf(stderr, "sada generate: cannot write the output\n");
    return 1;
  }
  std::mt19937_64 rng(seed_);
  auto uniform = [&](uint64_t n) { return static_cast<size_t>(rng() % n); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  auto random_word = [&]() {
    auto w = SplitWords(pool[uniform(pool.size())]);
    return std::string(w[uniform(w.size())]);
  };
  std::deque<std::pair<std::string, std::string>> recent;  // (id, text) of recent originals
  size_t next_rate = 0;
  int64_t copies = 0;
  std::string line, text;
  for (int64_t i = 0; i < count_; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "gen-%09lld", static_cast<long long>(i));
    text.clear();
    bool copy = !recent.empty() && chance(dup_fraction_);
    double rate = 0;
    std::string original;
    if (copy) {
      const auto& [oid, otext] = recent[uniform(recent.size())];
      original = oid;
      rate = edit_rates_[next_rate++ % edit_rates_.size()];
      for (std::string_view w : SplitWords(otext)) {
        if (rate > 0 && chance(rate)) {
          int op = static_cast<int>(uniform(3));
          if (op == 0) {
            text += random_word();
          } else if (op == 1) {
            continue;  // dropped
          } else {
            text.append(w);
            text += ' ';
            text += random_word();
          }
        } else {
          text.append(w);
        }
        text += ' ';
      }
      if (!text.empty()) text.pop_back();
    } else {
      for (int s = 0; s < sentences_; ++s) {
        if (s) text += ' ';
        text += pool[uniform(pool.size())];
      }
      recent.emplace_back(id, text);
      if (recent.size() > 4096) recent.pop_front();
    }
    line.clear();
    line += '{';
    internal::AppendStringField("id", id, false, &line, true);
    internal::AppendStringField("source", "outlet-" + std::to_string(uniform(20)), false, &line);
    internal::AppendStringField("date_extracted", Date(i), false, &line);
    internal::AppendStringField("title", text.substr(0, text.find(' ', 60) == std::string::npos ? text.size() : text.find(' ', 60)), false, &line);
    internal::AppendStringField("content", text, false, &line);
    line += "}\n";
    out.Write(line);
    if (copy) {
      ++copies;
      if (truth) {
        line.clear();
        line += '{';
        internal::AppendStringField("original", original, false, &line, true);
        internal::AppendStringField("copy", id, false, &line);
        internal::AppendDoubleField("edit_rate", rate, 3, &line);
        line += "}\n";
        truth->Write(line);
      }
    }
  }
  if (!out.Close() || (truth && !truth->Close())) {
    std::fprintf(stderr, "sada generate: error writing output\n");
    return 1;
  }
  std::fprintf(stderr, "sada generate: %lld articles (%lld planted copies) from a pool of %zu sentences\n",
               static_cast<long long>(count_), static_cast<long long>(copies), pool.size());
  return 0;
}

}  // namespace sada::cli
