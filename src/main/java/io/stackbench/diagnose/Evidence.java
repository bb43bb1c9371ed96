package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * What is known about one failed run, whoever ran it: StackBench's run directory or another
 * harness's failure record. Every field may be unknown; rules say {@code unknown} rather than
 * guess when what they need is missing.
 *
 * @param runtime {@code python} or {@code node}
 * @param exitReason how the agent ended ({@code submitted}, {@code step_limit}, {@code time_limit}, …)
 * @param serverStarted whether the server answered its health check
 * @param failingPhase the first evaluation phase that failed, with its message
 * @param serverLog the tail of the server's log
 * @param requests the suite's requests in the order they ran
 * @param trajectory the agent's last turns, as text
 */
public record Evidence(String id, Optional<String> task, Optional<String> framework, Optional<String> runtime,
                       Optional<String> exitReason, Optional<Boolean> serverStarted, Optional<Phase> failingPhase,
                       String serverLog, List<Request> requests, List<VerifierOutcome> verifiers,
                       Optional<String> trajectory) {

    public Evidence {
        serverLog = serverLog == null ? "" : serverLog;
        requests = List.copyOf(requests);
        verifiers = List.copyOf(verifiers);
    }

    /** A phase of the evaluation that failed, and why. */
    public record Phase(String name, String message) {
    }

    /**
     * One request of the suite and how it went.
     *
     * @param status the HTTP status it got; empty when there was no response or it is unknown
     * @param expectedStatus the status the suite expected, when it says
     * @param failures the failed assertions' names and messages
     * @param blockedBy the earlier failed request this one depends on, when it is a knock-on
     * @param databaseErrors the statements PostgreSQL refused while the request was in flight, as
     *                       {@code sql.jsonl:LINE error: statement} (runs with runtime data-layer checks)
     */
    public record Request(String name, Optional<String> method, Optional<String> path, Optional<Integer> status,
                          Optional<Integer> expectedStatus, int passed, int failed, List<String> failures,
                          Optional<String> blockedBy, List<String> databaseErrors) {
        public Request {
            failures = List.copyOf(failures);
            databaseErrors = databaseErrors == null ? List.of() : List.copyOf(databaseErrors);
        }

        /** A request of a run without captured statements. */
        public Request(String name, Optional<String> method, Optional<String> path, Optional<Integer> status,
                       Optional<Integer> expectedStatus, int passed, int failed, List<String> failures,
                       Optional<String> blockedBy) {
            this(name, method, path, status, expectedStatus, passed, failed, failures, blockedBy, List.of());
        }

        public boolean rootFailure() {
            return failed > 0 && blockedBy.isEmpty();
        }
    }

    /** A static verifier's verdict. */
    public record VerifierOutcome(String verifier, boolean passed, List<String> findings) {
        public VerifierOutcome {
            findings = List.copyOf(findings);
        }
    }

    public List<Request> rootFailures() {
        return requests.stream().filter(Request::rootFailure).toList();
    }

    public List<Request> blockedFailures() {
        return requests.stream().filter(r -> r.failed() > 0 && r.blockedBy().isPresent()).toList();
    }

    public boolean anyAssertionFailed() {
        return requests.stream().anyMatch(r -> r.failed() > 0);
    }
}
