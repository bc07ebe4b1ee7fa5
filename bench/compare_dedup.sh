#!/usr/bin/env bash
# Side by side on the same N articles, 5-word shingles, threshold 0.8:
# sada's dedup (OPH MinHash, its banding), the MinHash LSH of Debian's
# golang-github-ekzhu-minhash-lsh-dev (with that library's "optimal" banding),
# and Debian's simhash tool (Manasse shingleprints, all pairs compared).
# Time and recall against brute force for each.
#
#   apt-get install golang-go golang-github-ekzhu-minhash-lsh-dev simhash
#   bench/compare_dedup.sh 5000 ../shared/corpus/saudinewsnet/*.zip
set -euo pipefail
cd "$(dirname "$0")/.."
N="$1"
shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build/dedup_eval compare "$N" "$out" "$@"
mkdir -p "$out/gocache"
HOME="$out" GOCACHE="$out/gocache" GO111MODULE=off GOPATH=/usr/share/gocode \
  go build -o "$out/minhash_lsh_go" bench/minhash_lsh_go/main.go
"$out/minhash_lsh_go" "$out"
# simhash reads files: one byte per word, so 5-byte shingles are 5-word shingles.
start=$(date +%s.%N)
(cd "$out/words" && simhash -s 5 -f 128 -m * > "$out/simhash.txt")
end=$(date +%s.%N)
python3 - "$out" "$start" "$end" <<'PY'
import sys
out, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
truth = set()
for line in open(out + "/truth.txt"):
    a, b = line.split()
    truth.add((int(a), int(b)))
found = set()
rows = open(out + "/simhash.txt").read().split("\n")[1:]
for row in rows:
    parts = row.split()
    if len(parts) < 2:
        continue
    i = int(parts[0])  # files are named by their index and listed in order
    for j, v in enumerate(parts[2:]):
        if v != "?" and float(v) >= 0.8:  # "?": a file too short to have a shingleprint
            found.add((j, i))
hit = len(truth & found)
print("simhash: %.3f s for all pairs (one thread); %d pairs estimated >= 0.80; recall %.4f (%d of %d); "
      "%d of its pairs below 0.80 in fact" % (end - start, len(found), hit / max(1, len(truth)), hit, len(truth),
                                              len(found - truth)))
PY
