package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pass@1 raw is the study's "Table 1-raw": a run succeeds when its assertions all pass and no phase
 * fails, whether or not its verifiers pass. The tree, one configuration at L1:
 * <pre>
 * clean_architecture  run 1: all pass, verifier passes   success, raw success
 *                     run 2: all pass, verifier fails    raw success only
 *                     run 3: all pass, a script threw     neither
 *                     → pass@1 33.3, pass@1 raw 66.7
 * postgres            run 1: all pass, teardown failed    neither
 *                     run 2: 9 of 10 pass                 neither
 *                     → pass@1 0, pass@1 raw 0
 * L1 cell             pass@1 16.7, pass@1 raw 33.3
 * </pre>
 */
class PassAtOneRawTest {

    private static final String CLEAN = "flask-openapi-clean_architecture";
    private static final String POSTGRES = "flask-openapi-postgres";

    @TempDir
    Path results;
    private Report report;

    @BeforeEach
    void writeTheTree() {
        write(CLEAN, 1, run(CLEAN, "clean_architecture", 10, 0, true, Optional.empty()));
        write(CLEAN, 2, run(CLEAN, "clean_architecture", 10, 0, false, Optional.empty()));
        write(CLEAN, 3, run(CLEAN, "clean_architecture", 10, 1, true, Optional.empty()));
        write(POSTGRES, 1, run(POSTGRES, "postgres", 10, 0, true, Optional.of("teardown")));
        write(POSTGRES, 2, run(POSTGRES, "postgres", 9, 0, true, Optional.empty()));
        report = Fixtures.report(results, List.of());
    }

    @Test
    void aRunSucceedsRawWhenItsAssertionsPassAndNoPhaseFailedWhateverItsVerifiers() {
        List<Boolean> raw = report.runs().stream().map(r -> TaskScore.succeedsIgnoringVerifiers(r.result())).toList();
        List<Boolean> strict = report.runs().stream().map(r -> r.result().success()).toList();
        // Runs sorted by task, then number: clean_architecture 1–3, postgres 1–2.
        assertThat(raw).containsExactly(true, true, false, false, false);
        assertThat(strict).containsExactly(true, false, false, false, false);
    }

    @Test
    void passAtOneRawIsTheShareOfRawSuccessesPerTaskAveragedOverTasks() {
        TaskScore clean = report.scores().stream().filter(s -> s.task().id().equals(CLEAN)).findFirst().orElseThrow();
        assertThat(clean.successes()).isEqualTo(1);
        assertThat(clean.rawSuccesses()).isEqualTo(2);
        assertThat(clean.passAtRaw(1).getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(clean.passAtRaw(3).getAsDouble()).isCloseTo(100.0, within(1e-9));
        Cell l1 = report.table(Report.MAIN).cell(List.of("cmd", "model-x", "L1")).orElseThrow();
        assertThat(l1.passAt1()).isCloseTo(100.0 / 6, within(1e-9));
        assertThat(l1.passAt1Raw()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void everyFormatShowsPassAtOneRawNextToPassAtOne() throws Exception {
        TextTable main = Sections.cells(report.table(Report.MAIN));
        int passAt1 = main.headers().indexOf("pass@1");
        assertThat(main.headers().get(passAt1 + 1)).isEqualTo("pass@1 raw");
        assertThat(main.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(passAt1)).isEqualTo("16.7");
            assertThat(row.get(passAt1 + 1)).isEqualTo("33.3");
        });
        assertThat(render(ReportFormat.TABLE)).contains("pass@1  pass@1 raw");
        assertThat(render(ReportFormat.MD)).contains("| pass@1 | pass@1 raw |", "| 16.7 | 33.3 |");
        assertThat(render(ReportFormat.CSV)).contains(",pass_at_1,pass_at_1_raw,", ",16.6667,33.3333,");
        JsonNode cell = Json.mapper().readTree(render(ReportFormat.JSON)).path("cells").get(0);
        assertThat(cell.path("passAt1").asDouble()).isEqualTo(16.6667);
        assertThat(cell.path("passAt1Raw").asDouble()).isEqualTo(33.3333);
        assertThat(render(ReportFormat.LATEX)).contains("\\multicolumn{4}{c}{pass@1} & \\multicolumn{4}{c}{pass@1 raw}",
                "& -- & 16.7 & -- & -- & -- & 33.3 & -- & -- \\\\", "& pass@1 & pass@1 raw & Tasks & Runs", "& 16.7 & 33.3 & 2 & 5 \\\\");
        assertThat(render(ReportFormat.HTML)).contains("<th>pass@1</th><th>pass@1 raw</th>", "<td>16.7</td><td>33.3</td>");
    }

    private String render(ReportFormat format) {
        return format.render(report, new RunLinks(results));
    }

    private void write(String task, int number, RunResult result) {
        Json.writeAtomically(Json.mapper(), results.resolve("cmd/model-x").resolve(task).resolve("run_" + number + "/result.json"), result);
    }

    private static RunResult run(String task, String constraint, int passed, int scriptErrors, boolean verifierPasses,
                                 Optional<String> failingPhase) {
        String verifier = constraint.equals("postgres") ? "database" : "architecture";
        boolean success = passed == 10 && scriptErrors == 0 && verifierPasses && failingPhase.isEmpty();
        double assertPercent = 10.0 * passed;
        return new RunResult(RunResult.SCHEMA, new RunResult.TaskInfo(task, "flask", "python", List.of(constraint), 1),
                new RunResult.SolutionInfo("fixture", "directory", "solution", "solution.patch"), Instant.EPOCH, 1.0,
                List.of(new PhaseResult("suite", PhaseResult.Status.PASSED, 1.0, Optional.empty(), Optional.empty())),
                new RunResult.Assertions("conduit", "0".repeat(64), 10, passed, 10 - passed, scriptErrors, 10 - passed, 0),
                assertPercent, verifierPasses ? assertPercent : 0.0, failingPhase,
                List.of(new VerifyReport.Verdict(verifier, verifierPasses, List.of())), success,
                Map.of("stackbench", "test"), Optional.empty(), "sandbox", Optional.empty());
    }
}
