package io.stackbench.contract;

import java.util.List;

/**
 * The outcome of one suite run, from newman's JSON report.
 *
 * @param scriptErrors test or pre-request scripts that threw: assertions after the throw never ran
 */
public record SuiteResult(int requests, int total, int passed, int failed, int scriptErrors,
                          List<AssertionResult> assertions) {

    public SuiteResult {
        assertions = List.copyOf(assertions);
    }

    /** No run: the server never started, so every assertion counts as failed. */
    public static final SuiteResult NOT_RUN = new SuiteResult(0, 0, 0, 0, 0, List.of());

    /** Passed assertions over total assertions, 0–100. */
    public double assertPercent() {
        return total == 0 ? 0.0 : 100.0 * passed / total;
    }

    /** Failed assertions that no earlier failed request explains. */
    public int rootFailures() {
        return (int) assertions.stream().filter(a -> !a.passed() && !a.blocked()).count();
    }

    /** Failed assertions of requests that use what an earlier failed request should have captured. */
    public int blockedFailures() {
        return (int) assertions.stream().filter(AssertionResult::blocked).count();
    }
}
