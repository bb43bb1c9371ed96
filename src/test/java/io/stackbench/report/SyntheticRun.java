package io.stackbench.report;

import io.stackbench.core.Json;
import io.stackbench.datalayer.DataLayerReport;
import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import io.stackbench.verify.Finding;
import io.stackbench.verify.Severity;
import io.stackbench.verify.VerifyReport;
import java.util.ArrayList;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A result.json built from a few facts, for trees written by tests: A%, strict A% and success are
 * derived from them as the evaluator derives them, so a test states only what it is about. Without
 * {@link #runtimeRule} or {@link #notChecked} a run has no {@code dataLayer}, as results from before
 * runtime checks; with them, its data-layer-sound A% is derived too.
 */
final class SyntheticRun {

    private final RunResult.TaskInfo task;
    private int passed = 10;
    private int total = 10;
    private boolean verifierPasses = true;
    private Optional<String> failingPhase = Optional.empty();
    private Map<String, RunResult.Count> features = Map.of();
    private Map<String, RunResult.Count> operations = Map.of();
    private Optional<RunResult.FeatureScore> featureScore = Optional.empty();
    private Optional<RunResult.Generation> generation = Optional.empty();
    private Optional<String> notChecked = Optional.empty();
    private final List<VerifyReport.Verdict> runtimeVerdicts = new ArrayList<>();
    private final List<DataLayerReport.RequestStatements> requests = new ArrayList<>();
    private final List<DataLayerReport.ProbeEndpoint> probe = new ArrayList<>();
    private final List<Finding> staticFindings = new ArrayList<>();

    private SyntheticRun(RunResult.TaskInfo task) {
        this.task = task;
    }

    /** A greenfield task ({@code flask-openapi-postgres}): framework and constraints from its id, level from its constraints. */
    static SyntheticRun greenfield(String id) {
        String[] parts = id.split("-openapi-");
        List<String> constraints = parts[1].equals("unconstrained") ? List.of() : List.of(parts[1].split("-"));
        return new SyntheticRun(new RunResult.TaskInfo(id, parts[0], runtime(parts[0]), constraints, constraints.size()));
    }

    /** A feature task at L3 under clean architecture, PostgreSQL and the runtime's ORM. */
    static SyntheticRun feature(String id, String framework, String feature) {
        String orm = runtime(framework).equals("python") ? "sqlalchemy" : "sequelize";
        return new SyntheticRun(new RunResult.TaskInfo(id, framework, runtime(framework),
                List.of("clean_architecture", "postgres", orm), 3, "feature", Optional.of(feature)));
    }

    SyntheticRun assertions(int passed, int total) {
        this.passed = passed;
        this.total = total;
        return this;
    }

    /** The removed feature's own assertions and the rest; the run's assertions are their sum. */
    SyntheticRun ownAndRest(int ownPassed, int ownTotal, int restPassed, int restTotal) {
        featureScore = Optional.of(new RunResult.FeatureScore(task.feature().orElseThrow(),
                new RunResult.Count(ownPassed, ownTotal), new RunResult.Count(restPassed, restTotal)));
        return assertions(ownPassed + restPassed, ownTotal + restTotal);
    }

    /** The architecture verifier fails with this finding in the solution (the task must have constraints). */
    SyntheticRun staticFinding(String ruleId, String file, int line, String message) {
        staticFindings.add(new Finding(ruleId, Severity.ERROR, "architecture", message, file, line));
        return verifierFails();
    }

    SyntheticRun verifierFails() {
        verifierPasses = false;
        return this;
    }

    /** The phase failed, and the suite never ran: no assertions. */
    SyntheticRun failedAt(String phase) {
        failingPhase = Optional.of(phase);
        return assertions(0, 0);
    }

    /** Passed and total per suite feature, as {@code "users", 8, 10, "articles", 20, 20}. */
    SyntheticRun features(Object... namePassedTotal) {
        features = counts(namePassedTotal);
        return this;
    }

    SyntheticRun operations(Object... namePassedTotal) {
        operations = counts(namePassedTotal);
        return this;
    }

    SyntheticRun generation(String agent, int steps, double costUsd) {
        generation = Optional.of(new RunResult.Generation(agent, "m", "submitted", steps, 1000L * steps, 100L * steps,
                Optional.of(costUsd), 10.0 * steps));
        return this;
    }

    /**
     * The runtime rules checked the run and {@code rule} passed or failed; a failure has one finding,
     * on {@code sql.jsonl} at {@code line}, with {@code message}.
     */
    SyntheticRun runtimeRule(String rule, boolean passes, int line, String message) {
        runtimeVerdicts.add(new VerifyReport.Verdict(rule, passes, passes ? List.of()
                : List.of(new Finding(rule, Severity.ERROR, rule, message, "sql.jsonl", line))));
        return this;
    }

    SyntheticRun runtimeRule(String rule, boolean passes) {
        return runtimeRule(rule, passes, 0, rule + " failed");
    }

    /** The runtime rules checked the run and {@code rule} could not judge, for {@code reason}. */
    SyntheticRun runtimeRuleCannotJudge(String rule, String reason) {
        runtimeVerdicts.add(new VerifyReport.Verdict(rule, false, VerifyReport.Status.CANNOT_JUDGE, reason, List.of()));
        return this;
    }

    /** The runtime rules did not run, for {@code reason} (an unsealed run, say). */
    SyntheticRun notChecked(String reason) {
        notChecked = Optional.of(reason);
        return this;
    }

    /** One request of the suite, in order, with the statements it cost (the run counts as checked). */
    SyntheticRun request(String name, String method, String path, int statements, double millis) {
        requests.add(new DataLayerReport.RequestStatements(requests.size(), name, method, path, statements, millis));
        return this;
    }

    SyntheticRun probe(String endpoint, int smallItems, int smallStatements, int largeItems, int largeStatements, String note) {
        probe.add(new DataLayerReport.ProbeEndpoint(endpoint, smallItems, smallStatements, largeItems, largeStatements,
                note.isEmpty() ? Optional.empty() : Optional.of(note)));
        return this;
    }

    private Optional<DataLayerReport> dataLayer() {
        String database = task.constraints().contains("postgres") ? "postgres" : task.constraints().contains("sqlite") ? "sqlite" : "none";
        if (notChecked.isPresent()) {
            return Optional.of(DataLayerReport.notChecked(database, notChecked.get()));
        }
        if (runtimeVerdicts.isEmpty() && requests.isEmpty() && probe.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataLayerReport(true, "", database, true, requests.stream().mapToInt(DataLayerReport.RequestStatements::statements).sum(),
                requests, probe, runtimeVerdicts, 0.5));
    }

    RunResult build() {
        double assertPercent = total == 0 ? 0.0 : 100.0 * passed / total;
        boolean verified = verifierPasses || task.constraints().isEmpty();
        boolean success = verified && failingPhase.isEmpty() && total > 0 && passed == total;
        double strict = verified ? assertPercent : 0.0;
        Optional<DataLayerReport> dataLayer = dataLayer();
        Optional<Double> sound = dataLayer.flatMap(d -> d.sound(strict));
        return new RunResult(RunResult.SCHEMA, task, new RunResult.SolutionInfo("fixture", "directory", "solution", "solution.patch"),
                Instant.EPOCH, 1.0, List.of(new PhaseResult("suite", total == 0 ? PhaseResult.Status.SKIPPED : PhaseResult.Status.PASSED,
                        1.0, Optional.empty(), Optional.empty())),
                new RunResult.Assertions("conduit", "0".repeat(64), total, passed, total - passed, 0, total - passed, 0),
                assertPercent, strict, failingPhase,
                task.constraints().isEmpty() ? List.of() : List.of(new VerifyReport.Verdict("architecture", verifierPasses, staticFindings)),
                success, Map.of("stackbench", "test"), generation, "sandbox", Optional.empty(), features, operations, featureScore,
                dataLayer, sound);
    }

    /** Writes the run as {@code <root>/<agent>/<model>/<task>/run_<number>/result.json}; returns its directory. */
    Path write(Path root, String configuration, int number) {
        Path dir = root.resolve(configuration).resolve(task.id()).resolve("run_" + number);
        Json.writeAtomically(Json.mapper(), dir.resolve("result.json"), build());
        return dir;
    }

    private static Map<String, RunResult.Count> counts(Object... namePassedTotal) {
        Map<String, RunResult.Count> counts = new TreeMap<>();
        for (int i = 0; i < namePassedTotal.length; i += 3) {
            counts.put((String) namePassedTotal[i], new RunResult.Count((Integer) namePassedTotal[i + 1], (Integer) namePassedTotal[i + 2]));
        }
        return counts;
    }

    private static String runtime(String framework) {
        return List.of("flask", "django", "fastapi", "aiohttp").contains(framework) ? "python" : "node";
    }
}
