package io.stackbench.agent.scripted;

import static io.stackbench.agent.scripted.ScriptedModelServer.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** OpenAI chat completions: {@code choices[0].message} with {@code tool_calls}; streams end with {@code [DONE]}. */
final class ChatCompletionsWire implements Wire {

    private static final long CREATED = 1_700_000_000L;

    @Override
    public Conversation read(JsonNode body) {
        List<String> tools = new ArrayList<>();
        body.path("tools").forEach(t -> tools.add(t.path("function").path("name").asText(t.path("name").asText())));
        int results = 0;
        int turns = 0;
        String lastUser = "";
        for (JsonNode m : body.path("messages")) {
            switch (m.path("role").asText()) {
                case "tool", "function" -> results++;
                case "assistant" -> turns++;
                case "user" -> {
                    String text = Wire.text(m.path("content"));
                    lastUser = text.isEmpty() ? lastUser : text;
                }
                default -> { }
            }
        }
        return new Conversation(tools, results, turns, lastUser);
    }

    @Override
    public JsonNode body(Answer answer) {
        ObjectNode body = head(answer, "chat.completion");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        String text = answer.reply().text();
        if (text.isEmpty()) {
            message.putNull("content");
        } else {
            message.put("content", text);
        }
        message.putNull("refusal");
        ArrayNode calls = JSON.createArrayNode();
        List<Reply.Part> parts = answer.reply().parts();
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k) instanceof Reply.ToolCall call) {
                calls.addObject().put("id", callId(answer, k)).put("type", "function").putObject("function")
                        .put("name", call.name()).put("arguments", call.arguments().toString());
            } else if (parts.get(k) instanceof Reply.RawItem) {
                throw Wire.cannotRender(parts.get(k), Dialect.CHAT_COMPLETIONS);
            }
        }
        if (!calls.isEmpty()) {
            message.set("tool_calls", calls);
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason(answer));
        body.set("usage", usage(answer.usage()));
        return body;
    }

    @Override
    public List<SseEvent> events(Answer answer) {
        List<SseEvent> events = new ArrayList<>();
        ObjectNode first = JSON.createObjectNode().put("role", "assistant").put("content", "");
        events.add(SseEvent.unnamed(chunk(answer, first, null).toString()));
        List<Reply.Part> parts = answer.reply().parts();
        int toolIndex = 0;
        for (int k = 0; k < parts.size(); k++) {
            Reply.Part part = parts.get(k);
            if (part instanceof Reply.Text t) {
                events.add(SseEvent.unnamed(chunk(answer, JSON.createObjectNode().put("content", t.text()), null).toString()));
            } else if (part instanceof Reply.ToolCall call) {
                // Name first, arguments in a later chunk: clients must accumulate by index, as with real servers.
                ObjectNode opening = JSON.createObjectNode();
                opening.putArray("tool_calls").addObject().put("index", toolIndex).put("id", callId(answer, k))
                        .put("type", "function").putObject("function").put("name", call.name()).put("arguments", "");
                events.add(SseEvent.unnamed(chunk(answer, opening, null).toString()));
                ObjectNode arguments = JSON.createObjectNode();
                arguments.putArray("tool_calls").addObject().put("index", toolIndex).putObject("function")
                        .put("arguments", call.arguments().toString());
                events.add(SseEvent.unnamed(chunk(answer, arguments, null).toString()));
                toolIndex++;
            } else {
                throw Wire.cannotRender(part, Dialect.CHAT_COMPLETIONS);
            }
        }
        ObjectNode finish = chunk(answer, JSON.createObjectNode(), finishReason(answer));
        boolean usageChunk = answer.request().path("stream_options").path("include_usage").asBoolean(false);
        if (usageChunk) {
            events.add(SseEvent.unnamed(finish.toString()));
            ObjectNode usage = head(answer, "chat.completion.chunk");
            usage.putArray("choices");
            usage.set("usage", usage(answer.usage()));
            events.add(SseEvent.unnamed(usage.toString()));
        } else {
            // Without include_usage, the usage rides on the last chunk, where most clients still look for it.
            finish.set("usage", usage(answer.usage()));
            events.add(SseEvent.unnamed(finish.toString()));
        }
        events.add(SseEvent.unnamed("[DONE]"));
        return events;
    }

    @Override
    public ObjectNode error(int status, String message) {
        return openAiError(status, message);
    }

    static ObjectNode openAiError(int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        String type = switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_exceeded";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
        body.putObject("error").put("message", message).put("type", type).putNull("param").putNull("code");
        return body;
    }

    private static ObjectNode head(Answer answer, String object) {
        return JSON.createObjectNode().put("id", "chatcmpl-scripted-" + answer.index()).put("object", object)
                .put("created", CREATED).put("model", answer.model());
    }

    private static String callId(Answer answer, int part) {
        return "call_" + answer.index() + "_" + part;
    }

    private static String finishReason(Answer answer) {
        return answer.reply().hasToolCall() ? "tool_calls" : "stop";
    }

    private static ObjectNode chunk(Answer answer, ObjectNode delta, String finishReason) {
        ObjectNode chunk = head(answer, "chat.completion.chunk");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return chunk;
    }

    private static ObjectNode usage(TokenUsage usage) {
        ObjectNode node = JSON.createObjectNode().put("prompt_tokens", usage.inputTokens())
                .put("completion_tokens", usage.outputTokens()).put("total_tokens", usage.totalTokens());
        node.putObject("prompt_tokens_details").put("cached_tokens", usage.cachedInputTokens()).put("audio_tokens", 0);
        node.putObject("completion_tokens_details").put("reasoning_tokens", 0).put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0);
        return node;
    }
}
