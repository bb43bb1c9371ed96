package io.stackbench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.datalayer.DataLayerReport;
import io.stackbench.task.Constraint;
import io.stackbench.task.Task;
import io.stackbench.verify.VerifyReport;

/** What a clean run's runtime data-layer checks say: every rule for the task's constraints ran and passed. */
final class DataLayerChecks {

    private DataLayerChecks() {
    }

    static void assertClean(Task task, RunResult result) {
        DataLayerReport report = result.dataLayer().orElseThrow(() -> new AssertionError(task.id() + ": no data layer report"));
        assertThat(report.checked()).as(task.id() + ": " + report.reason()).isTrue();
        assertThat(report.verdicts()).as(task.id() + " runtime verdicts").allMatch(v -> v.status() == VerifyReport.Status.PASS);
        assertThat(result.dataLayerSoundAssertPercent()).as(task.id()).contains(result.strictAssertPercent());
        boolean postgres = task.database().filter(Constraint.POSTGRES::equals).isPresent();
        if (postgres) {
            assertThat(report.captured()).as(task.id()).isTrue();
            assertThat(report.statements()).as(task.id() + " statements in the suite").isGreaterThan(100);
            assertThat(report.requests()).as(task.id()).hasSize(result.assertions().total() > 0 ? report.requests().size() : 0)
                    .anyMatch(r -> r.statements() > 0);
            assertThat(report.probe()).as(task.id() + " probe").hasSize(6).allMatch(e -> e.note().isEmpty());
            assertThat(report.verdicts()).extracting(VerifyReport.Verdict::verifier).contains("runtime.database-unused",
                    "runtime.database-other", "runtime.n-plus-one");
            if (task.constraints().dimension(Constraint.Kind.ORM).isPresent()) {
                assertThat(report.verdicts()).extracting(VerifyReport.Verdict::verifier).contains("runtime.raw-sql");
            }
        } else if (task.database().isPresent()) {
            assertThat(report.verdicts()).extracting(VerifyReport.Verdict::verifier).containsExactly("runtime.database-unused");
        }
    }
}
