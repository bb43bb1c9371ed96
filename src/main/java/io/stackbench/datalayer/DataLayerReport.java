package io.stackbench.datalayer;

import io.stackbench.verify.VerifyReport;
import java.util.List;
import java.util.Optional;

/**
 * What a server did to its database during one evaluation, and the runtime rules' verdicts on it
 * ({@code dataLayer} in {@code result.json}; the statements themselves are in {@code sql.jsonl}).
 *
 * @param checked    whether the runtime rules ran; when not, {@code reason} says why (an unsealed run,
 *                   a server that never came up)
 * @param database   the database the task requires: {@code postgres}, {@code sqlite} or {@code none}
 * @param captured   whether statements were captured one by one (PostgreSQL tasks of sealed runs)
 * @param statements statements the server completed while the suite ran
 * @param requests   the suite's requests in the order they ran, with the statements each cost
 * @param probe      the data-layer probe's list endpoints at two dataset sizes
 * @param verdicts   one per runtime rule that applies to the task's constraints
 * @param seconds    time spent on the probe and on reading what was captured
 */
public record DataLayerReport(boolean checked, String reason, String database, boolean captured, int statements,
                              List<RequestStatements> requests, List<ProbeEndpoint> probe,
                              List<VerifyReport.Verdict> verdicts, double seconds) {

    public DataLayerReport {
        reason = reason == null ? "" : reason;
        requests = requests == null ? List.of() : List.copyOf(requests);
        probe = probe == null ? List.of() : List.copyOf(probe);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    /** A run whose data layer was not examined, and why. */
    public static DataLayerReport notChecked(String database, String reason) {
        return new DataLayerReport(false, reason, database, false, 0, List.of(), List.of(), List.of(), 0.0);
    }

    /**
     * Whether no runtime rule failed. A rule that could not judge (the probe found no working list
     * endpoint) is no failure: the suite's score already counts what does not work.
     */
    public boolean passed() {
        return failed().isEmpty();
    }

    /** The runtime rules that failed, in the verdicts' order. */
    public List<VerifyReport.Verdict> failed() {
        return verdicts.stream().filter(v -> v.status() == VerifyReport.Status.FAIL).toList();
    }

    /** Strict A% when no runtime rule failed, else 0; empty when the rules did not run. */
    public Optional<Double> sound(double strictAssertPercent) {
        return checked ? Optional.of(passed() ? strictAssertPercent : 0.0) : Optional.empty();
    }

    /**
     * One request of the suite and what it cost the database.
     *
     * @param index      0-based position in the suite's run
     * @param request    the suite item's name ({@code Folder/Item} as newman names it)
     * @param statements statements completed while the request was in flight
     * @param millis     their summed duration as PostgreSQL measured it
     */
    public record RequestStatements(int index, String request, String method, String path, int statements, double millis) {
    }

    /**
     * One list endpoint of the probe, called at a small and at a large dataset.
     *
     * @param endpoint  method and path template, e.g. {@code GET /articles?tag=}
     * @param note      why the endpoint could not be compared (it did not return the items created)
     */
    public record ProbeEndpoint(String endpoint, int smallItems, int smallStatements, int largeItems, int largeStatements,
                                Optional<String> note) {
        public ProbeEndpoint {
            note = note == null ? Optional.empty() : note;
        }
    }
}
