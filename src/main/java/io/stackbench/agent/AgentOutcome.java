package io.stackbench.agent;

import java.util.Optional;

/**
 * How an agent's work on one task ended.
 *
 * @param detail what went wrong, or what limit was hit, in a sentence
 * @param steps model turns (built-in loop) or 1 for agents that run as one process
 */
public record AgentOutcome(ExitReason exitReason, Optional<String> detail, int steps, Usage usage) {

    public static AgentOutcome submitted(int steps, Usage usage) {
        return new AgentOutcome(ExitReason.SUBMITTED, Optional.empty(), steps, usage);
    }

    public static AgentOutcome error(String detail, int steps, Usage usage) {
        return new AgentOutcome(ExitReason.ERROR, Optional.of(detail), steps, usage);
    }
}
