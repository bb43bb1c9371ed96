package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import io.stackbench.eval.TestSettings;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayAgentTest {

    private static final String TASK = "flask-openapi-unconstrained";

    @TempDir
    Path tmp;

    private final ProcessRunner runner = new ProcessRunner();

    private Agent parse(String spec) {
        return new AgentSpecs(TestSettings.withHealthTimeout(Duration.ofSeconds(5)), AgentConfig.defaults(), runner).parse(spec);
    }

    /** A patch that creates {@code app.py} with {@code content}, as a generation records it. */
    private Path patch(Path target, String content) throws IOException {
        Path base = Files.createTempDirectory(tmp, "patch");
        Workspace ws = Workspace.create(base.resolve("ws"), base.resolve("logs"), runner);
        Files.writeString(ws.dir().resolve("app.py"), content);
        Files.createDirectories(target.getParent());
        ws.writePatch(target);
        return target;
    }

    private AgentOutcome replay(Agent agent, int run) {
        return agent.run(AgentRuns.of(tmp.resolve("runs"), TASK, run, Map.of(), Duration.ofSeconds(30)));
    }

    private Path workspaceOf(int run) {
        return tmp.resolve("runs").resolve("gen 'x' " + TASK + " " + run).resolve("work space");
    }

    @Test
    void aResultsTreeReplaysTheEvaluatedPatchThenTheGenerationsPatchThenTheKeptTree() throws Exception {
        Path task = tmp.resolve("results/cmd/0123abcd4567").resolve(TASK);
        patch(task.resolve("run_1/solution.patch"), "v1 evaluated");
        patch(task.resolve("run_1/generation/solution.patch"), "v1 generated");
        patch(task.resolve("run_2/generation/solution.patch"), "v2 generated");
        Files.createDirectories(task.resolve("run_3/solution"));
        Files.writeString(task.resolve("run_3/solution/app.py"), "v3 tree");

        Agent agent = parse("replay:" + tmp.resolve("results"));
        assertThat(agent.name()).isEqualTo("cmd");
        assertThat(agent.model()).isEqualTo("0123abcd4567");
        assertThat(agent.needsRuntime()).isFalse();
        for (int run = 1; run <= 3; run++) {
            assertThat(replay(agent, run).exitReason()).isEqualTo(ExitReason.SUBMITTED);
        }
        assertThat(workspaceOf(1).resolve("app.py")).hasContent("v1 evaluated");
        assertThat(workspaceOf(2).resolve("app.py")).hasContent("v2 generated");
        assertThat(workspaceOf(3).resolve("app.py")).hasContent("v3 tree");
    }

    @Test
    void aReplayedRunKeepsTheRecordedAgentsExitReasonStepsTokensAndCost() throws Exception {
        Path run = tmp.resolve("results/openai/gpt-x").resolve(TASK).resolve("run_1");
        patch(run.resolve("solution.patch"), "v1");
        Generation original = new Generation(Generation.SCHEMA, TASK, 1, new Generation.AgentInfo("openai:gpt-x", "openai", "gpt-x"),
                ExitReason.STEP_LIMIT, Optional.of("used 150 of 150 steps"), Optional.of(150), new Usage(90_000, 4_000, Optional.of(0.42)),
                java.time.Instant.EPOCH, 600.0, Generation.PATCH_FILE, Map.of());
        io.stackbench.core.Json.writeAtomically(io.stackbench.core.Json.mapper(), run.resolve("generation/generation.json"), original);

        AgentOutcome outcome = replay(parse("replay:" + tmp.resolve("results")), 1);
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.STEP_LIMIT);
        assertThat(outcome.steps()).contains(150);
        assertThat(outcome.usage()).isEqualTo(new Usage(90_000, 4_000, Optional.of(0.42)));
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("replayed from", "used 150 of 150 steps"));
    }

    @Test
    void aRunTheRecordingLacksIsThatRunsErrorNotTheSweeps() throws Exception {
        patch(tmp.resolve("results/cmd/abc").resolve(TASK).resolve("run_1/solution.patch"), "v1");
        AgentOutcome outcome = replay(parse("replay:" + tmp.resolve("results")), 2);
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.ERROR);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("no recording of run 2 of " + TASK, "cmd/abc"));
    }

    @Test
    void theStudysLayoutReplaysTheLatestDatesSinglePatch() throws Exception {
        Path task = tmp.resolve("study/python/someagent/somemodel").resolve(TASK);
        patch(task.resolve("2025-05-01/run_1/old.patch"), "older attempt");
        patch(task.resolve("2025-06-01/run_1/x.patch"), "latest attempt");
        patch(task.resolve("2025-06-01/run_2/a.patch"), "one");
        patch(task.resolve("2025-06-01/run_2/b.patch"), "two");
        Files.createDirectories(task.resolve("2025-06-01/run_3"));
        Files.writeString(task.resolve("2025-06-01/run_3/broken.patch"), "this is not a diff\n@@ nonsense\n");

        Agent agent = parse("replay:" + tmp.resolve("study"));
        assertThat(agent.name()).isEqualTo("someagent");
        assertThat(agent.model()).isEqualTo("somemodel");
        assertThat(replay(agent, 1).exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(workspaceOf(1).resolve("app.py")).hasContent("latest attempt");

        AgentOutcome two = replay(agent, 2);
        assertThat(two.exitReason()).isEqualTo(ExitReason.ERROR);
        assertThat(two.detail()).hasValueSatisfying(d -> assertThat(d).contains("2 *.patch files", "a.patch, b.patch", "exactly one"));

        AgentOutcome three = replay(agent, 3);
        assertThat(three.exitReason()).as("a malformed patch is the run's error").isEqualTo(ExitReason.ERROR);
        assertThat(three.detail()).hasValueSatisfying(d -> assertThat(d).contains("broken.patch"));
    }

    @Test
    void aTreeWithSeveralAgentsOrModelsNamesThemAndHowToChooseOne() throws Exception {
        Path results = tmp.resolve("results");
        patch(results.resolve("cmd/abc").resolve(TASK).resolve("run_1/solution.patch"), "cmd");
        patch(results.resolve("claude-code/default").resolve(TASK).resolve("run_1/solution.patch"), "claude");
        assertThatThrownBy(() -> parse("replay:" + results))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("claude-code/default, cmd/abc")
                .hasMessageContaining("replay:" + results + "@AGENT/MODEL");

        Agent chosen = parse("replay:" + results + "@claude-code/default");
        assertThat(List.of(chosen.name(), chosen.model())).containsExactly("claude-code", "default");
        assertThat(replay(chosen, 1).exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(workspaceOf(1).resolve("app.py")).hasContent("claude");

        assertThatThrownBy(() -> parse("replay:" + results + "@codex/default"))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("no runs of codex/default");
    }

    @Test
    void aDirectoryWithoutRecordingsOrMissingIsAnInputError() throws Exception {
        Files.createDirectories(tmp.resolve("empty/something"));
        assertThatThrownBy(() -> parse("replay:" + tmp.resolve("empty")))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("no recorded runs");
        assertThatThrownBy(() -> parse("replay:" + tmp.resolve("absent")))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> parse("replay:"))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("replay:DIR");
    }

    @Test
    void aReplayRecordsWhereItsSolutionsCameFrom() throws Exception {
        patch(tmp.resolve("results/cmd/abc").resolve(TASK).resolve("run_1/solution.patch"), "v1");
        assertThat(parse("replay:" + tmp.resolve("results")).versions().get("replay"))
                .contains(tmp.resolve("results").toString(), "stackbench layout");
        assertThat(Optional.of(replay(parse("replay:" + tmp.resolve("results")), 1).usage())).contains(Usage.NONE);
    }
}
