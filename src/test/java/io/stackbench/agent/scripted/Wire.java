package io.stackbench.agent.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** One dialect's shapes: what its requests hold, and its replies as one JSON body or as stream events. */
interface Wire {

    /** What a request's conversation holds. */
    record Conversation(List<String> toolNames, int toolResults, int assistantTurns, String lastUserText) {
    }

    /** A reply to render for call {@code index}, with the usage to report. */
    record Answer(int index, String model, JsonNode request, Reply reply, TokenUsage usage) {
    }

    /** One server-sent event; {@code name} is the {@code event:} line, absent for dialects without one. */
    record SseEvent(Optional<String> name, String data) {

        static SseEvent named(String name, JsonNode data) {
            return new SseEvent(Optional.of(name), data.toString());
        }

        static SseEvent unnamed(String data) {
            return new SseEvent(Optional.empty(), data);
        }
    }

    Conversation read(JsonNode body);

    JsonNode body(Answer answer);

    List<SseEvent> events(Answer answer);

    ObjectNode error(int status, String message);

    /** The text of a message's content: a string, or the {@code text} of each part of an array. */
    static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    /** Thrown while rendering a part the dialect cannot express (a raw Responses item elsewhere). */
    static IllegalArgumentException cannotRender(Reply.Part part, Dialect dialect) {
        return new IllegalArgumentException(part.getClass().getSimpleName() + " cannot be rendered in " + dialect);
    }
}
