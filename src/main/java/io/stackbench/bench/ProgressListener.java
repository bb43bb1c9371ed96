package io.stackbench.bench;

import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import java.time.Duration;
import java.util.Optional;

/** Hears about a sweep's progress; called from several threads when generations run in parallel. */
public interface ProgressListener {

    /**
     * What a run is doing: its agent at work, waiting for its turn to be evaluated, being
     * evaluated, waiting to be tried again after an infrastructure failure.
     */
    enum Stage { GENERATE, QUEUED, EVALUATE, RETRYING }

    /** A run entered a stage. */
    void started(Task task, int run, Stage stage, Tally tally);

    /** A run finished (or was found finished by an earlier sweep, when {@code reused}). */
    void finished(Task task, int run, RunResult result, boolean reused, Tally tally);

    /**
     * A run failed for the infrastructure's reasons (its record is in {@code infra.json}).
     *
     * @param retryIn when it is tried again; empty when it is left unscored
     */
    default void infra(Task task, int run, String phase, String cause, Optional<Duration> retryIn, Tally tally) {
    }

    /** A run was not started: {@code reason} (the budget was spent). */
    default void notStarted(Task task, int run, String reason, Tally tally) {
    }

    /** Silent listener. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(Task task, int run, Stage stage, Tally tally) {
        }

        @Override
        public void finished(Task task, int run, RunResult result, boolean reused, Tally tally) {
        }
    };
}
