// The page around the report's data: styles and the script that renders it.
// Plain HTML, CSS and JavaScript, no libraries: the file must open offline.
#include "report/template.h"

namespace sada::internal {

const char* kReportHead = R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@TITLE@</title>
<style>
:root { --fg:#1d2329; --muted:#5f6b76; --line:#d9dee3; --bg:#fbfbfa; --accent:#0b5cad;
        --conflict:#b3261e; --corrob:#1e7b34; --copied:#8a5a00; --unique:#5f6b76; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.6 "Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",system-ui,sans-serif;
       color:var(--fg); background:var(--bg); }
header.top { padding:12px 20px; border-bottom:1px solid var(--line); background:#fff; }
header.top h1 { margin:0; font-size:20px; }
header.top .counts { color:var(--muted); font-size:13px; }
header.top details.input { font-size:13px; color:var(--muted); }
header.top details.input summary { cursor:pointer; color:var(--conflict); }
header.top details.input td { font-size:12px; padding:1px 6px; }
header.top details#outlets summary { color:var(--accent); }
.layout { display:flex; align-items:flex-start; }
nav#stories { width:300px; flex:none; position:sticky; top:0; max-height:100vh; overflow:auto;
              border-inline-end:1px solid var(--line); padding:8px; background:#fff; }
nav#stories a { display:block; padding:6px 8px; border-radius:4px; color:var(--fg); text-decoration:none; font-size:13px; }
nav#stories a:hover, nav#stories a.on { background:#eef3f8; }
nav#stories .n { color:var(--muted); font-size:12px; }
nav#stories input#find { width:100%; font:inherit; font-size:13px; padding:4px 6px; margin-bottom:6px;
                         border:1px solid var(--line); border-radius:4px; }
nav#stories div.other { padding:6px 8px; font-size:13px; color:var(--muted); }
nav#stories code { font-size:11px; user-select:all; }
nav#stories .n bdi { white-space:nowrap; }
header.top .chosen { font-size:13px; }
.added { color:var(--corrob); font-size:13px; font-weight:600; }
main { flex:1; min-width:0; padding:12px 24px 80px; }
section.story { border:1px solid var(--line); border-radius:6px; background:#fff; padding:12px 18px; margin-bottom:24px;
                content-visibility:auto; contain-intrinsic-size:auto 1200px; }
button.more { margin:6px 0; font-size:13px; color:var(--accent); background:#f4f8fc; border:1px solid #c7d7ea; border-radius:4px; padding:3px 10px; }
section.story h2 { margin:4px 0; font-size:19px; }
.meta { color:var(--muted); font-size:13px; }
h3 { font-size:15px; margin:18px 0 6px; border-bottom:1px solid var(--line); padding-bottom:2px; }
table { border-collapse:collapse; width:100%; font-size:14px; }
th, td { border-bottom:1px solid var(--line); padding:4px 6px; text-align:start; vertical-align:top; }
th { color:var(--muted); font-weight:600; font-size:13px; }
a.cite { display:inline-block; color:var(--accent); cursor:pointer; text-decoration:none; font-size:12px; white-space:nowrap;
         border:1px solid #c7d7ea; border-radius:3px; padding:0 4px; margin:0 2px; }
a.cite:hover { background:#eef3f8; }
a.cite.long { white-space:normal; font-size:13px; }
.date { white-space:nowrap; }
.status { font-size:12px; font-weight:700; padding:0 5px; border-radius:3px; color:#fff; white-space:nowrap; }
.status.conflicting { background:var(--conflict); } .status.corroborated { background:var(--corrob); }
.status.copied { background:var(--copied); } .status.unique { background:var(--unique); }
.value { font-weight:600; }
.first { color:var(--corrob); font-weight:700; font-size:12px; }
.column { color:var(--muted); font-size:12px; font-style:italic; }
.pair { display:grid; grid-template-columns:1fr 1fr; gap:10px; margin:8px 0 16px; }
.pair > div { border:1px solid var(--line); border-radius:4px; padding:6px 10px; background:#fcfcfc; }
.pair .who { color:var(--muted); font-size:12px; }
mark.shared { background:#fff1a8; }
span.changed { background:#ffd9d6; text-decoration:underline dotted; }
ol.summary li { margin-bottom:6px; }
.epithet { background:#f3e8ff; border-radius:3px; padding:0 3px; margin:0 2px; }
#panel { position:fixed; inset:0; background:rgba(0,0,0,.35); display:none; }
#panel.open { display:block; }
#panel .box { position:absolute; top:5vh; bottom:5vh; left:10vw; right:10vw; background:#fff; border-radius:6px;
              display:flex; flex-direction:column; }
#panel .bar { padding:8px 14px; border-bottom:1px solid var(--line); display:flex; gap:12px; align-items:center; }
#panel .bar b { flex:1; }
#panel .text { padding:12px 18px; overflow:auto; white-space:pre-wrap; font-size:16px; line-height:1.8; }
#panel mark.cited { background:#ffe066; outline:2px solid #e0a800; }
button { font:inherit; cursor:pointer; }
[dir=rtl] { text-align:right; }
</style>
</head>
<body>
<header class="top"><h1>@TITLE@</h1><div class="counts" id="counts"></div>
<details class="input" id="input" hidden><summary></summary></details>
<details class="input" id="outlets" hidden><summary></summary></details>
<details class="input" id="naming" hidden><summary></summary></details>
<div class="chosen" id="chosen" hidden></div></header>
<div class="layout"><nav id="stories"><input id="find" type="search" dir="auto"
 placeholder="Find a story: words of a title, a name, a term, an outlet, an id" aria-label="Find a story">
<div id="found" hidden></div><div id="list"></div></nav><main id="main"></main></div>
<div id="panel" role="dialog" aria-modal="true"><div class="box"><div class="bar"><b id="panel-title"></b>
<span id="panel-meta" class="meta"></span><button id="panel-close" type="button">✕</button></div>
<div class="text" id="panel-text"></div></div></div>
<pre id="selftest" hidden></pre>
<script type="application/json" id="data">)HTML";

const char* kReportTail = R"HTML(</script>
<script>
"use strict";
const errors = [];
window.addEventListener("error", e => errors.push(String(e.message)));
const DATA = JSON.parse(document.getElementById("data").textContent);
const A = DATA.articles;
const RTL = new Set(["ar", "fa", "ur", "he", "ps", "ckb", "yi"]);
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}
function slice(text, b, e) { return Array.from(text).slice(b, e).join(""); }
// A line of fragments ("5 articles", "2017-11-19", Arabic terms) each
// isolated, so that English and digits keep their order inside Arabic.
function metaLine(cls, parts) {
  const d = el("div", {class: cls});
  parts.filter(p => p !== "" && p != null).forEach((p, i) => {
    if (i) d.append(" · ");
    d.append(el("bdi", {text: p}));
  });
  return d;
}
// The title, else the first line of the text (an article read from a bare
// text file has none).
function titleOf(id) {
  const a = A[id];
  if (!a) return id;
  if (a.title) return a.title;
  const line = (a.text || "").trim().split("\n")[0];
  const cps = Array.from(line);
  return cps.length > 90 ? cps.slice(0, 90).join("") + "…" : (line || id);
}
function outletOf(id) { return A[id] ? A[id].outlet : id; }
// [article, begin, end] -> a link that opens the passage.
function cite(c, label, cls) {
  const a = el("a", {class: "cite" + (cls ? " " + cls : ""), "data-article": c[0], "data-begin": c[1], "data-end": c[2],
                     title: titleOf(c[0]) + " [" + c[1] + "–" + c[2] + "]"});
  a.textContent = label || outletOf(c[0]);
  a.addEventListener("click", () => openPassage(c[0], c[1], c[2]));
  return a;
}
function openPassage(id, b, e) {
  const art = A[id];
  const t = document.getElementById("panel-text");
  t.textContent = "";
  t.setAttribute("dir", art.dir);
  const cps = Array.from(art.text);
  const m = el("mark", {class: "cited"});
  m.textContent = cps.slice(b, e).join("");
  t.append(cps.slice(0, b).join(""), m, cps.slice(e).join(""));
  document.getElementById("panel-title").textContent = titleOf(id);
  document.getElementById("panel-meta").textContent =
      art.outlet + (art.published ? " · " + art.published : "") + " · " + id + " [" + b + "–" + e + "]";
  document.getElementById("panel").classList.add("open");
  m.scrollIntoView({block: "center"});
}
document.getElementById("panel-close").addEventListener("click", () => document.getElementById("panel").classList.remove("open"));
document.getElementById("panel").addEventListener("click", ev => { if (ev.target.id === "panel") ev.target.classList.remove("open"); });
document.addEventListener("keydown", ev => { if (ev.key === "Escape") document.getElementById("panel").classList.remove("open"); });

// Text of [b,e) of an article with the differences (unaligned stretches) marked as changed
// and everything else marked as shared.
function passageView(id, b, e, diffs) {
  const cps = Array.from(A[id].text);
  const d = el("div", {dir: A[id].dir});
  let pos = b;
  const gaps = diffs.filter(g => g[1] > g[0]).sort((x, y) => x[0] - y[0]);
  for (const g of gaps) {
    if (g[0] > pos) d.append(el("mark", {class: "shared", text: cps.slice(pos, g[0]).join("")}));
    d.append(el("span", {class: "changed", text: cps.slice(Math.max(pos, g[0]), g[1]).join("")}));
    pos = Math.max(pos, g[1]);
  }
  if (e > pos) d.append(el("mark", {class: "shared", text: cps.slice(pos, e).join("")}));
  return d;
}

// widths: an optional CSS width per column ("60%"), so that a column of
// long text is not squeezed by one of unbreakable citations.
function table(head, rows, widths) {
  const t = el("table");
  t.append(el("tr", null, ...head.map((h, i) => {
    const th = el("th", {text: h});
    if (widths && widths[i]) th.style.width = widths[i];
    return th;
  })));
  for (const r of rows) t.append(el("tr", null, ...r.map(c => el("td", null, c))));
  return t;
}

// A long list: its first `first` items made now, each by add(item), the
// rest on request, kStep at a time. The largest story of SaudiNewsNet has
// 507 sources, 391 facts and 16,625 copied passages, and a page holding
// every story's all at once took a browser over a minute to lay out.
// Returns the button that asks for more, or null when all are shown.
const kStep = 200;
function paged(items, add, first, what) {
  let shown = 0;
  const upto = n => { for (; shown < Math.min(n, items.length); shown++) add(items[shown]); };
  upto(first);
  if (shown >= items.length) return null;
  const b = el("button", {type: "button", class: "more"});
  const label = () => {
    b.textContent = "Show " + Math.min(kStep, items.length - shown) + " more " + what + " (" +
                    (items.length - shown) + " of " + items.length + " not shown)";
  };
  label();
  b.addEventListener("click", () => { upto(shown + kStep); if (shown >= items.length) b.remove(); else label(); });
  return b;
}

function renderStory(s, i) {
  const sec = el("section", {class: "story", id: s.id, dir: s.dir});
  sec.append(el("h2", {text: (i + 1) + ". " + s.label}));
  sec.append(metaLine("meta", [s.articles.length + " articles", s.outlets.length + " outlets",
      s.first ? s.first + (s.last && s.last !== s.first ? " → " + s.last : "") : "undated",
      s.terms.join("، "), s.id]));
  if (s.added) sec.append(el("div", {class: "added", dir: "ltr",
      text: s.added === s.articles.length ? "a new story: every article is new since the earlier analysis"
                                          : s.added + " of its articles new since the earlier analysis"}));
  // Sources.
  sec.append(el("h3", {text: "Sources"}));
  const copiesOf = new Map();
  for (const c of s.copies)
    for (const id of c.a === c.b ? [c.a] : [c.a, c.b]) copiesOf.set(id, (copiesOf.get(id) || 0) + 1);
  // (The first 25, in order of publication: a story of 507 articles put
  // 507 rows between its title and its summary.)
  const sources = table(["outlet", "title", "published", "copies"], []);
  const moreSources = paged(s.sources, x => {
    const who = el("span", null, A[x.article].outlet);
    if (x.first) who.append(" ", el("span", {class: "first", text: "first"}));
    if (x.column) who.append(" ", el("span", {class: "column", text: "column", title: "an opinion column, by its byline"}));
    const n = copiesOf.get(x.article) || 0;
    sources.append(el("tr", null, ...[who, el("span", null, cite([x.article, 0, 0], titleOf(x.article), "long")),
            el("span", {class: "meta"}, el("bdi", {class: "date", text: A[x.article].published || "—"}),
                    A[x.article].published_from ? " (" + A[x.article].published_from + ")" : ""),
            el("span", {text: n ? String(n) : ""})].map(c => el("td", null, c))));
  }, 25, "sources");
  sec.append(sources);
  if (moreSources) sec.append(moreSources);
  // Summary.
  if (s.summary.length) {
    sec.append(el("h3", {text: "Summary"}));
    const ol = el("ol", {class: "summary"});
    for (const x of s.summary) {
      const li = el("li", null, x.text, " ", cite(x.cite));
      if (x.also.length) li.append(el("span", {class: "meta", text: " also: "}), ...x.also.map(c => cite(c)));
      ol.append(li);
    }
    sec.append(ol);
  }
  // Timeline. In a long one, the dates from before the story began (a week
  // before its first article) that one article alone gives are background
  // (a biography's years, a canal's history) and are folded away.
  if (s.timeline.length) {
    sec.append(el("h3", {text: "Timeline"}));
    const head = ["date", "event", "sources"], widths = ["", "65%", ""];
    const row = x => [el("b", {class: "date", text: x.date}), el("span", {text: x.text}),
                      el("span", null, ...x.sources.map(c => cite(c)))];
    const start = s.first ? new Date(Date.parse(s.first.slice(0, 10) + "T00:00:00Z") - 7 * 864e5).toISOString().slice(0, 10) : "";
    const last = x => { const e = x.date.split("/").pop(); return e.length === 4 ? e + "-12-31" : e.length === 7 ? e + "-31" : e; };
    const background = x => s.timeline.length > 12 && start && last(x) < start && x.sources.length < 2;
    sec.append(table(head, s.timeline.filter(x => !background(x)).map(row), widths));
    const folded = s.timeline.filter(background);
    if (folded.length) {
      const d = el("details", {class: "background"});
      d.append(el("summary", {text: folded.length + " earlier dates given by one article (background)"}),
               table(head, folded.map(row), widths));
      sec.append(d);
    }
  }
  // Facts.
  if (s.claims.length) {
    sec.append(el("h3", {text: "Facts across outlets"}));
    const facts = table(["status", "kind", "about", "who says what"], []);
    const row = c => {
      const says = el("div");
      if (c.kind === "entity") {  // a name: one line per article, its mentions counted
        const per = new Map();
        c.statements.forEach(st => per.set(st.article, (per.get(st.article) || []).concat([st])));
        for (const [id, sts] of per)
          says.append(el("div", null, ...sts.slice(0, 4).map((st, k) => cite([id, st.begin, st.end], k ? "↗" : outletOf(id))),
                         el("span", {class: "meta", text: sts.length > 1 ? " ×" + sts.length : ""})));
      } else c.statements.forEach((st, k) => {
        const copiedFrom = c.copies.filter(cp => cp.to === k);
        const when = (A[st.article].published || "").slice(0, 16).replace("T", " ");
        const line = el("div", null, cite([st.article, st.begin, st.end]), " ",
                        el("span", {class: "value", text: st.value.length > 160 ? st.value.slice(0, 160) + "…" : st.value}),
                        st.source ? el("span", {class: "meta", text: " · per "}) : null,
                        st.source ? (st.source_begin !== undefined ? cite([st.article, st.source_begin, st.source_end], st.source)
                                                                   : el("span", {text: st.source})) : null,
                        when ? el("span", {class: "meta", text: " · " + when}) : null);
        for (const cp of copiedFrom)
          line.append(cp.credit
              ? el("span", {class: "meta", text: " — as " + outletOf(c.statements[cp.from].article) + ", credits "},
                   el("bdi", {text: cp.credit}))
              : el("span", {class: "meta", text: " — " + (cp.ordered ? "copied from " : "shared passage with ") +
                   outletOf(c.statements[cp.from].article) + " (" + Math.round(cp.similarity * 100) + "%)"}));
        says.append(line);
      });
      return [el("span", {class: "status " + c.status, text: c.status}), el("span", {text: c.kind}),
              el("span", {text: c.about}),
              el("div", null, metaLine("meta", [c.outlets + " outlets", c.witnesses + " independent",
                                                c.rising ? "in order of publication the counts only rise: a toll revised over time?" : ""]),
                 says)];
    };
    // (Conflicting, corroborated, copied, then unique: the ones read first.)
    const more = paged(s.claims, c => facts.append(el("tr", null, ...row(c).map(x => el("td", null, x)))), 100, "facts");
    sec.append(facts);
    if (more) sec.append(more);
  }
  // Framing.
  if (s.framing.length) {
    sec.append(el("h3", {text: "Framing: the words each outlet uses"}));
    const rows = [];
    for (const f of s.framing)
      for (const u of f.uses)
        rows.push([el("b", {text: f.entity}), el("span", {text: u.outlet}), el("span", {text: u.names.join("، ")}),
                   el("span", null, ...u.epithets.map(w => el("span", {class: "epithet", text: w})),
                      ...u.evidence.slice(0, 3).map(c => cite(c, "↗")))]);
    sec.append(table(["entity", "outlet", "names", "labels"], rows));
  }
  // Copied passages.
  const passages = s.copies.filter(c => !c.duplicate);
  if (passages.length || s.copies.length) {
    sec.append(el("h3", {text: "Copied passages"}));
    const list = el("div");
    const more = paged(s.copies, c => {
      if (c.duplicate) {
        list.append(el("div", {class: "meta", text: "duplicate articles: " + outletOf(c.a) + " / " + outletOf(c.b)}));
        return;
      }
      const dir = c.direction > 0 ? " → " : c.direction < 0 ? " ← " : " ↔ ";
      // Both crediting one agency: most likely both took the passage from it.
      const credit = A[c.a].credit && A[c.a].credit === A[c.b].credit ? A[c.a].credit : "";
      const head = el("div", {class: "meta", text: outletOf(c.a) + dir + outletOf(c.b) + " · " +
          Math.round(c.similarity * 100) + "% of words aligned" + (credit ? " · both credit " : "")},
          credit ? el("bdi", {text: credit}) : "");
      const left = el("div", null, el("div", {class: "who"}, cite([c.a, c.ab, c.ae])),
                      passageView(c.a, c.ab, c.ae, c.diffs.map(d => [d[0], d[1]])));
      const right = el("div", null, el("div", {class: "who"}, cite([c.b, c.bb, c.be])),
                       passageView(c.b, c.bb, c.be, c.diffs.map(d => [d[2], d[3]])));
      list.append(head, el("div", {class: "pair"}, left, right));
    }, 30, "copied passages");
    sec.append(list);
    if (more) sec.append(more);
  }
  return sec;
}

// A query in match-key form (docs/text.md), as the stories' search texts in
// DATA.index already are: marks, tatweel and invisible characters removed,
// alef, yeh, teh marbuta and Persian letters folded, digits made ASCII.
function keyOf(s) {
  return s.replace(/[\uFB50-\uFDF9\uFE70-\uFEFE]/g, c => c.normalize("NFKC")).normalize("NFC")
      .replace(/[\u0640\u00AD\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673\u0675]/g, "\u0627")
      .replace(/[\u0649\u06CC\u06D0\u06D2\u06D3]/g, "\u064A").replace(/[\u0629\u06C0\u06C1\u06C2\u06C3\u06BE\u06D5]/g, "\u0647")
      .replace(/[\u06A9\u06AA]/g, "\u0643")
      .replace(/[\u0660-\u0669]/g, c => String(c.charCodeAt(0) - 0x660))
      .replace(/[\u06F0-\u06F9]/g, c => String(c.charCodeAt(0) - 0x6F0))
      .replace(/[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\uFF02]/g, '"').replace(/[\u2018\u2019\u201A\u201B\u2039\u203A\u2032]/g, "'")
      .toLowerCase();
}
// The search box: every story of the run (DATA.index), not only those shown;
// one not shown names the option that makes a report of it.
function find(query) {
  const words = keyOf(query).split(/\s+/).filter(w => w);
  const found = document.getElementById("found"), list = document.getElementById("list");
  found.textContent = "";
  found.hidden = !words.length;
  list.hidden = !!words.length;
  if (!words.length) return;
  const hits = DATA.index.filter(x => words.every(w => x[7].includes(w)));
  found.append(el("div", {class: "n", text: hits.length + (hits.length === 1 ? " story matches" : " stories match") +
                                            (hits.length > 100 ? "; the largest 100:" : "")}));
  for (const x of hits.slice(0, 100)) {
    const meta = metaLine("n", [x[2] + (x[2] === 1 ? " article" : " articles"), x[3] + (x[3] === 1 ? " outlet" : " outlets"),
                                x[4] === x[5] ? x[4] : x[4] + " – " + x[5], x[9] ? "+" + x[9] + " new" : ""]);
    if (x[6] >= 0) {
      found.append(el("a", {href: "#" + x[0], dir: x[8]}, x[1] || x[0], meta));
    } else {
      found.append(el("div", {class: "other", dir: x[8]}, el("bdi", {text: x[1] || x[0]}), meta,
                      el("div", {class: "n", dir: "ltr"}, "not in this report: ", el("code", {text: "--report-story " + x[0]}))));
    }
  }
}

function render() {
  const nav = document.getElementById("list"), main = document.getElementById("main");
  document.getElementById("counts").textContent = DATA.counts;
  if (DATA.outlets && DATA.outlets.top.length) {
    // Passages two outlets share, by who had them first (outlets.jsonl has every pair).
    const box = document.getElementById("outlets");
    box.hidden = false;
    const o = DATA.outlets;
    box.querySelector("summary").textContent = "Passages shared between outlets, by who had them first (" +
        o.top.length + " of " + o.pairs + " pairs of outlets; outlets.jsonl has all)";
    const count = (n, one) => n.toLocaleString("en") + " " + one + (n === 1 ? "" : "s");
    const side = (first, later, n, arts, all, credited) => n ? first + " first: " + count(n, "passage") + ", in " +
        arts.toLocaleString("en") + " of " + later + "'s " + count(all, "article") +
        (credited ? " (" + credited.toLocaleString("en") + " with both articles crediting one agency)" : "") : "";
    box.append(el("table", {dir: "ltr"}, ...o.top.map(x => el("tr", null,
        el("td", null, el("bdi", {text: x[0]}), " · ", el("bdi", {text: x[1]})),
        el("td", {text: side(x[0], x[1], x[2], x[3], x[4], x[5])}),
        el("td", {text: side(x[1], x[0], x[6], x[7], x[8], x[9])})))));
    box.append(el("p", {text: "Who published a shared passage first is not always its source: both may have taken it " +
                              "from an agency that is not among the articles read, as where both articles credit " +
                              "the same agency in their bylines or datelines."}));
  }
  if (DATA.naming && DATA.naming.top.length) {
    // How each outlet names and labels the entities labelled most (framing.jsonl has every entity).
    const box = document.getElementById("naming");
    box.hidden = false;
    const n = DATA.naming;
    box.querySelector("summary").textContent = "Labels the outlets give what they name, over all the articles (the " +
        n.top.length + " most labelled of " + n.entities.toLocaleString("en") +
        " persons and bodies two or more outlets name; framing.jsonl has all)";
    const uses = list => list.map(([w, k]) => w + " ×" + k).join("، ");
    box.append(el("table", {dir: "auto"}, ...n.top.map(([name, type, mentions, outlets]) => el("tr", null,
        el("td", null, el("a", {href: "#find=" + encodeURIComponent(name), title: "Find the stories that name it"},
                          el("b", {text: name})),
           el("div", {class: "n", text: type + " · " + mentions.toLocaleString("en") + " mentions"})),
        el("td", null, ...outlets.filter(o => o[2] > 0).map(([outlet, m, labelled, labels]) => el("div", null,
            el("bdi", {text: outlet}), ": ", el("bdi", {class: "epithet", text: uses(labels)}), " ",
            el("bdi", {class: "n", text: "(" + labelled + " of " + m + " mentions labelled)"})))),
        el("td", null, ...outlets.slice(0, 4).map(([outlet, m, labelled, labels, names]) => el("div", {class: "n"},
            el("bdi", {text: outlet}), ": ", el("bdi", {text: uses(names)}))))))));
    box.append(el("p", {text: "A label is an adjective of relation right after a name (داعش «الإرهابي»، " +
                              "الميليشيات «الانقلابية»), or in an English report a word that judges it; the adjective " +
                              "that names a collective body (العربي of التحالف العربي) is no label of it. The last " +
                              "column gives the names the four outlets that name it most use."}));
  }
  if (DATA.chosen) {
    const c = document.getElementById("chosen");
    c.hidden = false;
    c.textContent = DATA.chosen;
  }
  // report.html#find=WORDS opens with the search made, and so does a link
  // to #find=WORDS within the page (an entity of the labels' table).
  const findBox = document.getElementById("find");
  findBox.addEventListener("input", () => find(findBox.value));
  const findFromHash = () => {
    if (!location.hash.startsWith("#find=")) return;
    const q = location.hash.slice(6);
    try { findBox.value = decodeURIComponent(q); } catch (e) { findBox.value = q; }  // a stray "%"
    find(findBox.value);
    findBox.scrollIntoView({block: "nearest"});
  };
  findFromHash();
  window.addEventListener("hashchange", findFromHash);
  if (DATA.input) {
    // What could not be read: the counts by kind and the first diagnostics.
    const box = document.getElementById("input");
    box.hidden = false;
    box.querySelector("summary").textContent = DATA.input.line;
    box.append(el("table", {dir: "ltr"}, ...DATA.input.kinds.map(k => el("tr", null, el("td", {text: String(k[1])}), el("td", {text: k[0]})))));
    box.append(el("p", {text: "The first of them:"}),
               el("table", {dir: "ltr"}, ...DATA.input.first.map(d => el("tr", null, ...d.map(x => el("td", {text: x}))))));
  }
  DATA.stories.forEach((s, i) => {
    nav.append(el("a", {href: "#" + s.id, dir: s.dir}, s.label || s.id,
                  metaLine("n", [s.articles.length + " articles", s.outlets.length + " outlets",
                                 s.added ? "+" + s.added + " new" : ""])));
    main.append(renderStory(s, i));
  });
  if (DATA.more) main.append(el("p", {class: "meta", text: DATA.more}));
}

try { render(); } catch (e) { errors.push(String(e && e.stack || e)); }

// With #selftest in the address: open the first citation of the first story's
// summary and say what the page shows (used by the test in headless Chromium).
if (location.hash === "#selftest") {
  const out = {errors, stories: DATA.stories.length,
               input: document.getElementById("input").hidden ? "" : document.getElementById("input").textContent};
  try {
    const s = DATA.stories[0];
    out.first_story = {articles: s.articles.length, outlets: s.outlets.length,
                       sections: Array.from(document.querySelectorAll("#" + s.id + " h3")).map(h => h.textContent),
                       source_titles: Array.from(document.querySelectorAll("#" + s.id + " a.cite.long")).map(a => a.textContent)};
    // Copied passages shown, of how many, and after asking for more.
    const sec = document.getElementById(s.id), pairs = () => sec.querySelectorAll("div.pair").length;
    out.first_story.copies = s.copies.filter(c => !c.duplicate).length;
    out.first_story.pairs_shown = pairs();
    out.first_story.more = Array.from(sec.querySelectorAll("button.more")).map(b => b.textContent);
    for (const b of sec.querySelectorAll("button.more")) if (b.textContent.includes("copied")) b.click();
    out.first_story.pairs_after_more = pairs();
    const link = document.querySelector("#" + s.id + " ol.summary a.cite");
    link.click();
    const art = A[link.dataset.article];
    out.citation = {article: link.dataset.article,
                    expected: slice(art.text, +link.dataset.begin, +link.dataset.end),
                    shown: document.querySelector("#panel-text mark.cited").textContent,
                    open: document.getElementById("panel").classList.contains("open")};
  } catch (e) { out.errors.push(String(e)); }
  document.getElementById("selftest").textContent = JSON.stringify(out);
  // Then follow the labels table's first entity to the search for it.
  const named = document.querySelector("#naming a[href^='#find=']");
  if (named) {
    window.addEventListener("hashchange", () => {
      out.naming_search = {query: document.getElementById("find").value,
                           found: document.querySelectorAll("#found a, #found div.other").length};
      document.getElementById("selftest").textContent = JSON.stringify(out);
    }, {once: true});
    named.click();
  }
}
</script>
</body>
</html>
)HTML";

}  // namespace sada::internal
