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
        // A guard of the framework's (Django's CSRF check) refuses every unsafe request, whatever it expected.
        Optional<LogSignal> csrf = signals.stream().filter(s -> s.describe().contains("CSRF")).findFirst();
        if (csrf.isPresent() && Requests.got(request, 403, 403) && !Requests.statusAsExpected(request)) {
            return Optional.of(Conclusion.logic(Subcategory.FRAMEWORK_IDIOSYNCRASY, name(), Requests.describe(request),
                    "refused by the framework's CSRF check: server log line " + csrf.get().line() + ": " + csrf.get().describe()));
        }
        boolean refused = Requests.expectsSuccess(request) && !Requests.signIn(request) && (Requests.got(request, 401, 401)
                || (Requests.got(request, 403, 403) && Requests.authenticated(request) && !request.name().contains("not the")));
        if (refused) {
            // Django's CSRF check, a framework's guard in front of the route: the framework's, not the token's.
            Optional<LogSignal> guard = signals.stream().filter(s -> s.kind() == LogSignal.Kind.FRAMEWORK).findFirst();
            if (guard.isPresent()) {
                return Optional.of(Conclusion.logic(Subcategory.FRAMEWORK_IDIOSYNCRASY, name(), Requests.describe(request),
                        "refused by the framework: server log line " + guard.get().line() + ": " + guard.get().describe()));
            }
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
