package io.stackbench.agent;

import java.util.Optional;

/**
 * Tokens and money an agent spent.
 *
 * @param costUsd absent when it cannot be known (a CLI agent that does not report it, a model
 *                missing from the price table)
 */
public record Usage(long inputTokens, long outputTokens, Optional<Double> costUsd) {

    /** Nothing spent (the oracle, a replay). */
    public static final Usage NONE = new Usage(0, 0, Optional.of(0.0));

    /** Spending that was not measured. */
    public static final Usage UNKNOWN = new Usage(0, 0, Optional.empty());

    public Usage plus(Usage other) {
        Optional<Double> cost = costUsd.isPresent() && other.costUsd.isPresent()
                ? Optional.of(costUsd.get() + other.costUsd.get()) : Optional.empty();
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens, cost);
    }
}
