// The sada command-line tool. Subcommands:
//   sada ingest PATH... [-o FILE]    articles as JSON Lines
//   sada dedup PATH...               duplicate groups
//   sada reuse PATH...               passages shared between articles
//   sada generate PATH... -n N       synthetic articles with planted duplicates
//   sada normalize [--tokens ...]    the text core on standard input
// Exit codes: 0 success; 1 input problems (unreadable paths, or any
// diagnostic under --strict); 2 usage errors.
#include <CLI/CLI.hpp>
#include <malloc.h>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <initializer_list>
#include <string>

#include "cli.h"
#include "commands.h"
#include "sada/text.h"

namespace {

using sada::cli::InputOptions;
using sada::cli::Output;

int RunIngest(const InputOptions& in, const std::string& out_path) {
  Output out(out_path);
  if (!out.ok()) {
    std::fprintf(stderr, "sada: cannot write %s\n", out_path.c_str());
    return 1;
  }
  sada::IngestStats stats;
  int rc = sada::cli::ReadArticles("ingest", in, &out, nullptr, &stats);
  if (!out.Close()) {
    std::fprintf(stderr, "sada: error writing output\n");
    return 1;
  }
  return rc;
}

int RunNormalize(const std::string& form, bool tokens, bool sentences, bool stems,
                 const std::string& lang) {
  std::string in((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  int64_t bad = sada::RepairUtf8(&in);
  if (bad > 0) std::fprintf(stderr, "sada: %lld invalid UTF-8 bytes replaced by U+FFFD\n", static_cast<long long>(bad));
  std::string out;
  if (tokens) {
    sada::TokenizedText tt;
    sada::Tokenize(in, &tt);
    sada::CodePointSlicer slicer(in);
    for (const auto& t : tt.tokens) {
      std::string key(tt.Key(t));
      out += std::to_string(t.span.begin) + "\t" + std::to_string(t.span.end) + "\t" +
             (t.kind == sada::TokenKind::kNumber ? "number" : "word") + "\t" + key;
      if (stems) out += "\t" + sada::Stem(key, lang);
      out += "\t" + std::string(slicer.Slice(t.span)) + "\n";
    }
  } else if (sentences) {
    std::vector<sada::Span> ss;
    sada::SplitSentences(in, &ss);
    sada::CodePointSlicer slicer(in);
    for (const auto& s : ss)
      out += std::to_string(s.begin) + "\t" + std::to_string(s.end) + "\t" + std::string(slicer.Slice(s)) + "\n";
  } else {
    out = sada::Normalize(in, form == "display" ? sada::Form::kDisplay : sada::Form::kMatchKey);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // Buffers up to 256 MB (a decompressed archive member, a parser's tape)
  // come from the heap and are reused, instead of being mapped afresh and
  // faulted in page by page each time: about 6% of `sada dedup` on the
  // SaudiNewsNet zips, 3 MB more peak memory (docs/dedup.md). An explicit
  // MALLOC_MMAP_THRESHOLD_ in the environment still wins.
  if (!std::getenv("MALLOC_MMAP_THRESHOLD_")) mallopt(M_MMAP_THRESHOLD, 256 << 20);
  CLI::App app{"sada (صدى): follow one story as it echoes through many news outlets"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sada 0.1.0");

  auto* ingest = app.add_subcommand("ingest", "Read articles from files, folders, archives, feeds and WARC files; write JSON Lines");
  InputOptions ingest_in;
  std::string out_path;
  ingest_in.Add(ingest, true);
  ingest->add_option("-o,--output", out_path, "Write articles here (default: standard output)");

  sada::cli::DedupCommand dedup(&app);
  sada::cli::ReuseCommand reuse(&app);
  sada::cli::GenerateCommand generate(&app);
  sada::cli::ExtractCommand extract(&app);
  sada::cli::StoriesCommand stories(&app);
  sada::cli::AnalyzeCommand analyze(&app);

  auto* norm = app.add_subcommand("normalize", "Normalise standard input (match key by default)");
  std::string form = "key", lang = "ar";
  bool tokens = false, sentences = false, stems = false;
  norm->add_option("--form", form, "display or key")->check(CLI::IsMember({"display", "key"}));
  norm->add_flag("--tokens", tokens, "Print tokens: begin, end (code points), kind, key, original text");
  norm->add_flag("--stems", stems, "With --tokens: add the stem of each token");
  norm->add_flag("--sentences", sentences, "Print sentences: begin, end, text");
  norm->add_option("--lang", lang, "Language for stems of non-Arabic words (en, fr, ...)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (ingest->parsed()) return RunIngest(ingest_in, out_path);
  for (sada::cli::Command* c : std::initializer_list<sada::cli::Command*>{&dedup, &reuse, &generate, &extract, &stories, &analyze})
    if (c->parsed()) return c->Run();
  if (norm->parsed()) return RunNormalize(form, tokens, sentences, stems, lang);
  return 2;
}
