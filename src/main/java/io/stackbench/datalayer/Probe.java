package io.stackbench.datalayer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Resources;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.security.SecureRandom;

/**
 * The data-layer probe ({@code probe.js}): after the suite it builds a known dataset through the
 * API at {@link #SMALL} and then {@link #LARGE} items and calls each list endpoint at both sizes.
 */
final class Probe {

    /** Articles (by one author, tagged, favorited by a reader who follows the author) and comments on one article. */
    static final int SMALL = 3;
    static final int LARGE = 8;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private Probe() {
    }

    /**
     * What one probe run left: its calls as windows, and why it stopped early if it did.
     *
     * @param windows  every call, setup and measurement, in order
     * @param measured the measuring calls' marks
     * @param created  what the probe created and the server answered with, by kind ({@code user},
     *                 {@code article}, {@code tag}, {@code comment}): a value found nowhere else,
     *                 which must then be in the task's database. A value the server did not give
     *                 back (tags on a server without tags) is no evidence either way.
     */
    record Outcome(List<Window> windows, List<RequestMarker.Mark> measured, Map<String, String> created,
                   Optional<String> failure) {
    }

    /** How a measuring call is named among the probe's calls: {@code GET /articles/feed at 8 #2} (0-based repeat). */
    static String label(String endpoint, int size, int repeat) {
        return endpoint + " at " + size + " #" + (repeat + 1);
    }

    static Outcome run(ProcessRunner runner, List<String> networkEntry, String apiUrl, Path dir, ObjectMapper json) {
        Path marks = dir.resolve("probe-marks.jsonl");
        List<String> command = new ArrayList<>(networkEntry);
        // A word of its own for every run: the probe's users and tags never meet the suite's.
        String word = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        command.addAll(List.of("node", "-e", Resources.text(Probe.class, "probe.js"), apiUrl, marks.toString(),
                Integer.toString(SMALL), Integer.toString(LARGE), word));
        ProcessResult result = runner.run(ProcessSpec.tool("data-layer probe", command, dir, dir.resolve("probe.log"), TIMEOUT));
        Optional<String> failure = result.succeeded() ? Optional.empty()
                : Optional.of("the probe stopped: " + result.lastLine());
        return outcome(RequestMarker.Mark.read(marks, json), word, failure);
    }

    /** What the probe's marks say: its calls, the measuring ones, and what the server gave back of what was created. */
    static Outcome outcome(List<RequestMarker.Mark> marks, String word, Optional<String> failure) {
        List<Window> windows = new ArrayList<>();
        List<RequestMarker.Mark> measured = new ArrayList<>();
        Map<String, String> created = new TreeMap<>();
        for (RequestMarker.Mark m : marks) {
            boolean measure = m.fields().path("phase").asText().equals("measure");
            String label = measure
                    ? label(m.fields().path("endpoint").asText(), m.fields().path("size").asInt(),
                            m.fields().path("repeat").asInt())
                    : m.fields().path("what").asText("setup");
            windows.add(new Window("probe", label, windows.size(), m.method(), m.fullPath(), m.start(), m.end()));
            if (measure) {
                measured.add(m);
            }
            int status = m.fields().path("status").asInt();
            String answer = m.fields().path("answer").asText("");
            Map<String, String> values = switch (label) {
                case "create article 0" -> Map.of("article", "Probe " + word + " 0", "tag", "probetag" + word);
                case "comment 0" -> Map.of("comment", "probe comment " + word + " 0");
                default -> label.equals("register probeauthor" + word) ? Map.of("user", "probeauthor" + word) : Map.of();
            };
            if (status >= 200 && status < 300) {
                values.forEach((kind, value) -> {
                    if (answer.contains(value)) {
                        created.put(kind, value);
                    }
                });
            }
        }
        return new Outcome(windows, measured, created, failure);
    }

}
