package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.Generation;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.TestSettings;
import io.stackbench.agent.OracleAgent;
import io.stackbench.task.TaskCatalog;
import io.stackbench.runtime.LiveProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL at the worst moments (an agent at work, a server under test) and
 * started again with the same arguments ends with exactly one complete result per (task, run),
 * keeps the generation it had finished, and clears what the dead sweep left running.
 */
class SweepResumeIT {

    private static final String TASK = "flask-openapi-unconstrained";

    @TempDir
    Path dir;

    @Test
    void aSweepKilledDuringGenerationAndDuringEvaluationResumesToOneCompleteResultPerRun() throws Exception {
        Path solution = dir.resolve("reference");
        new OracleAgent(TestSettings.repo().resolve("references")).materialise(TaskCatalog.greenfield().get(TASK), solution);
        // A slow agent: its generation takes long enough to be killed in the middle of.
        String agent = "cmd:sleep 4 && cp -r '" + solution + "'/. .";
        Path results = dir.resolve("results");

        Process first = bench(agent, results, dir.resolve("first.log"), "--agent-read", solution.toString());
        awaitLine(first, dir.resolve("first.log"), l -> l.contains("\"stage\":\"generate\"") && l.contains("\"run\":1"));
        kill(first);
        Path run1 = runDirectory(results, 1);
        assertThat(run1.resolve("generation/generation.json")).as("killed mid-generation").doesNotExist();

        Process second = bench(agent, results, dir.resolve("second.log"), "--agent-read", solution.toString());
        awaitLine(second, dir.resolve("second.log"), l -> l.contains("\"stage\":\"evaluate\"") && l.contains("\"run\":1"));
        awaitFile(run1.resolve("logs/server.log"));
        Thread.sleep(1500);
        kill(second);
        assertThat(run1.resolve("result.json")).as("killed mid-evaluation").doesNotExist();
        Path generation = run1.resolve("generation/generation.json");
        FileTime generated = Files.getLastModifiedTime(generation);

        Process third = bench(agent, results, dir.resolve("third.log"), "--agent-read", solution.toString());
        assertThat(third.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(third.exitValue()).as(Files.readString(dir.resolve("third.log"))).isZero();

        assertThat(Files.getLastModifiedTime(generation)).as("the finished generation was kept, not redone").isEqualTo(generated);
        for (int run = 1; run <= 2; run++) {
            RunResult result = Json.mapper().readValue(runDirectory(results, run).resolve("result.json").toFile(), RunResult.class);
            assertThat(result.assertPercent()).as("run " + run).isEqualTo(100.0);
            assertThat(result.generation()).hasValueSatisfying(g -> assertThat(g.exitReason()).isEqualTo("submitted"));
            Generation g = Json.mapper().readValue(runDirectory(results, run).resolve("generation/generation.json").toFile(),
                    Generation.class);
            assertThat(g.run()).isEqualTo(run);
        }
        try (Stream<Path> files = Files.walk(results)) {
            List<String> names = files.map(p -> results.relativize(p).toString()).toList();
            assertThat(names.stream().filter(n -> n.endsWith("result.json"))).as("one result per (task, run)").hasSize(2);
            assertThat(names.stream().filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
        assertThat(Files.readString(dir.resolve("third.log")))
                .as("the server of the sweep killed mid-evaluation was stopped").contains("stopped processes left running");
    }

    @Test
    void aSweepStoppedWithSigtermStopsTheAgentItWasRunning() throws Exception {
        // The agent's helper leaves the agent's session and process group, as a server an agent
        // tries would; its odd duration tells it apart from every other process on the machine.
        String helper = "sleep 300.4242";
        String agent = "cmd:setsid " + helper + " & wait";
        Process sweep = bench(agent, dir.resolve("results"), dir.resolve("sweep.log"));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (running(helper).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(running(helper)).as("the agent's helper started").isNotEmpty();

        sweep.destroy();
        assertThat(sweep.waitFor(30, TimeUnit.SECONDS)).isTrue();
        deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!running(helper).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(running(helper)).as("the agent's process outlived the sweep").isEmpty();
    }

    private static List<Long> running(String commandLine) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").endsWith(commandLine))
                .map(ProcessHandle::pid).filter(LiveProcesses::running).toList();
    }

    private Process bench(String agent, Path results, Path log, String... more) throws IOException {
        Path jar = TestSettings.repo().resolve("target/stackbench.jar");
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", jar.toString(), "bench", "--agent", agent,
                "--tasks", TASK, "--runs", "2", "--results", results.toString(), "--progress", "jsonl"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(TestSettings.environment());
        return builder.start();
    }

    private static Path runDirectory(Path results, int run) throws IOException {
        try (Stream<Path> models = Files.list(results.resolve("cmd"))) {
            return models.findFirst().orElseThrow().resolve(TASK).resolve("run_" + run);
        }
    }

    private static void awaitLine(Process process, Path log, Predicate<String> line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readAllLines(log).stream().anyMatch(line)) {
                return;
            }
            assertThat(process.isAlive()).as("bench ended early: " + Files.readString(log)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no such line in " + log + ":\n" + Files.readString(log));
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(file).exists();
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
}
