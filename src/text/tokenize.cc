// Tokenize, SplitSentences and the fused Analyze: drivers of the sinks in
// sinks.h over the match-key stream (stream.h).
#include <vector>

#include "sada/text.h"
#include "text/stem.h"
#include "text/sinks.h"
#include "text/stream.h"

namespace sada {

void Tokenize(std::string_view utf8, TokenizedText* out) {
  out->Clear();
  internal::TokenizerSink sink(out, utf8.size());
  internal::StreamNormalized(utf8, Form::kMatchKey, sink);
  sink.Finish();
}

uint64_t HashKey(std::string_view key) {
  uint64_t h = internal::KeyHasher::kBasis;
  const auto* p = reinterpret_cast<const unsigned char*>(key.data());
  const auto* e = p + key.size();
  while (p < e) {
    Decoded d = DecodeUtf8(p, e);
    h = internal::KeyHasher::Step(h, d.cp);
    p += d.len;
  }
  return internal::KeyHasher::Finish(h);
}

void HashTokens(std::string_view utf8, std::vector<uint64_t>* hashes, std::vector<Span>* spans) {
  hashes->clear();
  hashes->reserve(utf8.size() / 6);
  if (spans) {
    spans->clear();
    spans->reserve(utf8.size() / 6);
  }
  internal::HashWriter writer(hashes, spans);
  internal::TokenMachine<internal::HashWriter> machine(&writer);
  internal::StreamNormalized(utf8, Form::kMatchKey, machine);
  machine.Close();
}

void SplitSentences(std::string_view utf8, std::vector<Span>* out) {
  out->clear();
  internal::SentenceSink sink(out);
  internal::StreamNormalized(utf8, Form::kMatchKey, sink);
  sink.CloseSentence();
}

void Analyze(std::string_view utf8, std::string_view language, AnalyzedText* out) {
  out->tokens.Clear();
  out->sentences.clear();
  thread_local std::vector<uint64_t> arabic_hash;
  arabic_hash.clear();
  arabic_hash.reserve(utf8.size() / 6);
  internal::HashingKeyWriter writer(&out->tokens, utf8.size(), &arabic_hash);
  internal::TokenMachine<internal::HashingKeyWriter> tokens(&writer);
  internal::SentenceSink sentences(&out->sentences);
  struct Both {
    internal::TokenMachine<internal::HashingKeyWriter>& tokens;
    internal::SentenceSink& sentences;
    [[gnu::always_inline]] void operator()(char32_t cp, internal::CharClass cls, bool upper, uint32_t b, uint32_t e) {
      tokens(cp, cls, upper, b, e);
      sentences(cp, cls, upper, b, e);
    }
    [[gnu::always_inline]] void LetterRun(const char* utf8, uint32_t n, uint32_t first, bool basic) {
      tokens.LetterRun(utf8, n, first, basic);
      sentences.LetterRun(utf8, n, first, basic);
    }
  } both{tokens, sentences};
  internal::StreamNormalized(utf8, Form::kMatchKey, both);
  tokens.Close();
  writer.Finish();
  sentences.CloseSentence();
  out->stems.clear();
  out->stems.reserve(out->tokens.keys.size());
  out->stem_ends.clear();
  out->stem_ends.reserve(out->tokens.tokens.size());
  internal::AppendStems(out->tokens, arabic_hash, language, &out->stems, &out->stem_ends);
}

}  // namespace sada
