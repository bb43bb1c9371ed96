package io.stackbench.bench;

import java.util.OptionalDouble;

/**
 * Where a sweep stands.
 *
 * @param done       runs finished, left unscored by the infrastructure or not started
 * @param failed     runs that ended in a failing phase or an agent error (not merely a low score)
 * @param etaSeconds estimate of the time left, from this sweep's pace; empty before a run finishes
 * @param infra      runs left unscored because the infrastructure failed them, retries included
 */
public record Tally(int done, int total, int failed, OptionalDouble etaSeconds, int infra) {

    /** A tally without infrastructure failures. */
    public Tally(int done, int total, int failed, OptionalDouble etaSeconds) {
        this(done, total, failed, etaSeconds, 0);
    }
}
