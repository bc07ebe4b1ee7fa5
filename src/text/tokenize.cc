// Tokenizer: a small state machine over the match-key stream (stream.h).
// Words are runs of letters and marks; numbers are runs of digits with single
// internal '.' or ',' separators (which the key already has in ASCII, so
// "١٢٫٥" becomes "12.5"); Han and kana characters are one token each; every
// other character ends a token. Each token's span is the union of the original
// spans of its key code points.
#include <algorithm>

#include "sada/text.h"
#include "text/stream.h"
#include "text/utf8.h"

namespace sada {
namespace {

using internal::CharClass;

class TokenizerSink {
 public:
  explicit TokenizerSink(TokenizedText* out) : out_(out) {}

  void operator()(char32_t cp, uint32_t b, uint32_t e) {
    CharClass cls = tables_.Class(cp);
    switch (cls) {
      case internal::kClsLetter:
      case internal::kClsMark:
        if (state_ != State::kWord) {
          Close();
          Start(State::kWord, b);
        }
        Append(cp, b, e);
        break;
      case internal::kClsDigit:
        if (state_ == State::kNumber) {
          if (sep_ != 0) {
            out_->keys.push_back(sep_);
            sep_ = 0;
          }
        } else {
          Close();
          Start(State::kNumber, b);
        }
        Append(cp, b, e);
        break;
      case internal::kClsDot:
      case internal::kClsComma:
        if (state_ == State::kNumber && sep_ == 0) {
          sep_ = static_cast<char>(cp);
        } else {
          Close();
        }
        break;
      case internal::kClsIdeograph:
        Close();
        Start(State::kWord, b);
        Append(cp, b, e);
        Close();
        break;
      default:
        Close();
        break;
    }
  }

  void Close() {
    if (state_ == State::kNone) return;
    sep_ = 0;  // a separator not followed by a digit is not part of the number
    Token t;
    t.span = Span{begin_, end_};
    t.key_offset = key_start_;
    t.key_size = static_cast<uint32_t>(out_->keys.size()) - key_start_;
    t.kind = state_ == State::kNumber ? TokenKind::kNumber : TokenKind::kWord;
    out_->tokens.push_back(t);
    state_ = State::kNone;
  }

 private:
  enum class State { kNone, kWord, kNumber };

  void Start(State s, uint32_t b) {
    state_ = s;
    begin_ = b;
    end_ = b;
    key_start_ = static_cast<uint32_t>(out_->keys.size());
  }
  void Append(char32_t cp, uint32_t b, uint32_t e) {
    if (cp < 0x80) {
      out_->keys.push_back(static_cast<char>(cp));
    } else {
      AppendUtf8(cp, &out_->keys);
    }
    begin_ = std::min(begin_, b);
    end_ = std::max(end_, e);
  }

  const internal::Tables& tables_ = internal::Tables::Get();
  TokenizedText* out_;
  State state_ = State::kNone;
  uint32_t begin_ = 0, end_ = 0, key_start_ = 0;
  char sep_ = 0;
};

}  // namespace

void Tokenize(std::string_view utf8, TokenizedText* out) {
  out->Clear();
  out->keys.reserve(utf8.size());
  out->tokens.reserve(utf8.size() / 6);
  TokenizerSink sink(out);
  internal::StreamNormalized(utf8, Form::kMatchKey, sink);
  sink.Close();
}

}  // namespace sada
