// Named-entity tagger: an averaged perceptron over BIO labels, trained here on
// ANERcorp (tools/ner_train.cc) and shipped inside the binary.
//
// The tagger sees sentences as sequences of NerToken: the match key of each
// word or number token (sada::Tokenize), whether punctuation stood between it
// and the previous token, and its stem. Features are hashed strings: the word,
// its stem, affixes, shape, the words and stems around it, gazetteer and
// trigger-word membership of it and its neighbours, word clusters, what the
// lexicon (NerLexicon) says of it and its neighbours, and the two previous
// labels. Decoding is greedy, left to right, and never produces an I- label
// that does not continue an entity of the same type.
#ifndef SADA_NER_H_
#define SADA_NER_H_

#include <array>
#include <functional>
#include <memory>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sada/status.h"

namespace sada {

// BIO labels over four entity types.
enum NerLabel : uint8_t {
  kO = 0,
  kBPer, kIPer,
  kBLoc, kILoc,
  kBOrg, kIOrg,
  kBMisc, kIMisc,
  kNumNerLabels
};
const char* NerLabelName(int label);            // "B-PERS", "I-LOC", "O", ...
int NerLabelFromName(std::string_view name);    // -1 if unknown
inline bool IsBegin(int l) { return l != kO && (l - 1) % 2 == 0; }
inline int EntityOf(int l) { return l == kO ? -1 : (l - 1) / 2; }  // 0 PER, 1 LOC, 2 ORG, 3 MISC
inline int BeginOf(int entity) { return 1 + 2 * entity; }  // the B- label of entity type 0..3
// The end (exclusive) of the entity whose first token is `a` (labels[a] not O).
inline size_t EntityEnd(const std::vector<int>& labels, size_t a) {
  size_t b = a + 1;
  while (b < labels.size() && !IsBegin(labels[b]) && EntityOf(labels[b]) == EntityOf(labels[a])) ++b;
  return b;
}

struct NerToken {
  std::string key;           // match key
  std::string stem;          // sada::Stem(key)
  bool punct_before = false; // punctuation between this token and the previous one
  bool number = false;
  uint32_t gazetteer = 0;    // gazetteer flags of the key (set by MakeNerToken)
  int32_t cluster = -1;      // word cluster of the key (models/clusters-ar.txt), -1 if none
  uint32_t lexicon = 0;      // NerLexicon of the key
  uint64_t key_hash = 0;     // the hash of the key the tagger's tables are read by (set by MakeNerToken;
                             // 0: the tagger hashes the key itself; whoever changes `key` resets it)
};

// How often the key was tagged as each entity type in unlabelled news
// (models/lexicon-ar.txt): two bits per type (person, place, organisation,
// other; lowest bits first), 0 none or rare, 1 some, 2 often, 3 mostly.
// A word that has none takes those of its form without one leading clitic
// (وديفد: those of ديفد).
// Bit 8 (kNerLexCommon) marks a common word: seen 100 times or more, under
// 5% of them in any name (على, whose key is also the name علي's); it is no
// feature of the tagger.
inline constexpr uint32_t kNerLexTypes = 0xFF;
inline constexpr uint32_t kNerLexCommon = 1u << 8;
uint32_t NerLexicon(std::string_view key);
// Whether lexicon bits say the word is often (20% of its uses or more) in
// a name of some type.
inline bool NerLexNamed(uint32_t lexicon) {
  for (int t = 0; t < 4; ++t)
    if (((lexicon >> (2 * t)) & 3) >= 2) return true;
  return false;
}
// Whether a match key with the article is an adjective of relation
// (الكيني، الدولي، التجاري) by the lexicon: its feminine (الكينية) was seen
// half as often as it or more, and it is not mostly a person's. A family's
// name so shaped (الغامدي، البكيري) is not.
bool NerAdjective(std::string_view key);
// The same from a lexicon file's contents (for training).
std::function<uint32_t(std::string_view)> MakeNerLexicon(std::string data);
// Whether a match key is و and a personal name ("ونيمار"، "وثامر"): the
// word without و is mostly a person's in the lexicon, and the word with it
// is no name of its own (no gazetteer name, وليد، وائل) and has either no
// lexicon bits but those of its form without و, or bits of its own that
// say often a person's and no other type often (ونايف، وطارق). The tagger
// begins another person there (not after بن، آل، أبو), and the name is
// written without the و.
bool NerNameAfterAnd(std::string_view key);

// The word cluster of a match key (-1: not among the clustered words, nor is
// its form without one leading clitic).
int32_t WordCluster(std::string_view key);

// Builds a NerToken from a match key (computes the stem and gazetteer flags).
NerToken MakeNerToken(std::string_view key, bool punct_before, bool number);
// The same with the stem and gazetteer flags already known (sada::Analyze
// gives the stem, the fact stage's Words the flags).
NerToken MakeNerToken(std::string_view key, std::string_view stem, uint32_t gazetteer, bool punct_before,
                      bool number);
// The same with the key's hash known too (the fact stage's Words has it).
NerToken MakeNerToken(std::string_view key, uint64_t key_hash, std::string_view stem, uint32_t gazetteer,
                      bool punct_before, bool number);
// The same into an existing token, reusing the memory of its strings.
void SetNerToken(NerToken* t, std::string_view key, uint64_t key_hash, std::string_view stem, uint32_t gazetteer,
                 bool punct_before, bool number);

class NerModel {
 public:
  NerModel();  // an empty model: every token O

  // Labels for one sentence.
  void Tag(const std::vector<NerToken>& sentence, std::vector<int>* labels) const;

  // Labels for the sentences of one document: Tag on each, then label
  // consistency across the document (one sense per discourse): a word the
  // tagger made a one-word entity, or the last word of a person's name,
  // somewhere in the document is that entity where it stands untagged
  // elsewhere (رامسفيلد after دونالد رامسفيلد), and where it stands with a
  // leading و ف ب ل ك or لل (للقذافي after القذافي) if the lexicon says
  // the word is often that type. A name of several words does the same
  // where its words stand untagged, and, with `names_through`, where its
  // first words stand untagged before the rest tagged as a name of its type
  // ("جيب بوش" where only "بوش" was). The lexicon (`ner lexicon`) is made
  // without it: a lexicon made with it gave a model of lower F1 on
  // ANERcorp (docs/facts.md).
  void TagDocument(const std::vector<std::vector<NerToken>>& sentences, std::vector<std::vector<int>>* labels,
                   bool names_through = true) const;

  // Trains on labelled sentences for `epochs` passes over a shuffled order
  // (seeded: the same data and seed give the same model).
  static NerModel Train(const std::vector<std::vector<NerToken>>& sentences,
                        const std::vector<std::vector<int>>& labels, int epochs, uint64_t seed,
                        bool verbose = false);

  // Binary form: magic "SADANER\0", version, scale, feature count, then per
  // feature its hash and one int16 weight per label; an XXH64 checksum last.
  std::string Serialize() const;
  static Result<NerModel> Deserialize(std::string_view bytes);

  // The model compiled into sada (models/ner-ar.bin), loaded once.
  static const NerModel& Builtin();

  size_t num_features() const;

 private:
  using Weights = std::array<float, kNumNerLabels>;

  // Feature hash -> int16 weights (util/u64_map.h), shared between copies.
  struct Table;
  std::shared_ptr<Table> weights_;
  float scale_ = 1;  // weight = int16 / scale_ (scores are summed as integers)
  uint64_t id_ = 0;  // unique per model made (copies share it): keys the tagger's caches
};

}  // namespace sada

#endif  // SADA_NER_H_
