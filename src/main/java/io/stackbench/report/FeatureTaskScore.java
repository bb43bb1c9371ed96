package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Feature-task runs of one configuration, or of one configuration and removed feature, as the
 * study's Table 2b. Every metric is a mean over the runs, each run weighing the same.
 *
 * @param feature             the removed feature; empty for all of the configuration's feature tasks
 * @param tasks               the distinct tasks among the runs
 * @param successes           runs whose {@code success} is true, as greenfield pass@1 counts them
 * @param ownAssertPercent    A% on the removed feature's own assertions; empty when no run records them
 * @param restAssertPercent   A% on the other assertions, which the base passed: below 100 means the
 *                            agent broke something that worked; empty when no run records them
 * @param checkedRuns         the runs the runtime rules checked, which have a data-layer-sound A%
 * @param soundAssertPercent  data-layer-sound A%, the mean over the checked runs only; empty when none was checked
 */
public record FeatureTaskScore(Configuration configuration, Optional<String> feature, int runs, int tasks, int successes,
                               double assertPercent, double strictAssertPercent, OptionalDouble ownAssertPercent,
                               OptionalDouble restAssertPercent, int checkedRuns, OptionalDouble soundAssertPercent) {

    public FeatureTaskScore {
        Objects.requireNonNull(configuration);
        Objects.requireNonNull(feature);
        Objects.requireNonNull(soundAssertPercent);
        if (runs < 1 || successes < 0 || successes > runs) {
            throw new IllegalArgumentException(runs + " runs, " + successes + " successes");
        }
    }

    /** The score of {@code results}, all of {@code configuration} (and of {@code feature}, when given); at least one. */
    static FeatureTaskScore over(Configuration configuration, Optional<String> feature, List<RunResult> results) {
        // A run without a feature score (none written by this version lacks one) adds nothing to own and rest A%.
        List<RunResult.FeatureScore> scores = results.stream().map(RunResult::feature).flatMap(Optional::stream).toList();
        return new FeatureTaskScore(configuration, feature, results.size(),
                (int) results.stream().map(r -> r.task().id()).distinct().count(),
                (int) results.stream().filter(RunResult::success).count(),
                results.stream().mapToDouble(RunResult::assertPercent).average().orElseThrow(),
                results.stream().mapToDouble(RunResult::strictAssertPercent).average().orElseThrow(),
                scores.stream().mapToDouble(s -> s.own().percent()).average(),
                scores.stream().mapToDouble(s -> s.rest().percent()).average(),
                DataLayerSound.checked(results), DataLayerSound.mean(results));
    }

    /** pass@1 in percent: 100 × successes / runs, the unbiased estimator at k = 1 over the pooled runs. */
    public double passAt1() {
        return 100.0 * successes / runs;
    }
}
