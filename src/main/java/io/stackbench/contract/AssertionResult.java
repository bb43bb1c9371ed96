package io.stackbench.contract;

import java.util.Objects;

/**
 * One assertion of one request of a suite run.
 *
 * @param request the suite's name for the request, with its method and path
 * @param error newman's message for a failed assertion; empty when it passed
 */
public record AssertionResult(String request, String assertion, boolean passed, String error) {

    public AssertionResult {
        Objects.requireNonNull(request);
        Objects.requireNonNull(assertion);
        Objects.requireNonNull(error);
    }
}
