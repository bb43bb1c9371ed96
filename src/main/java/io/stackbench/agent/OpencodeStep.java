package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One model call of an opencode run, gathered from the JSON events of its assistant message: what
 * the model wrote and thought, the tools it called with what they returned, and what it cost once
 * its {@code step_finish} arrives (a call cut off by a limit has none).
 */
final class OpencodeStep {

    private final List<String> text = new ArrayList<>();
    private final List<String> reasoning = new ArrayList<>();
    private final List<Atif.ToolCall> toolCalls = new ArrayList<>();
    private final List<Atif.ObservationResult> results = new ArrayList<>();
    private Optional<String> timestamp = Optional.empty();
    private Optional<JsonNode> finish = Optional.empty();

    void add(JsonNode event) {
        JsonNode part = event.path("part");
        if (timestamp.isEmpty() && event.path("timestamp").isNumber()) {
            timestamp = Optional.of(Instant.ofEpochMilli(event.path("timestamp").asLong()).toString());
        }
        switch (event.path("type").asText()) {
            case "text" -> text.add(part.path("text").asText(""));
            case "reasoning" -> reasoning.add(part.path("text").asText(""));
            case "tool_use" -> tool(part);
            case "step_finish" -> finish = Optional.of(part);
            default -> {
                // step_start opens the message; it carries nothing else.
            }
        }
    }

    private void tool(JsonNode part) {
        String id = part.path("callID").asText("");
        JsonNode state = part.path("state");
        toolCalls.add(new Atif.ToolCall(id, part.path("tool").asText(""), state.path("input")));
        // A failed call has an error instead of output; the model was shown the error.
        String content = "error".equals(state.path("status").asText()) ? "Error: " + state.path("error").asText("")
                : state.path("output").asText("");
        results.add(new Atif.ObservationResult(Optional.of(id), content));
    }

    boolean finished() {
        return finish.isPresent();
    }

    private JsonNode tokens() {
        return finish.map(f -> f.path("tokens")).orElse(MissingNode.getInstance());
    }

    /** Every input token: uncached, read from the cache and written to it. */
    long inputTokens() {
        JsonNode cache = tokens().path("cache");
        return tokens().path("input").asLong() + cache.path("read").asLong() + cache.path("write").asLong();
    }

    long cachedTokens() {
        return tokens().path("cache").path("read").asLong();
    }

    /** Output tokens, reasoning included (opencode counts reasoning apart). */
    long outputTokens() {
        return tokens().path("output").asLong() + tokens().path("reasoning").asLong();
    }

    double cost() {
        return finish.map(f -> f.path("cost").asDouble()).orElse(0.0);
    }

    Atif.Step toAtif(int stepId, boolean costKnown) {
        Optional<Atif.Metrics> metrics = finish.map(f -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("reasoning_tokens", tokens().path("reasoning").asLong());
            extra.put("cache_write_tokens", tokens().path("cache").path("write").asLong());
            extra.put("finish_reason", f.path("reason").asText(""));
            return new Atif.Metrics(Optional.of(inputTokens()), Optional.of(outputTokens()), Optional.of(cachedTokens()),
                    costKnown ? Optional.of(cost()) : Optional.empty(), Optional.of(extra));
        });
        return new Atif.Step(stepId, timestamp, "agent", Optional.empty(), String.join("\n\n", text),
                reasoning.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", reasoning)),
                toolCalls.isEmpty() ? Optional.empty() : Optional.of(toolCalls),
                results.isEmpty() ? Optional.empty() : Optional.of(new Atif.Observation(results)), metrics, Optional.empty());
    }
}
