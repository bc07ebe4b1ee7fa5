#!/usr/bin/env bash
# How long report.html takes to open in headless Chromium: JSON parse and
# render (the page's own script), and the load event (after style and
# layout). A copy of the report is timed, with console.log hooks added; the
# report itself is not changed.
#   bench/report_load.sh DIR/report.html [RUNS]
set -euo pipefail
REPORT="${1:?usage: bench/report_load.sh report.html [runs]}"
RUNS="${2:-3}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$REPORT" "$tmp/timed.html" <<'PY'
import sys
h = open(sys.argv[1], encoding="utf-8").read()
for old, new in [
    ("const DATA = JSON.parse(", "const T0 = performance.now(); const DATA = JSON.parse("),
    ("const A = DATA.articles;", "const A = DATA.articles; console.log('sada-timing parse ' + (performance.now() - T0));"),
    ("try { render(); } catch", "const T1 = performance.now(); try { render(); console.log('sada-timing render ' + (performance.now() - T1)); } catch"),
    ("</body>", "<script>window.addEventListener('load', () => console.log('sada-timing load ' + performance.now()));</script></body>"),
]:
    if old not in h:
        sys.exit("report.html has no '" + old + "': the hooks need updating")
    h = h.replace(old, new, 1)
open(sys.argv[2], "w", encoding="utf-8").write(h)
PY
echo "$(du -h "$REPORT" | cut -f1) $REPORT"
for i in $(seq "$RUNS"); do
  # Chromium takes the screenshot once the page has loaded and exits; now and
  # then it stays open, and timeout ends it. The timings are the page's own.
  timeout 300 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" \
    --enable-logging=stderr --v=0 --virtual-time-budget=1 --screenshot="$tmp/shot.png" \
    --window-size=1400,1800 "file://$tmp/timed.html" > /dev/null 2> "$tmp/err" || true
  grep -o "sada-timing [a-z]* [0-9.]*" "$tmp/err" | awk -v r="$i" '{printf "run %s: %s %.2f s\n", r, $2, $3 / 1000}'
done
