package io.stackbench.diagnose;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A request the server failed (5xx, or the connection dropped): a statement PostgreSQL refused
 * while it was in flight, or else the exception in the server's log, says which kind of logic
 * error it was.
 */
final class ServerErrorRule implements RequestRule {

    @Override
    public String name() {
        return "server-error";
    }

    @Override
    public Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        // 501 "not implemented" is a stub, which the missing-route rule reads.
        boolean failedByServer = Requests.got(request, 500, 599) && !Requests.got(request, 501, 501)
                && !Requests.got(request, request.expectedStatus().orElse(0), request.expectedStatus().orElse(0));
        boolean dropped = request.status().isEmpty() && request.failed() > 0
                && request.failures().stream().anyMatch(f -> f.matches("(?is).*(ECONNRESET|ECONNREFUSED|socket hang up|"
                        + "ESOCKETTIMEDOUT|ETIMEDOUT|connect|no response).*"));
        if (!failedByServer && !dropped) {
            return Optional.empty();
        }
        String what = Requests.describe(request);
        if (!request.databaseErrors().isEmpty()) {
            // PostgreSQL refused a statement of this very request: no need to guess from the log.
            return Optional.of(Conclusion.logic(Subcategory.DATABASE_RUNTIME_ERROR, name(), what,
                    request.databaseErrors().get(0)));
        }
        Optional<LogSignal> cause = explaining(signals);
        if (cause.isEmpty()) {
            return Optional.of(Conclusion.logic(Subcategory.UNKNOWN, name(), what, "the server's log shows no exception to explain it"));
        }
        LogSignal s = cause.get();
        String line = "server log line " + s.line() + ": " + s.describe();
        return Optional.of(switch (s.kind()) {
            case DATABASE -> Conclusion.logic(Subcategory.DATABASE_RUNTIME_ERROR, name(), what, line);
            case AUTH -> Conclusion.logic(Subcategory.AUTH_MISCONFIGURATION, name(), what, line);
            case FRAMEWORK -> Conclusion.logic(Subcategory.FRAMEWORK_IDIOSYNCRASY, name(), what, line);
            case STARTUP, CODE -> Requests.authCheck(request) || s.frame().matches("(?i).*(token|auth|jwt|session).*")
                    ? Conclusion.logic(Subcategory.AUTH_MISCONFIGURATION, name(), what, line + " (the token handling fails)")
                    : Conclusion.logic(Subcategory.BUSINESS_LOGIC_DEFECT, name(), what, line + " (an exception in the project's own code)");
        });
    }

    /**
     * The error most likely behind server failures: a database error if the log has one (they
     * are the commonest cause and other errors are often their echo), then auth, framework and
     * other errors; the latest of its kind.
     */
    static Optional<LogSignal> explaining(List<LogSignal> signals) {
        return signals.stream().max(Comparator.comparingInt((LogSignal s) -> switch (s.kind()) {
            case DATABASE -> 4;
            case AUTH -> 3;
            case FRAMEWORK -> 2;
            case CODE -> 1;
            case STARTUP -> 0;
        }).thenComparingInt(LogSignal::line));
    }
}
