package io.stackbench.verify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's identity, on the rule's class: id, the verifier it belongs to, its severity and summary. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RuleInfo {

    /** Stable id, e.g. {@code architecture.layer-direction}; also the name of its docs page. */
    String id();

    Dimension verifier();

    Severity severity() default Severity.ERROR;

    /**
     * True for a finding about the project as a whole (a layer or a database that is missing),
     * anchored at its manifest rather than at a line that caused it.
     */
    boolean projectWide() default false;

    /** One sentence: what the rule requires. */
    String summary();
}
