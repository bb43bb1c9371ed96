package io.stackbench.bench;

import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;

/** Hears about a sweep's progress; called from several threads when generations run in parallel. */
public interface ProgressListener {

    /** What a run is doing: its agent at work, waiting for its turn to be evaluated, being evaluated. */
    enum Stage { GENERATE, QUEUED, EVALUATE }

    /** A run entered a stage. */
    void started(Task task, int run, Stage stage, Tally tally);

    /** A run finished (or was found finished by an earlier sweep, when {@code reused}). */
    void finished(Task task, int run, RunResult result, boolean reused, Tally tally);

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
