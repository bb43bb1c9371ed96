package io.stackbench.agent;

import java.util.Optional;

/**
 * How an agent's work on one task ended.
 *
 * @param detail what went wrong, or what limit was hit, in a sentence
 * @param steps  model turns, as the built-in loop counts them or a CLI reports them; 0 when the
 *               agent made no model call; absent when a CLI does not say
 */
public record AgentOutcome(ExitReason exitReason, Optional<String> detail, Optional<Integer> steps, Usage usage) {

    /** An outcome with a known number of steps. */
    public AgentOutcome(ExitReason exitReason, Optional<String> detail, int steps, Usage usage) {
        this(exitReason, detail, Optional.of(steps), usage);
    }

    public static AgentOutcome submitted(int steps, Usage usage) {
        return new AgentOutcome(ExitReason.SUBMITTED, Optional.empty(), steps, usage);
    }

    public static AgentOutcome error(String detail, int steps, Usage usage) {
        return new AgentOutcome(ExitReason.ERROR, Optional.of(detail), steps, usage);
    }

    /** The same outcome with another detail. */
    public AgentOutcome withDetail(String newDetail) {
        return new AgentOutcome(exitReason, Optional.of(newDetail), steps, usage);
    }
}
