// Metadata found in an article's own text, for when the input's fields are
// missing: a site name on a line of its own ("kayhan.ir"), a publication line
// ("تأريخ النشر : 2017November19 - 21:11"), a date on a line of its own
// ("November 19, 2017 / 3:45 PM"), a dateline with a date
// ("دمشق 19 نوفمبر 2017 /") or an agency ("دمشق-سانا", "الرياض (واس) -"), and a
// credit line ("المصدر: الاعلام الحربي"). Rules over the tokens of the first and
// last few lines; every value found keeps the span it was read from.
#include "ingest/text_meta.h"

#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "sada/text.h"

#include "ingest/dates.h"
#include "text/names.h"
#include "util/strings.h"
#include "text/utf8.h"

namespace sada::internal {
namespace {

struct Line {
  std::string_view bytes;
  uint32_t cp_begin;     // code-point offset of the line in the article text
  bool blank_after = false;  // followed by an empty line
};

std::string FromU32(std::u32string_view u) {
  std::string s;
  for (char32_t c : u) AppendUtf8(c, &s);
  return s;
}

// Every pattern read from a line needs a digit, a dash, a parenthesis, a colon
// or a slash near its start; most lines of prose have none in their first
// 60 bytes, and are skipped without tokenizing.
bool MayHoldMetadata(std::string_view s) {
  s = Utf8Prefix(s, 60);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if ((c >= '0' && c <= '9') || c == '-' || c == '(' || c == ':' || c == '/') return true;
    if (c == 0xD9 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) >= 0xA0 &&
                                          static_cast<unsigned char>(s[i + 1]) <= 0xA9))
      return true;  // Arabic-Indic digit
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x93 || static_cast<unsigned char>(s[i + 2]) == 0x94))
      return true;  // en or em dash
  }
  return false;
}

bool IsSpace32(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == '\r'; }

std::u32string_view Trim32(std::u32string_view u) {
  while (!u.empty() && IsSpace32(u.front())) u.remove_prefix(1);
  while (!u.empty() && IsSpace32(u.back())) u.remove_suffix(1);
  return u;
}

// "kayhan.ir", "www.example.com": letters, digits, '-' and at least one dot.
bool IsDomainLine(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  if (s.size() < 4 || s.size() > 63) return false;
  int dots = 0;
  for (char c : s) {
    if (c == '.') {
      ++dots;
    } else if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) {
      return false;
    }
  }
  size_t last = s.rfind('.');
  if (dots == 0 || last + 3 > s.size() || s.front() == '.') return false;
  for (size_t i = last + 1; i < s.size(); ++i)
    if (!std::isalpha(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// The original text between two code-point offsets of a line, trimmed.
std::string SliceLine(std::u32string_view u, uint32_t b, uint32_t e) {
  return FromU32(Trim32(u.substr(b, e > b ? e - b : 0)));
}

bool OnlyDashes(std::u32string_view s) {
  s = Trim32(s);
  return s.size() == 1 && (s[0] == '-' || s[0] == 0x2013 || s[0] == 0x2014 || s[0] == ':');
}

class LineReader {
 public:
  LineReader(const Line& line) : line_(line), u_(ToU32(line.bytes)) { Tokenize(line.bytes, &tt_); }
  const TokenizedText& tt() const { return tt_; }
  const std::u32string& u() const { return u_; }
  std::u32string_view Gap(size_t a, size_t b) const {  // text between tokens a and b
    uint32_t from = a == SIZE_MAX ? 0 : tt_.tokens[a].span.end;
    uint32_t to = b >= tt_.tokens.size() ? static_cast<uint32_t>(u_.size()) : tt_.tokens[b].span.begin;
    return std::u32string_view(u_).substr(from, to > from ? to - from : 0);
  }
  Span Abs(Span s) const { return Span{s.begin + line_.cp_begin, s.end + line_.cp_begin}; }

 private:
  const Line& line_;
  std::u32string u_;
  TokenizedText tt_;
};

void SetPublished(const DateMatch& m, const LineReader& lr, const char* from, Article* a) {
  a->published = m.when.Iso();
  a->published_precision = m.when.precision;
  a->published_from = from;
  a->published_evidence = lr.Abs(m.span);
}

// "تأريخ النشر : <date>" / "نشر في <date>" / "Published: <date>".
bool TryPublicationLine(const LineReader& lr, Article* a) {
  const auto& tt = lr.tt();
  if (tt.tokens.size() < 3) return false;
  static const std::string kDate = Normalize("تاريخ", Form::kMatchKey);
  static const std::string kPub = Normalize("النشر", Form::kMatchKey);
  static const std::string kPub2 = Normalize("نشر", Form::kMatchKey);
  std::string_view k0 = tt.Key(tt.tokens[0]), k1 = tt.Key(tt.tokens[1]);
  size_t start;
  if (k0 == kDate && (k1 == kPub || k1 == kPub2)) {
    start = 2;
  } else if (k0 == kPub2 && k1 == Normalize("في", Form::kMatchKey)) {
    start = 2;
  } else if (k0 == "published" || k0 == "date") {
    start = 1;
  } else {
    return false;
  }
  for (size_t i = start; i < tt.tokens.size() && i < start + 3; ++i) {
    if (auto m = MatchWrittenDate(tt, i, lr.u())) {
      SetPublished(*m, lr, "text:publication line", a);
      return true;
    }
  }
  return false;
}

// News agencies and outlets that sign datelines (and وكالات، متابعات,
// "agencies", "follow-ups"), as match keys.
bool IsAgency(std::string_view key) {
  static const std::vector<std::string> kAgencies = [] {
    std::vector<std::string> v;
    for (const char* n : {"واس", "سبق", "سانا", "قنا", "وام", "بنا", "كونا", "العمانية", "الأناضول", "رويترز",
                          "أ ف ب", "د ب أ", "يو بي آي", "الوئام", "عكاظ", "عين اليوم", "وكالات", "متابعات", "متابعة"})
      v.push_back(Normalize(n, Form::kMatchKey));
    return v;
  }();
  return std::find(kAgencies.begin(), kAgencies.end(), key) != kAgencies.end();
}

// A place sada knows by name (ICU's countries and cities, sada's own list).
bool IsKnownPlace(std::string_view key) {
  static const std::unordered_set<std::string> kPlaces = [] {
    std::unordered_set<std::string> s;
    for (const std::string& n : IcuArabicPlaceNames()) s.insert(Normalize(n, Form::kMatchKey));
    for (size_t i = 0; i < kNumExtraPlaceNames; ++i) s.insert(Normalize(kExtraPlaceNames[i], Form::kMatchKey));
    return s;
  }();
  return kPlaces.count(std::string(key)) != 0;
}

// A dateline of two or three parts of one to three words, joined by dashes,
// alone on its line or followed by ':', one of them an agency: "واس- جدة:"
// and "سبق- الدمام:" (agency, place), "محمد السيد- سبق- الرياض:" (writer,
// agency, place), "دمشق-سانا" (place, agency), "محمد البقمي- سبق:" (writer,
// agency: no place). Without a known agency, two parts are place and
// agency when the second is no known place ("القاهرة - الشرق الأوسط"),
// writer and place when it is ("أحمد البراهيم- جازان").
bool TryAgencyDateline(const LineReader& lr, bool want_source, Article* a) {
  const auto& tt = lr.tt();
  const auto& tk = tt.tokens;
  struct Part {
    size_t first, last;
  };
  std::vector<Part> parts;
  bool closed = false;
  for (size_t i = 0; i < tk.size() && parts.size() < 3;) {
    if (tk[i].kind != TokenKind::kWord) return false;
    size_t j = i;
    while (j + 1 < tk.size() && j + 1 < i + 3 && tk[j + 1].kind == TokenKind::kWord && lr.Gap(j, j + 1) == U" ") ++j;
    parts.push_back({i, j});
    const std::u32string_view next = Trim32(lr.Gap(j, j + 1));
    if ((j + 1 >= tk.size() && next.empty()) || (!next.empty() && next[0] == ':')) {
      closed = true;
      break;
    }
    if (next.empty() || !OnlyDashes(lr.Gap(j, j + 1))) return false;
    i = j + 1;
  }
  if (!closed || parts.size() < 2) return false;
  auto text = [&](const Part& p) { return SliceLine(lr.u(), tk[p.first].span.begin, tk[p.last].span.end); };
  auto key = [&](const Part& p) { return Normalize(text(p), Form::kMatchKey); };
  std::optional<size_t> agency, place;
  for (size_t k = 0; k < parts.size() && !agency; ++k)
    if (IsAgency(key(parts[k]))) agency = k;
  if (!agency) {
    if (parts.size() != 2) return false;
    if (IsKnownPlace(key(parts[1])) && !IsKnownPlace(key(parts[0]))) {
      place = 1;  // writer, place
    } else {
      place = 0;  // place, agency
      agency = 1;
    }
  } else if (*agency + 1 < parts.size() && !IsAgency(key(parts[*agency + 1]))) {
    place = *agency + 1;  // not "سبق- وكالات"
  } else if (*agency == 1 && parts.size() == 2 && IsKnownPlace(key(parts[0]))) {
    place = 0;
  }
  a->dateline_place = place ? text(parts[*place]) : std::string();
  a->dateline = lr.Abs(Span{tk[parts.front().first].span.begin, tk[parts.back().last].span.end});
  if (want_source && agency) {
    a->source = text(parts[*agency]);
    a->source_from = "text:dateline";
  }
  return true;
}

// The Saudi Press Agency's dateline, alone on its line: "بريدة 25 شوال 1436
// هـ الموافق 10 اغسطس 2015 م واس", "تبليسي (جورجيا) 26 شوال 1436 هـ
// الموافق 11 اغسطس 2015 م واس": the place, the Hijri date, الموافق and the
// Gregorian date (read), then the agency.
bool TryCorrespondingDateline(const LineReader& lr, bool want_date, bool want_source, Article* a) {
  const auto& tt = lr.tt();
  const auto& tk = tt.tokens;
  static const std::string kCorresponding = Normalize("الموافق", Form::kMatchKey), kAd = Normalize("م", Form::kMatchKey);
  size_t p = 0;  // the first number: the place is before it
  while (p < tk.size() && p < 4 && tk[p].kind == TokenKind::kWord) ++p;
  if (p == 0 || p >= tk.size() || tk[p].kind != TokenKind::kNumber) return false;
  size_t m = p + 1;
  while (m < tk.size() && m < p + 6 && tt.Key(tk[m]) != kCorresponding) ++m;
  if (m >= tk.size() || tt.Key(tk[m]) != kCorresponding) return false;
  auto date = MatchWrittenDate(tt, m + 1, lr.u());
  if (!date || date->when.precision < Precision::kDay) return false;
  size_t g = date->next_token;
  if (g < tk.size() && tt.Key(tk[g]) == kAd) ++g;
  if (g >= tk.size() || tk.size() - g > 2) return false;  // the agency ends the line
  for (size_t t = g; t < tk.size(); ++t)
    if (tk[t].kind != TokenKind::kWord) return false;
  std::u32string place(lr.u().substr(tk[0].span.begin, tk[p].span.begin - tk[0].span.begin));
  while (!place.empty() && IsSpace32(place.back())) place.pop_back();
  a->dateline_place = FromU32(place);
  a->dateline = lr.Abs(Span{tk[0].span.begin, tk.back().span.end});
  if (want_date) SetPublished(*date, lr, "text:dateline", a);
  if (want_source) {
    a->source = SliceLine(lr.u(), tk[g].span.begin, tk.back().span.end);
    a->source_from = "text:dateline";
  }
  return true;
}

// An English wire dateline: PLACE (one to three capitalised words), a
// month and day or a country after a comma, an agency in parentheses, then
// a dash — "BEIRUT, Nov 19 (Reuters) -", "DAMASCUS (AP) —", "DAMASCUS, Syria
// (AP) —", "WASHINGTON, Nov. 19 —".
// The place in capitals, a known agency or a known place says it is one.
// (No year: the date is not read.)
bool TryEnglishDateline(const LineReader& lr, bool want_source, Article* a) {
  static const std::unordered_set<std::string> kAgencies{"reuters", "ap", "afp", "ansa", "xinhua", "sana", "spa",
                                                         "wam", "kuna", "qna", "anadolu", "dpa", "upi", "bloomberg",
                                                         "efe", "irna", "tass", "pti", "cnn", "bbc"};
  static const std::unordered_set<std::string> kMonths{
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
      "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"};
  static const std::unordered_set<std::string>* kPlaces = [] {
    auto* out = new std::unordered_set<std::string>();
    for (const std::string& n : IcuPlaceNames("en")) out->insert(Normalize(n, Form::kMatchKey));
    return out;
  }();
  const auto& tt = lr.tt();
  const auto& tk = tt.tokens;
  const std::u32string& u = lr.u();
  auto capital = [&](size_t t) { return u[tk[t].span.begin] >= U'A' && u[tk[t].span.begin] <= U'Z'; };
  auto all_caps = [&](size_t t) {
    for (uint32_t i = tk[t].span.begin; i < tk[t].span.end; ++i)
      if (u[i] < U'A' || u[i] > U'Z') return false;
    return true;
  };
  size_t k = 0;
  bool caps = true;
  while (k < tk.size() && k < 3 && tk[k].kind == TokenKind::kWord && capital(k) &&
         (k == 0 || lr.Gap(k - 1, k) == U" ")) {
    caps = caps && all_caps(k);
    ++k;
  }
  if (k == 0 || k >= tk.size()) return false;
  const size_t place_last = k - 1;
  const std::string place = Normalize(SliceLine(u, tk[0].span.begin, tk[place_last].span.end), Form::kMatchKey);
  size_t end = place_last;
  // ", Nov 19" / ", Nov. 19"; or the country or state after a city, as AP
  // writes it before the agency: "DAMASCUS, Syria (AP) —".
  if (Trim32(lr.Gap(end, end + 1)) == U"," && end + 2 < tk.size() && kMonths.count(std::string(tt.Key(tk[end + 1]))) &&
      tk[end + 2].kind == TokenKind::kNumber) {
    end += 2;
  } else if (Trim32(lr.Gap(end, end + 1)) == U",") {
    size_t j = end + 1;
    while (j < tk.size() && j < end + 3 && tk[j].kind == TokenKind::kWord && capital(j) &&
           (j == end + 1 || lr.Gap(j - 1, j) == U" "))
      ++j;
    if (j > end + 1 && j < tk.size() && Trim32(lr.Gap(j - 1, j)) == U"(" && kAgencies.count(std::string(tt.Key(tk[j]))))
      end = j - 1;
  }
  std::optional<size_t> agency;
  std::u32string_view gap = Trim32(lr.Gap(end, end + 1));
  if (gap == U"(" && end + 1 < tk.size() && kAgencies.count(std::string(tt.Key(tk[end + 1]))) &&
      !Trim32(lr.Gap(end + 1, end + 2)).empty() && Trim32(lr.Gap(end + 1, end + 2))[0] == ')') {
    agency = end + 1;
    end = end + 1;
    gap = Trim32(lr.Gap(end, end + 1));
    if (!gap.empty() && gap[0] == ')') gap = Trim32(gap.substr(1));
  }
  if (gap.empty() || !(gap[0] == '-' || gap[0] == 0x2013 || gap[0] == 0x2014)) return false;
  if (!caps && !agency && !kPlaces->count(place)) return false;
  // The news after it is in English too ("RIA NOVOSTI - " before Arabic is a caption's).
  if (end + 1 >= tk.size() || tk[end + 1].kind != TokenKind::kWord || u[tk[end + 1].span.begin] >= 0x80) return false;
  a->dateline_place = SliceLine(u, tk[0].span.begin, tk[place_last].span.end);
  // The dateline ends at its dash.
  uint32_t stop = tk[end].span.end;
  while (stop < u.size() && u[stop] != '-' && u[stop] != 0x2013 && u[stop] != 0x2014) ++stop;
  a->dateline = lr.Abs(Span{tk[0].span.begin, stop + 1});
  if (want_source && agency) {
    a->source = SliceLine(u, tk[*agency].span.begin, tk[*agency].span.end);
    a->source_from = "text:dateline";
  }
  return true;
}

// A dateline opening the body: PLACE DATE / ... | the agency's forms above |
// PLACE (AGENCY) - | an English wire dateline
bool TryDateline(const LineReader& lr, bool want_date, bool want_source, Article* a) {
  const auto& tt = lr.tt();
  const auto& tk = tt.tokens;
  if (tk.empty() || tk[0].kind != TokenKind::kWord) return false;
  if (!Trim32(lr.Gap(SIZE_MAX, 0)).empty()) return false;  // must start the line
  if (const char32_t c0 = lr.u()[tk[0].span.begin]; c0 >= U'A' && c0 <= U'Z' && TryEnglishDateline(lr, want_source, a))
    return true;
  if (TryCorrespondingDateline(lr, want_date, want_source, a)) return true;
  // PLACE (1-3 words) followed by a written date and a separator; a
  // preposition is no place ("وفي يناير 2013، تراجع …", "وفي 5 يونيه 1975 -").
  static const std::vector<std::string> kNotPlace = [] {
    std::vector<std::string> v;
    for (const char* w : {"في", "وفي", "منذ", "ومنذ", "حتى", "وحتى", "خلال", "وخلال", "بعد", "وبعد", "قبل", "وقبل"})
      v.push_back(Normalize(w, Form::kMatchKey));
    return v;
  }();
  const bool preposition = std::find(kNotPlace.begin(), kNotPlace.end(), tt.Key(tk[0])) != kNotPlace.end();
  for (size_t k = 1; k <= 3 && k < tk.size() && !preposition; ++k) {
    if (tk[k - 1].kind != TokenKind::kWord) break;
    std::u32string_view gap = Trim32(lr.Gap(k - 1, k));
    if (!gap.empty() && gap != U"," && gap != U"\u060C") break;
    auto m = MatchWrittenDate(tt, k, lr.u());
    if (!m) continue;
    std::u32string_view after = Trim32(lr.Gap(m->next_token - 1, m->next_token));
    if (after.empty() || (after[0] != '/' && after[0] != '-' && after[0] != 0x2013 &&
                          after[0] != ':' && after[0] != '(' && after[0] != 0x060C)) {
      return false;
    }
    a->dateline_place = SliceLine(lr.u(), tk[0].span.begin, tk[k - 1].span.end);
    a->dateline = lr.Abs(Span{tk[0].span.begin, m->span.end});
    if (want_date) SetPublished(*m, lr, "text:dateline", a);
    return true;
  }
  if (TryAgencyDateline(lr, want_source, a)) return true;
  // PLACE (AGENCY), alone on a short line or followed by ':'.
  for (size_t k = 1; k <= 2 && k < tk.size(); ++k) {
    std::u32string_view gap = lr.Gap(k - 1, k);
    bool paren = Trim32(gap) == U"(";
    if (!paren) continue;
    size_t j = k;
    while (j < tk.size() && j < k + 3 && tk[j].kind == TokenKind::kWord) {
      std::u32string_view next_gap = Trim32(lr.Gap(j, j + 1));
      bool end_of_line = j + 1 >= tk.size() && next_gap.empty();
      bool closes = paren ? (!next_gap.empty() && next_gap[0] == ')')
                          : (end_of_line || (!next_gap.empty() && next_gap[0] == ':'));
      if (closes) {
        // A place and an agency, the line ending or going on after a
        // separator ("الرياض (واس) -"، "دمشق (رويترز):"), or a writer and
        // a place alone on the line ("فيصل مجرشي (جدة)"); not a name and
        // its gloss in the text's words ("هرمون الحليب (برولاكتين) هو"،
        // "ونقلت وكالة (رويترز) للأنباء"، "في أبريل (نيسان) الماضي").
        const std::u32string_view rest = Trim32(next_gap.substr(1));
        const bool line_ends = rest.empty() && j + 1 >= tk.size();
        const bool separated =
            line_ends || (!rest.empty() && (rest[0] == '-' || rest[0] == 0x2013 || rest[0] == 0x2014 || rest[0] == ':'));
        const std::string inside = Normalize(SliceLine(lr.u(), tk[k].span.begin, tk[j].span.end), Form::kMatchKey);
        const std::string before = Normalize(SliceLine(lr.u(), tk[0].span.begin, tk[k - 1].span.end), Form::kMatchKey);
        if (line_ends && IsKnownPlace(inside) && !IsKnownPlace(before)) {  // writer (place)
          a->dateline_place = SliceLine(lr.u(), tk[k].span.begin, tk[j].span.end);
          a->dateline = lr.Abs(Span{tk[0].span.begin, tk[j].span.end});
          return true;
        }
        if (!separated || !(IsAgency(inside) || IsKnownPlace(before))) break;
        a->dateline_place = SliceLine(lr.u(), tk[0].span.begin, tk[k - 1].span.end);
        a->dateline = lr.Abs(Span{tk[0].span.begin, tk[j].span.end});
        if (want_source) {
          a->source = SliceLine(lr.u(), tk[k].span.begin, tk[j].span.end);
          a->source_from = "text:dateline";
        }
        return true;
      }
      if (!next_gap.empty() && !(next_gap.size() == 1 && next_gap[0] == ' ')) break;
      ++j;
    }
  }
  return false;
}

// A date line (as MatchDateLine reads them) in the article's language when
// it is neither Arabic nor English, read with ICU's date formats of that
// language, strictly: full, long, medium and short dates, alone or with a
// short time ("Dimanche 19 novembre 2017", "19. November 2017", "domingo,
// 19 de noviembre de 2017", "19/11/2017 10:23").
std::optional<DateLine> LocaleDateLine(std::string_view language, std::u32string_view u) {
  const std::string lang = PrimaryLanguage(language);
  if (lang.empty() || lang == "ar" || lang == "en" || lang == "und") return std::nullopt;
  uint32_t b = 0;
  while (b < u.size() && IsSpace32(u[b])) ++b;
  std::u16string s;        // the line from b, as ICU reads it
  std::vector<uint32_t> at;  // the code point of each of its units, and the end
  for (uint32_t k = b; k < u.size(); ++k) {
    const char32_t c = u[k];
    if (c >= 0x10000) {
      s.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      s.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
      at.push_back(k);
      at.push_back(k);
    } else {
      s.push_back(static_cast<char16_t>(c));
      at.push_back(k);
    }
  }
  at.push_back(static_cast<uint32_t>(u.size()));
  if (s.empty()) return std::nullopt;
  struct Close {
    void operator()(UDateFormat* f) const { udat_close(f); }
  };
  struct Format {
    std::unique_ptr<UDateFormat, Close> f;
    bool time;
  };
  thread_local std::map<std::string, std::vector<Format>> formats;
  auto [it, added] = formats.try_emplace(lang);
  if (added) {
    for (UDateFormatStyle time : {UDAT_NONE, UDAT_SHORT})
      for (UDateFormatStyle date : {UDAT_FULL, UDAT_LONG, UDAT_MEDIUM, UDAT_SHORT}) {
        UErrorCode st = U_ZERO_ERROR;
        UDateFormat* f = udat_open(time, date, lang.c_str(), u"UTC", -1, nullptr, 0, &st);
        if (U_FAILURE(st) || f == nullptr) {
          if (f != nullptr) udat_close(f);
          continue;
        }
        udat_setLenient(f, false);
        it->second.push_back(Format{std::unique_ptr<UDateFormat, Close>(f), time != UDAT_NONE});
      }
  }
  for (const Format& f : it->second) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t pos = 0;
    const UDate when = udat_parse(f.f.get(), s.data(), static_cast<int32_t>(s.size()), &pos, &st);
    if (U_FAILURE(st) || pos <= 0) continue;
    uint32_t end = at[static_cast<size_t>(pos)];
    while (end > b && IsSpace32(u[end - 1])) --end;
    const std::u32string_view rest = Trim32(u.substr(end));
    DateLine r;
    if (rest.empty() || rest[0] == '/' || rest[0] == '|') {
      r.alone = true;
    } else if (const std::u32string_view after = rest.empty() ? rest : Trim32(rest.substr(1));
               rest.size() >= 2 && (rest[0] == '-' || rest[0] == 0x2013 || rest[0] == 0x2014) && !after.empty() &&
               u_isalpha(static_cast<UChar32>(after[0]))) {
      r.dateline_end = static_cast<uint32_t>(rest.data() - u.data()) + 1;
    } else {
      continue;
    }
    UCalendar* cal = ucal_open(u"UTC", -1, "en", UCAL_GREGORIAN, &st);
    ucal_setMillis(cal, when, &st);
    DateTime& d = r.match.when;
    d.year = ucal_get(cal, UCAL_EXTENDED_YEAR, &st);
    d.month = ucal_get(cal, UCAL_MONTH, &st) + 1;
    d.day = ucal_get(cal, UCAL_DATE, &st);
    d.precision = Precision::kDay;
    if (f.time) {
      d.hour = ucal_get(cal, UCAL_HOUR_OF_DAY, &st);
      d.minute = ucal_get(cal, UCAL_MINUTE, &st);
      d.precision = Precision::kMinute;
    }
    ucal_close(cal);
    if (U_FAILURE(st) || d.year < 1900 || d.year > 2100) continue;
    r.match.span = Span{b, end};
    return r;
  }
  return std::nullopt;
}

// A date opening its line (MatchDateLine, LocaleDateLine): alone ("19 نوفمبر 2017",
// "Sunday 19 November 2017 10.23 GMT"), the publication time; before a
// dash and words, a dateline of a date alone ("Nov 19, 2017 - Syrian
// troops ..."), read only when the text has no dateline yet.
enum class DateLineKind { kNone, kAlone, kDateline };
DateLineKind TryDateLine(const LineReader& lr, bool want_date, bool want_dateline, Article* a) {
  auto m = MatchDateLine(lr.tt(), lr.u());
  if (!m) m = LocaleDateLine(a->language, lr.u());
  if (!m || (!m->alone && !want_dateline)) return DateLineKind::kNone;
  if (!m->alone) a->dateline = lr.Abs(Span{m->match.span.begin, m->dateline_end});
  if (want_date) SetPublished(m->match, lr, m->alone ? "text:date line" : "text:dateline", a);
  return m->alone ? DateLineKind::kAlone : DateLineKind::kDateline;
}

// A short "label: value" line (رمز الخبر: 66847, ID: 12) among the first lines.
bool IsLabelLine(const LineReader& lr) {
  const auto& tk = lr.tt().tokens;
  if (tk.size() < 2 || tk.size() > 4) return false;
  for (size_t k = 1; k < tk.size(); ++k) {
    if (Trim32(lr.Gap(k - 1, k)) == U":") return tk.back().kind == TokenKind::kNumber;
  }
  return false;
}

// "المصدر: X" / "Source: X" on a line of its own.
bool TryCreditLine(const LineReader& lr, Article* a) {
  const auto& tt = lr.tt();
  const auto& tk = tt.tokens;
  if (tk.size() < 2 || tk.size() > 7) return false;
  static const std::string kSource = Normalize("المصدر", Form::kMatchKey);
  std::string_view k0 = tt.Key(tk[0]);
  if (k0 != kSource && k0 != "source") return false;
  if (!OnlyDashes(lr.Gap(0, 1))) return false;
  a->source = SliceLine(lr.u(), tk[1].span.begin, tk.back().span.end);
  a->source_from = "text:credit line";
  return true;
}

// The length in bytes of the spaces, line breaks, NBSP and direction marks
// (U+202B, U+200F) that end t[0, e).
size_t SpaceBefore(std::string_view t, size_t e) {
  size_t n = 0;
  for (;;) {
    const std::string_view head = t.substr(0, e - n);
    if (!head.empty() && (head.back() == ' ' || head.back() == '\n' || head.back() == '\r' || head.back() == '\t')) {
      ++n;
    } else if (head.ends_with("\xC2\xA0")) {
      n += 2;
    } else if (head.ends_with("\xE2\x80\xAB") || head.ends_with("\xE2\x80\x8F")) {
      n += 3;
    } else {
      return n;
    }
  }
}

// A list of tags after the text, as one site puts them ("... في عدن. سمات
// اليمن الحوثي عدن"): the word سمات after the last sentence's end (or a line
// break), then 1 to 20 words with no punctuation to the end of the text.
// Words the text uses ("من سمات القيادة") are not after a sentence's end.
void FindTags(Article* a) {
  static const std::string kLabel = "سمات";
  const std::string_view t = a->text;
  auto space_before = [&](size_t e) { return SpaceBefore(t, e); };
  const size_t end = t.size() - space_before(t.size());
  constexpr size_t kTail = 600;  // bytes: the label is looked for near the end only
  const size_t from = end > kTail ? end - kTail : 0;
  size_t pos = t.substr(from, end - from).rfind(kLabel);
  if (pos == std::string_view::npos) return;
  pos += from;
  const std::string_view rest = t.substr(pos + kLabel.size(), end - pos - kLabel.size());
  if (rest.empty() || rest[0] != ' ') return;
  int words = 0;
  for (size_t i = 0; i < rest.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(rest[i]);
    if (c == ' ') continue;
    if (i == 0 || rest[i - 1] == ' ') ++words;
    if (c == '\n' || (c < 0x80 && std::ispunct(c))) return;
  }
  for (std::string_view mark : {"\xD8\x8C", "\xD8\x9B", "\xD8\x9F", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D"})
    if (rest.find(mark) != std::string_view::npos) return;  // ، ؛ ؟ « » “ ”
  if (words < 1 || words > 20) return;
  const size_t gap = space_before(pos);
  const std::string_view before = t.substr(0, pos - gap);
  const bool line_break = t.substr(pos - gap, gap).find('\n') != std::string_view::npos;
  const bool sentence_end =
      !before.empty() && (before.back() == '.' || before.back() == '!' || before.back() == '?' || before.back() == '"' ||
                          before.ends_with("\xD8\x9F") || before.ends_with("\xE2\x80\x9D") || before.ends_with("\xC2\xBB"));
  if (!line_break && !sentence_end) return;
  const uint32_t begin = CountCodePoints(t.substr(0, pos));
  a->tags = Span{begin, begin + CountCodePoints(t.substr(pos, end - pos))};
}

// The site's line after the text that links to the story and repeats its
// title ("… للحصول على العلاج. رابط الخبر بصحيفة الوئام: طيران ناس تكرم
// طاقم طائرة", الوئام's 2,090 SaudiNewsNet articles): "رابط الخبر" and the
// outlet (بصحيفة/بموقع …) up to a colon, then one line of at most 300
// code points to the end of the text.
void FindFooter(Article* a) {
  static const std::string kLabel = "رابط الخبر ب";
  const std::string_view t = a->text;
  constexpr size_t kTail = 1200;  // bytes: the footer is looked for near the end only
  const size_t from = t.size() > kTail ? t.size() - kTail : 0;
  size_t pos = t.substr(from).rfind(kLabel);
  if (pos == std::string_view::npos) return;
  pos += from;
  if (pos > 0 && SpaceBefore(t, pos) == 0) return;
  const size_t colon = t.find(':', pos);
  if (colon == std::string_view::npos || colon - pos > 80 || t.substr(pos, colon - pos).find('\n') != std::string_view::npos)
    return;
  std::string_view rest = t.substr(colon + 1);
  rest.remove_suffix(SpaceBefore(rest, rest.size()));
  if (rest.find('\n') != std::string_view::npos || CountCodePoints(rest) > 300) return;
  const uint32_t begin = CountCodePoints(t.substr(0, pos));
  a->footer = Span{begin, begin + CountCodePoints(t.substr(pos, colon + 1 + rest.size() - pos))};
}

}  // namespace

size_t ItemDatelines(std::string_view text) {
  auto dash = [](char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x0640; };
  size_t found = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = Utf8Prefix(text.substr(pos, nl - pos), 160);
    pos = nl + 1;
    if (line.find(':') == std::string_view::npos) continue;
    const std::u32string u32 = ToU32(line);
    std::u32string_view u = u32;
    while (!u.empty() && (IsSpace32(u.front()) || u.front() == '*' || u.front() == 0x2022)) u.remove_prefix(1);
    const size_t colon = u.find(':');
    if (colon == std::u32string_view::npos || colon > 60) continue;
    const std::u32string_view head = u.substr(0, colon);
    // (A tatweel is a dash only apart from the word: "واشنطن ـ", not "لـ«رويترز»".)
    size_t d = 0;
    while (d < head.size() && !(dash(head[d]) && (head[d] != 0x0640 || (d > 0 && IsSpace32(head[d - 1]))))) ++d;
    if (d == 0 || d >= head.size()) continue;
    // The place: one to three words, a parenthesis among them ("ميونيخ
    // (ألمانيا)"), no digits.
    const std::u32string_view place = Trim32(head.substr(0, d));
    size_t words = place.empty() ? 0 : 1;
    bool ok = !place.empty();
    for (char32_t c : place) {
      if ((c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || c == U'«' || c == U'»' || c == '"') ok = false;
      if (c == ' ') ++words;
    }
    if (!ok || words > 3) continue;
    // The agency: in quotation marks or parentheses, or one sada knows
    // ("أ.ف.ب" read as "أ ف ب").
    std::u32string_view agency = Trim32(head.substr(d + 1));
    if (agency.empty()) continue;
    const bool marked = (agency.front() == U'«' && agency.back() == U'»') || (agency.front() == '(' && agency.back() == ')');
    if (!marked) {
      std::u32string bare;
      for (char32_t c : agency) {
        const char32_t x = c == '.' ? U' ' : c;
        if (x == ' ' && (bare.empty() || bare.back() == ' ')) continue;
        bare.push_back(x);
      }
      while (!bare.empty() && bare.back() == ' ') bare.pop_back();
      if (!IsAgency(Normalize(FromU32(bare), Form::kMatchKey))) continue;
    }
    ++found;
  }
  return found;
}

void FillFromText(Article* a) {
  FindTags(a);
  FindFooter(a);
  bool want_source = a->source.empty();
  bool want_date = a->published.empty();
  // Collect lines with their code-point offsets.
  std::vector<Line> lines;
  std::string_view t = a->text;
  uint32_t cp = 0;
  size_t pos = 0;
  while (pos <= t.size()) {
    size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    std::string_view l = t.substr(pos, nl - pos);
    uint32_t n = CountCodePoints(l);
    bool blank = l.find_first_not_of(" \t\r") == std::string_view::npos;
    if (!blank) {
      lines.push_back(Line{l, cp});
    } else if (!lines.empty()) {
      lines.back().blank_after = true;
    }
    cp += n + 1;
    pos = nl + 1;
    if (nl == t.size()) break;
  }
  constexpr size_t kHead = 6;
  bool dateline_done = false;
  bool want_title = a->title.empty();
  for (size_t i = 0; i < lines.size() && i < kHead; ++i) {
    if (lines[i].bytes.size() > 4000) continue;
    // A headline: the first line of content, short, set apart by a blank line,
    // not a sentence (no final full stop). Metadata lines are skipped first.
    bool title_candidate = want_title && lines[i].blank_after && lines[i].bytes.size() <= 400 &&
                           i + 1 < lines.size();
    if (IsDomainLine(lines[i].bytes)) {
      if (want_source) {
        std::string_view s = lines[i].bytes;
        while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        a->source = std::string(s);
        a->source_from = "text:site line";
        want_source = false;
      }
      continue;
    }
    Line head = lines[i];
    head.bytes = Utf8Prefix(head.bytes, 160);  // datelines open a line
    if (MayHoldMetadata(head.bytes)) {
      LineReader lr(head);
      if (want_date && TryPublicationLine(lr, a)) {
        want_date = false;
        continue;
      }
      if (const DateLineKind k = TryDateLine(lr, want_date, !dateline_done, a); k != DateLineKind::kNone) {
        dateline_done = dateline_done || k == DateLineKind::kDateline;
        if (!a->published.empty()) want_date = false;
        continue;
      }
      if (!dateline_done && TryDateline(lr, want_date, want_source, a)) {
        dateline_done = true;
        if (!a->published.empty()) want_date = false;
        if (!a->source.empty()) want_source = false;
        continue;
      }
      if (IsLabelLine(lr)) continue;  // "رمز الخبر: 66847"
    }
    if (want_title) {
      std::string_view t = lines[i].bytes;
      while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.remove_suffix(1);
      bool sentence = !t.empty() && t.back() == '.' && !(t.size() >= 2 && t[t.size() - 2] == '.');
      if (title_candidate && !t.empty() && !sentence) {
        a->title = std::string(t.substr(t.find_first_not_of(' ')));
        a->title_from = "text:first line";
      }
      want_title = false;  // only the first line of content can be the headline
    }
  }
  if (want_source) {
    for (size_t i = lines.size(); i-- > 0 && i + 3 >= lines.size();) {
      if (lines[i].bytes.size() > 300) continue;
      LineReader lr(lines[i]);
      if (TryCreditLine(lr, a)) break;
    }
  }
}

}  // namespace sada::internal
