package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gemini CLI's session file, {@code .gemini/tmp/<project>/chats/session-*.jsonl} under its home,
 * as an ATIF trajectory. The file is a log of edits: a metadata line, message records (a later
 * record with the same {@code id} replaces the earlier one, in place), {@code $set} records
 * (a {@code messages} list replaces them all) and {@code $rewindTo} records (drop that message
 * and everything after it). Replaying them gives the conversation the CLI would resume.
 */
final class GeminiCliSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeminiCliSession() {
    }

    /** The main session's file: the one named by {@code sessionId} if given, else the newest. */
    static Optional<Path> find(Path home, Optional<String> sessionId) {
        Path tmp = home.resolve(".gemini").resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(tmp, 3)) {
            List<Path> sessions = files.filter(f -> f.getParent().getFileName().toString().equals("chats")
                    && f.getFileName().toString().startsWith("session-") && f.getFileName().toString().endsWith(".jsonl")).toList();
            return sessions.stream().filter(f -> header(f).map(h -> sessionId.map(id -> id.equals(h.path("sessionId").asText()))
                            .orElse(!"subagent".equals(h.path("kind").asText()))).orElse(false))
                    .max(Comparator.comparing(GeminiCliSession::modified));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The replayed conversation as ATIF, with the run's totals; empty if the file holds no session. */
    static Optional<Atif.Trajectory> trajectory(Path file, Usage usage, Optional<Integer> steps) {
        List<String> lines = AgentOutput.lines(file);
        Optional<JsonNode> header = lines.isEmpty() ? Optional.empty() : parse(lines.get(0));
        if (header.isEmpty() || !header.get().has("sessionId")) {
            return Optional.empty();
        }
        List<Atif.Step> out = new ArrayList<>();
        Optional<String> model = Optional.empty();
        for (JsonNode message : replay(lines.subList(1, lines.size())).values()) {
            Optional<Atif.Step> step = GeminiCliSteps.step(out.size() + 1, message);
            step.ifPresent(out::add);
            if (model.isEmpty() && "gemini".equals(message.path("type").asText()) && message.hasNonNull("model")) {
                model = Optional.of(message.path("model").asText());
            }
        }
        // The CLI's own version is not in its session or its output; the generation records it.
        Atif.AgentInfo agent = new Atif.AgentInfo("gemini-cli", "unknown", model);
        return Optional.of(new Atif.Trajectory(Atif.SCHEMA_VERSION, header.get().path("sessionId").asText(), agent, out,
                Optional.empty(), Optional.of(Atif.FinalMetrics.of(usage, steps)), Optional.empty()));
    }

    private static Map<String, JsonNode> replay(List<String> lines) {
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        for (String line : lines) {
            Optional<JsonNode> record = parse(line);
            if (record.isEmpty()) {
                continue;
            }
            JsonNode r = record.get();
            if (r.path("$rewindTo").isTextual()) {
                rewind(messages, r.path("$rewindTo").asText());
            } else if (r.path("id").isTextual()) {
                messages.put(r.path("id").asText(), r);
            } else if (r.path("$set").path("messages").isArray()) {
                messages.clear();
                r.path("$set").path("messages").forEach(m -> {
                    if (m.path("id").isTextual()) {
                        messages.put(m.path("id").asText(), m);
                    }
                });
            }
        }
        return messages;
    }

    private static void rewind(Map<String, JsonNode> messages, String id) {
        if (!messages.containsKey(id)) {
            messages.clear();
            return;
        }
        boolean drop = false;
        for (var it = messages.keySet().iterator(); it.hasNext(); ) {
            drop |= it.next().equals(id);
            if (drop) {
                it.remove();
            }
        }
    }

    private static Optional<JsonNode> header(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().flatMap(GeminiCliSession::parse);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<JsonNode> parse(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
