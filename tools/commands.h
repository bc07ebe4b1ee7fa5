// The subcommands beyond ingest and normalize, each an object that registers
// its options with the CLI11 app and runs when parsed.
#ifndef SADA_TOOLS_COMMANDS_H_
#define SADA_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli.h"
#include "sada/dedup.h"
#include "sada/facts.h"
#include "sada/reuse.h"
#include "sada/analyze.h"
#include "sada/story.h"

namespace sada::cli {

// What every subcommand has: its CLI11 subcommand, the input options, and Run.
class Command {
 public:
  virtual ~Command() = default;
  bool parsed() const { return cmd_->parsed(); }
  virtual int Run() = 0;

 protected:
  CLI::App* cmd_ = nullptr;
  InputOptions in_;
};

// sada dedup PATH... — duplicate groups as JSON Lines.
class DedupCommand : public Command {
 public:
  explicit DedupCommand(CLI::App* app);
  int Run() override;

 private:
  std::string out_path_, index_path_, save_path_;
  DedupOptions opts_;
  CLI::Option *shingle_opt_, *hashes_opt_;
};

// sada reuse PATH... — passages shared between articles as JSON Lines.
class ReuseCommand : public Command {
 public:
  explicit ReuseCommand(CLI::App* app);
  int Run() override;

 private:
  std::string out_path_;
  ReuseOptions opts_;
};

// sada generate PATH... -n N — synthetic articles from real text, with planted
// near duplicates at known edit rates, for scale tests.
class GenerateCommand : public Command {
 public:
  explicit GenerateCommand(CLI::App* app);
  int Run() override;

 private:
  std::string out_path_, truth_path_;
  int64_t count_ = 1000;
  double dup_fraction_ = 0.1;
  std::vector<double> edit_rates_{0.0, 0.01, 0.02, 0.05};
  int sentences_ = 12;
  uint64_t seed_ = 1;
};

// sada extract PATH... — facts (entities, dates, quantities, quotes) as JSON Lines.
class ExtractCommand : public Command {
 public:
  explicit ExtractCommand(CLI::App* app);
  int Run() override;

 private:
  std::string out_path_, kinds_ = "entity,date,quantity,quote";
};

// sada stories PATH... — same-event stories as JSON Lines.
class StoriesCommand : public Command {
 public:
  explicit StoriesCommand(CLI::App* app);
  int Run() override;

 private:
  std::string out_path_;
  StoryOptions opts_;
};

// sada analyze PATH... -o DIR — the main job: every stage, JSON Lines files
// and report.html in DIR, a summary of the stories on the terminal.
class AnalyzeCommand : public Command {
 public:
  explicit AnalyzeCommand(CLI::App* app);
  int Run() override;

 private:
  std::string dir_;
  AnalyzeOptions opts_;
  size_t report_stories_ = 200;
  std::vector<std::string> report_ids_, report_match_;  // stories chosen for report.html
  bool update_ = false;  // DIR's earlier analysis is read first
  int show_ = 10;
};

}  // namespace sada::cli

#endif  // SADA_TOOLS_COMMANDS_H_
