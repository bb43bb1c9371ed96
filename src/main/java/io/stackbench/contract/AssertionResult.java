package io.stackbench.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * One assertion of one request of a suite run.
 *
 * @param request the suite's name for the request, with its method and path
 * @param error newman's message for a failed assertion; empty when it passed
 * @param name the request's item name in the collection (what {@code blockedBy} refers to)
 * @param status the HTTP status of the request's response; empty when there was none (connection
 *               refused, timeout)
 * @param blockedBy for a failed assertion, the earliest earlier request that should have captured a
 *                  variable this request uses and itself failed (a failed assertion, no response or
 *                  a script error) while no request had captured that variable cleanly: this failure
 *                  may only follow from that one. Empty for a root failure and a passed assertion
 */
public record AssertionResult(String request, String assertion, boolean passed, String error,
                              String name, Optional<Integer> status, Optional<String> blockedBy) {

    public AssertionResult {
        Objects.requireNonNull(request);
        Objects.requireNonNull(assertion);
        Objects.requireNonNull(error);
        // assertions.json files written before these fields existed read back as:
        name = name == null ? request : name;
        status = status == null ? Optional.empty() : status;
        blockedBy = blockedBy == null ? Optional.empty() : blockedBy;
    }

    /** A result with no response status and no dependency known: its name is the request. */
    public AssertionResult(String request, String assertion, boolean passed, String error) {
        this(request, assertion, passed, error, request, Optional.empty(), Optional.empty());
    }

    /** Whether this is a failed assertion that an earlier failed request explains. */
    public boolean blocked() {
        return blockedBy.isPresent();
    }
}
