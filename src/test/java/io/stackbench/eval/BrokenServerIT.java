package io.stackbench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.runtime.Ports;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenServerIT {

    @TempDir
    Path tmp;

    private final Task task = TaskCatalog.greenfield().get("flask-openapi-unconstrained");

    private RunResult evaluate(String runSh, Duration healthTimeout) throws Exception {
        Path solution = Files.createDirectories(tmp.resolve("solution-in"));
        Files.writeString(solution.resolve("requirements.txt"), "# no dependencies\n");
        Files.writeString(solution.resolve("run.sh"), "#!/usr/bin/env bash\n" + runSh + "\n");
        try (Harness harness = new Harness(TestSettings.withHealthTimeout(healthTimeout), Optional.empty())) {
            return harness.evaluator().evaluate(task, SolutionSource.of(solution), tmp.resolve("run"));
        }
    }

    @Test
    void aServerThatCrashesAtStartScoresZeroAtPhaseStartWithinTenSeconds() throws Exception {
        long start = System.nanoTime();
        RunResult result = evaluate("python3 -c 'import flask_that_does_not_exist'", Duration.ofSeconds(60));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.failingPhase()).contains("start");
        assertThat(result.assertPercent()).isZero();
        assertThat(result.success()).isFalse();
        assertThat(result.phase("start").flatMap(PhaseResult::message).orElse(""))
                .contains("exited before it became healthy", "ModuleNotFoundError");
        assertThat(result.phase("suite").map(PhaseResult::status)).contains(PhaseResult.Status.SKIPPED);
    }

    @Test
    void aServerThatNeverListensTimesOutCleanlyAndLeavesThePortFree() throws Exception {
        RunResult result = evaluate("echo 'booting forever'; exec sleep 600", Duration.ofSeconds(3));
        assertThat(result.failingPhase()).contains("start");
        assertThat(result.assertPercent()).isZero();
        assertThat(result.phase("start").flatMap(PhaseResult::message).orElse(""))
                .contains("did not answer 200", "within 3 s", "booting forever");
        assertThat(result.phase("teardown").map(PhaseResult::status)).contains(PhaseResult.Status.PASSED);
        assertThat(Ports.isFree(Task.PORT)).isTrue();
    }

    @Test
    void aMissingRequirementsFileFailsTheInstallPhase() throws Exception {
        Path solution = Files.createDirectories(tmp.resolve("no-manifest"));
        Files.writeString(solution.resolve("run.sh"), "#!/usr/bin/env bash\nexit 0\n");
        try (Harness harness = new Harness(TestSettings.withHealthTimeout(Duration.ofSeconds(5)), Optional.empty())) {
            RunResult result = harness.evaluator().evaluate(task, SolutionSource.of(solution), tmp.resolve("run"));
            assertThat(result.failingPhase()).contains("install");
            assertThat(result.phase("install").flatMap(PhaseResult::message).orElse("")).contains("requirements.txt is missing");
        }
    }

    @Test
    void aServerThatFloodsItsOutputIsCappedAndStillScored() throws Exception {
        RunResult result = evaluate("""
                head -c 31457280 /dev/zero | tr '\\0' x
                mkdir -p www/api && echo ok > www/api/health-check
                cd www && exec python3 -m http.server 8080 --bind 127.0.0.1
                """, Duration.ofSeconds(60));
        assertThat(result.phase("start").map(PhaseResult::status)).contains(PhaseResult.Status.PASSED);
        assertThat(result.phase("suite").map(PhaseResult::status)).contains(PhaseResult.Status.PASSED);
        assertThat(result.assertions().total()).isGreaterThanOrEqualTo(300);
        assertThat(result.assertPercent()).isLessThan(5.0);
        Path log = tmp.resolve("run/logs/server.log");
        assertThat(Files.size(log)).isLessThan(11L * 1024 * 1024);
        assertThat(Files.readString(log)).contains("output truncated at 10485760 bytes");
        assertThat(Ports.isFree(Task.PORT)).isTrue();
    }
}
