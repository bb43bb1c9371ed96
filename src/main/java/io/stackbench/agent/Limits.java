package io.stackbench.agent;

import io.stackbench.core.StackBenchException;
import java.time.Duration;

/**
 * What one agent run may spend. The built-in loop enforces all four; a CLI agent gets the wall
 * time as its process time limit.
 *
 * @param commandTimeout limit for one shell command of the built-in loop
 */
public record Limits(int maxSteps, double maxCostUsd, Duration wallTime, Duration commandTimeout) {

    public static final Limits DEFAULT = new Limits(150, 5.0, Duration.ofMinutes(60), Duration.ofMinutes(5));

    public Limits {
        if (maxSteps < 1) {
            throw StackBenchException.invalidInput("the step limit must be at least 1, not " + maxSteps);
        }
        if (!(maxCostUsd > 0)) {
            throw StackBenchException.invalidInput("the cost limit must be positive, not " + maxCostUsd);
        }
        if (wallTime.isNegative() || wallTime.isZero() || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw StackBenchException.invalidInput("time limits must be positive");
        }
    }
}
