// A story's cited extractive summary and its timeline.
//
// Summary: every sentence of the story's articles (the first 15 of each of
// the 40 articles closest to the story) is a tf-idf vector of its stems; its score is its
// cosine to the story's centroid (centrality, as in MEAD, Radev et al. 2004),
// raised by the number of independent outlets that carry a similar sentence
// (support; copies and one outlet's articles count once) and lowered by its
// position in its article. Sentences are taken best first, skipping any too
// similar to one already taken (maximal marginal relevance, Carbonell &
// Goldstein 1998) — less similar when no date or figure sets them apart —
// and told in the order of their first publication (the chronological
// ordering Barzilay, Elhadad & McKeown 2002 studied for news from many
// sources).
//
// Timeline: every resolved date in the text (not the datelines and
// publication lines, which date the article, not an event), grouped by value,
// with the sentence of its first source and every article that gives it.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "facts/words.h"
#include "sada/story.h"
#include "story/story_internal.h"

namespace sada::internal {

namespace {

constexpr size_t kMaxDocs = 40;
constexpr size_t kMaxSentencesPerDoc = 15;

// A sentence that is metadata: the dateline alone (one it opens is cut
// after it, below), the publication line, the site's tags or footer.
bool IsMetadataSentence(const Article& a, Span s) {
  // (A date the dateline gives, as the publication time, is the dateline's.)
  if (a.dateline && Overlaps(*a.dateline, s)) return s.end <= a.dateline->end + 2;
  return IsMetadata(a, s);
}

// "عبدالله البرقاوي- سبق- الرياض: بحث وزير الإسكان...": a sentence the
// dateline opens begins at its first word after the dateline.
Span AfterDateline(const Article& a, const DocText& t, Span s) {
  if (a.dateline && Overlaps(*a.dateline, s))
    for (const Token& k : t.at.tokens.tokens)
      if (k.span.begin >= a.dateline->end && k.span.begin < s.end) {
        s.begin = k.span.begin;
        break;
      }
  return s;
}

// Fewer words than this make a sentence only with its closing mark.
constexpr size_t kSentenceWords = 10;

// The text ends with a full stop, a question or exclamation mark, an
// ellipsis, or a closing quotation mark or parenthesis (after one).
bool EndsAsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')') return true;
  for (std::string_view mark : {"؟", "…", "»", "”"})
    if (s.ends_with(mark)) return true;
  return false;
}

// A sentence that leans on the one before it cannot stand in a summary: one
// that opens by pointing back ("جاء ذلك في بيان…"، "حيث…"، "فيما…"، "وهو
// تطبيق…"، "هذا وينتظر…") or with a verb of saying whose subject an earlier
// sentence named ("وأضاف أن…"، "وقالت إن…"، "وأوضح: …": who added?).
bool LeansOnTheSentenceBefore(std::string_view text) {
  static const WordSet kBack{"حيث", "فيما", "ذلك", "وذلك", "هذا", "وهذا", "وهو", "وهي"};
  static const WordSet kSaid{"قال",  "قالت",  "أضاف", "أضافت", "تابع", "تابعت", "أوضح", "أوضحت", "أكد",
                             "أكدت", "أشار",  "أشارت", "أفاد", "أفادت", "بين",   "بينت",  "لفت",   "لفتت",
                             "ذكر",  "ذكرت",  "شدد",  "شددت", "اعتبر", "اعتبرت", "رأى",   "رأت",   "أعرب",
                             "أعربت", "نوه",  "نوهت"};
  static const WordSet kThat{"أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم"};
  static const std::string kCame = KeyOf("جاء"), kAndCame = KeyOf("وجاء"), kThatOne = KeyOf("ذلك"),
                           kTo = KeyOf("إلى"), kTo2 = KeyOf("الى"), kWa = KeyOf("و"), kFa = KeyOf("ف");
  // The first three words, and whether a colon follows the first.
  std::string w[3];
  bool colon = false;
  size_t i = 0;
  auto space = [&](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ','; };
  for (int k = 0; k < 3; ++k) {
    while (i < text.size() && (space(text[i]) || text[i] == ':')) {
      if (text[i] == ':' && k == 1) colon = true;
      ++i;
    }
    size_t j = i;
    while (j < text.size() && !space(text[j]) && text[j] != ':') ++j;
    std::string_view word = text.substr(i, j - i);
    if (word.ends_with("،")) word.remove_suffix(std::string_view("،").size());  // "وأضاف،"
    w[k] = KeyOf(word);
    i = j;
  }
  // "مؤكدا أن …"، "مشيرة إلى أن …": a participle of saying whose subject is
  // the sentence before's (a line break or a full stop cut them apart).
  static const WordSet kWhileSaying{"مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "موضحا", "موضحة", "مضيفا", "مضيفة",
                                    "لافتا", "لافتة", "مبينا", "مبينة", "منوها", "منوهة", "مشددا", "مشددة",
                                    "معتبرا", "معتبرة", "مشيدا", "مشيدة", "معربا", "معربة", "داعيا", "داعية",
                                    "متمنيا", "متمنية", "مؤكدين", "مشيرين"};
  // English: a pronoun or a word pointing back opens it ("He added that …",
  // "This came after …", "But the army …").
  static const WordSet kEnglishBack{"he", "she", "they", "it", "his", "her", "their", "its", "this", "that",
                                    "these", "those", "but", "however", "meanwhile", "also", "such", "there"};
  if (kBack.Has(w[0]) || kWhileSaying.Has(w[0]) || ((w[0] == kCame || w[0] == kAndCame) && w[1] == kThatOne) ||
      kEnglishBack.Has(w[0]))
    return true;
  std::string verb = w[0];
  for (const std::string& clitic : {kWa, kFa})
    if (!kSaid.Has(verb) && verb.size() > clitic.size() && verb.compare(0, clitic.size(), clitic) == 0)
      verb = verb.substr(clitic.size());
  if (!kSaid.Has(verb)) return false;
  // ("أوضح ذلك اللواء …": what he made clear is the sentence before.)
  if (colon || kThat.Has(w[1]) || w[1] == kThatOne || ((w[1] == kTo || w[1] == kTo2) && kThat.Has(w[2])))
    return true;
  // "وأضاف «هذا سيسمح لنا …»"، "وأضاف، شاركت فرق …": a quotation or a
  // comma right after the verb (not a name in quotation marks, "وشدد
  // "الصفيان" على أن", "وقال "عبد الله سالم القرني"،": four words at most,
  // closed).
  size_t v = 0;
  while (v < text.size() && space(text[v]) && text[v] != ',') ++v;
  while (v < text.size() && !space(text[v]) && text[v] != ':') ++v;  // the verb
  if (text.substr(0, v).ends_with("،") || text.substr(v).starts_with(",")) return true;
  while (v < text.size() && text[v] == ' ') ++v;
  if (text.substr(v).starts_with("،")) return true;
  static const std::string_view kMarks[] = {"«", "“", "”", "\"", "„"};
  for (std::string_view m : kMarks) {
    if (!text.substr(v).starts_with(m)) continue;
    const std::string_view rest = text.substr(v + m.size());
    size_t close = std::string_view::npos;
    for (std::string_view c : {"»", "”", "“", "\"", "«"}) close = std::min(close, rest.find(c));
    if (close == std::string_view::npos) return true;
    const std::string_view inside = rest.substr(0, close);
    return std::count(inside.begin(), inside.end(), ' ') >= 4;
  }
  return false;
}

// The last sentence of a quotation of several, cut from its beginning:
// "نحاول تحسين مستوى الفريق لكن الأمور ليست سهلة ..."" or "لقد أعطى
// الكثير ... أحد»." holds one quotation mark, at its end, so it starts
// inside a quotation whose speaker and first words are in the sentence
// before. (Which way a mark faces says little here: outlets write
// "لـ»المدينة»" and "لـ”واس”".)
bool TailOfAQuote(std::string_view text) {
  static const std::string_view kMarks[] = {"«", "»", "“", "”", "\"", "„"};
  size_t marks = 0, last = std::string_view::npos;
  for (size_t i = 0; i < text.size(); ++i)
    for (std::string_view m : kMarks)
      if (text.substr(i).starts_with(m)) {
        ++marks;
        last = i + m.size();
      }
  if (marks != 1) return false;
  for (size_t i = last; i < text.size(); ++i)
    if (text[i] != ' ' && text[i] != '.' && text[i] != '\n' && text[i] != '!' && text[i] != '?') return false;
  return true;
}

// A sentence the text core cut in the middle (a line break inside it) ends
// on a word that cannot end one — a preposition, a conjunction, a relative
// pronoun: "…من خلال شبكة مكونة من" and then "21 نظاما لنقل المياه…".
// Neither half stands in a summary.
bool EndsCut(std::string_view text) {
  static const WordSet kOpen{"من", "في",  "إلى", "الى", "على", "عن",  "مع",  "بين",  "أن",  "إن",  "التي", "الذي",
                             "الذين", "و", "أو", "حتى", "منذ", "عند", "لدى", "نحو", "خلال", "ضمن", "حول"};
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  const size_t space = text.find_last_of(" \t\n\r");
  return kOpen.Has(KeyOf(text.substr(space == std::string_view::npos ? 0 : space + 1)));
}

size_t WordsIn(const DocText& t, Span s) {
  size_t n = 0;
  for (const Token& k : t.at.tokens.tokens)
    if (k.span.begin >= s.begin && k.span.end <= s.end && k.kind == TokenKind::kWord) ++n;
  return n;
}

void Normalise(SparseVec* v) {
  double n = 0;
  for (auto& x : *v) n += static_cast<double>(x.second) * x.second;
  n = std::sqrt(n);
  if (n > 0)
    for (auto& x : *v) x.second = static_cast<float>(x.second / n);
}

// The share of unit vector a's squared weight on terms b also has: 1 when
// every word of a short sentence is in a longer one ("قتل المصلين من أفعال
// أبي لؤلؤة المجوسي" in the sentence that quotes it), whatever b adds.
double Contained(const SparseVec& a, const SparseVec& b) {
  double shared = 0;
  ForEachShared(a, b, [&](uint64_t, float x, float) { shared += static_cast<double>(x) * x; });
  return shared;
}

// The sum of the vectors `vec` gives for `items` (their centroid, for cosines).
template <typename Items, typename Vec>
SparseVec SumOf(const Items& items, Vec vec) {
  std::map<uint64_t, float> sum;
  for (const auto& item : items)
    for (const auto& x : vec(item)) sum[x.first] += x.second;
  return SparseVec(sum.begin(), sum.end());
}

// The articles the summary's sentences come from: all of a small story's;
// of a large one, the kMaxDocs whose opening (first kMaxSentencesPerDoc
// sentences, background tf-idf) is closest to the story's, in story order —
// not the earliest, which in a story of hundreds may be a neighbour's news
// that an event's burst of articles joined.
std::vector<uint32_t> CentralDocs(const std::vector<StoryDoc>& docs, const StoryText& st) {
  std::vector<uint32_t> pick(docs.size());
  for (uint32_t d = 0; d < pick.size(); ++d) pick[d] = d;
  if (docs.size() <= kMaxDocs) return pick;
  std::vector<SparseVec> v(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const auto& sentences = st.per_doc[d].at.sentences;
    if (sentences.empty()) continue;
    const Span opening{sentences.front().begin, sentences[std::min(sentences.size(), kMaxSentencesPerDoc) - 1].end};
    v[d] = st.Weighted(d, opening, Span{});
    Normalise(&v[d]);
  }
  const SparseVec centroid = SumOf(v, [](const SparseVec& x) -> const SparseVec& { return x; });
  std::vector<double> score(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) score[d] = Cosine(v[d], centroid);
  std::stable_sort(pick.begin(), pick.end(), [&](uint32_t a, uint32_t b) { return score[a] > score[b]; });
  pick.resize(kMaxDocs);
  std::sort(pick.begin(), pick.end());
  return pick;
}

}  // namespace

void Summarize(const std::vector<StoryDoc>& docs, const CopyIndex& copies, const StoryText& st,
               const CompareOptions& options, std::vector<SummarySentence>* out) {
  struct Cand {
    uint32_t doc;
    Span span;
    uint32_t position;
    SparseVec v;
    double score = 0;
    int support = 1;
    bool unfit = false;  // leans on the sentence before, or a contact line: counted, never chosen
    std::vector<Cite> also;
    std::set<std::string> dates, figures;  // the values of the dates (days) and figures it gives
    // Of those, what it tells for sure: dates written in full (not "today",
    // which outlets of different days resolve differently), counts of
    // something and amounts ("7 إصابات"، "250 كلغ"، "65 مليون يورو"; not a
    // list's "1-" nor where a place lies, "140 كم" from a city).
    std::set<std::string> firm;
  };
  std::vector<Cand> cands;
  for (uint32_t d : CentralDocs(docs, st)) {
    const DocText& t = st.per_doc[d];
    uint32_t pos = 0;
    const Article& a = *docs[d].article;
    CodePointSlicer slicer(a.text);
    bool cut = false;  // the sentence before was cut short
    for (Span s : t.at.sentences) {
      if (pos >= kMaxSentencesPerDoc) break;
      const bool goes_on = std::exchange(cut, false);  // from the one before
      if (IsMetadataSentence(a, s)) continue;
      s = AfterDateline(a, t, s);
      const std::string_view text = slicer.Slice(s);
      cut = EndsCut(text);
      size_t words = WordsIn(t, s);
      if (words < 6 || words > 70) continue;
      // A short line that does not end as a sentence does is a caption, a
      // credit or a headline ("جانب من اجتماع المدرب باللاعب"، "إعداد: …،
      // تصوير: …"، "للتواصل مع الكاتب ارسل رسالة SMS"), no statement.
      if (words < kSentenceWords && !EndsAsSentence(text)) continue;
      Cand c;
      c.doc = d;
      c.span = s;
      // (An e-mail address or a web address: a columnist's contact line,
      // "للتواصل مع الكاتب ارسل رسالة SMS …", however long.)
      c.unfit = goes_on || cut || LeansOnTheSentenceBefore(text) || TailOfAQuote(text) ||
                text.find('@') != std::string_view::npos || text.find("http") != std::string_view::npos;
      c.position = pos++;
      c.v = st.Vector(d, s);
      if (docs[d].facts)
        for (const Fact& f : *docs[d].facts) {
          if (f.value.empty() || f.span.begin < s.begin || f.span.end > s.end) continue;
          if (f.kind != FactKind::kDate && f.kind != FactKind::kQuantity) continue;
          const bool date = f.kind == FactKind::kDate;
          const std::string value = date ? DayOf(f) : f.value + ' ' + f.unit;
          (date ? c.dates : c.figures).insert(value);
          const bool where = f.unit == "km" || f.unit == "m" || f.unit == "mile";
          if (date ? f.anchor.empty() : !f.of.empty() || !(f.unit.empty() || where)) c.firm.insert(value);
        }
      cands.push_back(std::move(c));
    }
  }
  if (cands.empty()) return;
  // idf over the story's sentences.
  std::unordered_map<uint64_t, uint32_t> sf;
  for (const auto& c : cands)
    for (const auto& x : c.v) ++sf[x.first];
  const double n = static_cast<double>(cands.size());
  for (auto& c : cands) {
    for (auto& x : c.v) x.second = static_cast<float>((1 + std::log(x.second)) * std::log(1 + n / sf[x.first]));
    Normalise(&c.v);
  }
  const SparseVec centroid = SumOf(cands, [](const Cand& c) -> const SparseVec& { return c.v; });
  // A candidate's cosines with all the others, summed term by term from an
  // index of the candidates' terms: its terms in term order, as SparseDot
  // sums them, so each is bit for bit Cosine's, without merging every pair
  // (a story's 600 candidates made 360,000 merges, and each Cosine three).
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, float>>> holders;
  std::vector<double> self(cands.size());
  for (uint32_t j = 0; j < cands.size(); ++j) {
    for (const auto& [term, w] : cands[j].v) holders[term].emplace_back(j, w);
    self[j] = SparseDot(cands[j].v, cands[j].v);
  }
  std::vector<double> dot(cands.size());
  for (size_t i = 0; i < cands.size(); ++i) {
    Cand& c = cands[i];
    std::fill(dot.begin(), dot.end(), 0.0);
    for (const auto& [term, w] : c.v)
      for (const auto& [j, wj] : holders[term]) dot[j] += static_cast<double>(w) * wj;
    // Support: the most similar sentence of each other article.
    std::map<uint32_t, std::pair<double, size_t>> best;
    for (size_t j = 0; j < cands.size(); ++j) {
      if (cands[j].doc == c.doc) continue;
      double s = self[i] > 0 && self[j] > 0 ? dot[j] / std::sqrt(self[i] * self[j]) : 0;
      if (s < options.support_similarity) continue;
      auto it = best.find(cands[j].doc);
      if (it == best.end() || s > it->second.first) best[cands[j].doc] = {s, j};
    }
    std::vector<uint32_t> members{c.doc};
    std::vector<Span> spans{c.span};
    for (const auto& [d, sj] : best) {
      members.push_back(d);
      spans.push_back(cands[sj.second].span);
      c.also.push_back({d, cands[sj.second].span});
    }
    UnionFind uf(members.size());
    for (size_t a = 0; a < members.size(); ++a)
      for (size_t b = a + 1; b < members.size(); ++b)
        if (docs[members[a]].outlet == docs[members[b]].outlet ||
            copies.Between(members[a], spans[a], members[b], spans[b]))
          uf.Union(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
    std::set<uint32_t> roots;
    for (size_t a = 0; a < members.size(); ++a) roots.insert(uf.Find(static_cast<uint32_t>(a)));
    c.support = static_cast<int>(roots.size());
    c.score = Cosine(c.v, centroid) * (1 + 0.5 * (c.support - 1)) / (1 + 0.1 * c.position);
  }
  std::vector<size_t> order(cands.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cands[a].score > cands[b].score; });
  // A column's sentences come after every report's: the summary tells what
  // happened, and a columnist's "كثرت التكهنات حول أبعاد هذا الاتفاق" is an
  // opinion of it (docs/stories.md, "Columns").
  std::stable_partition(order.begin(), order.end(), [&](size_t i) { return !docs[cands[i].doc].column; });
  std::vector<size_t> chosen;
  const size_t told_from = out->size();
  // Coverage: the words the chosen sentences hold. Every outlet restates a
  // story's event in its own words ("حرر الجيش البوكمال"، "تمكنت القوات من
  // السيطرة على مدينة البوكمال"), and no two of those wordings need be
  // alike as wholes; what each adds to the ones chosen is what tells them
  // apart. A sentence's pull toward the story's centre is its weight on
  // each word times the centroid's; when most of that pull is on words
  // already said, it adds little.
  std::unordered_map<uint64_t, float> centre(centroid.begin(), centroid.end());
  std::unordered_set<uint64_t> said;
  std::set<std::string> said_values;  // the dates and figures they give
  auto gives_new_value = [&](const Cand& c) {
    for (const std::string& v : c.firm)
      if (!said_values.count(v)) return true;
    return false;
  };
  auto novelty = [&](const Cand& c) {
    double all = 0, fresh = 0;
    for (const auto& [term, w] : c.v) {
      const double pull = static_cast<double>(w) * centre.at(term);  // the centroid holds every candidate's terms
      all += pull;
      if (!said.count(term)) fresh += pull;
    }
    return all > 0 ? fresh / all : 1.0;
  };
  for (size_t i : order) {
    if (static_cast<int>(chosen.size()) >= options.summary_sentences) break;
    if (cands[i].unfit) continue;
    bool redundant = !chosen.empty() && novelty(cands[i]) < options.novelty && !gives_new_value(cands[i]);
    for (size_t j : chosen) {
      const double cosine = Cosine(cands[i].v, cands[j].v);
      redundant = redundant || cosine >= options.redundancy ||
                  // ("no new case of Corona today (Sunday)" and "one new case
                  // today (Friday)": two days' news in the same words)
                  (cosine >= options.redundancy_same_facts && !NoneInCommon(cands[i].dates, cands[j].dates) &&
                   !NoneInCommon(cands[i].figures, cands[j].figures)) ||
                  Contained(cands[i].v, cands[j].v) >= options.contained ||
                  Contained(cands[j].v, cands[i].v) >= options.contained;
    }
    if (redundant) continue;
    chosen.push_back(i);
    const Cand& c = cands[i];
    for (const auto& x : c.v) said.insert(x.first);
    said_values.insert(c.dates.begin(), c.dates.end());
    said_values.insert(c.figures.begin(), c.figures.end());
    SummarySentence s;
    s.cite = {c.doc, c.span};
    s.text = std::string(docs[c.doc].Slice(c.span));
    s.also = c.also;
    s.support = c.support;
    s.score = c.score;
    out->push_back(std::move(s));
  }
  // The sentences chosen are told in the order the story went: by the
  // earliest publication among the sentence's article and those of its
  // similar sentences (ties keep the better score first; sentences of
  // undated articles come last, in score order). By score, the Asir
  // bombing's summary opened with a condolence call of the next day and put
  // the emir at the bombed mosque last. Tellings within an hour of each
  // other are one moment of the story, told as its articles tell it: each
  // article's sentences together and in its order, the article whose
  // sentence stands earliest in it first ("وصل وزير الخارجية إلى الدوحة"
  // before "وكان في استقبال معاليه لدى وصوله"; an article's lead, crawled a
  // few seconds after another article's details, before those details).
  struct Told {
    double hours = -1;
    uint32_t doc = 0, begin = 0;
  };
  std::vector<Told> told(out->size() - told_from);
  for (size_t k = 0; k < told.size(); ++k) {
    const SummarySentence& s = (*out)[told_from + k];
    std::string_view first = docs[s.cite.doc].article->published;
    Cite at = s.cite;
    for (const Cite& c : s.also) {
      std::string_view p = docs[c.doc].article->published;
      if (!p.empty() && (first.empty() || p < first)) {
        first = p;
        at = c;
      }
    }
    told[k] = {first.empty() ? -1 : sada::IsoHours(first), at.doc, at.span.begin};
  }
  std::vector<size_t> by(told.size());
  for (size_t k = 0; k < by.size(); ++k) by[k] = k;
  std::stable_sort(by.begin(), by.end(), [&](size_t a, size_t b) {
    const double x = told[a].hours, y = told[b].hours;
    if (x < 0 || y < 0) return x >= 0 && y < 0;
    return x < y;
  });
  for (size_t g = 0; g < by.size() && told[by[g]].hours >= 0;) {
    size_t e = g + 1;
    while (e < by.size() && told[by[e]].hours >= 0 && told[by[e]].hours - told[by[e - 1]].hours <= 1.0) ++e;
    std::map<uint32_t, uint32_t> lead;  // an article's earliest sentence in the group
    for (size_t x = g; x < e; ++x) {
      auto [it, fresh] = lead.emplace(told[by[x]].doc, told[by[x]].begin);
      if (!fresh) it->second = std::min(it->second, told[by[x]].begin);
    }
    std::stable_sort(by.begin() + static_cast<long>(g), by.begin() + static_cast<long>(e), [&](size_t a, size_t b) {
      const Told &x = told[a], &y = told[b];
      return std::tuple(lead[x.doc], x.doc, x.begin) < std::tuple(lead[y.doc], y.doc, y.begin);
    });
    g = e;
  }
  std::vector<SummarySentence> sorted;
  sorted.reserve(by.size());
  for (size_t k : by) sorted.push_back(std::move((*out)[told_from + k]));
  std::move(sorted.begin(), sorted.end(), out->begin() + static_cast<long>(told_from));
}

void BuildTimeline(const std::vector<StoryDoc>& docs, const StoryText& st, std::vector<TimelineEvent>* out) {
  std::map<std::string, TimelineEvent> by_date;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].facts) continue;
    std::set<std::string> seen;
    for (const Fact& f : *docs[d].facts) {
      if (f.kind != FactKind::kDate || f.value.empty()) continue;
      const Article& a = *docs[d].article;
      if (IsMetadata(a, f.span)) continue;
      std::string v = DayOf(f);
      if (!seen.insert(v).second) continue;  // one source per article
      TimelineEvent& e = by_date[v];
      e.date = v;
      e.sources.push_back({d, f.span});
      if (std::find(e.outlets.begin(), e.outlets.end(), docs[d].outlet) == e.outlets.end())
        e.outlets.push_back(docs[d].outlet);
    }
  }
  // The event's sentence: of the sentences that give the date, the one most
  // like the others (the sum of its cosines with them; ties: the earliest
  // article's), its date's words left out. The first article's was shown
  // before: the bombing's day in the largest story of SaudiNewsNet read as
  // the Asir emir receiving a chamber of commerce that morning, and an
  // op-ed's "نكمل غدا" dated the Iran deal's busiest day.
  for (auto& [v, e] : by_date) {
    std::vector<Span> sentences;
    std::vector<SparseVec> vecs;
    std::unordered_map<uint64_t, double> sum;
    for (const Cite& c : e.sources) {
      sentences.push_back(AfterDateline(*docs[c.doc].article, st.per_doc[c.doc], st.SentenceOf(c.doc, c.span)));
      SparseVec x = st.Weighted(c.doc, sentences.back(), c.span);
      Normalise(&x);
      for (const auto& [term, weight] : x) sum[term] += weight;
      vecs.push_back(std::move(x));
    }
    size_t best = 0;
    double best_score = -1;
    for (size_t i = 0; i < vecs.size(); ++i) {
      double score = 0;  // the sum of its cosines with the other sentences
      for (const auto& [term, weight] : vecs[i]) score += weight * (sum[term] - weight);
      if (score > best_score + 1e-9) {
        best_score = score;
        best = i;
      }
    }
    e.sentence = {e.sources[best].doc, sentences[best]};
    e.text = std::string(docs[e.sentence.doc].Slice(e.sentence.span));
    out->push_back(std::move(e));
  }
}

}  // namespace sada::internal
