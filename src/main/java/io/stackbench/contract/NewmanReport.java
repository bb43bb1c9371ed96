package io.stackbench.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads newman's JSON reporter output into per-assertion results, each with its request's HTTP
 * status and, when it failed, the earlier failed request it depends on (if any).
 */
public final class NewmanReport {

    private final ObjectMapper json;

    public NewmanReport(ObjectMapper json) {
        this.json = json;
    }

    /** Reads a report with no dependency data: every failure is a root failure. */
    public SuiteResult parse(Path report) {
        return parse(report, SuiteItems.NONE);
    }

    /** Reads a report of a run of {@code suite}, with the dependencies its collection records. */
    public SuiteResult parse(Path report, Suite suite) {
        return parse(report, SuiteItems.read(suite.collection(), json));
    }

    SuiteResult parse(Path report, SuiteItems dependencies) {
        JsonNode root;
        try {
            root = json.readTree(report.toFile());
        } catch (IOException e) {
            throw StackBenchException.unexpectedState("newman's report " + report + " is not readable JSON: " + e.getMessage(), e);
        }
        JsonNode run = root.path("run");
        List<Execution> executions = new ArrayList<>();
        run.path("executions").forEach(e -> executions.add(Execution.of(e)));
        List<AssertionResult> assertions = new ArrayList<>();
        // A variable is unavailable until a request that captures it runs cleanly: until then, the
        // earliest failed request that should have captured it explains failures of its users.
        Set<String> captured = new HashSet<>();
        Map<String, Integer> unavailable = new HashMap<>();
        for (int i = 0; i < executions.size(); i++) {
            Execution execution = executions.get(i);
            SuiteItems.Request deps = dependencies.of(execution.name());
            Optional<String> blockedBy = deps.uses().stream().map(unavailable::get).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).map(j -> executions.get(j).name());
            for (JsonNode a : execution.assertions()) {
                boolean passed = passed(a);
                String assertion = a.path("assertion").asText();
                assertions.add(new AssertionResult(execution.request(), assertion, passed,
                        passed ? "" : a.path("error").path("message").asText(a.path("error").toString()),
                        execution.name(), execution.status(), passed ? Optional.empty() : blockedBy,
                        deps.operation(), deps.featureOf(assertion), deps.requires()));
            }
            for (String variable : deps.captures()) {
                if (!execution.failed()) {
                    captured.add(variable);
                    unavailable.remove(variable);
                } else if (!captured.contains(variable)) {
                    unavailable.putIfAbsent(variable, i);
                }
            }
        }
        int passed = (int) assertions.stream().filter(AssertionResult::passed).count();
        int scriptErrors = run.path("stats").path("testScripts").path("failed").asInt(0)
                + run.path("stats").path("prerequestScripts").path("failed").asInt(0);
        return new SuiteResult(executions.size(), assertions.size(), passed, assertions.size() - passed, scriptErrors, assertions);
    }

    private static boolean passed(JsonNode assertion) {
        JsonNode error = assertion.path("error");
        return error.isMissingNode() || error.isNull();
    }

    /**
     * One request as newman ran it.
     *
     * @param assertions the assertions that ran (not skipped)
     * @param failed no response, a failed assertion or a script that threw: what it should have
     *               captured may be missing
     */
    private record Execution(String name, String request, Optional<Integer> status, List<JsonNode> assertions,
                             boolean failed) {

        static Execution of(JsonNode execution) {
            String name = execution.path("item").path("name").asText("?");
            JsonNode code = execution.path("response").path("code");
            Optional<Integer> status = code.isInt() ? Optional.of(code.asInt()) : Optional.empty();
            List<JsonNode> ran = new ArrayList<>();
            execution.path("assertions").forEach(a -> {
                if (!a.path("skipped").asBoolean(false)) {
                    ran.add(a);
                }
            });
            boolean failed = status.isEmpty()
                    || !ran.stream().allMatch(NewmanReport::passed)
                    || !execution.path("testScript").isEmpty() || !execution.path("prerequestScript").isEmpty();
            return new Execution(name, describe(name, execution.path("request")), status, ran, failed);
        }

        private static String describe(String name, JsonNode request) {
            List<String> segments = new ArrayList<>();
            request.path("url").path("path").forEach(p -> segments.add(p.asText()));
            return name + " [" + request.path("method").asText("?") + " /" + String.join("/", segments) + "]";
        }
    }
}
