package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpendingTest {

    private static Run run(String agent, int number, Optional<RunResult.Generation> generation) {
        RunResult result = new RunResult(RunResult.SCHEMA, new RunResult.TaskInfo("flask-openapi-unconstrained", "flask",
                "python", List.of(), 0), new RunResult.SolutionInfo("x", "patch", "solution", "solution.patch"),
                Instant.EPOCH, 1.0, List.of(new PhaseResult("suite", PhaseResult.Status.PASSED, 1.0, Optional.empty(), Optional.empty())),
                new RunResult.Assertions("conduit", "0".repeat(64), 10, 5, 5, 0, 5, 0), 50.0, 50.0, Optional.empty(), List.of(), false,
                Map.of(), generation, "sandbox", Optional.empty());
        return new Run(new Configuration(agent, "m"), number, Path.of("/r/" + agent + "/" + number), result);
    }

    @Test
    void sumsTokensAndKnownCostsAndCountsExitReasonsPerConfiguration() {
        List<Spending> spending = Spending.of(List.of(
                run("openai", 1, Optional.of(new RunResult.Generation("openai", "m", "submitted", 10, 1000, 100, Optional.of(0.25), 30))),
                run("openai", 2, Optional.of(new RunResult.Generation("openai", "m", "step_limit", 20, 3000, 300, Optional.empty(), 50))),
                run("openai", 3, Optional.of(new RunResult.Generation("openai", "m", "submitted", 30, 2000, 200, Optional.of(0.5), 40))),
                run("oracle", 1, Optional.empty())));

        assertThat(spending).singleElement().satisfies(s -> {
            assertThat(s.configuration()).isEqualTo(new Configuration("openai", "m"));
            assertThat(s.runs()).isEqualTo(3);
            assertThat(s.exitReasons()).containsExactlyInAnyOrderEntriesOf(Map.of("submitted", 2L, "step_limit", 1L));
            assertThat(s.exitReasonsText()).isEqualTo("step_limit 1, submitted 2");
            assertThat(s.meanSteps().getAsDouble()).isEqualTo(20.0);
            assertThat(s.inputTokens()).isEqualTo(6000);
            assertThat(s.outputTokens()).isEqualTo(600);
            assertThat(s.costUsd()).isEqualTo(0.75);
            assertThat(s.costKnown()).isEqualTo(2);
            assertThat(s.meanSeconds().getAsDouble()).isEqualTo(40.0);
        });
        assertThat(Sections.spending(spending).aligned()).contains("openai/m", "step_limit 1, submitted 2", "0.75 (2 runs priced)");
    }

    @Test
    void runsWithoutAgentRecordsAddNoSection() {
        assertThat(Spending.of(List.of(run("oracle", 1, Optional.empty())))).isEmpty();
    }
}
