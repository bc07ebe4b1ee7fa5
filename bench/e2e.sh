#!/usr/bin/env bash
# End-to-end benchmark of one sada subcommand: runs `sada CMD` on a corpus
# several times and reports the median wall time, MB/s of input read by the
# readers (after decompression), articles/s, and the peak RSS.
#   bench/e2e.sh CMD [corpus-path-or-glob...]   (CMD: ingest, dedup, reuse, extract,
#                                                stories, analyze; default corpus: the
#                                                18 SaudiNewsNet zips)
#   RUNS=5 SADA=build/sada ARGS="-j2" bench/e2e.sh dedup ...
set -euo pipefail
cd "$(dirname "$0")/.."
SADA="${SADA:-build/sada}"
RUNS="${RUNS:-5}"
CMD="${1:?usage: bench/e2e.sh ingest|dedup|reuse|extract|stories|analyze [corpus...]}"
shift
if [ $# -eq 0 ]; then set -- ../shared/corpus/saudinewsnet/*.zip; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq "$RUNS"); do
  # (analyze writes a directory: each run its own, removed after.)
  out=/dev/null
  if [ "$CMD" = analyze ]; then out="$tmp/out.$i"; fi
  /usr/bin/time -f "%e %M" -o "$tmp/time.$i" "$SADA" "$CMD" ${ARGS:-} -q -o "$out" "$@" 2> "$tmp/err.$i"
  if [ "$CMD" = analyze ]; then rm -rf "$out"; fi
  summary=$(grep -m1 "^sada $CMD: read [0-9]* files" "$tmp/err.$i")
  mb=$(echo "$summary" | sed -E 's/.* files, ([0-9.]+) MB.*/\1/')
  arts=$(echo "$summary" | sed -E 's/.*records = ([0-9]+) articles.*/\1/')
  read -r wall rss < "$tmp/time.$i"
  echo "$wall $mb $arts $rss" >> "$tmp/runs"
  echo "run $i: ${wall}s  $(awk -v m="$mb" -v w="$wall" 'BEGIN{printf "%.1f", m/w}') MB/s  peak RSS $((rss / 1024)) MiB"
done
sort -n "$tmp/runs" | awk -v n="$RUNS" '
  { w[NR]=$1; mb=$2; a=$3; r[NR]=$4 }
  END {
    m = w[int((n+1)/2)];
    maxr = 0; for (i in r) if (r[i] > maxr) maxr = r[i];
    printf "median of %d: %.2f s, %.1f MB, %d articles -> %.1f MB/s, %.0f articles/s; peak RSS %.0f MiB\n",
      n, m, mb, a, mb/m, a/m, maxr/1024 }'
