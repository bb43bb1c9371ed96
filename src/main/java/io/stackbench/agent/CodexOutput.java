package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the OpenAI Codex CLI leaves of a run. The preset points {@code CODEX_HOME} at
 * {@code codex/} in the record directory, so Codex writes its session rollouts under
 * {@code codex/sessions/}: they give each model
 * call with its usage, hence the steps, the tokens and the trajectory. Without a rollout (Codex
 * stopped before it wrote one), the {@code turn.completed} events that {@code codex exec --json}
 * prints give the tokens only. Codex reports no cost.
 */
final class CodexOutput implements AgentOutput {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Codex's home in the record directory, as the preset's {@code CODEX_HOME} names it. */
    static final String HOME = "codex";

    @Override
    public Optional<CliReport> read(Path recordDir, Path log) {
        List<Path> rollouts = rollouts(recordDir.resolve(HOME).resolve("sessions"));
        Optional<CliReport> report = rollouts.isEmpty() ? fromEvents(log) : Optional.of(fromRollouts(rollouts));
        return AgentOutput.withFailure(report, endpointFailure(log));
    }

    /** Codex's words for an endpoint that answered with an HTTP status it did not expect. */
    private static final Pattern STATUS = Pattern.compile("(?:unexpected status|last status:) (\\d{3})\\b");
    /** What Codex says, without the status, once 5xx answers outlast its retries. */
    private static final String SERVER_ERROR = "experiencing high demand";
    /** What Codex says when it could not reach the endpoint at all. */
    private static final List<String> UNREACHABLE = List.of("error sending request", "Connection failed", "stream disconnected");

    /**
     * The endpoint failure that ended the run: {@code codex exec --json} prints {@code turn.failed}
     * with its message once its retries (five per request by default) are spent. Only messages that
     * are about the endpoint count; a failed turn for any other reason is not the endpoint's.
     */
    static Optional<EndpointFailure> endpointFailure(Path log) {
        Optional<String> failed = Optional.empty();
        for (String line : AgentOutput.lines(log)) {
            String event = line.strip();
            if (!event.startsWith("{") || !event.contains("\"turn.")) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(event);
                String type = node.path("type").asText();
                if ("turn.failed".equals(type)) {
                    failed = Optional.of(node.path("error").path("message").asText(""));
                } else if ("turn.completed".equals(type)) {
                    failed = Optional.empty(); // a later turn went through: whatever failed before did not end the run
                }
            } catch (IOException e) {
                // Brace-shaped output of something else; keep looking.
            }
        }
        return failed.flatMap(message -> {
            String cause = "Codex: " + message;
            Matcher status = STATUS.matcher(message);
            if (status.find()) {
                return Optional.of(EndpointFailure.of(Integer.parseInt(status.group(1)), cause));
            }
            if (message.contains(SERVER_ERROR) || UNREACHABLE.stream().anyMatch(message::contains)) {
                return Optional.of(EndpointFailure.unknownStatus(cause));
            }
            return Optional.empty();
        });
    }

    /**
     * The first rollout is the session {@code codex exec} started (the names begin with the start
     * time); any later one is a sub-agent it spawned, whose calls count in the totals.
     */
    private static CliReport fromRollouts(List<Path> files) {
        List<CodexRollout> sessions = files.stream().map(CodexRollout::read).toList();
        CodexRollout main = sessions.get(0);
        Usage usage = Usage.of(0, 0, 0, Optional.empty());
        int calls = 0;
        for (CodexRollout session : sessions) {
            usage = usage.plus(session.usage());
            calls += session.modelCalls();
        }
        Optional<String> notes = sessions.size() == 1 ? Optional.empty()
                : Optional.of((sessions.size() - 1) + " sub-agent session(s) are counted in final_metrics; their steps are not listed");
        Atif.Trajectory trajectory = new Atif.Trajectory(Atif.SCHEMA_VERSION, main.sessionId(),
                new Atif.AgentInfo("codex", main.version(), main.model()), main.steps(), notes,
                Optional.of(Atif.FinalMetrics.of(usage, Optional.of(calls))), Optional.empty());
        return new CliReport(usage, Optional.of(calls), Optional.of(trajectory));
    }

    /** Tokens from {@code codex exec --json}'s {@code turn.completed} events, summed; no steps. */
    private static Optional<CliReport> fromEvents(Path log) {
        Usage usage = null;
        for (String line : AgentOutput.lines(log)) {
            String event = line.strip();
            if (!event.startsWith("{") || !event.contains("\"turn.completed\"")) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(event);
                JsonNode counts = node.path("usage");
                if ("turn.completed".equals(node.path("type").asText()) && counts.isObject()) {
                    Usage turn = Usage.of(counts.path("input_tokens").asLong(), counts.path("cached_input_tokens").asLong(),
                            counts.path("output_tokens").asLong(), Optional.empty());
                    usage = usage == null ? turn : usage.plus(turn);
                }
            } catch (IOException e) {
                // Brace-shaped output of something else; keep looking.
            }
        }
        return Optional.ofNullable(usage).map(u -> new CliReport(u, Optional.empty(), Optional.empty()));
    }

    private static List<Path> rollouts(Path sessions) {
        if (!Files.isDirectory(sessions)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sessions)) {
            return files.filter(f -> f.getFileName().toString().startsWith("rollout-") && f.toString().endsWith(".jsonl"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // A sessions folder that cannot be listed: read as if Codex left none.
        }
    }
}
