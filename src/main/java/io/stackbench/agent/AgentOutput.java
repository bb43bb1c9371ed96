package io.stackbench.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * @param steps model turns as the CLI counts them; 0 when it made no model call
     */
    record CliReport(Usage usage, Optional<Integer> steps, Optional<Atif.Trajectory> trajectory) {
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
