package io.stackbench.task;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assertions a feature task scores as its own: those of the suite's features it names, and
 * those of requests that call, or check the effect of, the operations it names. The rest measure
 * regressions of the features the base already had.
 */
public record FeatureScope(Set<String> features, Set<String> operations) {

    public FeatureScope {
        features = Set.copyOf(features);
        operations = Set.copyOf(operations);
    }

    /**
     * Whether an assertion is the removed feature's own.
     *
     * @param feature   the feature the assertion checks, as the suite tags it
     * @param operation the contract operation its request calls
     * @param requires  operations whose effect its request checks besides its own
     */
    public boolean covers(Optional<String> feature, Optional<String> operation, List<String> requires) {
        return feature.filter(features::contains).isPresent()
                || operation.filter(operations::contains).isPresent()
                || requires.stream().anyMatch(operations::contains);
    }
}
