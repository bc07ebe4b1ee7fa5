// JSON Lines records of the subcommands (see writers.h).
#include "writers.h"

#include <xxhash.h>

#include <cinttypes>
#include <cstdio>

#include "ingest/json_writer.h"

namespace sada::cli {

using internal::AppendDoubleField;
using internal::AppendIntField;
using internal::AppendJsonString;
using internal::AppendKey;
using internal::AppendStringField;

namespace {

void SpanFields(const char* b, const char* e, Span s, std::string* line) {
  AppendIntField(b, s.begin, line);
  AppendIntField(e, s.end, line);
}

// "key":value as the first field of an object.
void FirstInt(std::string_view key, int64_t value, std::string* line) {
  AppendKey(key, true, line);
  *line += std::to_string(value);
}

void StringArray(std::string_view key, const std::vector<std::string>& v, std::string* line) {
  AppendKey(key, false, line);
  *line += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) *line += ',';
    AppendJsonString(v[i], line);
  }
  *line += ']';
}

// {"article":..,"begin":..,"end":..} for a doc of a story.
void CiteObject(const Cite& c, const std::vector<uint32_t>& members, const DocNames& names, std::string* line) {
  *line += '{';
  AppendStringField("article", names.id(members[c.doc]), false, line, true);
  SpanFields("begin", "end", c.span, line);
  *line += '}';
}

// "key":[{"article":..., "begin":..., "end":...}, ...]
void CiteArray(std::string_view key, const std::vector<Cite>& cites, const std::vector<uint32_t>& members,
               const DocNames& names, std::string* line) {
  AppendKey(key, false, line);
  *line += '[';
  for (size_t k = 0; k < cites.size(); ++k) {
    if (k) *line += ',';
    CiteObject(cites[k], members, names, line);
  }
  *line += ']';
}

}  // namespace

void FactLine(std::string_view article, const Fact& f, std::string* line) {
  line->clear();
  *line += '{';
  AppendStringField("article", article, false, line, true);
  AppendStringField("kind", FactKindName(f.kind), false, line);
  SpanFields("begin", "end", f.span, line);
  AppendStringField("text", f.text, false, line);
  switch (f.kind) {
    case FactKind::kEntity:
      AppendStringField("type", EntityTypeName(f.type), false, line);
      AppendStringField("name", f.name, false, line);
      AppendStringField("surface", f.surface, false, line);
      StringArray("variants", f.variants, line);
      break;
    case FactKind::kDate:
      AppendStringField("value", f.value, true, line);
      AppendStringField("anchor", f.anchor, true, line);
      if (f.from_span) {
        AppendStringField("from_article", f.from_article, false, line);
        SpanFields("from_begin", "from_end", *f.from_span, line);
      }
      break;
    case FactKind::kQuantity:
      AppendStringField("value", f.value, false, line);
      AppendStringField("unit", f.unit, true, line);
      AppendStringField("of", f.of, true, line);
      AppendStringField("qualifier", f.qualifier, true, line);
      break;
    case FactKind::kQuote:
      AppendStringField("speaker", f.speaker, false, line);
      if (f.speaker_span) SpanFields("speaker_begin", "speaker_end", *f.speaker_span, line);
      AppendStringField("speaker_entity", f.speaker_entity, true, line);
      AppendStringField("cue", f.cue, false, line);
      AppendStringField("via", f.via, true, line);
      if (f.via_span) SpanFields("via_begin", "via_end", *f.via_span, line);
      SpanFields("said_begin", "said_end", f.said, line);
      AppendKey("direct", false, line);
      *line += f.direct ? "true" : "false";
      break;
  }
  *line += "}\n";
}

void GroupLine(const DedupGroup& g, const DocNames& names, std::string* line) {
  line->clear();
  std::string_view canonical = names.id(g.canonical);
  char gid[24];
  std::snprintf(gid, sizeof gid, "g%016" PRIx64, XXH3_64bits(canonical.data(), canonical.size()));
  *line += '{';
  AppendStringField("group", gid, false, line, true);
  AppendStringField("canonical", canonical, false, line);
  AppendStringField("kind", g.exact ? "exact" : "near", false, line);
  AppendIntField("size", static_cast<int64_t>(g.members.size()), line);
  AppendKey("members", false, line);
  *line += '[';
  for (size_t i = 0; i < g.members.size(); ++i) {
    if (i) *line += ',';
    *line += '{';
    AppendStringField("id", names.id(g.members[i].doc), false, line, true);
    AppendStringField("published", names.published(g.members[i].doc), true, line);
    AppendDoubleField("jaccard", g.members[i].jaccard, 4, line);
    *line += '}';
  }
  *line += "]}\n";
}

void PassageLine(const Passage& p, const DocNames& names, std::string* line) {
  line->clear();
  *line += '{';
  AppendStringField("kind", "reuse", false, line, true);
  AppendStringField("a", names.id(p.a), false, line);
  AppendStringField("b", names.id(p.b), false, line);
  SpanFields("a_begin", "a_end", p.a_span, line);
  SpanFields("b_begin", "b_end", p.b_span, line);
  AppendIntField("words", std::min(p.a_words, p.b_words), line);
  AppendIntField("a_words", p.a_words, line);
  AppendIntField("b_words", p.b_words, line);
  AppendDoubleField("similarity", p.similarity, 3, line);
  AppendStringField("direction", p.direction > 0 ? "a->b" : (p.direction < 0 ? "b->a" : "unknown"), false, line);
  AppendStringField("a_source", names.source(p.a), true, line);
  AppendStringField("b_source", names.source(p.b), true, line);
  AppendStringField("a_published", names.published(p.a), true, line);
  AppendStringField("b_published", names.published(p.b), true, line);
  // Both articles credit this agency: most likely both took the passage
  // from it, whichever was first.
  if (const std::string_view credit = names.CommonCredit(p.a, p.b); !credit.empty())
    AppendStringField("credit", credit, false, line);
  AppendKey("differences", false, line);
  *line += '[';
  for (size_t i = 0; i < p.differences.size(); ++i) {
    if (i) *line += ',';
    *line += '{';
    FirstInt("a_begin", p.differences[i].a.begin, line);
    AppendIntField("a_end", p.differences[i].a.end, line);
    SpanFields("b_begin", "b_end", p.differences[i].b, line);
    *line += '}';
  }
  *line += "]}\n";
}

void BoilerplateLine(const Boilerplate& b, const DocNames& names, std::string* line) {
  line->clear();
  *line += '{';
  AppendStringField("kind", "boilerplate", false, line, true);
  AppendStringField("source", b.source, true, line);
  AppendIntField("articles", b.articles, line);
  AppendStringField("example", names.id(b.example), false, line);
  SpanFields("begin", "end", b.span, line);
  AppendIntField("words", b.words, line);
  *line += "}\n";
}

void OutletFlowLine(const OutletFlow& f, std::string* line) {
  line->assign("{");
  AppendStringField("earlier", f.earlier, false, line, true);
  AppendStringField("later", f.later, false, line);
  AppendIntField("passages", f.passages, line);
  AppendIntField("articles", f.articles, line);
  AppendIntField("later_articles", f.later_articles, line);
  AppendIntField("words", f.words, line);
  AppendIntField("credited", f.credited, line);
  *line += "}\n";
}

void EntityNamingLine(const EntityNaming& e, const DocNames& names, std::string* line) {
  line->assign("{");
  AppendStringField("entity", e.entity, false, line, true);
  AppendStringField("type", EntityTypeName(e.type), false, line);
  AppendIntField("mentions", e.mentions, line);
  auto words = [&](const char* key, const char* word_key, const std::vector<WordUse>& v) {
    AppendKey(key, false, line);
    *line += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      *line += i ? ",{" : "{";
      AppendStringField(word_key, v[i].word, false, line, true);
      AppendIntField("uses", v[i].uses, line);
      AppendStringField("article", names.id(v[i].doc), false, line);
      SpanFields("begin", "end", v[i].span, line);
      *line += '}';
    }
    *line += ']';
  };
  AppendKey("outlets", false, line);
  *line += '[';
  for (size_t i = 0; i < e.outlets.size(); ++i) {
    const OutletNaming& o = e.outlets[i];
    *line += i ? ",{" : "{";
    AppendStringField("outlet", o.outlet, false, line, true);
    AppendIntField("mentions", o.mentions, line);
    AppendIntField("articles", o.articles, line);
    AppendIntField("labelled", o.labelled, line);
    words("names", "name", o.names);
    words("labels", "label", o.labels);
    *line += '}';
  }
  *line += "]}\n";
}

void StoryLine(const Story& s, const DocNames& names, const AnalyzedStory* as, const Analysis* an,
               std::string* line) {
  line->clear();
  *line += '{';
  AppendStringField("story", s.id, false, line, true);
  AppendStringField("label", s.label, false, line);
  StringArray("terms", s.terms, line);
  AppendIntField("size", static_cast<int64_t>(s.articles.size()), line);
  if (an && !an->added.empty()) AppendIntField("new_articles", NewArticles(*an, s), line);  // --update
  AppendKey("articles", false, line);
  *line += '[';
  for (size_t i = 0; i < s.articles.size(); ++i) {
    if (i) *line += ',';
    AppendJsonString(names.id(s.articles[i]), line);
  }
  *line += ']';
  StringArray("outlets", s.outlets, line);
  AppendStringField("first_published", s.first_published, true, line);
  AppendStringField("last_published", s.last_published, true, line);
  AppendStringField("central", names.id(s.central), false, line);
  if (!as || !an) {
    *line += "}\n";
    return;
  }
  const auto& m = s.articles;
  // Sources: who reported it and when.
  AppendKey("sources", false, line);
  *line += '[';
  for (size_t i = 0; i < m.size(); ++i) {
    if (i) *line += ',';
    const Article& a = an->articles[m[i]];
    *line += '{';
    AppendStringField("article", a.id, false, line, true);
    AppendStringField("outlet", an->outlets[m[i]], false, line);
    AppendStringField("title", a.title, true, line);
    AppendStringField("published", a.published, true, line);
    AppendStringField("published_from", a.published_from, true, line);
    AppendDoubleField("similarity", s.similarity[i], 3, line);
    AppendKey("column", false, line);
    *line += !an->columns.empty() && an->columns[m[i]] ? "true" : "false";
    *line += '}';
  }
  *line += ']';
  AppendKey("copies", false, line);
  *line += '[';
  for (size_t i = 0; i < as->copies.size(); ++i) {
    const CopyLink& c = as->copies[i];
    if (i) *line += ',';
    *line += '{';
    AppendStringField("a", names.id(m[c.a]), false, line, true);
    AppendStringField("b", names.id(m[c.b]), false, line);
    AppendStringField("kind", c.duplicate ? "duplicate" : "passage", false, line);
    if (!c.duplicate) {
      SpanFields("a_begin", "a_end", c.a_span, line);
      SpanFields("b_begin", "b_end", c.b_span, line);
    }
    AppendDoubleField("similarity", c.similarity, 3, line);
    AppendStringField("direction", c.direction > 0 ? "a->b" : (c.direction < 0 ? "b->a" : "unknown"), false, line);
    if (const std::string_view credit = names.CommonCredit(m[c.a], m[c.b]); !credit.empty())
      AppendStringField("credit", credit, false, line);
    *line += '}';
  }
  *line += ']';
  const StoryAnalysis& x = as->analysis;
  AppendKey("claims", false, line);
  *line += '[';
  for (size_t i = 0; i < x.claims.size(); ++i) {
    const Claim& c = x.claims[i];
    if (i) *line += ',';
    *line += '{';
    AppendStringField("kind", c.kind, false, line, true);
    AppendStringField("about", c.about, false, line);
    AppendStringField("status", ClaimStatusName(c.status), false, line);
    AppendIntField("outlets", c.outlets, line);
    AppendIntField("witnesses", c.witnesses, line);
    if (c.kind == "casualties") {
      AppendKey("rising", false, line);
      *line += c.rising ? "true" : "false";
    }
    AppendKey("statements", false, line);
    *line += '[';
    for (size_t j = 0; j < c.statements.size(); ++j) {
      const Statement& st = c.statements[j];
      if (j) *line += ',';
      *line += '{';
      AppendStringField("article", names.id(m[st.doc]), false, line, true);
      AppendStringField("outlet", an->outlets[m[st.doc]], false, line);
      SpanFields("begin", "end", st.span, line);
      SpanFields("sentence_begin", "sentence_end", st.sentence, line);
      AppendStringField("text", st.text, false, line);
      AppendStringField("value", st.value, false, line);
      AppendIntField("witness", st.witness, line);
      AppendStringField("source", st.source, true, line);
      AppendStringField("source_entity", st.source_entity, true, line);
      if (st.source_span) SpanFields("source_begin", "source_end", *st.source_span, line);
      *line += '}';
    }
    *line += ']';
    AppendKey("copies", false, line);
    *line += '[';
    for (size_t j = 0; j < c.copies.size(); ++j) {
      if (j) *line += ',';
      *line += '{';
      FirstInt("from", c.copies[j].from, line);
      AppendIntField("to", c.copies[j].to, line);
      AppendDoubleField("similarity", c.copies[j].similarity, 3, line);
      AppendKey("ordered", false, line);
      *line += c.copies[j].ordered ? "true" : "false";
      if (!c.copies[j].credit.empty()) AppendStringField("credit", c.copies[j].credit, false, line);
      *line += '}';
    }
    *line += "]}";
  }
  *line += ']';
  AppendKey("framing", false, line);
  *line += '[';
  for (size_t i = 0; i < x.framing.size(); ++i) {
    const Framing& f = x.framing[i];
    if (i) *line += ',';
    *line += '{';
    AppendStringField("entity", f.entity, false, line, true);
    AppendStringField("type", EntityTypeName(f.type), false, line);
    AppendKey("outlets", false, line);
    *line += '[';
    for (size_t j = 0; j < f.uses.size(); ++j) {
      const FramingUse& u = f.uses[j];
      if (j) *line += ',';
      *line += '{';
      AppendStringField("outlet", u.outlet, false, line, true);
      StringArray("names", u.names, line);
      StringArray("epithets", u.epithets, line);
      CiteArray("evidence", u.evidence, m, names, line);
      *line += '}';
    }
    *line += "]}";
  }
  *line += ']';
  AppendKey("summary", false, line);
  *line += '[';
  for (size_t i = 0; i < x.summary.size(); ++i) {
    const SummarySentence& ss = x.summary[i];
    if (i) *line += ',';
    *line += '{';
    AppendStringField("article", names.id(m[ss.cite.doc]), false, line, true);
    SpanFields("begin", "end", ss.cite.span, line);
    AppendStringField("text", ss.text, false, line);
    AppendIntField("support", ss.support, line);
    CiteArray("also", ss.also, m, names, line);
    *line += '}';
  }
  *line += ']';
  AppendKey("timeline", false, line);
  *line += '[';
  for (size_t i = 0; i < x.timeline.size(); ++i) {
    const TimelineEvent& e = x.timeline[i];
    if (i) *line += ',';
    *line += '{';
    AppendStringField("date", e.date, false, line, true);
    AppendStringField("text", e.text, false, line);
    AppendStringField("article", names.id(m[e.sentence.doc]), false, line);
    SpanFields("begin", "end", e.sentence.span, line);
    StringArray("outlets", e.outlets, line);
    CiteArray("sources", e.sources, m, names, line);
    *line += '}';
  }
  *line += "]}\n";
}

}  // namespace sada::cli
