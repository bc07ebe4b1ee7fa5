// The HTML report: the analysis of the shown stories as one JSON object
// inside the page (report/template.cc renders it in the browser).
#include <algorithm>
#include <cstdio>
#include <set>

#include "ingest/json_writer.h"
#include "report/template.h"
#include "sada/report.h"

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
  size_t rtl = 0;
  for (uint32_t d : m) rtl += RightToLeft(an.articles[d].language);
  j->Raw("{");
  j->Key("id", true);
  j->Str(st.id);
  j->Key("label");
  j->Str(st.label);
  j->Key("dir");
  j->Str(rtl * 2 >= m.size() ? "rtl" : "ltr");
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
                     std::to_string(st.skipped) + " skipped as not articles) · " + std::to_string(st.warnings) +
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

// The report's data, a JSON object safe inside <script>, into j.
void ReportData(const Analysis& an, const ReportOptions& options, Json* out) {
  Json& j = *out;
  // The stories shown: the largest, at least min_articles each (or the
  // largest ones if none is that big).
  std::vector<size_t> shown;
  for (size_t s = 0; s < an.stories.size() && shown.size() < options.max_stories; ++s)
    if (an.stories[s].story.articles.size() >= options.min_articles) shown.push_back(s);
  if (shown.empty())
    for (size_t s = 0; s < an.stories.size() && shown.size() < options.max_stories; ++s) shown.push_back(s);
  j.Raw("{");
  j.Key("counts", true);
  char counts[256];
  std::snprintf(counts, sizeof counts, "%zu articles · %zu outlets · %zu stories (%lld of two or more articles) · showing %zu",
                an.articles.size(), std::set<std::string>(an.outlets.begin(), an.outlets.end()).size(),
                an.stories.size(), static_cast<long long>(an.story_stats.multi_article), shown.size());
  j.Str(counts);
  j.Key("more");
  if (shown.size() < an.stories.size()) {
    char more[160];
    std::snprintf(more, sizeof more, "%zu smaller stories are not shown here; stories.jsonl has all of them.",
                  an.stories.size() - shown.size());
    j.Str(more);
  } else {
    j.Str("");
  }
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

std::string RenderReport(const Analysis& analysis, const ReportOptions& options) {
  Json j;
  j.s = ReportHead(options);
  ReportData(analysis, options, &j);
  return j.s + internal::kReportTail;
}

// Written as it is made, a megabyte at a time: on all of SaudiNewsNet the
// report is 63 MB, and the page made whole in memory (the data, then the
// data escaped, then the page) took 170 MB at the run's peak.
Status WriteReport(const Analysis& analysis, const ReportOptions& options, const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::IoError("cannot write " + path);
  Json j;
  j.out = f;
  j.s = ReportHead(options);
  ReportData(analysis, options, &j);
  j.s += internal::kReportTail;
  bool ok = std::fwrite(j.s.data(), 1, j.s.size(), f) == j.s.size() && !j.write_error;
  ok = std::fclose(f) == 0 && ok;
  return ok ? Status::Ok() : Status::IoError("error writing " + path);
}

}  // namespace sada
