# Sourced by train_ner.sh and cv_ner.sh (from the project's root, with their
# arguments): NER, the tagger tool; TRAIN, the labelled file (the first
# argument, default ANERcorp's corrected training split); and the remaining
# arguments, the unlabelled news the lexicon is made from (default the
# SaudiNewsNet zips).
NER=${NER:-build/ner}
TRAIN=${1:-../shared/data/anercorp/ANERcorp_train_corrected.txt}
if [ $# -gt 0 ]; then shift; fi
if [ $# -eq 0 ]; then set -- ../shared/corpus/saudinewsnet/*.zip; fi
