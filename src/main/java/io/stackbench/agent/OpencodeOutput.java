package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * opencode's {@code run --format json --thinking}: one JSON event a line ({@code step_start},
 * {@code reasoning}, {@code text}, {@code tool_use}, {@code step_finish}, {@code error}), each with
 * the {@code part} it reports and the {@code messageID} of the assistant message (one model call)
 * the part belongs to. Its {@code --print-logs} lines in between are skipped.
 *
 * <p>Each {@code step_finish} carries the call's tokens and cost. opencode splits what the API
 * reported: {@code input} is the uncached input, {@code cache.read} and {@code cache.write} the
 * cached parts, {@code output} excludes {@code reasoning}. Here input counts all three and output
 * both, as the endpoint billed them. opencode prices a model from its catalogue and writes 0 for a
 * model it has no price for (every model of a provider defined in its config, as {@code --base-url}
 * does), so a zero cost for a run that spent tokens is unknown, not free.
 */
final class OpencodeOutput implements AgentOutput {

    /** Where {@link Generator} keeps the prompt, beside the record directory. */
    private static final String PROMPT_FILE = "prompt.md";

    @Override
    public Optional<CliReport> read(Path recordDir, Path log) {
        List<JsonNode> events = events(log);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Map<String, OpencodeStep> calls = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode event : events) {
            if ("error".equals(event.path("type").asText())) {
                errors.add(errorText(event.path("error")));
                continue;
            }
            String message = event.path("part").path("messageID").asText("");
            if (!message.isEmpty()) {
                calls.computeIfAbsent(message, m -> new OpencodeStep()).add(event);
            }
        }
        List<OpencodeStep> finished = calls.values().stream().filter(OpencodeStep::finished).toList();
        long input = finished.stream().mapToLong(OpencodeStep::inputTokens).sum();
        long output = finished.stream().mapToLong(OpencodeStep::outputTokens).sum();
        double cost = finished.stream().mapToDouble(OpencodeStep::cost).sum();
        boolean costKnown = cost > 0 || input + output == 0;
        Usage usage = Usage.of(input, finished.stream().mapToLong(OpencodeStep::cachedTokens).sum(), output,
                costKnown ? Optional.of(cost) : Optional.empty());
        Optional<Integer> steps = Optional.of(finished.size());
        return Optional.of(new CliReport(usage, steps,
                Optional.of(trajectory(events, recordDir, calls.values(), errors, usage, steps, costKnown)),
                endpointFailure(events.get(events.size() - 1))));
    }

    /**
     * The endpoint failure that ended the run: {@code opencode run} stops at an {@code error}
     * event, its last, once its retries are spent (about 95 s of backoff for a 5xx); an
     * {@code APIError} carries the endpoint's {@code statusCode}.
     */
    static Optional<EndpointFailure> endpointFailure(JsonNode last) {
        JsonNode error = last.path("error");
        if (!"error".equals(last.path("type").asText()) || !"APIError".equals(error.path("name").asText())) {
            return Optional.empty();
        }
        JsonNode status = error.path("data").path("statusCode");
        String cause = "opencode: " + errorText(error);
        return Optional.of(status.isInt() ? EndpointFailure.of(status.asInt(), cause) : EndpointFailure.unknownStatus(cause));
    }

    private static Atif.Trajectory trajectory(List<JsonNode> events, Path recordDir, Iterable<OpencodeStep> calls,
                                              List<String> errors, Usage usage, Optional<Integer> steps, boolean costKnown) {
        List<Atif.Step> out = new ArrayList<>();
        List<String> prompt = recordDir.getParent() == null ? List.of()
                : AgentOutput.lines(recordDir.getParent().resolve(PROMPT_FILE));
        if (!prompt.isEmpty()) {
            out.add(Atif.Step.message(1, "user", String.join("\n", prompt), Optional.empty()));
        }
        for (OpencodeStep call : calls) {
            out.add(call.toAtif(out.size() + 1, costKnown));
        }
        String session = events.get(0).path("sessionID").asText("");
        // The events name neither the model nor opencode's version; the generation records both.
        return new Atif.Trajectory(Atif.SCHEMA_VERSION, session, new Atif.AgentInfo("opencode", "unknown", Optional.empty()), out,
                errors.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", errors)),
                Optional.of(Atif.FinalMetrics.of(usage, steps)), Optional.empty());
    }

    /** An error event's message, with the HTTP status when the endpoint gave one. */
    private static String errorText(JsonNode error) {
        JsonNode data = error.path("data");
        String status = data.path("statusCode").isNumber() ? " (HTTP " + data.path("statusCode").asInt() + ")" : "";
        return error.path("name").asText("error") + status + ": " + data.path("message").asText("");
    }

    /** The log's JSON events; anything else on a line (opencode's own log lines) is not one. */
    private static List<JsonNode> events(Path log) {
        // opencode writes each event with "type" first and a session id; its own log lines are not JSON.
        return AgentOutput.jsonObjects(log).stream()
                .filter(event -> event.size() > 0 && "type".equals(event.fieldNames().next()) && event.hasNonNull("sessionID")).toList();
    }
}
