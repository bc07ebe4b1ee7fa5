// Metadata read from an article's own text (site line, publication line,
// dateline, credit line) for articles whose input did not give it.
#ifndef SADA_INGEST_TEXT_META_H_
#define SADA_INGEST_TEXT_META_H_

#include "sada/article.h"

namespace sada::internal {

// Fills a->source / a->published (only when empty) and a->dateline_place /
// a->dateline from a->text, each with where it was found.
void FillFromText(Article* a);

// How many lines of `text` open an item of a digest with a dateline of
// their own: a place of one to three words (a parenthesis among them), a dash,
// and an agency, named or in quotation marks or parentheses, then a colon
// ("* أثينا - «الشرق الأوسط»:"، "ياوندي - أ.ف.ب:"، "بكين - (د.ب.أ):").
// A news digest ("موجز أخبار") has one such line per brief.
size_t ItemDatelines(std::string_view text);

}  // namespace sada::internal

#endif  // SADA_INGEST_TEXT_META_H_
