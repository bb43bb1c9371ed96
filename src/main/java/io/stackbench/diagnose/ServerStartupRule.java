package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The server never answered: the install, the start or the health check failed, or no request got a response. */
final class ServerStartupRule implements RunRule {

    private static final Set<String> STARTUP_PHASES = Set.of("install", "database", "start", "prepare");

    @Override
    public String name() {
        return "server-startup";
    }

    @Override
    public Optional<Conclusion> classify(Evidence evidence, List<LogSignal> signals) {
        boolean phase = evidence.failingPhase().filter(p -> STARTUP_PHASES.contains(p.name())).isPresent();
        boolean neverStarted = evidence.serverStarted().filter(started -> !started).isPresent();
        boolean noResponse = !evidence.requests().isEmpty()
                && evidence.requests().stream().allMatch(r -> r.status().isEmpty() && r.failed() > 0 && r.passed() == 0);
        if (!phase && !neverStarted && !noResponse) {
            return Optional.empty();
        }
        List<String> said = new ArrayList<>();
        evidence.failingPhase().ifPresent(p -> said.add("phase '" + p.name() + "' failed: " + abbreviate(p.message())));
        if (noResponse && !phase) {
            said.add("none of the " + evidence.requests().size() + " requests got a response");
        }
        signals.stream().filter(s -> s.kind() == LogSignal.Kind.STARTUP).reduce((a, b) -> b)
                .or(() -> signals.stream().reduce((a, b) -> b))
                .ifPresent(s -> said.add("server log line " + s.line() + ": " + s.describe()));
        return Optional.of(new Conclusion(Category.SERVER_STARTUP_FAILURE, Optional.empty(), name(), said));
    }

    static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
    }
}
