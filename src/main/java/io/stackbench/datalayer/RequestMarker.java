package io.stackbench.datalayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Resources;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * StackBench's own forwarding proxy ({@code proxy.js}) in the server's network, between the suite
 * and the server: it marks when each request began and ended. It runs on the host as StackBench,
 * in the sandbox's network only, so the code inside can neither stop nor rewrite it.
 */
final class RequestMarker implements AutoCloseable {

    /** The marker's port inside the sandbox; a server that takes it makes the run unwatched, not unscored. */
    static final int PORT = 47_180;
    private static final Duration READY = Duration.ofSeconds(15);

    private final ProcessRunner.RunningProcess process;
    private final Path marks;

    private RequestMarker(ProcessRunner.RunningProcess process, Path marks) {
        this.process = process;
        this.marks = marks;
    }

    /** Starts the marker in front of {@code serverPort}; empty, with the reason in its log, when it cannot listen. */
    static Optional<RequestMarker> start(ProcessRunner runner, List<String> networkEntry, int serverPort, Path dir) {
        Path marks = dir.resolve("suite-marks.jsonl");
        Path ready = dir.resolve("marker.ready");
        List<String> command = new ArrayList<>(networkEntry);
        command.addAll(List.of("node", "-e", Resources.text(RequestMarker.class, "proxy.js"), Integer.toString(PORT),
                Integer.toString(serverPort), marks.toString(), ready.toString()));
        ProcessRunner.RunningProcess process = runner.start(ProcessSpec.tool("request marker", command, dir,
                dir.resolve("marker.log"), Duration.ofDays(1)));
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline && process.isAlive() && !Files.exists(ready)) {
            sleep();
        }
        if (Files.exists(ready)) {
            return Optional.of(new RequestMarker(process, marks));
        }
        process.stop();
        return Optional.empty();
    }

    /** The URL the suite calls instead of the server's own. */
    String url() {
        return "http://127.0.0.1:" + PORT;
    }

    /** The requests that went through, in the order they began. */
    List<Mark> marks(ObjectMapper json) {
        return Mark.read(marks, json);
    }

    @Override
    public void close() {
        process.stop();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line of a marks file, the marker's or the probe's. */
    record Mark(JsonNode fields) {

        String method() {
            return fields.path("method").asText("");
        }

        /** The path without its query. */
        String path() {
            String p = fields.path("path").asText("");
            int q = p.indexOf('?');
            return q < 0 ? p : p.substring(0, q);
        }

        String fullPath() {
            return fields.path("path").asText("");
        }

        double start() {
            return fields.path("start").asDouble();
        }

        double end() {
            return fields.path("end").asDouble(start());
        }

        static List<Mark> read(Path file, ObjectMapper json) {
            List<Mark> marks = new ArrayList<>();
            if (!Files.isRegularFile(file)) {
                return marks;
            }
            try {
                for (String line : Files.readAllLines(file)) {
                    try {
                        marks.add(new Mark(json.readTree(line)));
                    } catch (IOException e) {
                        // A line cut short when the marker was stopped: that call was not complete.
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read marks " + file, e);
            }
            marks.sort(java.util.Comparator.comparingDouble(Mark::start));
            return marks;
        }
    }
}
