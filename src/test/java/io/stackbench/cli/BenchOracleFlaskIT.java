package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.task.TaskFilter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchOracleFlaskIT {

    @TempDir
    Path results;

    private String bench() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("bench", "--agent", "oracle", "--tasks", "flask", "--results", results.toString());
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void benchOracleFlaskScoresOneHundredPercentOnAllTenTasksAndARerunRepeatsNothing() throws Exception {
        String output = bench();
        for (Task task : TaskCatalog.greenfield().select(TaskFilter.parse("flask"))) {
            Path result = results.resolve("oracle/reference").resolve(task.id()).resolve("run_1/result.json");
            RunResult run = Json.mapper().readValue(result.toFile(), RunResult.class);
            assertThat(run.failingPhase()).as(task.id()).isEmpty();
            assertThat(run.assertPercent()).as(task.id()).isEqualTo(100.0);
            assertThat(run.strictAssertPercent()).as(task.id() + " passes every verifier").isEqualTo(100.0);
            assertThat(run.success()).as(task.id()).isTrue();
            assertThat(run.assertions().total()).as(task.id()).isGreaterThanOrEqualTo(300);
        }
        assertThat(output).contains("L0", "L3", "100.0", "[10/10]");

        long before = Files.getLastModifiedTime(results.resolve("oracle/reference/flask-openapi-sqlite/run_1/result.json")).toMillis();
        String again = bench();
        assertThat(again).contains("(kept from an earlier sweep)");
        assertThat(Files.getLastModifiedTime(results.resolve("oracle/reference/flask-openapi-sqlite/run_1/result.json")).toMillis())
                .as("a finished run is not repeated").isEqualTo(before);

        io.stackbench.diagnose.Diagnose.Outcome diagnosed = new io.stackbench.diagnose.Diagnose(Json.mapper()).results(results);
        assertThat(diagnosed.diagnoses()).as("the references fail nothing, so diagnose finds nothing to explain").isEmpty();
        assertThat(diagnosed.errors()).isEmpty();
        assertThat(diagnosed.passedRuns()).isEqualTo(10);
    }
}
