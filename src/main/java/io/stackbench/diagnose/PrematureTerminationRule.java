package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The agent was stopped, or stopped itself on an error, before its solution worked: whatever is
 * broken in it, the run ended because the agent did not finish.
 */
final class PrematureTerminationRule implements RunRule {

    private static final Set<String> STOPPED = Set.of("time_limit", "cost_limit", "error", "step_limit", "token_limit",
            "context_limit", "timeout");

    @Override
    public String name() {
        return "premature-termination";
    }

    @Override
    public Optional<Conclusion> classify(Evidence evidence, List<LogSignal> signals) {
        return evidence.exitReason().filter(STOPPED::contains)
                .map(reason -> Conclusion.of(Category.PREMATURE_TERMINATION, name(), "the agent ended with '" + reason
                        + "' instead of submitting", "its solution then failed: " + FailedRequestsRule.summary(evidence)));
    }
}
