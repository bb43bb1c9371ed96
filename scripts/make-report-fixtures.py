#!/usr/bin/env python3
"""Writes the results trees the report tests read (src/test/resources/io/stackbench/report/).

metrics/: a handful of runs chosen so every metric can be computed by hand (see
ReportMetricsTest). decay/: two configurations on four frameworks whose A% falls as constraints
stack up, with a deterministic pseudo-random spread, for the decay, golden and HTML tests.
Run it again only to change the fixtures; the tests read the committed files.
"""
import json
import os
import random
import shutil

ROOT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "io", "stackbench", "report")
ORM = {"flask": "sqlalchemy", "fastapi": "sqlalchemy", "django": "sqlalchemy", "aiohttp": "sqlalchemy",
       "express": "sequelize", "fastify": "sequelize", "hono": "sequelize", "koa": "sequelize"}
RUNTIME = {f: ("python" if o == "sqlalchemy" else "node") for f, o in ORM.items()}


def constraint_sets(framework):
    orm = ORM[framework]
    return [[], ["clean_architecture"], ["postgres"], ["sqlite"],
            ["clean_architecture", "postgres"], ["clean_architecture", "sqlite"],
            ["postgres", orm], ["sqlite", orm],
            ["clean_architecture", "postgres", orm], ["clean_architecture", "sqlite", orm]]


def task_id(framework, constraints):
    return framework + "-openapi-" + ("-".join(constraints) if constraints else "unconstrained")


def write_run(tree, agent, model, framework, constraints, run, total, passed, verifier_fails=(),
              failing_phase=None):
    """One result.json; total 0 means the suite never ran (the server did not start)."""
    a = 0.0 if total == 0 else 100.0 * passed / total
    verdicts = []
    dims = {"clean_architecture": "architecture", "postgres": "database", "sqlite": "database",
            "sqlalchemy": "orm", "sequelize": "orm"}
    for c in constraints:
        v = dims[c]
        if v not in [d["verifier"] for d in verdicts]:
            fails = v in verifier_fails
            findings = [{"ruleId": v + ".example", "severity": "ERROR", "verifier": v,
                         "message": "seeded failure", "file": "app.py", "line": 1}] if fails else []
            verdicts.append({"verifier": v, "passed": not fails, "findings": findings})
    verifiers_pass = all(v["passed"] for v in verdicts)
    phases = []
    for name in ["prepare", "verify", "install", "database", "start", "suite", "teardown"]:
        status = "PASSED"
        if failing_phase is not None:
            order = ["prepare", "verify", "install", "database", "start", "suite", "teardown"]
            if order.index(name) == order.index(failing_phase):
                status = "FAILED"
            elif order.index(name) > order.index(failing_phase):
                status = "SKIPPED"
        phases.append({"name": name, "status": status, "seconds": 1.0, "log": None, "message": None})
    tid = task_id(framework, constraints)
    result = {
        "schema": "stackbench.run/2",
        "task": {"id": tid, "framework": framework, "runtime": RUNTIME[framework],
                 "constraints": constraints, "level": len(constraints)},
        "solution": {"source": "fixture", "kind": "directory", "tree": "solution", "patch": "solution.patch"},
        "startedAt": "2026-01-01T00:00:00Z",
        "seconds": 10.0,
        "phases": phases,
        "assertions": {"suite": "conduit", "suiteSha256": "0" * 64, "total": total, "passed": passed,
                       "failed": total - passed, "scriptErrors": 0},
        "assertPercent": a,
        "strictAssertPercent": a if verifiers_pass else 0.0,
        "failingPhase": failing_phase,
        "verifiers": verdicts,
        "success": failing_phase is None and verifiers_pass and total > 0 and passed == total,
        "versions": {"stackbench": "fixture"},
        "isolation": "sandbox",
    }
    d = os.path.join(tree, agent, model, tid, "run_%d" % run)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "result.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


def metrics_fixture():
    tree = os.path.join(ROOT, "metrics")
    shutil.rmtree(tree, ignore_errors=True)
    ag, m = "cmd", "model-x"
    # Mixed runs: two successes and one half-passing run.
    write_run(tree, ag, m, "flask", [], 1, 100, 100)
    write_run(tree, ag, m, "flask", [], 2, 100, 100)
    write_run(tree, ag, m, "flask", [], 3, 100, 50)
    # A server that never started (A% 0), a near miss and a success.
    write_run(tree, ag, m, "flask", ["postgres"], 1, 0, 0, failing_phase="start")
    write_run(tree, ag, m, "flask", ["postgres"], 2, 100, 90)
    write_run(tree, ag, m, "flask", ["postgres"], 3, 100, 100)
    # A verifier failure: raw A% 100, strict A% 0; then a clean success. Two runs: no pass@3.
    write_run(tree, ag, m, "flask", ["clean_architecture"], 1, 100, 100, verifier_fails=("architecture",))
    write_run(tree, ag, m, "flask", ["clean_architecture"], 2, 100, 100)
    # L3: a verifier failure with raw A% 60.
    write_run(tree, ag, m, "flask", ["clean_architecture", "postgres", "sqlalchemy"], 1, 100, 60,
              verifier_fails=("orm",))
    # Another framework and runtime.
    write_run(tree, ag, m, "express", [], 1, 100, 100)
    # Unreadable results are skipped with a warning.
    bad = os.path.join(tree, ag, m, "express-openapi-sqlite", "run_1")
    os.makedirs(bad, exist_ok=True)
    with open(os.path.join(bad, "result.json"), "w") as f:
        f.write("{ this is not json\n")
    old = os.path.join(tree, ag, m, "express-openapi-postgres", "run_1")
    os.makedirs(old, exist_ok=True)
    with open(os.path.join(old, "result.json"), "w") as f:
        f.write('{"schema": "stackbench.run/1"}\n')


def decay_fixture():
    tree = os.path.join(ROOT, "decay")
    shutil.rmtree(tree, ignore_errors=True)
    rnd = random.Random(7)
    base = {"flask": 96, "express": 92, "fastapi": 80, "koa": 88}
    cost = {"clean_architecture": 9, "postgres": 19, "sqlite": 15, "sqlalchemy": 3, "sequelize": 4}
    for ag, m, skill in [("cmd", "model-a", 0), ("cmd", "model-b", 12)]:
        for fw in base:
            for cs in constraint_sets(fw):
                mean = base[fw] - skill - sum(cost[c] for c in cs)
                for run in range(1, 4):
                    a = max(0, min(100, round(mean + rnd.uniform(-6, 6))))
                    if a >= 90 - skill // 2:
                        a = 100
                    fails = ()
                    if len(cs) == 3 and rnd.random() < 0.25:
                        fails = ("orm",)
                    if a < 15:
                        write_run(tree, ag, m, fw, cs, run, 0, 0, failing_phase="start")
                    else:
                        write_run(tree, ag, m, fw, cs, run, 100, a, verifier_fails=fails)


if __name__ == "__main__":
    metrics_fixture()
    decay_fixture()
