package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * Authentication is wrong: a signed-in request is refused (401/403), or a request without a
 * valid token is let through.
 */
final class AuthRule implements RequestRule {

    @Override
    public String name() {
        return "auth";
    }

    @Override
    public Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        if (Requests.expectsSuccess(request) && Requests.got(request, 401, 401)
                || (Requests.expectsSuccess(request) && Requests.got(request, 403, 403) && Requests.authenticated(request)
                && !request.name().contains("not the"))) {
            return Optional.of(Conclusion.logic(Subcategory.AUTH_MISCONFIGURATION, name(), Requests.describe(request),
                    "a signed-in request was refused: the token is not read or not verified as it was issued"));
        }
        if (Requests.authCheck(request) && request.expectedStatus().filter(e -> e == 401).isPresent()
                && Requests.got(request, 200, 299)) {
            return Optional.of(Conclusion.logic(Subcategory.AUTH_MISCONFIGURATION, name(), Requests.describe(request),
                    "a request without a valid token was let through"));
        }
        return Optional.empty();
    }
}
