#!/usr/bin/env bash
# Installs what sada needs from Debian 12's packages and builds it.
# Usage: scripts/setup.sh [build-dir]   (run as root, or with sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
PKGS=(build-essential cmake ninja-build pkg-config
      libicu-dev libstemmer-dev libsimdjson-dev libxxhash-dev libgumbo-dev
      libarchive-dev zlib1g-dev libexpat1-dev libcli11-dev
      libgtest-dev libgmock-dev libbenchmark-dev
      chromium)  # the report test opens report.html in headless Chromium
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" -j"$(nproc)"
