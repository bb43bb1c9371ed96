package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claude Code's {@code --output-format stream-json --verbose}, which the preset writes to
 * {@value #STREAM} in the record directory: one JSON object per line, the session's {@code init},
 * every assistant message (one line per content block, the API message id repeated), every tool
 * result, and a final {@code result} with the totals.
 *
 * <p>Tokens and cost come from the result's {@code modelUsage}, summed over every model: its
 * {@code usage} counts only the main conversation and leaves out the calls of subagents and other
 * side requests, which {@code total_cost_usd} does include. Cost is unknown when Claude Code
 * priced a model it has no price for ({@code costBasis: "unknown"}: a guess at its default
 * model's rate, e.g. for a local model).
 */
final class ClaudeCodeOutput implements AgentOutput {

    /** Where the preset's template sends Claude Code's stream. */
    static final String STREAM = "claude-stream.jsonl";
    /** The model name Claude Code gives messages it made up itself (an API error shown as a reply). */
    private static final String SYNTHETIC = "<synthetic>";

    private static final ObjectMapper JSON = Json.mapper();

    @Override
    public Optional<CliReport> read(Path recordDir, Path log) {
        List<JsonNode> streamed = events(recordDir.resolve(STREAM));
        // A hand-written template may leave the stream on standard output.
        List<JsonNode> events = streamed.isEmpty() ? events(log) : streamed;
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> result = events.stream().filter(e -> "result".equals(e.path("type").asText()))
                .reduce((first, second) -> second);
        Usage usage = result.map(ClaudeCodeOutput::usage).orElse(Usage.UNKNOWN);
        // Killed before its result (the time limit): the turns it streamed are still countable.
        Optional<Integer> steps = result.map(ClaudeCodeOutput::turns).or(() -> Optional.of(streamedTurns(events)));
        return Optional.of(new CliReport(usage, steps, Optional.of(trajectory(events, result, usage, steps)),
                result.flatMap(ClaudeCodeOutput::endpointFailure)));
    }

    /**
     * The endpoint failure a result reports: Claude Code ends with {@code terminal_reason:
     * "api_error"} once its retries ({@code CLAUDE_CODE_MAX_RETRIES}, 10 by default) are spent, with
     * {@code api_error_status} (null when the endpoint was unreachable) and its message as {@code result}.
     */
    static Optional<EndpointFailure> endpointFailure(JsonNode result) {
        if (!result.path("is_error").asBoolean() || !"api_error".equals(result.path("terminal_reason").asText())) {
            return Optional.empty();
        }
        JsonNode status = result.path("api_error_status");
        String said = result.path("result").asText("");
        String cause = "Claude Code: " + (said.isBlank() ? "API error" : said);
        return Optional.of(status.isInt() ? EndpointFailure.of(status.asInt(), cause) : EndpointFailure.unknownStatus(cause));
    }

    /** Its events: the JSON objects with a {@code type} (something else may print a brace-shaped line). */
    private static List<JsonNode> events(Path file) {
        return AgentOutput.jsonObjects(file).stream().filter(event -> event.path("type").isTextual()).toList();
    }

    /** Every model's tokens and cost from {@code modelUsage}; {@code {}} means no model call was counted. */
    static Usage usage(JsonNode result) {
        JsonNode models = result.path("modelUsage");
        if (!models.isObject()) {
            return Usage.UNKNOWN;
        }
        long input = 0;
        long cached = 0;
        long output = 0;
        double cost = 0;
        boolean priced = true;
        for (JsonNode model : (Iterable<JsonNode>) models::elements) {
            cached += model.path("cacheReadInputTokens").asLong();
            input += model.path("inputTokens").asLong() + model.path("cacheReadInputTokens").asLong()
                    + model.path("cacheCreationInputTokens").asLong();
            output += model.path("outputTokens").asLong();
            cost += model.path("costUSD").asDouble();
            priced &= !"unknown".equals(model.path("costBasis").asText());
        }
        JsonNode total = result.path("total_cost_usd");
        Optional<Double> costUsd = priced ? Optional.of(total.isNumber() ? total.asDouble() : cost) : Optional.empty();
        return Usage.of(input, cached, output, costUsd);
    }

    /**
     * The turns Claude Code counts ({@code num_turns}), except that a run in which no model call
     * was counted made none: Claude Code then still counts the error message it showed as a turn.
     */
    private static int turns(JsonNode result) {
        JsonNode models = result.path("modelUsage");
        return models.isObject() && models.isEmpty() ? 0 : result.path("num_turns").asInt(0);
    }

    private static int streamedTurns(List<JsonNode> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode event : events) {
            if (isMainAssistant(event) && !SYNTHETIC.equals(event.path("message").path("model").asText())) {
                ids.add(event.path("message").path("id").asText());
            }
        }
        return ids.size();
    }

    /** An assistant message of the main conversation; a subagent's carry the id of the call that started it. */
    private static boolean isMainAssistant(JsonNode event) {
        return "assistant".equals(event.path("type").asText()) && event.path("parent_tool_use_id").isNull();
    }

    private static Atif.Trajectory trajectory(List<JsonNode> events, Optional<JsonNode> result, Usage usage, Optional<Integer> steps) {
        JsonNode init = events.stream().filter(e -> "init".equals(e.path("subtype").asText())).findFirst()
                .orElse(JSON.missingNode());
        String session = init.path("session_id").asText(result.map(r -> r.path("session_id").asText("")).orElse(""));
        Atif.AgentInfo agent = new Atif.AgentInfo("claude-code", init.path("claude_code_version").asText("unknown"),
                text(init.path("model")));
        List<StepBuilder> built = new ArrayList<>();
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            if (!event.path("parent_tool_use_id").isNull()) {
                continue; // a subagent's own messages: what it found comes back as the result of its call
            }
            if (type.equals("assistant")) {
                JsonNode message = event.path("message");
                StepBuilder last = built.isEmpty() ? null : built.get(built.size() - 1);
                String id = message.path("id").asText();
                if (last == null || !last.messageId.equals(id)) {
                    last = new StepBuilder(id, event, message);
                    built.add(last);
                }
                last.add(message.path("content"));
            } else if (type.equals("user")) {
                addUser(built, event);
            }
        }
        List<Atif.Step> out = new ArrayList<>();
        for (StepBuilder step : built) {
            out.add(step.build(out.size() + 1));
        }
        Optional<String> notes = result.filter(r -> r.path("is_error").asBoolean())
                .map(r -> "Claude Code ended with an error: " + r.path("terminal_reason").asText(r.path("subtype").asText())
                        + (r.path("api_error_status").isNumber() ? " (HTTP " + r.path("api_error_status").asInt() + ")" : ""));
        return new Atif.Trajectory(Atif.SCHEMA_VERSION, session, agent, out, notes, Optional.of(Atif.FinalMetrics.of(usage, steps)),
                Optional.empty());
    }

    /** Tool results go to the step that made the calls; any other text the conversation got is a user step. */
    private static void addUser(List<StepBuilder> built, JsonNode event) {
        JsonNode content = event.path("message").path("content");
        List<String> texts = new ArrayList<>();
        for (JsonNode block : content.isArray() ? content : JSON.createArrayNode().add(content)) {
            if ("tool_result".equals(block.path("type").asText())) {
                String callId = block.path("tool_use_id").asText();
                built.stream().filter(s -> s.callIds.contains(callId)).reduce((a, b) -> b)
                        .ifPresent(s -> s.results.add(new Atif.ObservationResult(Optional.of(callId), contentText(block.path("content")))));
            } else {
                String text = contentText(block);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        if (!texts.isEmpty()) {
            built.add(StepBuilder.user(String.join("\n", texts), event));
        }
    }

    /** The text of a tool result's or message's content: a string, or blocks of which the text ones count. */
    private static String contentText(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isObject()) {
            return "text".equals(content.path("type").asText()) ? content.path("text").asText()
                    : content.has("type") ? "[" + content.path("type").asText() + "]" : "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode block : content) {
            parts.add(contentText(block));
        }
        return String.join("\n", parts);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** One step as the stream delivers it, a content block at a time. */
    private static final class StepBuilder {
        final String messageId;
        final String source;
        final Optional<String> timestamp;
        final Optional<String> model;
        final Optional<Atif.Metrics> metrics;
        final List<String> texts = new ArrayList<>();
        final List<String> reasoning = new ArrayList<>();
        final List<Atif.ToolCall> calls = new ArrayList<>();
        final Set<String> callIds = new LinkedHashSet<>();
        final List<Atif.ObservationResult> results = new ArrayList<>();

        private StepBuilder(String messageId, String source, Optional<String> timestamp, Optional<String> model,
                            Optional<Atif.Metrics> metrics) {
            this.messageId = messageId;
            this.source = source;
            this.timestamp = timestamp;
            this.model = model;
            this.metrics = metrics;
        }

        /**
         * A model reply. Its metrics are the input side only: the stream repeats the usage of the
         * reply's first event, before the output was counted.
         */
        StepBuilder(String messageId, JsonNode event, JsonNode message) {
            this(messageId, SYNTHETIC.equals(message.path("model").asText()) ? "system" : "agent", text(event.path("timestamp")),
                    text(message.path("model")).filter(m -> !m.equals(SYNTHETIC)),
                    SYNTHETIC.equals(message.path("model").asText()) ? Optional.empty() : inputMetrics(message.path("usage")));
        }

        static StepBuilder user(String text, JsonNode event) {
            StepBuilder step = new StepBuilder("", "user", text(event.path("timestamp")), Optional.empty(), Optional.empty());
            step.texts.add(text);
            return step;
        }

        private static Optional<Atif.Metrics> inputMetrics(JsonNode usage) {
            if (!usage.isObject()) {
                return Optional.empty();
            }
            long cached = usage.path("cache_read_input_tokens").asLong();
            long prompt = usage.path("input_tokens").asLong() + cached + usage.path("cache_creation_input_tokens").asLong();
            return Optional.of(new Atif.Metrics(Optional.of(prompt), Optional.empty(), Optional.of(cached), Optional.empty(),
                    Optional.empty()));
        }

        void add(JsonNode content) {
            for (JsonNode block : content) {
                switch (block.path("type").asText()) {
                    case "text" -> texts.add(block.path("text").asText());
                    case "thinking" -> reasoning.add(block.path("thinking").asText());
                    case "tool_use" -> {
                        calls.add(new Atif.ToolCall(block.path("id").asText(), block.path("name").asText(), block.path("input")));
                        callIds.add(block.path("id").asText());
                    }
                    default -> {
                        // redacted thinking, server-side tools: nothing a reader can use
                    }
                }
            }
        }

        Atif.Step build(int id) {
            return new Atif.Step(id, timestamp, source, model, String.join("\n", texts),
                    reasoning.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", reasoning)),
                    calls.isEmpty() ? Optional.empty() : Optional.of(calls),
                    results.isEmpty() ? Optional.empty() : Optional.of(new Atif.Observation(results)), metrics,
                    Optional.empty());
        }
    }
}
