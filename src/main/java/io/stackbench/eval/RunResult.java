package io.stackbench.eval;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of one evaluation, written as {@code result.json} in the run directory.
 *
 * @param schema version of this format; readers reject versions they do not know
 * @param failingPhase the first phase that failed, if any
 * @param success all assertions passed and no phase failed
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
        Optional<String> failingPhase,
        boolean success,
        Map<String, String> versions) {

    public static final String SCHEMA = "stackbench.run/1";

    public RunResult {
        phases = List.copyOf(phases);
        versions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(versions));
    }

    /** The task a run evaluated. */
    public record TaskInfo(String id, String framework, String runtime, List<String> constraints, int level) {
        public TaskInfo {
            constraints = List.copyOf(constraints);
        }
    }

    /** Where the solution came from and where the run keeps it. */
    public record SolutionInfo(String source, String kind, String tree, String patch) {
    }

    /** Assertion counts of the suite run; all zero when the suite never ran. */
    public record Assertions(String suite, String suiteSha256, int total, int passed, int failed, int scriptErrors) {
    }

    public Optional<PhaseResult> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
