// NerModel::Builtin: the model file models/ner-ar.bin, linked into the
// sada_model library by src/facts/model_data.S. Kept apart from ner.cc so
// that the trainer (which makes that file) does not need it.
#include <cstdio>
#include <cstdlib>

#include "sada/ner.h"

extern "C" {
extern const char sada_ner_model_begin[];
extern const char sada_ner_model_end[];
}

namespace sada {

const NerModel& NerModel::Builtin() {
  static const NerModel* m = [] {
    auto r = Deserialize(std::string_view(sada_ner_model_begin,
                                          static_cast<size_t>(sada_ner_model_end - sada_ner_model_begin)));
    // The model is part of the build: a bad one is a build error, not input.
    if (!r.ok()) {
      std::fprintf(stderr, "sada: built-in NER model: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new NerModel(std::move(r).value());
  }();
  return *m;
}

}  // namespace sada
