#!/usr/bin/env bash
# Renders the HTML report of examples/office-general-branches in headless Chromium and saves a
# PNG screenshot, to see what a printed report looks like (charts, Chinese fonts, layout) without
# opening a browser. Usage: scripts/screenshot-html.sh [OUT_DIR]   (default: /tmp/branchcheck-shots)
# Needs Java, Maven (for the first build) and Debian's chromium; fonts-noto-cjk for Chinese text.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT="${1:-/tmp/branchcheck-shots}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  echo "screenshot-html.sh: chromium is not installed." >&2
  echo "  On Debian or Ubuntu, as root: apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi

if [ ! -f target/branchcheck.jar ]; then
  mvn -o -q package -DskipTests
fi

# The check exits 1 when a dataset fails; the report is written all the same.
status=0
java -jar target/branchcheck.jar check --as-of 2005-03-15 --format html \
  examples/office-general-branches > "$OUT/report.html" || status=$?
if [ "$status" -gt 1 ]; then
  echo "screenshot-html.sh: branchcheck exited with $status" >&2
  exit "$status"
fi

# A fresh profile each time, and everything that could reach the network switched off: the
# report must render from the file alone.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# 1240x1754 is A4 at 150 dpi.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --window-size=1240,1754 \
  --screenshot="$OUT/report.png" "file://$OUT/report.html"

echo "$OUT/report.png"
