package io.stackbench.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Placeholders;
import io.stackbench.core.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The judge's prompt for one run: the taxonomy from {@link Category} and {@link Subcategory} in
 * the system message, the classifier's evidence in the user message, both from templates next to
 * this class. The run's id is left out: it names the agent and model, which should not sway the judge.
 *
 * @param system the system message
 * @param user the user message
 */
record JudgePrompt(String system, String user) {

    /** Failed requests shown at most; root failures come first, so the cut falls on knock-ons. */
    static final int MAX_REQUESTS = 40;
    /** The server log's last lines: exceptions near the end explain the failures. */
    static final int LOG_LINES = 30;
    /** The trajectory's last turns (lines of {@code trajectory.jsonl} or of an agent's log). */
    static final int TURNS = 20;
    /** Findings shown per verifier. */
    static final int FINDINGS = 3;
    /** Characters shown of one log line, failure message or turn field. */
    static final int LINE_CHARS = 300;

    private static final String SYSTEM = Resources.text(JudgePrompt.class, "judge-system.txt");
    private static final String USER = Resources.text(JudgePrompt.class, "judge-user.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    static JudgePrompt of(Evidence e) {
        String system = Placeholders.render(SYSTEM, Map.of(
                "categories", Stream.of(Category.values()).map(c -> "- " + c.id() + ": " + c.definition())
                        .collect(Collectors.joining("\n")),
                "subcategories", Stream.of(Subcategory.values()).map(s -> "- " + s.id() + ": " + s.definition())
                        .collect(Collectors.joining("\n"))), "judge-system.txt");
        List<Evidence.Request> roots = e.rootFailures();
        List<Evidence.Request> blocked = e.blockedFailures();
        String user = Placeholders.render(USER, Map.ofEntries(
                Map.entry("task", e.task().orElse("unknown")),
                Map.entry("framework", e.framework().orElse("unknown")),
                Map.entry("runtime", e.runtime().orElse("unknown")),
                Map.entry("exit_reason", e.exitReason().orElse("unknown (no agent record)")),
                Map.entry("server_started", e.serverStarted().map(s -> s ? "yes" : "no").orElse("unknown")),
                Map.entry("failing_phase", e.failingPhase().map(p -> p.name() + ": " + cut(p.message())).orElse("none")),
                Map.entry("failed_count", String.valueOf(roots.size() + blocked.size())),
                Map.entry("root_count", String.valueOf(roots.size())),
                Map.entry("blocked_count", String.valueOf(blocked.size())),
                Map.entry("requests", requests(roots, blocked)),
                Map.entry("log_lines", String.valueOf(LOG_LINES)),
                Map.entry("server_log", orNone(lastLines(e.serverLog(), LOG_LINES).stream().map(JudgePrompt::logLine).toList())),
                Map.entry("verifiers", verifiers(e.verifiers())),
                Map.entry("trajectory", e.trajectory().map(JudgePrompt::turns).orElse("(no trajectory)"))), "judge-user.txt");
        return new JudgePrompt(system, user);
    }

    /** SHA-256 of the prompt exactly as sent, in hex: the judge's cache key. */
    String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((system + "\n\u0000\n" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String requests(List<Evidence.Request> roots, List<Evidence.Request> blocked) {
        List<String> lines = new ArrayList<>();
        Stream.concat(roots.stream(), blocked.stream()).limit(MAX_REQUESTS).forEach(r -> lines.add(request(r)));
        int hidden = roots.size() + blocked.size() - lines.size();
        if (hidden > 0) {
            lines.add("(" + hidden + " more failed requests not shown)");
        }
        return orNone(lines);
    }

    private static String request(Evidence.Request r) {
        StringBuilder line = new StringBuilder("- ");
        r.method().ifPresent(m -> line.append(m).append(' ').append(r.path().orElse("?")).append(' '));
        line.append('"').append(r.name()).append("\": got ").append(r.status().map(String::valueOf).orElse("no response"));
        r.expectedStatus().ifPresent(s -> line.append(", expected ").append(s));
        line.append("; ").append(r.failed()).append(" assertion(s) failed");
        r.blockedBy().ifPresent(b -> line.append(" [blocked by \"").append(b).append("\"]"));
        r.failures().stream().findFirst().ifPresent(f -> line.append("\n    ").append(cut(f)));
        return line.toString();
    }

    private static String verifiers(List<Evidence.VerifierOutcome> verifiers) {
        List<String> lines = new ArrayList<>();
        for (Evidence.VerifierOutcome v : verifiers) {
            lines.add("- " + v.verifier() + ": " + (v.passed() ? "passed" : "failed")
                    + (v.findings().size() > FINDINGS ? " (" + v.findings().size() + " findings, first " + FINDINGS + " shown)" : ""));
            v.findings().stream().limit(FINDINGS).forEach(f -> lines.add("    " + cut(f)));
        }
        return orNone(lines);
    }

    /** The last turns: a {@code trajectory.jsonl} line as its command, exit code and output; any other line as it is. */
    private static String turns(String trajectory) {
        List<String> lines = lastLines(trajectory, TURNS);
        List<String> turns = new ArrayList<>();
        for (String line : lines) {
            turns.add(turn(line));
        }
        return orNone(turns);
    }

    private static String turn(String line) {
        if (!line.startsWith("{")) {
            return cut(line);
        }
        try {
            JsonNode step = JSON.readTree(line);
            StringBuilder out = new StringBuilder("- step ").append(step.path("step").asText("?")).append(": ");
            if (step.path("command").isTextual()) {
                out.append("$ ").append(cut(step.path("command").asText())).append(" → exit ")
                        .append(step.path("exitCode").asText("?")).append(step.path("timedOut").asBoolean() ? " (timed out)" : "");
                if (step.path("output").isTextual()) {
                    out.append("\n    ").append(cutStart(step.path("output").asText()));
                }
            } else if (step.path("formatError").isTextual()) {
                out.append("no command: ").append(cut(step.path("formatError").asText()));
            } else {
                out.append(cut(step.path("reply").asText(line)));
            }
            return out.toString();
        } catch (IOException e) {
            return cut(line);
        }
    }

    private static List<String> lastLines(String text, int n) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    /** One line, at most {@link #LINE_CHARS} characters: its start. */
    static String cut(String text) {
        String flat = flat(text);
        return flat.length() <= LINE_CHARS ? flat : flat.substring(0, LINE_CHARS - 1) + "…";
    }

    /** One line, at most {@link #LINE_CHARS} characters: its end, where a command's errors are. */
    private static String cutStart(String text) {
        String flat = flat(text);
        return flat.length() <= LINE_CHARS ? flat : "…" + flat.substring(flat.length() - LINE_CHARS + 1);
    }

    /** One line with its indentation kept (a traceback's frames are indented), at most {@link #LINE_CHARS} characters. */
    private static String logLine(String line) {
        String kept = line.stripTrailing();
        return kept.length() <= LINE_CHARS ? kept : kept.substring(0, LINE_CHARS - 1) + "…";
    }

    private static String flat(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
    }

    private static String orNone(List<String> lines) {
        return lines.isEmpty() ? "(none)" : String.join("\n", lines);
    }
}
