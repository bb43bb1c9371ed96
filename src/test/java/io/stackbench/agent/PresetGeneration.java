package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One {@code stackbench generate} of a CLI preset on a small task, run in-process against a model
 * endpoint, and what the command printed: the shared first half of every preset's end-to-end test.
 */
record PresetGeneration(int exitCode, String transcript, Path dir) {

    static final String TASK = "flask-openapi-unconstrained";

    /** Runs {@code --agent spec} with {@code --base-url baseUrl} into {@code dir}. */
    static PresetGeneration run(String spec, String baseUrl, Path dir) {
        CliRun run = CliRun.of("generate", "--agent", spec, "--base-url", baseUrl, "--task", TASK, "--time-limit", "300",
                "--out", dir.toString());
        return new PresetGeneration(run.code(), run.transcript(), dir);
    }

    /** Fails naming the preset, with what generate printed and the CLI's own log, unless generate succeeded. */
    PresetGeneration assertSucceeded(String preset) throws java.io.IOException {
        Path log = dir.resolve("agent").resolve("agent.log");
        assertThat(exitCode).as("preset " + preset + ": generate failed (its pinned install under tools/agents/" + preset
                + " must install and run here)\n" + transcript + "\n" + (Files.exists(log) ? Files.readString(log) : "(no agent.log)"))
                .isZero();
        return this;
    }
}
