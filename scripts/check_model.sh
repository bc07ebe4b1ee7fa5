#!/usr/bin/env bash
# Checks that every file in models/ is what its command makes from the code
# as it is: the tagger and lexicon (scripts/train_ner.sh), the word clusters
# (build/word_clusters) and the background document frequencies of story
# clustering (build/doc_freq). A change to what the tagger reads (tokens,
# gazetteer flags, the decoder) changes the lexicon it makes and the model
# trained on it, a change to the text core changes the stems counted; a file
# left from older code no longer comes out of the repository (docs/facts.md).
# Needs ANERcorp and SaudiNewsNet in ../shared; exits 77 (skipped) without them.
#   scripts/check_model.sh        (NER=path/to/ner to use another build; the
#                                  other tools are looked for beside it)
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
tools=$(dirname "$NER")
"$tools/word_clusters" "$out/clusters-ar.txt" "$@" > "$out/clusters.log" 2>&1 || { cat "$out/clusters.log" >&2; exit 1; }
"$tools/doc_freq" "$out/df-ar.txt" "$@" > "$out/doc_freq.log" 2>&1 || { cat "$out/doc_freq.log" >&2; exit 1; }
status=0
for f in "ner-ar.bin:scripts/train_ner.sh" "lexicon-ar.txt:scripts/train_ner.sh" \
         "clusters-ar.txt:build/word_clusters models/clusters-ar.txt CORPUS" \
         "df-ar.txt:build/doc_freq models/df-ar.txt CORPUS"; do
  name=${f%%:*}
  if ! cmp -s "$out/$name" "models/$name"; then
    echo "check_model: models/$name is not what ${f#*:} makes now; run it and commit models/" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "check_model: models/ is what scripts/train_ner.sh, word_clusters and doc_freq make"
exit $status
