// Entities and quotes of articles in English (ingest's language "en"): the
// Arabic tagger and quote rules read Arabic words and find nothing there.
// Names are runs of capitalised words, typed by what they hold (an
// organisation's word, a place of ICU's English names, a person's title)
// and by the article's other mentions; quotes by a verb of saying and
// quotation marks, with the speaker before or after the verb.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "facts/extract_internal.h"
#include "text/names.h"

namespace sada::internal {
namespace {

bool LatinLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool Capital(char32_t c) { return c >= 'A' && c <= 'Z'; }

// Token t is a word of Latin letters (a hyphen or an apostrophe inside:
// "al-Assad", "O'Brien").
bool LatinWord(const Words& w, size_t t) {
  const Span sp = w.SpanOf(t);
  if (sp.end <= sp.begin || !LatinLetter(w.u32[sp.begin])) return false;
  for (uint32_t i = sp.begin; i < sp.end; ++i)
    if (!LatinLetter(w.u32[i]) && w.u32[i] != '-' && w.u32[i] != '\'' && w.u32[i] != 0x2019) return false;
  return true;
}
// Token t is one capital letter with a point right after it ("U." of "U.N.").
bool LetterWithPoint(const Words& w, size_t t) {
  const Span sp = w.SpanOf(t);
  return sp.end == sp.begin + 1 && sp.begin < w.u32.size() && w.u32[sp.begin] >= 'A' && w.u32[sp.begin] <= 'Z' &&
         sp.end < w.u32.size() && w.u32[sp.end] == U'.';
}

// Tokens a and b are one phrase: spaces between, the apostrophe of a
// possessive ("Syria's" is "Syria" and "s"), or the point of a letter
// ("U.S. officials").
bool Joined(const Words& w, size_t a, size_t b) {
  if (w.Adjacent(a, b)) return true;
  std::u32string_view gap = w.Gap(a, b);
  if (LetterWithPoint(w, a)) {
    gap.remove_prefix(1);
    return gap.find_first_not_of(U" \u00A0") == std::u32string_view::npos;
  }
  return gap.size() == 1 && (gap[0] == '\'' || gap[0] == 0x2019 || gap[0] == '-');
}
bool Capitalised(const Words& w, size_t t) { return LatinWord(w, t) && Capital(w.u32[w.SpanOf(t).begin]); }
// All capitals, two letters or more: an acronym (NATO, SANA, UN).
bool Acronym(const Words& w, size_t t) {
  const Span sp = w.SpanOf(t);
  if (sp.end - sp.begin < 2 || !LatinWord(w, t)) return false;
  for (uint32_t i = sp.begin; i < sp.end; ++i)
    if (!Capital(w.u32[i]) && w.u32[i] != '-') return false;
  return true;
}

// Words written with a capital that are no names, at a sentence's start or
// anywhere: articles, pronouns, connectives, months and weekdays (dates
// read them).
const WordSet& NotNames() {
  static const WordSet s{
      "the",      "a",        "an",        "in",       "on",       "at",       "it",        "he",       "she",
      "they",     "we",       "i",         "you",      "this",     "that",     "these",     "those",    "but",
      "and",      "or",       "however",   "meanwhile", "after",   "before",   "while",     "when",     "according",
      "some",     "about",    "there",     "his",      "her",      "their",    "its",       "our",      "if",
      "as",       "for",      "from",      "to",       "of",       "by",       "with",      "since",    "until",
      "during",   "also",     "yet",      "so",       "then",     "now",       "still",    "more",
      "most",     "many",     "several",   "all",      "both",     "each",     "other",     "another", "no",
      "not",      "only",     "earlier",   "later",    "last",     "next",     "over",      "under",
      "what",     "who",      "why",       "how",      "where",    "which",    "whose",     "mr",       "mrs",
      "ms",       "dr",       "january",   "february", "march",    "april",    "may",       "june",     "july",
      "august",   "september", "october",  "november", "december", "monday",   "tuesday",   "wednesday", "thursday",
      "friday",   "saturday", "sunday",    "jan",      "feb",      "mar",      "apr",       "jun",      "jul",
      "aug",      "sep",      "sept",      "oct",      "nov",      "dec",      "today",     "yesterday", "tomorrow",
      "one",      "two",      "three",     "four",     "five",     "six",      "seven",     "eight",    "nine",
      "ten",      "first",    "second",    "third",    "read",     "see",      "click",     "photo",    "video",
      // time zones after a clock time ("by 1530 GMT")
      "gmt",      "utc",      "est",       "edt",      "cet",      "cest",     "bst",       "pst",      "pdt"};
  return s;
}

// Titles before a person's name; they are not part of it.
const WordSet& Titles() {
  static const WordSet s{"president", "prime",    "minister",  "foreign",   "defence",    "defense",  "interior",
                         "general",   "gen",      "king",      "prince",    "princess",   "queen",    "sheikh",
                         "emir",      "crown",    "secretary", "senator",   "sen",        "rep",      "governor",
                         "gov",       "ambassador", "colonel", "col",       "major",      "maj",      "lieutenant",
                         "lt",        "captain",  "capt",      "pope",      "chancellor", "spokesman", "spokeswoman",
                         "commander", "judge",    "justice",   "chief",     "vice",       "deputy",   "envoy",
                         "mr",        "mrs",      "ms",        "dr",        "professor",  "prof",     "brigadier",
                         "field",     "marshal",  "sir",       "lord",      "lady",       "imam",     "ayatollah",
                         "cleric",    "coach",    "striker",   "midfielder", "defender",  "goalkeeper", "mayor",
                         "speaker",   "leader",   "chairman",  "director",  "ceo",        "founder",  "sergeant",
                         "sgt",       "admiral",  "adm",       "analyst",   "officer",    "official", "actor",
                         "actress",   "singer",   "writer",    "journalist", "reporter"};
  return s;
}

// Words that make a name an organisation's.
const WordSet& OrgWords() {
  static const WordSet s{
      "army",        "forces",      "force",       "ministry",    "council",     "party",       "agency",
      "organization", "organisation", "observatory", "front",     "union",       "committee",   "company",
      "corp",        "corporation", "inc",         "ltd",         "bank",        "university",  "association",
      "commission",  "authority",   "group",       "court",       "parliament",  "congress",    "senate",
      "government",  "police",      "guard",       "guards",      "brigade",     "brigades",    "movement",
      "institute",   "fund",        "office",      "department",  "reuters",     "times",       "news",
      "post",        "media",       "tv",          "channel",     "network",     "airlines",    "airways",
      "club",        "fc",          "federation",  "league",      "alliance",    "coalition",   "command",
      "militia",     "militias",    "bureau",      "board",       "foundation",  "center",
      "centre",      "school",      "college",     "academy",     "hospital",    "press",       "journal",
      "herald",      "telegraph",   "guardian",    "tribune",     "gazette",     "exchange",    "assembly",
      "cabinet",     "navy",        "battalion",   "regiment",    "division",    "unit",        "service",
      "services",    "holdings",    "industries",  "motors",      "energy",
      "petroleum",   "oil",         "airline",     "state",       "nations",     "qaeda",       "house",
      "hezbollah",   "hamas",       "taliban",     "isis",        "isil",        "nato",        "opec",
      "fifa",        "uefa",        "unesco",      "unicef",      "sana",        "afp",         "ap",
      "bbc",         "cnn",         "aramco",      "sabic"};
  return s;
}

// Lower-case words that may stand inside a name ("Syrian Observatory for
// Human Rights", "Bank of England", "Osama bin Laden", "Ahmed al-Tayeb").
const WordSet& Joiners() {
  static const WordSet s{"of", "for", "the", "and", "al", "bin", "ibn", "bint", "abu", "de", "del", "da", "van",
                         "von", "la", "le", "du"};
  return s;
}

// ICU's English names of countries and of time zones' cities, by match key.
const std::unordered_set<std::string>& Places() {
  static const std::unordered_set<std::string>* s = [] {
    auto* out = new std::unordered_set<std::string>();
    for (const std::string& n : IcuPlaceNames("en")) {
      out->insert(KeyOf(n));
      // CLDR writes "Bosnia & Herzegovina", "Trinidad & Tobago"; news, "and".
      if (const size_t amp = n.find(" & "); amp != std::string::npos)
        out->insert(KeyOf(n.substr(0, amp) + " and " + n.substr(amp + 3)));
    }
    for (const char* n : {"Syria", "Iraq", "Iran", "Yemen", "Gaza", "West Bank", "Middle East", "Europe", "Asia",
                          "Africa", "America", "Latin America", "Gulf", "Sinai", "Kurdistan", "Damascus", "Aleppo",
                          "Homs", "Raqqa", "Mosul", "Fallujah", "Ramadi", "Deir ez-Zor", "Deir el-Zour", "Albu Kamal",
                          "Abu Kamal", "Euphrates", "Tigris", "Sanaa", "Aden", "Taiz", "Riyadh", "Jeddah", "Mecca",
                          "Medina", "Washington", "London", "Paris", "Moscow", "Beijing", "Tehran", "Ankara",
                          "Istanbul", "Cairo", "Beirut", "Baghdad", "Jerusalem", "Tel Aviv", "Kabul", "Islamabad",
                          "Doha", "Dubai", "Abu Dhabi", "Kuwait", "Bahrain", "Qatar", "Oman", "Jordan", "Lebanon", "Egypt", "Libya",
                          "Tunisia", "Algeria", "Morocco", "Sudan", "Turkey", "Russia", "China", "Britain", "Israel",
                          "Palestine", "Saudi Arabia", "United States", "United Kingdom", "U.S.", "US", "UK", "USA",
                          "Czechoslovakia", "Soviet Union", "Yugoslavia"})
      out->insert(KeyOf(n));
    return out;
  }();
  return *s;
}

// A word of a people or a country's adjective ("Syrian", "Iranian",
// "Chinese", "Iraqi", "Saudi"): before a common noun it is no name ("Syrian
// army"), inside an organisation's name it is part of it.
bool Demonym(std::string_view key) {
  static const WordSet kOwn{"saudi", "iraqi", "israeli", "kuwaiti", "qatari", "omani", "yemeni", "emirati",
                            "bahraini", "pakistani", "afghan", "kurdish", "turkish", "british", "french", "spanish",
                            "danish", "swedish", "polish", "irish", "dutch", "greek", "thai", "swiss", "arab", "arabic",
                            "western", "eastern", "northern", "southern", "islamic", "muslim", "christian", "jewish",
                            "sunni", "shia", "shiite", "european", "african", "asian", "american", "german"};
  if (kOwn.Has(key)) return true;
  return key.size() > 5 && (key.ends_with("ian") || key.ends_with("ese"));
}

struct Name {
  size_t first, last;  // tokens of the name, titles left out
  EntityType type;
  bool titled;      // a person's title stood before it
  bool lone_start;  // one word opening its sentence: a name only if the article names it so elsewhere
  bool point = false;  // the point after the last letter is the name's ("U.N.")
};

// The names of the article: runs of capitalised words (and acronyms), with
// joiners inside, titles before them taken off.
std::vector<Name> Names(const Words& w) {
  std::vector<Name> out;
  const size_t n = w.size();
  std::vector<bool> sentence_start(n, false);
  for (const Span& s : w.at.sentences)
    if (const size_t t = w.FirstTokenFrom(s.begin); t < n) sentence_start[t] = true;
  // The news after a dateline begins a sentence ("VIENNA (Reuters) - Oil
  // prices rose ...").
  if (w.article != nullptr && w.article->dateline)
    if (const size_t t = w.FirstTokenFrom(w.article->dateline->end); t < n) sentence_start[t] = true;
  for (size_t i = 0; i < n;) {
    // Letters with points, "U.N.", "U.S.", "U.K.": one acronym, a place's
    // for a country's (U.S., U.K., U.A.E.), else a body's; before
    // capitalised words, the first word of their name ("U.N. Security
    // Council").
    size_t lead = n;
    if (LetterWithPoint(w, i) && i + 1 < n && w.Gap(i, i + 1) == U"." && LetterWithPoint(w, i + 1)) {
      static const std::unordered_set<std::string> kCountries{"us", "uk", "uae"};
      size_t last = i + 1;
      while (last + 1 < n && w.Gap(last, last + 1) == U"." && LetterWithPoint(w, last + 1)) ++last;
      if (last + 1 < n && w.Gap(last, last + 1) == U". " && Capitalised(w, last + 1) &&
          !NotNames().Has(w.Key(last + 1)) && w.SpanOf(last + 1).end > w.SpanOf(last + 1).begin + 1) {
        lead = i;
        i = last + 1;
      } else {
        std::string key;
        for (size_t k = i; k <= last; ++k) key += w.Key(k);
        Name m{i, last, kCountries.count(key) ? EntityType::kPlace : EntityType::kOrganisation, false, false};
        m.point = true;
        out.push_back(m);
        i = last + 1;
        continue;
      }
    }
    // (One letter alone is no name: "Q3", "a B-52".)
    if (!Capitalised(w, i) || NotNames().Has(w.Key(i)) || w.SpanOf(i).end == w.SpanOf(i).begin + 1) {
      ++i;
      continue;
    }
    // The run: capitalised words, joiners between two of them, one dash or
    // space between words (no comma or full stop).
    // A month's name that is also a person's ends a name when no number
    // follows it: "Theresa May met ...", "Brian May" (not "in May 2015").
    static const WordSet kMonthNames{"may", "june", "april", "august"};
    // Words joined by a hyphen with no space are one name ("Jean-Claude",
    // "Al-Qaeda"), and so are a name's particle and the word it is
    // hyphened to ("Bashar al-Assad", "Deir ez-Zor", "Nasr ad-Din"); two
    // places or peoples are not ("Syria-Iraq border", "Israeli-Palestinian
    // talks"), unless together they are one place ("Guinea-Bissau").
    static const WordSet kHyphenParticles{"al", "el", "ez", "ad", "as", "ash", "at", "an", "ar", "az",
                                          "ud", "ul", "ed", "es", "bin", "ibn", "abu", "bint", "ben"};
    auto hyphen = [&](size_t a, size_t b) { return w.Gap(a, b) == U"-"; };
    auto in_name = [&](size_t a, size_t b) { return w.Adjacent(a, b) || hyphen(a, b); };
    auto place_or_people = [&](size_t t) {
      const std::string k(w.Key(t));
      return Places().count(k) != 0 || Demonym(k);
    };
    // Words a to b as one key, as the place names are ("bosnia and
    // herzegovina", "guinea-bissau").
    auto key_of = [&](size_t a, size_t b) {
      std::string k;
      for (size_t x = a; x <= b; ++x) {
        if (x > a) k += hyphen(x - 1, x) ? '-' : ' ';
        k += w.Key(x);
      }
      return k;
    };
    auto run_key = [&](size_t t) { return key_of(i, t); };
    size_t last = i;
    for (size_t j = i + 1; j < n && in_name(j - 1, j); ++j) {
      if (hyphen(j - 1, j) && place_or_people(j - 1) && place_or_people(j) && !Places().count(run_key(j))) break;
      if (Capitalised(w, j) &&
          (!NotNames().Has(w.Key(j)) || (last == j - 1 && kMonthNames.Has(w.Key(j)) && !w.IsNumber(j + 1)))) {
        last = j;
      } else if (LatinWord(w, j) && j + 1 < n &&
                 ((Capitalised(w, j + 1) && !NotNames().Has(w.Key(j + 1)) &&
                   ((Joiners().Has(w.Key(j)) && in_name(j, j + 1)) ||
                    (kHyphenParticles.Has(w.Key(j)) && hyphen(j, j + 1)))) ||
                  // "of the": "Organization of the Petroleum Exporting Countries".
                  (w.Key(j) == "of" && w.Key(j + 1) == "the" && w.Adjacent(j, j + 1) && j + 2 < n &&
                   w.Adjacent(j + 1, j + 2) && Capitalised(w, j + 2) && !NotNames().Has(w.Key(j + 2))))) {
        // "and" joins two names into one only in a body's name ("Ministry
        // of Foreign Affairs and Expatriates") or a place's ("Bosnia and
        // Herzegovina"): "Adel al-Jubeir and Jean-Claude Juncker" are two,
        // and so are a body and the country or body named after it ("OPEC
        // and Russia", "the Organization of ... Countries and Russia").
        if (w.Key(j) == "and" && !Places().count(run_key(j + 1))) {
          bool org = false;
          for (size_t x = i; x < j; ++x) org = org || OrgWords().Has(w.Key(x));
          if (!org || Places().count(std::string(w.Key(j + 1))) || Acronym(w, j + 1)) break;
        }
        continue;
      } else {
        break;
      }
    }
    size_t first = lead < n ? lead : i;
    i = last + 1;
    // Titles before the name ("President Vladimir Putin", "Foreign Minister
    // Adel al-Jubeir"), and a people's word before a title ("Russian
    // President ...").
    bool titled = false;
    // A people's or a country's word and one word of the office before a
    // title ("Saudi Energy Minister Khalid al-Falih", "Russian Oil
    // Minister ...", "U.S. Defense Secretary ..."): the title's too.
    {
      size_t t = first;
      while (t < last && (Demonym(w.Key(t)) || Places().count(std::string(w.Key(t))) ||
                          (lead < n && LetterWithPoint(w, t))))
        ++t;
      if (t > first && t < last && Titles().Has(w.Key(t)))
        first = t;
      else if (t + 2 <= last && !Titles().Has(w.Key(t)) && Titles().Has(w.Key(t + 1)) && !OrgWords().Has(w.Key(t + 2)))
        first = t + 1;
    }
    while (first < last && (Titles().Has(w.Key(first)) || (Demonym(w.Key(first)) && Titles().Has(w.Key(first + 1))))) {
      titled = titled || Titles().Has(w.Key(first));
      ++first;
      // A title's office: "Secretary of State John Kerry", "Minister of the
      // Interior ..." (the office's one word, then the name).
      if (titled && first + 2 <= last && w.Key(first) == "of") {
        const size_t office = first + 1 + (w.Key(first + 1) == "the" ? 1 : 0);
        if (office < last) first = office + 1;
      }
    }
    // A title before the run in lower case: "general Qassem Soleimani".
    if (!titled && first > 0 && w.Adjacent(first - 1, first) && LatinWord(w, first - 1) &&
        Titles().Has(w.Key(first - 1)))
      titled = true;
    bool org = false;
    for (size_t k = first; k <= last; ++k) org = org || OrgWords().Has(w.Key(k));
    const bool acronym = first == last && Acronym(w, first);
    // A body's common word alone opening a sentence or a headline is the
    // word, not a name ("Oil prices rose", "Police said"); a body's own
    // name is one ("Reuters reported", "Hezbollah said").
    static const WordSet kOwnNames{"reuters", "qaeda", "hezbollah", "hamas", "taliban", "isis",  "isil",
                                   "nato",    "opec",  "fifa",      "uefa",  "unesco",  "unicef", "sana",
                                   "afp",     "ap",    "bbc",       "cnn",   "aramco",  "sabic"};
    if (first == last && sentence_start[first] && org && !acronym && !kOwnNames.Has(w.Key(first))) continue;
    // A people's word alone, or leading a name that holds no organisation's
    // word ("Syrian army", "Iranian media"), is no name; taken off the front.
    // (Not a place whose first word is one: "Saudi Arabia".)
    if (!org)
      while (first <= last && Demonym(w.Key(first)) && !Places().count(std::string(w.Key(first))) &&
             !(first < last && Places().count(std::string(w.Key(first)) + " " + std::string(w.Key(first + 1)))))
        ++first;
    if (first > last) continue;
    // A lone capitalised word that opens a sentence is most often a common
    // word ("Fighting", "Officials"), unless a person's name ends with it
    // (below).
    const bool lone_start = first == last && sentence_start[first] && !titled && !org && !acronym &&
                            !Places().count(std::string(w.Key(first)));
    const std::string key = key_of(first, last);
    // "of", "the", "and" or "for" inside a name that holds no organisation's
    // word make it a title or a thing's name ("Days of Heaven", "Merchant of
    // Venice"), not a person's.
    bool phrase = false;
    for (size_t k = first + 1; k < last; ++k) {
      const std::string_view j = w.Key(k);
      phrase = phrase || j == "of" || j == "the" || j == "and" || j == "for";
    }
    // A place by the word that ends it or follows it: "Yamama Palace",
    // "King Khalid Airport", "Tahrir Square"; "Saada province", "Hodeidah
    // port", "Mosul city".
    static const WordSet kPlaceWords{"palace", "airport", "square", "street", "road", "bridge", "stadium", "mosque",
                                     "hotel", "camp", "base", "port", "prison", "dam", "valley", "river", "island",
                                     "islands", "mountains", "desert", "sea", "gulf", "strait", "canal", "province",
                                     "governorate", "district", "city", "town", "village", "county", "region"};
    static const WordSet kPlaceAfter{"province", "governorate", "district", "city", "town", "village", "county",
                                     "region", "port", "airport", "border", "crossing", "area", "neighbourhood",
                                     "neighborhood", "suburb", "countryside", "desert", "valley", "river"};
    const bool place_word = (last > first && kPlaceWords.Has(w.Key(last))) ||
                            (last + 1 < n && w.Adjacent(last, last + 1) && LatinWord(w, last + 1) &&
                             !Capitalised(w, last + 1) && kPlaceAfter.Has(w.Key(last + 1)));
    EntityType type = EntityType::kOther;
    if (Places().count(key) || (place_word && !org && !titled)) {
      type = EntityType::kPlace;
    } else if (org || acronym) {
      type = EntityType::kOrganisation;
    } else if (titled || (last > first && !phrase)) {
      type = EntityType::kPerson;
    }
    out.push_back({first, last, type, titled, lone_start});
  }
  // A one-word name that is the last word of a person's name elsewhere in
  // the article is that person ("Putin" after "Vladimir Putin").
  std::unordered_set<std::string> surnames;
  for (const Name& m : out)
    if (m.type == EntityType::kPerson && m.last > m.first) surnames.insert(std::string(w.Key(m.last)));
  // (Not a family's or a movement's word before its leader or members:
  // "the Houthi movement", "Houthi leader Abdul-Malik al-Houthi".)
  static const WordSet kMembers{"movement", "rebels", "fighters", "militants", "militia", "militias", "supporters",
                                "tribe", "tribes", "clan", "family", "forces", "group", "members", "officials"};
  auto before_members = [&](const Name& m) {
    const size_t t = m.last + 1;
    return t < w.size() && w.Adjacent(m.last, t) && LatinWord(w, t) && !Capitalised(w, t) &&
           (Titles().Has(w.Key(t)) || kMembers.Has(w.Key(t)));
  };
  for (Name& m : out)
    if (m.first == m.last && m.type == EntityType::kOther && surnames.count(std::string(w.Key(m.first))) &&
        !before_members(m))
      m.type = EntityType::kPerson;
  std::erase_if(out, [](const Name& m) { return m.lone_start && m.type == EntityType::kOther; });
  return out;
}

}  // namespace

bool EnglishText(const Words& w) { return w.english; }

bool ArabicScript(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return false;
      continue;
    }
    return c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB;  // the lead byte of U+0600..U+06FF
  }
  return false;
}

void FindEnglishEntities(const Words& w, std::vector<Fact>* out) {
  for (const Name& m : Names(w)) {
    Fact f;
    f.kind = FactKind::kEntity;
    f.type = m.type;
    f.span = Span{w.SpanOf(m.first).begin, w.SpanOf(m.last).end + (m.point ? 1 : 0)};
    f.text = w.Text(f.span);
    f.surface = f.text;
    f.name = f.surface;
    out->push_back(std::move(f));
  }
}

void FindEnglishQuotes(const Words& w, const std::vector<Fact>& entities, std::vector<Fact>* out) {
  static const WordSet kCues{"said",     "says",    "told",     "added",   "stated",   "announced", "declared",
                             "explained", "noted",  "warned",   "stressed", "insisted", "claimed",  "confirmed",
                             "denied",   "reported", "wrote",   "tweeted", "replied",  "argued",   "acknowledged",
                             "admitted", "urged",   "vowed",    "pledged"};
  static const WordSet kThat{"that"};
  const size_t n = w.size();
  const size_t first_quote = out->size();
  // The entity a speaker names: the one its words end with ("Houthi leader
  // Abdul-Malik al-Houthi" is al-Houthi, not the movement's word), else the
  // first inside it ("Analysts at Goldman Sachs").
  auto entity_at = [&](Span s) -> const Fact* {
    const Fact* first = nullptr;
    for (const Fact& e : entities) {
      if (!(e.span.begin < s.end && s.begin < e.span.end) || e.type == EntityType::kPlace) continue;
      if (e.span.end == s.end) return &e;
      if (first == nullptr) first = &e;
    }
    return first;
  };
  // The sentence holding token t (the sentences are in text order), after
  // the article's dateline when it begins the sentence ("BEIRUT, Nov 19
  // (Reuters) - ...": what was said begins after it).
  auto sentence_of = [&](size_t t) {
    const uint32_t at = w.SpanOf(t).begin;
    const auto it = std::upper_bound(w.at.sentences.begin(), w.at.sentences.end(), at,
                                     [](uint32_t a, const Span& s) { return a < s.end; });
    Span s = it != w.at.sentences.end() && it->begin <= at ? *it : Span{0, static_cast<uint32_t>(w.u32.size())};
    if (w.article != nullptr && w.article->dateline && w.article->dateline->begin <= s.begin &&
        w.article->dateline->end > s.begin && w.article->dateline->end < at)
      s.begin = w.article->dateline->end;
    return s;
  };
  auto trim = [&](Span s) {
    auto junk = [&](char32_t c) {
      return c == ' ' || c == 0xA0 || c == '\n' || c == ',' || c == '.' || c == ';' || c == ':' || c == '-' ||
             c == 0x2013 || c == 0x2014;
    };
    while (s.begin < s.end && junk(w.u32[s.begin])) ++s.begin;
    while (s.end > s.begin && junk(w.u32[s.end - 1])) --s.end;
    return s;
  };
  auto emit = [&](size_t cue, Span speaker, Span said, bool direct) {
    speaker = trim(speaker);
    said = trim(said);
    if (speaker.end <= speaker.begin || said.end <= said.begin) return;
    Fact q;
    q.kind = FactKind::kQuote;
    q.cue = w.Text(w.SpanOf(cue));
    q.speaker = w.Text(speaker);
    q.speaker_span = speaker;
    if (const Fact* e = entity_at(speaker)) q.speaker_entity = e->name;
    q.said = said;
    q.direct = direct;
    q.span = Span{std::min(speaker.begin, said.begin), std::max(speaker.end, said.end)};
    q.text = w.Text(q.span);
    out->push_back(std::move(q));
  };
  // A noun phrase of at most eight words ending before token end, not past
  // a comma, a quotation mark or the sentence's start: who speaks before
  // the verb ("the army command said", "Syria's foreign ministry said").
  // A clause after a comma and "and" or "but" opens like a sentence ("…
  // Al-Masirah TV said, and coalition forces said they had intercepted
  // it"): its conjunction is no part of who speaks.
  static const WordSet kClauseJoins{"and", "but", "while", "whereas"};
  auto opens_clause = [&](size_t t) {  // token t a conjunction after a comma
    return t >= 1 && kClauseJoins.Has(w.Key(t)) && w.Gap(t - 1, t).find(U',') != std::u32string_view::npos;
  };
  auto phrase_before = [&](size_t end, uint32_t floor) {
    size_t b = end;
    while (b > 0 && end - b < 8 && w.SpanOf(b - 1).begin >= floor && Joined(w, b - 1, b) && LatinWord(w, b - 1) &&
           !opens_clause(b - 1))
      --b;
    return b;
  };
  for (size_t i = 0; i < n; ++i) {
    if (!kCues.Has(w.Key(i)) || !LatinWord(w, i)) continue;
    const Span sentence = sentence_of(i);
    const size_t s_first = w.FirstTokenFrom(sentence.begin);
    // What stands right before the verb: a closing quotation mark and comma
    // ("…," the army said), or the speaker ("The army said …").
    const size_t sp_first = phrase_before(i, sentence.begin);
    // "…," said the army / "…," the army said: a quotation closes before.
    const std::u32string_view gap_before = sp_first > 0 ? w.Gap(sp_first - 1, sp_first) : std::u32string_view();
    const bool quoted_before =
        gap_before.find_first_of(U"\"\u201D\u00BB") != std::u32string_view::npos && sp_first > s_first;
    if (quoted_before || (sp_first == i && i > 0 && w.Gap(i - 1, i).find_first_of(U"\"\u201D\u00BB") !=
                                                         std::u32string_view::npos)) {
      // The quotation: from its opening mark back in the text to the closing one.
      const uint32_t close = sp_first == i ? w.SpanOf(i).begin : w.SpanOf(sp_first).begin;
      uint32_t c = close;
      while (c > sentence.begin && w.u32[c - 1] != '"' && w.u32[c - 1] != 0x201D && w.u32[c - 1] != 0xBB) --c;
      if (c <= sentence.begin) continue;
      // The opening mark, within the paragraph and 2,000 code points.
      uint32_t o = c - 1;
      const uint32_t floor = o > 2000 ? o - 2000 : 0;
      while (o > floor && w.u32[o - 1] != '"' && w.u32[o - 1] != 0x201C && w.u32[o - 1] != 0xAB &&
             w.u32[o - 1] != '\n')
        --o;
      if (o == floor || w.u32[o - 1] == '\n') continue;
      const Span said{o, c - 1};
      Span speaker;
      if (sp_first < i) {
        speaker = Span{w.SpanOf(sp_first).begin, w.SpanOf(i - 1).end};  // "…," the army said
      } else {
        // "…," said the army spokesman, …: the words after the verb to a comma or the end.
        size_t e = i + 1;
        while (e < n && w.SpanOf(e).end <= sentence.end && w.Adjacent(e - 1, e) && e - i <= 8) ++e;
        if (e == i + 1) continue;
        speaker = Span{w.SpanOf(i + 1).begin, w.SpanOf(e - 1).end};
      }
      emit(i, speaker, said, true);
      continue;
    }
    if (sp_first == i) continue;  // no speaker before the verb
    const Span speaker{w.SpanOf(sp_first).begin, w.SpanOf(i - 1).end};
    // "…, the army said." — the verb ends the sentence: what was said is the
    // sentence up to the comma before the speaker.
    // (Words of when or how may follow the verb: "…, state media said on
    // Sunday.", not "that".)
    size_t that = 0;  // "that" within six words after the verb
    for (size_t k = i + 1; k < n && k <= i + 6 && w.SpanOf(k).begin < sentence.end && that == 0; ++k)
      if (kThat.Has(w.Key(k))) that = k;
    if (sp_first > s_first + 2 && !w.Adjacent(sp_first - 1, sp_first) &&
        w.Gap(sp_first - 1, sp_first).find(U',') != std::u32string_view::npos && that == 0) {
      emit(i, speaker, Span{sentence.begin, w.SpanOf(sp_first - 1).end}, false);
      continue;
    }
    // "The army said (on Sunday) (that) …": from after "that", or the verb,
    // to the sentence's end; in quotation marks when they open right after.
    // The speaker opens the sentence, or a clause after ", and".
    if (sp_first != s_first && !(sp_first > s_first && opens_clause(sp_first - 1))) continue;
    Span said{w.SpanOf(that != 0 ? that : i).end, sentence.end};
    said = trim(said);
    bool direct = false;
    if (said.begin < said.end && (w.u32[said.begin] == '"' || w.u32[said.begin] == 0x201C)) {
      direct = true;
      ++said.begin;
      while (said.end > said.begin && (w.u32[said.end - 1] == '"' || w.u32[said.end - 1] == 0x201D ||
                                       w.u32[said.end - 1] == '.'))
        --said.end;
    }
    emit(i, speaker, said, direct);
  }
  // "according to X": what the sentence says before it.
  for (size_t i = 0; i + 2 < n; ++i) {
    if (w.Key(i) != "according" || w.Key(i + 1) != "to" || !w.Adjacent(i, i + 1)) continue;
    const Span sentence = sentence_of(i);
    size_t e = i + 2;
    while (e < n && w.SpanOf(e).end <= sentence.end && Joined(w, e - 1, e) && LatinWord(w, e) && e - i <= 8) ++e;
    if (e == i + 2) continue;
    const Span speaker{w.SpanOf(i + 2).begin, w.SpanOf(e - 1).end + (LetterWithPoint(w, e - 1) ? 1u : 0u)};
    if (w.FirstTokenFrom(sentence.begin) == i) {
      emit(i, speaker, Span{speaker.end, sentence.end}, false);  // "According to X, …"
    } else {
      emit(i, speaker, Span{sentence.begin, w.SpanOf(i).begin}, false);  // "…, according to X."
    }
  }
  // A pronoun that speaks ("He said …", "It said …", "…, she added") is the
  // speaker named last before it: a person for he and she (a person's name,
  // or words ending in a title: "the spokesman"), anyone else for it. Its
  // speaker is carried over as Arabic "وأضاف أن" carries it: the name and
  // its entity, without a span of its own. They, we and you are left.
  std::vector<Fact*> quotes;
  for (size_t k = first_quote; k < out->size(); ++k) quotes.push_back(&(*out)[k]);
  std::stable_sort(quotes.begin(), quotes.end(),
                   [](const Fact* a, const Fact* b) { return a->span.begin < b->span.begin; });
  const Fact* last_person = nullptr;
  const Fact* last_other = nullptr;
  for (Fact* q : quotes) {
    const std::string key = KeyOf(q->speaker);
    if (key == "he" || key == "she" || key == "it") {
      const Fact* from = key == "it" ? last_other : last_person;
      if (from == nullptr) continue;
      q->speaker = from->speaker;
      q->speaker_entity = from->speaker_entity;
      q->speaker_span.reset();
      continue;
    }
    if (key == "they" || key == "we" || key == "you" || key == "i" || !q->speaker_span) continue;
    const Fact* e = entity_at(*q->speaker_span);
    const size_t last = w.FirstTokenFrom(q->speaker_span->end) - 1;
    const bool person = (e != nullptr && e->type == EntityType::kPerson) ||
                        (last < n && w.SpanOf(last).end == q->speaker_span->end && Titles().Has(w.Key(last)));
    (person ? last_person : last_other) = q;
  }
}

}  // namespace sada::internal
