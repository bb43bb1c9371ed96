package io.stackbench.eval;

import java.util.Optional;

/**
 * One phase of an evaluation.
 *
 * @param log the phase's log, relative to the run directory
 * @param message why it failed, or a note (e.g. a cache hit)
 */
public record PhaseResult(String name, Status status, double seconds, Optional<String> log, Optional<String> message) {

    /** How a phase ended. */
    public enum Status { PASSED, FAILED, SKIPPED }

    public static PhaseResult skipped(String name) {
        return new PhaseResult(name, Status.SKIPPED, 0, Optional.empty(), Optional.empty());
    }
}
