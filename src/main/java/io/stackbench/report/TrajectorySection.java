package io.stackbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run page's agent steps, from the run's ATIF trajectory: each step's reasoning, its tool calls
 * (a {@code bash} call shown as its command), what they returned (folded when long), tokens, cost
 * and time. The file is read as a JSON tree, not as the agent package's records: a page shows
 * what a trajectory holds even when a CLI's reader left a field out, and the report layer stays
 * independent of the agents. Everything shown is escaped; agent output is untrusted.
 */
final class TrajectorySection {

    /** Where a run keeps its ATIF trajectory (the agent package's {@code Atif.FILE} in the generation's record dir). */
    static final String FILE = "generation/agent/trajectory.json";
    /** Characters of one text shown; beyond, its head and tail with a note. Keeps a page of a long run small. */
    static final int TEXT_CAP = 6_000;
    /** Steps shown at most. */
    static final int STEP_CAP = 300;
    /** Output of up to this many lines is shown unfolded. */
    static final int OPEN_LINES = 15;

    private TrajectorySection() {
    }

    static void append(StringBuilder html, Run run, RunLinks links, ObjectMapper json) {
        html.append("<h2 id=\"steps\">Agent steps</h2>\n");
        Path file = run.dir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            html.append("<p class=\"note\">No trajectory recorded: this run has no <code>").append(FILE).append("</code> (an agent whose ")
                    .append("output StackBench cannot read, an oracle or replayed solution, or a run from before trajectories).")
                    .append(otherRecords(run, links)).append("</p>\n");
            return;
        }
        JsonNode trajectory;
        try {
            trajectory = json.readTree(file.toFile());
        } catch (IOException e) {
            html.append("<p class=\"note\">The trajectory could not be read (").append(Html.escape(firstLine(e.getMessage())))
                    .append("): <a href=\"").append(Html.escape(links.to(run, FILE))).append("\">trajectory.json</a>.</p>\n");
            return;
        }
        JsonNode agent = trajectory.path("agent");
        JsonNode steps = trajectory.path("steps");
        html.append("<p class=\"summary\">").append(Html.escape(agent.path("name").asText("agent") + " "
                        + agent.path("version").asText("") + (agent.hasNonNull("model_name") ? " · " + agent.path("model_name").asText() : "")
                        + " · " + steps.size() + (steps.size() == 1 ? " entry" : " entries") + turns(trajectory.path("final_metrics"))
                        + totals(trajectory.path("final_metrics"))))
                .append(" · <a href=\"").append(Html.escape(links.to(run, FILE))).append("\">trajectory.json</a> (")
                .append(Html.escape(trajectory.path("schema_version").asText("no schema_version"))).append(")</p>\n");
        List<Optional<Instant>> times = new ArrayList<>();
        steps.forEach(s -> times.add(instant(s.path("timestamp"))));
        int shown = 0;
        for (JsonNode step : steps) {
            if (shown == STEP_CAP) {
                html.append("<p class=\"note\">").append(steps.size() - STEP_CAP)
                        .append(" more steps not shown; the whole run is in trajectory.json.</p>\n");
                break;
            }
            Optional<Instant> next = shown + 1 < times.size() ? times.get(shown + 1) : Optional.empty();
            step(html, step, times.get(shown), next);
            shown++;
        }
    }

    /** Links to what the agent did leave, if anything. */
    private static String otherRecords(Run run, RunLinks links) {
        StringBuilder out = new StringBuilder();
        for (String record : List.of("generation/agent/trajectory.jsonl", "generation/agent/agent.log")) {
            if (Files.isRegularFile(run.dir().resolve(record))) {
                out.append(out.isEmpty() ? " Its own record: " : ", ").append("<a href=\"").append(Html.escape(links.to(run, record)))
                        .append("\">").append(Html.escape(Path.of(record).getFileName().toString())).append("</a>");
            }
        }
        return out.isEmpty() ? "" : out.append('.').toString();
    }

    private static void step(StringBuilder html, JsonNode step, Optional<Instant> at, Optional<Instant> next) {
        String source = step.path("source").asText("?");
        String message = step.path("message").asText("");
        if (!source.equals("agent")) {
            // The system and task prompts are long and the same on every run: folded.
            html.append("<section class=\"step ").append(Html.escape(source)).append("\"><details><summary><span class=\"id\">")
                    .append(step.path("step_id").asInt()).append("</span>").append(Html.escape(source.equals("system") ? "system prompt"
                            : source.equals("user") ? "task prompt" : source)).append(" · ").append(lines(message)).append("</summary>")
                    .append("<pre>").append(clip(message)).append("</pre></details></section>\n");
            return;
        }
        JsonNode extra = step.path("extra");
        html.append("<section class=\"step agent\" id=\"step-").append(step.path("step_id").asInt()).append("\"><div class=\"head\">")
                .append("<span class=\"id\">").append(step.path("step_id").asInt()).append("</span>")
                .append(Html.escape(String.join(" · ", facts(step, extra, at, next)))).append(ending(extra)).append("</div>\n");
        Optional<String> reasoning = text(step.path("reasoning_content"));
        reasoning.ifPresent(r -> html.append("<div class=\"reasoning\">").append(clip(r)).append("</div>\n"));
        if (reasoning.isPresent() || step.path("tool_calls").size() > 0) {
            if (!message.isBlank()) {
                html.append("<details class=\"reply\"><summary>reply as sent</summary><pre>").append(clip(message)).append("</pre></details>\n");
            }
        } else if (!message.isBlank()) {
            html.append("<div class=\"reasoning\">").append(clip(message)).append("</div>\n");
        }
        text(extra.path("formatError")).ifPresent(p -> html.append("<p class=\"problem\">Not run: ").append(Html.escape(p)).append("</p>\n"));
        for (JsonNode call : step.path("tool_calls")) {
            html.append(call(call));
        }
        for (JsonNode result : step.path("observation").path("results")) {
            String content = result.path("content").isTextual() ? result.path("content").asText() : result.path("content").toString();
            String label = result.hasNonNull("source_call_id") ? "output" : "observation";
            html.append("<details class=\"output\"").append(lineCount(content) <= OPEN_LINES ? " open" : "").append("><summary>")
                    .append(label).append(" · ").append(lines(content)).append("</summary><pre>")
                    .append(content.isEmpty() ? "<span class=\"clipped\">(no output)</span>" : clip(content)).append("</pre></details>\n");
        }
        html.append("</section>\n");
    }

    /** A tool call: a shell command as {@code $ command}, any other as its name and arguments. */
    private static String call(JsonNode call) {
        String function = call.path("function_name").asText("?");
        JsonNode arguments = call.path("arguments");
        if (arguments.size() == 1 && arguments.path("command").isTextual()) {
            return "<div class=\"call\"><span class=\"tool\">" + Html.escape(function) + "</span><pre class=\"command\">"
                    + clip(arguments.path("command").asText()) + "</pre></div>\n";
        }
        return "<div class=\"call\"><span class=\"tool\">" + Html.escape(function) + "</span><pre class=\"command\">"
                + clip(readable(arguments)) + "</pre></div>\n";
    }

    /**
     * A tool call's arguments one per line, {@code name: value}; a text value (a file's content, a
     * patch) as its lines rather than one JSON string full of {@code \n}.
     */
    private static String readable(JsonNode arguments) {
        if (!arguments.isObject()) {
            return arguments.isMissingNode() ? "" : arguments.toPrettyString();
        }
        StringBuilder out = new StringBuilder();
        arguments.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            String text = value.isTextual() ? value.asText() : value.toString();
            out.append(field.getKey()).append(':').append(text.contains("\n") ? "\n" : " ").append(text);
            if (!text.endsWith("\n")) {
                out.append('\n');
            }
        });
        return out.toString().stripTrailing();
    }

    /** Tokens, cost and time of an agent step, and how its command ended. */
    private static List<String> facts(JsonNode step, JsonNode extra, Optional<Instant> at, Optional<Instant> next) {
        List<String> facts = new ArrayList<>();
        JsonNode metrics = step.path("metrics");
        if (metrics.has("prompt_tokens")) {
            facts.add(count(metrics.path("prompt_tokens")) + " in" + (metrics.path("cached_tokens").asLong() > 0
                    ? " (" + count(metrics.path("cached_tokens")) + " cached)" : ""));
        }
        if (metrics.has("completion_tokens")) {
            facts.add(count(metrics.path("completion_tokens")) + " out");
        }
        if (metrics.path("cost_usd").isNumber()) {
            facts.add(String.format(Locale.ROOT, "$%.4f", metrics.path("cost_usd").asDouble()));
        }
        if (extra.path("modelSeconds").isNumber()) {
            facts.add("model " + Numbers.one(extra.path("modelSeconds").asDouble()) + " s");
        }
        if (extra.path("commandSeconds").isNumber() && step.path("tool_calls").size() > 0) {
            facts.add("command " + Numbers.one(extra.path("commandSeconds").asDouble()) + " s");
        }
        if (!extra.path("modelSeconds").isNumber() && at.isPresent() && next.isPresent()) {
            // A CLI's trajectory has timestamps only: the time to the next step is this step's.
            facts.add(Numbers.one(Duration.between(at.get(), next.get()).toMillis() / 1000.0) + " s to the next step");
        }
        return facts;
    }

    /** How the step's command ended, red unless it exited 0. */
    private static String ending(JsonNode extra) {
        if (extra.path("timedOut").asBoolean()) {
            return " · <span class=\"fail\">timed out</span>";
        }
        if (extra.path("exitCode").isInt()) {
            int code = extra.path("exitCode").asInt();
            return " · <span class=\"" + (code == 0 ? "ok" : "fail") + "\">exit " + code + "</span>";
        }
        return "";
    }

    private static String totals(JsonNode m) {
        List<String> parts = new ArrayList<>();
        if (m.has("total_prompt_tokens")) {
            parts.add(count(m.path("total_prompt_tokens")) + " tokens in");
        }
        if (m.has("total_completion_tokens")) {
            parts.add(count(m.path("total_completion_tokens")) + " out");
        }
        if (m.path("total_cost_usd").isNumber()) {
            parts.add(String.format(Locale.ROOT, "$%.4f", m.path("total_cost_usd").asDouble()));
        }
        return parts.isEmpty() ? "" : " · " + String.join(" · ", parts);
    }

    /**
     * {@code text} escaped, whole up to {@link #TEXT_CAP} characters, else its head and tail (the
     * tail often holds the error) around a note of how much was left out.
     */
    static String clip(String text) {
        if (text.length() <= TEXT_CAP) {
            return Html.escape(text);
        }
        int head = TEXT_CAP * 2 / 3;
        int tail = TEXT_CAP - head;
        return Html.escape(text.substring(0, head)) + "<span class=\"clipped\">[… " + String.format(Locale.ROOT, "%,d",
                text.length() - head - tail) + " characters not shown here; trajectory.json has them all …]</span>"
                + Html.escape(text.substring(text.length() - tail));
    }

    private static String lines(String text) {
        int n = lineCount(text);
        return n + (n == 1 ? " line" : " lines");
    }

    private static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        return (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
    }

    private static String count(JsonNode n) {
        return String.format(Locale.ROOT, "%,d", n.asLong());
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static Optional<Instant> instant(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(node.asText()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();  // a local time without an offset: no duration rather than a wrong one
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** ATIF's total_steps: the model turns, which the entries (prompts included) outnumber. */
    private static String turns(JsonNode metrics) {
        return metrics.path("total_steps").isNumber() ? " (" + metrics.path("total_steps").asInt() + " model turns)" : "";
    }
}
