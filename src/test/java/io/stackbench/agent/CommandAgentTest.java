package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.core.Settings;
import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandAgentTest {

    @TempDir
    Path tmp;

    private final Settings settings = TestSettings.withHealthTimeout(Duration.ofSeconds(5));

    private static Map<String, String> runEnvironment(Path home) {
        return Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "HOME", home.toString(),
                "LANG", "C.UTF-8", "TERM", "dumb", io.stackbench.runtime.ProcessRunner.AGENT_VARIABLE, "tag-123");
    }

    private Agent cmd(String template, List<String> passEnv, Map<String, String> stackbenchEnvironment) {
        AgentConfig config = new AgentConfig(Optional.empty(), Optional.empty(), Limits.DEFAULT, Optional.empty(), passEnv,
                stackbenchEnvironment);
        return new AgentSpecs(settings, config).parse("cmd:" + template);
    }

    private Agent cmd(String template) {
        return cmd(template, List.of(), System.getenv());
    }

    private static Map<String, String> parseEnv(Path file) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }

    @Test
    void aCommandThatSucceedsHasSubmittedWithUnknownStepsAndSpending() throws Exception {
        AgentRun run = AgentRuns.of(tmp, runEnvironment(tmp));
        Agent agent = cmd("pwd > out.txt; cat {{prompt_file}} > prompt-copy.md; printf %s {{workspace}} > ws.txt");
        AgentOutcome outcome = agent.run(run);
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.steps()).as("a raw command reports no turns: unknown, not 1").isEmpty();
        assertThat(outcome.usage()).isEqualTo(Usage.UNKNOWN);
        assertThat(run.workspace().resolve("out.txt")).content().isEqualToIgnoringNewLines(run.workspace().toString());
        assertThat(run.workspace().resolve("prompt-copy.md")).hasContent(AgentRuns.PROMPT);
        assertThat(run.workspace().resolve("ws.txt")).hasContent(run.workspace().toString());
        assertThat(run.recordDir().resolve("agent.log")).exists();
    }

    @Test
    void theAgentSeesTheRunsEnvironmentAndAllowListedVariablesButNoOtherSecret() throws Exception {
        Map<String, String> stackbench = new HashMap<>(System.getenv());
        stackbench.put("OPENAI_API_KEY", "sk-listed");
        stackbench.put("MY_SECRET_TOKEN", "never-pass-me");
        Path home = Files.createDirectories(tmp.resolve("private-home"));
        AgentRun run = AgentRuns.of(tmp, runEnvironment(home));
        Agent agent = cmd("env > {{workspace}}/env.txt", List.of("OPENAI_API_KEY", "NOT_SET_ANYWHERE"), stackbench);
        assertThat(agent.run(run).exitReason()).isEqualTo(ExitReason.SUBMITTED);

        Map<String, String> seen = parseEnv(run.workspace().resolve("env.txt"));
        assertThat(seen).containsEntry("OPENAI_API_KEY", "sk-listed")
                .containsEntry("HOME", home.toString())
                .containsEntry(io.stackbench.runtime.ProcessRunner.AGENT_VARIABLE, "tag-123")
                .doesNotContainKey("MY_SECRET_TOKEN")
                .doesNotContainKey("NOT_SET_ANYWHERE");
        // Nothing of StackBench's own environment leaks beyond what the run and the allow-list give.
        for (String variable : System.getenv().keySet()) {
            if (!List.of("PATH", "HOME", "LANG", "TERM", "OPENAI_API_KEY", "PWD", "SHLVL", "_", "OLDPWD").contains(variable)) {
                assertThat(seen).as(variable).doesNotContainKey(variable);
            }
        }
    }

    @Test
    void passingHomeLetsAnAgentUseTheUsersRealLogin() throws Exception {
        Map<String, String> stackbench = new HashMap<>(System.getenv());
        stackbench.put("HOME", "/home/someone");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(tmp.resolve("private")));
        assertThat(cmd("env > env.txt", List.of("HOME"), stackbench).run(run).exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(parseEnv(run.workspace().resolve("env.txt"))).containsEntry("HOME", "/home/someone");
    }

    @Test
    void anAgentOverItsTimeLimitStopsWithTimeLimitAndLeavesNothingRunning() throws Exception {
        AgentRun run = AgentRuns.of(tmp, "flask-openapi-unconstrained", 1, runEnvironment(tmp), Duration.ofSeconds(1));
        Agent agent = cmd("(trap '' TERM; sleep 300) & echo $! > child.pid; echo started; sleep 300");
        long start = System.nanoTime();
        AgentOutcome outcome = agent.run(run);
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.TIME_LIMIT);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("within 1 s"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        long child = Long.parseLong(Files.readString(run.workspace().resolve("child.pid")).strip());
        assertThat(live(child)).as("the agent's background child is gone").isFalse();
    }

    /** Alive and not a zombie waiting to be reaped. */
    private static boolean live(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text = Files.readString(stat);
        return !text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
    }

    @Test
    void anAgentThatExitsNonZeroIsAnErrorWithItsLastOutput() {
        AgentRun run = AgentRuns.of(tmp, runEnvironment(tmp));
        AgentOutcome outcome = cmd("echo 'model endpoint refused the key' >&2; exit 3").run(run);
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.ERROR);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("exited with code 3", "model endpoint refused the key"));
    }

    @Test
    void aRawTemplateIsAgentCmdWithAStableHashOfTheTemplateAsModel() {
        Agent one = cmd("my-agent --prompt {{prompt_file}}");
        Agent again = cmd("my-agent --prompt {{prompt_file}}");
        Agent other = cmd("my-agent --prompt {{prompt_file}} --fast");
        assertThat(one.name()).isEqualTo("cmd");
        assertThat(one.model()).hasSize(12).matches("[0-9a-f]+").isEqualTo(again.model()).isNotEqualTo(other.model());
        assertThat(one.needsRuntime()).isTrue();
        assertThat(one.versions()).containsEntry("cmd-template", "my-agent --prompt {{prompt_file}}");
    }
}
