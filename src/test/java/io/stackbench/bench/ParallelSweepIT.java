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

/** {@code --jobs}: sealed, agents and evaluations work side by side, each with its own port 8080 and database. */
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
    void sealedThreeAgentsOnPostgresEachBindPort8080AndSeeOnlyTheirOwnDatabaseAndEvaluationsOverlap() throws Exception {
        String task = "flask-openapi-postgres";
        Path solution = dir.resolve("reference");
        new OracleAgent(TestSettings.repo().resolve("references")).materialise(TaskCatalog.greenfield().get(task), solution);
        // Each agent serves on 8080, creates a table of its own in PostgreSQL, and lists the tables it sees.
        String agent = "cmd:cp -r '" + solution + "'/. . && (python3 -m http.server 8080 --bind 127.0.0.1 >/dev/null 2>&1 &)"
                + " && sleep 1 && curl -sf -o /dev/null http://localhost:8080/ && echo bound > {{record_dir}}/bound.txt"
                + " && t=t_$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \\n') && export PGPASSWORD=password"
                + " && psql -h localhost -U user -d conduit -qc \"CREATE TABLE $t (id int)\""
                + " && psql -h localhost -U user -d conduit -Atc \"SELECT tablename FROM pg_tables WHERE schemaname = 'public'\""
                + " > {{record_dir}}/tables.txt && echo $t > {{record_dir}}/mine.txt && sleep 2";
        List<Path> runs = sweep(task, agent, solution);

        List<Interval> generations = new ArrayList<>();
        List<Interval> evaluations = new ArrayList<>();
        for (Path run : runs) {
            RunResult result = Json.mapper().readValue(run.resolve("result.json").toFile(), RunResult.class);
            assertThat(result.assertPercent()).as(run.toString()).isEqualTo(100.0);
            assertThat(result.isolation()).isEqualTo("sandbox");
            evaluations.add(Interval.of(result.startedAt(), result.seconds()));
            Generation g = Json.mapper().readValue(run.resolve("generation/generation.json").toFile(), Generation.class);
            assertThat(g.exitReason().id()).as(g.detail().orElse("")).isEqualTo("submitted");
            generations.add(Interval.of(g.started(), g.seconds()));
            Path records = run.resolve("generation/agent");
            assertThat(records.resolve("bound.txt")).as("its server got port 8080").exists();
            assertThat(Files.readAllLines(records.resolve("tables.txt"))).as("it sees its own table, and only that")
                    .containsExactly(Files.readString(records.resolve("mine.txt")).strip());
        }
        generations.sort(Comparator.comparing(Interval::start));
        assertThat(generations.get(0).overlaps(generations.get(2))).as("all three agents were at work together").isTrue();
        assertThat(anyOverlap(evaluations)).as("evaluations ran side by side").isTrue();
    }

    @Test
    void unsealedEvaluationsTakeTurns() throws Exception {
        Path solution = dir.resolve("reference");
        new OracleAgent(TestSettings.repo().resolve("references")).materialise(TaskCatalog.greenfield().get(TASK), solution);
        List<Path> runs = sweep(TASK, "cmd:sleep 3 && cp -r '" + solution + "'/. .", solution, "--isolation", "none");
        List<Interval> evaluations = new ArrayList<>();
        for (Path run : runs) {
            RunResult result = Json.mapper().readValue(run.resolve("result.json").toFile(), RunResult.class);
            assertThat(result.assertPercent()).isEqualTo(100.0);
            assertThat(result.isolation()).isEqualTo("none");
            evaluations.add(Interval.of(result.startedAt(), result.seconds()));
        }
        assertThat(anyOverlap(evaluations)).as("unsealed evaluations share port 8080, so they take turns").isFalse();
    }

    /** Three runs with three jobs; returns the run directories. */
    private List<Path> sweep(String task, String agent, Path readable, String... more) throws Exception {
        Path results = dir.resolve("results");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("bench", "--agent", agent, "--tasks", task, "--runs", "3", "--jobs", "3",
                "--results", results.toString(), "--progress", "none", "--agent-read", readable.toString()));
        args.addAll(List.of(more));
        int code = cli.execute(args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        try (Stream<Path> files = Files.walk(results)) {
            List<Path> runs = files.filter(p -> p.getFileName().toString().equals("result.json")).map(Path::getParent).toList();
            assertThat(runs).hasSize(3);
            return runs;
        }
    }

    private static boolean anyOverlap(List<Interval> intervals) {
        for (int i = 0; i < intervals.size(); i++) {
            for (int j = i + 1; j < intervals.size(); j++) {
                if (intervals.get(i).overlaps(intervals.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
