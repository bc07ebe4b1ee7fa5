// LinkEntities: the variants of one entity across a run share a name.
//
// Mentions are grouped by the match key of their surface form; groups are
// joined when, in this order: (1) a mention gave another name in
// parentheses; (9) a name's first word has a clitic (ونايف هزازي); (10) a
// person is named without the father's name (عادل الجبير / عادل بن أحمد
// الجبير); (11) a foreign name is spelt two ways (سيرغي / سيرجي لافروف،
// نيو هورايزونز / نيو هورايزونس);
// (2) a person's name is the last words of the longer person name mostly
// meant; (3) an organisation's name is a trigger word plus another
// organisation's name (تنظيم داعش / داعش); (5) the same letters are spaced
// otherwise; (7) a name by its lineage begins longer ones; (12) a one-word
// person name is the person its articles name in full (الملك سلمان); (8)
// an organisation with and without the article; (6) a medium told is the
// organisation of its name; (4) both are in one of the alias sets below.
// (The numbers are the order the rules were written in.)
// The canonical name of a group: for people the longest name (of those with
// 2% of the group's mentions), otherwise the
// most frequent (ties: the longer, then the smaller in byte order).
// Then ApplyArticle reads each article on its own: a person's short name
// there is the one person the article names in full so (الحسين and محمد
// بن سليمان الحسين), whomever else the run calls by it.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "facts/extract_internal.h"
#include "facts/gazetteer.h"
#include "sada/ner.h"
#include "text/stem.h"
#include "text/utf8.h"
#include "util/strings.h"
#include "util/union_find.h"

namespace sada {
namespace {

// Other names of well-known organisations (written here for sada).
const std::vector<std::vector<const char*>>& AliasSets() {
  static const std::vector<std::vector<const char*>> kSets = {
      {"داعش", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "تنظيم الدولة", "الدولة الاسلامية",
       "تنظيم الدولة الاسلامية"},
      {"قسد", "قوات سوريا الديمقراطية"},
      {"سانا", "وكالة الأنباء السورية", "وكالة الأنباء العربية السورية"},
      {"واس", "وكالة الأنباء السعودية"},
      {"جبهة النصرة", "النصرة", "هيئة تحرير الشام"},
      {"الأمم المتحدة", "المنظمة الدولية"},
      {"حلف الناتو", "الناتو", "حلف شمال الأطلسي"},
      {"الحوثيين", "الحوثيون", "الحوثي", "جماعة الحوثي", "جماعة الحوثيين", "أنصار الله", "جماعة أنصار الله"},
      {"مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية", "مجلس التعاون"},
      {"مجلس الأمن الدولي", "مجلس الأمن"},
      {"جامعة الدول العربية", "الجامعة العربية"},
      {"الكونغرس", "الكونجرس"},
      {"جوجل", "غوغل", "قوقل"},
      {"الاتحاد الآسيوي لكرة القدم", "الاتحاد الآسيوي"},
      // States by their short and official names, and their two spellings.
      {"السعودية", "المملكة العربية السعودية"},
      {"الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"},
      {"سوريا", "سورية"},
      {"مصر", "جمهورية مصر العربية"},
      {"بريطانيا", "المملكة المتحدة"},
      {"الإمارات", "الإمارات العربية المتحدة"},
      {"روسيا", "روسيا الاتحادية"},
      {"مكة المكرمة", "مكة"},
  };
  return kSets;
}

}  // namespace

using internal::SplitWords;

namespace {

// Whether person names a and b (match keys) are one name spelt with more or
// fewer vowel letters: as many words, each the same or the other with ا و ي
// written in (غ read as ج; جوزف / جوزيف، داود / داوود، اوبما / اوباما), no
// word of lineage (بن، آل، ابو …), each first word beginning at most 40 of
// the run's person names, and a last word the same that ends at most 40 of
// them, or last words spelt otherwise that end at most ten each.
bool SpeltWithMoreVowels(const std::string& a, const std::string& b, const std::map<std::string, size_t>& begun,
                         const std::map<std::string, size_t>& ended) {
  static const internal::WordSet kLineage = {"بن", "ابن", "بنت", "آل", "ال", "ابو", "ام", "بو"};
  const std::vector<std::string> x = SplitWords(a), y = SplitWords(b);
  if (x.size() != y.size() || x.size() < 2) return false;
  auto count = [](const std::map<std::string, size_t>& m, const std::string& k) {
    const auto it = m.find(k);
    return it == m.end() ? size_t{0} : it->second;
  };
  if (count(begun, x[0]) > 40 || count(begun, y[0]) > 40) return false;
  if (x.back() == y.back() ? count(ended, x.back()) > 40
                           : count(ended, x.back()) > 10 || count(ended, y.back()) > 10)
    return false;
  auto plain = [](const std::string& w) {
    std::u32string u = internal::ToU32(w);
    for (char32_t& c : u)
      if (c == U'\u063A') c = U'\u062C';  // غ -> ج
    return u;
  };
  // Whether `longer` is `shorter` with vowel letters written in.
  auto with_vowels = [](const std::u32string& shorter, const std::u32string& longer) {
    if (shorter.size() >= longer.size()) return false;
    size_t i = 0;
    for (char32_t c : longer) {
      if (i < shorter.size() && c == shorter[i]) {
        ++i;
      } else if (c != U'\u0627' && c != U'\u0648' && c != U'\u064A') {  // ا و ي
        return false;
      }
    }
    return i == shorter.size();
  };
  for (size_t k = 0; k < x.size(); ++k) {
    if (kLineage.Has(x[k]) || kLineage.Has(y[k])) return false;
    const std::u32string p = plain(x[k]), q = plain(y[k]);
    if (p != q && !with_vowels(p, q) && !with_vowels(q, p)) return false;
  }
  return true;
}

// A key without its spaces (البو كمال / البوكمال).
std::string Squeezed(std::string_view key) {
  std::string out;
  for (char c : key)
    if (c != ' ') out.push_back(c);
  return out;
}

}  // namespace

// A medium told is linked apart from a place or person of the same name
// (the newspaper الشرق الأوسط, not the region): its key is marked.
constexpr char kMediumMark = '\x01';
std::string EntityLinker::KeyFor(const Fact& f) {
  std::string key = internal::KeyOf(f.surface);
  return f.medium ? kMediumMark + key : key;
}

void EntityLinker::Add(const Fact& f) {
  if (f.kind != FactKind::kEntity) return;
  std::string key = KeyFor(f);
  auto& m = mentions_[key];
  ++m.surfaces[f.surface];
  ++m.types[static_cast<int>(f.type)];
  for (const auto& v : f.variants) {
    std::string vk = internal::KeyOf(v);
    mentions_[vk];  // a name seen only as another's alias is still a name
    if (vk != key) ++aliases_[key < vk ? std::make_pair(key, vk) : std::make_pair(vk, key)];
  }
}

void EntityLinker::AddArticle(const std::vector<Fact>& facts) {
  static const std::string kBin = " " + internal::KeyOf("بن") + " ";
  std::set<std::string> one_word, longer;
  for (const Fact& f : facts) {
    Add(f);
    if (f.kind != FactKind::kEntity || f.type != EntityType::kPerson || f.medium) continue;
    std::string key = KeyFor(f);
    (key.find(' ') == std::string::npos ? one_word : longer).insert(std::move(key));
  }
  for (const std::string& l : longer) ++mentions_[l].person_articles;
  for (const std::string& w : one_word) {
    ++one_word_articles_[w];
    const std::string with_lineage = w + kBin;
    for (const std::string& l : longer) {
      // "سلمان بن …" begins with the name and the lineage; "علي عبد الله
      // صالح" ends with it, but "فيصل بن خالد" does not end with خالد's.
      bool named = l.starts_with(with_lineage);
      if (!named && l.size() > w.size() && l.ends_with(w) && l[l.size() - w.size() - 1] == ' ') {
        const std::string_view before = std::string_view(l).substr(0, l.size() - w.size() - 1);
        const size_t space = before.rfind(' ');
        named = !internal::SonOf().Has(before.substr(space == std::string_view::npos ? 0 : space + 1));
      }
      if (named) ++named_with_[{w, l}];
    }
  }
}

namespace {

// Adds the counts of `from` to `to`, key by key.
template <typename Map>
void AddCounts(Map&& from, Map* to) {
  if (to->empty()) {
    *to = std::move(from);
    return;
  }
  for (auto& [k, c] : from) (*to)[k] += c;
}

}  // namespace

void EntityLinker::Merge(EntityLinker&& other) {
  if (mentions_.empty()) {
    mentions_ = std::move(other.mentions_);
  } else {
    for (auto& [k, m] : other.mentions_) {
      Mentions& to = mentions_[k];
      AddCounts(std::move(m.surfaces), &to.surfaces);
      for (size_t t = 0; t < to.types.size(); ++t) to.types[t] += m.types[t];
      to.person_articles += m.person_articles;
    }
  }
  AddCounts(std::move(other.aliases_), &aliases_);
  AddCounts(std::move(other.one_word_articles_), &one_word_articles_);
  AddCounts(std::move(other.named_with_), &named_with_);
  other = EntityLinker{};
}

void EntityLinker::Link() {
  // Distinct name keys, in sorted order, so the result depends only on the
  // mentions, not on the order they came in. The counts are moved out of
  // `mentions_`: Link uses up what Add counted.
  std::vector<std::pair<const std::string, Mentions>*> sorted;
  sorted.reserve(mentions_.size());
  for (auto& entry : mentions_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  std::unordered_map<std::string, size_t, KeyHash, std::equal_to<>> ids;
  ids.reserve(mentions_.size());
  std::vector<std::string> keys;
  keys.reserve(mentions_.size());
  std::vector<std::map<std::string, size_t>> surfaces;
  surfaces.reserve(mentions_.size());
  std::vector<std::map<EntityType, size_t>> types(mentions_.size());
  std::vector<size_t> person_articles(mentions_.size());
  for (auto* entry : sorted) {
    const std::string& k = entry->first;
    Mentions& m = entry->second;
    const size_t id = keys.size();
    ids.emplace(k, id);
    keys.push_back(k);
    person_articles[id] = m.person_articles;
    surfaces.push_back(std::move(m.surfaces));
    for (int t = 0; t < 4; ++t)
      if (m.types[t]) types[id][static_cast<EntityType>(t)] = m.types[t];
  }
  mentions_.clear();
  internal::UnionFind uf(keys.size());
  auto main_type = [&](size_t id) {
    EntityType best = EntityType::kOther;
    size_t n = 0;
    for (const auto& [t, c] : types[id])
      if (c > n) {
        n = c;
        best = t;
      }
    return best;
  };
  // (1) names in parentheses. Not every parenthesis after a name gives
  // another name: "سبق الاخبارية (السعودية)", "الأحساء (جنوب)", "الملك
  // عبدالله (رحمه الله)" qualify it. A qualifier follows many different
  // names, so a pair joins only when it is more than half of the
  // parenthesised pairs of both names; when it is not rare next to the
  // mentions of the lesser-named one (one "الأحساء (السعودية)" among
  // hundreds of mentions of each says nothing); and when the two are not
  // named as different kinds of thing. Chained through the whole run, any
  // of these had joined السعودية with الأهلي، الأحساء and أرسنال.
  std::vector<size_t> mention_total(keys.size(), 0);
  for (size_t id = 0; id < keys.size(); ++id)
    for (const auto& [s, c] : surfaces[id]) mention_total[id] += c;
  {
    std::vector<size_t> alias_total(keys.size(), 0);
    for (const auto& [pair, c] : aliases_) {
      alias_total[ids[pair.first]] += c;
      alias_total[ids[pair.second]] += c;
    }
    for (const auto& [pair, c] : aliases_) {
      size_t a = ids[pair.first], b = ids[pair.second];
      EntityType ta = main_type(a), tb = main_type(b);
      if (ta != tb && ta != EntityType::kOther && tb != EntityType::kOther) continue;
      if (2 * c <= alias_total[a] || 2 * c <= alias_total[b]) continue;
      if (10 * c < std::min(mention_total[a], mention_total[b])) continue;  // c counts each pair twice
      uf.Union(a, b);
    }
  }
  // (2) person suffixes, (3) trigger + organisation: only the words that
  // say what kind of body the name is (تنظيم داعش, نادي الأهلي, حزب
  // العمال الكردستاني), not those that name another body after it: وزارة
  // الشباب, قناة الجزيرة, بنك الجزيرة, مكتب الأمم المتحدة are not
  // الشباب, الجزيرة or the United Nations.
  static const internal::WordSet designators = {
      "تنظيم", "حركة", "جماعة", "حزب", "جبهة", "منظمة", "نادي", "فريق", "قوات", "كتائب",
      "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصيل", "فصائل", "ألوية", "عصابة", "عصابات",
      // and with the article (النادي الأهلي; not المنظمة: "المنظمة العربية"
      // is no العربية)
      "النادي", "التنظيم", "الحزب"};
  // A club's words: a name said with these and with another body's word
  // (نادي الشباب and حركة الشباب, نادي النهضة and حزب النهضة) names two
  // bodies, and the name alone joins neither (nor does فريق, a team or a
  // faction, say which).
  static const internal::WordSet club_words = {"نادي", "النادي"}, team = {"فريق"};
  // A person's name ends with the father's after بن (بندر بن عبدالله بن
  // عبدالعزيز is not عبدالله بن عبدالعزيز), and often without it: أحمد علي
  // عبدالله صالح is the son of علي عبدالله صالح. So no suffix starts after
  // بن, and a suffix of two or more words joins the longer name only when
  // it is not mentioned more than twice as often (a father better known
  // than his son stays apart; قاسم سليماني / سليماني is one word).
  const internal::WordSet& son_of = internal::SonOf();
  // Joins a name to the longer names it ends, when they are one entity
  // already (else it is ambiguous) and, unless `any_count`, when it is not
  // mentioned more than twice as often as they are.
  // Of the entities holding some names (root -> those names' mentions), the
  // one, or the one with nine in ten of the mentions (a namesake named a
  // few times, a tagger's overruns), or SIZE_MAX.
  // Also the one with three in four of the mentions and ten times as many
  // as any other: "أوباما" is باراك أوباما's (467 of 530) though his
  // relatives in Kenya and the tagger's overruns ("فإن أوباما") hold the rest.
  auto dominant = [](const std::map<size_t, size_t>& by_root, size_t all) {
    size_t best = SIZE_MAX, best_n = 0, second_n = 0;
    for (const auto& [root, n] : by_root) {
      if (n > best_n) {
        second_n = best_n;
        best_n = n;
        best = root;
      } else {
        second_n = std::max(second_n, n);
      }
    }
    if (best == SIZE_MAX) return SIZE_MAX;
    if (10 * best_n >= 9 * all) return best;
    if (4 * best_n >= 3 * all && best_n >= 10 * second_n) return best;
    return SIZE_MAX;
  };
  // first_name: the name is one word that begins more person names than it
  // ends (بشار: بشار الأسد); a name named in full once or twice does not say
  // whom forty mentions of it mean ("بشار" alone is بشار الأسد, not the جزمي
  // بشار of one report; "فاطمة" not the tagger's "قرآن فاطمة").
  auto join_ending = [&](size_t id, const std::vector<size_t>& longer, bool any_count, bool first_name = false) {
    std::map<size_t, size_t> roots;  // root -> mentions of its longer names here
    size_t longer_mentions = 0;
    for (size_t l : longer) {
      roots[uf.Find(l)] += mention_total[l];
      longer_mentions += mention_total[l];
    }
    // "أوباما" is باراك أوباما's though ميشيل أوباما is named a few times.
    const size_t root = dominant(roots, longer_mentions);
    if (root != SIZE_MAX && (any_count || mention_total[id] <= 2 * roots[root]) &&
        (!first_name || 20 * roots[root] >= mention_total[id]))
      uf.Union(id, root);
  };
  // (9) A name whose first word carries a clitic (ونايف هزازي، لريال
  // مدريد، للأمم المتحدة) is the name without it, named at least as often
  // as the same kind of thing. A single word only after و or ل and when
  // the bare word is named five times as often: وجدة is "and Jeddah" in
  // these news (188 against 3,987), not Oujda; كفريا is a town, not ك +
  // فريا, and باندورا، بريان، باردو are names, not ب + اندورا، ريان، اردو.
  // Joined so, a word with its clitic ends no longer name: "حسام وإبراهيم"
  // is two people, and not إبراهيم's name.
  // The first and last words of the person names of two words or more, and
  // how many names each begins or ends (for (9) and (11)).
  auto first_word = [&](size_t id) { return keys[id].substr(0, keys[id].find(' ')); };
  auto last_word = [&](size_t id) { return keys[id].substr(keys[id].rfind(' ') + 1); };
  std::map<std::string, size_t> names_begun, names_ended;
  for (size_t id = 0; id < keys.size(); ++id) {
    if (main_type(id) != EntityType::kPerson || keys[id].find(' ') == std::string::npos) continue;
    ++names_begun[first_word(id)];
    ++names_ended[last_word(id)];
  }
  std::vector<bool> clitic_form(keys.size(), false);
  std::vector<size_t> clitic_to(keys.size(), SIZE_MAX);  // of a clitic form: the name without the clitic
  std::set<std::string> clitic_words;
  {
    const auto& clitics = internal::LeadingClitics::Get();
    // Each name without its spaces, for the bare name spaced otherwise
    // (وتميم بن عبد العزيز السالم / تميم بن عبدالعزيز السالم).
    std::map<std::string, size_t> by_squeezed;
    for (size_t id = 0; id < keys.size(); ++id) by_squeezed.emplace(Squeezed(keys[id]), id);
    static const std::string kFa = internal::KeyOf("ف"), kKa = internal::KeyOf("ك"), kBi = internal::KeyOf("ب");
    for (size_t id = 0; id < keys.size(); ++id) {
      const std::string& k = keys[id];
      if (k.empty() || k[0] == kMediumMark) continue;
      const size_t space = k.find(' ');
      const bool one_word = space == std::string::npos;
      const std::string_view first = std::string_view(k).substr(0, space);
      const std::string tail = one_word ? std::string() : k.substr(space);
      std::vector<std::string> bare;
      if (!one_word) {
        if (std::string lil = clitics.LilAsAl(first); !lil.empty()) bare.push_back(lil + tail);
      } else if (internal::BeginsWith(first, kFa) || internal::BeginsWith(first, kKa) ||
                 internal::BeginsWith(first, kBi)) {
        continue;
      }
      if (std::string_view rest = clitics.AfterLetter(first); rest.size() >= 6)  // three letters
        bare.push_back(std::string(rest) + tail);
      for (const std::string& b : bare) {
        size_t to = SIZE_MAX;
        if (auto it = ids.find(b); it != ids.end()) {
          to = it->second;
        } else if (auto sq = by_squeezed.find(Squeezed(b)); sq != by_squeezed.end()) {
          to = sq->second;
        }
        if (to == SIZE_MAX || main_type(to) != main_type(id)) continue;
        // As often named, or a person's first word that begins more of the
        // run's names without the clitic than with it (حسن / وحسن الراهب,
        // a list of players; not باراك / اراك أوباما).
        // (A name of several words half as often: "الأمين العام لرابطة العالم
        // الإسلامي" is written more often than رابطة العالم الإسلامي alone.)
        const bool named_as_often =
            one_word ? mention_total[to] >= 5 * mention_total[id] : 2 * mention_total[to] >= mention_total[id];
        const bool person_first_name = !one_word && main_type(id) == EntityType::kPerson &&
                                       names_begun[b.substr(0, b.find(' '))] > names_begun[std::string(first)];
        if (!named_as_often && !person_first_name) continue;
        uf.Union(id, to);
        clitic_form[id] = true;
        clitic_to[id] = to;
        clitic_words.emplace(first);
        break;
      }
    }
  }
  // (10) A person named by the first name and the family's without the
  // father's (عادل الجبير) is the one named with it (عادل بن أحمد
  // الجبير), when the names of that form are one entity (or one holds
  // nine in ten of their mentions), named at least three times, and the
  // short name is not named more than four times as often: سعود الفيصل
  // (329) is not سعود بن خالد الفيصل (2).
  {
    static const std::string kBin = internal::KeyOf("بن");
    static const internal::WordSet not_family = {"بن", "ابن", "بنت", "آل"};
    std::map<std::string, std::vector<size_t>> by_ends;  // "first last" -> "first بن … last"
    for (size_t id = 0; id < keys.size(); ++id) {
      if (main_type(id) != EntityType::kPerson) continue;
      auto words = SplitWords(keys[id]);
      if (words.size() < 4 || not_family.Has(words[words.size() - 2])) continue;
      auto bin = std::find(words.begin() + 1, words.end() - 2, kBin);
      if (bin == words.end() - 2) continue;
      std::string short_key;
      for (auto w = words.begin(); w != bin; ++w) short_key += *w + " ";
      by_ends[short_key + words.back()].push_back(id);
    }
    for (size_t id = 0; id < keys.size(); ++id) {
      if (main_type(id) != EntityType::kPerson) continue;
      auto it = by_ends.find(keys[id]);
      if (it == by_ends.end()) continue;
      bool plain = true;
      for (auto w : SplitWords(keys[id])) plain = plain && !not_family.Has(w);
      if (!plain) continue;
      std::map<size_t, size_t> roots;
      size_t all = 0;
      for (size_t l : it->second) {
        roots[uf.Find(l)] += mention_total[l];
        all += mention_total[l];
      }
      const size_t root = dominant(roots, all);
      if (root == SIZE_MAX || roots[root] < 3 || mention_total[id] > 4 * roots[root]) continue;
      uf.Union(id, root);
    }
  }
  // (11) A foreign person's name spelt two ways (سيرغي / سيرجي لافروف،
  // ميشال / ميشيل بلاتيني، جورجيوس / جيورجيوس دونيس، رحيم سترلينغ /
  // ستيرلينج): names of two words or more whose words are the same without
  // the vowel letters inside them (ا و ي between the first letter and the
  // last), غ read as ج, are one, when each first word begins at most 40 of
  // the run's person names and each last word ends at most ten. Arabic
  // first names differ by those letters (محمد / محمود، سعد / سعيد، صالح /
  // صلاح) and each begins hundreds of names; a family's name (الدوسري)
  // ends hundreds; a last letter stays (ويل / ويلو سميث are father and
  // daughter). (سيرجي begins 13 names on SaudiNewsNet, ميشال 22.)
  {
    auto skeleton = [](const std::string& key) {
      std::u32string out;
      for (const std::string& w : SplitWords(key)) {
        const std::u32string u = internal::ToU32(w);
        if (!out.empty()) out.push_back(U' ');
        for (size_t i = 0; i < u.size(); ++i) {
          const char32_t c = u[i] == U'\u063A' ? U'\u062C' : u[i];  // غ -> ج
          const bool vowel = c == U'\u0627' || c == U'\u0648' || c == U'\u064A';  // ا و ي
          if (vowel && i > 0 && i + 1 < u.size()) continue;
          out.push_back(c);
        }
      }
      return out;
    };
    std::map<std::u32string, std::vector<size_t>> by_skeleton;
    for (size_t id = 0; id < keys.size(); ++id)
      if (main_type(id) == EntityType::kPerson && keys[id].find(' ') != std::string::npos)
        by_skeleton[skeleton(keys[id])].push_back(id);
    for (const auto& [sk, members] : by_skeleton) {
      if (members.size() < 2) continue;
      bool rare = true;
      for (size_t id : members) rare = rare && names_begun[first_word(id)] <= 40 && names_ended[last_word(id)] <= 10;
      if (!rare) {
        // A surname that ends more of the run's names (the tagger's
        // overruns count: "داعمي بلاتر"، "وفاز بلاتر") still joins two
        // spellings of one first name when each word of one is the other's
        // with vowel letters written in (جوزف / جوزيف بلاتر، داود / داوود
        // اوغلو، تشاوش / تشاووش): Arabic first names that share a skeleton
        // mostly place their vowels otherwise (فايزة / فوزية، عايد / عواد).
        for (size_t a = 0; a < members.size(); ++a)
          for (size_t b = a + 1; b < members.size(); ++b)
            if (SpeltWithMoreVowels(keys[members[a]], keys[members[b]], names_begun, names_ended))
              uf.Union(members[a], members[b]);
        continue;
      }
      for (size_t m = 1; m < members.size(); ++m) uf.Union(members[0], members[m]);
    }
    // Other names of two words or more spelt with a foreign word's last s
    // as س or ز (نيو هورايزونز / نيو هورايزونس): the same kind of thing.
    std::map<std::pair<std::string, EntityType>, std::vector<size_t>> by_s;
    static const std::string kZ = internal::KeyOf("ز"), kS = internal::KeyOf("س");
    for (size_t id = 0; id < keys.size(); ++id) {
      if (main_type(id) == EntityType::kPerson || keys[id].find(' ') == std::string::npos) continue;
      std::string k;
      for (const std::string& w : SplitWords(keys[id])) {
        if (!k.empty()) k += ' ';
        k += w.ends_with(kZ) && w.size() > 6 ? w.substr(0, w.size() - kZ.size()) + kS : w;
      }
      by_s[{k, main_type(id)}].push_back(id);
    }
    for (const auto& [k, members] : by_s)
      for (size_t m = 1; m < members.size(); ++m) uf.Union(members[0], members[m]);
  }
  // (13) A person's name of two words or more is the longer name with the
  // same first and last words and more between ("دييجو مارادونا" /
  // "دييجو أرماندو مارادونا", "فرانك شتاينماير" / "فرانك فالتر شتاينماير")
  // when that person is the one such name mostly meant, its first word is
  // mostly a person's and begins few names (not محمد: محمد الشهري is many
  // people), and neither is a name by lineage (محمد بن سلمان is not محمد بن
  // نايف بن سلمان).
  {
    static const std::string kAl = internal::KeyOf("ال");
    auto first_name = [&](const std::string& w) {
      if ((NerLexicon(w) & 3) != 3 || w.starts_with(kAl)) return false;
      const std::string_view bare = internal::BareKey(w);  // "ويلاحق" is و + a verb
      return bare == w || (NerLexicon(bare) & 3) == 3;
    };
    auto lineage = [&](const std::vector<std::string>& w) {
      for (const std::string& x : w)
        if (son_of.Has(x)) return true;
      return false;
    };
    std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_ends;
    std::vector<std::vector<std::string>> words(keys.size());
    for (size_t id = 0; id < keys.size(); ++id) {
      if (main_type(id) != EntityType::kPerson || keys[id].find(' ') == std::string::npos) continue;
      words[id] = SplitWords(keys[id]);
      if (lineage(words[id])) continue;
      by_ends[{words[id].front(), words[id].back()}].push_back(id);
    }
    for (const auto& [ends, members] : by_ends) {
      // The first word a first name: mostly a person's, no title with ال, no
      // word after و (the tagger's overruns begin with a verb or a title:
      // "ويلاحق حسين حبري", "البروفيسور ديفيد توماس").
      if (members.size() < 2 || names_begun[ends.first] > 40 || !first_name(ends.first)) continue;
      for (size_t a : members) {
        std::vector<size_t> longer;
        for (size_t b : members) {
          const auto &wa = words[a], &wb = words[b];
          if (wb.size() <= wa.size()) continue;
          size_t k = 0;  // wa a subsequence of wb
          for (const std::string& x : wb)
            if (k < wa.size() && x == wa[k]) ++k;
          if (k == wa.size()) longer.push_back(b);
        }
        if (!longer.empty()) join_ending(a, longer, true);
      }
    }
  }
  std::map<std::string, std::vector<size_t>> by_suffix;  // suffix key -> longer person names
  for (size_t id = 0; id < keys.size(); ++id) {
    if (main_type(id) != EntityType::kPerson) continue;
    auto words = SplitWords(keys[id]);
    for (size_t s = 1; s < words.size(); ++s) {
      if (son_of.Has(words[s - 1]) || clitic_words.count(words[s])) continue;
      std::string suffix;
      for (size_t k = s; k < words.size(); ++k) suffix += (suffix.empty() ? "" : " ") + words[k];
      by_suffix[suffix].push_back(id);
    }
  }
  std::map<std::string, int> designated;  // name -> 1 said with a club's word, 2 with another body's
  for (size_t id = 0; id < keys.size(); ++id) {
    const size_t space = keys[id].find(' ');
    const std::string_view designator = std::string_view(keys[id]).substr(0, space);
    if (space == std::string::npos || !designators.Has(designator) || team.Has(designator)) continue;
    designated[keys[id].substr(space + 1)] |= club_words.Has(designator) ? 1 : 2;
  }
  for (size_t id = 0; id < keys.size(); ++id) {
    EntityType t = main_type(id);
    if (t == EntityType::kPerson) {
      if (clitic_form[id]) continue;
      auto it = by_suffix.find(keys[id]);
      if (it == by_suffix.end()) continue;
      const bool one_word = keys[id].find(' ') == std::string::npos;
      join_ending(id, it->second, one_word, one_word && names_begun[keys[id]] > names_ended[keys[id]]);
    } else if (t == EntityType::kOrganisation || t == EntityType::kOther) {
      auto words = SplitWords(keys[id]);
      if (words.size() >= 2 && designators.Has(words[0])) {
        std::string rest = keys[id].substr(words[0].size() + 1);
        auto it = ids.find(rest);
        // Only another organisation: قناة الميادين is not the town.
        const auto both = designated.find(rest);
        if (it != ids.end() && main_type(it->second) == EntityType::kOrganisation &&
            (both == designated.end() || both->second != 3))
          uf.Union(id, it->second);
      }
    }
  }
  // (5) the same letters with the spaces in other places (البو كمال /
  // البوكمال), or America's two spellings (الخارجية الأميركية / الأمريكية),
  // and for people, a name that ends a longer one whatever its spacing
  // (أميرعبد اللهيان / حسين امير عبداللهيان).
  {
    std::map<std::string, std::vector<size_t>> squeezed;
    std::vector<std::string> sq(keys.size());
    for (size_t id = 0; id < keys.size(); ++id) {
      sq[id] = Squeezed(keys[id]);
      internal::OneSpellingOfAmerica(&sq[id]);
      // Not a name of single letters: "أ ب" (AP) is not the town إب.
      bool letters = false;
      for (const std::string& x : SplitWords(keys[id])) letters = letters || x.size() <= 2;
      if (!letters) squeezed[sq[id]].push_back(id);
    }
    for (const auto& [k, members] : squeezed)
      for (size_t m = 1; m < members.size(); ++m) uf.Union(members[0], members[m]);
    // Proper suffixes (after a word of the longer name, of at least six
    // letters) of the squeezed person names -> the names that end with them.
    std::map<std::string, std::vector<size_t>> ends;
    for (size_t id = 0; id < keys.size(); ++id) {
      if (main_type(id) != EntityType::kPerson) continue;
      // Cuts at the longer name's own word ends only: سعد إبراهيم is not
      // the end of أسعد إبراهيم.
      const std::string& k = sq[id];
      size_t cut = 0;
      for (char c : keys[id]) {
        if (c != ' ') {
          ++cut;
          continue;
        }
        if (cut + 12 > k.size()) break;
        if (std::string_view(k).substr(0, cut).ends_with("بن")) continue;  // the father's name
        ends[k.substr(cut)].push_back(id);
      }
    }
    for (size_t id = 0; id < keys.size(); ++id) {
      if (main_type(id) != EntityType::kPerson || sq[id].size() < 12 || clitic_form[id]) continue;
      auto it = ends.find(sq[id]);
      if (it == ends.end()) continue;
      join_ending(id, it->second, false);
    }
  }
  // (7) A name by its lineage ("محمد بن سلمان") that begins longer ones
  // going on with more of it or the family ("… بن عبد العزيز"، "… آل سعود")
  // is theirs when they are one entity and, unless they only add the
  // family's name, it is not mentioned more than twice as often as they
  // are: a better-known namesake stays apart (عبد الله بن عبد العزيز, the
  // king, is not عبد الله بن عبد العزيز بن مساعد).
  // After (5), so that its spellings are one (عبدالعزيز، عبد العزيز), and
  // by whole groups. Longest first, so that a chain of them is one by the
  // time the shortest is looked at.
  {
    static const internal::WordSet lineage = {"بن", "ابن", "بنت", "آل"};
    static const std::string kFamily = internal::KeyOf("آل");
    // prefix key -> (longer person name, whether what follows is only the
    // family's name: "… آل سعود")
    std::map<std::string, std::vector<std::pair<size_t, bool>>> by_prefix;
    std::vector<std::pair<size_t, size_t>> persons;  // (words, id)
    for (size_t id = 0; id < keys.size(); ++id) {
      if (main_type(id) != EntityType::kPerson) continue;
      auto words = SplitWords(keys[id]);
      persons.push_back({words.size(), id});
      bool son = false;
      std::string prefix;
      for (size_t s = 0; s < words.size(); ++s) {
        if (s >= 3 && son && lineage.Has(words[s]))
          by_prefix[prefix].push_back({id, s + 2 == words.size() && words[s] == kFamily});
        son = son || (s > 0 && son_of.Has(words[s]));
        prefix += (prefix.empty() ? "" : " ") + words[s];
      }
    }
    std::sort(persons.begin(), persons.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::map<size_t, size_t> total;  // root -> mentions of its group
    for (size_t id = 0; id < keys.size(); ++id) total[uf.Find(id)] += mention_total[id];
    std::map<size_t, std::vector<size_t>> members;  // root -> person ids, for the groups looked at
    for (const auto& [n, id] : persons) members[uf.Find(id)].push_back(id);
    std::set<size_t> done;
    for (const auto& [n, id] : persons) {
      const size_t root = uf.Find(id);
      if (!done.insert(root).second) continue;
      // The roots of longer names any spelling of this one begins, with
      // their names' mentions, and whether those only add the family's name.
      std::map<size_t, size_t> longer;
      std::map<size_t, bool> family_only;
      size_t all = 0;
      for (size_t m : members[root]) {
        auto it = by_prefix.find(keys[m]);
        if (it == by_prefix.end()) continue;
        for (const auto& [l, family] : it->second) {
          const size_t r = uf.Find(l);
          if (r == root) continue;
          longer[r] += mention_total[l];
          all += mention_total[l];
          auto [f, fresh] = family_only.insert({r, family});
          if (!fresh) f->second = f->second && family;
        }
      }
      // ("محمد بن نايف بن عبدالعزيز ركعتي": a tagger's overrun.)
      const size_t other = dominant(longer, all);
      if (other == SIZE_MAX) continue;
      const size_t sum = total[root] + total[other];
      // (The family's name adds no one: "… بن عبد العزيز" is "… بن عبد
      // العزيز آل سعود" however often each is written.)
      if (!family_only[other] && total[root] > 2 * total[other]) continue;
      uf.Union(root, other);
      total[uf.Find(root)] = sum;
    }
  }
  // (12) A person named by one word — a first name (الملك سلمان) or the
  // end of a name (صالح، الأسد) — is the one named by it and his lineage
  // (سلمان بن عبد العزيز آل سعود) or by a name it ends (علي عبد الله صالح)
  // when the articles that name him so name that person too: two in five of
  // them or more, at least three, and that one nine in ten of the times or
  // three in four and ten times any other; and the name is no longer one's
  // yet. Over the run, بشار الأسد has 340 mentions and سليمان الأسد 47,
  // and "الأسد" was no one's; in the articles that say "الأسد", Bashar is
  // named 144 times, Sulaiman 11. "مساعد" alone is mostly a word
  // (assistant): its articles seldom name مساعد بن محمد العيبان; "فيصل" is
  // several kings and princes.
  {
    std::set<size_t> named_longer;  // groups with a name of two words or more
    for (size_t id = 0; id < keys.size(); ++id)
      if (keys[id].find(' ') != std::string::npos) named_longer.insert(uf.Find(id));
    std::map<std::string, std::map<size_t, size_t>> with_root;  // one-word key -> root -> articles
    for (const auto& [pair, n] : named_with_) {
      auto it = ids.find(pair.second);
      if (it != ids.end() && main_type(it->second) == EntityType::kPerson) with_root[pair.first][uf.Find(it->second)] += n;
    }
    for (const auto& [w, roots] : with_root) {
      const size_t id = ids[w];
      if (main_type(id) != EntityType::kPerson || named_longer.count(uf.Find(id))) continue;
      size_t all = 0;
      for (const auto& [r, n] : roots) all += n;
      const size_t root = dominant(roots, all);
      if (root == SIZE_MAX) continue;
      const size_t n = roots.at(root);
      if (n >= 3 && 5 * n >= 2 * one_word_articles_[w]) uf.Union(id, root);
    }
  }
  // (8) An organisation of one word is one with the same word after the
  // article, as foreign names are written both ways (فيفا / الفيفا، ناتو /
  // الناتو، أوبك / الأوبك). Not when one is said with a club's word and the
  // other with another body's (حركة فتح and نادي الفتح, as in (3)).
  {
    static const std::string kAl = internal::KeyOf("ال");
    auto said_with = [&](const std::string& name) {
      const auto d = designated.find(name);
      return d == designated.end() ? 0 : d->second;
    };
    for (size_t id = 0; id < keys.size(); ++id) {
      const std::string& k = keys[id];
      if (main_type(id) != EntityType::kOrganisation || k.find(' ') != std::string::npos || internal::BeginsWith(k, kAl)) continue;
      auto it = ids.find(kAl + k);
      if (it != ids.end() && main_type(it->second) == EntityType::kOrganisation &&
          (said_with(k) | said_with(kAl + k)) != 3)
        uf.Union(id, it->second);
    }
  }
  // (6) a medium told is one with the organisation of its name (لـ«الجزيرة»
  // and قناة الجزيرة), not with a place or person.
  for (size_t id = 0; id < keys.size(); ++id) {
    if (keys[id].empty() || keys[id][0] != kMediumMark) continue;
    auto it = ids.find(keys[id].substr(1));
    if (it != ids.end() && main_type(it->second) == EntityType::kOrganisation) uf.Union(id, it->second);
  }
  // (4) alias sets.
  for (const auto& set : AliasSets()) {
    std::vector<size_t> present;
    for (const char* name : set) {
      auto it = ids.find(internal::KeyOf(name));
      if (it != ids.end()) present.push_back(it->second);
    }
    for (size_t k = 1; k < present.size(); ++k) uf.Union(present[0], present[k]);
  }
  // A surface of a clitic form without its clitics, as rule (9) read them
  // off its key, down to the name without any: its first letter (وأوروبا →
  // أوروبا), or its لل read as ال (للأمم المتحدة → الأمم المتحدة). Empty
  // if the surface does not come apart so.
  auto without_clitics = [&](std::string surface, size_t id) {
    static const std::string kLil = "لل", kAl = "ال";
    for (size_t at = id; clitic_to[at] != SIZE_MAX; at = clitic_to[at]) {
      const std::string want = Squeezed(keys[clitic_to[at]]);
      auto fits = [&](const std::string& s) { return !s.empty() && Squeezed(internal::KeyOf(s)) == want; };
      std::string next;
      if (surface.starts_with(kLil)) next = kAl + surface.substr(kLil.size());
      if (!fits(next)) {
        if (surface.empty()) return std::string();
        const auto* p = reinterpret_cast<const unsigned char*>(surface.data());
        next = surface.substr(DecodeUtf8(p, p + surface.size()).len);
      }
      if (!fits(next)) return std::string();
      surface = std::move(next);
    }
    return surface;
  };
  bare_surfaces_.clear();
  // Canonical names and variant lists per group.
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t id = 0; id < keys.size(); ++id) groups[uf.Find(id)].push_back(id);
  // One resolution per group, shared by its names' keys.
  resolved_.clear();
  result_.clear();
  result_.reserve(keys.size());
  for (const auto& [root, members] : groups) {
    std::map<std::string, size_t> count;
    std::map<EntityType, size_t> tcount;
    std::set<std::string> with_clitic;  // not the name while there is another
    std::set<std::string> without;      // their surfaces without the clitic
    for (size_t id : members) {
      for (const auto& [s, c] : surfaces[id]) {
        count[s] += c;
        if (!clitic_form[id]) continue;
        with_clitic.insert(s);
        // A mention written with the clitic (وأوروبا، لاوروبا، ولأوروبا)
        // is named as written without it, and is no variant of its own.
        if (std::string bare = without_clitics(s, id); !bare.empty()) {
          without.insert(bare);
          bare_surfaces_.emplace(s, std::move(bare));
        }
      }
      for (const auto& [t, c] : types[id]) tcount[t] += c;
    }
    EntityType t = EntityType::kOther;
    size_t tn = 0;
    for (const auto& [ty, c] : tcount)
      if (c > tn) {
        tn = c;
        t = ty;
      }
    // A person's longest name, but not one the tagger ran on into a word
    // before it once in a large group: "بديل بشار الأسد" (once) among 339
    // "بشار الأسد". A name needs 2% of the group's mentions (any name in a
    // group of under 100; a first name that is also a word, علي، بان، باسم,
    // cannot be told from a word the tagger took along).
    size_t total = 0;
    for (const auto& [s, c] : count) total += c;
    const size_t enough = std::max<size_t>(1, total / 50);
    std::string best;
    size_t best_n = 0, best_words = 0;
    const bool any_bare = with_clitic.size() < count.size();
    // Nor one with a word twice in a row ("جلال الدين حقاني حقاني": the
    // tagger ran on into the next name).
    auto doubled = [](const std::string& name) {
      const auto w = SplitWords(name);
      for (size_t k = 1; k < w.size(); ++k)
        if (w[k] == w[k - 1]) return true;
      return false;
    };
    for (const auto& [s, c] : count) {
      if (t == EntityType::kPerson && (c < enough || doubled(s))) continue;
      if (any_bare && with_clitic.count(s)) continue;
      size_t nw = SplitWords(s).size();
      bool better = t == EntityType::kPerson
                        ? (nw > best_words || (nw == best_words && c > best_n))
                        : (c > best_n || (c == best_n && nw > best_words));
      if (best.empty() || better) {
        best = s;
        best_n = c;
        best_words = nw;
      }
    }
    // The variants: the other surfaces, sorted, those with a clitic without
    // it (merged in only for a group that has such).
    const bool clitic_forms = !without.empty();
    std::vector<std::string> all;
    for (const auto& [s, c] : count)
      if (s != best && !(clitic_forms && bare_surfaces_.count(s))) all.push_back(s);
    if (clitic_forms) {
      for (const std::string& s : without)
        if (s != best) all.push_back(s);
      std::sort(all.begin(), all.end());
      all.erase(std::unique(all.begin(), all.end()), all.end());
    }
    if (best.empty()) {  // names seen only as others' aliases: each its own
      for (size_t id : members) {
        result_.emplace(keys[id], resolved_.size());
        resolved_.push_back(Resolved{keys[id], all, t, false, clitic_forms});
      }
      continue;
    }
    bool vouched = false;
    if (t == EntityType::kPerson && best_words >= 2) {
      const std::string key = internal::KeyOf(best);
      size_t in_full = 0;
      for (size_t id : members) in_full += person_articles[id];
      vouched = names_begun[key.substr(0, key.find(' '))] >= 3 || in_full >= 2;
    }
    for (size_t id : members) result_.emplace(keys[id], resolved_.size());
    resolved_.push_back(Resolved{std::move(best), std::move(all), t, vouched, clitic_forms});
  }
}

const EntityLinker::Resolved* EntityLinker::Find(std::string_view surface) const {
  auto it = result_.find(internal::KeyOf(surface));
  return it == result_.end() ? nullptr : &resolved_[it->second];
}

void EntityLinker::Apply(Fact* f) const {
  if (f->kind == FactKind::kEntity) {
    if (auto it = result_.find(KeyFor(*f)); it != result_.end()) {
      const Resolved& r = resolved_[it->second];
      if (r.clitic_forms && !f->medium)
        if (auto bare = bare_surfaces_.find(f->surface); bare != bare_surfaces_.end()) f->surface = bare->second;
      f->name = r.name;
      f->variants = r.variants;
      // The group's type: one mention's tagging error does not stand.
      f->type = r.type;
    }
  } else if (f->kind == FactKind::kQuote && !f->speaker_entity.empty()) {
    if (const Resolved* r = Find(f->speaker_entity)) f->speaker_entity = r->name;
  }
}

void EntityLinker::ApplyArticle(std::vector<Fact>* facts) const {
  for (Fact& f : *facts) Apply(&f);
  // The article's person names (as linked over the run), each with the
  // match keys of its words and the variants its mentions carry.
  struct Name {
    std::vector<std::string> words;
    const std::vector<std::string>* variants = nullptr;
  };
  std::map<std::string, Name> names;
  for (const Fact& f : *facts) {
    if (f.kind != FactKind::kEntity || f.type != EntityType::kPerson || f.medium) continue;
    auto [it, added] = names.try_emplace(f.name);
    if (!added) continue;
    it->second.variants = &f.variants;
    // "عبد" and the word after it are one name (عبد الرحمن، عبدالرحمن), so
    // "عبد الرحمن" is short for "رامي عبد الرحمن" as "سليماني" is for "قاسم
    // سليماني".
    static const std::string kAbdWord = internal::KeyOf("عبد");
    bool after_abd = false;
    for (const std::string& w : SplitWords(f.name)) {
      std::string key = internal::KeyOf(w);
      if (after_abd) it->second.words.back() += key;
      else it->second.words.push_back(std::move(key));
      after_abd = !after_abd && it->second.words.back() == kAbdWord;
    }
  }
  if (names.size() < 2) return;
  static const std::string kBin = internal::KeyOf("بن"), kIbn = internal::KeyOf("ابن"), kAbd = internal::KeyOf("عبد");
  static const internal::WordSet kKunya{"أبو", "ابو", "أبي", "أم", "ام"};
  // A name is short for a longer one when it is the longer one's last word
  // and that word is not the father's (خالد in "فيصل بن خالد") nor the
  // child's a kunya names (محمد in "أبو محمد"), or, itself
  // no name by lineage, it has the longer one's first and last words ("عبد
  // العزيز" is one word here, so not عبد الله بن عبد العزيز's ends). A name of
  // several words names its person on purpose: "علي عبد الله صالح" beside
  // "أحمد علي عبد الله صالح" is the father, not a short form.
  auto short_for = [&](const std::vector<std::string>& s, const std::vector<std::string>& l) {
    if (s.empty() || s.size() >= l.size() || s.back() != l.back()) return false;
    if (s.size() == 1) return !internal::SonOf().Has(l[l.size() - 2]) && !kKunya.Has(l[l.size() - 2]);
    for (const std::string& w : s)
      if (w == kBin || w == kIbn) return false;
    return s.front() == l.front() && s.front() != kAbd;
  };
  // Longest first, so that a name short for one that is itself short for
  // a longer one reaches the longest (الحسين → محمد الحسين → محمد بن
  // سليمان الحسين); a name short for two people is left as it is.
  std::vector<const std::pair<const std::string, Name>*> order;
  for (const auto& n : names) order.push_back(&n);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* a, const auto* b) { return a->second.words.size() > b->second.words.size(); });
  std::map<std::string, std::string> full;  // short name -> the article's full name
  for (const auto* s : order) {
    std::string target;
    bool one = true;
    for (const auto* l : order) {
      if (l->second.words.size() <= s->second.words.size()) break;
      if (!short_for(s->second.words, l->second.words)) continue;
      auto f = full.find(l->first);
      const std::string& t = f == full.end() ? l->first : f->second;
      if (target.empty()) {
        target = t;
      } else if (t != target) {
        one = false;
        break;
      }
    }
    if (!one || target.empty()) continue;
    if (const Resolved* r = Find(target); r && r->vouched) full.emplace(s->first, std::move(target));
  }
  if (full.empty()) return;
  for (Fact& f : *facts) {
    if (f.kind == FactKind::kQuote) {
      if (auto it = full.find(f.speaker_entity); it != full.end()) f.speaker_entity = it->second;
      continue;
    }
    if (f.kind != FactKind::kEntity || f.type != EntityType::kPerson || f.medium) continue;
    auto it = full.find(f.name);
    if (it == full.end()) continue;
    std::vector<std::string> variants = *names.at(it->second).variants;
    if (std::find(variants.begin(), variants.end(), f.name) == variants.end()) variants.push_back(f.name);
    f.name = it->second;
    f.variants = std::move(variants);
  }
}

void LinkEntities(std::vector<std::vector<Fact>*>& per_article) {
  EntityLinker linker;
  for (auto* facts : per_article) linker.AddArticle(*facts);
  linker.Link();
  for (auto* facts : per_article) linker.ApplyArticle(facts);
}

}  // namespace sada
