package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.Generation;
import io.stackbench.agent.OracleAgent;
import io.stackbench.cli.Main;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.TaskCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --jobs}: agents work side by side, evaluations take turns. */
class ParallelSweepIT {

    private static final String TASK = "flask-openapi-unconstrained";

    @TempDir
    Path dir;

    private record Interval(Instant start, Instant end) {
        static Interval of(Instant start, double seconds) {
            return new Interval(start, start.plusMillis(Math.round(seconds * 1000)));
        }

        boolean overlaps(Interval other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    @Test
    void threeJobsGenerateAtOnceAndEvaluateOneAtATime() throws Exception {
        Path solution = dir.resolve("reference");
        new OracleAgent(TestSettings.repo().resolve("references")).materialise(TaskCatalog.greenfield().get(TASK), solution);
        Path results = dir.resolve("results");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("bench", "--agent", "cmd:sleep 3 && cp -r '" + solution + "'/. .", "--tasks", TASK,
                "--runs", "3", "--jobs", "3", "--results", results.toString(), "--progress", "none");
        assertThat(code).as(err.toString()).isZero();

        List<Interval> generations = new ArrayList<>();
        List<Interval> evaluations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(results)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("result.json")).toList()) {
                RunResult result = Json.mapper().readValue(file.toFile(), RunResult.class);
                assertThat(result.assertPercent()).isEqualTo(100.0);
                evaluations.add(Interval.of(result.startedAt(), result.seconds()));
                Generation g = Json.mapper().readValue(file.resolveSibling("generation/generation.json").toFile(), Generation.class);
                generations.add(Interval.of(g.started(), g.seconds()));
            }
        }
        assertThat(evaluations).hasSize(3);
        generations.sort(Comparator.comparing(Interval::start));
        assertThat(generations.get(0).overlaps(generations.get(2))).as("all three agents were at work together").isTrue();
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertThat(evaluations.get(i).overlaps(evaluations.get(j))).as("evaluations %d and %d", i, j).isFalse();
            }
        }
    }
}
