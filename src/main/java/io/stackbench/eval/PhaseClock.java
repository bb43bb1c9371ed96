package io.stackbench.eval;

import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.SolutionFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times the phases of one evaluation and turns their outcomes into {@link PhaseResult}s. A
 * solution's failure or bad input ends the phase as failed; a broken environment propagates,
 * because no later run could succeed either.
 */
final class PhaseClock {

    /** The body of one phase; returns an optional note for the result. */
    interface Body {
        Optional<String> run();
    }

    private final List<PhaseResult> phases = new ArrayList<>();
    private Optional<String> firstFailure = Optional.empty();

    boolean failed() {
        return firstFailure.isPresent();
    }

    Optional<String> failingPhase() {
        return firstFailure;
    }

    List<PhaseResult> phases() {
        return phases;
    }

    void skip(String name) {
        phases.add(PhaseResult.skipped(name));
    }

    /** Runs the phase unless an earlier one failed; returns whether it passed. */
    boolean run(String name, Optional<String> log, Body body) {
        if (failed()) {
            skip(name);
            return false;
        }
        return runAlways(name, log, body);
    }

    /** Runs the phase even after a failure (teardown). */
    boolean runAlways(String name, Optional<String> log, Body body) {
        long start = System.nanoTime();
        try {
            Optional<String> note = body.run();
            phases.add(new PhaseResult(name, PhaseResult.Status.PASSED, seconds(start), log, note));
            return true;
        } catch (io.stackbench.core.InfraFailure e) {
            // Not the solution's result: no phase is recorded, the run is retried.
            throw e;
        } catch (SolutionFailure e) {
            fail(name, log, start, e.getMessage());
        } catch (StackBenchException e) {
            if (e.kind() == StackBenchException.Kind.ENVIRONMENT) {
                throw e;
            }
            fail(name, log, start, e.getMessage());
        } catch (RuntimeException e) {
            Optional<String> diskFull = InfraCause.inException(e);
            if (diskFull.isPresent()) {
                throw new io.stackbench.core.InfraFailure(name, diskFull.get());
            }
            fail(name, log, start, "internal error in phase " + name + ": " + e);
        }
        return false;
    }

    void fail(String name, Optional<String> log, long start, String message) {
        phases.add(new PhaseResult(name, PhaseResult.Status.FAILED, seconds(start), log, Optional.of(message)));
        if (firstFailure.isEmpty()) {
            firstFailure = Optional.of(name);
        }
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0;
    }
}
