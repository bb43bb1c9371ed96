package io.stackbench.bench;

import io.stackbench.core.Defaults;
import io.stackbench.core.StackBenchException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a sweep treats runs that fail for the infrastructure's reasons, and what it may spend.
 *
 * @param retries         further attempts of a run after an infrastructure failure
 * @param backoff         the wait before the first retry; it doubles with each further one
 * @param maxTotalCostUsd no new generation starts once the sweep's known spend reaches it
 */
public record SweepPolicy(int retries, Duration backoff, Optional<Double> maxTotalCostUsd) {

    /** {@value Defaults#SWEEP_RETRIES} retries after 30 s, no budget. */
    public static final SweepPolicy DEFAULT = new SweepPolicy(Defaults.SWEEP_RETRIES, Defaults.SWEEP_RETRY_BACKOFF, Optional.empty());

    public SweepPolicy {
        Objects.requireNonNull(backoff);
        Objects.requireNonNull(maxTotalCostUsd);
        if (retries < 0) {
            throw StackBenchException.invalidInput("--retries must be 0 or more, not " + retries);
        }
        if (backoff.isNegative()) {
            throw StackBenchException.invalidInput("--retry-backoff must be 0 or more seconds");
        }
        if (maxTotalCostUsd.filter(c -> c < 0 || c.isNaN()).isPresent()) {
            throw StackBenchException.invalidInput("--max-total-cost must be 0 or more dollars");
        }
    }

    /** The wait before attempt {@code next} (2 for the first retry). */
    Duration backoffBefore(int next) {
        int doublings = Math.min(Math.max(next - 2, 0), 20);
        return backoff.multipliedBy(1L << doublings);
    }
}
