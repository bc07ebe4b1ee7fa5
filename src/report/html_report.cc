// The HTML report: the analysis of the shown stories as one JSON object
// inside the page (report/template.cc renders it in the browser).
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "ingest/json_writer.h"
#include "report/template.h"
#include "sada/report.h"
#include "sada/text.h"

namespace sada {

namespace {

using internal::AppendJsonString;
using internal::AppendKey;
using internal::AppendStringField;

bool RightToLeft(const std::string& lang) {
  static const std::set<std::string> rtl{"ar", "fa", "ur", "he", "ps", "ckb", "yi"};
  return rtl.count(lang) != 0;
}

std::string EscapeHtml(const std::string& s) {
  std::string r;
  for (char c : s) {
    switch (c) {
      case '&': r += "&amp;"; break;
      case '<': r += "&lt;"; break;
      case '>': r += "&gt;"; break;
      case '"': r += "&quot;"; break;
      default: r += c;
    }
  }
  return r;
}

// The report's JSON, made in `s`; with `out` set, Flush() moves what is made
// to the file (the whole of it on SaudiNewsNet is 63 MB).
class Json {
 public:
  std::string s;
  std::FILE* out = nullptr;
  bool write_error = false;
  void Raw(std::string_view x) { s += x; }
  // Inside <script>, "</" must not appear; JSON allows "\/". Only strings
  // can hold it: every string goes through here or EscapeFrom.
  void Str(std::string_view x) {
    const size_t at = s.size();
    AppendJsonString(x, &s);
    EscapeFrom(at);
  }
  void EscapeFrom(size_t at) {
    for (size_t p = s.find("</", at); p != std::string::npos; p = s.find("</", p + 3)) s.insert(p + 1, 1, '\\');
  }
  void Flush() {
    if (out == nullptr || s.size() < (1 << 20)) return;
    write_error = write_error || std::fwrite(s.data(), 1, s.size(), out) != s.size();
    s.clear();
  }
  void Key(std::string_view k, bool first = false) { AppendKey(k, first, &s); }
  void Int(int64_t v) { s += std::to_string(v); }
  void Num(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.3f", v);
    s += b;
  }
  // [article, begin, end]
  void Cite(const std::string& id, Span sp) {
    s += '[';
    Str(id);
    s += ',' + std::to_string(sp.begin) + ',' + std::to_string(sp.end) + ']';
  }
};

// A story's direction: right to left when half its articles or more are.
const char* DirOf(const Analysis& an, const Story& st) {
  size_t rtl = 0;
  for (uint32_t d : st.articles) rtl += RightToLeft(an.articles[d].language);
  return rtl * 2 >= st.articles.size() ? "rtl" : "ltr";
}

void StoryJson(const Analysis& an, const AnalyzedStory& as, Json* j) {
  const Story& st = as.story;
  const auto& m = st.articles;
  auto id = [&](uint32_t local) -> const std::string& { return an.articles[m[local]].id; };
  // "key":[[article, begin, end], ...]
  auto cites = [&](std::string_view key, const std::vector<Cite>& cs) {
    j->Key(key);
    j->Raw("[");
    for (size_t k = 0; k < cs.size(); ++k) {
      if (k) j->Raw(",");
      j->Cite(id(cs[k].doc), cs[k].span);
    }
    j->Raw("]");
  };
  j->Raw("{");
  j->Key("id", true);
  j->Str(st.id);
  j->Key("label");
  j->Str(st.label);
  j->Key("dir");
  j->Str(DirOf(an, st));
  if (!an.added.empty()) {
    j->Key("added");
    j->Int(NewArticles(an, st));
  }
  j->Key("terms");
  j->Raw("[");
  for (size_t i = 0; i < st.terms.size(); ++i) {
    if (i) j->Raw(",");
    j->Str(st.terms[i]);
  }
  j->Raw("]");
  j->Key("first");
  j->Str(st.first_published);
  j->Key("last");
  j->Str(st.last_published);
  j->Key("outlets");
  j->Raw("[");
  std::vector<std::string> outlets;
  for (uint32_t d : m)
    if (std::find(outlets.begin(), outlets.end(), an.outlets[d]) == outlets.end()) outlets.push_back(an.outlets[d]);
  for (size_t i = 0; i < outlets.size(); ++i) {
    if (i) j->Raw(",");
    j->Str(outlets[i]);
  }
  j->Raw("]");
  j->Key("articles");
  j->Raw("[");
  for (size_t i = 0; i < m.size(); ++i) {
    if (i) j->Raw(",");
    j->Str(an.articles[m[i]].id);
  }
  j->Raw("]");
  // Sources, the earliest marked first.
  double earliest = -1;
  for (uint32_t d : m) {
    double h = an.articles[d].published.empty() ? -1 : IsoHours(an.articles[d].published);
    if (h >= 0 && (earliest < 0 || h < earliest)) earliest = h;
  }
  j->Key("sources");
  j->Raw("[");
  for (size_t i = 0; i < m.size(); ++i) {
    if (i) j->Raw(",");
    const Article& a = an.articles[m[i]];
    double h = a.published.empty() ? -1 : IsoHours(a.published);
    j->Raw("{");
    j->Key("article", true);
    j->Str(a.id);
    j->Key("first");
    j->Raw(h >= 0 && h == earliest ? "true" : "false");
    j->Key("similarity");
    j->Num(st.similarity[i]);
    if (!an.columns.empty() && an.columns[m[i]]) {
      j->Key("column");
      j->Raw("true");
    }
    j->Raw("}");
  }
  j->Raw("]");
  const StoryAnalysis& x = as.analysis;
  j->Key("summary");
  j->Raw("[");
  for (size_t i = 0; i < x.summary.size(); ++i) {
    const SummarySentence& s = x.summary[i];
    if (i) j->Raw(",");
    j->Raw("{");
    j->Key("text", true);
    j->Str(s.text);
    j->Key("cite");
    j->Cite(id(s.cite.doc), s.cite.span);
    j->Key("support");
    j->Int(s.support);
    cites("also", s.also);
    j->Raw("}");
  }
  j->Raw("]");
  j->Key("timeline");
  j->Raw("[");
  for (size_t i = 0; i < x.timeline.size(); ++i) {
    const TimelineEvent& e = x.timeline[i];
    if (i) j->Raw(",");
    j->Raw("{");
    j->Key("date", true);
    j->Str(e.date);
    j->Key("text");
    j->Str(e.text);
    j->Key("cite");
    j->Cite(id(e.sentence.doc), e.sentence.span);
    cites("sources", e.sources);
    j->Raw("}");
  }
  j->Raw("]");
  j->Key("claims");
  j->Raw("[");
  for (size_t i = 0; i < x.claims.size(); ++i) {
    const Claim& c = x.claims[i];
    if (i) j->Raw(",");
    j->Raw("{");
    j->Key("kind", true);
    j->Str(c.kind);
    j->Key("about");
    j->Str(c.about);
    j->Key("status");
    j->Str(ClaimStatusName(c.status));
    j->Key("outlets");
    j->Int(c.outlets);
    j->Key("witnesses");
    j->Int(c.witnesses);
    j->Key("rising");
    j->Raw(c.rising ? "true" : "false");
    j->Key("statements");
    j->Raw("[");
    for (size_t k = 0; k < c.statements.size(); ++k) {
      const Statement& s = c.statements[k];
      if (k) j->Raw(",");
      j->Raw("{");
      j->Key("article", true);
      j->Str(id(s.doc));
      j->Key("begin");
      j->Int(s.span.begin);
      j->Key("end");
      j->Int(s.span.end);
      j->Key("value");
      j->Str(s.value);
      j->Key("witness");
      j->Int(s.witness);
      if (!s.source.empty()) {
        j->Key("source");
        j->Str(s.source);
        if (s.source_span) {
          j->Key("source_begin");
          j->Int(s.source_span->begin);
          j->Key("source_end");
          j->Int(s.source_span->end);
        }
      }
      j->Raw("}");
    }
    j->Raw("]");
    j->Key("copies");
    j->Raw("[");
    for (size_t k = 0; k < c.copies.size(); ++k) {
      if (k) j->Raw(",");
      j->Raw("{");
      j->Key("from", true);
      j->Int(c.copies[k].from);
      j->Key("to");
      j->Int(c.copies[k].to);
      j->Key("similarity");
      j->Num(c.copies[k].similarity);
      j->Key("ordered");
      j->Raw(c.copies[k].ordered ? "true" : "false");
      if (!c.copies[k].credit.empty()) {
        j->Key("credit");
        j->Str(c.copies[k].credit);
      }
      j->Raw("}");
    }
    j->Raw("]}");
  }
  j->Raw("]");
  j->Key("framing");
  j->Raw("[");
  for (size_t i = 0; i < x.framing.size(); ++i) {
    const Framing& f = x.framing[i];
    if (i) j->Raw(",");
    j->Raw("{");
    j->Key("entity", true);
    j->Str(f.entity);
    j->Key("type");
    j->Str(EntityTypeName(f.type));
    j->Key("uses");
    j->Raw("[");
    for (size_t k = 0; k < f.uses.size(); ++k) {
      const FramingUse& u = f.uses[k];
      if (k) j->Raw(",");
      j->Raw("{");
      j->Key("outlet", true);
      j->Str(u.outlet);
      for (const auto& [key, list] : {std::pair{"names", &u.names}, std::pair{"epithets", &u.epithets}}) {
        j->Key(key);
        j->Raw("[");
        for (size_t w = 0; w < list->size(); ++w) {
          if (w) j->Raw(",");
          j->Str((*list)[w]);
        }
        j->Raw("]");
      }
      cites("evidence", u.evidence);
      j->Raw("}");
    }
    j->Raw("]}");
  }
  j->Raw("]");
  j->Key("copies");
  j->Raw("[");
  for (size_t i = 0; i < as.copies.size(); ++i) {
    const CopyLink& c = as.copies[i];
    if (i) j->Raw(",");
    j->Raw("{");
    j->Key("a", true);
    j->Str(id(c.a));
    j->Key("b");
    j->Str(id(c.b));
    j->Key("duplicate");
    j->Raw(c.duplicate ? "true" : "false");
    j->Key("ab");
    j->Int(c.duplicate ? 0 : c.a_span.begin);
    j->Key("ae");
    j->Int(c.duplicate ? 0 : c.a_span.end);
    j->Key("bb");
    j->Int(c.duplicate ? 0 : c.b_span.begin);
    j->Key("be");
    j->Int(c.duplicate ? 0 : c.b_span.end);
    j->Key("similarity");
    j->Num(c.similarity);
    j->Key("direction");
    j->Int(c.direction);
    j->Key("diffs");
    j->Raw("[");
    for (size_t k = 0; k < c.differences.size(); ++k) {
      const auto& [da, db] = c.differences[k];
      if (k) j->Raw(",");
      j->Raw("[" + std::to_string(da.begin) + "," + std::to_string(da.end) + "," + std::to_string(db.begin) + "," +
             std::to_string(db.end) + "]");
    }
    j->Raw("]}");
  }
  j->Raw("]}");
}

// What could not be read: {"line": "...", "kinds": [[kind, count]...],
// "first": [[where, severity, reason]...]}, or null when every record was read.
void InputJson(const InputSummary& in, Json* j) {
  const IngestStats& st = in.stats;
  if (st.errors + st.skipped + st.warnings == 0) {
    j->Raw("null");
    return;
  }
  std::string line = std::to_string(st.errors + st.skipped) + " of " + std::to_string(st.records) +
                     " records not read (" + std::to_string(st.errors) + " errors, " +
                     std::to_string(st.skipped) + " skipped) · " + std::to_string(st.warnings) +
                     " articles read with a warning";
  if (!in.diagnostics_file.empty()) line += " — every one in " + in.diagnostics_file;
  j->Raw("{");
  j->Key("line", true);
  j->Str(line);
  j->Key("kinds");
  j->Raw("[");
  for (size_t i = 0; i < in.kinds.size(); ++i) {
    j->Raw(i ? ",[" : "[");
    j->Str(in.kinds[i].first);
    j->Raw(",");
    j->Int(in.kinds[i].second);
    j->Raw("]");
  }
  j->Raw("]");
  j->Key("first");
  j->Raw("[");
  for (size_t i = 0; i < in.first.size(); ++i) {
    const Diagnostic& d = in.first[i];
    j->Raw(i ? ",[" : "[");
    j->Str(d.origin.ToString());
    j->Raw(",");
    j->Str(SeverityName(d.severity));
    j->Raw(",");
    j->Str(d.reason);
    j->Raw("]");
  }
  j->Raw("]}");
}

// An article's title, else its first line (at most 90 code points), as the
// page names it.
std::string TitleOrFirstLine(const Article& a) {
  if (!a.title.empty()) return a.title;
  std::string_view t = a.text;
  const size_t b = t.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  t = t.substr(b);
  t = t.substr(0, t.find('\n'));
  return std::string(SliceCodePoints(t, Span{0, 90}));
}

// The words of a query in match-key form.
std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> words;
  const std::string key = Normalize(query, Form::kMatchKey);
  for (size_t at = 0; at < key.size();) {
    const size_t b = key.find_first_not_of(" \t\r\n", at);
    if (b == std::string::npos) break;
    const size_t e = std::min(key.find_first_of(" \t\r\n", b), key.size());
    words.push_back(key.substr(b, e - b));
    at = e;
  }
  return words;
}

bool HasEveryWord(std::string_view text, const std::vector<std::string>& words) {
  if (words.empty()) return false;
  for (const auto& w : words)
    if (text.find(w) == std::string_view::npos) return false;
  return true;
}

// The stories the report shows, as indexes into an.stories in the order
// shown (largest first): the chosen ones when story_ids or match is given,
// else the largest of min_articles articles or more (or the largest ones if
// none is that big); at most max_stories. *matched: how many were chosen
// before that cut (all that qualify when none is chosen).
std::vector<size_t> ShownStories(const Analysis& an, const ReportOptions& o, const std::vector<std::string>& texts,
                                 size_t* matched) {
  std::vector<size_t> shown;
  size_t count = 0;
  if (!o.story_ids.empty() || !o.match.empty()) {
    const std::set<std::string> ids(o.story_ids.begin(), o.story_ids.end());
    std::vector<std::vector<std::string>> queries;
    for (const auto& m : o.match) queries.push_back(QueryWords(m));
    for (size_t s = 0; s < an.stories.size(); ++s) {
      bool take = ids.count(an.stories[s].story.id) != 0;
      for (size_t q = 0; q < queries.size() && !take; ++q) take = HasEveryWord(texts[s], queries[q]);
      if (!take) continue;
      ++count;
      if (shown.size() < o.max_stories) shown.push_back(s);
    }
  } else {
    // The largest, at least min_articles each (or the largest ones if none
    // is that big).
    for (size_t s = 0; s < an.stories.size(); ++s)
      if (an.stories[s].story.articles.size() >= o.min_articles) {
        ++count;
        if (shown.size() < o.max_stories) shown.push_back(s);
      }
    if (shown.empty()) {
      count = an.stories.size();
      for (size_t s = 0; s < an.stories.size() && shown.size() < o.max_stories; ++s) shown.push_back(s);
    }
  }
  if (matched != nullptr) *matched = count;
  return shown;
}

// Every story in a line of the page's search list: [id, label, articles,
// outlets, first, last, place among the shown stories or -1, search text,
// direction, and with an earlier analysis its articles new since].
void IndexJson(const Analysis& an, const std::vector<std::string>& texts, const std::vector<size_t>& shown,
               Json* j) {
  std::vector<int64_t> place(an.stories.size(), -1);
  for (size_t i = 0; i < shown.size(); ++i) place[shown[i]] = static_cast<int64_t>(i);
  j->Raw("[");
  for (size_t s = 0; s < an.stories.size(); ++s) {
    const Story& st = an.stories[s].story;
    j->Raw(s ? ",[" : "[");
    j->Str(st.id);
    j->Raw(",");
    j->Str(st.label);
    j->Raw("," + std::to_string(st.articles.size()) + "," + std::to_string(st.outlets.size()) + ",");
    j->Str(st.first_published.substr(0, 10));
    j->Raw(",");
    j->Str(st.last_published.substr(0, 10));
    j->Raw("," + std::to_string(place[s]) + ",");
    j->Str(texts[s]);
    j->Raw(",");
    j->Str(DirOf(an, st));
    if (!an.added.empty()) j->Raw("," + std::to_string(NewArticles(an, st)));
    j->Raw("]");
    j->Flush();
  }
  j->Raw("]");
}

// Passages shared between outlets, by who had them first: the 30 pairs of
// outlets that share the most, each as [a, b, passages a had first, articles
// of b holding them, articles of b, of the passages those whose two articles
// credit the same agency, then the same the other way], and the number of
// pairs.
void OutletPairsJson(const Analysis& an, Json* j) {
  struct Pair {
    const OutletFlow* ab = nullptr;  // a first
    const OutletFlow* ba = nullptr;  // b first
    int64_t total = 0;
  };
  std::map<std::pair<std::string_view, std::string_view>, Pair> pairs;
  for (const OutletFlow& f : an.outlet_flows) {
    const bool ordered = f.earlier < f.later;
    Pair& p = pairs[ordered ? std::pair<std::string_view, std::string_view>{f.earlier, f.later}
                            : std::pair<std::string_view, std::string_view>{f.later, f.earlier}];
    (ordered ? p.ab : p.ba) = &f;
    p.total += f.passages;
  }
  std::vector<std::pair<std::pair<std::string_view, std::string_view>, Pair>> top(pairs.begin(), pairs.end());
  std::stable_sort(top.begin(), top.end(), [](const auto& x, const auto& y) { return x.second.total > y.second.total; });
  auto side = [&](const OutletFlow* f) {
    j->Raw(f ? "," + std::to_string(f->passages) + "," + std::to_string(f->articles) + "," +
                   std::to_string(f->later_articles) + "," + std::to_string(f->credited)
             : std::string(",0,0,0,0"));
  };
  j->Raw("{\"pairs\":" + std::to_string(top.size()) + ",\"top\":[");
  for (size_t i = 0; i < top.size() && i < 30; ++i) {
    j->Raw(i ? ",[" : "[");
    j->Str(top[i].first.first);
    j->Raw(",");
    j->Str(top[i].first.second);
    side(top[i].second.ab);
    side(top[i].second.ba);
    j->Raw("]");
  }
  j->Raw("]}");
}

// How outlets label what they name over the run: the 20 most labelled
// entities (Analysis::naming), each as [entity, type, mentions, outlets],
// each outlet as [outlet, mentions, labelled, its four most used labels as
// [label, uses], its three most used names as [name, uses]]; and how many
// entities framing.jsonl holds.
void NamingJson(const Analysis& an, Json* j) {
  auto words = [&](const std::vector<WordUse>& v, size_t n) {
    j->Raw("[");
    for (size_t i = 0; i < v.size() && i < n; ++i) {
      j->Raw(i ? ",[" : "[");
      j->Str(v[i].word);
      j->Raw("," + std::to_string(v[i].uses) + "]");
    }
    j->Raw("]");
  };
  j->Raw("{\"entities\":" + std::to_string(an.naming.size()) + ",\"top\":[");
  size_t shown = 0;
  for (const EntityNaming& e : an.naming) {
    if (LabelledMentions(e) == 0 || shown == 20) break;  // the labelled come first
    j->Raw(shown++ ? ",[" : "[");
    j->Str(e.entity);
    j->Raw(",");
    j->Str(EntityTypeName(e.type));
    j->Raw("," + std::to_string(e.mentions) + ",[");
    for (size_t i = 0; i < e.outlets.size(); ++i) {
      const OutletNaming& o = e.outlets[i];
      j->Raw(i ? ",[" : "[");
      j->Str(o.outlet);
      j->Raw("," + std::to_string(o.mentions) + "," + std::to_string(o.labelled) + ",");
      words(o.labels, 4);
      j->Raw(",");
      words(o.names, 3);
      j->Raw("]");
    }
    j->Raw("]]");
  }
  j->Raw("]}");
}

// The report's data, a JSON object safe inside <script>, into j.
void ReportData(const Analysis& an, const ReportOptions& options, Json* out, ReportCounts* counts_out) {
  Json& j = *out;
  std::vector<std::string> texts(an.stories.size());
  for (size_t s = 0; s < an.stories.size(); ++s) texts[s] = StorySearchText(an, an.stories[s]);
  size_t matched = 0;
  const std::vector<size_t> shown = ShownStories(an, options, texts, &matched);
  if (counts_out != nullptr) *counts_out = ReportCounts{shown.size(), matched};
  const bool chosen = !options.story_ids.empty() || !options.match.empty();
  j.Raw("{");
  j.Key("counts", true);
  char counts[256];
  const size_t outlets = std::set<std::string>(an.outlets.begin(), an.outlets.end()).size();
  std::snprintf(counts, sizeof counts, "%zu %s · %zu %s · %zu %s (%lld of two or more articles) · showing %zu",
                an.articles.size(), an.articles.size() == 1 ? "article" : "articles", outlets,
                outlets == 1 ? "outlet" : "outlets", an.stories.size(), an.stories.size() == 1 ? "story" : "stories",
                static_cast<long long>(an.story_stats.multi_article), shown.size());
  j.Str(counts);
  j.Key("chosen");
  if (chosen) {
    std::string what;
    for (const auto& m : options.match) what += (what.empty() ? "" : ", ") + ("\u00ab" + m + "\u00bb");
    for (const auto& id : options.story_ids) what += (what.empty() ? "" : ", ") + id;
    if (!options.chosen_as.empty()) what = options.chosen_as;
    std::string line = "Chosen: " + what + ": " + std::to_string(matched) + (matched == 1 ? " story" : " stories");
    if (shown.size() < matched) line += ", the largest " + std::to_string(shown.size()) + " shown";
    j.Str(line);
  } else {
    j.Str("");
  }
  j.Key("more");
  if (shown.size() < an.stories.size()) {
    const size_t others = an.stories.size() - shown.size();
    char more[200];
    std::snprintf(more, sizeof more,
                  "%zu other %s not shown here; the search box above the list finds every story, "
                  "and stories.jsonl has all of them.",
                  others, others == 1 ? "story is" : "stories are");
    j.Str(more);
  } else {
    j.Str("");
  }
  j.Key("outlets");
  OutletPairsJson(an, &j);
  j.Key("naming");
  NamingJson(an, &j);
  j.Key("index");
  IndexJson(an, texts, shown, &j);
  j.Key("input");
  InputJson(an.input, &j);
  j.Key("stories");
  j.Raw("[");
  std::set<uint32_t> used;
  for (size_t i = 0; i < shown.size(); ++i) {
    if (i) j.Raw(",");
    StoryJson(an, an.stories[shown[i]], &j);
    j.Flush();
    for (uint32_t d : an.stories[shown[i]].story.articles) used.insert(d);
  }
  j.Raw("]");
  j.Key("articles");
  j.Raw("{");
  bool first = true;
  for (uint32_t d : used) {
    const Article& a = an.articles[d];
    if (!first) j.Raw(",");
    first = false;
    j.Str(a.id);
    j.Raw(":{");
    const size_t at = j.s.size();
    AppendStringField("outlet", an.outlets[d], false, &j.s, true);
    AppendStringField("title", a.title, false, &j.s);
    AppendStringField("published", a.published, false, &j.s);
    AppendStringField("published_from", a.published_from, false, &j.s);
    if (!an.credits.empty() && !an.credits[d].empty()) AppendStringField("credit", an.credits[d], false, &j.s);
    AppendStringField("url", a.url, false, &j.s);
    AppendStringField("dir", RightToLeft(a.language) ? "rtl" : "ltr", false, &j.s);
    AppendStringField("text", a.text, false, &j.s);
    j.EscapeFrom(at);
    j.Raw("}");
    j.Flush();
  }
  j.Raw("}}");
}

std::string ReportHead(const ReportOptions& options) {
  std::string head = internal::kReportHead;
  const std::string title = EscapeHtml(options.title);
  for (size_t p; (p = head.find("@TITLE@")) != std::string::npos;) head.replace(p, 7, title);
  return head;
}

}  // namespace

std::string StorySearchText(const Analysis& an, const AnalyzedStory& as) {
  const Story& st = as.story;
  std::string raw = st.id + "\n" + st.label + "\n";
  for (const auto& t : st.terms) raw += t + " ";
  raw += "\n";
  for (const auto& o : st.outlets) raw += o + "\n";
  std::set<std::string> seen{st.label};
  for (uint32_t d : st.articles) {
    std::string t = TitleOrFirstLine(an.articles[d]);
    if (!t.empty() && seen.insert(t).second) raw += t + "\n";
  }
  // The names its articles give most (by the articles that name them; the
  // first ten, ties in byte order): a person named in the texts only.
  if (an.facts.size() == an.articles.size()) {
    std::vector<std::string_view> names;  // each article's distinct names, all together
    std::vector<std::string_view> here;
    for (uint32_t d : st.articles) {
      here.clear();
      for (const Fact& f : an.facts[d])
        if (f.kind == FactKind::kEntity && !f.name.empty()) here.push_back(f.name);
      std::sort(here.begin(), here.end());
      here.erase(std::unique(here.begin(), here.end()), here.end());
      names.insert(names.end(), here.begin(), here.end());
    }
    std::sort(names.begin(), names.end());
    std::vector<std::pair<uint32_t, std::string_view>> top;  // (articles naming it, name)
    for (size_t i = 0; i < names.size();) {
      size_t j = i;
      while (j < names.size() && names[j] == names[i]) ++j;
      top.push_back({static_cast<uint32_t>(j - i), names[i]});
      i = j;
    }
    const size_t k = std::min<size_t>(10, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<long>(k), top.end(),
                      [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
    for (size_t i = 0; i < k; ++i) {
      raw += top[i].second;
      raw += '\n';
    }
  }
  return Normalize(raw, Form::kMatchKey);
}

std::string RenderReport(const Analysis& analysis, const ReportOptions& options) {
  Json j;
  j.s = ReportHead(options);
  ReportData(analysis, options, &j, nullptr);
  return j.s + internal::kReportTail;
}

// Written as it is made, a megabyte at a time: on all of SaudiNewsNet the
// report is 63 MB, and the page made whole in memory (the data, then the
// data escaped, then the page) took 170 MB at the run's peak.
Status WriteReport(const Analysis& analysis, const ReportOptions& options, const std::string& path,
                   ReportCounts* counts) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::IoError("cannot write " + path);
  Json j;
  j.out = f;
  j.s = ReportHead(options);
  ReportData(analysis, options, &j, counts);
  j.s += internal::kReportTail;
  bool ok = std::fwrite(j.s.data(), 1, j.s.size(), f) == j.s.size() && !j.write_error;
  ok = std::fclose(f) == 0 && ok;
  return ok ? Status::Ok() : Status::IoError("error writing " + path);
}

}  // namespace sada
