package io.stackbench.eval;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.stackbench.datalayer.DataLayerReport;
import io.stackbench.verify.VerifyReport;

/**
 * The record of one evaluation, written as {@code result.json} in the run directory.
 *
 * @param schema version of this format; readers reject versions they do not know
 * @param assertPercent raw A%: passed over total assertions
 * @param strictAssertPercent A% set to 0 when any verifier for the task's constraints failed
 * @param failingPhase the first phase that failed, if any
 * @param verifiers the static verifiers' verdicts, one per constraint dimension of the task
 * @param success all assertions passed, all verifiers passed and no phase failed
 * @param generation how the agent that wrote the solution fared, when a sweep generated it
 * @param isolation {@code sandbox} when the run was sealed, {@code none} when it ran on the host
 *                  (and results from before sandboxes, which ran on the host too)
 * @param limit the sandbox limit the solution ran into: {@code pids}, {@code memory} or {@code disk}
 * @param features passed and total assertions per feature of the suite ({@code users}, {@code comments}, …)
 * @param operations passed and total assertions per contract operation ({@code CreateArticle}, …)
 * @param feature on a feature task: the removed feature's own assertions apart from the rest
 * @param dataLayer what the server did to its database and the runtime rules' verdicts (absent in
 *                  results from before runtime checks)
 * @param dataLayerSoundAssertPercent strict A%, also set to 0 when a runtime rule for the task's
 *                  constraints failed; absent when the runtime rules did not run
 * @param provenance where the run was made: host, shard, sandbox limits (absent in results from
 *                  before sharded sweeps)
 */
public record RunResult(
        String schema,
        TaskInfo task,
        SolutionInfo solution,
        Instant startedAt,
        double seconds,
        List<PhaseResult> phases,
        Assertions assertions,
        double assertPercent,
        double strictAssertPercent,
        Optional<String> failingPhase,
        List<VerifyReport.Verdict> verifiers,
        boolean success,
        Map<String, String> versions,
        Optional<Generation> generation,
        String isolation,
        Optional<String> limit,
        Map<String, Count> features,
        Map<String, Count> operations,
        Optional<FeatureScore> feature,
        Optional<DataLayerReport> dataLayer,
        Optional<Double> dataLayerSoundAssertPercent,
        Optional<Provenance> provenance) {

    public static final String SCHEMA = "stackbench.run/2";

    public RunResult {
        phases = List.copyOf(phases);
        verifiers = verifiers == null ? List.of() : List.copyOf(verifiers);
        versions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(versions));
        generation = generation == null ? Optional.empty() : generation;
        isolation = isolation == null ? "none" : isolation;
        limit = limit == null ? Optional.empty() : limit;
        features = features == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(features));
        operations = operations == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(operations));
        feature = feature == null ? Optional.empty() : feature;
        dataLayer = dataLayer == null ? Optional.empty() : dataLayer;
        dataLayerSoundAssertPercent = dataLayerSoundAssertPercent == null ? Optional.empty() : dataLayerSoundAssertPercent;
        provenance = provenance == null ? Optional.empty() : provenance;
    }

    /** A result without provenance (as written before sharded sweeps). */
    public RunResult(String schema, TaskInfo task, SolutionInfo solution, Instant startedAt, double seconds,
                     List<PhaseResult> phases, Assertions assertions, double assertPercent, double strictAssertPercent,
                     Optional<String> failingPhase, List<VerifyReport.Verdict> verifiers, boolean success,
                     Map<String, String> versions, Optional<Generation> generation, String isolation, Optional<String> limit,
                     Map<String, Count> features, Map<String, Count> operations, Optional<FeatureScore> feature,
                     Optional<DataLayerReport> dataLayer, Optional<Double> dataLayerSoundAssertPercent) {
        this(schema, task, solution, startedAt, seconds, phases, assertions, assertPercent, strictAssertPercent, failingPhase,
                verifiers, success, versions, generation, isolation, limit, features, operations, feature, dataLayer,
                dataLayerSoundAssertPercent, Optional.empty());
    }

    /** A result without runtime data-layer checks. */
    public RunResult(String schema, TaskInfo task, SolutionInfo solution, Instant startedAt, double seconds,
                     List<PhaseResult> phases, Assertions assertions, double assertPercent, double strictAssertPercent,
                     Optional<String> failingPhase, List<VerifyReport.Verdict> verifiers, boolean success,
                     Map<String, String> versions, Optional<Generation> generation, String isolation, Optional<String> limit,
                     Map<String, Count> features, Map<String, Count> operations, Optional<FeatureScore> feature) {
        this(schema, task, solution, startedAt, seconds, phases, assertions, assertPercent, strictAssertPercent, failingPhase,
                verifiers, success, versions, generation, isolation, limit, features, operations, feature,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A result with no counts by part of the suite (a suite without tags). */
    public RunResult(String schema, TaskInfo task, SolutionInfo solution, Instant startedAt, double seconds,
                     List<PhaseResult> phases, Assertions assertions, double assertPercent, double strictAssertPercent,
                     Optional<String> failingPhase, List<VerifyReport.Verdict> verifiers, boolean success,
                     Map<String, String> versions, Optional<Generation> generation, String isolation, Optional<String> limit) {
        this(schema, task, solution, startedAt, seconds, phases, assertions, assertPercent, strictAssertPercent, failingPhase,
                verifiers, success, versions, generation, isolation, limit, Map.of(), Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Passed of total assertions of a part of the suite. */
    public record Count(int passed, int total) {

        public static final Count NONE = new Count(0, 0);

        public Count plus(boolean pass) {
            return new Count(passed + (pass ? 1 : 0), total + 1);
        }

        /** Passed over total, 0–100; 0 when there were none. */
        public double percent() {
            return total == 0 ? 0.0 : 100.0 * passed / total;
        }
    }

    /**
     * A feature task's score, as the study's Table 2b: the removed feature's own assertions, and
     * the rest, which the base passed and the agent must not break.
     */
    public record FeatureScore(String feature, Count own, Count rest) {
    }

    /**
     * The agent's side of a run: how it ended and what it spent (see {@code generation/generation.json});
     * steps and tokens are absent when the agent did not report them.
     */
    public record Generation(String agent, String model, String exitReason, Optional<Integer> steps, Optional<Long> inputTokens,
                             Optional<Long> outputTokens, Optional<Double> costUsd, double seconds, Optional<Long> cachedInputTokens) {
        public Generation {
            steps = steps == null ? Optional.empty() : steps;
            inputTokens = inputTokens == null ? Optional.empty() : inputTokens;
            outputTokens = outputTokens == null ? Optional.empty() : outputTokens;
            costUsd = costUsd == null ? Optional.empty() : costUsd;
            cachedInputTokens = cachedInputTokens == null ? Optional.empty() : cachedInputTokens;
        }

        /** An agent that reported its steps and tokens (no cache). */
        public Generation(String agent, String model, String exitReason, int steps, long inputTokens, long outputTokens,
                          Optional<Double> costUsd, double seconds) {
            this(agent, model, exitReason, Optional.of(steps), Optional.of(inputTokens), Optional.of(outputTokens), costUsd, seconds,
                    Optional.of(0L));
        }
    }

    /**
     * The task a run evaluated.
     *
     * @param kind    {@code greenfield} or {@code feature} ({@code greenfield} in results from before feature tasks)
     * @param feature the feature a feature task removed
     */
    public record TaskInfo(String id, String framework, String runtime, List<String> constraints, int level,
                           String kind, Optional<String> feature) {
        public TaskInfo {
            constraints = List.copyOf(constraints);
            kind = kind == null ? "greenfield" : kind;
            feature = feature == null ? Optional.empty() : feature;
        }

        /** A greenfield task. */
        public TaskInfo(String id, String framework, String runtime, List<String> constraints, int level) {
            this(id, framework, runtime, constraints, level, "greenfield", Optional.empty());
        }
    }

    /**
     * Where a run was made, so a tree merged from shards on several machines tells each run's origin.
     *
     * @param host   the host name of the machine that evaluated the run
     * @param shard  {@code K/N} when a sharded sweep ran it; absent for an unsharded sweep or a lone evaluation
     * @param limits the limits of the run's sandboxes; absent when the run was not sealed
     */
    public record Provenance(String host, Optional<String> shard, Optional<Limits> limits) {
        public Provenance {
            java.util.Objects.requireNonNull(host);
            shard = shard == null ? Optional.empty() : shard;
            limits = limits == null ? Optional.empty() : limits;
        }
    }

    /** A sandbox's limits as {@code --max-pids}, {@code --max-memory}, {@code --cpus} and {@code --max-disk} set them. */
    public record Limits(int pids, long memoryBytes, double cpus, long diskBytes) {
    }

    /** Where the solution came from and where the run keeps it. */
    public record SolutionInfo(String source, String kind, String tree, String patch) {
    }

    /**
     * Assertion counts of the suite run; all zero when the suite never ran.
     *
     * @param rootFailures failed assertions that no earlier failed request explains
     * @param blockedFailures failed assertions of requests that use what an earlier failed request
     *                        should have captured (0 in results written before these counts existed)
     */
    public record Assertions(String suite, String suiteSha256, int total, int passed, int failed, int scriptErrors,
                             int rootFailures, int blockedFailures) {
    }

    /** Whether the run was sealed in a sandbox, so nothing it ran could touch its score. */
    public boolean sealed() {
        return "sandbox".equals(isolation);
    }

    /** Whether every verifier that applied passed (vacuously true for unconstrained tasks). */
    public boolean verifiersPassed() {
        return verifiers.stream().allMatch(VerifyReport.Verdict::passed);
    }

    /** How the run ended, in a few words: ok, the failing phase, the failing verifiers, or failed assertions. */
    public String outcome() {
        if (failingPhase.isPresent()) {
            return "failed at " + failingPhase.get() + limit.map(l -> " (" + l + " limit)").orElse("");
        }
        if (!verifiersPassed()) {
            return "verifier failed: " + String.join("+", verifiers.stream().filter(v -> !v.passed())
                    .map(VerifyReport.Verdict::verifier).toList());
        }
        return success ? "ok" : "assertions failed";
    }

    public Optional<PhaseResult> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
