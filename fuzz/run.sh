#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one for
# SECONDS seconds (default 120), seeded from the test fixtures. Crashes are
# written to fuzz/artifacts/. Usage: fuzz/run.sh [SECONDS] [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECS="${1:-120}"
shift || true
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSADA_FUZZ=ON \
  -DSADA_BUILD_TESTS=OFF -DSADA_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz >/dev/null
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(text ingest_json ingest_html ingest_warc ingest_feed ingest_archive ingest_text extract reuse analyze)
mkdir -p fuzz/artifacts
for t in "${targets[@]}"; do
  corpus="fuzz/corpus-$t"
  mkdir -p "$corpus"
  case "$t" in
    text|ingest_text) cp examples/bukamal/*.txt tests/data/inputs/*.txt "$corpus/" ;;
    extract) cp examples/bukamal/*.txt tests/data/inputs/*.txt fuzz/seeds/english*.txt fuzz/seeds/reuse.txt "$corpus/" ;;
    analyze) cp fuzz/seeds/analyze.txt fuzz/seeds/reuse.txt "$corpus/" ;;
    reuse) cp examples/bukamal/*.txt fuzz/seeds/reuse.txt "$corpus/" ;;
    ingest_json) cp tests/data/inputs/*.json* tests/data/broken/*.json* fuzz/seeds/*.jsonl "$corpus/" ;;
    ingest_html) cp tests/data/inputs/*.html tests/data/broken/*.html "$corpus/" ;;
    ingest_warc) cp tests/data/inputs/crawl.warc tests/data/broken/truncated.warc fuzz/seeds/*.wet "$corpus/" ;;
    ingest_feed) cp tests/data/inputs/*.rss tests/data/inputs/*.atom tests/data/broken/*.rss "$corpus/" ;;
    ingest_archive) cp tests/data/inputs/*.zip tests/data/inputs/*.gz tests/data/broken/*.zip tests/data/broken/*.gz "$corpus/" ;;
  esac
  echo "== fuzz_$t for ${SECS}s"
  "build-fuzz/fuzz_$t" "$corpus" -max_total_time="$SECS" -rss_limit_mb=4096 -timeout=20 \
    -artifact_prefix="fuzz/artifacts/$t-" -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
done
