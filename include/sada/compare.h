// What the articles of one story say, compared across outlets: facts that are
// corroborated, unique, repeated by copy or in conflict; the labels each outlet
// gives the same entity (framing); a cited extractive summary; a timeline.
//
// A copy is not a second witness: two statements are one witness when one
// lies inside a passage the two articles share (sada/reuse.h) or the articles
// are duplicates (sada/dedup.h), or when they come from the same outlet.
// A claim is
//  * corroborated: two or more witnesses from different outlets;
//  * copied: several outlets, but all through copies of one witness;
//  * unique: one outlet only;
//  * conflicting: the same kind of fact about the same thing with values that
//    do not overlap (a casualty figure, a count of the same noun, the date of
//    the same event), from two witnesses or more. "The same thing": the
//    sentences' words around the statements alike when weighted by their
//    rarity in news, no disjoint dates or figures, not each naming a person
//    the other does not (docs/stories.md, "Comparison").
// The summary picks sentences by centrality (cosine to the story's centroid)
// and support (how many independent outlets carry a similar sentence), with
// maximal marginal relevance (Carbonell & Goldstein 1998) so that no two say
// the same thing. docs/stories.md has the details and the limits.
#ifndef SADA_COMPARE_H_
#define SADA_COMPARE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "sada/article.h"
#include "sada/facts.h"
#include "sada/text.h"

namespace sada {

// One article of the story. Pointers must outlive the call.
struct StoryDoc {
  const Article* article = nullptr;
  std::string outlet;  // display name of the outlet; never empty
  const std::vector<Fact>* facts = nullptr;
  const CodePointIndex* index = nullptr;  // of article->text, when the caller made one
  bool column = false;  // an opinion column (Columns, sada/analyze.h): the summary takes its sentences last
  // The news agency its byline or dateline credits (AgencyCredit,
  // sada/analyze.h), or "": two articles crediting one agency are one witness.
  std::string credit{};
  // The article's text at a code-point span.
  std::string_view Slice(Span s) const { return index ? index->Slice(s) : SliceCodePoints(article->text, s); }
};

// A passage shared by two articles of the story, or a duplicate pair (then
// the spans cover the whole texts). Indexes are into the StoryDoc vector.
struct CopyLink {
  uint32_t a = 0, b = 0;
  Span a_span, b_span;
  double similarity = 0;
  int direction = 0;  // +1: a first; -1: b first; 0: unknown
  bool duplicate = false;
  std::vector<std::pair<Span, Span>> differences;  // unaligned stretches (a side, b side)
};

// Where a piece of evidence is: a doc of the story and a span of its text.
struct Cite {
  uint32_t doc = 0;
  Span span;
};

struct Statement {
  uint32_t doc = 0;
  Span span;          // the fact itself
  Span sentence;      // the sentence it is in
  std::string value;  // the value compared (a number, a date, a name...)
  std::string text;   // the text of `span`
  uint32_t witness = 0;  // statements with the same witness number are one witness
  // Whom the article has say it: the speaker of the quote whose said span
  // holds the statement ("per the Syrian Observatory"); empty if it is the
  // outlet's own telling.
  std::string source;                // the speaker as written
  std::string source_entity;         // the speaker's entity, if linked
  std::optional<Span> source_span;   // the speaker in the article (absent when carried over: "وأضاف")
};

enum class ClaimStatus { kCorroborated, kCopied, kUnique, kConflicting };
const char* ClaimStatusName(ClaimStatus s);

struct Claim {
  std::string kind;   // "entity", "figure", "casualties", "date", "quote"
  std::string about;  // the entity, the counted noun or unit, the speaker, the event
  ClaimStatus status = ClaimStatus::kUnique;
  std::vector<Statement> statements;  // by doc, then position
  int outlets = 0;    // distinct outlets
  int witnesses = 0;  // independent witnesses
  // Statement pairs (i, j) where j repeats i through a shared passage or a
  // duplicate: "i copied by j" when the order is known, else just shared.
  // Only the links that join two witnesses are kept (pairs already one
  // witness through the same outlet or other copies are not listed), so
  // there are fewer copies than statements.
  struct Copy {
    uint32_t from = 0, to = 0;
    double similarity = 0;
    bool ordered = false;  // from was published first
    // Not a shared passage: both articles credit this agency (StoryDoc::credit),
    // which most likely gave both the statement (similarity 0, unordered).
    std::string credit;
  };
  std::vector<Copy> copies;
  // Casualties in conflict that read as a toll revised over time: every
  // statement's article is dated and, in order of publication, no count of
  // the killed or of the wounded falls (statements of the same minute agree)
  // and some rise. Still a conflict: later reports may simply disagree.
  bool rising = false;
};

// The words an outlet uses for an entity: its names and the epithets next to
// them (داعش "الإرهابي", التحالف "الأمريكي" "اللاشرعي").
struct FramingUse {
  std::string outlet;
  std::vector<std::string> names;     // names it uses, most used first
  std::vector<std::string> epithets;  // labels attached, most used first
  std::vector<Cite> evidence;         // one span per epithet occurrence (or name, if none)
};
struct Framing {
  std::string entity;
  EntityType type = EntityType::kOther;
  std::vector<FramingUse> uses;  // one per outlet that names it
};

struct SummarySentence {
  Cite cite;              // the sentence chosen
  std::string text;
  std::vector<Cite> also;  // similar sentences in other articles
  int support = 1;        // independent outlets carrying it
  double score = 0;
};

struct TimelineEvent {
  std::string date;       // ISO 8601 day, month or interval
  Cite sentence;          // the sentence of the first source
  std::string text;
  std::vector<Cite> sources;  // the date mention in each article that gives it
  std::vector<std::string> outlets;
};

struct StoryAnalysis {
  std::vector<Claim> claims;  // by status (conflicting, corroborated, copied, unique), then kind
  std::vector<Framing> framing;  // entities named by two or more outlets with differing words
  std::vector<SummarySentence> summary;
  std::vector<TimelineEvent> timeline;  // by date
};

// Two words that stand together inside the names of a run: the match keys
// of a word and the word after it within an entity the run's articles tag
// (a name of two words or more), in three articles or more of two outlets
// or more. An adjective after a name that the run's names hold together
// with the name's last word is the end of the name the tagger cut short
// here — "داماك العقارية"، "مستشفى الملك فهد التخصصي"، "مجلس الأمن القومي"
// — not a label the outlet gives it.
class NamePhrases {
 public:
  // Reads the entities of `docs` (each with its facts). Deterministic for
  // any thread count.
  static NamePhrases Of(const std::vector<StoryDoc>& docs, int threads);
  bool Joined(std::string_view first_key, std::string_view second_key) const;
  size_t size() const { return joined_.size(); }

 private:
  std::unordered_set<uint64_t> joined_;  // PairHash of the two keys
};

struct CompareOptions {
  // The run's names (NamePhrases::Of over all of its articles); none: an
  // adjective's place in a name is judged within the story alone.
  const NamePhrases* names = nullptr;
  int summary_sentences = 5;
  double redundancy = 0.45;      // cosine above which two sentences say the same thing
  // Cosine above which they say the same thing unless the dates or the
  // figures they give differ (each gives some and they share none).
  double redundancy_same_facts = 0.35;
  double contained = 0.8;        // or the share of one sentence's weight the other also holds
  // A sentence adds too little when less than this share of what makes it
  // central (its weights times the story centroid's) lies on words the
  // sentences already chosen do not hold, unless it gives a date written in
  // full, a count or an amount none of them gives (0: off).
  double novelty = 0.5;
  double support_similarity = 0.45;  // cosine above which another outlet's sentence supports one
  size_t max_entity_claims = 40;  // keep the entities most outlets name
};

// How outlets name and label one person or body over a whole run
// (NamingAcrossArticles): the framing of every story, summed.
struct WordUse {
  std::string word;  // a name or a label, in its most used spelling
  int64_t uses = 0;  // spellings of one match key counted together
  uint32_t doc = 0;  // its first use in input order: a doc and the span of the mention
  Span span;
};
struct OutletNaming {
  std::string outlet;
  int64_t mentions = 0;  // mentions of the entity in the outlet's articles
  int64_t labelled = 0;  // of them, with a label
  int64_t articles = 0;  // the outlet's articles that name it
  std::vector<WordUse> names;   // most used first
  std::vector<WordUse> labels;  // most used first
};
struct EntityNaming {
  std::string entity;
  EntityType type = EntityType::kOther;  // of most of its mentions
  int64_t mentions = 0;
  std::vector<OutletNaming> outlets;  // most mentions first
};

// Every person and body that two or more outlets name among `docs` (a
// run's articles, each with its facts), with the names and labels each
// outlet gives it, read as a story's framing reads them; a collective
// noun's bodies (التحالف، الميليشيات...) are told apart within each of
// `stories` (lists of doc indexes; a doc in none stands alone) and named by
// an adjective ("الميليشيات الحوثية"), which is then no label of it. A word
// after a name in half of its mentions or more, in two outlets or more, or
// that the run's names hold with the name's last word (NamePhrases), is
// read as the end of the name, not a label (unless it judges, takes a side
// or names a people). The most labelled first, then the most named.
// Deterministic for any thread count.
// `names`: the run's (NamePhrases::Of(docs)); computed here when null.
std::vector<EntityNaming> NamingAcrossArticles(const std::vector<StoryDoc>& docs,
                                               const std::vector<std::vector<uint32_t>>& stories, int threads,
                                               const NamePhrases* names = nullptr);
// Its mentions that carry a label, over all outlets.
int64_t LabelledMentions(const EntityNaming& e);

// The key names and labels are counted by over a run: the match key, with
// two common spellings made one (ميليشيا / مليشيا, أمريكي / أميركي:
// "المليشيات الحوثية" is "الميليشيات الحوثية").
std::string FramingKey(std::string_view word);

// Compares the facts of a story's articles. Deterministic; thread-safe.
void CompareStory(const std::vector<StoryDoc>& docs, const std::vector<CopyLink>& copies,
                  const CompareOptions& options, StoryAnalysis* out);

}  // namespace sada

#endif  // SADA_COMPARE_H_
