package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a CLI agent's own output and files say about a run: what it spent, how many model
 * turns it took and what it did. Only formats a CLI documents or demonstrably writes are read;
 * anything else is unknown rather than a guess.
 */
interface AgentOutput {

    /** A CLI whose output StackBench cannot read honestly. */
    AgentOutput NONE = (recordDir, log) -> Optional.empty();

    /**
     * What the CLI's output says; empty when it left nothing readable.
     *
     * @param recordDir the run's record directory, where the CLI's files were directed
     * @param log       its standard output and error, capped ({@code recordDir/agent.log})
     */
    Optional<CliReport> read(Path recordDir, Path log);

    /**
     * A CLI's own account of a run.
     *
     * @param steps            model turns as the CLI counts them; 0 when it made no model call
     * @param endpointFailure  the model endpoint failure that ended the run, as the CLI reported it
     *                         after its own retries; empty when it reported none
     */
    record CliReport(Usage usage, Optional<Integer> steps, Optional<Atif.Trajectory> trajectory,
                     Optional<EndpointFailure> endpointFailure) {

        /** A report of a run the endpoint did not end. */
        CliReport(Usage usage, Optional<Integer> steps, Optional<Atif.Trajectory> trajectory) {
            this(usage, steps, trajectory, Optional.empty());
        }

        /** This report with the endpoint failure that ended the run. */
        CliReport withEndpointFailure(Optional<EndpointFailure> failure) {
            return new CliReport(usage, steps, trajectory, failure);
        }
    }

    /**
     * What a CLI said when its model endpoint failed for good (after its own retries).
     *
     * @param status the HTTP status the endpoint answered; empty when the CLI did not say or the
     *               endpoint was unreachable
     * @param cause  one line quoting the CLI's own message
     */
    record EndpointFailure(Optional<Integer> status, String cause) {

        private static final int MAX_CAUSE = 400;

        public EndpointFailure {
            String line = cause.strip().replaceAll("\\s*\\R\\s*", " ");
            cause = line.length() <= MAX_CAUSE ? line : line.substring(0, MAX_CAUSE) + "…";
        }

        static EndpointFailure of(int status, String cause) {
            return new EndpointFailure(Optional.of(status), cause);
        }

        static EndpointFailure unknownStatus(String cause) {
            return new EndpointFailure(Optional.empty(), cause);
        }
    }

    /**
     * The report with the endpoint failure set; a report with no usage, steps or trajectory
     * when the CLI left nothing else readable but did say its endpoint failed.
     */
    static Optional<CliReport> withFailure(Optional<CliReport> report, Optional<EndpointFailure> failure) {
        if (failure.isEmpty()) {
            return report;
        }
        return Optional.of(report.orElse(new CliReport(Usage.UNKNOWN, Optional.empty(), Optional.empty())).withEndpointFailure(failure));
    }

    /**
     * The JSON objects of a JSON-lines file, in order. Blank lines and lines that are not a JSON
     * object are skipped: a line cut short when the CLI was stopped or by the log cap, or one
     * something else printed between the CLI's events.
     */
    static List<JsonNode> jsonObjects(Path file) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines(file)) {
            String text = line.strip();
            if (!text.startsWith("{")) {
                continue;
            }
            try {
                out.add(Json.mapper().readTree(text));
            } catch (IOException e) {
                // Not a whole JSON object: skipped, the others still hold.
            }
        }
        return out;
    }

    /** The lines of a text file, none when it is missing or unreadable. */
    static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
