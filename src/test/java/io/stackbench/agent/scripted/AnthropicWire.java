package io.stackbench.agent.scripted;

import static io.stackbench.agent.scripted.ScriptedModelServer.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Anthropic Messages: {@code text} and {@code tool_use} content blocks. Its {@code input_tokens} excludes
 * cache reads, which come as {@code cache_read_input_tokens}.
 */
final class AnthropicWire implements Wire {

    @Override
    public Conversation read(JsonNode body) {
        List<String> tools = new ArrayList<>();
        body.path("tools").forEach(t -> tools.add(t.path("name").asText()));
        int results = 0;
        int turns = 0;
        String lastUser = "";
        for (JsonNode m : body.path("messages")) {
            if (m.path("role").asText().equals("assistant")) {
                turns++;
                continue;
            }
            for (JsonNode block : m.path("content")) {
                results += block.path("type").asText().equals("tool_result") ? 1 : 0;
            }
            String text = Wire.text(m.path("content"));
            lastUser = text.isEmpty() ? lastUser : text;
        }
        return new Conversation(tools, results, turns, lastUser);
    }

    @Override
    public JsonNode body(Answer answer) {
        ObjectNode message = message(answer);
        List<Reply.Part> parts = answer.reply().parts();
        for (int k = 0; k < parts.size(); k++) {
            message.withArray("content").add(block(answer, parts.get(k), k, true));
        }
        message.put("stop_reason", stopReason(answer));
        message.set("usage", usage(answer.usage(), answer.usage().outputTokens()));
        return message;
    }

    @Override
    public List<SseEvent> events(Answer answer) {
        List<SseEvent> events = new ArrayList<>();
        ObjectNode opening = message(answer);
        opening.putArray("content");
        opening.putNull("stop_reason");
        opening.set("usage", usage(answer.usage(), 1));
        events.add(event("message_start", JSON.createObjectNode().set("message", opening)));
        events.add(event("ping", JSON.createObjectNode()));
        List<Reply.Part> parts = answer.reply().parts();
        for (int k = 0; k < parts.size(); k++) {
            Reply.Part part = parts.get(k);
            events.add(event("content_block_start", JSON.createObjectNode().put("index", k)
                    .set("content_block", block(answer, part, k, false))));
            ObjectNode delta = part instanceof Reply.ToolCall call
                    ? JSON.createObjectNode().put("type", "input_json_delta").put("partial_json", call.arguments().toString())
                    : JSON.createObjectNode().put("type", "text_delta").put("text", ((Reply.Text) part).text());
            events.add(event("content_block_delta", JSON.createObjectNode().put("index", k).set("delta", delta)));
            events.add(event("content_block_stop", JSON.createObjectNode().put("index", k)));
        }
        ObjectNode end = JSON.createObjectNode();
        end.putObject("delta").put("stop_reason", stopReason(answer)).putNull("stop_sequence");
        // Cumulative, as the API sends it: output tokens final, input the same as in message_start.
        end.set("usage", usage(answer.usage(), answer.usage().outputTokens()));
        events.add(event("message_delta", end));
        events.add(event("message_stop", JSON.createObjectNode()));
        return events;
    }

    @Override
    public ObjectNode error(int status, String message) {
        String type = switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> "api_error";
        };
        ObjectNode body = JSON.createObjectNode().put("type", "error");
        body.putObject("error").put("type", type).put("message", message);
        return body;
    }

    private static SseEvent event(String type, JsonNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", type);
        event.setAll((ObjectNode) data);
        return SseEvent.named(type, event);
    }

    private static ObjectNode message(Answer answer) {
        ObjectNode message = JSON.createObjectNode().put("id", "msg_scripted_" + answer.index()).put("type", "message")
                .put("role", "assistant").put("model", answer.model());
        message.putArray("content");
        message.putNull("stop_sequence");
        return message;
    }

    /** A content block; streamed blocks open empty and get their text or input through deltas. */
    private static ObjectNode block(Answer answer, Reply.Part part, int k, boolean complete) {
        if (part instanceof Reply.Text t) {
            return JSON.createObjectNode().put("type", "text").put("text", complete ? t.text() : "");
        }
        if (part instanceof Reply.ToolCall call) {
            ObjectNode block = JSON.createObjectNode().put("type", "tool_use").put("id", "toolu_scripted_" + answer.index() + "_" + k)
                    .put("name", call.name());
            block.set("input", complete ? call.arguments() : JSON.createObjectNode());
            return block;
        }
        throw Wire.cannotRender(part, Dialect.ANTHROPIC_MESSAGES);
    }

    private static String stopReason(Answer answer) {
        return answer.reply().hasToolCall() ? "tool_use" : "end_turn";
    }

    private static ObjectNode usage(TokenUsage usage, long outputTokens) {
        return JSON.createObjectNode().put("input_tokens", usage.uncachedInputTokens())
                .put("cache_creation_input_tokens", 0).put("cache_read_input_tokens", usage.cachedInputTokens())
                .put("output_tokens", outputTokens);
    }
}
