package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the evidence of a failed run in a few readable lines, for the rules' tests. */
final class Runs {

    private String framework = "flask";
    private Optional<String> exitReason = Optional.empty();
    private Optional<Boolean> started = Optional.of(true);
    private Optional<Evidence.Phase> failingPhase = Optional.empty();
    private String log = "";
    private final List<Evidence.Request> requests = new ArrayList<>();
    private final List<Evidence.VerifierOutcome> verifiers = new ArrayList<>();
    private Optional<String> trajectory = Optional.empty();

    static Runs run() {
        return new Runs();
    }

    Runs framework(String name) {
        framework = name;
        return this;
    }

    Runs agentEnded(String reason) {
        exitReason = Optional.of(reason);
        return this;
    }

    Runs trajectory(String text) {
        trajectory = Optional.of(text);
        return this;
    }

    Runs phaseFailed(String phase, String message) {
        failingPhase = Optional.of(new Evidence.Phase(phase, message));
        if (phase.equals("start")) {
            started = Optional.of(false);
        }
        return this;
    }

    Runs serverLog(String text) {
        log = text;
        return this;
    }

    /** A request that passed: it got what it expected. */
    Runs passed(String name, int status) {
        requests.add(request(name, Optional.of(status), status, 3, List.of(), Optional.empty()));
        return this;
    }

    /** A request that failed with a status other than the one expected. */
    Runs got(String name, Integer status, int expected) {
        requests.add(request(name, Optional.ofNullable(status), expected, 0,
                List.of(name + " → " + expected + ": HTTP status: expected " + status + " to equal " + expected), Optional.empty()));
        return this;
    }

    /** A request with the expected status whose body assertions failed. */
    Runs wrongBody(String name, int status, String... failures) {
        requests.add(request(name, Optional.of(status), status, 1, List.of(failures), Optional.empty()));
        return this;
    }

    /** A request that failed only because an earlier one it depends on did. */
    Runs blocked(String name, String by) {
        requests.add(request(name, Optional.of(404), 200, 0, List.of(name + " → 200: HTTP status: expected 404 to equal 200"),
                Optional.of(by)));
        return this;
    }

    Runs verifier(String name, boolean passed, String... findings) {
        verifiers.add(new Evidence.VerifierOutcome(name, passed, List.of(findings)));
        return this;
    }

    Evidence evidence() {
        return new Evidence("run", Optional.of(framework + "-openapi-sqlite"), Optional.of(framework),
                Optional.of(List.of("express", "fastify", "hono", "koa").contains(framework) ? "node" : "python"), exitReason, started,
                failingPhase, log, requests, verifiers, trajectory);
    }

    Diagnosis diagnosis() {
        return new Classifier().classify(evidence());
    }

    private static Evidence.Request request(String name, Optional<Integer> status, int expected, int passed, List<String> failures,
                                            Optional<String> blockedBy) {
        String[] parts = name.split(" ", 3);
        return new Evidence.Request(name, Optional.of(parts[0]), Optional.of("/api" + parts[1].replaceAll("<[^>]+>", "x")), status,
                Optional.of(expected), passed, failures.size(), failures, blockedBy);
    }
}
