// Sentence splitter: a rule-based state machine over the display-form stream.
// Boundaries at ! ? ؟ ؛ … (with any closing quotes after them), at '.' unless
// it is inside a number or a name (12.5, kayhan.ir), follows a lone letter or a
// known abbreviation, or is followed by a lower-case Latin word; and at every
// line break. Spans exclude the white space around sentences.
#include <array>
#include <cstring>
#include <string_view>

#include "sada/text.h"
#include "text/stream.h"

namespace sada {
namespace {

using internal::CharClass;

bool IsAbbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kAbbrev = {
      "mr",  "mrs", "ms",  "dr",   "prof", "st",  "jr",  "sr",  "vs",  "gen",
      "col", "lt",  "sgt", "capt", "rev",  "no",  "inc", "ltd", "co",  "corp",
      "jan", "feb", "aug", "sept", "oct",  "nov", "dec", "etc", "eg",  "ie"};
  for (auto a : kAbbrev)
    if (a == w) return true;
  return false;
}

class SentenceSink {
 public:
  explicit SentenceSink(std::vector<Span>* out) : out_(out) {}

  void operator()(char32_t cp, uint32_t b, uint32_t e) {
    CharClass cls = tables_.Class(cp);
    if (cls == internal::kClsNewline) {
      CloseSentence();
      pending_ = Pending::kNone;
      ResetWord();
      return;
    }
    if (cls == internal::kClsSpace) {
      if (pending_ == Pending::kDot) pending_ = Pending::kDotSpace;
      if (pending_ == Pending::kTerm) pending_ = Pending::kTermSpace;
      ResetWord();
      return;
    }
    bool trailing = cls == internal::kClsTerminator || cls == internal::kClsDot ||
                    cls == internal::kClsQuote;
    switch (pending_) {
      case Pending::kNone:
        break;
      case Pending::kDot:
        if (cls == internal::kClsLetter || cls == internal::kClsDigit ||
            cls == internal::kClsMark) {
          pending_ = Pending::kNone;  // 12.5, kayhan.ir, U.S
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
        if (cls == internal::kClsLetter && cp >= 'a' && cp <= 'z') {
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
    if (cls == internal::kClsTerminator) {
      pending_ = Pending::kTerm;
      ResetWord();
    } else if (cls == internal::kClsDot) {
      bool abbrev = word_len_ == 1 ||
                    (word_len_ > 1 && word_len_ <= 4 && ascii_word_ &&
                     IsAbbreviation(std::string_view(word_, word_len_)));
      if (!abbrev) pending_ = Pending::kDot;
      ResetWord();
    } else if (cls == internal::kClsLetter) {
      if (word_len_ < kMaxWord) {
        word_[word_len_] = cp < 0x80 ? static_cast<char>(cp | 0x20) : '?';
      }
      ascii_word_ = ascii_word_ && cp < 0x80;
      ++word_len_;
    } else if (cls != internal::kClsMark) {
      ResetWord();
    }
  }

  void CloseSentence() {
    if (open_) out_->push_back(Span{begin_, last_end_});
    open_ = false;
  }

 private:
  enum class Pending { kNone, kDot, kTerm, kDotSpace, kTermSpace };
  static constexpr int kMaxWord = 8;

  void ResetWord() {
    word_len_ = 0;
    ascii_word_ = true;
  }

  const internal::Tables& tables_ = internal::Tables::Get();
  std::vector<Span>* out_;
  bool open_ = false;
  uint32_t begin_ = 0, last_end_ = 0;
  Pending pending_ = Pending::kNone;
  char word_[kMaxWord] = {};
  int word_len_ = 0;
  bool ascii_word_ = true;
};

}  // namespace

void SplitSentences(std::string_view utf8, std::vector<Span>* out) {
  out->clear();
  SentenceSink sink(out);
  internal::StreamNormalized(utf8, Form::kDisplay, sink);
  sink.CloseSentence();
}

}  // namespace sada
