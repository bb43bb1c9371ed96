package io.stackbench.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence of a StackBench run directory: {@code result.json}, {@code assertions.json}, the
 * server's log, the verifiers' findings and, when a sweep generated the solution, the agent's
 * exit reason and last turns.
 */
final class RunEvidence {

    /** The tail of a log the rules read: exceptions near the end explain the failures. */
    static final int LOG_TAIL_LINES = 400;
    static final int TRAJECTORY_TAIL_LINES = 40;
    private static final Pattern REQUEST = Pattern.compile("^(.*) \\[([A-Z]+) ([^\\]]*)\\]$");
    private static final Pattern EXPECTED_STATUS = Pattern.compile("→ (\\d{3})$");
    /** newman's and chai's words for a wrong status: "HTTP status: expected 500 to equal 201", "status code 201 but got 500". */
    private static final Pattern GOT_STATUS = Pattern.compile("(?:status: expected (\\d{3}) to equal \\d{3})|(?:status code \\d{3} but got (\\d{3}))");

    private final ObjectMapper json;

    RunEvidence(ObjectMapper json) {
        this.json = json;
    }

    /** The evidence of the run in {@code runDir}, whose {@code result.json} the caller has read as {@code result}. */
    Evidence read(Path runDir, String id, JsonNode result) {
        JsonNode task = result.path("task");
        Optional<Evidence.Phase> failing = Optional.empty();
        boolean started = false;
        boolean startRan = false;
        for (JsonNode phase : result.path("phases")) {
            String name = phase.path("name").asText();
            String status = phase.path("status").asText();
            if (name.equals("start")) {
                startRan = !status.equals("SKIPPED");
                started = status.equals("PASSED");
            }
            if (status.equals("FAILED") && failing.isEmpty()) {
                failing = Optional.of(new Evidence.Phase(name, phase.path("message").asText("")));
            }
        }
        JsonNode generation = readJson(runDir.resolve("generation/generation.json")).orElse(result.path("generation"));
        Optional<String> exitReason = text(generation.path("exitReason"));
        return new Evidence(id, text(task.path("id")), text(task.path("framework")), text(task.path("runtime")),
                exitReason, startRan ? Optional.of(started) : Optional.empty(), failing,
                tail(runDir.resolve("logs/server.log"), LOG_TAIL_LINES).orElse(""),
                requests(runDir.resolve("assertions.json"), databaseErrors(runDir.resolve("sql.jsonl"))),
                verifiers(result.path("verifiers")), trajectory(runDir));
    }

    /**
     * The statements PostgreSQL refused during the suite, by the request in flight: the database's
     * own word on a failure, where the server's log may have swallowed it.
     */
    private Map<String, List<String>> databaseErrors(Path statements) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (!Files.isRegularFile(statements)) {
            return errors;
        }
        try (java.io.BufferedReader reader = Files.newBufferedReader(statements)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.contains("\"error\"")) {
                    continue;
                }
                JsonNode entry = json.readTree(line);
                if (entry.path("phase").asText().equals("suite") && entry.hasNonNull("request")) {
                    String sql = entry.path("statement").asText();
                    errors.computeIfAbsent(entry.get("request").asText(), k -> new ArrayList<>()).add("sql.jsonl:" + number + " "
                            + entry.path("error").asText() + ": " + (sql.length() > 160 ? sql.substring(0, 160) + "…" : sql));
                }
            }
        } catch (IOException e) {
            return errors;  // A broken record is no evidence.
        }
        return errors;
    }

    private List<Evidence.Request> requests(Path assertionsFile, Map<String, List<String>> databaseErrors) {
        Optional<JsonNode> assertions = readJson(assertionsFile);
        if (assertions.isEmpty()) {
            return List.of();
        }
        Map<String, List<JsonNode>> byRequest = new LinkedHashMap<>();
        assertions.get().forEach(a -> byRequest.computeIfAbsent(a.path("request").asText(), k -> new ArrayList<>()).add(a));
        List<Evidence.Request> requests = new ArrayList<>();
        byRequest.forEach((request, results) -> {
            Matcher m = REQUEST.matcher(request);
            String name = m.matches() ? m.group(1) : request;
            Optional<String> method = m.matches() ? Optional.of(m.group(2)) : Optional.empty();
            Optional<String> path = m.matches() ? Optional.of(m.group(3)) : Optional.empty();
            Optional<Integer> status = Optional.empty();
            Optional<Integer> expected = Optional.empty();
            Optional<String> blockedBy = Optional.empty();
            int passed = 0;
            List<String> failures = new ArrayList<>();
            for (JsonNode a : results) {
                String assertion = a.path("assertion").asText();
                Matcher e = EXPECTED_STATUS.matcher(assertion);
                boolean statusAssertion = e.find();
                if (statusAssertion) {
                    expected = Optional.of(Integer.parseInt(e.group(1)));
                }
                if (a.path("status").isInt()) {
                    status = Optional.of(a.path("status").asInt());
                }
                if (a.path("blockedBy").isTextual()) {
                    blockedBy = Optional.of(a.path("blockedBy").asText());
                }
                if (a.path("passed").asBoolean()) {
                    passed++;
                    if (statusAssertion && status.isEmpty()) {
                        status = expected;  // the status assertion passed: it got what it expected
                    }
                } else {
                    String error = a.path("error").asText("");
                    failures.add(assertion + ": " + error);
                    Matcher got = GOT_STATUS.matcher(error);
                    if (got.find() && status.isEmpty()) {
                        status = Optional.of(Integer.parseInt(got.group(1) != null ? got.group(1) : got.group(2)));
                    }
                }
            }
            requests.add(new Evidence.Request(name, method, path, status, expected, passed, failures.size(), failures, blockedBy,
                    databaseErrors.getOrDefault(name, List.of())));
        });
        return requests;
    }

    private static List<Evidence.VerifierOutcome> verifiers(JsonNode verdicts) {
        List<Evidence.VerifierOutcome> outcomes = new ArrayList<>();
        for (JsonNode v : verdicts) {
            List<String> findings = new ArrayList<>();
            v.path("findings").forEach(f -> findings.add(f.path("ruleId").asText() + " " + f.path("file").asText() + ":"
                    + f.path("line").asInt() + " " + f.path("message").asText()));
            outcomes.add(new Evidence.VerifierOutcome(v.path("verifier").asText(), v.path("passed").asBoolean(), findings));
        }
        return outcomes;
    }

    private Optional<String> trajectory(Path runDir) {
        for (String record : List.of("generation/agent/trajectory.jsonl", "generation/agent/agent.log")) {
            Optional<String> text = tail(runDir.resolve(record), TRAJECTORY_TAIL_LINES);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();  // A broken record is no evidence; the caller says what it lacked.
        }
    }

    static Optional<String> tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> all = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
            return Optional.of(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }
}
