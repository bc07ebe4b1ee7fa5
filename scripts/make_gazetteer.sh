#!/bin/bash
# Regenerates data/gazetteer/subdivisions-ar.txt: the Arabic names of the
# world's subdivisions (governorates, provinces, regions) from Debian's
# unicode-cldr-core (CLDR 41), one per line, sorted. The file is compiled
# into sada, so results do not depend on what is installed where sada runs.
#   apt-get install unicode-cldr-core && bash scripts/make_gazetteer.sh
set -euo pipefail
src=/usr/share/unicode/cldr/common/subdivisions/ar.xml
out="$(dirname "$0")/../data/gazetteer/subdivisions-ar.txt"
[ -r "$src" ] || { echo "make_gazetteer: $src not found (apt-get install unicode-cldr-core)" >&2; exit 1; }
sed -n 's:.*<subdivision type="[^"]*"[^>]*>\([^<]*\)</subdivision>.*:\1:p' "$src" | LC_ALL=C sort -u > "$out"
echo "make_gazetteer: $(wc -l < "$out") names -> $out" >&2
