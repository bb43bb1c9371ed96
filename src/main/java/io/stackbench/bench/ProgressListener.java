package io.stackbench.bench;

import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;

/** Hears about a sweep's progress; the console shows it, tests and scripts may ignore it. */
public interface ProgressListener {

    /** A run is about to start; {@code done} runs of {@code total} are finished. */
    void started(Task task, int run, int done, int total);

    /** A run finished (or was found finished by an earlier sweep, when {@code reused}). */
    void finished(Task task, int run, RunResult result, boolean reused, int done, int total);

    /** Silent listener. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(Task task, int run, int done, int total) {
        }

        @Override
        public void finished(Task task, int run, RunResult result, boolean reused, int done, int total) {
        }
    };
}
