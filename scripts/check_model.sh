#!/usr/bin/env bash
# Checks that the tagger and lexicon in models/ are what scripts/train_ner.sh
# makes from the code as it is: a change to what the tagger reads (tokens,
# gazetteer flags, the decoder) changes the lexicon it makes and the model
# trained on it, and a model left from older code no longer comes out of the
# repository (docs/facts.md). Needs ANERcorp and SaudiNewsNet in ../shared;
# exits 77 (skipped) without them.
#   scripts/check_model.sh        (NER=path/to/ner to use another build)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ner_inputs.sh
if [ ! -f "$TRAIN" ] || [ ! -f "$1" ]; then
  echo "check_model: $TRAIN or the SaudiNewsNet zips not found; skipped" >&2
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
OUT="$out" NER="$NER" scripts/train_ner.sh > "$out/train.log" 2>&1 || { cat "$out/train.log" >&2; exit 1; }
status=0
for f in ner-ar.bin lexicon-ar.txt; do
  if ! cmp -s "$out/$f" "models/$f"; then
    echo "check_model: models/$f is not what scripts/train_ner.sh makes now; run it and commit models/" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "check_model: models/ is what scripts/train_ner.sh makes"
exit $status
