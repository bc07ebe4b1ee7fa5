// The state machines of the tokenizer and the sentence splitter, as sinks of
// the normalising stream (stream.h), so that Tokenize, SplitSentences and the
// fused Analyze share one implementation.
//
// Tokenizer: words are runs of letters and marks; numbers are runs of digits
// with single internal '.' or ',' separators (the key already has them in
// ASCII, so "١٢٫٥" becomes "12.5"); Han and kana characters are one token
// each; anything else ends a token. A token's span is the union of the
// original spans of its key code points.
//
// Sentences: boundaries at ! ? ؟ ؛ … (with any closing quotes after them), at
// '.' unless it is inside a number or a name (12.5, kayhan.ir), follows a lone
// letter or a known abbreviation, or is followed by a lower-case Latin word;
// and at every line break. Spans exclude the white space around sentences.
#ifndef SADA_TEXT_SINKS_H_
#define SADA_TEXT_SINKS_H_

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "sada/text.h"
#include "text/stem.h"
#include "util/hash.h"
#include "text/tables.h"
#include "text/utf8.h"

namespace sada::internal {

// The sinks run once per code point: keep them inside the stream loop.
#define SADA_HOT [[gnu::always_inline]]

// Copies 16 bytes in one move.
SADA_HOT inline void Copy16(char* d, const char* s) {
#ifdef __SSE2__
  _mm_storeu_si128(reinterpret_cast<__m128i*>(d), _mm_loadu_si128(reinterpret_cast<const __m128i*>(s)));
#else
  std::memcpy(d, s, 16);
#endif
}

// The code point of a two-byte UTF-8 sequence.
SADA_HOT inline char32_t TwoByteCodePoint(const char* p) {
  return (static_cast<char32_t>(p[0] & 0x1F) << 6) | static_cast<char32_t>(p[1] & 0x3F);
}

// Writes cp as UTF-8 at w and returns the end.
SADA_HOT inline char* EncodeUtf8(char32_t cp, char* w) {
  if (cp < 0x80) {
    *w = static_cast<char>(cp);
    return w + 1;
  }
  if (cp < 0x800) {
    w[0] = static_cast<char>(0xC0 | (cp >> 6));
    w[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return w + 2;
  }
  if (cp < 0x10000) {
    w[0] = static_cast<char>(0xE0 | (cp >> 12));
    w[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    w[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return w + 3;
  }
  w[0] = static_cast<char>(0xF0 | (cp >> 18));
  w[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  w[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  w[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return w + 4;
}

// The token state machine, shared by every tokenizer output. `Out` receives
// Start(kind, begin), Append(cp, begin, end) for each key code point (a number's
// separator comes as Append(sep, ...) just before the digit that keeps it),
// and Close(kind) at the end of each token.
template <typename Out>
class TokenMachine {
 public:
  explicit TokenMachine(Out* out) : out_(out) {}

  SADA_HOT void operator()(char32_t cp, CharClass cls, bool /*upper*/, uint32_t b, uint32_t e) {
    switch (cls) {
      case kClsLetter:
      case kClsMark:
        if (state_ != TokenKind::kWord || !open_) {
          Close();
          Start(TokenKind::kWord, b);
        }
        out_->Append(cp, b, e);
        break;
      case kClsDigit:
        if (open_ && state_ == TokenKind::kNumber) {
          if (sep_ != 0) {
            out_->Append(static_cast<char32_t>(sep_), sep_b_, sep_e_);
            sep_ = 0;
          }
        } else {
          Close();
          Start(TokenKind::kNumber, b);
        }
        out_->Append(cp, b, e);
        break;
      case kClsDot:
      case kClsComma:
        if (open_ && state_ == TokenKind::kNumber && sep_ == 0) {
          sep_ = static_cast<char>(cp);
          sep_b_ = b;
          sep_e_ = e;
        } else {
          Close();
        }
        break;
      case kClsIdeograph:
        Close();
        Start(TokenKind::kWord, b);
        out_->Append(cp, b, e);
        Close();
        break;
      default:
        Close();
        break;
    }
  }

  // n letters given as 2n bytes of UTF-8, the i-th with span
  // [first + i, first + i + 1); `basic` when all are in U+0621..U+064A.
  SADA_HOT void LetterRun(const char* utf8, uint32_t n, uint32_t first, bool basic) {
    if (state_ != TokenKind::kWord || !open_) {
      Close();
      Start(TokenKind::kWord, first);
    }
    out_->AppendRun(utf8, n, first, basic);
  }

  SADA_HOT void Close() {
    if (!open_) return;
    sep_ = 0;  // a separator not followed by a digit is not part of the number
    out_->Close(state_);
    open_ = false;
  }

 private:
  void Start(TokenKind k, uint32_t b) {
    state_ = k;
    open_ = true;
    out_->Start(k, b);
  }

  Out* out_;
  TokenKind state_ = TokenKind::kWord;
  bool open_ = false;
  char sep_ = 0;
  uint32_t sep_b_ = 0, sep_e_ = 0;
};

// Writes match-key strings and spans into a TokenizedText.
class KeyWriter {
 public:
  // Keys are written through a raw pointer into out->keys. One code point's
  // key is at most kMaxPerCodePoint bytes (7 code points of 4 bytes); the
  // buffer starts at the input's size, which a key rarely exceeds, and grows
  // when fewer than that many bytes are left (zero-filling the worst case up
  // front cost more than the tokenizer itself).
  // Tokens too are written through a pointer into out->tokens, sized at one
  // token per six bytes of input (at most 64k to begin with: the vector is
  // zero-filled, and a large input may hold few tokens) and doubled when
  // full (a push_back per token, not inlined into the stream, cost 6% of
  // Analyze's instructions).
  KeyWriter(TokenizedText* out, size_t input_bytes) : out_(out) {
    out_->keys.resize(input_bytes + 2 * kMaxPerCodePoint);
    base_ = out_->keys.data();
    w_ = base_;
    limit_ = base_ + out_->keys.size() - kMaxPerCodePoint;
    out_->tokens.clear();
    out_->tokens.resize(std::min<size_t>(input_bytes / 6 + 16, size_t{1} << 16));
    tok_ = out_->tokens.data();
    tok_end_ = tok_ + out_->tokens.size();
  }
  // The key of the token being written.
  std::string_view OpenKey() const {
    return std::string_view(base_ + key_start_, static_cast<size_t>(w_ - base_) - key_start_);
  }
  void Finish() {
    out_->keys.resize(static_cast<size_t>(w_ - base_));
    out_->tokens.resize(static_cast<size_t>(tok_ - out_->tokens.data()));
  }

  void Start(TokenKind, uint32_t b) {
    begin_ = b;
    end_ = b;
    key_start_ = static_cast<uint32_t>(w_ - base_);
  }
  SADA_HOT void Append(char32_t cp, uint32_t b, uint32_t e) {
    if (w_ >= limit_) [[unlikely]] Grow();
    w_ = EncodeUtf8(cp, w_);
    begin_ = std::min(begin_, b);
    end_ = std::max(end_, e);
  }
  // The run is copied 16 bytes at a time (the stream's run buffer is a
  // multiple of 16 bytes long, and the last copy ends within the
  // kMaxPerCodePoint bytes past limit_): memcpy of a variable size here
  // became "rep movsq", whose start-up cost 7% of Analyze.
  SADA_HOT void AppendRun(const char* utf8, uint32_t n, uint32_t first, bool /*basic*/) {
    static_assert(kMaxPerCodePoint >= 16);
    while (w_ + 2 * n > limit_) [[unlikely]] Grow();
    for (uint32_t i = 0; i < 2 * n; i += 16) Copy16(w_ + i, utf8 + i);
    w_ += 2 * n;
    begin_ = std::min(begin_, first);
    end_ = std::max(end_, first + n);
  }
  SADA_HOT void Close(TokenKind kind) {
    Token t;
    t.span = Span{begin_, end_};
    t.key_offset = key_start_;
    t.key_size = static_cast<uint32_t>(w_ - base_) - key_start_;
    t.kind = kind;
    if (tok_ == tok_end_) [[unlikely]] GrowTokens();
    *tok_++ = t;
  }

 private:
  static constexpr size_t kMaxPerCodePoint = 28;
  void Grow() {
    size_t used = static_cast<size_t>(w_ - base_);
    out_->keys.resize(out_->keys.size() * 2);
    base_ = out_->keys.data();
    w_ = base_ + used;
    limit_ = base_ + out_->keys.size() - kMaxPerCodePoint;
  }
  void GrowTokens() {
    size_t used = static_cast<size_t>(tok_ - out_->tokens.data());
    out_->tokens.resize(out_->tokens.size() * 2);
    tok_ = out_->tokens.data() + used;
    tok_end_ = out_->tokens.data() + out_->tokens.size();
  }

  TokenizedText* out_;
  char* base_;
  char* w_;
  char* limit_;
  Token* tok_;
  Token* tok_end_;
  uint32_t begin_ = 0, end_ = 0, key_start_ = 0;
};

// The tokenizer writing keys: Tokenize and Analyze use it.
class TokenizerSink {
 public:
  TokenizerSink(TokenizedText* out, size_t input_bytes) : writer_(out, input_bytes), machine_(&writer_) {}
  SADA_HOT void operator()(char32_t cp, CharClass cls, bool upper, uint32_t b, uint32_t e) {
    machine_(cp, cls, upper, b, e);
  }
  SADA_HOT void LetterRun(const char* utf8, uint32_t n, uint32_t first, bool basic) {
    machine_.LetterRun(utf8, n, first, basic);
  }
  void Finish() {
    machine_.Close();
    writer_.Finish();
  }

 private:
  KeyWriter writer_;
  TokenMachine<KeyWriter> machine_;
};

// Hash of a token's match key, code point by code point (FNV-1a over code
// points, then a finaliser). HashKey() in sada/text.h gives the same value
// from a key string.
struct KeyHasher {
  static constexpr uint64_t kBasis = 0xcbf29ce484222325ULL;
  static constexpr uint64_t kPrime = 0x100000001b3ULL;
  static uint64_t Step(uint64_t h, char32_t cp) { return (h ^ cp) * kPrime; }
  static uint64_t Finish(uint64_t h) { return Mix64(h); }
};

// Writes one hash per token and, when `spans` is given, its span.
class HashWriter {
 public:
  HashWriter(std::vector<uint64_t>* hashes, std::vector<Span>* spans) : hashes_(hashes), spans_(spans) {}
  void Start(TokenKind, uint32_t b) {
    h_ = KeyHasher::kBasis;
    begin_ = b;
    end_ = b;
  }
  SADA_HOT void Append(char32_t cp, uint32_t b, uint32_t e) {
    h_ = KeyHasher::Step(h_, cp);
    if (spans_) {
      begin_ = std::min(begin_, b);
      end_ = std::max(end_, e);
    }
  }
  SADA_HOT void AppendRun(const char* utf8, uint32_t n, uint32_t first, bool /*basic*/) {
    for (uint32_t i = 0; i < n; ++i) h_ = KeyHasher::Step(h_, TwoByteCodePoint(utf8 + 2 * i));
    if (spans_) {
      begin_ = std::min(begin_, first);
      end_ = std::max(end_, first + n);
    }
  }
  void Close(TokenKind) {
    hashes_->push_back(KeyHasher::Finish(h_));
    if (spans_) spans_->push_back(Span{begin_, end_});
  }

 private:
  std::vector<uint64_t>* hashes_;
  std::vector<Span>* spans_;
  uint64_t h_ = 0;
  uint32_t begin_ = 0, end_ = 0;
};

// KeyWriter that also notes, for each token, StemKeyHash of its key when
// the key is all basic Arabic letters and at most 64 bytes long (1 for keys
// of up to three letters, which are their own stems; 0 for any other key):
// the stemmer's cache then needs no second pass over the keys (the fused
// Analyze).
class HashingKeyWriter {
 public:
  HashingKeyWriter(TokenizedText* tokens, size_t input_bytes, std::vector<uint64_t>* arabic_hash)
      : keys_(tokens, input_bytes), arabic_hash_(arabic_hash) {}
  void Finish() { keys_.Finish(); }
  void Start(TokenKind k, uint32_t b) {
    keys_.Start(k, b);
    arabic_ = true;
  }
  SADA_HOT void Append(char32_t cp, uint32_t b, uint32_t e) {
    keys_.Append(cp, b, e);
    arabic_ = arabic_ && IsArabicStemLetter(cp);
  }
  SADA_HOT void AppendRun(const char* utf8, uint32_t n, uint32_t first, bool basic) {
    keys_.AppendRun(utf8, n, first, basic);
    arabic_ = arabic_ && basic;
  }
  SADA_HOT void Close(TokenKind kind) {
    std::string_view key = keys_.OpenKey();
    uint64_t h = 0;
    if (arabic_ && key.size() <= 64) h = key.size() <= kOwnStemBytes ? 1 : StemKeyHash(key);
    arabic_hash_->push_back(h);
    keys_.Close(kind);
  }

 private:
  KeyWriter keys_;
  std::vector<uint64_t>* arabic_hash_;
  bool arabic_ = true;
};

inline bool IsAbbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kAbbrev = {
      "mr",  "mrs", "ms",  "dr",   "prof", "st",  "jr",  "sr",  "vs",  "gen",
      "col", "lt",  "sgt", "capt", "rev",  "no",  "inc", "ltd", "co",  "corp",
      "jan", "feb", "aug", "sept", "oct",  "nov", "dec", "etc", "eg",  "ie"};
  for (auto a : kAbbrev)
    if (a == w) return true;
  return false;
}

// Runs on the match-key stream: letters are already lower case; `upper` says
// whether the original letter was upper case.
class SentenceSink {
 public:
  explicit SentenceSink(std::vector<Span>* out) : out_(out) {}

  // A sentence is closed after a comma once it has kSoftWords words, and at
  // the next space once it has kHardWords: text without full stops (a
  // transcript, a page flattened to one line) would otherwise be one
  // sentence, and what is cut at sentence ends (reported speech, timeline
  // and summary sentences) would grow with the square of the text. In
  // SaudiNewsNet 387 of 290,412 sentences pass 200 words and none 630.
  static constexpr uint32_t kSoftWords = 200, kHardWords = 400;

  SADA_HOT void operator()(char32_t cp, CharClass cls, bool upper, uint32_t b, uint32_t e) {
    if (cls == kClsNewline) {
      CloseSentence();
      pending_ = Pending::kNone;
      EndWord();
      return;
    }
    if (cls == kClsSpace) {
      if (pending_ == Pending::kDot) pending_ = Pending::kDotSpace;
      if (pending_ == Pending::kTerm) pending_ = Pending::kTermSpace;
      if (words_ >= kHardWords && pending_ == Pending::kNone) CloseSentence();
      EndWord();
      return;
    }
    bool trailing = cls == kClsTerminator || cls == kClsDot || cls == kClsQuote;
    switch (pending_) {
      case Pending::kNone:
        break;
      case Pending::kDot:
        if (cls == kClsLetter && cp >= 0x0621 && cp <= 0x064A && dot_ends_) {
          CloseSentence();  // "المطلوبة.وأضافت"، "الجديدة .وتتوقع": a full stop without its space
          pending_ = Pending::kNone;
        } else if (cls == kClsLetter || cls == kClsDigit || cls == kClsMark) {
          pending_ = Pending::kNone;  // 12.5, kayhan.ir, U.S, إيه.بي.سي
        } else if (trailing) {
          pending_ = Pending::kTerm;
          last_end_ = e;
          return;
        } else {
          CloseSentence();
          pending_ = Pending::kNone;
        }
        break;
      case Pending::kTerm:
        if (trailing) {
          last_end_ = e;
          return;
        }
        CloseSentence();
        pending_ = Pending::kNone;
        break;
      case Pending::kDotSpace:
        if (cls == kClsLetter && cp >= 'a' && cp <= 'z' && !upper) {
          pending_ = Pending::kNone;  // "e.g. something": not a boundary
        } else {
          CloseSentence();
          pending_ = Pending::kNone;
        }
        break;
      case Pending::kTermSpace:
        CloseSentence();
        pending_ = Pending::kNone;
        break;
    }
    if (!open_) {
      open_ = true;
      begin_ = b;
    }
    last_end_ = e;
    if (words_ >= kSoftWords && (cp == 0x060C || cp == 0x061B || cp == ';' || (cp == ',' && !after_digit_)) &&
        pending_ == Pending::kNone) {
      CloseSentence();  // the comma (or semicolon) ends it
      EndWord();
      return;
    }
    after_digit_ = cls == kClsDigit;
    if ((cls == kClsLetter || cls == kClsDigit) && word_len_ == 0 && !in_word_) ++words_;
    in_word_ = cls == kClsLetter || cls == kClsDigit || cls == kClsMark;
    if (cls == kClsTerminator) {
      pending_ = Pending::kTerm;
      ResetWord();
    } else if (cls == kClsDot) {
      bool abbrev = word_len_ == 1 ||
                    (word_len_ > 1 && word_len_ <= 4 && ascii_word_ &&
                     IsAbbreviation(std::string_view(word_, word_len_)));
      if (!abbrev) pending_ = Pending::kDot;
      // Before an Arabic letter, a dot after a word of four letters or more,
      // or after no word (a space, a digit, a quotation mark), ends a
      // sentence; after a shorter word it joins initials (إيه.بي.سي).
      dot_ends_ = word_len_ == 0 || word_len_ >= 4;
      ResetWord();
    } else if (cls == kClsLetter) {
      if (word_len_ < kMaxWord) word_[word_len_] = cp < 0x80 ? static_cast<char>(cp) : '?';
      ascii_word_ = ascii_word_ && cp < 0x80;
      ++word_len_;
    } else if (cls != kClsMark) {
      ResetWord();
    }
  }

  // n letters, the i-th with span [first + i, first + i + 1): the first is
  // handled as one letter, after which the state only counts letters.
  SADA_HOT void LetterRun(const char* utf8, uint32_t n, uint32_t first, bool /*basic*/) {
    (*this)(TwoByteCodePoint(utf8), kClsLetter, false, first, first + 1);
    after_digit_ = false;
    // The letters of a run are never ASCII: the word is no abbreviation,
    // and only its length counts.
    ascii_word_ = false;
    word_len_ += static_cast<int>(n - 1);
    last_end_ = first + n;
  }

  void CloseSentence() {
    if (open_) out_->push_back(Span{begin_, last_end_});
    open_ = false;
    words_ = 0;
  }

 private:
  enum class Pending { kNone, kDot, kTerm, kDotSpace, kTermSpace };
  static constexpr int kMaxWord = 8;

  void ResetWord() {
    word_len_ = 0;
    ascii_word_ = true;
  }
  // A space, a line break or a cutting comma: the word ends, and so does the
  // run of letters and digits the word count and the digit test look at.
  void EndWord() {
    ResetWord();
    in_word_ = after_digit_ = false;
  }

  std::vector<Span>* out_;
  bool open_ = false;
  uint32_t begin_ = 0, last_end_ = 0;
  Pending pending_ = Pending::kNone;
  char word_[kMaxWord] = {};
  int word_len_ = 0;
  bool ascii_word_ = true;
  uint32_t words_ = 0;       // words of the open sentence
  bool in_word_ = false;     // inside a run of letters, digits and marks
  bool after_digit_ = false; // the last code point was a digit (3,400 is not cut)
  bool dot_ends_ = false;    // the pending dot ends a sentence before an Arabic letter
};

}  // namespace sada::internal

#undef SADA_HOT

#endif  // SADA_TEXT_SINKS_H_
