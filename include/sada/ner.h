// Named-entity tagger: an averaged perceptron over BIO labels, trained here on
// ANERcorp (tools/ner_train.cc) and shipped inside the binary.
//
// The tagger sees sentences as sequences of NerToken: the match key of each
// word or number token (sada::Tokenize), whether punctuation stood between it
// and the previous token, and its stem. Features are hashed strings: the word,
// its stem, affixes, shape, the words and stems around it, gazetteer and
// trigger-word membership of it and its neighbours, and the two previous
// labels. Decoding is greedy, left to right, and never produces an I- label
// that does not continue an entity of the same type.
#ifndef SADA_NER_H_
#define SADA_NER_H_

#include <array>
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

struct NerToken {
  std::string key;           // match key
  std::string stem;          // sada::Stem(key)
  bool punct_before = false; // punctuation between this token and the previous one
  bool number = false;
  uint32_t gazetteer = 0;    // gazetteer flags of the key (set by MakeNerToken)
  int32_t cluster = -1;      // word cluster of the key (models/clusters-ar.txt), -1 if none
};

// The word cluster of a match key (-1: not among the clustered words).
int32_t WordCluster(std::string_view key);

// Builds a NerToken from a match key (computes the stem).
NerToken MakeNerToken(std::string_view key, bool punct_before, bool number);

class NerModel {
 public:
  // Labels for one sentence.
  void Tag(const std::vector<NerToken>& sentence, std::vector<int>* labels) const;

  // Labels for the sentences of one document: Tag on each, then label
  // consistency across the document (one sense per discourse): a word the
  // tagger made a one-word entity, or the last word of a person's name,
  // somewhere in the document is that entity where it stands untagged
  // elsewhere (رامسفيلد after دونالد رامسفيلد).
  void TagDocument(const std::vector<std::vector<NerToken>>& sentences, std::vector<std::vector<int>>* labels) const;

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

  size_t num_features() const { return weights_.size(); }

 private:
  using Weights = std::array<float, kNumNerLabels>;

  // Feature hash -> weights: open addressing with linear probing over a
  // power-of-two table whose slots hold the weights themselves (int16, one
  // scale for the model), so that a lookup touches one cache line. A
  // node-based map spent a quarter of extract's time in lookups.
  class FeatureTable {
   public:
    struct Slot {
      uint64_t key = 0;
      std::array<int16_t, kNumNerLabels> w{};
    };
    void Insert(uint64_t key, const std::array<int16_t, kNumNerLabels>& w);
    const Slot* Find(uint64_t key) const {
      if (slots_.empty()) return nullptr;
      key = key == 0 ? 1 : key;
      for (size_t i = key & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i].key == key) return &slots_[i];
        if (slots_[i].key == 0) return nullptr;
      }
    }
    void Prefetch(uint64_t key) const {
      if (!slots_.empty()) __builtin_prefetch(&slots_[(key == 0 ? 1 : key) & (slots_.size() - 1)]);
    }
    size_t size() const { return count_; }
    std::vector<uint64_t> Keys() const;

   private:
    void Rehash(size_t slots);
    std::vector<Slot> slots_;
    size_t count_ = 0;
  };
  FeatureTable weights_;
  float scale_ = 1;  // weight = int16 / scale_ (scores are summed as integers)
};

// Features of token i given the two previous labels (exposed for tests).
void NerFeatures(const std::vector<NerToken>& sentence, size_t i, int prev, int prev2,
                 std::vector<uint64_t>* out);

}  // namespace sada

#endif  // SADA_NER_H_
