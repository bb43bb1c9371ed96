package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * One step of the classifier over one failed request that failed on its own (not as a knock-on):
 * what its status, the status the suite expected, its failed assertions and the server's log say.
 * Rules run in the order of {@link FailedRequestsRule#RULES}.
 */
interface RequestRule {

    String name();

    Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals);
}
