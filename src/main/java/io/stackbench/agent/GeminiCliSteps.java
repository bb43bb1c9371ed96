package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One message of a Gemini CLI session as an ATIF step. */
final class GeminiCliSteps {

    /** How the CLI opens a session: its own context (date, OS, folders), sent as a user turn. */
    private static final String CONTEXT_TAG = "<session_context>";

    private GeminiCliSteps() {
    }

    /**
     * The step for a message; none for a user turn that only carries tool results, which are
     * already on the model turn that made the calls ({@code toolCalls[].result}).
     */
    static Optional<Atif.Step> step(int id, JsonNode message) {
        Optional<String> time = text(message.path("timestamp"));
        String type = message.path("type").asText();
        String text = contentText(message.path("content"));
        return switch (type) {
            case "gemini" -> Optional.of(agentStep(id, time, message, text));
            case "user" -> text.isEmpty() ? Optional.empty()
                    : Optional.of(Atif.Step.message(id, text.startsWith(CONTEXT_TAG) ? "system" : "user", text, time));
            // info, warning, error: what the CLI itself said during the session.
            default -> text.isEmpty() ? Optional.empty() : Optional.of(new Atif.Step(id, time, "system", Optional.empty(), text,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Map.of("gemini_type", type))));
        };
    }

    private static Atif.Step agentStep(int id, Optional<String> time, JsonNode message, String text) {
        List<Atif.ToolCall> calls = new ArrayList<>();
        List<Atif.ObservationResult> results = new ArrayList<>();
        for (JsonNode call : message.path("toolCalls")) {
            String callId = call.path("id").asText();
            calls.add(new Atif.ToolCall(callId, call.path("name").asText(), call.path("args")));
            results.add(new Atif.ObservationResult(Optional.of(callId), result(call)));
        }
        List<String> thoughts = new ArrayList<>();
        for (JsonNode thought : message.path("thoughts")) {
            String subject = thought.path("subject").asText("");
            String description = thought.path("description").asText("");
            thoughts.add(subject.isEmpty() ? description : subject + ": " + description);
        }
        JsonNode tokens = message.path("tokens");
        Optional<Atif.Metrics> metrics = tokens.isObject() ? Optional.of(new Atif.Metrics(
                Optional.of(tokens.path("input").asLong() + tokens.path("tool").asLong()),
                Optional.of(tokens.path("output").asLong() + tokens.path("thoughts").asLong()),
                Optional.of(tokens.path("cached").asLong()), Optional.empty(), Optional.empty())) : Optional.empty();
        return new Atif.Step(id, time, "agent", text(message.path("model")), text,
                thoughts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", thoughts)),
                calls.isEmpty() ? Optional.empty() : Optional.of(calls),
                results.isEmpty() ? Optional.empty() : Optional.of(new Atif.Observation(results)), metrics, Optional.empty());
    }

    /** What a tool returned to the model: its function response's output or error. */
    private static String result(JsonNode call) {
        List<String> parts = new ArrayList<>();
        for (JsonNode part : call.path("result")) {
            JsonNode response = part.path("functionResponse").path("response");
            if (response.path("output").isTextual()) {
                parts.add(response.path("output").asText());
            } else if (response.path("error").isTextual()) {
                parts.add("error: " + response.path("error").asText());
            } else if (!response.isMissingNode()) {
                parts.add(response.toString());
            } else if (part.path("text").isTextual()) {
                parts.add(part.path("text").asText());
            }
        }
        if (parts.isEmpty() && call.path("resultDisplay").isTextual()) {
            parts.add(call.path("resultDisplay").asText());
        }
        return String.join("\n", parts);
    }

    /** A message's text: a plain string, or the text parts of a part list. */
    private static String contentText(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content) {
            if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                texts.add(part.path("text").asText());
            }
        }
        return String.join("\n", texts);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }
}
