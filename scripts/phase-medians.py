#!/usr/bin/env python3
"""Per-phase median durations (seconds) of the runs under a results tree, one row per framework.

Usage: scripts/phase-medians.py RESULTS_DIR
"""
import json
import pathlib
import statistics
import sys
from collections import defaultdict

PHASES = ["prepare", "verify", "install", "database", "start", "suite", "teardown"]


def main(root: str) -> None:
    per_framework = defaultdict(lambda: defaultdict(list))
    for result in pathlib.Path(root).rglob("result.json"):
        run = json.loads(result.read_text())
        framework = run["task"]["framework"]
        for phase in run["phases"]:
            per_framework[framework][phase["name"]].append(phase["seconds"])
        per_framework[framework]["total"].append(run["seconds"])
    header = ["framework", "runs"] + PHASES + ["total"]
    print("  ".join(f"{h:>9}" for h in header))
    for framework, phases in sorted(per_framework.items()):
        cells = [framework, str(len(phases["total"]))]
        cells += [f"{statistics.median(phases[p]):.2f}" if phases[p] else "-" for p in PHASES + ["total"]]
        print("  ".join(f"{c:>9}" for c in cells))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results")
