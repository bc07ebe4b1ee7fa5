// HTML article extraction.
//
// Main text: a content-scoring heuristic in the spirit of Arc90's Readability
// and Kohlschütter et al.'s boilerplate detection (WSDM 2010): every paragraph
// of real prose (>= 25 characters, outside navigation, scripts, forms and
// elements whose class or id says nav/menu/footer/related/share/ads...) adds its
// length to its parent and half of it to its grandparent; the best-scoring
// element is the article, and its paragraphs, headings, list items and quotes
// become the text, one block per line. "Read also" blocks are removed.
// Metadata: <meta> (Open Graph, article:*, Dublin Core, itemprop), JSON-LD
// (schema.org NewsArticle), <time datetime>, <title>, <h1>, <link rel=canonical>.
#include "util/strings.h"
#include "ingest/html.h"

#include <gumbo.h>
#include <simdjson.h>

#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/dates.h"
#include "sada/text.h"
#include "text/utf8.h"

namespace sada::internal {
namespace {

constexpr int kMinParagraph = 25;  // code points
// Elements nested deeper than this are not read (hostile pages nest
// thousands deep; recursion must stay far from the stack's limit).
constexpr int kMaxDepth = 256;

const char* Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

bool IsBoilerplateName(const GumboNode* n) {
  static constexpr const char* kBad[] = {
      "nav",       "menu",     "footer",  "sidebar", "comment", "related", "share",
      "social",    "advert",   "ads",     "ad-",     "promo",   "banner",  "breadcrumb",
      "read-also", "readalso", "readmore", "read-more", "more-news", "tags", "widget",
      "popular",   "newsletter", "subscribe", "cookie", "masthead", "toolbar", "pagination",
      "most-read", "trending", "recommend", "outbrain", "taboola", "sponsor"};
  std::string s;
  if (const char* c = Attr(n, "class")) s += AsciiLower(c);
  s += ' ';
  if (const char* i = Attr(n, "id")) s += AsciiLower(i);
  if (s.size() <= 1) return false;
  // Article containers are never boilerplate even if they mention tags etc.
  if (s.find("article-body") != std::string::npos || s.find("entry-content") != std::string::npos)
    return false;
  for (const char* b : kBad)
    if (s.find(b) != std::string::npos) return true;
  const char* role = Attr(n, "role");
  if (role && (std::strcmp(role, "navigation") == 0 || std::strcmp(role, "banner") == 0 ||
               std::strcmp(role, "contentinfo") == 0 || std::strcmp(role, "complementary") == 0))
    return true;
  return false;
}

bool Skip(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT && (IsSkippedTag(n->v.element.tag) || IsBoilerplateName(n));
}

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BR: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

bool IsReadAlso(std::string_view block);
std::string TextOf(const GumboNode* n, bool filter_links = true);

// Code points of text under n, and of text inside links under n.
void CountLinkText(const GumboNode* n, bool in_link, int* total, int* linked, int depth = 0) {
  if (depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
    int c = static_cast<int>(CountCodePoints(n->v.text.text));
    *total += c;
    if (in_link) *linked += c;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  bool link = in_link || n->v.element.tag == GUMBO_TAG_A;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i)
    CountLinkText(static_cast<const GumboNode*>(ch.data[i]), link, total, linked, depth + 1);
}

// A list or short block that is mostly links (menus, "read also" lists), or a
// block that opens with a "read also" cue.
bool IsLinkBlock(const GumboNode* n) {
  GumboTag t = n->v.element.tag;
  if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL && t != GUMBO_TAG_LI && t != GUMBO_TAG_P &&
      t != GUMBO_TAG_DIV && t != GUMBO_TAG_TABLE)
    return false;
  int total = 0, linked = 0;
  CountLinkText(n, false, &total, &linked);
  if (total > 0 && linked * 10 > total * 6 && (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || total < 200))
    return true;
  if (t == GUMBO_TAG_P || t == GUMBO_TAG_DIV || t == GUMBO_TAG_LI) {
    if (total < 300 && IsReadAlso(TextOf(n, /*filter_links=*/false))) return true;
  }
  return false;
}

// Appends the text of n with collapsed white space; block elements start a new
// line. Skipped subtrees and link blocks are left out.
void CollectText(const GumboNode* n, std::string* out, bool* need_space, bool filter_links,
                 int depth = 0) {
  if (depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
      n->type == GUMBO_NODE_WHITESPACE) {
    const char* t = n->v.text.text;
    for (const char* p = t; *p; ++p) {
      unsigned char c = static_cast<unsigned char>(*p);
      bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      // U+00A0 no-break space counts as white space too.
      if (c == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0) {
        ws = true;
        ++p;
      }
      if (ws) {
        *need_space = !out->empty() && out->back() != '\n';
      } else {
        if (*need_space) out->push_back(' ');
        *need_space = false;
        out->push_back(static_cast<char>(c));
      }
    }
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
  if (Skip(n) || (filter_links && IsLinkBlock(n))) return;
  bool block = IsBlock(n->v.element.tag);
  if (block && !out->empty() && out->back() != '\n') {
    out->push_back('\n');
    *need_space = false;
  }
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i)
    CollectText(static_cast<const GumboNode*>(ch.data[i]), out, need_space, filter_links, depth + 1);
  if (block && !out->empty() && out->back() != '\n') {
    out->push_back('\n');
    *need_space = false;
  }
}

std::string TextOf(const GumboNode* n, bool filter_links) {
  std::string s;
  bool sp = false;
  CollectText(n, &s, &sp, filter_links);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

bool IsReadAlso(std::string_view block) {
  static const std::vector<std::string> kCues = [] {
    std::vector<std::string> v;
    for (const char* c : {"اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرا ايضا", "شاهد أيضا",
                          "انظر أيضا", "انظر ايضا", "اقرأ المزيد", "مواضيع ذات صلة",
                          "أخبار ذات صلة", "read also", "read more", "see also", "related:"})
      v.push_back(Normalize(c, Form::kMatchKey));
    return v;
  }();
  std::string key = Normalize(block.substr(0, 80), Form::kMatchKey);
  for (const auto& c : kCues)
    if (key.compare(0, c.size(), c) == 0) return true;
  return false;
}

struct Walker {
  std::unordered_map<const GumboNode*, double> score;
  std::unordered_map<std::string, std::string> meta;  // lower-cased name -> content
  std::vector<std::string> json_ld;
  std::string title_tag, first_h1, canonical, time_datetime, html_lang;

  void Walk(const GumboNode* n, bool skipped, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth) return;
    GumboTag tag = n->v.element.tag;
    switch (tag) {
      case GUMBO_TAG_META: {
        const char* content = Attr(n, "content");
        for (const char* key : {"property", "name", "itemprop"}) {
          const char* k = Attr(n, key);
          if (k && content) meta.emplace(AsciiLower(k), content);
        }
        if (const char* cs = Attr(n, "charset")) meta.emplace("charset", cs);
        break;
      }
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) title_tag = TextOf(n);
        break;
      case GUMBO_TAG_LINK: {
        const char* rel = Attr(n, "rel");
        const char* href = Attr(n, "href");
        if (rel && href && AsciiLower(rel) == "canonical") canonical = href;
        break;
      }
      case GUMBO_TAG_SCRIPT: {
        const char* type = Attr(n, "type");
        if (type && AsciiLower(type) == "application/ld+json" && n->v.element.children.length > 0) {
          auto* c = static_cast<const GumboNode*>(n->v.element.children.data[0]);
          if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
              c->type == GUMBO_NODE_WHITESPACE)
            json_ld.emplace_back(c->v.text.text);
        }
        return;
      }
      case GUMBO_TAG_HTML:
        if (const char* l = Attr(n, "lang")) html_lang = l;
        break;
      case GUMBO_TAG_TIME:
        if (time_datetime.empty()) {
          if (const char* d = Attr(n, "datetime")) time_datetime = d;
        }
        break;
      case GUMBO_TAG_H1:
        if (first_h1.empty() && !skipped) first_h1 = TextOf(n);
        break;
      default:
        break;
    }
    bool skip_here = skipped || Skip(n);
    if (!skip_here && (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE ||
                       tag == GUMBO_TAG_TD)) {
      std::string t = TextOf(n);
      int len = static_cast<int>(CountCodePoints(t));
      if (len >= kMinParagraph && !IsReadAlso(t)) {
        const GumboNode* parent = n->parent;
        if (parent) {
          score[parent] += len;
          if (parent->parent) score[parent->parent] += len / 2.0;
        }
      }
    }
    // Text directly in a div (sites without <p>) counts for that div.
    if (!skip_here && tag == GUMBO_TAG_DIV) {
      int direct = 0;
      const GumboVector& ch = n->v.element.children;
      for (unsigned i = 0; i < ch.length; ++i) {
        auto* c = static_cast<const GumboNode*>(ch.data[i]);
        if (c->type == GUMBO_NODE_TEXT) direct += static_cast<int>(CountCodePoints(c->v.text.text));
      }
      if (direct >= kMinParagraph) score[n] += direct;
    }
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i)
      Walk(static_cast<const GumboNode*>(ch.data[i]), skip_here, depth + 1);
  }
};

// Looks for schema.org fields in a JSON-LD value (objects, arrays, @graph).
void ScanJsonLd(simdjson::dom::element e, HtmlDoc* doc, int depth) {
  if (depth > 8) return;
  if (e.is_array()) {
    for (auto x : e.get_array()) ScanJsonLd(x, doc, depth + 1);
    return;
  }
  if (!e.is_object()) return;
  for (auto field : e.get_object()) {
    std::string_view k = field.key;
    auto v = field.value;
    if (k == "datePublished" && v.is_string() && doc->published.empty()) {
      if (auto d = ParseTimestamp(v.get_string().value())) {
        doc->published = d->Iso();
        doc->precision = d->precision;
        doc->published_from = "html:json-ld datePublished";
      }
    } else if (k == "headline" && v.is_string() && doc->json_headline.empty()) {
      doc->json_headline = std::string(v.get_string().value());
    } else if (k == "publisher" && v.is_object() && doc->json_publisher.empty()) {
      auto name = v["name"];
      if (!name.error() && name.is_string()) doc->json_publisher = std::string(name.get_string().value());
    } else if (k == "author" && doc->author.empty()) {
      simdjson::dom::element a = v;
      if (a.is_array() && a.get_array().size() > 0) a = a.get_array().at(0).value();
      if (a.is_object()) {
        auto name = a["name"];
        if (!name.error() && name.is_string()) doc->author = std::string(name.get_string().value());
      } else if (a.is_string()) {
        doc->author = std::string(a.get_string().value());
      }
    } else if (k == "@graph" || v.is_object() || v.is_array()) {
      ScanJsonLd(v, doc, depth + 1);
    }
  }
}

std::string MetaOf(const Walker& w, std::initializer_list<const char*> keys, std::string* which) {
  for (const char* k : keys) {
    auto it = w.meta.find(k);
    if (it != w.meta.end() && !it->second.empty()) {
      if (which) *which = k;
      return it->second;
    }
  }
  return "";
}

std::string HostOf(std::string_view url) {
  size_t p = url.find("://");
  if (p == std::string_view::npos) return "";
  p += 3;
  size_t e = url.find_first_of("/?#:", p);
  std::string h(url.substr(p, e == std::string_view::npos ? std::string_view::npos : e - p));
  if (h.compare(0, 4, "www.") == 0) h.erase(0, 4);
  return AsciiLower(h);
}

}  // namespace

HtmlDoc ExtractHtml(std::string_view html, std::string_view url) {
  HtmlDoc doc;
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 0;  // we do not read parse errors; do not collect them
  GumboOutput* out = gumbo_parse_with_options(&opts, html.data(), html.size());
  if (out == nullptr) return doc;
  Walker w;
  w.Walk(out->root, false);

  // Metadata.
  std::string which;
  std::string t = MetaOf(w, {"article:published_time", "og:article:published_time", "datepublished",
                            "pubdate", "publishdate", "publish-date", "parsely-pub-date",
                            "sailthru.date", "dc.date", "dc.date.issued", "dcterms.date",
                            "dcterms.created", "date"},
                         &which);
  if (!t.empty()) {
    if (auto d = ParseTimestamp(t)) {
      doc.published = d->Iso();
      doc.precision = d->precision;
      doc.published_from = "html:meta " + which;
    }
  }
  for (const auto& js : w.json_ld) {
    simdjson::dom::parser parser;
    simdjson::padded_string ps(js);
    simdjson::dom::element root;
    if (parser.parse(ps).get(root) == simdjson::SUCCESS) ScanJsonLd(root, &doc, 0);
  }
  if (doc.published.empty() && !w.time_datetime.empty()) {
    if (auto d = ParseTimestamp(w.time_datetime)) {
      doc.published = d->Iso();
      doc.precision = d->precision;
      doc.published_from = "html:time";
    }
  }
  doc.title = MetaOf(w, {"og:title", "twitter:title"}, &which);
  doc.title_from = doc.title.empty() ? "" : "html:meta " + which;
  if (doc.title.empty() && !doc.json_headline.empty()) {
    doc.title = doc.json_headline;
    doc.title_from = "html:json-ld headline";
  }
  if (doc.title.empty() && !w.first_h1.empty()) {
    doc.title = w.first_h1;
    doc.title_from = "html:h1";
  }
  if (doc.title.empty() && !w.title_tag.empty()) {
    doc.title = w.title_tag;
    doc.title_from = "html:title";
  }
  doc.site = MetaOf(w, {"og:site_name", "application-name", "publisher"}, &which);
  doc.site_from = doc.site.empty() ? "" : "html:meta " + which;
  if (doc.site.empty() && !doc.json_publisher.empty()) {
    doc.site = doc.json_publisher;
    doc.site_from = "html:json-ld publisher";
  }
  std::string u = MetaOf(w, {"og:url"}, nullptr);
  if (u.empty()) u = w.canonical;
  doc.canonical_url = u;
  if (doc.site.empty()) {
    std::string h = HostOf(url.empty() ? u : url);
    if (!h.empty()) {
      doc.site = h;
      doc.site_from = "url host";
    }
  }
  if (doc.author.empty()) doc.author = MetaOf(w, {"author", "article:author", "dc.creator"}, nullptr);
  doc.lang = w.html_lang;

  // Main text: the best-scoring container.
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const auto& [node, s] : w.score) {
    // Ties broken by document position so that the choice is deterministic.
    if (s > best_score || (s == best_score && best &&
                           node->v.element.start_pos.offset < best->v.element.start_pos.offset)) {
      best = node;
      best_score = s;
    }
  }
  std::string text;
  if (best) {
    text = TextOf(best);
  } else {
    // No paragraph of prose: take the body's blocks as they are.
    const GumboVector& ch = out->root->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i) {
      auto* c = static_cast<const GumboNode*>(ch.data[i]);
      if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BODY) text = TextOf(c);
    }
  }
  // Drop "read also" lines that were not blocks of their own.
  std::string clean;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    if (!line.empty() && !(CountCodePoints(line) < 300 && IsReadAlso(line))) {
      clean.append(line);
      clean.push_back('\n');
    }
    pos = nl + 1;
  }
  while (!clean.empty() && clean.back() == '\n') clean.pop_back();
  // The headline is the title, not the first line of the text.
  if (!doc.title.empty() && clean.compare(0, doc.title.size(), doc.title) == 0 &&
      (clean.size() == doc.title.size() || clean[doc.title.size()] == '\n')) {
    clean.erase(0, std::min(clean.size(), doc.title.size() + 1));
  }
  doc.text = std::move(clean);
  gumbo_destroy_output(&opts, out);
  return doc;
}

}  // namespace sada::internal
