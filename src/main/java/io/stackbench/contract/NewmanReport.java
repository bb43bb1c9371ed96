package io.stackbench.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads newman's JSON reporter output into per-assertion results. */
public final class NewmanReport {

    private final ObjectMapper json;

    public NewmanReport(ObjectMapper json) {
        this.json = json;
    }

    public SuiteResult parse(Path report) {
        JsonNode root;
        try {
            root = json.readTree(report.toFile());
        } catch (IOException e) {
            throw StackBenchException.unexpectedState("newman's report " + report + " is not readable JSON: " + e.getMessage(), e);
        }
        JsonNode run = root.path("run");
        List<AssertionResult> assertions = new ArrayList<>();
        int requests = 0;
        for (JsonNode execution : run.path("executions")) {
            requests++;
            String request = describe(execution);
            for (JsonNode a : execution.path("assertions")) {
                if (a.path("skipped").asBoolean(false)) {
                    continue;
                }
                JsonNode error = a.path("error");
                boolean passed = error.isMissingNode() || error.isNull();
                assertions.add(new AssertionResult(request, a.path("assertion").asText(),
                        passed, passed ? "" : error.path("message").asText(error.toString())));
            }
        }
        int passed = (int) assertions.stream().filter(AssertionResult::passed).count();
        int scriptErrors = run.path("stats").path("testScripts").path("failed").asInt(0)
                + run.path("stats").path("prerequestScripts").path("failed").asInt(0);
        return new SuiteResult(requests, assertions.size(), passed, assertions.size() - passed, scriptErrors, assertions);
    }

    private static String describe(JsonNode execution) {
        String name = execution.path("item").path("name").asText("?");
        JsonNode request = execution.path("request");
        List<String> segments = new ArrayList<>();
        request.path("url").path("path").forEach(p -> segments.add(p.asText()));
        return name + " [" + request.path("method").asText("?") + " /" + String.join("/", segments) + "]";
    }
}
