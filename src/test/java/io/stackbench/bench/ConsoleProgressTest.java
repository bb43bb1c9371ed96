package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final Task task = TaskCatalog.greenfield().get("flask-openapi-sqlite");
    private final StringWriter text = new StringWriter();

    private static RunResult result(String exitReason) {
        return new RunResult(RunResult.SCHEMA, new RunResult.TaskInfo("flask-openapi-sqlite", "flask", "python", List.of("sqlite"), 1),
                new RunResult.SolutionInfo("x", "patch", "solution", "solution.patch"), Instant.EPOCH, 6.5,
                List.of(new PhaseResult("start", PhaseResult.Status.FAILED, 1.0, Optional.empty(), Optional.of("no run.sh"))),
                new RunResult.Assertions("conduit", "0".repeat(64), 0, 0, 0, 0, 0, 0), 0.0, 0.0, Optional.of("start"), List.of(), false,
                Map.of(), Optional.of(new RunResult.Generation("openai", "m", exitReason, 42, 10, 1, Optional.empty(), 60.0)),
                "sandbox", Optional.empty());
    }

    @Test
    void onATerminalTheBarShowsDoneTotalFailuresEtaAndWhatIsRunning() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text, true), true);
        progress.started(task, 1, ProgressListener.Stage.GENERATE, new Tally(0, 4, 0, OptionalDouble.empty()));
        progress.started(task, 2, ProgressListener.Stage.QUEUED, new Tally(0, 4, 0, OptionalDouble.empty()));
        assertThat(text.toString()).contains("0/4  failed 0  eta …  generating 1  queued 1  evaluating -");

        progress.finished(task, 2, result("step_limit"), false, new Tally(1, 4, 1, OptionalDouble.of(125)));
        assertThat(text.toString()).contains("[1/4] flask-openapi-sqlite run 2", "agent step_limit", "42 steps",
                "[######..................] 1/4  failed 1  eta 2m05s  generating 1");
    }

    @Test
    void elsewhereItPrintsOneLinePerRunAndNoBar() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text, true), false);
        progress.started(task, 1, ProgressListener.Stage.GENERATE, new Tally(0, 1, 0, OptionalDouble.empty()));
        progress.finished(task, 1, result("submitted"), true, new Tally(1, 1, 1, OptionalDouble.of(0)));
        progress.close();
        assertThat(text.toString()).doesNotContain("\r", "[#").contains("kept from an earlier sweep").hasLineCount(1);
    }

    @Test
    void anInfrastructureFailureShowsItsCauseTheRetryAndTheCountOfRunsLeftUnscored() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text, true), true);
        progress.started(task, 1, ProgressListener.Stage.GENERATE, new Tally(0, 2, 0, OptionalDouble.empty()));
        progress.infra(task, 1, "generate", "openai endpoint answered HTTP 500 after 8 retries", Optional.of(java.time.Duration.ofSeconds(30)),
                new Tally(0, 2, 0, OptionalDouble.empty()));
        assertThat(text.toString()).contains("flask-openapi-sqlite run 1", "infra at generate, retrying in 30s: openai endpoint",
                "generating 0  queued 0  retrying 1");

        progress.infra(task, 1, "install", "npm registry unreachable", Optional.empty(), new Tally(1, 2, 0, OptionalDouble.empty(), 1));
        assertThat(text.toString()).contains("infra at install, not scored: npm registry unreachable", "1/2  failed 0  infra 1");
    }

    @Test
    void jsonLinesSayWhetherAnInfrastructureFailureIsRetried() {
        JsonLinesProgress progress = new JsonLinesProgress(new PrintWriter(text, true));
        progress.infra(task, 2, "install", "npm registry unreachable", Optional.of(java.time.Duration.ofSeconds(60)),
                new Tally(0, 2, 0, OptionalDouble.empty()));
        progress.notStarted(task, 1, "budget", new Tally(1, 2, 0, OptionalDouble.empty()));
        assertThat(text.toString()).contains("\"event\":\"infra\"", "\"phase\":\"install\"", "\"retrying\":true",
                "\"retryInSeconds\":60.0", "\"event\":\"not-started\"", "\"reason\":\"budget\"");
    }
}
