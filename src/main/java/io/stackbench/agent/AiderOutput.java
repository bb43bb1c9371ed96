package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aider's own records of a run. Tokens and cost come from its analytics log
 * ({@code --analytics-log}, written even with {@code --no-analytics}): one {@code message_send}
 * event per model reply with exact {@code prompt_tokens}, {@code completion_tokens} and
 * {@code cost}; the "Tokens: 1.2k sent" line it prints is rounded and is not used. Aider prices a
 * reply only when it knows the model's price, and then adds "Cost: $…" to that line in the chat
 * history; without it the events say {@code cost: 0}, which is read as unknown. Aider does not
 * record cached tokens for OpenAI-style usage, so they are unknown. The trajectory is read from the
 * chat history ({@code --chat-history-file}): {@code ####} lines are the user's, {@code >} lines
 * aider's own output, the rest the model's replies; each "Applied edit to FILE" aider reports
 * after a reply becomes an {@code edit} tool call of that reply (aider's edits are blocks in the
 * reply text, not tool calls).
 */
final class AiderOutput implements AgentOutput {

    /** The file the preset names with {@code --analytics-log}. */
    static final String ANALYTICS = "aider.analytics.jsonl";
    /** The file the preset names with {@code --chat-history-file}. */
    static final String CHAT_HISTORY = "aider.chat.history.md";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern APPLIED = Pattern.compile("^Applied edit to (.+)$");
    private static final Pattern VERSION = Pattern.compile("^Aider v(\\S+)$");
    private static final Pattern MODEL = Pattern.compile("^Model: (\\S+) with ");
    private static final Pattern PRICED = Pattern.compile("^Tokens: .* Cost: \\$");

    /** A litellm exception aider prints, as its own output line in the chat history. */
    private static final Pattern LITELLM_ERROR = Pattern.compile("^> (litellm\\.(\\w+): .*?)\\s*$");
    private static final Pattern RETRYING = Pattern.compile("^> Retrying in ");

    /**
     * The endpoint failure that ended the run: aider prints each litellm exception and "Retrying in
     * N seconds" while it retries (doubling up to about a minute); the last exception with no retry
     * after it is the one it gave up on (and it still exits 0). It prints litellm's exception class,
     * not the status, so the status is the one litellm maps to that class; a connection error has none.
     */
    static Optional<EndpointFailure> endpointFailure(List<String> history) {
        int last = -1;
        for (int i = 0; i < history.size(); i++) {
            if (LITELLM_ERROR.matcher(history.get(i)).matches()) {
                last = i;
            } else if (last >= 0 && RETRYING.matcher(history.get(i)).find()) {
                last = -1;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        Matcher error = LITELLM_ERROR.matcher(history.get(last));
        error.matches();
        String cause = "aider: " + error.group(1);
        return LitellmErrors.failure(error.group(2), cause);
    }

    @Override
    public Optional<CliReport> read(Path recordDir, Path log) {
        Optional<List<JsonNode>> events = events(recordDir.resolve(ANALYTICS));
        Optional<List<Block>> history = history(recordDir.resolve(CHAT_HISTORY));
        if (events.isEmpty() && history.isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> sends = events.orElse(List.of()).stream()
                .filter(e -> "message_send".equals(e.path("event").asText())).toList();
        boolean priced = history.orElse(List.of()).stream()
                .anyMatch(b -> b.kind == Kind.AIDER && b.lines.stream().anyMatch(l -> PRICED.matcher(l).find()));
        Usage usage = events.isEmpty() ? new Usage(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
                : new Usage(Optional.of(total(sends, "prompt_tokens")), sends.isEmpty() ? Optional.of(0L) : Optional.empty(),
                        Optional.of(total(sends, "completion_tokens")),
                        // No reply at all is a known zero, not an unknown.
                        priced || sends.isEmpty() ? Optional.of(sends.stream().mapToDouble(e -> e.path("properties").path("cost").asDouble()).sum())
                                : Optional.empty());
        Optional<Integer> steps = events.map(e -> sends.size());
        return Optional.of(new CliReport(usage, steps, history.map(h -> trajectory(h, sends, priced, session(events.orElse(List.of())))),
                endpointFailure(lines(recordDir.resolve(CHAT_HISTORY)))));
    }

    /**
     * Aider names no session; its analytics id is random per fresh home, so with the private home
     * of every run it tells runs apart.
     */
    private static String session(List<JsonNode> events) {
        return events.stream().map(e -> e.path("user_id").asText("")).filter(id -> !id.isEmpty()).findFirst().orElse("aider");
    }

    private static long total(List<JsonNode> sends, String field) {
        return sends.stream().mapToLong(e -> e.path("properties").path(field).asLong()).sum();
    }

    private static Atif.Trajectory trajectory(List<Block> blocks, List<JsonNode> sends, boolean priced, String sessionId) {
        String version = "";
        String model = "";
        AtifSteps steps = new AtifSteps();
        int reply = 0;
        for (Block block : blocks) {
            switch (block.kind) {
                case USER -> steps.user(block.text(), Optional.empty());
                case MODEL -> {
                    Optional<JsonNode> send = reply < sends.size() ? Optional.of(sends.get(reply)) : Optional.empty();
                    reply++;
                    steps.agent(send.flatMap(s -> timestamp(s.path("time"))), model, block.text().strip(), Optional.empty(),
                            List.of(), send.map(s -> metrics(s.path("properties"), priced)));
                }
                case AIDER -> {
                    if (!steps.hasAgentStep()) {
                        // Aider's banner before the first message: its version and model.
                        for (String line : block.lines) {
                            version = match(VERSION, line).orElse(version);
                            model = match(MODEL, line).orElse(model);
                        }
                        continue;
                    }
                    int n = 0;
                    for (String line : block.lines) {
                        Optional<String> edited = match(APPLIED, line);
                        if (edited.isPresent()) {
                            steps.call(new Atif.ToolCall("edit-" + reply + "-" + ++n, "edit",
                                    JSON.createObjectNode().put("path", edited.get())));
                        }
                    }
                    String output = String.join("\n", block.lines.stream().filter(l -> !l.startsWith("Tokens: ")).toList()).strip();
                    if (!output.isEmpty()) {
                        steps.observe(Optional.empty(), output);
                    }
                }
            }
        }
        return steps.trajectory(sessionId, "aider", version, model);
    }

    private static Atif.Metrics metrics(JsonNode properties, boolean priced) {
        return new Atif.Metrics(Optional.of(properties.path("prompt_tokens").asLong()), Optional.of(properties.path("completion_tokens").asLong()),
                Optional.empty(), priced ? Optional.of(properties.path("cost").asDouble()) : Optional.empty(), Optional.empty());
    }

    private static Optional<String> match(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> timestamp(JsonNode seconds) {
        return seconds.isNumber() ? Optional.of(Instant.ofEpochSecond(seconds.asLong()).toString()) : Optional.empty();
    }

    /** The analytics events, one JSON object a line; a torn last line is skipped. */
    private static Optional<List<JsonNode>> events(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // A line torn when Aider was killed mid-write is skipped; the earlier events still hold.
        return Optional.of(AgentOutput.jsonObjects(file));
    }

    private enum Kind { USER, MODEL, AIDER }

    /** Consecutive chat-history lines of one kind. */
    private record Block(Kind kind, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }
    }

    /** The chat history as blocks; the header line of each session is dropped. */
    private static Optional<List<Block>> history(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        for (String raw : lines(file)) {
            if (raw.startsWith("# aider chat started at ")) {
                continue;
            }
            Kind kind;
            String line;
            if (raw.startsWith("#### ")) {
                kind = Kind.USER;
                line = trimBreak(raw.substring(5));
            } else if (raw.equals(">") || raw.startsWith("> ")) {
                kind = Kind.AIDER;
                line = trimBreak(raw.substring(Math.min(2, raw.length())));
            } else {
                kind = Kind.MODEL;
                line = raw;
            }
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last.kind == kind) {
                last.lines.add(line);
            } else if (kind != Kind.MODEL || !line.isBlank()) {
                // A blank line between two of aider's blocks is not a reply.
                List<String> lines = new ArrayList<>();
                lines.add(line);
                blocks.add(new Block(kind, lines));
            }
        }
        return Optional.of(blocks);
    }

    /** Aider ends quoted lines with two spaces (a Markdown line break). */
    private static String trimBreak(String line) {
        return line.endsWith("  ") ? line.substring(0, line.length() - 2) : line;
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            return List.of();
        }
    }
}
