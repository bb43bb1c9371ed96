#!/usr/bin/env bash
# Renders the HTML report of the decay fixture and screenshots it with headless chromium into
# docs/report-screenshot.png (the picture the README shows). Needs chromium:
# scripts/install-machine-tools.sh --test installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./stackbench report src/test/resources/io/stackbench/report/decay --format html --output "$work/report.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --virtual-time-budget=5000 --window-size=1400,1800 --screenshot="$PWD/docs/report-screenshot.png" \
  "file://$work/report.html" 2>"$work/chromium.log" || { cat "$work/chromium.log" >&2; exit 1; }
echo "wrote docs/report-screenshot.png"
