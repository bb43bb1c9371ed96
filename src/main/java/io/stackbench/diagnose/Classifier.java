package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deterministic classifier: the run rules in order, the first that recognises the failure
 * decides. When none does, the diagnosis is {@code unknown} with what was seen.
 */
final class Classifier {

    static final List<RunRule> RULES = List.of(
            new StuckInLoopRule(),
            new PrematureTerminationRule(),
            new ServerStartupRule(),
            new ConstraintViolationRule(),
            new FailedRequestsRule());

    Diagnosis classify(Evidence evidence) {
        List<LogSignal> signals = LogSignal.read(evidence.serverLog());
        int roots = evidence.rootFailures().size();
        int blocked = evidence.blockedFailures().size();
        for (RunRule rule : RULES) {
            Optional<Conclusion> c = rule.classify(evidence, signals);
            if (c.isPresent()) {
                return new Diagnosis(evidence.id(), c.get().category(), c.get().subcategory(), c.get().rule(),
                        c.get().evidence(), roots, blocked, Optional.empty());
            }
        }
        List<String> seen = new ArrayList<>();
        evidence.failingPhase().ifPresent(p -> seen.add("phase '" + p.name() + "' failed: " + ServerStartupRule.abbreviate(p.message())));
        evidence.exitReason().ifPresent(r -> seen.add("the agent ended with '" + r + "'"));
        seen.add(evidence.requests().isEmpty() ? "no suite results" : FailedRequestsRule.summary(evidence));
        evidence.verifiers().forEach(v -> seen.add("the " + v.verifier() + " verifier " + (v.passed() ? "passed" : "failed")));
        signals.stream().reduce((a, b) -> b).ifPresent(s -> seen.add("last error in the server log: " + s.describe()));
        return new Diagnosis(evidence.id(), Category.UNKNOWN, Optional.empty(), "none", seen, roots, blocked, Optional.empty());
    }
}
