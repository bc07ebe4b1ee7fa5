// Facts with provenance: named entities, dates, quantities and quotes read
// from an article, each with its span (code points into Article::text).
//
// Entities come from the tagger (sada/ner.h) with rules on top: a trigger word
// before a name sets its type (قناة الميادين is an organisation), names lose
// their clitics and titles (للفرات -> الفرات, الجنرال سليماني -> سليماني), and
// across the articles of a run the variants of one entity are linked
// (EntityLinker): a name in parentheses after another (سانا), a shorter person
// name that ends a longer one (سليماني, قاسم سليماني), and a few well-known
// organisations' other names (داعش / تنظيم الدولة الإسلامية).
//
// Dates are absolute (19 نوفمبر 2017, 19/11/2017, Hijri dates) or relative
// (اليوم، أمس، الشهر الماضي، نوفمبر الجاري، بعد يوم واحد، الأيام الثلاثة
// الفائتة), resolved against an anchor: the publication time, a dateline, or
// the previous date in the text; a relative date with nothing to anchor it
// is reported without a value.
#ifndef SADA_FACTS_H_
#define SADA_FACTS_H_

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sada/article.h"

namespace sada {

class NerModel;

enum class FactKind { kEntity, kDate, kQuantity, kQuote };
const char* FactKindName(FactKind k);

enum class EntityType { kPerson, kPlace, kOrganisation, kOther };
const char* EntityTypeName(EntityType t);

struct Fact {
  FactKind kind = FactKind::kEntity;
  Span span;          // code points into the article's text
  std::string text;   // the original text of the span

  // entity
  EntityType type = EntityType::kOther;
  std::string name;                   // canonical name (set by EntityLinker)
  std::string surface;                // this mention without clitics and titles
  std::vector<std::string> variants;  // other names of the same entity (EntityLinker)
  // A medium a speaker told, named alone in quotation marks ("وقال مسؤول
  // لـ«الشرق الأوسط»"): an organisation, linked apart from a place or person
  // of the same name (the region, the homeland الوطن).
  bool medium = false;

  // date: ISO 8601 day, month, year, or interval "a/b"; empty if unresolved
  std::string value;
  // What a relative date was counted from: "" (an absolute date),
  // "publication", "dateline", "named day" (the day the article names as its
  // today: "اليوم الخميس"), "previous date", "next date" (the first day of a
  // range whose end gives the year), "story" (analyze: the story's day),
  // "copied" (analyze: the date of the same words in the earlier article
  // the passage was copied from, `from_article` at `from_span`)
  std::string anchor;
  std::string from_article;
  std::optional<Span> from_span;
  std::string from_published;  // the source's publication time (in its article's line, not the fact's)

  // quantity: value is the number ("150", "12.5"), a range ("10-20") or a
  // vague count ("tens", "hundreds of thousands")
  std::string unit;  // "km", "day", "percent", ... or empty
  std::string of;    // the counted noun, e.g. إرهابي
  // How the words around it bound the figure: "about" (نحو 150), "more
  // than" (أكثر من 100), "less than", "at least" (21 على الأقل), "at most";
  // or that it is a change, not an amount: "increase" (بزيادة 272),
  // "decrease" (بانخفاض 20); empty if it is given as it stands.
  std::string qualifier;

  // quote
  std::string speaker;           // the speaker as written (clitics removed)
  std::optional<Span> speaker_span;
  std::string speaker_entity;    // the canonical name of the speaker's entity, if found
  std::string cue;               // قال، أعلن، حسب...
  std::string via;               // the medium that relays it ("ونقلت الإذاعة الإسرائيلية عن يعالون"), as written
  std::optional<Span> via_span;
  Span said;                     // what was said
  bool direct = false;           // in quotation marks
};

// A quantity's value that is a vague count ("tens", "hundreds of
// thousands"), not a number: it has no digits.
inline bool IsVagueCount(std::string_view value) {
  return value.find_first_of("0123456789") == std::string_view::npos;
}

struct ExtractOptions {
  bool entities = true, dates = true, quantities = true, quotes = true;
};

// Facts of one article, in text order (entities not yet linked: `name` is
// the mention's own surface form). Thread-safe.
void ExtractFacts(const Article& article, const NerModel& model, const ExtractOptions& options,
                  std::vector<Fact>* out);

// Links the variants of entities across a run. Add every fact (only entity
// mentions count), Link once, then Apply to each fact: it sets `name`,
// `variants` and `type` of entities and `speaker_entity` of quotes. It holds
// one entry per distinct name, not the facts, so a run can stream its facts
// elsewhere meanwhile. Deterministic: depends only on the mentions added,
// not on their order.
class EntityLinker {
 public:
  // One article's facts: each as Add, and which names it gives together.
  void AddArticle(const std::vector<Fact>& facts);
  void Add(const Fact& fact);
  // Adds what another linker was given (its articles, in any order: the
  // counts add up to the same whichever linker saw an article).
  void Merge(EntityLinker&& other);
  // Links the names counted so far; it uses up the counts, so it is called
  // once, after every Add and Merge.
  void Link();
  void Apply(Fact* fact) const;
  // Apply to each of one article's facts, then the article's own reading
  // of a short person name: the family's name alone (الحسين), or a name's
  // first and last words (محمد الحسين), is the one person the article
  // names in full so (محمد بن سليمان الحسين), whomever else it names in
  // the run.
  void ApplyArticle(std::vector<Fact>* facts) const;

  struct Resolved {
    std::string name;
    std::vector<std::string> variants;
    EntityType type = EntityType::kOther;
    // A person's name of two words or more that the run vouches for: its
    // first word begins three of the run's person names or more, or two
    // articles name the person in full. A name the tagger ran on into a
    // word ("رؤيا النبي يوسف") is mostly neither.
    bool vouched = false;
    // Some of its mentions are written with a clitic the linker reads off
    // (bare_surfaces_).
    bool clitic_forms = false;
  };
  // The linked entity of a name (after Link), or null.
  const Resolved* Find(std::string_view surface) const;

 private:
  static std::string KeyFor(const Fact& entity);
  // Looked up by a mention's key (string or view) once per fact.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Mentions {
    std::map<std::string, size_t> surfaces;  // surface form -> count
    std::array<size_t, 4> types{};           // count per EntityType
    size_t person_articles = 0;              // articles naming a person by it, when it has two words or more
  };
  // By match key of the surface; Link reads them in the keys' sorted order.
  std::unordered_map<std::string, Mentions, KeyHash, std::equal_to<>> mentions_;
  // Names given in parentheses after another ("X (Y)"), as (smaller key,
  // larger key) -> times seen from either side.
  std::map<std::pair<std::string, std::string>, size_t> aliases_;
  // A person named by one word: the articles naming it, and those naming
  // it with a longer person name that begins with it and بن (سلمان with
  // سلمان بن عبد العزيز آل سعود) or ends with it (صالح with علي عبد الله
  // صالح), by that name's key.
  std::map<std::string, size_t> one_word_articles_;
  std::map<std::pair<std::string, std::string>, size_t> named_with_;
  std::vector<Resolved> resolved_;  // one per group of names
  std::unordered_map<std::string, size_t, KeyHash, std::equal_to<>> result_;  // key -> its group's resolution
  // A surface written with a clitic the linker read off (وأوروبا) -> the
  // surface without it (أوروبا): what Apply names the mention.
  std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>> bare_surfaces_;
};

// All of it at once over facts held in memory.
void LinkEntities(std::vector<std::vector<Fact>*>& per_article);

}  // namespace sada

#endif  // SADA_FACTS_H_
