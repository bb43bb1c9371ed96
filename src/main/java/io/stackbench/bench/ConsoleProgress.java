package io.stackbench.bench;

import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A line per finished run on the console and, on a terminal, a progress bar under them with
 * done/total, failures, ETA and what is running now.
 */
public final class ConsoleProgress implements ProgressListener {

    private static final int BAR_WIDTH = 24;

    private final PrintWriter out;
    private final boolean interactive;
    private final Map<String, Stage> running = new TreeMap<>();
    private Tally last = new Tally(0, 0, 0, java.util.OptionalDouble.empty());

    /** @param interactive whether {@code out} is a terminal, where the bar is redrawn in place */
    public ConsoleProgress(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public synchronized void started(Task task, int run, Stage stage, Tally tally) {
        running.put(task.id() + " run " + run, stage);
        last = tally;
        drawBar();
    }

    @Override
    public synchronized void finished(Task task, int run, RunResult result, boolean reused, Tally tally) {
        running.remove(task.id() + " run " + run);
        last = tally;
        clearBar();
        String agent = result.generation().map(g -> String.format(Locale.ROOT, "  agent %-10s %3s steps", g.exitReason(),
                        g.steps().map(String::valueOf).orElse("?")))
                .orElse("");
        out.printf(Locale.ROOT, "[%d/%d] %-55s A%% %5.1f  strict %5.1f  %-20s %6.1f s%s%s%n", tally.done(), tally.total(),
                task.id() + " run " + run, result.assertPercent(), result.strictAssertPercent(), result.outcome(),
                result.seconds(), agent, reused ? "  (kept from an earlier sweep)" : "");
        drawBar();
    }

    /** Ends the bar's line so what follows starts on a fresh one. */
    public synchronized void close() {
        clearBar();
        out.flush();
    }

    private void drawBar() {
        if (!interactive) {
            out.flush();
            return;
        }
        int filled = last.total() == 0 ? 0 : BAR_WIDTH * last.done() / last.total();
        String eta = last.etaSeconds().stream().mapToObj(ConsoleProgress::duration).findFirst().orElse("…");
        long generating = running.values().stream().filter(Stage.GENERATE::equals).count();
        long queued = running.values().stream().filter(Stage.QUEUED::equals).count();
        String evaluating = running.entrySet().stream().filter(e -> e.getValue() == Stage.EVALUATE).map(Map.Entry::getKey)
                .findFirst().orElse("-");
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d  failed %d  eta %s  generating %d  queued %d  evaluating %s\u001b[K",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), last.done(), last.total(), last.failed(), eta,
                generating, queued, evaluating);
        out.flush();
    }

    private void clearBar() {
        if (interactive) {
            out.print("\r\u001b[K");
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
