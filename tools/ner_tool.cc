// ner — trains and evaluates sada's entity tagger on ANERcorp-style files
// (one "token TAG" per line, blank lines between sentences).
//
//   ner train TRAIN.txt -o FILE [--epochs N (10)] [--seed S (1)]
//             [--no-lexicon | --lexicon LEX...] [--exclude-fold k/K]
//   ner eval TEST.txt [--model FILE] [--no-lexicon | --lexicon LEX]
//             [--errors N] [--sentences]     (default model: models/ner-ar.bin,
//                                            the model built into sada)
//   ner lexicon OUT.txt [--model FILE] [--lexicon LEX] PATH...
//
// The built model and its lexicon come from scripts/train_ner.sh, which runs
// these steps. In train and eval, tokens read their lexicon features from the
// lexicon built into sada unless --no-lexicon (none) or --lexicon (from
// files; with K files, document d reads file d % K) says otherwise.
// --exclude-fold k/K trains without documents d with d % K == k. `lexicon`
// tags unlabelled articles and counts how often each word is made part of
// each entity type; its tokens read no lexicon unless --lexicon LEX.
//
// eval prints the CoNLL entity-level precision, recall and F1 (an entity is
// right when its type and its exact token extent are right), overall and per
// type, as conlleval computes them.
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "facts/extract_internal.h"
#include "facts/words.h"
#include "sada/ingest.h"
#include "sada/ner.h"
#include "sada/text.h"
#include "util/main_guard.h"

namespace {

struct Corpus {
  // Per sentence: the tagger's tokens, and for each source token the index
  // of its first tagger token (-1: punctuation only) and its gold label.
  std::vector<std::vector<sada::NerToken>> sentences;
  std::vector<std::vector<int>> labels;        // per tagger token
  std::vector<std::vector<int>> source_first;  // per source token
  std::vector<std::vector<int>> source_gold;   // per source token
  std::vector<size_t> doc_starts{0};          // first sentence of each document
  size_t repaired = 0, unknown = 0, tokens = 0;
};

// ANERcorp has a few misspelt tags (B-ORF, I-OEG, I-MISV...): read by type
// initial; tags that cannot be read that way count as O and are reported.
int ReadTag(const std::string& tag, Corpus* c) {
  int l = sada::NerLabelFromName(tag);
  if (l >= 0) return l;
  if (tag.size() >= 3 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
    char t = tag[2];
    int base = t == 'P' ? 1 : t == 'L' ? 3 : t == 'O' ? 5 : t == 'M' ? 7 : -1;
    if (base > 0) {
      ++c->repaired;
      return base + (tag[0] == 'I' ? 1 : 0);
    }
  }
  ++c->unknown;
  return sada::kO;
}

void EndSentence(std::vector<std::pair<std::string, int>>* src, Corpus* c) {
  if (src->empty()) return;
  std::vector<sada::NerToken> toks;
  std::vector<int> labels, first, gold;
  bool punct = false;
  sada::TokenizedText tt;
  for (const auto& [word, label] : *src) {
    sada::Tokenize(word, &tt);
    gold.push_back(label);
    if (tt.tokens.empty()) {
      first.push_back(-1);
      punct = true;
      continue;
    }
    first.push_back(static_cast<int>(toks.size()));
    for (size_t k = 0; k < tt.tokens.size(); ++k) {
      const auto& t = tt.tokens[k];
      // Punctuation glued to the word counts as punctuation before it.
      bool glued = k == 0 && t.span.begin > 0;
      toks.push_back(sada::MakeNerToken(tt.Key(t), punct || glued || k > 0,
                                        t.kind == sada::TokenKind::kNumber));
      int l = label;
      if (k > 0 && sada::IsBegin(l)) l += 1;  // the rest of a split token continues it
      labels.push_back(l);
      punct = false;
    }
  }
  c->sentences.push_back(std::move(toks));
  c->labels.push_back(std::move(labels));
  c->source_first.push_back(std::move(first));
  c->source_gold.push_back(std::move(gold));
  src->clear();
}

bool ReadCorpus(const std::string& path, Corpus* c) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "ner: cannot open %s\n", path.c_str());
    return false;
  }
  std::string line;
  std::vector<std::pair<std::string, int>> src;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string word, tag;
    ls >> word >> tag;
    if (word.empty() || tag.empty()) {  // blank line, or an "article" marker
      EndSentence(&src, c);
      if ((word == "article" || word == "ARTICLE") && c->doc_starts.back() != c->sentences.size()) {
        c->doc_starts.push_back(c->sentences.size());
      }
      continue;
    }
    src.emplace_back(word, ReadTag(tag, c));
    ++c->tokens;
  }
  EndSentence(&src, c);
  std::fprintf(stderr, "ner: %s: %zu sentences, %zu tokens; %zu misspelt tags read by type, %zu unreadable as O\n",
               path.c_str(), c->sentences.size(), c->tokens, c->repaired, c->unknown);
  return true;
}

struct Chunk {
  size_t begin, end;
  int type;
  bool operator<(const Chunk& o) const {
    return std::tie(begin, end, type) < std::tie(o.begin, o.end, o.type);
  }
};

// conlleval's chunks: a chunk starts at B-X, or at I-X after a different type.
std::vector<Chunk> Chunks(const std::vector<int>& tags) {
  std::vector<Chunk> out;
  for (size_t i = 0; i < tags.size(); ++i) {
    int t = sada::EntityOf(tags[i]);
    if (t < 0) continue;
    bool start = sada::IsBegin(tags[i]) || i == 0 || sada::EntityOf(tags[i - 1]) != t;
    if (start) {
      out.push_back({i, i + 1, t});
    } else {
      out.back().end = i + 1;
    }
  }
  return out;
}

// The whole of a file; false (and a message) when it cannot be read.
bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    std::fprintf(stderr, "ner: cannot read %s\n", path.c_str());
    return false;
  }
  out->assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  return true;
}

// A lexicon file as a key -> lexicon bits function; false (and a message)
// when it cannot be read.
bool ReadLexicon(const std::string& path, std::function<uint32_t(std::string_view)>* lexicon) {
  std::string data;
  if (!ReadFile(path, &data)) return false;
  *lexicon = sada::MakeNerLexicon(std::move(data));
  return true;
}

// Replaces the lexicon features the tokens were read with (the lexicon built
// into sada): none, or from lexicon files, document d taking file d % K (K
// files: the lexicons of a K-fold split of the training data, each made by a
// model that did not see the documents that use it).
bool ApplyLexicons(const std::vector<std::string>& paths, bool none, Corpus* c) {
  if (paths.empty() && !none) return true;
  std::vector<std::function<uint32_t(std::string_view)>> lex;
  for (const auto& path : paths)
    if (!ReadLexicon(path, &lex.emplace_back())) return false;
  const size_t docs = c->doc_starts.size();
  for (size_t d = 0; d < docs; ++d) {
    const size_t end = d + 1 < docs ? c->doc_starts[d + 1] : c->sentences.size();
    for (size_t s = c->doc_starts[d]; s < end; ++s)
      for (auto& t : c->sentences[s]) t.lexicon = none || t.number ? 0 : lex[d % lex.size()](t.key);
  }
  return true;
}

// --exclude-fold k/K: leaves out documents d with d % K == k.
void ExcludeFold(const std::string& spec, Corpus* c) {
  size_t slash = spec.find('/');
  const size_t k = std::stoul(spec.substr(0, slash)), folds = std::stoul(spec.substr(slash + 1));
  Corpus kept;
  const size_t docs = c->doc_starts.size();
  kept.doc_starts.clear();
  for (size_t d = 0; d < docs; ++d) {
    if (d % folds == k) continue;
    kept.doc_starts.push_back(kept.sentences.size());
    const size_t end = d + 1 < docs ? c->doc_starts[d + 1] : c->sentences.size();
    for (size_t s = c->doc_starts[d]; s < end; ++s) {
      kept.sentences.push_back(std::move(c->sentences[s]));
      kept.labels.push_back(std::move(c->labels[s]));
    }
  }
  std::fprintf(stderr, "ner: fold %s left out: %zu of %zu documents kept\n", spec.c_str(), kept.doc_starts.size(), docs);
  c->sentences = std::move(kept.sentences);
  c->labels = std::move(kept.labels);
  c->doc_starts = std::move(kept.doc_starts);
}

int Train(int argc, char** argv) {
  std::string in, out = "models/ner-ar.bin";
  int epochs = 10;
  uint64_t seed = 1;
  std::vector<std::string> fold_lexicons;
  bool no_lexicon = false;
  std::string exclude;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-o" && i + 1 < argc) out = argv[++i];
    else if (a == "--epochs" && i + 1 < argc) epochs = std::stoi(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = std::stoull(argv[++i]);
    else if (a == "--lexicon" && i + 1 < argc) fold_lexicons.push_back(argv[++i]);
    else if (a == "--no-lexicon") no_lexicon = true;
    else if (a == "--exclude-fold" && i + 1 < argc) exclude = argv[++i];
    else in = a;
  }
  Corpus c;
  if (in.empty() || !ReadCorpus(in, &c)) return 2;
  if (!ApplyLexicons(fold_lexicons, no_lexicon, &c)) return 2;
  if (!exclude.empty()) ExcludeFold(exclude, &c);
  sada::NerModel m = sada::NerModel::Train(c.sentences, c.labels, epochs, seed, true);
  std::string bytes = m.Serialize();
  std::ofstream f(out, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) {
    std::fprintf(stderr, "ner: cannot write %s\n", out.c_str());
    return 1;
  }
  std::fprintf(stderr, "ner: wrote %s (%zu bytes, %zu features)\n", out.c_str(), bytes.size(), m.num_features());
  return 0;
}

bool LoadModel(const std::string& path, sada::NerModel* model) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) return false;
  auto r = sada::NerModel::Deserialize(bytes);
  if (!r.ok()) {
    std::fprintf(stderr, "ner: %s: %s\n", path.c_str(), r.status().message().c_str());
    return false;
  }
  *model = std::move(r).value();
  return true;
}

// Counts, per word, how often the tagger makes it part of each entity type
// in unlabelled articles.
struct LexiconCounter : sada::IngestSink {
  const sada::NerModel* model = nullptr;
  std::function<uint32_t(std::string_view)> lexicon;  // empty: none (not the built-in one, which
                                                      // this command may be remaking)
  struct Counts {
    uint64_t total = 0;
    uint64_t type[4] = {};
  };
  std::unordered_map<std::string, Counts> counts;
  sada::internal::Words w;
  std::vector<std::vector<sada::NerToken>> doc;
  std::vector<std::vector<size_t>> index;
  std::vector<std::vector<int>> labels;
  void OnArticle(sada::Article&& a) override {
    sada::internal::BuildWords(a, &w);
    sada::internal::TaggerDocument(w, &doc, &index);
    for (auto& sentence : doc)
      for (auto& t : sentence) t.lexicon = t.number || !lexicon ? 0 : lexicon(t.key);
    model->TagDocument(doc, &labels, /*names_through=*/false);
    for (size_t s = 0; s < doc.size(); ++s)
      for (size_t i = 0; i < doc[s].size(); ++i) {
        if (doc[s][i].number) continue;
        Counts& c = counts[doc[s][i].key];
        ++c.total;
        int e = sada::EntityOf(labels[s][i]);
        if (e >= 0) ++c.type[e];
      }
  }
  void OnDiagnostic(sada::Diagnostic&&) override {}
};

// ner lexicon OUT.txt --model FILE [--lexicon LEX] PATH...:
// "key<TAB>total<TAB>per<TAB>loc<TAB>org<TAB>misc" for words seen at least 3
// times and tagged at least once, in key byte order. The tagger reads its
// lexicon features from LEX if given, else none.
int Lexicon(int argc, char** argv) {
  std::string out, model_path = SADA_SOURCE_DIR "/models/ner-ar.bin", lexicon_path;
  std::vector<std::string> paths;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) model_path = argv[++i];
    else if (a == "--lexicon" && i + 1 < argc) lexicon_path = argv[++i];
    else if (out.empty()) out = a;
    else paths.push_back(a);
  }
  sada::NerModel model;
  if (out.empty() || paths.empty() || !LoadModel(model_path, &model)) return 2;
  LexiconCounter c;
  c.model = &model;
  if (!lexicon_path.empty() && !ReadLexicon(lexicon_path, &c.lexicon)) return 2;
  sada::IngestStats st;
  if (!sada::Ingest(paths, {}, &c, &st).ok()) return 2;
  std::map<std::string, LexiconCounter::Counts> sorted;
  for (auto& [k, v] : c.counts)
    if (v.total >= 3 && v.type[0] + v.type[1] + v.type[2] + v.type[3] > 0) sorted.emplace(k, v);
  std::ofstream f(out);
  for (const auto& [k, v] : sorted) {
    f << k << '\t' << v.total;
    for (uint64_t n : v.type) f << '\t' << n;
    f << '\n';
  }
  if (!f) {
    std::fprintf(stderr, "ner: cannot write %s\n", out.c_str());
    return 1;
  }
  std::fprintf(stderr, "ner: wrote %s (%zu words)\n", out.c_str(), sorted.size());
  return 0;
}

int Eval(int argc, char** argv) {
  std::string in, model_path = SADA_SOURCE_DIR "/models/ner-ar.bin";
  int show_errors = 0;
  bool sentences_only = false, no_lexicon = false;
  std::vector<std::string> lexicons;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) model_path = argv[++i];
    else if (a == "--errors" && i + 1 < argc) show_errors = std::stoi(argv[++i]);
    else if (a == "--sentences") sentences_only = true;
    else if (a == "--lexicon" && i + 1 < argc) lexicons.push_back(argv[++i]);
    else if (a == "--no-lexicon") no_lexicon = true;
    else in = a;
  }
  sada::NerModel loaded;
  const sada::NerModel* model = &loaded;
  if (!LoadModel(model_path, &loaded)) return 2;
  Corpus c;
  if (in.empty() || !ReadCorpus(in, &c)) return 2;
  if (!ApplyLexicons(lexicons, no_lexicon, &c)) return 2;
  constexpr int kTypes = 4;
  const char* kNames[kTypes] = {"PERS", "LOC", "ORG", "MISC"};
  size_t found[kTypes] = {}, gold_n[kTypes] = {}, correct[kTypes] = {};
  size_t tok_right = 0, tok_all = 0;
  // Tagged a document at a time (ANERcorp's "ARTICLE" lines), as sada extract
  // tags an article, unless --sentences asks for the tagger alone.
  std::vector<std::vector<int>> all_pred(c.sentences.size());
  c.doc_starts.push_back(c.sentences.size());
  for (size_t d = 0; d + 1 < c.doc_starts.size(); ++d) {
    std::vector<std::vector<sada::NerToken>> doc(c.sentences.begin() + static_cast<long>(c.doc_starts[d]),
                                                 c.sentences.begin() + static_cast<long>(c.doc_starts[d + 1]));
    std::vector<std::vector<int>> labels;
    if (sentences_only) {
      labels.resize(doc.size());
      for (size_t i = 0; i < doc.size(); ++i) model->Tag(doc[i], &labels[i]);
    } else {
      model->TagDocument(doc, &labels);
    }
    for (size_t i = 0; i < doc.size(); ++i) all_pred[c.doc_starts[d] + i] = std::move(labels[i]);
  }
  std::printf("%s, %zu documents\n", sentences_only ? "sentence by sentence" : "document by document",
              c.doc_starts.size() - 1);
  for (size_t s = 0; s < c.sentences.size(); ++s) {
    const std::vector<int>& pred = all_pred[s];
    const auto& first = c.source_first[s];
    const auto& gold = c.source_gold[s];
    std::vector<int> src_pred(first.size(), sada::kO);
    for (size_t i = 0; i < first.size(); ++i) {
      if (first[i] >= 0) src_pred[i] = pred[first[i]];
    }
    // Punctuation inside a predicted entity (د. ب. أ) continues it.
    for (size_t i = 1; i + 1 < first.size(); ++i) {
      if (first[i] >= 0 || src_pred[i - 1] == sada::kO) continue;
      size_t j = i + 1;
      while (j < first.size() && first[j] < 0) ++j;
      if (j < first.size() && !sada::IsBegin(src_pred[j]) && src_pred[j] != sada::kO &&
          sada::EntityOf(src_pred[j]) == sada::EntityOf(src_pred[i - 1])) {
        src_pred[i] = 2 * sada::EntityOf(src_pred[j]) + 2;
      }
    }
    for (size_t i = 0; i < gold.size(); ++i) {
      tok_right += gold[i] == src_pred[i];
      ++tok_all;
    }
    auto g = Chunks(gold), p = Chunks(src_pred);
    // --errors N: print missed gold entities with the sentence's words.
    for (const auto& x : g) {
      if (show_errors <= 0) break;
      bool hit = false;
      for (const auto& y : p) hit = hit || (y.begin == x.begin && y.end == x.end && y.type == x.type);
      if (hit) continue;
      --show_errors;
      std::string words, predicted;
      for (size_t k = x.begin; k < x.end; ++k) {
        int f = c.source_first[s][k];
        words += (f >= 0 ? c.sentences[s][f].key : std::string("<p>")) + " ";
        predicted += std::string(sada::NerLabelName(src_pred[k])) + " ";
      }
      std::fprintf(stderr, "missed %s: %s| predicted %s\n", sada::NerLabelName(2 * x.type + 1), words.c_str(),
                   predicted.c_str());
    }
    for (const auto& x : g) ++gold_n[x.type];
    for (const auto& x : p) ++found[x.type];
    size_t a = 0, b = 0;
    while (a < g.size() && b < p.size()) {
      if (g[a].begin == p[b].begin && g[a].end == p[b].end && g[a].type == p[b].type) {
        ++correct[g[a].type];
        ++a;
        ++b;
      } else if (g[a] < p[b]) {
        ++a;
      } else {
        ++b;
      }
    }
  }
  auto line = [](const char* name, size_t cor, size_t fnd, size_t gld) {
    double p = fnd ? static_cast<double>(cor) / fnd : 0, r = gld ? static_cast<double>(cor) / gld : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("%-8s precision %.4f  recall %.4f  F1 %.4f  (%zu correct, %zu found, %zu gold)\n", name, p, r, f,
                cor, fnd, gld);
  };
  size_t tc = 0, tf = 0, tg = 0;
  for (int t = 0; t < kTypes; ++t) {
    tc += correct[t];
    tf += found[t];
    tg += gold_n[t];
  }
  std::printf("token accuracy %.4f (%zu tokens)\n", static_cast<double>(tok_right) / tok_all, tok_all);
  line("overall", tc, tf, tg);
  for (int t = 0; t < kTypes; ++t) line(kNames[t], correct[t], found[t], gold_n[t]);
  return 0;
}

}  // namespace

int Main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "train") return Train(argc, argv);
  if (cmd == "eval") return Eval(argc, argv);
  if (cmd == "lexicon") return Lexicon(argc, argv);
  std::fprintf(stderr,
               "usage: ner train TRAIN.txt -o FILE [--epochs N] [--seed S] [--no-lexicon | --lexicon LEX...]\n"
               "                 [--exclude-fold k/K]\n"
               "       ner eval TEST.txt [--model FILE] [--no-lexicon | --lexicon LEX] [--errors N] [--sentences]\n"
               "       ner lexicon OUT.txt [--model FILE] [--lexicon LEX] PATH...\n"
               "(scripts/train_ner.sh makes models/ner-ar.bin and models/lexicon-ar.txt)\n");
  return 2;
}

int main(int argc, char** argv) { return sada::internal::GuardedMain("ner", Main, argc, argv); }
