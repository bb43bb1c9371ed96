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

/** Shards on several machines merge into one tree; the report says when their tools differed. */
class MixedVersionsTest {

    private int number;

    private Run run(Map<String, String> versions) {
        RunResult result = new RunResult(RunResult.SCHEMA, new RunResult.TaskInfo("flask-openapi-unconstrained", "flask",
                "python", List.of(), 0), new RunResult.SolutionInfo("x", "patch", "solution", "solution.patch"),
                Instant.EPOCH, 1.0, List.of(new PhaseResult("suite", PhaseResult.Status.PASSED, 1.0, Optional.empty(), Optional.empty())),
                new RunResult.Assertions("conduit", "0".repeat(64), 10, 10, 0, 0, 0, 0), 100.0, 100.0, Optional.empty(), List.of(),
                true, versions, Optional.empty(), "sandbox", Optional.empty());
        int n = ++number;
        return new Run(new Configuration("oracle", "reference"), n, Path.of("/r/" + n), result);
    }

    @Test
    void namesEachVersionThatDiffersAndHowManyRunsHadEach() {
        List<Run> runs = List.of(
                run(Map.of("stackbench", "0.1.0", "suite", "s sha256:aaa", "python", "3.11.2", "uv", "0.5.1")),
                run(Map.of("stackbench", "0.1.0", "suite", "s sha256:aaa", "python", "3.12.1", "uv", "0.5.1")),
                run(Map.of("stackbench", "0.2.0", "suite", "s sha256:bbb", "python", "3.11.2", "uv", "0.5.1")),
                // A Node run has no Python version: it is not counted as differing.
                run(Map.of("stackbench", "0.1.0", "suite", "s sha256:aaa", "node", "v20.1.0", "npm", "10.0.0")));

        assertThat(MixedVersions.of(runs)).containsExactly(
                "runs were made with different StackBench versions: 0.1.0 (3 runs), 0.2.0 (1 run); their numbers may not compare",
                "runs were made with different suite versions: s sha256:aaa (3 runs), s sha256:bbb (1 run); their numbers may not"
                        + " compare",
                "runs were made with different Python versions: 3.11.2 (2 runs), 3.12.1 (1 run); their numbers may not compare");
        Report report = Report.of(runs, List.of());
        assertThat(ReportFormat.TABLE.render(report, new RunLinks(Path.of(""), false)))
                .startsWith("warning: runs were made with different StackBench versions: 0.1.0 (3 runs), 0.2.0 (1 run)");
        assertThat(ReportFormat.HTML.render(report, new RunLinks(Path.of(""), false)))
                .contains("<p class=\"warning\">Warning: runs were made with different Python versions: 3.11.2 (2 runs)");
    }

    @Test
    void saysNothingWhenEveryRunAgrees() {
        Map<String, String> same = Map.of("stackbench", "0.1.0", "suite", "s sha256:aaa", "python", "3.11.2");
        assertThat(MixedVersions.of(List.of(run(same), run(same)))).isEmpty();
    }
}
