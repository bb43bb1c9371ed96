package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.cli.Main;
import io.stackbench.core.Json;
import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * scripts/slurm/ on a real Slurm: a single-node cluster on this machine runs a 4-shard array of
 * {@code bench --agent oracle}, and the merged results tree equals a sweep of the same tasks on one
 * machine, slot for slot and in the report. Prints both wall times.
 */
class SlurmIT {

    /** One Flask task per level (L1, L2, L2, L3): the shards balance by framework and level, so each gets one. */
    private static final String TASKS = "flask-openapi-sqlite,flask-openapi-clean_architecture-sqlite,"
            + "flask-openapi-sqlite-sqlalchemy,flask-openapi-clean_architecture-sqlite-sqlalchemy";
    private static final int SHARDS = 4;
    private static final Duration SWEEP_TIMEOUT = Duration.ofMinutes(10);

    /** Report fields that differ between two equal sweeps: durations, and where and in which shard a run ran. */
    private static final Pattern VOLATILE = Pattern.compile("(?i).*(seconds|shard|host).*");

    /** Kept when the test fails: the run directories say why a run failed. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void aFourShardArrayOnSlurmGivesTheSameResultsAndReportAsOneMachine() throws Exception {
        Path slurmResults = dir.resolve("slurm-results");
        Path oneResults = dir.resolve("one-machine-results");
        long upStart = System.nanoTime();
        double slurmSeconds;
        try (SingleNodeSlurm slurm = SingleNodeSlurm.start(dir)) {
            double upSeconds = seconds(upStart);
            long start = System.nanoTime();
            Path log = dir.resolve("sbatch.log");
            int code = slurm.run(List.of(TestSettings.repo().resolve("scripts/slurm/stackbench-array.sbatch").toString(),
                    "SHARDS=" + SHARDS, "CPUS=1", "MEMORY=1G", "TIME=00:20:00",
                    "OUTPUT=" + dir.resolve("shard-%a.out"), "RESULTS=" + slurmResults,
                    "AGENT=oracle", "TASKS=" + TASKS, "RUNS=1"), log, Duration.ofMinutes(5));
            Matcher submitted = Pattern.compile("Submitted batch job (\\d+)").matcher(Files.readString(log));
            assertThat(code == 0 && submitted.find()).as("sbatch: %s", Files.readString(log)).isTrue();
            // Polled every second rather than with WAIT=yes (sbatch --wait), whose growing poll interval
            // notices the end up to half a minute late.
            List<String> tasks = slurm.awaitJob(submitted.group(1), SWEEP_TIMEOUT);
            slurmSeconds = seconds(start);
            assertThat(tasks).as("every array task completed with exit code 0%s", shardOutputs()).hasSize(SHARDS)
                    .allSatisfy(task -> assertThat(task).contains("JobState=COMPLETED", "ExitCode=0:0"));
            System.out.printf(Locale.ROOT, "SlurmIT: single-node Slurm up in %.1f s%n", upSeconds);
        }
        for (int shard = 1; shard <= SHARDS; shard++) {
            assertThat(Files.readString(dir.resolve("shard-" + shard + ".out")))
                    .as("array task %d ran shard %d", shard, shard).contains("shard " + shard + "/" + SHARDS);
        }
        assertThat(shardsThatWrote(slurmResults)).as("each slot was written by a shard of its own")
                .containsExactlyInAnyOrder("1/4", "2/4", "3/4", "4/4");
        Path status = dir.resolve("status.log");
        ProcessBuilder statusCommand = new ProcessBuilder(TestSettings.repo().resolve("scripts/slurm/stackbench-array.sbatch")
                .toString(), "status", "AGENT=oracle", "TASKS=" + TASKS, "RUNS=1", "RESULTS=" + slurmResults)
                .redirectErrorStream(true).redirectOutput(status.toFile());
        statusCommand.environment().putAll(TestSettings.environment());
        Process statusProcess = statusCommand.start();
        assertThat(statusProcess.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(statusProcess.exitValue()).as("status: every slot has its result\n%s", Files.readString(status)).isZero();
        assertThat(Files.readString(status)).as(failures(slurmResults)).contains("4 done", "0 missing");

        long start = System.nanoTime();
        Path log = dir.resolve("one-machine.log");
        ProcessBuilder sweep = new ProcessBuilder(TestSettings.repo().resolve("stackbench").toString(), "bench",
                "--agent", "oracle", "--tasks", TASKS, "--runs", "1", "--results", oneResults.toString(),
                "--progress", "jsonl").redirectErrorStream(true).redirectOutput(log.toFile());
        sweep.environment().putAll(TestSettings.environment());
        Process one = sweep.start();
        assertThat(one.waitFor(SWEEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        double oneSeconds = seconds(start);
        assertThat(one.exitValue()).as(Files.readString(log)).isZero();
        System.out.printf(Locale.ROOT, "SlurmIT: %d tasks × 1 run: %d-shard Slurm array (1 node, 1 CPU per shard) %.1f s "
                + "from submission until no shard was left, one machine %.1f s%n", 4, SHARDS, slurmSeconds, oneSeconds);

        Map<String, JsonNode> expected = scores(oneResults);
        assertThat(expected).as("the one-machine sweep scored every task%s", failures(oneResults)).hasSize(4)
                .allSatisfy((slot, score) -> assertThat(score.path("assertPercent").asDouble()).as(slot).isEqualTo(100.0));
        assertThat(scores(slurmResults)).as("the same slots with the same scores%s", failures(slurmResults)).isEqualTo(expected);
        assertThat(report(slurmResults)).as("the same report").isEqualTo(report(oneResults));
    }

    /** What a run scored, by slot (agent/model/task/run_n): everything in result.json but timings, paths and provenance. */
    private static Map<String, JsonNode> scores(Path results) throws IOException {
        Map<String, JsonNode> scores = new TreeMap<>();
        try (Stream<Path> files = Files.walk(results)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("result.json")).toList()) {
                JsonNode result = Json.mapper().readTree(file.toFile());
                ObjectNode score = Json.mapper().createObjectNode();
                score.set("task", result.path("task").path("id"));
                for (String field : List.of("assertions", "assertPercent", "strictAssertPercent", "failingPhase", "success",
                        "features", "operations", "dataLayerSoundAssertPercent", "isolation")) {
                    score.set(field, result.path(field));
                }
                score.set("phases", statuses(result.path("phases"), "name"));
                score.set("verifiers", statuses(result.path("verifiers"), "verifier"));
                score.set("exitReason", result.path("generation").path("exitReason"));
                scores.put(results.relativize(file.getParent()).toString(), score);
            }
        }
        return scores;
    }

    /** For an assertion's message: each run that did not score 100%, its failing phase and the end of its server's log. */
    private static String failures(Path results) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(results)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("result.json")).toList()) {
                JsonNode result = Json.mapper().readTree(file.toFile());
                if (result.path("assertPercent").asDouble() == 100.0) {
                    continue;
                }
                text.append("\n--- ").append(results.relativize(file.getParent())).append(": failing phase ")
                        .append(result.path("failingPhase").asText());
                result.path("phases").forEach(phase -> {
                    if (!phase.path("status").asText().equals("PASSED")) {
                        text.append("\n  ").append(phase.path("name").asText()).append(' ').append(phase.path("status").asText())
                                .append(": ").append(phase.path("message").asText());
                    }
                });
                Path server = file.resolveSibling("logs/server.log");
                if (Files.exists(server)) {
                    text.append("\n  server.log: ").append(tail(Files.readString(server)));
                }
            }
        }
        return text.isEmpty() ? "" : "\nruns that failed in " + results + ":" + text;
    }

    /** The shard each result.json says it was made by ({@code provenance.shard}). */
    private static List<String> shardsThatWrote(Path results) throws IOException {
        List<String> shards = new ArrayList<>();
        try (Stream<Path> files = Files.walk(results)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("result.json")).toList()) {
                shards.add(Json.mapper().readTree(file.toFile()).path("provenance").path("shard").asText("(none)"));
            }
        }
        return shards;
    }

    /** name → status of each phase or verifier. */
    private static JsonNode statuses(JsonNode items, String nameField) {
        ObjectNode statuses = Json.mapper().createObjectNode();
        items.forEach(item -> statuses.set(item.path(nameField).asText(), item.path("status")));
        return statuses;
    }

    /** The JSON report of a results tree, without its volatile fields. */
    private static JsonNode report(Path results) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("report", "--format", "json", results.toString())).as(err.toString()).isZero();
        JsonNode report = Json.mapper().readTree(out.toString());
        dropVolatile(report);
        return report;
    }

    private static void dropVolatile(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                if (VOLATILE.matcher(names.next()).matches()) {
                    names.remove();
                }
            }
        }
        node.forEach(SlurmIT::dropVolatile);
    }

    private String shardOutputs() throws IOException {
        List<String> outputs = new ArrayList<>();
        for (int shard = 1; shard <= SHARDS; shard++) {
            Path out = dir.resolve("shard-" + shard + ".out");
            outputs.add("\n--- shard " + shard + ": " + (Files.exists(out) ? tail(Files.readString(out)) : "(no output file)"));
        }
        return String.join("", outputs);
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
