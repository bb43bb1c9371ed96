package io.stackbench.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Failure records from other harnesses: JSON Lines, one failed run per line (the schema is in
 * {@code docs/diagnose.md}). Missing fields mean unknown; a line that is not a record is an
 * error of that line alone.
 */
final class FailureRecords {

    private static final Set<String> FIELDS = Set.of("id", "task", "framework", "runtime", "exitReason", "serverStarted",
            "serverLog", "requests", "verifiers", "trajectory");

    private final ObjectMapper json;

    FailureRecords(ObjectMapper json) {
        this.json = json;
    }

    /** The records of a file, and one error per line that could not be read. */
    Diagnose.Read read(Path file) {
        List<String> lines;
        try {
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw StackBenchException.invalidInput("cannot read the records " + file + ": " + e.getMessage());
        }
        List<Evidence> records = new ArrayList<>();
        List<Diagnose.RecordError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            try {
                records.add(record(json.readTree(line), where));
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new Diagnose.RecordError(where, e instanceof IOException ? "not JSON: " + firstLine(e.getMessage()) : e.getMessage()));
            }
        }
        return new Diagnose.Read(records, errors);
    }

    private static Evidence record(JsonNode r, String where) {
        if (!r.isObject()) {
            throw new IllegalArgumentException("a record is a JSON object, this line holds " + r.getNodeType().name().toLowerCase());
        }
        String id = r.path("id").isTextual() || r.path("id").isNumber() ? r.path("id").asText() : "";
        if (id.isEmpty()) {
            throw new IllegalArgumentException("the record has no 'id'");
        }
        List<String> unknown = new ArrayList<>();
        r.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " has unknown fields " + unknown + "; fields are " + FIELDS);
        }
        Optional<String> runtime = text(r, "runtime", id);
        if (runtime.isPresent() && !Set.of("python", "node").contains(runtime.get())) {
            throw new IllegalArgumentException("record " + id + ": 'runtime' is python or node, not '" + runtime.get() + "'");
        }
        Optional<Boolean> started = Optional.empty();
        if (r.has("serverStarted") && !r.get("serverStarted").isNull()) {
            if (!r.get("serverStarted").isBoolean()) {
                throw new IllegalArgumentException("record " + id + ": 'serverStarted' is true, false or null");
            }
            started = Optional.of(r.get("serverStarted").asBoolean());
        }
        List<Evidence.Request> requests = new ArrayList<>();
        JsonNode list = r.path("requests");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw new IllegalArgumentException("record " + id + ": 'requests' is a list");
        }
        for (JsonNode q : list) {
            String name = q.path("name").asText("");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("record " + id + ": a request has no 'name'");
            }
            Optional<Integer> status = q.path("status").isInt() ? Optional.of(q.path("status").asInt()) : Optional.empty();
            requests.add(new Evidence.Request(name, text(q, "method", id), text(q, "path", id), status, Optional.empty(),
                    q.path("passed").asInt(0), q.path("failed").asInt(0), List.of(), Optional.empty()));
        }
        List<Evidence.VerifierOutcome> verifiers = new ArrayList<>();
        for (JsonNode v : r.path("verifiers")) {
            if (!v.path("passed").isBoolean()) {
                throw new IllegalArgumentException("record " + id + ": a verifier needs 'passed' true or false");
            }
            verifiers.add(new Evidence.VerifierOutcome(v.path("verifier").asText("?"), v.path("passed").asBoolean(), List.of()));
        }
        return new Evidence(id, text(r, "task", id), text(r, "framework", id), runtime, text(r, "exitReason", id), started,
                Optional.empty(), text(r, "serverLog", id).orElse(""), requests, verifiers, text(r, "trajectory", id));
    }

    private static Optional<String> text(JsonNode node, String field, String id) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("record " + id + ": '" + field + "' is text or null");
        }
        return Optional.of(v.asText());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
