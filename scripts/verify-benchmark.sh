#!/usr/bin/env bash
# Measures `stackbench verify` on a solution of at least 5,000 lines: the reference solutions,
# materialised by the oracle side by side until the tree is big enough, verified 5 times.
# The in-process time (after JVM start) is the "verified … in N ms" line; wall time includes the JVM.
# The first run after a build also writes the launcher's class-data archive for verify
# (target/stackbench-verify.jsa), so it is slower; the runs after it are what CI and hooks see.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

i=0
for fw in flask fastapi django aiohttp; do
  [[ -f "$repo/references/$fw/oracle.json" ]] || continue
  i=$((i + 1))
  "$repo/stackbench" generate --agent oracle --task "$fw-openapi-clean_architecture-sqlite-sqlalchemy" --out "$work/tree/svc$i" >/dev/null
done
lines=$(find "$work/tree" -name '*.py' -print0 | xargs -0 cat | wc -l)
echo "tree: $(find "$work/tree" -name '*.py' | wc -l) Python files, $lines lines"
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$repo/stackbench" verify "$work/tree" --architecture clean --database sqlite --orm sqlalchemy | tail -1
  echo "  wall time with JVM start: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
