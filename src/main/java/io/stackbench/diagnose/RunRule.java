package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * One step of the classifier over a whole run: it recognises one kind of failure from the run's
 * evidence, or leaves the run to the next rule. Rules run in the order of {@link Classifier#RULES}.
 */
interface RunRule {

    /** A short stable name, recorded with the diagnosis. */
    String name();

    Optional<Conclusion> classify(Evidence evidence, List<LogSignal> signals);
}
