package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every assertion passed, but a static verifier failed. */
final class ConstraintViolationRule implements RunRule {

    @Override
    public String name() {
        return "constraint-violation";
    }

    @Override
    public Optional<Conclusion> classify(Evidence evidence, List<LogSignal> signals) {
        List<Evidence.VerifierOutcome> failed = evidence.verifiers().stream().filter(v -> !v.passed()).toList();
        if (failed.isEmpty() || evidence.anyAssertionFailed() || evidence.requests().isEmpty()) {
            return Optional.empty();
        }
        List<String> said = new ArrayList<>();
        said.add("all " + evidence.requests().size() + " requests passed");
        for (Evidence.VerifierOutcome v : failed) {
            said.add("the " + v.verifier() + " verifier failed" + v.findings().stream().findFirst().map(f -> ": " + f).orElse(""));
        }
        return Optional.of(new Conclusion(Category.CONSTRAINT_VIOLATION, Optional.empty(), name(), said));
    }
}
