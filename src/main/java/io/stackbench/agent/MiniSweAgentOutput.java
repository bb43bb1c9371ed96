package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * mini-swe-agent's trajectory file ({@code --output RECORD_DIR/mini.traj.json}, rewritten after
 * every step). Each assistant message keeps the provider's whole response under
 * {@code extra.response}, so tokens are the sum of its {@code usage} (litellm's OpenAI-shaped
 * usage: {@code prompt_tokens} counts all input, {@code prompt_tokens_details.cached_tokens} the
 * cached part); its commands are under {@code extra.actions} in both the tool-call and the
 * text-based configurations. {@code info.model_stats.instance_cost} is litellm's price; mini
 * records 0.0 when litellm could not price the model (it refuses a zero price otherwise), so 0.0
 * is read as unknown.
 */
final class MiniSweAgentOutput implements AgentOutput {

    /** The trajectory file the preset names with {@code --output}. */
    static final String TRAJECTORY = "mini.traj.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Optional<CliReport> read(Path recordDir, Path log) {
        Path file = recordDir.resolve(TRAJECTORY);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            // Killed while rewriting it: nothing readable is left.
            return Optional.empty();
        }
        List<JsonNode> replies = new ArrayList<>();
        root.path("messages").forEach(m -> {
            if ("assistant".equals(m.path("role").asText())) {
                replies.add(m);
            }
        });
        double cost = root.path("info").path("model_stats").path("instance_cost").asDouble(0);
        // No reply at all is a known zero, not an unknown.
        Optional<Double> costUsd = cost > 0 || replies.isEmpty() ? Optional.of(cost) : Optional.empty();
        Usage usage = new Usage(sum(replies, "prompt_tokens"), cached(replies), sum(replies, "completion_tokens"), costUsd);
        return Optional.of(new CliReport(usage, Optional.of(replies.size()), Optional.of(trajectory(root, UUID.nameUUIDFromBytes(bytes).toString())),
                endpointFailure(root)));
    }

    /**
     * The endpoint failure that ended the run: once litellm's retries are spent, mini-swe-agent
     * exits with the exception's class as {@code info.exit_status} and its text in the last
     * message ({@code role: exit}). A connection error reaches it as litellm's
     * {@code InternalServerError} ("Connection error."), so it reads as a 500: either way the endpoint's.
     */
    static Optional<EndpointFailure> endpointFailure(JsonNode root) {
        String status = root.path("info").path("exit_status").asText("");
        JsonNode messages = root.path("messages");
        JsonNode last = messages.isArray() && !messages.isEmpty() ? messages.get(messages.size() - 1) : JSON.missingNode();
        String said = "exit".equals(last.path("role").asText()) ? last.path("content").asText(status) : status;
        return LitellmErrors.failure(status, "mini-swe-agent: " + said);
    }

    /** The sum over all replies; unknown when any reply came without usage. */
    private static Optional<Long> sum(List<JsonNode> replies, String field) {
        long total = 0;
        for (JsonNode reply : replies) {
            JsonNode value = usage(reply).path(field);
            if (!value.isNumber()) {
                return Optional.empty();
            }
            total += value.asLong();
        }
        return Optional.of(total);
    }

    /** Cached input; unknown unless some reply said how much of its input was cached. */
    private static Optional<Long> cached(List<JsonNode> replies) {
        long total = 0;
        boolean reported = false;
        for (JsonNode reply : replies) {
            JsonNode value = usage(reply).path("prompt_tokens_details").path("cached_tokens");
            if (value.isNumber()) {
                reported = true;
                total += value.asLong();
            }
        }
        return (reported || replies.isEmpty()) && sum(replies, "prompt_tokens").isPresent() ? Optional.of(total) : Optional.empty();
    }

    private static JsonNode usage(JsonNode reply) {
        return reply.path("extra").path("response").path("usage");
    }

    /** @param sessionId mini names no session; a hash of the file tells runs apart and stays the same on a re-read */
    private static Atif.Trajectory trajectory(JsonNode root, String sessionId) {
        JsonNode info = root.path("info");
        String model = info.path("config").path("model").path("model_name").asText("");
        AtifSteps steps = new AtifSteps();
        for (JsonNode message : root.path("messages")) {
            String content = text(message.path("content"));
            Optional<String> time = timestamp(message.path("extra").path("timestamp"));
            switch (message.path("role").asText()) {
                case "system" -> steps.system(content, time);
                case "assistant" -> steps.agent(time, model, content, reasoning(message), toolCalls(message), metrics(message));
                case "exit" -> steps.system("exit status: " + message.path("extra").path("exit_status").asText()
                        + (content.isBlank() ? "" : "\n" + content), time);
                // The first user message is the task; later ones (and tool messages) are what mini
                // fed back after a reply: command output or a format error.
                default -> {
                    if (steps.hasAgentStep()) {
                        steps.observe(Optional.ofNullable(message.path("tool_call_id").textValue()), content);
                    } else {
                        steps.user(content, time);
                    }
                }
            }
        }
        return steps.trajectory(sessionId, "mini-swe-agent", info.path("mini_version").asText(""), model);
    }

    private static List<Atif.ToolCall> toolCalls(JsonNode message) {
        List<Atif.ToolCall> calls = new ArrayList<>();
        int n = 0;
        for (JsonNode action : message.path("extra").path("actions")) {
            n++;
            String id = action.path("tool_call_id").asText("action-" + n);
            calls.add(new Atif.ToolCall(id, "bash", JSON.createObjectNode().put("command", action.path("command").asText())));
        }
        return calls;
    }

    private static Optional<String> reasoning(JsonNode message) {
        return Optional.ofNullable(message.path("reasoning_content").textValue()).filter(s -> !s.isBlank());
    }

    private static Optional<Atif.Metrics> metrics(JsonNode message) {
        JsonNode usage = usage(message);
        if (!usage.path("prompt_tokens").isNumber()) {
            return Optional.empty();
        }
        double cost = message.path("extra").path("cost").asDouble(0);
        JsonNode cached = usage.path("prompt_tokens_details").path("cached_tokens");
        return Optional.of(new Atif.Metrics(Optional.of(usage.path("prompt_tokens").asLong()),
                Optional.of(usage.path("completion_tokens").asLong()),
                cached.isNumber() ? Optional.of(cached.asLong()) : Optional.empty(),
                cost > 0 ? Optional.of(cost) : Optional.empty(), Optional.empty()));
    }

    /** Message content: a string, or (multimodal) a list of parts of which the text ones count. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    private static Optional<String> timestamp(JsonNode seconds) {
        return seconds.isNumber() ? Optional.of(Instant.ofEpochMilli(Math.round(seconds.asDouble() * 1000)).toString()) : Optional.empty();
    }
}
