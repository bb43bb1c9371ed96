package io.stackbench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.OracleAgent;
import io.stackbench.core.Settings;
import io.stackbench.datalayer.DataLayerReport;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Data-layer defects the behavioural suite cannot see, each a small patch on a reference
 * ({@code src/test/resources/io/stackbench/datalayer/faults/}), are caught at run time: the suite
 * still passes in full, and exactly the runtime rule for the defect fails.
 */
class SeededDataLayerFaultsIT {

    private static final Map<String, String> TASKS = Map.of(
            "python", "flask-openapi-clean_architecture-postgres-sqlalchemy",
            "node", "express-openapi-clean_architecture-postgres-sequelize");

    private static Harness harness;
    private static Settings settings;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startHarness() {
        settings = TestSettings.withHealthTimeout(Duration.ofSeconds(90));
        harness = new Harness(settings, Optional.empty());
    }

    @AfterAll
    static void stopHarness() {
        harness.close();
    }

    @ParameterizedTest(name = "{0}: {1} fails {2}")
    @CsvSource({
        "python, n-plus-one-articles, runtime.n-plus-one",
        "python, n-plus-one-comments, runtime.n-plus-one",
        "python, in-memory-store, runtime.database-unused",
        "python, sqlite-file, runtime.database-other",
        "python, raw-query, runtime.raw-sql",
        "node, n-plus-one-articles, runtime.n-plus-one",
        "node, n-plus-one-comments, runtime.n-plus-one",
        "node, in-memory-store, runtime.database-unused",
        "node, sqlite-file, runtime.database-other",
        "node, raw-query, runtime.raw-sql",
    })
    void theSuitePassesButTheRuntimeRuleForTheFaultFails(String runtime, String fault, String rule) throws Exception {
        Task task = TaskCatalog.greenfield().get(TASKS.get(runtime));
        Path solution = Files.createDirectories(tmp.resolve("solution"));
        new OracleAgent(settings.references()).materialise(task, solution);
        Path patch = TestSettings.repo().resolve("src/test/resources/io/stackbench/datalayer/faults")
                .resolve(runtime).resolve(fault + ".patch");
        Process apply = new ProcessBuilder("git", "apply", "--whitespace=nowarn", patch.toString()).directory(solution.toFile())
                .redirectErrorStream(true).start();
        assertThat(apply.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(apply.exitValue()).as(new String(apply.getInputStream().readAllBytes())).isZero();

        RunResult result = harness.evaluator().evaluate(task, SolutionSource.of(solution), tmp.resolve("run"));

        assertThat(result.failingPhase()).as(result.phases().toString()).isEmpty();
        assertThat(result.assertPercent()).as("the suite does not see the fault").isEqualTo(100.0);
        DataLayerReport report = result.dataLayer().orElseThrow();
        assertThat(report.verdicts()).filteredOn(v -> v.status() == VerifyReport.Status.FAIL)
                .extracting(VerifyReport.Verdict::verifier).as(report.verdicts().toString()).containsExactly(rule);
        VerifyReport.Verdict failed = report.verdicts().stream().filter(v -> v.verifier().equals(rule)).findFirst().orElseThrow();
        assertThat(failed.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(result.dataLayerSoundAssertPercent()).contains(0.0);
    }
}
