package io.stackbench.agent.scripted;

import static io.stackbench.agent.scripted.ScriptedModelServer.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Gemini generateContent: {@code candidates[0].content.parts} of {@code text} or {@code functionCall};
 * a stream is one chunk per part, the last with {@code finishReason} and {@code usageMetadata}
 * ({@code promptTokenCount} includes {@code cachedContentTokenCount}).
 */
final class GeminiWire implements Wire {

    @Override
    public Conversation read(JsonNode body) {
        List<String> tools = new ArrayList<>();
        for (JsonNode tool : body.path("tools")) {
            JsonNode declarations = tool.has("functionDeclarations") ? tool.path("functionDeclarations")
                    : tool.path("function_declarations");
            declarations.forEach(d -> tools.add(d.path("name").asText()));
        }
        int results = 0;
        int turns = 0;
        String lastUser = "";
        for (JsonNode content : body.path("contents")) {
            if (content.path("role").asText().equals("model")) {
                turns++;
                continue;
            }
            for (JsonNode part : content.path("parts")) {
                results += part.has("functionResponse") || part.has("function_response") ? 1 : 0;
            }
            String text = Wire.text(content.path("parts"));
            lastUser = text.isEmpty() ? lastUser : text;
        }
        return new Conversation(tools, results, turns, lastUser);
    }

    @Override
    public JsonNode body(Answer answer) {
        ArrayNode parts = JSON.createArrayNode();
        answer.reply().parts().forEach(p -> parts.add(part(p)));
        return chunk(answer, parts, true);
    }

    @Override
    public List<SseEvent> events(Answer answer) {
        List<SseEvent> events = new ArrayList<>();
        List<Reply.Part> parts = answer.reply().parts();
        for (int k = 0; k < parts.size(); k++) {
            ArrayNode one = JSON.createArrayNode().add(part(parts.get(k)));
            events.add(SseEvent.unnamed(chunk(answer, one, k == parts.size() - 1).toString()));
        }
        return events;
    }

    @Override
    public ObjectNode error(int status, String message) {
        String code = switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            default -> "INTERNAL";
        };
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", status).put("message", message).put("status", code);
        return body;
    }

    private static ObjectNode part(Reply.Part part) {
        if (part instanceof Reply.Text t) {
            return JSON.createObjectNode().put("text", t.text());
        }
        if (part instanceof Reply.ToolCall call) {
            ObjectNode node = JSON.createObjectNode();
            node.putObject("functionCall").put("name", call.name()).set("args", call.arguments());
            return node;
        }
        throw Wire.cannotRender(part, Dialect.GEMINI);
    }

    private static ObjectNode chunk(Answer answer, ArrayNode parts, boolean last) {
        ObjectNode chunk = JSON.createObjectNode();
        ObjectNode candidate = chunk.putArray("candidates").addObject();
        candidate.putObject("content").put("role", "model").set("parts", parts);
        candidate.put("index", 0);
        if (last) {
            candidate.put("finishReason", "STOP");
            TokenUsage usage = answer.usage();
            chunk.putObject("usageMetadata").put("promptTokenCount", usage.inputTokens())
                    .put("cachedContentTokenCount", usage.cachedInputTokens())
                    .put("candidatesTokenCount", usage.outputTokens()).put("totalTokenCount", usage.totalTokens());
        }
        chunk.put("modelVersion", answer.model()).put("responseId", "scripted-" + answer.index());
        return chunk;
    }
}
