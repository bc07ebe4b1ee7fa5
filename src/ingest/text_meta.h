// Metadata read from an article's own text (site line, publication line,
// dateline, credit line) for articles whose input did not give it.
#ifndef SADA_INGEST_TEXT_META_H_
#define SADA_INGEST_TEXT_META_H_

#include "sada/article.h"

namespace sada::internal {

// Fills a->source / a->published (only when empty) and a->dateline_place /
// a->dateline from a->text, each with where it was found.
void FillFromText(Article* a);

}  // namespace sada::internal

#endif  // SADA_INGEST_TEXT_META_H_
