package io.stackbench.eval;

import io.stackbench.contract.AssertionResult;
import io.stackbench.task.Feature;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Passed and total assertions by part of the suite: feature, contract operation, a feature task's own. */
final class PartCounts {

    private PartCounts() {
    }

    static Map<String, RunResult.Count> byFeature(List<AssertionResult> assertions) {
        return by(assertions, AssertionResult::feature);
    }

    static Map<String, RunResult.Count> byOperation(List<AssertionResult> assertions) {
        return by(assertions, AssertionResult::operation);
    }

    private static Map<String, RunResult.Count> by(List<AssertionResult> assertions,
                                                   Function<AssertionResult, Optional<String>> part) {
        Map<String, RunResult.Count> counts = new TreeMap<>();
        for (AssertionResult a : assertions) {
            part.apply(a).ifPresent(p -> counts.merge(p, RunResult.Count.NONE.plus(a.passed()),
                    (x, y) -> new RunResult.Count(x.passed() + y.passed(), x.total() + y.total())));
        }
        return counts;
    }

    /** The removed feature's own assertions apart from the rest. */
    static RunResult.FeatureScore featureScore(Feature feature, List<AssertionResult> assertions) {
        RunResult.Count own = RunResult.Count.NONE;
        RunResult.Count rest = RunResult.Count.NONE;
        for (AssertionResult a : assertions) {
            if (feature.scope().covers(a.feature(), a.operation(), a.requires())) {
                own = own.plus(a.passed());
            } else {
                rest = rest.plus(a.passed());
            }
        }
        return new RunResult.FeatureScore(feature.id(), own, rest);
    }
}
