package io.stackbench.agent;

import java.util.Optional;

/**
 * Tokens and money an agent spent. Each part is absent when it cannot be known (a CLI that does
 * not report it, a model missing from the price table): "unknown" is never written as 0.
 *
 * @param inputTokens       every input token sent, cached ones included
 * @param cachedInputTokens the part of {@code inputTokens} served from a prompt cache
 */
public record Usage(Optional<Long> inputTokens, Optional<Long> cachedInputTokens, Optional<Long> outputTokens,
                    Optional<Double> costUsd) {

    /** Nothing spent (the oracle, a replay). */
    public static final Usage NONE = new Usage(0, 0, Optional.of(0.0));

    /** Spending that was not measured. */
    public static final Usage UNKNOWN = new Usage(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Usage {
        inputTokens = inputTokens == null ? Optional.empty() : inputTokens;
        cachedInputTokens = cachedInputTokens == null ? Optional.empty() : cachedInputTokens;
        outputTokens = outputTokens == null ? Optional.empty() : outputTokens;
        costUsd = costUsd == null ? Optional.empty() : costUsd;
    }

    /** Known token counts without a cache, and a cost that may be unknown. */
    public Usage(long inputTokens, long outputTokens, Optional<Double> costUsd) {
        this(Optional.of(inputTokens), Optional.of(0L), Optional.of(outputTokens), costUsd);
    }

    /** Known token counts with the cached part of the input. */
    public static Usage of(long inputTokens, long cachedInputTokens, long outputTokens, Optional<Double> costUsd) {
        return new Usage(Optional.of(inputTokens), Optional.of(cachedInputTokens), Optional.of(outputTokens), costUsd);
    }

    /** The sum; a part stays known only when it is known on both sides. */
    public Usage plus(Usage other) {
        return new Usage(sum(inputTokens, other.inputTokens), sum(cachedInputTokens, other.cachedInputTokens),
                sum(outputTokens, other.outputTokens),
                costUsd.isPresent() && other.costUsd.isPresent() ? Optional.of(costUsd.get() + other.costUsd.get()) : Optional.empty());
    }

    private static Optional<Long> sum(Optional<Long> a, Optional<Long> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(a.get() + b.get()) : Optional.empty();
    }
}
