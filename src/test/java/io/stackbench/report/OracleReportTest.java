package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.core.Json;
import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import io.stackbench.task.Constraint;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code stackbench report} shows after {@code bench --agent oracle --tasks all}: 100% everywhere. */
class OracleReportTest {

    @Test
    void aResultsTreeWhereEveryRunSucceedsReportsOneHundredPercentEverywhere(@TempDir Path results) {
        for (Task task : TaskCatalog.greenfield().all()) {
            Json.writeAtomically(Json.mapper(), results.resolve("oracle/reference").resolve(task.id()).resolve("run_1/result.json"),
                    success(task));
        }
        Report report = Fixtures.report(results, List.of());
        assertThat(report.runs()).hasSize(80);
        assertThat(report.tables()).allSatisfy(t -> assertThat(t.cells()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.assertPercent()).isEqualTo(100.0);
            assertThat(c.strictAssertPercent()).isEqualTo(100.0);
            assertThat(c.successRate()).isEqualTo(100.0);
            assertThat(c.passAt1()).isEqualTo(100.0);
            assertThat(c.passAt1Raw()).isEqualTo(100.0);
            assertThat(c.passHat3()).isEqualTo(100.0);
        }));
        assertThat(report.table(Report.FRAMEWORK_BY_LEVEL).cells()).hasSize(32);
        Decay decay = report.decays().get(0);
        assertThat(decay.rawDelta().getAsDouble()).isZero();
        assertThat(decay.strictRelativeDelta().getAsDouble()).isZero();
        assertThat(report.effects()).allSatisfy(e -> assertThat(e.strict().mean().getAsDouble()).isZero());
        String table = ReportFormat.TABLE.render(report, new RunLinks(results));
        assertThat(table).contains("oracle  reference  L3       16     16  100.0      100.0     100.0   100.0       100.0     n/a   100.0");
    }

    private static RunResult success(Task task) {
        List<VerifyReport.Verdict> verdicts = task.constraints().constraints().stream()
                .map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT)).distinct()
                .map(v -> new VerifyReport.Verdict(v, true, List.of())).toList();
        return new RunResult(RunResult.SCHEMA, new RunResult.TaskInfo(task.id(), task.framework().id(), task.runtime().id(),
                task.constraints().constraints().stream().map(Constraint::id).toList(), task.level()),
                new RunResult.SolutionInfo("oracle", "directory", "solution", "solution.patch"), Instant.EPOCH, 1.0,
                List.of(new PhaseResult("suite", PhaseResult.Status.PASSED, 1.0, Optional.empty(), Optional.empty())),
                new RunResult.Assertions("conduit", "0".repeat(64), 120, 120, 0, 0, 0, 0), 100.0, 100.0, Optional.empty(),
                verdicts, true, Map.of("stackbench", "test"), Optional.empty(), "sandbox", Optional.empty());
    }
}
