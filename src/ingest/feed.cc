// RSS 2.0 and Atom (RFC 4287) feeds, parsed with expat after decoding to
// UTF-8. Each <item> / <entry> is one record: title, link, time (pubDate,
// dc:date, published, updated), author, id, and the text of content:encoded /
// content / description / summary (HTML inside is reduced to its text by the
// HTML extractor). The feed's own title names the source.
#include <expat.h>

#include <string>
#include <vector>

#include "ingest/dates.h"
#include "ingest/encoding.h"
#include "ingest/html.h"
#include "ingest/readers.h"
#include "sada/text.h"

namespace sada::internal {
namespace {

struct Item {
  std::string title, link, date, date_field, author, id, content, summary;
  int64_t line = 0;
};

struct FeedState {
  std::vector<std::string> stack;
  std::string text;  // character data of the current element
  bool in_item = false;
  bool is_atom = false;
  int item_depth = 0;
  Item item;
  std::string feed_title;
  std::vector<Item> items;
  XML_Parser parser = nullptr;
};

std::string Local(const char* name) { return name; }

void XMLCALL OnStart(void* ud, const XML_Char* name, const XML_Char** attrs) {
  auto* s = static_cast<FeedState*>(ud);
  std::string n = Local(name);
  s->stack.push_back(n);
  s->text.clear();
  if (n == "feed") s->is_atom = true;
  if ((n == "item" || n == "entry") && !s->in_item) {
    s->in_item = true;
    s->item_depth = static_cast<int>(s->stack.size());
    s->item = Item();
    s->item.line = XML_GetCurrentLineNumber(s->parser);
  }
  if (s->in_item && n == "link") {
    std::string href, rel;
    for (int i = 0; attrs[i]; i += 2) {
      if (std::string(attrs[i]) == "href") href = attrs[i + 1];
      if (std::string(attrs[i]) == "rel") rel = attrs[i + 1];
    }
    if (!href.empty() && (rel.empty() || rel == "alternate") && s->item.link.empty())
      s->item.link = href;
  }
}

void XMLCALL OnEnd(void* ud, const XML_Char* name) {
  auto* s = static_cast<FeedState*>(ud);
  std::string n = Local(name);
  int depth = static_cast<int>(s->stack.size());
  std::string& t = s->text;
  if (s->in_item) {
    Item& it = s->item;
    if (depth == s->item_depth) {
      s->items.push_back(std::move(it));
      s->in_item = false;
    } else if (depth == s->item_depth + 1 || (n == "name" && depth == s->item_depth + 2)) {
      if (n == "title" && it.title.empty()) it.title = t;
      else if (n == "link" && it.link.empty()) it.link = t;
      else if ((n == "pubDate" || n == "dc:date" || n == "published") && it.date.empty()) {
        it.date = t;
        it.date_field = n;
      } else if (n == "updated" && it.date.empty()) {
        it.date = t;
        it.date_field = n;
      } else if ((n == "author" || n == "dc:creator" || n == "name") && it.author.empty()) it.author = t;
      else if ((n == "guid" || n == "id") && it.id.empty()) it.id = t;
      else if (n == "content:encoded" || n == "content") it.content = t;
      else if ((n == "description" || n == "summary") && it.summary.empty()) it.summary = t;
    }
  } else if (n == "title" && s->feed_title.empty() && depth <= 3) {
    s->feed_title = t;
  }
  s->stack.pop_back();
  t.clear();
}

void XMLCALL OnText(void* ud, const XML_Char* txt, int len) {
  static_cast<FeedState*>(ud)->text.append(txt, len);
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

void ReadFeed(std::string_view bytes, const Origin& origin, Emitter* em) {
  DecodedText dec = DecodeBytes(bytes, SniffDeclaredCharset(bytes));
  FeedState st;
  XML_Parser p = XML_ParserCreate("UTF-8");
  st.parser = p;
  XML_SetUserData(p, &st);
  XML_SetElementHandler(p, OnStart, OnEnd);
  XML_SetCharacterDataHandler(p, OnText);
  std::string_view doc = dec.text;
  // Expat must not see the original encoding declaration: the text is UTF-8 now.
  XML_Status ok = XML_Parse(p, doc.data(), static_cast<int>(doc.size()), XML_TRUE);
  std::string error;
  int64_t err_line = 0;
  if (ok != XML_STATUS_OK) {
    error = XML_ErrorString(XML_GetErrorCode(p));
    err_line = XML_GetCurrentLineNumber(p);
  }
  XML_ParserFree(p);
  int64_t index = 0;
  for (Item& it : st.items) {
    Origin o = origin;
    o.record = index++;
    o.line = it.line;
    Article a;
    a.title = Trim(it.title);
    DecodeCharacterReferences(&a.title);  // titles escaped twice (HTML inside XML)
    if (!a.title.empty()) a.title_from = "feed";
    a.url = Trim(it.link);
    a.author = Trim(it.author);
    a.id = Trim(it.id);
    a.source = Trim(st.feed_title);
    if (!a.source.empty()) a.source_from = "feed:title";
    std::string body = !it.content.empty() ? it.content : it.summary;
    if (body.find('<') != std::string::npos) {
      HtmlDoc h = ExtractHtml(body, a.url);
      body = h.text;
    }
    a.text = Trim(body);
    if (!it.date.empty()) {
      if (auto d = ParseTimestamp(it.date)) {
        a.published = d->Iso();
        a.published_precision = d->precision;
        a.published_from = "feed:" + it.date_field;
      }
    }
    a.encoding = dec.encoding;
    a.invalid_bytes = dec.invalid;
    a.origin = o;
    em->EmitArticle(std::move(a));
  }
  if (!error.empty()) {
    Origin o = origin;
    o.line = err_line;
    o.record = index;
    em->Diagnose(o, Severity::kError,
                 "feed is not well-formed XML (" + error + "); items after this point are lost");
  } else if (st.items.empty()) {
    em->Diagnose(origin, Severity::kError, "feed has no items");
  }
}

}  // namespace sada::internal
