package io.stackbench.bench;

import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import java.io.PrintWriter;
import java.util.Locale;

/** One line per run on the console: position, task, then its score and time when it ends. */
public final class ConsoleProgress implements ProgressListener {

    private final PrintWriter out;
    private final long start = System.nanoTime();

    public ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(Task task, int run, int done, int total) {
        out.printf(Locale.ROOT, "[%d/%d] %s run %d ... ", done + 1, total, task.id(), run);
        out.flush();
    }

    @Override
    public void finished(Task task, int run, RunResult result, boolean reused, int done, int total) {
        String outcome = result.outcome();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double eta = done == 0 ? 0 : elapsed / done * (total - done);
        out.printf(Locale.ROOT, "A%% %5.1f  %-22s %5.1f s%s  (eta %.0f s)%n", result.assertPercent(), outcome,
                result.seconds(), reused ? " (earlier sweep)" : "", eta);
        out.flush();
    }
}
