package io.stackbench.agent.scripted;

import static io.stackbench.agent.scripted.ScriptedModelServer.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI Responses: output items ({@code message}, {@code function_call}, raw items); streams are typed
 * events, each with a {@code sequence_number}, ending in {@code response.completed} with the whole response.
 */
final class ResponsesWire implements Wire {

    private static final long CREATED = 1_700_000_000L;

    @Override
    public Conversation read(JsonNode body) {
        List<String> tools = new ArrayList<>();
        // Built-in tools (local_shell, web_search) have a type and no name.
        body.path("tools").forEach(t -> tools.add(t.path("name").asText(t.path("type").asText())));
        JsonNode input = body.path("input");
        if (input.isTextual()) {
            return new Conversation(tools, 0, 0, input.asText());
        }
        int results = 0;
        int turns = 0;
        boolean inModelTurn = false;
        String lastUser = "";
        for (JsonNode item : input) {
            String type = item.path("type").asText("message");
            String role = item.path("role").asText();
            boolean fromModel = type.equals("message") ? role.equals("assistant")
                    : type.endsWith("_call") || type.equals("reasoning");
            // A model turn is a run of consecutive output items (reasoning, text, calls).
            if (fromModel && !inModelTurn) {
                turns++;
            }
            inModelTurn = fromModel;
            if (type.endsWith("_call_output")) {
                results++;
            } else if (type.equals("message") && role.equals("user")) {
                String text = Wire.text(item.path("content"));
                lastUser = text.isEmpty() ? lastUser : text;
            }
        }
        return new Conversation(tools, results, turns, lastUser);
    }

    @Override
    public JsonNode body(Answer answer) {
        ObjectNode response = response(answer, "completed");
        ArrayNode output = response.putArray("output");
        List<Reply.Part> parts = answer.reply().parts();
        for (int k = 0; k < parts.size(); k++) {
            output.add(item(answer, parts.get(k), k));
        }
        response.set("usage", usage(answer.usage()));
        return response;
    }

    @Override
    public List<SseEvent> events(Answer answer) {
        Events events = new Events();
        ObjectNode opening = response(answer, "in_progress");
        opening.putArray("output");
        opening.putNull("usage");
        events.add("response.created", JSON.createObjectNode().set("response", opening));
        events.add("response.in_progress", JSON.createObjectNode().set("response", opening));
        List<Reply.Part> parts = answer.reply().parts();
        for (int k = 0; k < parts.size(); k++) {
            ObjectNode done = item(answer, parts.get(k), k);
            ObjectNode added = done.deepCopy();
            String id = done.path("id").asText();
            if (parts.get(k) instanceof Reply.Text t) {
                added.put("status", "in_progress").putArray("content");
                events.add("response.output_item.added", at(k).set("item", added));
                events.add("response.content_part.added", at(k, id).set("part", textPart("")));
                events.add("response.output_text.delta", at(k, id).put("delta", t.text()).set("logprobs", JSON.createArrayNode()));
                events.add("response.output_text.done", at(k, id).put("text", t.text()).set("logprobs", JSON.createArrayNode()));
                events.add("response.content_part.done", at(k, id).set("part", textPart(t.text())));
            } else if (parts.get(k) instanceof Reply.ToolCall) {
                String arguments = done.path("arguments").asText();
                added.put("status", "in_progress").put("arguments", "");
                events.add("response.output_item.added", at(k).set("item", added));
                events.add("response.function_call_arguments.delta", at(k).put("item_id", id).put("delta", arguments));
                events.add("response.function_call_arguments.done", at(k).put("item_id", id).put("arguments", arguments)
                        .put("name", done.path("name").asText()));
            } else {
                events.add("response.output_item.added", at(k).set("item", added));
            }
            events.add("response.output_item.done", at(k).set("item", done));
        }
        events.add("response.completed", JSON.createObjectNode().set("response", body(answer)));
        return events.all;
    }

    @Override
    public ObjectNode error(int status, String message) {
        return ChatCompletionsWire.openAiError(status, message);
    }

    /** Numbers the events as they are added. */
    private static final class Events {
        private final List<SseEvent> all = new ArrayList<>();

        void add(String type, JsonNode data) {
            ObjectNode event = JSON.createObjectNode().put("type", type).put("sequence_number", all.size());
            event.setAll((ObjectNode) data);
            all.add(SseEvent.named(type, event));
        }
    }

    private static ObjectNode at(int outputIndex) {
        return JSON.createObjectNode().put("output_index", outputIndex);
    }

    private static ObjectNode at(int outputIndex, String itemId) {
        return JSON.createObjectNode().put("item_id", itemId).put("output_index", outputIndex).put("content_index", 0);
    }

    private static ObjectNode textPart(String text) {
        ObjectNode part = JSON.createObjectNode().put("type", "output_text").put("text", text);
        part.putArray("annotations");
        part.putArray("logprobs");
        return part;
    }

    private static ObjectNode item(Answer answer, Reply.Part part, int k) {
        if (part instanceof Reply.Text t) {
            ObjectNode message = JSON.createObjectNode().put("id", "msg_" + answer.index() + "_" + k).put("type", "message")
                    .put("status", "completed").put("role", "assistant");
            message.putArray("content").add(textPart(t.text()));
            return message;
        }
        if (part instanceof Reply.ToolCall call) {
            return JSON.createObjectNode().put("id", "fc_" + answer.index() + "_" + k).put("type", "function_call")
                    .put("status", "completed").put("call_id", "call_" + answer.index() + "_" + k).put("name", call.name())
                    .put("arguments", call.arguments().toString());
        }
        return ((Reply.RawItem) part).item().deepCopy();
    }

    /** The response object without output and usage; the fields the SDKs require are all there. */
    private static ObjectNode response(Answer answer, String status) {
        ObjectNode response = JSON.createObjectNode().put("id", "resp_scripted_" + answer.index()).put("object", "response")
                .put("created_at", CREATED).put("status", status).put("model", answer.model());
        response.putNull("error");
        response.putNull("incomplete_details");
        response.putNull("instructions");
        response.putNull("previous_response_id");
        response.putObject("metadata");
        response.put("parallel_tool_calls", true).put("temperature", 1.0).put("top_p", 1.0).put("tool_choice", "auto");
        response.putArray("tools");
        response.putObject("text").putObject("format").put("type", "text");
        return response;
    }

    private static ObjectNode usage(TokenUsage usage) {
        ObjectNode node = JSON.createObjectNode().put("input_tokens", usage.inputTokens());
        node.putObject("input_tokens_details").put("cached_tokens", usage.cachedInputTokens());
        node.put("output_tokens", usage.outputTokens());
        node.putObject("output_tokens_details").put("reasoning_tokens", 0);
        node.put("total_tokens", usage.totalTokens());
        return node;
    }
}
