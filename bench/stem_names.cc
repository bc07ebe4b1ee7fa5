// Measures what the stemmer does to names: reads a CoNLL-style file with
// B-/I-PERS and B-/I-LOC tags (ANERcorp), and for every distinct name word
// reports whether sada's stem leaves it whole, removes only the article ال, or
// changes it otherwise — side by side with Snowball's Arabic stemmer.
//   build/stem_names ../shared/data/anercorp/ANERcorp_test_corrected.txt
#include <libstemmer.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "sada/text.h"

namespace {

struct Tally {
  int whole = 0, article = 0, other = 0;
  std::vector<std::string> examples;
  void Add(const std::string& key, const std::string& stem, const std::string& word) {
    if (stem == key) {
      ++whole;
    } else if (key.compare(0, 4, "ال") == 0 && stem == key.substr(4)) {
      ++article;
    } else {
      ++other;
      if (examples.size() < 25) examples.push_back(word + "→" + stem);
    }
  }
  void Print(const char* name, int n) const {
    std::printf("%-9s whole %5d (%.1f%%)  only ال removed %5d (%.1f%%)  otherwise changed %5d (%.1f%%)\n",
                name, whole, 100.0 * whole / n, article, 100.0 * article / n, other, 100.0 * other / n);
    std::printf("          e.g.");
    for (const auto& e : examples) std::printf(" %s", e.c_str());
    std::printf("\n");
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: stem_names ANERCORP_FILE\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  std::map<std::string, std::set<std::string>> words;  // type -> words
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    std::string w, tag;
    if (!(ss >> w >> tag)) continue;
    if (tag.size() > 2 && (tag.substr(2) == "PERS" || tag.substr(2) == "LOC")) words[tag.substr(2)].insert(w);
  }
  sb_stemmer* snow = sb_stemmer_new("arabic", "UTF_8");
  for (const auto& [type, ws] : words) {
    Tally ours, theirs;
    int n = 0;
    for (const auto& w : ws) {
      std::string key = sada::Normalize(w, sada::Form::kMatchKey);
      if (key.find_first_of("0123456789") != std::string::npos || key.size() < 6) continue;
      ++n;
      ours.Add(key, sada::Stem(key, "ar"), w);
      const sb_symbol* r = sb_stemmer_stem(snow, reinterpret_cast<const sb_symbol*>(key.data()),
                                           static_cast<int>(key.size()));
      std::string sk = sada::Normalize(std::string(reinterpret_cast<const char*>(r), sb_stemmer_length(snow)),
                                       sada::Form::kMatchKey);
      theirs.Add(key, sk, w);
    }
    std::printf("%s: %d distinct name words of 3 letters or more\n", type.c_str(), n);
    ours.Print("sada", n);
    theirs.Print("snowball", n);
  }
  sb_stemmer_delete(snow);
  return 0;
}
