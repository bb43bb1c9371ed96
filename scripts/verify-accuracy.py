#!/usr/bin/env python3
"""Scores `stackbench verify` against the hand-labelled real-world fixtures.

Every fixture under src/test/resources/io/stackbench/verify/realworld/ asks up to three questions
(architecture, database, orm) with a labelled verdict (pass, fail, cannot-judge). This runs a
StackBench jar once per fixture and counts the verdicts it gets right, per batch. Questions an
older jar cannot ask (an ORM or database it does not know) count as wrong, and so does a verdict
it cannot give (cannot-judge).

    scripts/verify-accuracy.py [JAR]      # default: target/stackbench.jar (build it with ./stackbench --version)

Needs PyYAML (`uv run --with pyyaml scripts/verify-accuracy.py` where it is not installed).
"""
import json
import pathlib
import subprocess
import sys

import yaml

repo = pathlib.Path(__file__).resolve().parent.parent
jar = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else repo / "target" / "stackbench.jar"
fixtures = repo / "src/test/resources/io/stackbench/verify/realworld"

totals = {}
answered = [0, 0]
wrong = []
for expected_file in sorted(fixtures.glob("*/expected.yml")):
    fixture = expected_file.parent
    expected = yaml.safe_load(expected_file.read_text())
    asked = expected.get("requirements", {})
    args = ["java", "-jar", str(jar), "verify", str(fixture), "--format", "json", "--no-config"]
    if "architecture" in asked:
        args += ["--architecture", asked["architecture"]]
    if "database" in asked:
        args += ["--database", asked["database"]]
    if "orm" in asked:
        args += ["--orm", asked["orm"]]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode == 2 and "--no-config" in run.stderr:
        run = subprocess.run([a for a in args if a != "--no-config"], capture_output=True, text=True)
    got = {}
    try:
        report = json.loads(run.stdout)
        for verdict in report.get("verdicts", []):
            got[verdict["verifier"]] = verdict.get("status") or ("pass" if verdict["passed"] else "fail")
    except json.JSONDecodeError:
        pass  # an option the jar does not know: every question of this fixture is unanswered
    batch = "v2" if fixture.name.startswith("v2-") else "v1"
    for question, label in expected["expect"].items():
        right, total = totals.get(batch, (0, 0))
        ok = got.get(question) == label
        totals[batch] = (right + ok, total + 1)
        if question in got:
            answered[0] += ok
            answered[1] += 1
        if not ok:
            wrong.append(f"{fixture.name}: {question} expected {label}, got {got.get(question, 'no answer')}")

for line in wrong:
    print("wrong:", line)
for batch, (right, total) in sorted(totals.items()):
    print(f"{batch}: {right}/{total} verdicts right ({100.0 * right / total:.1f} %)")
right = sum(r for r, _ in totals.values())
total = sum(t for _, t in totals.values())
print(f"all: {right}/{total} verdicts right ({100.0 * right / total:.1f} %) with {jar}")
print(f"of the questions it could answer: {answered[0]}/{answered[1]} right")
