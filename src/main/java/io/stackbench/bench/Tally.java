package io.stackbench.bench;

import java.util.OptionalDouble;

/**
 * Where a sweep stands.
 *
 * @param failed runs that ended in a failing phase or an agent error (not merely a low score)
 * @param etaSeconds estimate of the time left, from this sweep's pace; empty before a run finishes
 */
public record Tally(int done, int total, int failed, OptionalDouble etaSeconds) {
}
