package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Codex session as its rollout file ({@code CODEX_HOME/sessions/YYYY/MM/DD/rollout-*.jsonl})
 * records it: one JSON object per line, {@code {timestamp, type, payload}}. A model call's output
 * items ({@code response_item}: reasoning, assistant message, function or custom tool call) come
 * before the {@code token_usage_record} that closes the call with its usage; the tools' outputs
 * follow, matched to their call by {@code call_id}. This is Codex's own session format, not a
 * documented interface, which is why the pinned version is the one it was read from (0.171.0).
 */
final class CodexRollout {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String sessionId = "";
    private String version = "unknown";
    private Optional<String> model = Optional.empty();
    private final List<Atif.Step> userSteps = new ArrayList<>();
    private final List<Turn> turns = new ArrayList<>();
    private Turn open;
    private final Map<String, Turn> byCallId = new HashMap<>();

    /** A model call being read: what it produced, its tools' results, and its usage once recorded. */
    private static final class Turn {
        final String timestamp;
        final Optional<String> model;
        final List<String> text = new ArrayList<>();
        final List<String> reasoning = new ArrayList<>();
        final List<Atif.ToolCall> calls = new ArrayList<>();
        final List<Atif.ObservationResult> results = new ArrayList<>();
        final int after;
        Optional<Usage> usage = Optional.empty();

        Turn(String timestamp, Optional<String> model, int after) {
            this.timestamp = timestamp;
            this.model = model;
            this.after = after;
        }
    }

    /** Reads a rollout; lines that are not JSON (a write cut short) are skipped. */
    static CodexRollout read(Path file) {
        CodexRollout rollout = new CodexRollout();
        AgentOutput.jsonObjects(file).forEach(rollout::accept);
        return rollout;
    }

    private void accept(JsonNode line) {
        String timestamp = line.path("timestamp").asText("");
        JsonNode payload = line.path("payload");
        switch (line.path("type").asText()) {
            case "session_meta" -> {
                sessionId = payload.path("id").asText(sessionId);
                version = payload.path("cli_version").asText(version);
            }
            case "turn_context" -> model = Optional.of(payload.path("model").asText()).filter(m -> !m.isEmpty());
            case "event_msg" -> userMessage(payload, timestamp);
            case "response_item" -> item(payload, timestamp);
            case "token_usage_record" -> {
                JsonNode usage = payload.path("usage");
                turn(timestamp).usage = Optional.of(Usage.of(usage.path("input_tokens").asLong(),
                        usage.path("cached_input_tokens").asLong(), usage.path("output_tokens").asLong(), Optional.empty()));
                open = null;
            }
            default -> {
                // world_state and the like: Codex's bookkeeping, nothing the trajectory shows.
            }
        }
    }

    /** The task as the user gave it (the developer and environment messages Codex adds are left out). */
    private void userMessage(JsonNode payload, String timestamp) {
        JsonNode item = payload.path("item");
        if ("item_completed".equals(payload.path("type").asText()) && "UserMessage".equals(item.path("type").asText())) {
            StringBuilder text = new StringBuilder();
            item.path("content").forEach(part -> text.append(part.path("text").asText()));
            userSteps.add(Atif.Step.message(0, "user", text.toString(), Optional.of(timestamp).filter(t -> !t.isEmpty())));
        }
    }

    private void item(JsonNode item, String timestamp) {
        switch (item.path("type").asText()) {
            case "reasoning" -> {
                StringBuilder text = new StringBuilder();
                item.path("summary").forEach(part -> text.append(part.path("text").asText()));
                item.path("content").forEach(part -> text.append(part.path("text").asText()));
                if (!text.isEmpty()) {
                    turn(timestamp).reasoning.add(text.toString());
                }
            }
            case "message" -> {
                if ("assistant".equals(item.path("role").asText())) {
                    StringBuilder text = new StringBuilder();
                    item.path("content").forEach(part -> text.append(part.path("text").asText()));
                    turn(timestamp).text.add(text.toString());
                }
            }
            case "function_call" -> call(timestamp, item, arguments(item.path("arguments").asText()));
            case "custom_tool_call" -> call(timestamp, item, JsonNodeFactory.instance.objectNode().put("input", item.path("input").asText()));
            case "function_call_output", "custom_tool_call_output" -> {
                Turn turn = byCallId.get(item.path("call_id").asText());
                if (turn != null) {
                    turn.results.add(new Atif.ObservationResult(Optional.of(item.path("call_id").asText()), output(item.path("output"))));
                }
            }
            default -> {
                // Messages Codex itself adds to the conversation (developer instructions, environment context).
            }
        }
    }

    private void call(String timestamp, JsonNode item, JsonNode arguments) {
        Turn turn = turn(timestamp);
        String id = item.path("call_id").asText();
        turn.calls.add(new Atif.ToolCall(id, item.path("name").asText(), arguments));
        byCallId.put(id, turn);
    }

    /** The model call the next output item belongs to, opened by its first item. */
    private Turn turn(String timestamp) {
        if (open == null) {
            open = new Turn(timestamp, model, userSteps.size());
            turns.add(open);
        }
        return open;
    }

    /** A function call's arguments: a JSON object as the model wrote it, else its text under {@code raw}. */
    private static JsonNode arguments(String text) {
        try {
            JsonNode parsed = JSON.readTree(text);
            if (parsed != null && parsed.isObject()) {
                return parsed;
            }
        } catch (IOException e) {
            // Not JSON: kept as the model wrote it.
        }
        return JsonNodeFactory.instance.objectNode().put("raw", text);
    }

    /** A tool's output: text, or content parts whose text is joined. */
    private static String output(JsonNode output) {
        if (output.isTextual()) {
            return output.asText();
        }
        StringBuilder text = new StringBuilder();
        output.forEach(part -> text.append(part.path("text").asText()));
        return text.isEmpty() ? output.toString() : text.toString();
    }

    /** Model calls made; one still open (no usage recorded, the run was cut short) counts too. */
    int modelCalls() {
        return turns.size();
    }

    /** Tokens summed over the model calls; unknown unless every call recorded its usage. */
    Usage usage() {
        Usage total = Usage.of(0, 0, 0, Optional.empty());
        for (Turn turn : turns) {
            if (turn.usage.isEmpty()) {
                return Usage.UNKNOWN;
            }
            total = total.plus(turn.usage.get());
        }
        return total;
    }

    /** The session as ATIF steps: the user's task, then one agent step per model call. */
    List<Atif.Step> steps() {
        List<Atif.Step> steps = new ArrayList<>();
        int user = 0;
        for (Turn turn : turns) {
            while (user < turn.after) {
                steps.add(renumbered(userSteps.get(user++), steps.size() + 1));
            }
            steps.add(new Atif.Step(steps.size() + 1, Optional.of(turn.timestamp).filter(t -> !t.isEmpty()), "agent", turn.model,
                    String.join("\n\n", turn.text), Optional.of(String.join("\n\n", turn.reasoning)).filter(r -> !r.isEmpty()),
                    Optional.of(turn.calls).filter(c -> !c.isEmpty()),
                    Optional.of(turn.results).filter(r -> !r.isEmpty()).map(Atif.Observation::new),
                    turn.usage.map(Atif.Metrics::of), Optional.empty()));
        }
        while (user < userSteps.size()) {
            steps.add(renumbered(userSteps.get(user++), steps.size() + 1));
        }
        return steps;
    }

    private static Atif.Step renumbered(Atif.Step step, int id) {
        return Atif.Step.message(id, step.source(), step.message(), step.timestamp());
    }

    String sessionId() {
        return sessionId;
    }

    String version() {
        return version;
    }

    Optional<String> model() {
        return model;
    }
}
