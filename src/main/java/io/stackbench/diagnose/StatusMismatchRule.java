package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * A request answered with another client status than the contract's: an invalid one accepted
 * (no 403, 404 or 422), a valid one rejected, or the wrong error. A valid request rejected with
 * 400, 415 or 422 by the framework's own validation is the framework's; by the project's, a rule.
 */
final class StatusMismatchRule implements RequestRule {

    @Override
    public String name() {
        return "status-mismatch";
    }

    @Override
    public Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        if (request.status().isEmpty() || request.expectedStatus().isEmpty() || Requests.statusAsExpected(request)) {
            return Optional.empty();
        }
        int got = request.status().get();
        int expected = request.expectedStatus().get();
        String what = Requests.describe(request);
        if (expected >= 200 && expected < 300 && (got == 400 || got == 415 || got == 422)) {
            boolean framework = got == 415 || signals.stream().anyMatch(s -> s.kind() == LogSignal.Kind.FRAMEWORK)
                    || (got == 422 && evidence.framework().filter("fastapi"::equals).isPresent()) || noBodyAccepted(evidence);
            return Optional.of(framework
                    ? Conclusion.logic(Subcategory.FRAMEWORK_IDIOSYNCRASY, name(), what,
                            "the framework rejected a valid request: how the body or parameters are declared or parsed")
                    : Conclusion.logic(Subcategory.BUSINESS_LOGIC_DEFECT, name(), what, "a valid request was rejected by the project's rules"));
        }
        if (expected >= 400 && got >= 200 && got < 300) {
            return Optional.of(Conclusion.logic(Subcategory.BUSINESS_LOGIC_DEFECT, name(), what,
                    "a request the contract rejects was accepted: a " + expected + " rule (ownership, validation, existence) is missing"));
        }
        if (expected >= 400 && got >= 400 && got < 500) {
            return Optional.of(Conclusion.logic(Subcategory.BUSINESS_LOGIC_DEFECT, name(), what,
                    "the wrong error for the case: " + got + " instead of " + expected));
        }
        if (expected >= 200 && expected < 300 && got == 401 && Requests.signIn(request)) {
            return Optional.of(Requests.stateCheck(request)
                    ? Conclusion.logic(Subcategory.STATE_PROPAGATION_FAILURE, name(), what, "credentials changed by an earlier request are not in force")
                    : Conclusion.logic(Subcategory.BUSINESS_LOGIC_DEFECT, name(), what, "valid credentials were refused"));
        }
        if (expected >= 200 && expected < 300 && got == 404 && evidence.framework().filter("koa"::equals).isPresent()
                && MissingRouteRule.exists(Requests.sameRoute(evidence, request))) {
            return Optional.of(Conclusion.logic(Subcategory.FRAMEWORK_IDIOSYNCRASY, name(), what,
                    "the route exists (it answered other requests), and Koa answers 404 when a handler sets no body"));
        }
        if (expected >= 200 && expected < 300 && got == 404) {
            return Optional.of(Requests.stateCheck(request)
                    ? Conclusion.logic(Subcategory.STATE_PROPAGATION_FAILURE, name(), what, "what an earlier request made is not found later")
                    : Conclusion.logic(Subcategory.BUSINESS_LOGIC_DEFECT, name(), what, "an existing resource was not found"));
        }
        return Optional.empty();
    }

    /**
     * Every request that sends a body and should succeed was rejected: the body never reaches the
     * handlers (no JSON parser, the wrong content type), which is the framework's set-up.
     */
    static boolean noBodyAccepted(Evidence evidence) {
        List<Evidence.Request> withBody = evidence.requests().stream()
                .filter(r -> r.method().filter(m -> m.equals("POST") || m.equals("PUT")).isPresent())
                .filter(r -> Requests.route(r).matches("(POST|PUT)/api/(users|users/login|user|articles|articles/\\{\\}|articles/\\{\\}/comments)"))
                .filter(Requests::expectsSuccess).toList();
        return withBody.size() >= 3 && withBody.stream().allMatch(r -> Requests.got(r, 400, 422));
    }
}
