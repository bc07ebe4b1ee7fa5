// The JSON Lines records the subcommands write: facts, duplicate groups,
// passages, boilerplate, stories and their comparison. One function per record
// kind, shared by the single-stage commands and `sada analyze`.
#ifndef SADA_TOOLS_WRITERS_H_
#define SADA_TOOLS_WRITERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "sada/analyze.h"
#include "sada/dedup.h"
#include "sada/facts.h"
#include "sada/reuse.h"
#include "sada/story.h"

namespace sada::cli {

// What a record says of a document given by index.
struct DocNames {
  std::function<std::string_view(uint32_t)> id, source, published;
  // The agency a document credits (AgencyCredit), "" for none; may be unset.
  std::function<std::string_view(uint32_t)> credit{};
  // The agency documents a and b both credit, or "".
  std::string_view CommonCredit(uint32_t a, uint32_t b) const {
    if (!credit) return {};
    const std::string_view x = credit(a);
    return !x.empty() && x == credit(b) ? x : std::string_view();
  }
};

// Each appends one line (with its '\n') to *line after clearing it.
void FactLine(std::string_view article, const Fact& f, std::string* line);
void GroupLine(const DedupGroup& g, const DocNames& names, std::string* line);
void PassageLine(const Passage& p, const DocNames& names, std::string* line);
void BoilerplateLine(const Boilerplate& b, const DocNames& names, std::string* line);
// A story: story, label, terms, size, articles, outlets, first/last_published.
// With `analysed` (sada analyze), also its sources, copies, claims, framing,
// summary and timeline, every citation as article id and code-point span.
void StoryLine(const Story& s, const DocNames& names, const AnalyzedStory* analysed,
               const Analysis* analysis, std::string* line);
// Passages two outlets share, by who had them first: earlier, later, passages,
// articles, later_articles, words, and credited: of the passages, those whose
// two articles credit the same news agency.
void OutletFlowLine(const OutletFlow& f, std::string* line);
// How the outlets name and label one entity over the run: entity, type,
// mentions, and per outlet its mentions, articles, labelled mentions, names
// and labels, each word with its uses and first use (article, begin, end).
void EntityNamingLine(const EntityNaming& e, const DocNames& names, std::string* line);

}  // namespace sada::cli

#endif  // SADA_TOOLS_WRITERS_H_
