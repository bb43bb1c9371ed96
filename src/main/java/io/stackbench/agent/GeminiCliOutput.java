package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Gemini CLI's {@code --output-format json}: one final object with {@code session_id} and
 * {@code stats.models.<model>} ({@code api.totalRequests}, {@code api.totalErrors}, {@code tokens}),
 * and its session file under {@code GEMINI_CLI_HOME} for the trajectory ({@link GeminiCliSession}).
 * Gemini CLI reports no cost.
 */
final class GeminiCliOutput implements AgentOutput {

    /** Where the preset points {@code GEMINI_CLI_HOME}, relative to the record directory. */
    static final String HOME = "gemini";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Optional<CliReport> read(Path recordDir, Path log) {
        Optional<JsonNode> result = finalObject(AgentOutput.lines(log));
        Optional<JsonNode> models = result.map(r -> r.path("stats").path("models")).filter(JsonNode::isObject);
        Usage usage = models.map(GeminiCliOutput::usage).orElse(Usage.UNKNOWN);
        Optional<Integer> steps = models.map(GeminiCliOutput::replies);
        Optional<String> sessionId = result.map(r -> r.path("session_id").asText("")).filter(s -> !s.isEmpty());
        Optional<Atif.Trajectory> trajectory = GeminiCliSession.find(recordDir.resolve(HOME), sessionId)
                .flatMap(file -> GeminiCliSession.trajectory(file, usage, steps));
        Optional<EndpointFailure> failure = result.flatMap(GeminiCliOutput::endpointFailure);
        if (models.isEmpty() && trajectory.isEmpty()) {
            return AgentOutput.withFailure(Optional.empty(), failure);
        }
        return Optional.of(new CliReport(usage, steps, trajectory, failure));
    }

    /**
     * The endpoint failure that ended the run: with {@code --output-format json} the CLI's final
     * object carries {@code error} once its retries (about 3 minutes of backoff for a 5xx) are
     * spent; for an API error its {@code code} is the HTTP status and its {@code message} the
     * endpoint's error body. Other codes (the CLI's own exit codes) are not the endpoint's.
     */
    static Optional<EndpointFailure> endpointFailure(JsonNode result) {
        JsonNode error = result.path("error");
        int code = error.path("code").asInt(0);
        if (!error.isObject() || code < 400 || code > 599) {
            return Optional.empty();
        }
        return Optional.of(EndpointFailure.of(code, "Gemini CLI: " + error.path("type").asText("Error") + ": "
                + error.path("message").asText("")));
    }

    /**
     * Totals over every model the CLI called, side calls (routing, loop checks) included, as the
     * endpoint counts them. {@code prompt} holds all input with the cached part, {@code tool} the
     * tool-use prompt the API counts apart; {@code thoughts} are output billed beside
     * {@code candidates}.
     */
    private static Usage usage(JsonNode models) {
        long input = 0;
        long cached = 0;
        long output = 0;
        for (JsonNode model : (Iterable<JsonNode>) models::elements) {
            JsonNode tokens = model.path("tokens");
            input += tokens.path("prompt").asLong() + tokens.path("tool").asLong();
            cached += tokens.path("cached").asLong();
            output += tokens.path("candidates").asLong() + tokens.path("thoughts").asLong();
        }
        return Usage.of(input, cached, output, Optional.empty());
    }

    /** Model calls that got a reply: the CLI counts a failed attempt as a request and an error. */
    private static int replies(JsonNode models) {
        int replies = 0;
        for (JsonNode model : (Iterable<JsonNode>) models::elements) {
            replies += Math.max(0, model.path("api").path("totalRequests").asInt() - model.path("api").path("totalErrors").asInt());
        }
        return replies;
    }

    /**
     * The last pretty-printed object that starts a line with {@code {}, read up to its closing
     * brace: warnings on standard error share the log and may follow it.
     */
    private Optional<JsonNode> finalObject(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).stripTrailing().equals("{")) {
                continue;
            }
            String rest = String.join("\n", lines.subList(i, lines.size()));
            try (var parser = json.getFactory().createParser(rest)) {
                JsonNode node = json.readTree(parser);
                if (node != null && node.has("session_id")) {
                    return Optional.of(node);
                }
            } catch (IOException e) {
                // Not the CLI's object (a brace in the agent's output); keep looking further up.
            }
        }
        return Optional.empty();
    }
}
