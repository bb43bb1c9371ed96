package io.stackbench.datalayer;

/**
 * The time one HTTP call was in flight, and what it was: statements that completed inside it
 * are its cost.
 *
 * @param phase   {@code suite} or {@code probe}
 * @param request the suite item's name, or the probe's label for the call
 * @param index   position among the calls of its phase
 */
record Window(String phase, String request, int index, String method, String path, double start, double end) {

    /**
     * PostgreSQL logs to the millisecond, truncated; the marks are finer. A statement logged in the
     * millisecond a call began belongs to it.
     */
    static final double SLACK_MS = 1.0;

    boolean holds(double statementEnd) {
        return statementEnd >= Math.floor(start) && statementEnd <= end + SLACK_MS;
    }
}
