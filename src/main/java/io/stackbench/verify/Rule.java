package io.stackbench.verify;

import java.util.List;

/** One check; each rule is its own small class, registered in {@link Rules#ALL}. */
interface Rule {

    /** Stable id, e.g. {@code architecture.layer-direction}; also the name of its docs page. */
    String id();

    /** One sentence: what the rule requires. */
    String summary();

    Severity severity();

    /** The verifier (constraint dimension) the rule belongs to: architecture, database or orm. */
    String verifier();

    /** Whether the rule applies to a solution under these requirements. */
    boolean appliesTo(Requirements requirements);

    List<Finding> check(Project project, Requirements requirements);

    default Finding finding(String message, String file, int line) {
        return new Finding(id(), severity(), verifier(), message, file, line);
    }
}
