package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/** A redirect the contract does not have: a framework's trailing-slash or canonical-URL rule (Flask, Django, FastAPI). */
final class RedirectRule implements RequestRule {

    @Override
    public String name() {
        return "redirect";
    }

    @Override
    public Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        if (!Requests.got(request, 300, 399) || request.expectedStatus().filter(e -> e >= 300 && e < 400).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Conclusion.logic(Subcategory.FRAMEWORK_IDIOSYNCRASY, name(), Requests.describe(request),
                "a redirect the API contract does not have: the framework's URL rules (trailing slashes, canonical paths)"));
    }
}
