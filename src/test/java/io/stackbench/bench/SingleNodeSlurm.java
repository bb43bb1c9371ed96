package io.stackbench.bench;

import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private single-node Slurm cluster on this machine, brought up and torn down by
 * {@code scripts/slurm/single-node-test.sh} (which installs slurm-wlm and munge when missing).
 * Its commands run through plain {@link ProcessBuilder}s, not StackBench's process runner: that
 * one stops whatever a finished child left running, and the daemons are meant to outlive the script.
 */
final class SingleNodeSlurm implements AutoCloseable {

    /** A directory and ports of its own, so a cluster a developer started with the defaults is left alone. */
    private static final Path DIR = Path.of("/tmp/stackbench-slurm-it");
    private static final String PORT = "16837";
    /** Covers a cold apt-get install of the four packages. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path logs;

    private SingleNodeSlurm(Path logs) {
        this.logs = logs;
    }

    /** Starts the cluster; fails with the script's output, which says why, when it cannot. */
    static SingleNodeSlurm start(Path logs) throws IOException, InterruptedException {
        SingleNodeSlurm slurm = new SingleNodeSlurm(logs);
        // A test run killed midway leaves its cluster up, perhaps with jobs: start from nothing (fast when nothing is there).
        slurm.script("stop", Duration.ofMinutes(2));
        slurm.script("start", START_TIMEOUT);
        return slurm;
    }

    /** The environment for Slurm's clients (sbatch, squeue) and the jobs they submit. */
    Map<String, String> environment() {
        Map<String, String> env = TestSettings.environment();
        env.put("SLURM_CONF", DIR.resolve("slurm.conf").toString());
        env.put("STACKBENCH_SLURM_DIR", DIR.toString());
        env.put("STACKBENCH_SLURM_PORT", PORT);
        return env;
    }

    /** Runs a command with this cluster's environment; returns its exit code, its output in {@code log}. */
    int run(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(TestSettings.repo().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment());
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + timeout + ":\n"
                    + Files.readString(log));
        }
        return process.exitValue();
    }

    /**
     * Waits until no task of the job is pending or running, polling squeue every second; returns
     * {@code scontrol show job}'s one line per array task (JobState, ExitCode), which the
     * controller keeps for five minutes (MinJobAge) after a job ends.
     */
    List<String> awaitJob(String jobId, Duration timeout) throws IOException, InterruptedException {
        Path log = logs.resolve("squeue-" + jobId + ".log");
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + jobId + " still queued or running after " + timeout + ":\n"
                        + Files.readString(log));
            }
            Thread.sleep(1000);
            int code = run(List.of("squeue", "-h", "-j", jobId, "-o", "%i %T"), log, Duration.ofSeconds(30));
            if (code != 0) {
                throw new AssertionError("squeue failed: " + Files.readString(log));
            }
        } while (!Files.readString(log).isBlank());
        Path show = logs.resolve("scontrol-" + jobId + ".log");
        int code = run(List.of("scontrol", "-o", "show", "job", jobId), show, Duration.ofSeconds(30));
        if (code != 0) {
            throw new AssertionError("scontrol show job " + jobId + " failed: " + Files.readString(show));
        }
        return Files.readAllLines(show).stream().filter(line -> !line.isBlank()).toList();
    }

    private void script(String subcommand, Duration timeout) throws IOException, InterruptedException {
        Path log = logs.resolve("slurm-" + subcommand + ".log");
        Path script = TestSettings.repo().resolve("scripts/slurm/single-node-test.sh");
        int code = run(List.of(script.toString(), subcommand), log, timeout);
        if (code != 0) {
            throw new AssertionError("a single-node Slurm cannot run on this machine: `single-node-test.sh " + subcommand
                    + "` exited with " + code + ":\n" + Files.readString(log));
        }
    }

    /** Cancels its jobs, stops munged, slurmctld and slurmd, and deletes the cluster's directory. */
    @Override
    public void close() throws IOException {
        try {
            script("stop", Duration.ofMinutes(2));
        } catch (InterruptedException e) {
            // Interrupted while stopping: keep the interrupt for the test runner; the next start stops leftovers first.
            Thread.currentThread().interrupt();
        }
    }
}
