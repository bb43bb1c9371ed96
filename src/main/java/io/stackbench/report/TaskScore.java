package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One task's runs under one configuration, condensed as SPEC §1 says: means over the runs,
 * success rate and pass@k. Percentages are in [0, 100].
 *
 * @param successes runs that succeeded: every assertion passed, every verifier passed, no phase failed
 * @param rawSuccesses runs that succeeded with the verifiers left out, as the study's "Table 1-raw"
 *                     counts them (see {@link #succeedsIgnoringVerifiers})
 */
public record TaskScore(Configuration configuration, RunResult.TaskInfo task, int runs, int successes,
                        int rawSuccesses, double assertPercent, double strictAssertPercent) {

    public TaskScore {
        Objects.requireNonNull(configuration);
        Objects.requireNonNull(task);
        if (runs < 1 || successes < 0 || successes > runs || rawSuccesses < 0 || rawSuccesses > runs) {
            throw new IllegalArgumentException(runs + " runs, " + successes + " successes, " + rawSuccesses + " raw successes");
        }
    }

    /** Scores of every (configuration, task) with runs, in the runs' order. */
    static List<TaskScore> of(List<Run> runs) {
        Map<List<String>, List<Run>> groups = new LinkedHashMap<>();
        for (Run run : runs) {
            groups.computeIfAbsent(List.of(run.configuration().agent(), run.configuration().model(), run.taskId()),
                    k -> new ArrayList<>()).add(run);
        }
        List<TaskScore> scores = new ArrayList<>();
        for (List<Run> group : groups.values()) {
            List<RunResult> results = group.stream().map(Run::result).toList();
            scores.add(new TaskScore(group.get(0).configuration(), results.get(0).task(), results.size(),
                    (int) results.stream().filter(RunResult::success).count(),
                    (int) results.stream().filter(TaskScore::succeedsIgnoringVerifiers).count(),
                    results.stream().mapToDouble(RunResult::assertPercent).average().orElseThrow(),
                    results.stream().mapToDouble(RunResult::strictAssertPercent).average().orElseThrow()));
        }
        return List.copyOf(scores);
    }

    /**
     * Whether a run succeeded when the verifiers are not required: the suite ran at least one
     * assertion, none failed, no test script threw and no phase failed (a failed teardown included).
     * This is {@link RunResult#success()} without its "every verifier passed".
     */
    static boolean succeedsIgnoringVerifiers(RunResult run) {
        RunResult.Assertions a = run.assertions();
        return run.failingPhase().isEmpty() && a != null && a.total() > 0 && a.failed() == 0 && a.scriptErrors() == 0;
    }

    public int level() {
        return task.level();
    }

    public double successRate() {
        return 100.0 * successes / runs;
    }

    /** pass@k in percent; empty with fewer than k runs. */
    public OptionalDouble passAt(int k) {
        OptionalDouble p = PassAtK.passAt(k, runs, successes);
        return p.isPresent() ? OptionalDouble.of(100 * p.getAsDouble()) : p;
    }

    /** pass@k in percent over the runs' {@link #rawSuccesses}; empty with fewer than k runs. */
    public OptionalDouble passAtRaw(int k) {
        OptionalDouble p = PassAtK.passAt(k, runs, rawSuccesses);
        return p.isPresent() ? OptionalDouble.of(100 * p.getAsDouble()) : p;
    }

    /** pass^k in percent. */
    public double passHat(int k) {
        return 100 * PassAtK.passHat(k, runs, successes);
    }
}
