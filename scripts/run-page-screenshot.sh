#!/usr/bin/env bash
# Renders the HTML report of the run-page fixture (a run the built-in loop made, with its ATIF
# trajectory) and screenshots that run's page with headless chromium into
# docs/run-page-screenshot.png (the picture the README shows). Needs chromium:
# scripts/install-machine-tools.sh --test installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./stackbench report src/test/resources/io/stackbench/report/run-page --format html --output "$work/report.html"
page="$work/runs/openai/gpt-4.1-mini/flask-openapi-clean_architecture/run_1.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --virtual-time-budget=5000 --window-size=1240,2200 --screenshot="$PWD/docs/run-page-screenshot.png" \
  "file://$page" 2>"$work/chromium.log" || { cat "$work/chromium.log" >&2; exit 1; }
echo "wrote docs/run-page-screenshot.png"
