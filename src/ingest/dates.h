// Dates as written in metadata fields and in article text.
//
// ParseTimestamp reads machine-written times (ISO 8601, RFC 822 / 1123 as in
// RSS, "YYYY-MM-DD hh:mm:ss", "DD/MM/YYYY") and, failing those, a written date.
// MatchWrittenDate reads a date written in words at a token position: day,
// month name and year in any order people use ("19 نوفمبر 2017",
// "2017November19 - 21:11", "November 19, 2017", "تشرين الثاني 2017"), with
// Gregorian month names in their Egyptian/Gulf, Levantine, Maghrebi and
// Algerian/Tunisian forms and in English, and an optional time "- 21:11".
#ifndef SADA_INGEST_DATES_H_
#define SADA_INGEST_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "sada/article.h"
#include "sada/text.h"

namespace sada::internal {

struct DateTime {
  int year = 0, month = 0, day = 0, hour = -1, minute = -1, second = -1;
  std::string offset;  // "Z", "+03:00" or empty
  Precision precision = Precision::kNone;

  // ISO 8601 to the known precision: "2017", "2017-11", "2017-11-19",
  // "2017-11-19T21:11", "2017-11-19T21:11:05+03:00".
  std::string Iso() const;
};

std::optional<DateTime> ParseTimestamp(std::string_view s);

// Month number (1-12) of a match-key word, 0 if it is not a month name. For the
// two-word Levantine names (كانون الثاني، تشرين الأول) pass the next token in
// `next`; *words is set to the number of tokens the name takes.
int MonthFromKey(std::string_view key, std::string_view next, int* words);

// An English month's short name as a match key (jan, feb, sept, nov...),
// written with a point after it in wire copy ("Nov. 3").
bool IsShortEnglishMonth(std::string_view key);

struct DateMatch {
  DateTime when;
  Span span;          // code points in the tokenized text
  size_t next_token;  // index of the first token after the date
};

// Tries to read a written date starting at token i of `tt`, the tokens of
// `text`. `text_u32` is the same text as code points (for separators).
std::optional<DateMatch> MatchWrittenDate(const TokenizedText& tt, size_t i,
                                          std::u32string_view text_u32);

// A line that begins with a date to the day, as pages copied from the web
// give it under their headline: an optional weekday ("Sunday", "الأحد"),
// the date (MatchWrittenDate), an era mark after the year ("2017 م"), a
// time ("10:23", "3:45 PM", "21.11", "10:23 ص") and its zone ("GMT", "EST",
// "بتوقيت مكة المكرمة"). `alone`: nothing follows but an update note set off
// by '/' or '|' ("November 19, 2017 / 3:45 PM / Updated 6 years ago").
// Otherwise, a dash and words follow: the date is a dateline of its own
// ("Nov 19, 2017 - Syrian troops ...", "19 نوفمبر 2017 - أعلن ..."), and
// `dateline_end` is the code point past its dash. `tt` are the tokens of
// the line `u`; `match.span` runs from the weekday to the time or zone.
struct DateLine {
  DateMatch match;
  bool alone = false;
  uint32_t dateline_end = 0;
};
std::optional<DateLine> MatchDateLine(const TokenizedText& tt, std::u32string_view u);

}  // namespace sada::internal

#endif  // SADA_INGEST_DATES_H_
