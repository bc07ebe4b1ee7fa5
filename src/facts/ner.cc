// Averaged perceptron tagger (Collins 2002; averaging as in Daumé's
// "lazy" form: w_avg = w - u / c) over hashed string features.
#include "sada/ner.h"

#include <xxhash.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "facts/gazetteer.h"
#include "facts/words.h"
#include "sada/text.h"
#include "util/hash.h"
#include "util/strings.h"
#include "util/u64_map.h"

extern "C" {
// models/clusters-ar.txt, linked in by src/facts/core_data.S.
extern const char sada_clusters_begin[];
extern const char sada_clusters_end[];
// models/lexicon-ar.txt, the same way.
extern const char sada_lexicon_begin[];
extern const char sada_lexicon_end[];
}

namespace sada {
namespace {

constexpr const char* kLabelNames[kNumNerLabels] = {"O",     "B-PERS", "I-PERS", "B-LOC", "I-LOC",
                                                    "B-ORG", "I-ORG",  "B-MISC", "I-MISC"};

// Feature templates: a small id mixed into the hash of the string.
enum Tpl : uint64_t {
  kBias = 1, kWord, kStem, kPre1, kPre2, kPre3, kSuf1, kSuf2, kSuf3, kShape, kLen,
  kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevStem, kNextStem, kBigramPrev, kBigramNext,
  kGaz, kPrevGaz, kNextGaz, kPrev2Gaz, kPunct, kNextPunct, kPrevLabel, kPrev2Labels,
  kPrevLabelWord, kHasAl, kPrevLabelGaz, kFirst, kStemPrevStem, kPrevSuf2, kNextSuf2, kNextPre2,
  kPrevLabelSuf, kBare, kPrevBare, kNextBare, kCluster, kPrevCluster, kNextCluster, kPrev2Cluster,
  kNext2Cluster, kClusterBigram, kLex, kPrevLex, kNextLex,
};

inline uint64_t Str(std::string_view s) { return internal::KeyHash(s); }
// A feature: a template id and up to two values, mixed so that the order of
// the parts counts.
using internal::Mix64;
inline uint64_t F(Tpl t, uint64_t a, uint64_t b = 0) {
  return Mix64(Mix64(a + t * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL + t));
}

// First/last n letters (two bytes each for Arabic; bytes otherwise).
std::string_view Head(std::string_view k, size_t letters) {
  size_t n = 0, i = 0;
  while (i < k.size() && n < letters) {
    unsigned char c = k[i];
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++n;
  }
  return k.substr(0, std::min(i, k.size()));
}
std::string_view Tail(std::string_view k, size_t letters) {
  size_t i = k.size(), n = 0;
  while (i > 0 && n < letters) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(k[i]) & 0xC0) == 0x80) --i;
    ++n;
  }
  return k.substr(i);
}

const std::string& Al() {
  static const std::string al = Normalize("ال", Form::kMatchKey);
  return al;
}

}  // namespace

namespace internal_ner {
uint64_t BareHash(std::string_view key);
}  // namespace internal_ner

namespace {

// What the tagger knows of a word before it reads its context: its cluster
// and lexicon bits, by the 64-bit hash of its key (two keys sharing one, a
// chance of about 10^5 in 2^64, would share them, which can only nudge the
// tagger). One lookup per token for both.
struct WordInfo {
  int32_t cluster = -1;
  uint32_t lexicon = 0;
  bool adjective = false;  // NerAdjective
};

class WordTable {
 public:
  WordInfo Find(std::string_view key) const { return Find(internal::KeyHash(key)); }
  WordInfo Find(uint64_t key_hash) const {
    const WordInfo* w = map_.Find(key_hash);
    return w ? *w : WordInfo{};
  }
  // "key<TAB>cluster" lines.
  void AddClusters(std::string_view data) {
    ForEachLine(data, [&](std::string_view key, const std::string& rest) {
      Update(key, [&](WordInfo* w) { w->cluster = std::atoi(rest.c_str()); });
    });
  }
  static constexpr double kCommonAfter = 100;
  // "key<TAB>total<TAB>person<TAB>place<TAB>organisation<TAB>other" lines: how
  // often the word was seen and tagged as each type (ner lexicon). Two bits
  // per type: 5%, 20%, 50% of the times or more; words seen under 3 times say
  // nothing.
  void AddLexicon(std::string_view data) {
    // Times seen, and in a person's name, of words with ال ending in ي or ية.
    static const std::string kYa = internal::KeyOf("ي"), kTaMarbuta = internal::KeyOf("ة"),
                             kIyya = internal::KeyOf("ية");
    std::unordered_map<std::string, std::pair<double, double>> totals;
    ForEachLine(data, [&](std::string_view key, const std::string& rest) {
      double total = 0, n[4] = {};
      if (std::sscanf(rest.c_str(), "%lf %lf %lf %lf %lf", &total, &n[0], &n[1], &n[2], &n[3]) != 5) return;
      if (total < 3) return;
      uint32_t bits = 0;
      for (int t = 0; t < 4; ++t) {
        double f = n[t] / total;
        uint32_t b = f >= 0.5 ? 3 : f >= 0.2 ? 2 : f >= 0.05 ? 1 : 0;
        bits |= b << (2 * t);
      }
      // A word seen often and hardly ever in a name is a common word.
      if (bits == 0 && total >= kCommonAfter) bits = kNerLexCommon;
      if (bits != 0) Update(key, [&](WordInfo* w) { w->lexicon = bits; });
      if (internal::BeginsWith(key, Al()) && (key.ends_with(kYa) || key.ends_with(kIyya)))
        totals.emplace(key, std::pair{total, n[0]});
    });
    // An adjective of relation with the article (الكيني، الدولي، التجاري)
    // has a feminine (الكينية) used half as often or more; a family's name
    // so shaped (الغامدي، القحطاني) hardly ever has one, and one taken from a
    // place's (البكيري of البكيرية، الخالدي) is mostly a person's.
    for (const auto& [key, counts] : totals) {
      const auto [total, person] = counts;
      if (!key.ends_with(kYa) || person >= 0.5 * total) continue;
      const auto fem = totals.find(key + kTaMarbuta);
      if (fem != totals.end() && fem->second.first >= 0.5 * total)
        Update(key, [&](WordInfo* w) { w->adjective = true; });
    }
  }

 private:
  template <typename Fn>
  static void ForEachLine(std::string_view data, Fn&& fn) {
    while (!data.empty()) {
      size_t nl = data.find('\n');
      std::string_view line = data.substr(0, nl);
      data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
      size_t tab = line.find('\t');
      if (tab != std::string_view::npos) fn(line.substr(0, tab), std::string(line.substr(tab + 1)));
    }
  }
  template <typename Fn>
  void Update(std::string_view key, Fn&& fn) {
    WordInfo w = Find(key);
    fn(&w);
    map_.Insert(internal::KeyHash(key), w);
  }
  internal::U64Map<WordInfo> map_;
};

const WordTable& BuiltinWords() {
  static const WordTable* table = [] {
    auto* t = new WordTable();
    t->AddClusters(std::string_view(sada_clusters_begin, static_cast<size_t>(sada_clusters_end - sada_clusters_begin)));
    t->AddLexicon(std::string_view(sada_lexicon_begin, static_cast<size_t>(sada_lexicon_end - sada_lexicon_begin)));
    return t;
  }();
  return *table;
}

// A word's cluster (from `clusters`) and lexicon bits (from `lexicon`); what
// it lacks, it takes from its form without one leading clitic: وديفد, unseen,
// gets the cluster and lexicon bits of ديفد, وبلاتر those of بلاتر; a
// frequent word keeps what it has (وقال is not قال). (The built-in table
// holds both: one lookup a form.)
WordInfo FindWord(const WordTable& clusters, const WordTable& lexicon, std::string_view key, uint64_t key_hash) {
  auto find = [&](uint64_t h) {
    WordInfo w = clusters.Find(h);
    if (&lexicon != &clusters) w.lexicon = lexicon.Find(h).lexicon;
    return w;
  };
  WordInfo w = find(key_hash);
  if (w.cluster >= 0 && (w.lexicon & kNerLexTypes) != 0) return w;
  if (uint64_t bare = internal_ner::BareHash(key)) {
    const WordInfo b = find(bare);
    if (w.cluster < 0) w.cluster = b.cluster;
    if ((w.lexicon & kNerLexTypes) == 0) w.lexicon = (w.lexicon & kNerLexCommon) | (b.lexicon & kNerLexTypes);
  }
  return w;
}

}  // namespace

uint32_t NerLexicon(std::string_view key) {
  return FindWord(BuiltinWords(), BuiltinWords(), key, internal::KeyHash(key)).lexicon;
}

std::function<uint32_t(std::string_view)> MakeNerLexicon(std::string data) {
  auto table = std::make_shared<WordTable>();
  table->AddLexicon(data);
  return [table](std::string_view key) { return FindWord(BuiltinWords(), *table, key, internal::KeyHash(key)).lexicon; };
}

bool NerAdjective(std::string_view key) { return BuiltinWords().Find(key).adjective; }

int32_t WordCluster(std::string_view key) {
  return FindWord(BuiltinWords(), BuiltinWords(), key, internal::KeyHash(key)).cluster;
}

// Feature hash -> weights, and a bitmap of the features present (one bit per
// hash, 256 KiB: fits the L2 cache where the 8 MB table does not). Most
// features a text asks for are not in the model (word pairs never seen in
// training); the bitmap says so without touching the table, wrong for about
// one absent feature in twenty (then the table answers).
struct NerModel::Table : internal::U64Map<std::array<int16_t, kNumNerLabels>> {
  static constexpr int kBits = 21;
  std::vector<uint64_t> present = std::vector<uint64_t>((size_t{1} << kBits) / 64);
  static size_t Bit(uint64_t f) { return static_cast<size_t>(f >> (64 - kBits)); }
  void Add(uint64_t f, const std::array<int16_t, kNumNerLabels>& w) {
    Insert(f, w);
    present[Bit(f) / 64] |= uint64_t{1} << (Bit(f) % 64);
  }
  bool MaybeHas(uint64_t f) const { return (present[Bit(f) / 64] >> (Bit(f) % 64)) & 1; }
};

namespace {
std::atomic<uint64_t> g_next_model_id{1};
}  // namespace

// Each model made gets its own id, which the tagger's caches are keyed by
// (a copy shares the weights, and the id).
NerModel::NerModel() : weights_(std::make_shared<Table>()), id_(g_next_model_id.fetch_add(1)) {}

size_t NerModel::num_features() const { return weights_->size(); }

const char* NerLabelName(int label) {
  return label >= 0 && label < kNumNerLabels ? kLabelNames[label] : "?";
}

int NerLabelFromName(std::string_view name) {
  for (int i = 0; i < kNumNerLabels; ++i)
    if (name == kLabelNames[i]) return i;
  return -1;
}

NerToken MakeNerToken(std::string_view key, std::string_view stem, uint32_t gazetteer, bool punct_before,
                      bool number) {
  return MakeNerToken(key, internal::KeyHash(key), stem, gazetteer, punct_before, number);
}

NerToken MakeNerToken(std::string_view key, uint64_t key_hash, std::string_view stem, uint32_t gazetteer,
                      bool punct_before, bool number) {
  NerToken t;
  SetNerToken(&t, key, key_hash, stem, gazetteer, punct_before, number);
  return t;
}

void SetNerToken(NerToken* t, std::string_view key, uint64_t key_hash, std::string_view stem, uint32_t gazetteer,
                 bool punct_before, bool number) {
  t->key.assign(key);
  t->key_hash = key_hash;
  t->stem.assign(number ? key : stem);
  t->punct_before = punct_before;
  t->number = number;
  t->gazetteer = number ? 0 : gazetteer;
  WordInfo info;
  if (!number) {
    // Recent words' answers, direct-mapped by the key's hash (256 KiB: most
    // tokens are frequent words, and the table they come from is 2 MiB).
    struct Slot {
      uint64_t hash = 0;
      bool filled = false;
      WordInfo info;
    };
    constexpr int kBits = 14;
    thread_local std::vector<Slot> recent(size_t{1} << kBits);
    Slot& slot = recent[key_hash >> (64 - kBits)];
    if (!slot.filled || slot.hash != key_hash)
      slot = {key_hash, true, FindWord(BuiltinWords(), BuiltinWords(), key, key_hash)};
    info = slot.info;
  }
  t->cluster = info.cluster;
  t->lexicon = info.lexicon;
}

NerToken MakeNerToken(std::string_view key, bool punct_before, bool number) {
  if (number) return MakeNerToken(key, key, 0, punct_before, true);
  return MakeNerToken(key, Stem(key, "ar"), internal::Gazetteer::Get().Lookup(key), punct_before, false);
}

namespace internal_ner {

// What the features need of each token, hashed once per sentence.
struct TokenHashes {
  uint64_t word, stem, bare, has_al, pre1, pre2, pre3, suf1, suf2, suf3, len, shape, cluster;
  uint32_t gaz, lex;
  bool punct, number;
  bool affixes;  // bare ... shape filled in (HashAffixes)
};

// What the features take from a word's key alone: the hashes of the key, of
// its form without one leading clitic and of its affixes, its length and
// shape.
struct KeyHashes {
  uint64_t word = 0, bare, has_al, pre1, pre2, pre3, suf1, suf2, suf3, len, shape;
  bool filled = false;
};

// The hash of a key without one leading conjunction or preposition
// (وسوريا → سوريا, بدمشق → دمشق, للفرات → الفرات); 0 if it begins with none.
uint64_t BareHash(std::string_view key) {
  const auto& c = internal::LeadingClitics::Get();
  if (key.size() > 8)
    if (std::string al = c.LilAsAl(key); !al.empty()) return Str(al);
  if (key.size() <= 6) return 0;
  std::string_view rest = c.AfterLetter(key);
  return rest.empty() ? 0 : Str(rest);
}

void HashKey(std::string_view key, uint64_t word, KeyHashes* h) {
  h->word = word;
  const uint64_t without_clitic = BareHash(key);
  h->bare = without_clitic != 0 ? without_clitic : word;
  bool al = key.size() > Al().size() && internal::BeginsWith(key, Al());
  std::string_view bare = al ? key.substr(Al().size()) : key;
  h->has_al = al ? 2 : 1;
  h->pre1 = Str(Head(bare, 1));
  h->pre2 = Str(Head(bare, 2));
  h->pre3 = Str(Head(key, 3));
  h->suf1 = Str(Tail(key, 1));
  h->suf2 = Str(Tail(key, 2));
  h->suf3 = Str(Tail(key, 3));
  h->len = std::min<size_t>(key.size() / 2, 8) + 1;
  unsigned char c = key.empty() ? 0 : key[0];
  h->shape = c < 0x80 ? 2 : (c == 0xD8 || c == 0xD9) ? 3 : 4;  // Latin, Arabic, other
  h->filled = true;
}

// The hash of a token's key: as MakeNerToken gave it, or made here (a token
// made by hand may lack it).
uint64_t KeyHashOf(const NerToken& t) { return t.key_hash != 0 ? t.key_hash : internal::KeyHash(t.key); }

// The hashes of token t's key alone (affixes, shape...) into h.
void HashAffixes(const NerToken& t, TokenHashes* h) {
  h->affixes = true;
  if (t.number) return;
  // KeyHashes of recent words, direct-mapped by the key's hash (two keys
  // sharing a 64-bit hash would share features anyway, as in the model):
  // most tokens are frequent words, and this saves ten hashes a token.
  constexpr int kBits = 15;
  thread_local std::vector<KeyHashes> cache(size_t{1} << kBits);
  KeyHashes& k = cache[h->word >> (64 - kBits)];
  if (!k.filled || k.word != h->word) HashKey(t.key, h->word, &k);
  h->bare = k.bare;
  h->has_al = k.has_al;
  h->pre1 = k.pre1;
  h->pre2 = k.pre2;
  h->pre3 = k.pre3;
  h->suf1 = k.suf1;
  h->suf2 = k.suf2;
  h->suf3 = k.suf3;
  h->len = k.len;
  h->shape = k.shape;
}

// Every hash of every token, or (affixes false) only what the tagger needs
// to find a token's cached scores and pair it with its neighbours: word,
// stem, cluster, flags; HashAffixes fills in the rest where needed.
void HashTokens(const std::vector<NerToken>& s, std::vector<TokenHashes>* out, bool affixes) {
  static const uint64_t kNum = Str("<num>");
  out->resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const NerToken& t = s[i];
    TokenHashes& h = (*out)[i];
    h = TokenHashes{};
    h.gaz = t.gazetteer & 0xFF;  // the flags the model was trained with
    h.lex = t.lexicon;
    h.punct = t.punct_before;
    h.number = t.number;
    h.cluster = t.number ? 1 : static_cast<uint64_t>(t.cluster + 2);  // 1: number, 2: no cluster
    if (t.number) {
      h.word = h.stem = h.bare = kNum;
      h.shape = 1;
      continue;
    }
    h.word = KeyHashOf(t);
    h.stem = Str(t.stem);
    if (affixes) HashAffixes(t, &h);
  }
}

// One feature of template `t` per gazetteer flag set in `gaz` (the eight the
// model was trained with), with `b` as the second value when given.
void GazFeatures(Tpl t, uint32_t gaz, std::vector<uint64_t>* out, uint64_t b = 0) {
  for (uint32_t bit = 1; bit <= 128; bit <<= 1)
    if (gaz & bit) out->push_back(F(t, bit, b));
}

// One feature per entity type the lexicon bits name.
void LexFeatures(Tpl t, uint32_t lex, std::vector<uint64_t>* out) {
  for (uint32_t type = 0; type < 4; ++type)
    if (uint32_t b = (lex >> (2 * type)) & 3) out->push_back(F(t, type + 1, b));
}

// Hashes standing for the words before the first and after the last token.
uint64_t SentenceStart() {
  static const uint64_t h = Str("<s>");
  return h;
}
uint64_t SentenceEnd() {
  static const uint64_t h = Str("</s>");
  return h;
}

// Features of token i that depend on nothing but the token itself.
void IntrinsicFeatures(const TokenHashes& t, std::vector<uint64_t>* out) {
  out->push_back(F(kBias, 0));
  out->push_back(F(kWord, t.word));
  out->push_back(F(kStem, t.stem));
  out->push_back(F(kBare, t.bare));
  out->push_back(F(kCluster, t.cluster));
  if (!t.number) {
    out->push_back(F(kHasAl, t.has_al));
    out->push_back(F(kPre1, t.pre1));
    out->push_back(F(kPre2, t.pre2));
    out->push_back(F(kPre3, t.pre3));
    out->push_back(F(kSuf1, t.suf1));
    out->push_back(F(kSuf2, t.suf2));
    out->push_back(F(kSuf3, t.suf3));
    out->push_back(F(kLen, t.len));
  }
  out->push_back(F(kShape, t.shape));
  GazFeatures(kGaz, t.gaz, out);
  LexFeatures(kLex, t.lex, out);
}

// What a token contributes to the score of a neighbour: as the word before
// it (kAsPrev), after it (kAsNext), two before (kAsPrev2) or two after
// (kAsNext2). These depend on the token alone, so the tagger caches them per
// token like its intrinsic features. `t` null: the position is outside the
// sentence.
enum Role { kAsPrev, kAsNext, kAsPrev2, kAsNext2, kNumRoles };

void RoleFeatures(const TokenHashes* t, Role role, std::vector<uint64_t>* out) {
  const bool before = role == kAsPrev || role == kAsPrev2;
  const uint64_t edge = before ? SentenceStart() : SentenceEnd();
  const uint64_t word = t ? t->word : edge, stem = t ? t->stem : edge, bare = t ? t->bare : edge;
  const uint64_t cluster = t ? t->cluster : before ? 0x51 : 0x52;
  const uint32_t gaz = t ? t->gaz : 0, lex = t ? t->lex : 0;
  const bool affixes = t && !t->number;
  switch (role) {
    case kAsPrev:
      out->push_back(F(kPrevWord, word));
      out->push_back(F(kPrevStem, stem));
      out->push_back(F(kPrevBare, bare));
      out->push_back(F(kPrevCluster, cluster));
      if (affixes) out->push_back(F(kPrevSuf2, t->suf2));
      GazFeatures(kPrevGaz, gaz, out);
      LexFeatures(kPrevLex, lex, out);
      break;
    case kAsNext:
      out->push_back(F(kNextWord, word));
      out->push_back(F(kNextBare, bare));
      out->push_back(F(kNextStem, stem));
      out->push_back(F(kNextCluster, cluster));
      if (affixes) {
        out->push_back(F(kNextSuf2, t->suf2));
        out->push_back(F(kNextPre2, t->pre2));
      }
      GazFeatures(kNextGaz, gaz, out);
      LexFeatures(kNextLex, lex, out);
      break;
    case kAsPrev2:
      out->push_back(F(kPrev2Word, word));
      out->push_back(F(kPrev2Cluster, cluster));
      GazFeatures(kPrev2Gaz, gaz, out);
      break;
    case kAsNext2:
      out->push_back(F(kNext2Word, word));
      out->push_back(F(kNext2Cluster, cluster));
      break;
    case kNumRoles:
      break;
  }
}

// Features of position i that pair it with a neighbour, and do not depend
// on labels.
void PairFeatures(const std::vector<TokenHashes>& s, size_t i, std::vector<uint64_t>* out) {
  const size_t n = s.size();
  const TokenHashes& t = s[i];
  const uint64_t prev_word = i > 0 ? s[i - 1].word : SentenceStart();
  const uint64_t next_word = i + 1 < n ? s[i + 1].word : SentenceEnd();
  const uint64_t prev_stem = i > 0 ? s[i - 1].stem : SentenceStart();
  const uint64_t prev_cluster = i > 0 ? s[i - 1].cluster : 0x51;
  out->push_back(F(kClusterBigram, prev_cluster, t.cluster));
  out->push_back(F(kBigramPrev, prev_word, t.word));
  out->push_back(F(kBigramNext, t.word, next_word));
  out->push_back(F(kStemPrevStem, prev_stem, t.stem));
}

// Where position i stands: punctuation before it and before the next token,
// first in its sentence. Eight combinations, which the tagger scores once.
struct Position {
  bool punct, next_punct, first;
  int Index() const { return punct * 4 + next_punct * 2 + first; }
};
Position PositionOf(const std::vector<TokenHashes>& s, size_t i) {
  return Position{s[i].punct, i + 1 < s.size() && s[i + 1].punct, i == 0};
}
void PositionFeatures(Position p, std::vector<uint64_t>* out) {
  out->push_back(F(kPunct, p.punct ? 2 : 1));
  out->push_back(F(kNextPunct, p.next_punct ? 2 : 1));
  out->push_back(F(kFirst, p.first ? 2 : 1));
}

// Features of a token with the label before it.
void TokenLabelFeatures(const TokenHashes& t, int prev, std::vector<uint64_t>* out) {
  if (prev != kO) GazFeatures(kPrevLabelGaz, t.gaz, out, static_cast<uint64_t>(prev));
  out->push_back(F(kPrevLabelWord, static_cast<uint64_t>(prev) + 1, t.word));
  if (!t.number) out->push_back(F(kPrevLabelSuf, static_cast<uint64_t>(prev) + 1, t.suf2));
}

// Features of the two labels before a position, whatever the token.
void LabelPairFeatures(int prev, int prev2, std::vector<uint64_t>* out) {
  out->push_back(F(kPrevLabel, static_cast<uint64_t>(prev) + 1));
  out->push_back(F(kPrev2Labels, static_cast<uint64_t>(prev) + 1, static_cast<uint64_t>(prev2) + 1));
}

// Features of a token with the two labels before it.
void LabelFeatures(const TokenHashes& t, int prev, int prev2, std::vector<uint64_t>* out) {
  TokenLabelFeatures(t, prev, out);
  LabelPairFeatures(prev, prev2, out);
}

// Features of token i from its neighbours and the two labels before it: what
// training sees; the tagger adds up the same parts from its caches.
void ContextFeatures(const std::vector<TokenHashes>& s, size_t i, int prev, int prev2, std::vector<uint64_t>* out) {
  const size_t n = s.size();
  RoleFeatures(i >= 1 ? &s[i - 1] : nullptr, kAsPrev, out);
  RoleFeatures(i + 1 < n ? &s[i + 1] : nullptr, kAsNext, out);
  RoleFeatures(i >= 2 ? &s[i - 2] : nullptr, kAsPrev2, out);
  RoleFeatures(i + 2 < n ? &s[i + 2] : nullptr, kAsNext2, out);
  PairFeatures(s, i, out);
  PositionFeatures(PositionOf(s, i), out);
  LabelFeatures(s[i], prev, prev2, out);
}

}  // namespace internal_ner

namespace {

// An I- label must continue an entity of the same type.
bool Allowed(int label, int prev) {
  if (label == kO || IsBegin(label)) return true;
  return prev != kO && EntityOf(prev) == EntityOf(label);
}

// score += w, for the integer scores of the tagger: the first eight labels
// as two vectors of four (SSE2), the ninth alone. The compiler left these
// loops scalar, and they were 8% of extract's instructions.
using IntScore = std::array<int32_t, kNumNerLabels>;
static_assert(kNumNerLabels == 9);
inline void AddWeights(IntScore* score, const std::array<int16_t, kNumNerLabels>& w) {
#ifdef __SSE2__
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w.data()));
  __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16);  // sign-extended
  __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16);
  auto* s = reinterpret_cast<__m128i*>(score->data());
  _mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), lo));
  _mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), hi));
  (*score)[8] += w[8];
#else
  for (int l = 0; l < kNumNerLabels; ++l) (*score)[l] += w[l];
#endif
}
inline void AddScore(IntScore* score, const IntScore& other) {
#ifdef __SSE2__
  auto* s = reinterpret_cast<__m128i*>(score->data());
  const auto* o = reinterpret_cast<const __m128i*>(other.data());
  _mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), _mm_loadu_si128(o)));
  _mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), _mm_loadu_si128(o + 1)));
  (*score)[8] += other[8];
#else
  for (int l = 0; l < kNumNerLabels; ++l) (*score)[l] += other[l];
#endif
}

// The entity type with the most votes (ties: the first).
int MostVoted(const std::array<int, 4>& votes) {
  int best = 0;
  for (int e = 1; e < 4; ++e)
    if (votes[e] > votes[best]) best = e;
  return best;
}

template <typename Score>
int Best(int prev, const Score& score) {
  int best = kO;
  float best_score = -INFINITY;
  for (int l = 0; l < kNumNerLabels; ++l) {
    if (!Allowed(l, prev)) continue;
    if (score[l] > best_score) {
      best_score = score[l];
      best = l;
    }
  }
  return best;
}

}  // namespace

bool NerNameAfterAnd(std::string_view k) {
  if (k.size() < 6 || k.substr(0, 2) != "و" || (internal::Gazetteer::Get().Exact(k) & internal::kGazPerson))
    return false;
  const uint32_t own = NerLexicon(k) & kNerLexTypes, bare = NerLexicon(k.substr(2)) & kNerLexTypes;
  if ((bare & 3) != 3) return false;
  // The word with و seen on its own: often a person's too, and often no
  // other type (ونايف، وطارق، وأيمن, which the tagger found less often
  // in a name than نايف، طارق، أيمن).
  const bool other_often = ((own >> 2) & 3) >= 2 || ((own >> 4) & 3) >= 2 || ((own >> 6) & 3) >= 2;
  return own == bare || ((own & 3) >= 2 && !other_often);
}

void NerModel::Tag(const std::vector<NerToken>& sentence, std::vector<int>* labels) const {
  using Score = IntScore;
  using internal_ner::kNumRoles;
  const size_t n = sentence.size();
  labels->assign(n, kO);
  thread_local std::vector<internal_ner::TokenHashes> hashes;
  thread_local std::vector<uint64_t> feats;
  internal_ner::HashTokens(sentence, &hashes, false);  // affixes only for tokens not in the cache
  auto add = [&](Score* score) {
    size_t m = 0;  // the features that may be in the model, moved to the front
    for (uint64_t f : feats) {
      if (!weights_->MaybeHas(f)) continue;
      weights_->Prefetch(f);
      feats[m++] = f;
    }
    for (size_t k = 0; k < m; ++k) {
      const auto* w = weights_->Find(feats[k]);
      if (w != nullptr) AddWeights(score, *w);
    }
  };
  // Everything a token adds by itself, to its own score and, by role, to its
  // neighbours', depends only on the token: kept in a per-thread
  // direct-mapped cache (key: the token's hashes; on a clash the sums are
  // computed again). Scores are integer sums of the int16 weights, so the
  // cache can never change an answer. Of about 35 weights per token, what is
  // left to look up per position is its pairs with its neighbours (4) and,
  // after a word of a name, what depends on that label (2-3).
  struct alignas(64) Entry {
    uint64_t key = 0;
    uint64_t model = 0;
    Score own{};
    Score role[kNumRoles]{};
    Score after_o{};  // its label features when the label before it is O (most positions)
  };
  constexpr int kEntryBits = 16;
  constexpr size_t kEntries = size_t{1} << kEntryBits;
  thread_local std::vector<Entry> cache(kEntries);
  // Scores of positions outside the sentence and of the small features
  // (label pairs) do not depend on tokens: computed once per model.
  struct Fixed {
    uint64_t model = 0;
    Score edge[kNumRoles]{};
    Score position[8]{};  // by Position::Index
    Score labels[kNumNerLabels][kNumNerLabels]{};  // by the label before, and the one before that
  };
  thread_local Fixed fixed;
  if (fixed.model != id_) {
    fixed = Fixed{};
    for (int r = 0; r < kNumRoles; ++r) {
      feats.clear();
      internal_ner::RoleFeatures(nullptr, static_cast<internal_ner::Role>(r), &feats);
      add(&fixed.edge[r]);
    }
    for (int p = 0; p < 8; ++p) {
      feats.clear();
      internal_ner::PositionFeatures(internal_ner::Position{(p & 4) != 0, (p & 2) != 0, (p & 1) != 0}, &feats);
      add(&fixed.position[p]);
    }
    for (int p = 0; p < kNumNerLabels; ++p)
      for (int p2 = 0; p2 < kNumNerLabels; ++p2) {
        feats.clear();
        internal_ner::LabelPairFeatures(p, p2, &feats);
        add(&fixed.labels[p][p2]);
      }
    fixed.model = id_;
  }
  thread_local std::vector<Entry> tokens;  // this sentence's, copied out of the cache
  tokens.resize(n);
  thread_local std::vector<uint64_t> keys;
  keys.resize(n);
  // The key covers every input of a token's cached scores: its word, stem,
  // gazetteer flags and lexicon bits (the cluster follows from the word;
  // `ner eval --lexicon` may give one word different lexicon bits in
  // different documents).
  for (size_t i = 0; i < n; ++i) {
    const auto& h = hashes[i];
    keys[i] = Mix64(h.word ^ Mix64(h.stem + h.gaz + (uint64_t{h.lex} << 8))) | 1;
  }
  constexpr size_t kAhead = 4;  // the cache is larger than L2: fetch entries ahead
  auto fetch = [&](size_t i) {
    const char* p = reinterpret_cast<const char*>(&cache[keys[i] >> (64 - kEntryBits)]);
    for (size_t off = 0; off < sizeof(Entry); off += 64) __builtin_prefetch(p + off);
  };
  for (size_t i = 0; i < std::min(n, kAhead); ++i) fetch(i);
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) fetch(i + kAhead);
    auto& h = hashes[i];
    const uint64_t key = keys[i];
    Entry& e = cache[key >> (64 - kEntryBits)];  // top bits: the lowest is always 1
    if (e.key != key || e.model != id_) {
      if (!h.affixes) internal_ner::HashAffixes(sentence[i], &h);
      e = Entry{};
      feats.clear();
      internal_ner::IntrinsicFeatures(h, &feats);
      add(&e.own);
      for (int r = 0; r < kNumRoles; ++r) {
        feats.clear();
        internal_ner::RoleFeatures(&h, static_cast<internal_ner::Role>(r), &feats);
        add(&e.role[r]);
      }
      feats.clear();
      internal_ner::TokenLabelFeatures(h, kO, &feats);
      add(&e.after_o);
      e.key = key;
      e.model = id_;
    }
    tokens[i] = e;
  }
  // The label-free part of each position's score.
  thread_local std::vector<Score> base;
  base.assign(n, Score{});
  for (size_t i = 0; i < n; ++i) {
    Score& sc = base[i];
    const Score* parts[] = {
        &tokens[i].own,
        i >= 1 ? &tokens[i - 1].role[internal_ner::kAsPrev] : &fixed.edge[internal_ner::kAsPrev],
        i + 1 < n ? &tokens[i + 1].role[internal_ner::kAsNext] : &fixed.edge[internal_ner::kAsNext],
        i >= 2 ? &tokens[i - 2].role[internal_ner::kAsPrev2] : &fixed.edge[internal_ner::kAsPrev2],
        i + 2 < n ? &tokens[i + 2].role[internal_ner::kAsNext2] : &fixed.edge[internal_ner::kAsNext2],
    };
    for (const Score* p : parts) AddScore(&sc, *p);
    AddScore(&sc, fixed.position[internal_ner::PositionOf(hashes, i).Index()]);
    feats.clear();
    internal_ner::PairFeatures(hashes, i, &feats);
    add(&sc);
  }
  int prev = kO, prev2 = kO;
  for (size_t i = 0; i < n; ++i) {
    Score score = base[i];
    AddScore(&score, fixed.labels[prev][prev2]);
    if (prev == kO) {
      AddScore(&score, tokens[i].after_o);
    } else {
      feats.clear();
      if (!hashes[i].affixes) internal_ner::HashAffixes(sentence[i], &hashes[i]);
      internal_ner::TokenLabelFeatures(hashes[i], prev, &feats);
      add(&score);
    }
    int l = Best(prev, score);
    // "شارابوفا وجون" (and John), "محمد ومحمد": a personal name after و
    // does not go on the name before it, unless the word before joins
    // names ("آل وديان" is a family's name, "بن" a father's).
    static const internal::WordSet kJoins{"آل", "أبو", "أم", "عبد"};
    if (l == kIPer && i > 0 && NerNameAfterAnd(sentence[i].key) && !kJoins.Has(sentence[i - 1].key) &&
        !internal::SonOf().Has(sentence[i - 1].key))
      l = kBPer;
    (*labels)[i] = l;
    prev2 = prev;
    prev = l;
  }
}

void NerModel::TagDocument(const std::vector<std::vector<NerToken>>& sentences,
                           std::vector<std::vector<int>>* labels, bool names_through) const {
  labels->resize(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) Tag(sentences[i], &(*labels)[i]);
  // Words that stand for an entity somewhere: key -> votes per type; and
  // names of several words the same way. Keyed by the hashes of the keys
  // (of a phrase: its words' hashes chained in order).
  auto chain = [](uint64_t phrase, uint64_t next) { return internal::Mix64(phrase + 0x9E3779B97F4A7C15ULL) ^ next; };
  std::unordered_map<uint64_t, std::array<int, 4>> votes, phrases;
  std::unordered_set<uint64_t> phrase_starts;  // the first words of the phrases
  std::unordered_map<uint64_t, uint32_t> lexicon_of;  // of the voted words
  size_t max_len = 0;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    const auto& l = (*labels)[si];
    for (size_t a = 0; a < s.size();) {
      int e = EntityOf(l[a]);
      if (e < 0) {
        ++a;
        continue;
      }
      size_t b = EntityEnd(l, a);
      const NerToken& last = s[b - 1];
      bool single = b == a + 1;
      if (!last.number && last.key.size() >= 6 && (single || e == 0)) {
        const uint64_t key = internal_ner::KeyHashOf(last);
        ++votes[key][e];
        lexicon_of[key] = last.lexicon;
      }
      if (!single && b - a <= 5) {
        uint64_t seq = internal_ner::KeyHashOf(s[a]);
        phrase_starts.insert(seq);
        for (size_t k = a + 1; k < b; ++k) seq = chain(seq, internal_ner::KeyHashOf(s[k]));
        ++phrases[seq][e];
        max_len = std::max(max_len, b - a);
      }
      a = b;
    }
  }
  // Names of several words: where the same words stand untagged, or where
  // their first words stand untagged before the rest, tagged as a name of
  // the same type ("جيب بوش" where only "بوش" was).
  for (size_t si = 0; si < sentences.size() && !phrases.empty(); ++si) {
    const auto& s = sentences[si];
    auto& l = (*labels)[si];
    for (size_t i = 0; i < s.size(); ++i) {
      // The longest run of untagged words from i that is one of the names.
      size_t untagged = 0;
      while (untagged < max_len && i + untagged < s.size() && l[i + untagged] == kO) ++untagged;
      size_t through = 0;  // the length up to the end of the name right after the run
      if (names_through && untagged >= 1 && i + untagged < s.size() && IsBegin(l[i + untagged]))
        if (const size_t b = EntityEnd(l, i + untagged); b - i <= max_len) through = b - i;
      if (untagged < 2 && through == 0) continue;
      uint64_t seq = internal_ner::KeyHashOf(s[i]);
      if (phrase_starts.count(seq) == 0) continue;
      size_t found = 0;
      const std::array<int, 4>* votes_of = nullptr;
      for (size_t n = 2; n <= std::max(untagged, through); ++n) {
        seq = chain(seq, internal_ner::KeyHashOf(s[i + n - 1]));
        if (n > untagged && n != through) continue;
        auto it = phrases.find(seq);
        if (it == phrases.end()) continue;
        if (n == through && MostVoted(it->second) != EntityOf(l[i + untagged])) continue;
        found = n;
        votes_of = &it->second;
      }
      if (found == 0) continue;
      const int best = MostVoted(*votes_of);
      l[i] = 2 * best + 1;
      for (size_t k = i + 1; k < i + found; ++k) l[k] = 2 * best + 2;
      i += found - 1;
    }
  }
  if (votes.empty()) return;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    auto& l = (*labels)[si];
    for (size_t i = 0; i < s.size(); ++i) {
      if (l[i] != kO || s[i].number) continue;
      auto it = votes.find(internal_ner::KeyHashOf(s[i]));
      const bool with_clitic = it == votes.end();  // للقذافي, والقذافي after القذافي
      if (with_clitic)
        if (const uint64_t without_clitic = internal_ner::BareHash(s[i].key)) it = votes.find(without_clitic);
      if (it == votes.end()) continue;
      const int best = MostVoted(it->second);
      // Through a clitic only where the lexicon says the word is often that
      // type (not وعلى after the name علي: one match key).
      if (with_clitic && ((lexicon_of.at(it->first) >> (2 * best)) & 3) < 2) continue;
      // Nor into a common word: the preposition على after أحمد بن علي (one
      // match key; 1,247 times a person on SaudiNewsNet before this).
      if (!with_clitic && (s[i].lexicon & kNerLexCommon)) continue;
      // Continue a person's name just before it, else begin an entity (a
      // word after و, ل, ب begins its own: الحوثي وصالح are two).
      int begin = 2 * best + 1;
      l[i] = (!with_clitic && i > 0 && EntityOf(l[i - 1]) == best && best == 0) ? begin + 1 : begin;
    }
  }
}

NerModel NerModel::Train(const std::vector<std::vector<NerToken>>& sentences,
                         const std::vector<std::vector<int>>& labels, int epochs, uint64_t seed,
                         bool verbose) {
  struct Acc {
    Weights w{}, u{};  // weights, and sum of (time * update)
  };
  std::unordered_map<uint64_t, Acc> acc;
  acc.reserve(1 << 20);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(seed);
  float c = 1;  // update counter
  std::vector<uint64_t> feats;
  std::vector<internal_ner::TokenHashes> hashes;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t errors = 0, total = 0;
    for (size_t si : order) {
      const auto& s = sentences[si];
      const auto& gold = labels[si];
      int prev = kO, prev2 = kO;
      internal_ner::HashTokens(s, &hashes, true);
      for (size_t i = 0; i < s.size(); ++i) {
        // Training follows the gold history (the decoder's own is used at
        // run time): the common, stable choice for greedy taggers.
        feats.clear();
        internal_ner::IntrinsicFeatures(hashes[i], &feats);
        internal_ner::ContextFeatures(hashes, i, prev, prev2, &feats);
        Weights score{};
        for (uint64_t f : feats) {
          auto it = acc.find(f);
          if (it == acc.end()) continue;
          for (int l = 0; l < kNumNerLabels; ++l) score[l] += it->second.w[l];
        }
        int guess = Best(prev, score);
        int truth = gold[i];
        if (guess != truth) {
          ++errors;
          for (uint64_t f : feats) {
            Acc& a = acc[f];
            a.w[truth] += 1;
            a.u[truth] += c;
            a.w[guess] -= 1;
            a.u[guess] -= c;
          }
        }
        ++total;
        c += 1;
        prev2 = prev;
        prev = truth;
      }
    }
    if (verbose) {
      std::fprintf(stderr, "epoch %d: %zu of %zu tokens wrong (%.2f%%), %zu features\n", epoch + 1,
                   errors, total, 100.0 * errors / std::max<size_t>(total, 1), acc.size());
    }
  }
  // Averaged weights, quantized to int16 with one scale for the model (the
  // form the file keeps), so a trained model tags exactly as a loaded one.
  std::vector<std::pair<uint64_t, Weights>> avg;
  avg.reserve(acc.size());
  float max_abs = 0;
  for (const auto& [f, a] : acc) {
    Weights w{};
    for (int l = 0; l < kNumNerLabels; ++l) {
      w[l] = a.w[l] - a.u[l] / c;
      max_abs = std::max(max_abs, std::fabs(w[l]));
    }
    avg.emplace_back(f, w);
  }
  std::sort(avg.begin(), avg.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  NerModel m;
  m.scale_ = max_abs > 0 ? 32767.0f / max_abs : 1.0f;
  for (const auto& [f, w] : avg) {
    std::array<int16_t, kNumNerLabels> q{};
    bool any = false;
    for (int l = 0; l < kNumNerLabels; ++l) {
      q[l] = static_cast<int16_t>(std::lround(w[l] * m.scale_));
      any = any || q[l] != 0;
    }
    if (any) m.weights_->Add(f, q);
  }
  return m;
}

namespace {
constexpr char kMagic[8] = {'S', 'A', 'D', 'A', 'N', 'E', 'R', '\0'};
constexpr uint32_t kVersion = 1;

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T>
bool Get(std::string_view* in, T* v) {
  if (in->size() < sizeof(T)) return false;
  std::memcpy(v, in->data(), sizeof(T));
  in->remove_prefix(sizeof(T));
  return true;
}
}  // namespace

std::string NerModel::Serialize() const {
  // Sorted by hash so the file is deterministic.
  std::vector<uint64_t> keys = weights_->Keys();
  std::sort(keys.begin(), keys.end());
  std::string out(kMagic, sizeof kMagic);
  Put(&out, kVersion);
  Put(&out, static_cast<uint32_t>(kNumNerLabels));
  Put(&out, scale_);
  Put(&out, static_cast<uint64_t>(keys.size()));
  for (uint64_t f : keys) {
    Put(&out, f);
    for (int16_t q : *weights_->Find(f)) Put(&out, q);
  }
  Put(&out, static_cast<uint64_t>(XXH64(out.data(), out.size(), 0)));
  return out;
}

Result<NerModel> NerModel::Deserialize(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Status::Corrupt("not a sada NER model (bad magic)");
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, 8);
  if (XXH64(bytes.data(), bytes.size() - 8, 0) != sum) return Status::Corrupt("NER model checksum mismatch");
  std::string_view in = bytes.substr(sizeof kMagic, bytes.size() - sizeof kMagic - 8);
  uint32_t version, nlabels;
  float scale;
  uint64_t n;
  if (!Get(&in, &version) || !Get(&in, &nlabels) || !Get(&in, &scale) || !Get(&in, &n)) {
    return Status::Corrupt("NER model header is truncated");
  }
  if (version != kVersion) return Status::Unsupported("NER model version " + std::to_string(version));
  if (nlabels != kNumNerLabels) return Status::Corrupt("NER model has " + std::to_string(nlabels) + " labels");
  if (in.size() != n * (8 + 2 * kNumNerLabels)) return Status::Corrupt("NER model size does not match its count");
  if (!(scale > 0)) return Status::Corrupt("NER model scale is not positive");
  NerModel m;
  m.scale_ = scale;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t f = 0;
    Get(&in, &f);
    std::array<int16_t, kNumNerLabels> w{};
    for (int l = 0; l < kNumNerLabels; ++l) Get(&in, &w[l]);
    m.weights_->Add(f, w);
  }
  return m;
}

}  // namespace sada
