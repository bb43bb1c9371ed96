package io.stackbench.verify;

import java.util.List;
import java.util.Objects;

/** One check; each rule is its own small class carrying {@link RuleInfo}, registered in {@link Rules#ALL}. */
abstract class Rule {

    private final RuleInfo info = Objects.requireNonNull(getClass().getAnnotation(RuleInfo.class),
            () -> getClass().getName() + " lacks @RuleInfo");

    String id() {
        return info.id();
    }

    String summary() {
        return info.summary();
    }

    boolean projectWide() {
        return info.projectWide();
    }

    Severity severity() {
        return info.severity();
    }

    /** The verifier (constraint dimension) the rule belongs to: architecture, database or orm. */
    String verifier() {
        return info.verifier().label();
    }

    boolean appliesTo(Requirements requirements) {
        return info.verifier().requiredBy(requirements);
    }

    abstract List<Finding> check(Project project, Requirements requirements);

    Finding finding(String message, String file, int line) {
        return new Finding(id(), severity(), verifier(), message, file, line);
    }

    /** A finding that informs without failing: what the rule saw but cannot decide. */
    Finding note(String message, String file, int line) {
        return new Finding(id(), Severity.NOTE, verifier(), message, file, line);
    }
}
