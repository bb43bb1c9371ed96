package io.stackbench.contract;

import java.util.List;
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
 * @param operation the contract operation its request calls ({@code CreateArticle}), when the suite says
 * @param feature the feature it checks ({@code comments}), when the suite says
 * @param requires operations whose effect its request checks besides its own (a GET after a DELETE)
 */
public record AssertionResult(String request, String assertion, boolean passed, String error,
                              String name, Optional<Integer> status, Optional<String> blockedBy,
                              Optional<String> operation, Optional<String> feature, List<String> requires) {

    public AssertionResult {
        Objects.requireNonNull(request);
        Objects.requireNonNull(assertion);
        Objects.requireNonNull(error);
        // assertions.json files written before these fields existed read back as:
        name = name == null ? request : name;
        status = status == null ? Optional.empty() : status;
        blockedBy = blockedBy == null ? Optional.empty() : blockedBy;
        operation = operation == null ? Optional.empty() : operation;
        feature = feature == null ? Optional.empty() : feature;
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A result with no response status, no dependency and no tags known: its name is the request. */
    public AssertionResult(String request, String assertion, boolean passed, String error) {
        this(request, assertion, passed, error, request, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** Whether this is a failed assertion that an earlier failed request explains. */
    public boolean blocked() {
        return blockedBy.isPresent();
    }
}
