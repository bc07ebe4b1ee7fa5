#!/usr/bin/env bash
# Trains sada's entity tagger and the lexicon it reads, reproducibly (the same
# inputs give the same files byte for byte):
#
#   scripts/train_ner.sh [TRAIN.txt [CORPUS...]]
#     TRAIN.txt  default ../shared/data/anercorp/ANERcorp_train_corrected.txt
#     CORPUS     unlabelled news, default ../shared/corpus/saudinewsnet/*.zip
#   OUT=DIR scripts/train_ner.sh ...   writes DIR/ner-ar.bin and DIR/lexicon-ar.txt
#                                      (default: models/, the files built into sada)
#
# The lexicon says, for each word of CORPUS, how often a tagger trained on
# TRAIN makes it part of a person, place, organisation or other name; the
# final tagger reads it as features. Trained on lexicon features of words it
# has itself learnt, a tagger would trust them more than they deserve on
# unseen names; so, as in stacking, each training document takes its lexicon
# features from a model that did not see it:
#   1. a base model without lexicon features, on all of TRAIN, tags CORPUS:
#      OUT/lexicon-ar.txt, the lexicon used at run time;
#   2. five fold models, each without one fifth of TRAIN's documents (d % 5),
#      tag CORPUS: five fold lexicons;
#   3. the final model, on all of TRAIN, document d reading fold d % 5's
#      lexicon: OUT/ner-ar.bin.
# Needs build/ner (cmake --build build). About two minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-models}
source scripts/ner_inputs.sh
FOLDS=5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$OUT"

# One model without lexicon features and the lexicon it gives: lexicon NAME [--exclude-fold k/K].
lexicon() {
  local name=$1; shift
  "$NER" train "$TRAIN" --no-lexicon "$@" -o "$tmp/$name.bin" 2> "$tmp/$name.train.log"
  "$NER" lexicon "$tmp/$name.txt" --model "$tmp/$name.bin" "${CORPUS[@]}" 2> "$tmp/$name.lexicon.log"
  tail -1 "$tmp/$name.lexicon.log"
}
CORPUS=("$@")
lexicon base &
for k in $(seq 0 $((FOLDS - 1))); do
  lexicon "fold$k" --exclude-fold "$k/$FOLDS" &
  # two at a time (each holds little memory; the tagging is the time)
  if (( k % 2 == 0 )); then wait; fi
done
wait
cp "$tmp/base.txt" "$OUT/lexicon-ar.txt"
args=()
for k in $(seq 0 $((FOLDS - 1))); do args+=(--lexicon "$tmp/fold$k.txt"); done
"$NER" train "$TRAIN" "${args[@]}" -o "$OUT/ner-ar.bin"
