package io.stackbench.bench;

import io.stackbench.eval.RunResult;
import java.util.OptionalDouble;

/** Counts a sweep's finished runs across threads and estimates the time left from its own pace. */
final class SweepCounter {

    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int failed;
    private int doneHere;
    private int infra;

    SweepCounter(int total) {
        this.total = total;
    }

    synchronized Tally finished(RunResult result, boolean reused) {
        done++;
        if (!reused) {
            doneHere++;
        }
        if (result.failingPhase().isPresent() || result.generation().filter(g -> g.exitReason().equals("error")).isPresent()) {
            failed++;
        }
        return tally();
    }

    /** A run left unscored after its last attempt failed for the infrastructure's reasons. */
    synchronized Tally infra() {
        done++;
        infra++;
        return tally();
    }

    /** A run the budget did not let start. */
    synchronized Tally notStarted() {
        done++;
        return tally();
    }

    synchronized Tally tally() {
        double elapsed = (System.nanoTime() - start) / 1e9;
        OptionalDouble eta = doneHere == 0 ? OptionalDouble.empty() : OptionalDouble.of(elapsed / doneHere * (total - done));
        return new Tally(done, total, failed, eta, infra);
    }
}
