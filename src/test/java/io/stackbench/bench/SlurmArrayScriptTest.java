package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/slurm/stackbench-array.sbatch without a cluster: a stand-in {@code sbatch} and a
 * stand-in {@code stackbench} launcher record the arguments they get, one per line.
 * SlurmIT runs the script on a real Slurm.
 */
class SlurmArrayScriptTest {

    private static final Path SCRIPT = TestSettings.repo().resolve("scripts/slurm/stackbench-array.sbatch");

    @TempDir
    Path dir;

    private Path repo;
    private Path bin;

    private record Result(int code, String output) {
    }

    @BeforeEach
    void standIns() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        bin = Files.createDirectories(dir.resolve("bin"));
        recorder(repo.resolve("stackbench"), "stackbench.args");
        recorder(bin.resolve("sbatch"), "sbatch.args");
    }

    @Test
    void submittingPassesTheSlurmSettingsAsOptionsAndTheSweepSettingsIntactToTheShards() throws Exception {
        Result result = run(Map.of(), "SHARDS=8", "MAX_RUNNING=2", "PARTITION=gpu", "EXCLUSIVE=yes", "WAIT=yes",
                "TASKS=flask,L3+sqlite", "RESULTS=" + dir.resolve("out"), "REPO=" + repo, "--", "--max-total-cost", "5");
        assertThat(result.code()).as(result.output()).isZero();
        List<String> sbatch = Files.readAllLines(dir.resolve("sbatch.args"));
        assertThat(sbatch).contains("--array=1-8%2", "--partition=gpu", "--exclusive", "--wait", "--cpus-per-task=2",
                "--mem=8G", "--time=1-00:00:00");
        assertThat(sbatch).as("the shards get the settings as arguments, commas intact, then the bench options")
                .containsSubsequence("SHARDS=8", "RESULTS=" + dir.resolve("out"), "TASKS=flask,L3+sqlite", "--",
                        "--max-total-cost", "5");
        assertThat(Files.readAllLines(dir.resolve("stackbench.args"))).as("the jar is built once, before submitting")
                .containsExactly("--version");
        assertThat(dir.resolve("out")).isDirectory();
    }

    @Test
    void arrayTaskKRunsShardKOfNWithTheSweepSettings() throws Exception {
        Result result = run(Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_JOB_ID", "42"), "SHARDS=4", "AGENT=oracle",
                "TASKS=flask,django", "RUNS=2", "JOBS=2", "RESULTS=/shared/results", "REPO=" + repo, "--", "--retries", "0");
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(Files.readAllLines(dir.resolve("stackbench.args"))).containsExactly("bench", "--shard", "3/4",
                "--agent", "oracle", "--tasks", "flask,django", "--runs", "2", "--jobs", "2", "--results", "/shared/results",
                "--progress", "jsonl", "--retries", "0");
        assertThat(dir.resolve("sbatch.args")).as("a shard submits nothing").doesNotExist();
    }

    @Test
    void statusRunsBenchStatusOnTheSweepTheSettingsDescribeAndSubmitsNothing() throws Exception {
        Result result = run(Map.of(), "status", "AGENT=oracle", "TASKS=flask,django", "RUNS=3", "RESULTS=/shared/results",
                "REPO=" + repo);
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(Files.readAllLines(dir.resolve("stackbench.args"))).containsExactly("bench", "--status",
                "--agent", "oracle", "--tasks", "flask,django", "--runs", "3", "--results", "/shared/results");
        assertThat(dir.resolve("sbatch.args")).doesNotExist();
    }

    @Test
    void anArrayIndexOutsideTheShardsIsRefused() throws Exception {
        Result result = run(Map.of("SLURM_ARRAY_TASK_ID", "0"), "SHARDS=4", "REPO=" + repo);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).contains("array index 0 is outside 1..4: submit with --array=1-4");
        assertThat(dir.resolve("stackbench.args")).doesNotExist();
    }

    @Test
    void anUnknownSettingIsRefusedBeforeAnythingIsSubmitted() throws Exception {
        Result result = run(Map.of(), "SHARD=4", "REPO=" + repo);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).contains("unknown setting SHARD");
        assertThat(dir.resolve("sbatch.args")).doesNotExist();
    }

    /** A script at {@code path} that writes its arguments, one per line, to {@code dir/name}. */
    private void recorder(Path path, String name) throws IOException {
        Files.writeString(path, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir.resolve(name) + "'\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SLURM_"));
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
