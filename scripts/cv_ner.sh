#!/usr/bin/env bash
# Five-fold cross-validation of the whole entity pipeline (tagger, stacked
# lexicon, document rules) on ANERcorp's training file: a steadier measure
# for choosing between two versions than one development split (9,596 gold
# entities in all against about 1,100).
#
#   scripts/cv_ner.sh [TRAIN.txt [CORPUS...]]
#     TRAIN.txt  default ../shared/data/anercorp/ANERcorp_train_corrected.txt
#     CORPUS     unlabelled news for the lexicon, default ../shared/corpus/saudinewsnet/*.zip
#
# Document d (documents begin at "ARTICLE" lines) is held out in fold d % 5;
# each fold trains with scripts/train_ner.sh on the other four fifths and is
# scored by `ner eval` on its own; the counts are summed over the folds and
# printed as precision, recall and F1, overall and per type. About eight
# minutes on two cores. Needs build/ner.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ner_inputs.sh
FOLDS=5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Split TRAIN into tmp/train<k>.txt (the other folds) and tmp/test<k>.txt.
awk -v folds=$FOLDS -v dir="$tmp" '
  BEGIN { doc = 0; lines = 0 }
  ($1 == "ARTICLE" || $1 == "article") && lines > 0 { ++doc; lines = 0 }
  {
    ++lines
    for (k = 0; k < folds; ++k) print > (dir "/" (doc % folds == k ? "test" : "train") k ".txt")
  }' "$TRAIN"

for k in $(seq 0 $((FOLDS - 1))); do
  OUT="$tmp/model$k" NER="$NER" scripts/train_ner.sh "$tmp/train$k.txt" "$@" > /dev/null 2> "$tmp/train$k.log" ||
    { cat "$tmp/train$k.log" >&2; exit 1; }
  "$NER" eval "$tmp/test$k.txt" --model "$tmp/model$k/ner-ar.bin" --lexicon "$tmp/model$k/lexicon-ar.txt" \
    2> /dev/null > "$tmp/eval$k.txt"
  echo "fold $k: $(grep '^overall' "$tmp/eval$k.txt")" >&2
done

# "TYPE precision P recall R F1 F (C correct, F found, G gold)" lines, summed.
cat "$tmp"/eval*.txt | awk '
  /correct, .* found, .* gold/ {
    line = $0
    gsub(/[(),]/, " ", line)
    n = split(line, f, " ")
    for (i = 1; i <= n; ++i) {
      if (f[i] == "correct") c[$1] += f[i - 1]
      if (f[i] == "found") p[$1] += f[i - 1]
      if (f[i] == "gold") g[$1] += f[i - 1]
    }
    if (!($1 in seen)) { seen[$1] = 1; order[++types] = $1 }
  }
  END {
    for (t = 1; t <= types; ++t) {
      x = order[t]
      pr = p[x] ? c[x] / p[x] : 0; re = g[x] ? c[x] / g[x] : 0
      f1 = pr + re > 0 ? 2 * pr * re / (pr + re) : 0
      printf "%-8s precision %.4f  recall %.4f  F1 %.4f  (%d correct, %d found, %d gold)\n", x, pr, re, f1, c[x], p[x], g[x]
    }
  }'
