package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.cli.CliRun;
import io.stackbench.cli.Main;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two shards of one sweep, started at once as two StackBench processes on this machine and writing
 * one results directory, give what one unsharded sweep gives: the same slots, the same scores and
 * the same report. Sealed (the default), each run has its own network namespace, so the shards'
 * servers never meet on port 8080.
 */
class ShardedSweepIT {

    /** Three SQLite tasks of three frameworks (two runtimes); two runs each: six slots, three per shard. */
    private static final String TASKS = "flask-openapi-sqlite,express-openapi-sqlite,koa-openapi-sqlite";
    private static final String RUNS = "2";
    private static final Duration LIMIT = Duration.ofMinutes(15);

    /**
     * Report fields that differ between two sweeps of the same solutions and say nothing of their
     * scores: wall-clock times (each run's and each agent's seconds or minutes) vary from run to run.
     */
    private static final Pattern VOLATILE = Pattern.compile("(?i).*(second|minute|time|duration|host|shard).*");

    @TempDir
    Path dir;

    @Test
    void twoShardsAtOnceGiveTheSameResultsAndReportAsOneSweep() throws Exception {
        Path sharded = dir.resolve("sharded");
        Path single = dir.resolve("single");
        long start = System.nanoTime();
        Process first = shard(sharded, "1/2");
        Process second = shard(sharded, "2/2");
        awaitSuccess(first, "1/2");
        awaitSuccess(second, "2/2");
        long shardedSeconds = (System.nanoTime() - start) / 1_000_000_000L;
        start = System.nanoTime();
        CliRun unsharded = cli("bench", "--agent", "oracle", "--tasks", TASKS, "--runs", RUNS, "--results", single.toString(),
                "--progress", "none");
        assertThat(unsharded.code()).as(unsharded.err()).isZero();
        long singleSeconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("ShardedSweepIT: two shards at once %d s, one sweep %d s%n", shardedSeconds, singleSeconds);

        Map<String, RunResult> shardedRuns = results(sharded);
        Map<String, RunResult> singleRuns = results(single);
        assertThat(shardedRuns).hasSize(6);
        assertThat(shardedRuns.keySet()).isEqualTo(singleRuns.keySet());
        shardedRuns.forEach((slot, r) -> {
            RunResult s = singleRuns.get(slot);
            // The outcome and phases say why, should a run under two shards' load fail.
            assertThat(r.assertPercent()).as(slot + ": sharded " + r.outcome() + " " + r.phases() + "; single " + s.outcome())
                    .isEqualTo(s.assertPercent()).isEqualTo(100.0);
            assertThat(r.strictAssertPercent()).as(slot).isEqualTo(s.strictAssertPercent());
            assertThat(r.success()).as(slot).isEqualTo(s.success()).isTrue();
            assertThat(r.assertions().passed()).as(slot).isEqualTo(s.assertions().passed());
            assertThat(r.versions()).as(slot).isEqualTo(s.versions());
            RunResult.Provenance p = r.provenance().orElseThrow();
            assertThat(p.shard().orElseThrow()).as(slot).isIn("1/2", "2/2");
            assertThat(p.host()).as(slot).isEqualTo(s.provenance().orElseThrow().host()).isNotBlank();
            assertThat(p.limits()).as("sealed runs record their sandbox's limits").isPresent();
            assertThat(s.provenance().orElseThrow().shard()).as("an unsharded sweep records no shard").isEmpty();
        });
        assertThat(shardedRuns.values().stream().map(r -> r.provenance().orElseThrow().shard().orElseThrow()))
                .as("each shard ran three slots").containsOnly("1/2", "2/2").filteredOn("1/2"::equals).hasSize(3);

        // The report of the merged tree is the single sweep's, volatile fields left out (see VOLATILE).
        assertThat(normalised(report(sharded, "json"))).isEqualTo(normalised(report(single, "json")));
        assertThat(stripTimes(report(sharded, "table"))).isEqualTo(stripTimes(report(single, "table")))
                .doesNotContain("warning:");

        // diagnose reads the union too: nothing failed, so nothing to explain.
        io.stackbench.diagnose.Diagnose.Outcome diagnosed = new io.stackbench.diagnose.Diagnose(Json.mapper()).results(sharded);
        assertThat(diagnosed.errors()).isEmpty();
        assertThat(diagnosed.passedRuns()).isEqualTo(6);

        CliRun status = cli("bench", "--status", "--agent", "oracle", "--tasks", TASKS, "--runs", RUNS, "--results",
                sharded.toString());
        assertThat(status.code()).as(status.out()).isZero();
        assertThat(status.out()).contains("6 done", "0 missing", "shard 1/2 on ", "shard 2/2 on ");

        // One slot's result gone (say its shard was killed mid-run): it is now missing work, and the status says so.
        Path lost = sharded.resolve("oracle/reference/koa-openapi-sqlite/run_2");
        Files.delete(lost.resolve("result.json"));
        CliRun after = cli("bench", "--status", "--results", sharded.toString(), "--tasks", TASKS, "--runs", RUNS);
        assertThat(after.code()).as(after.out()).isEqualTo(1);
        assertThat(after.out()).containsPattern("in progress or debris +oracle/reference koa-openapi-sqlite run 2")
                .contains("5 done", "1 in progress or debris");
    }

    private static Process shard(Path results, String shard) throws Exception {
        // A process of its own, as on another machine: its own StackBench identity and sandboxes.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench", "--agent", "oracle",
                "--tasks", TASKS, "--runs", RUNS, "--results", results.toString(), "--shard", shard, "--progress", "none"));
        Path log = results.getParent().resolve("shard-" + shard.replace('/', '-') + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitSuccess(Process process, String shard) throws Exception {
        Path log = dir.resolve("shard-" + shard.replace('/', '-') + ".log");
        if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("shard " + shard + " did not finish in " + LIMIT + ":\n" + Files.readString(log));
        }
        assertThat(process.exitValue()).as("shard " + shard + ":\n" + Files.readString(log)).isZero();
    }

    /** Every result.json under {@code results}, by {@code <agent>/<model>/<task>/run_<n>}. */
    private static Map<String, RunResult> results(Path results) throws Exception {
        Map<String, RunResult> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(results)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().equals("result.json")).toList()) {
                out.put(results.relativize(file.getParent()).toString(),
                        Json.mapper().readValue(file.toFile(), RunResult.class));
            }
        }
        return out;
    }

    private static String report(Path results, String format) {
        CliRun report = cli("report", results.toString(), "--format", format);
        assertThat(report.code()).as(report.err()).isZero();
        return report.out();
    }

    private static JsonNode normalised(String json) throws Exception {
        JsonNode tree = Json.mapper().readTree(json);
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                if (VOLATILE.matcher(names.next()).matches()) {
                    names.remove();
                }
            }
            object.forEach(ShardedSweepIT::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ShardedSweepIT::strip);
        }
    }

    /**
     * The text report with its one column of times, the agents' mean seconds (last column of the
     * spending table), left out (see VOLATILE).
     */
    private static String stripTimes(String text) {
        StringBuilder out = new StringBuilder();
        boolean timed = false;
        for (String line : text.split("\n", -1)) {
            if (line.stripTrailing().endsWith("mean agent s")) {
                timed = true;
            } else if (line.isBlank()) {
                timed = false;
            }
            out.append(timed ? line.replaceFirst("\\s+\\S+$", "") : line).append('\n');
        }
        return out.toString();
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }
}
