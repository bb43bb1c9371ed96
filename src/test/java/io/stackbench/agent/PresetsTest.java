package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;
import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresetsTest {

    private static final Map<String, String> PROGRAMS = Map.of("claude-code", "claude", "codex", "codex", "aider", "aider",
            "mini-swe-agent", "mini", "gemini-cli", "gemini", "opencode", "opencode");

    @TempDir
    Path tmp;

    private final Settings settings = TestSettings.withHealthTimeout(Duration.ofSeconds(5));

    /** Where a preset's fake pinned install keeps its program: a virtualenv's bin, or node_modules/.bin. */
    private Path binOf(String preset) {
        return "python".equals(Presets.builtIn().find(preset).orElseThrow().packaging())
                ? tmp.resolve("install").resolve("bin") : tmp.resolve("install").resolve("node_modules").resolve(".bin");
    }

    /** A stand-in for a CLI: prints a version, or records its arguments and standard input in the working directory. */
    private Path fakeProgram(String preset, String body) throws IOException {
        String program = Presets.builtIn().find(preset).orElseThrow().program();
        Path bin = Files.createDirectories(binOf(preset));
        Path file = bin.resolve(program);
        Files.writeString(file, "#!/bin/bash\n"
                + "if [ \"$1\" = --version ] || [ \"$1\" = --help ]; then echo \"This is " + program + " version 9.9.9\"; exit 0; fi\n"
                + "printf '%s\\n' \"$@\" > args.txt\ncat > stdin.txt\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Map<String, String> environmentWith(Path bin) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", "/usr/bin:/bin");
        env.put("ANTHROPIC_API_KEY", "sk-ant");
        env.put("UNRELATED_SECRET", "no");
        return env;
    }

    /** The preset of {@code spec} run by the fake install, as AgentSpecs builds it once the real one is installed. */
    private Agent parse(String spec, Map<String, String> environment) {
        return parse(spec, environment, Optional.empty());
    }

    private Agent parse(String spec, Map<String, String> environment, Optional<String> baseUrl) {
        AgentConfig config = new AgentConfig(baseUrl, Optional.empty(), Limits.DEFAULT, Optional.empty(), List.of(), environment);
        String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        String model = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : "";
        Preset preset = Presets.builtIn().find(name).orElseThrow();
        return CommandAgent.fromPreset(preset, model, config, tmp.resolve("install"), new io.stackbench.runtime.ProcessRunner());
    }

    private static Map<String, String> runEnvironment(Path bin, Path home) {
        return Map.of("PATH", bin + ":/usr/bin:/bin", "HOME", home.toString(), "LANG", "C.UTF-8", "TERM", "dumb");
    }

    @Test
    void theSixPresetsAreBuiltIn() {
        assertThat(Presets.builtIn().names()).containsExactlyInAnyOrderElementsOf(PROGRAMS.keySet());
        for (String name : PROGRAMS.keySet()) {
            Preset preset = Presets.builtIn().find(name).orElseThrow();
            assertThat(preset.program()).isEqualTo(PROGRAMS.get(name));
            assertThat(preset.template()).as(name + " runs the pinned program").startsWith("{{program}} ");
            assertThat(preset.template()).as(name).contains("{{model_flag}}");
            assertThat(preset.modelFlag()).as(name).contains("{{model}}");
            assertThat(preset.template() + preset.modelFlag()).as(name + " reads the prompt file").contains("{{prompt_file}}");
            assertThat(preset.source()).as(name + " says where its invocation is documented").contains("http");
            for (String file : preset.installFiles()) {
                assertThat(io.stackbench.core.Resources.text(Presets.class, Presets.INSTALLS + name + "/" + file))
                        .as(name + " is pinned by tools/agents/" + name + "/" + file).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-code", "codex", "aider", "mini-swe-agent", "gemini-cli", "opencode"})
    void eachPresetRunsItsProgramWithThePromptAndTheModelFlag(String name) throws Exception {
        Path bin = fakeProgram(name, "exit 0");
        Agent agent = parse(name + ":vendor/model x", environmentWith(bin));
        assertThat(agent.name()).isEqualTo(name);
        assertThat(agent.model()).isEqualTo("vendor/model x");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home")));
        AgentOutcome outcome = agent.run(run);
        assertThat(outcome.exitReason()).as(outcome.detail().orElse("")).isEqualTo(ExitReason.SUBMITTED);

        List<String> args = Files.readAllLines(run.workspace().resolve("args.txt"));
        String stdin = Files.readString(run.workspace().resolve("stdin.txt"));
        assertThat(args).as(name).containsSubsequence("--model", "vendor/model x");
        boolean promptGiven = String.join("\n", args).contains(AgentRuns.PROMPT) || stdin.equals(AgentRuns.PROMPT)
                || args.contains(run.promptFile().toString());
        assertThat(promptGiven).as(name + " gets the prompt verbatim: " + args + " / " + stdin).isTrue();
        assertThat(agent.versions().get(name)).as(name + " records its version").endsWith("version 9.9.9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-code", "codex", "aider", "mini-swe-agent", "gemini-cli", "opencode"})
    void withoutAModelThePresetLeavesTheModelFlagOutAndIsLabelledDefault(String name) throws Exception {
        Path bin = fakeProgram(name, "exit 0");
        Agent agent = parse(name, environmentWith(bin));
        assertThat(agent.model()).isEqualTo("default");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home")));
        assertThat(agent.run(run).exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(Files.readAllLines(run.workspace().resolve("args.txt"))).doesNotContain("--model", "default");
    }

    @Test
    void theTemplatesUseTheFlagsTheCheckedReleasesDocument() {
        // Checked on 2026-11-24 against the --help of the releases named in presets.json and docs/agents.md.
        Map<String, List<String>> flags = Map.of(
                "claude-code", List.of("-p ", "--dangerously-skip-permissions", "--output-format stream-json --verbose", "< {{prompt_file}}"),
                "codex", List.of(" exec ", "--dangerously-bypass-approvals-and-sandbox", "--skip-git-repo-check", " - < {{prompt_file}}"),
                "aider", List.of("--message-file {{prompt_file}}", "--yes-always", "--no-detect-urls", "--no-git", "--no-show-release-notes",
                        "--chat-history-file {{record_dir}}/", "--input-history-file {{record_dir}}/"),
                "mini-swe-agent", List.of("--yolo", "--exit-immediately", "--task ", "--output {{record_dir}}/"),
                "gemini-cli", List.of("--yolo", "--skip-trust", "--prompt "),
                "opencode", List.of(" run ", "--auto", "--title ", "--format json", "--thinking", "< {{prompt_file}}"));
        for (String name : PROGRAMS.keySet()) {
            Preset preset = Presets.builtIn().find(name).orElseThrow();
            assertThat(preset.template()).as(name).contains(flags.get(name));
            assertThat(preset.modelFlag()).as(name).contains("{{model}}");
            assertThat(preset.source()).as(name + " names the release its flags were checked against").contains("checked against");
        }
        assertThat(Presets.builtIn().find("opencode").orElseThrow().template()).doesNotContain("--dangerously-skip-permissions");
    }

    /** A stand-in whose version output is given, for checking how a preset's version command reads it. */
    private Path versionOnlyProgram(String preset, String versionOutput) throws IOException {
        Path bin = Files.createDirectories(binOf(preset));
        Path file = bin.resolve(Presets.builtIn().find(preset).orElseThrow().program());
        Files.writeString(file, "#!/bin/bash\n" + versionOutput + "\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void minisVersionIsTheOneItsBannerNamesWithoutTheClosingPeriod() throws Exception {
        // mini-swe-agent 2.4.6 prints this banner before its help.
        Path bin = versionOnlyProgram("mini-swe-agent", "echo 'This is mini-swe-agent version 2.4.6.'\n"
                + "echo 'Check the v2 migration guide at https://klieret.short.gy/mini-v2-migration'\necho ' Usage: mini [OPTIONS]'");
        assertThat(parse("mini-swe-agent", environmentWith(bin)).versions()).containsEntry("mini-swe-agent", "version 2.4.6");
    }

    @Test
    void codexsVersionIgnoresTheWarningItWritesToStandardError() throws Exception {
        // codex-cli 0.169.0 warns on stderr, before its version, when its home is under /tmp.
        Path bin = versionOnlyProgram("codex", "echo 'WARNING: proceeding, even though we could not create PATH aliases' >&2\n"
                + "echo 'codex-cli 0.169.0'");
        assertThat(parse("codex", environmentWith(bin)).versions()).containsEntry("codex", "codex-cli 0.169.0");
    }

    @Test
    void aPresetSeesItsKeysButNotOtherVariables() throws Exception {
        Path bin = fakeProgram("claude-code", "env > env.txt");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home")));
        parse("claude-code:claude-sonnet-4-5", environmentWith(bin)).run(run);
        String env = Files.readString(run.workspace().resolve("env.txt"));
        assertThat(env).contains("ANTHROPIC_API_KEY=sk-ant", "DISABLE_AUTOUPDATER=1").doesNotContain("UNRELATED_SECRET");
    }

    @Test
    void claudeCodesStreamInTheRecordDirGivesTokensOfEveryModelCostAndTurns() throws Exception {
        Path bin = fakeProgram("claude-code", "echo 'some progress {not json}'\n"
                + "echo '{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"num_turns\":42,\"result\":\"done\","
                + "\"total_cost_usd\":1.25,\"usage\":{\"input_tokens\":100,\"cache_creation_input_tokens\":20,"
                + "\"cache_read_input_tokens\":3000,\"output_tokens\":500},\"modelUsage\":{"
                + "\"claude-sonnet-4-5\":{\"inputTokens\":100,\"outputTokens\":500,\"cacheReadInputTokens\":3000,"
                + "\"cacheCreationInputTokens\":20,\"costUSD\":1.2,\"costBasis\":\"list\"},"
                + "\"claude-haiku-4-5\":{\"inputTokens\":7,\"outputTokens\":8,\"cacheReadInputTokens\":0,"
                + "\"cacheCreationInputTokens\":0,\"costUSD\":0.05,\"costBasis\":\"list\"}}}'");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home")));
        AgentOutcome outcome = parse("claude-code:claude-sonnet-4-5", environmentWith(bin)).run(run);
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.steps()).contains(42);
        // The side model's calls count too: the result's own usage leaves them out.
        assertThat(outcome.usage()).isEqualTo(Usage.of(3127, 3000, 508, Optional.of(1.25)));
        assertThat(run.recordDir().resolve(ClaudeCodeOutput.STREAM)).content().contains("\"num_turns\":42");
    }

    @Test
    void aCliThatLeavesNoReportHasUnknownStepsAndSpendingNotZero() throws Exception {
        Path bin = fakeProgram("codex", "exit 0");
        AgentOutcome outcome = parse("codex:gpt-5", environmentWith(bin)).run(AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home"))));
        assertThat(outcome.steps()).isEmpty();
        assertThat(outcome.usage()).isEqualTo(Usage.UNKNOWN);
    }

    @Test
    void aReportOfNoModelCallSaysSo() throws Exception {
        Path bin = fakeProgram("claude-code", "echo '{\"type\":\"result\",\"num_turns\":0,\"total_cost_usd\":0,\"usage\":{}}'");
        AgentOutcome outcome = parse("claude-code", environmentWith(bin)).run(AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home"))));
        assertThat(outcome.steps()).contains(0);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("made no model call"));
    }

    @Test
    void aBaseUrlReachesEachCliTheWayItReadsIt() throws Exception {
        Optional<String> url = Optional.of("http://127.0.0.1:4000/v1");
        Path bin = fakeProgram("codex", "env > env.txt");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home")));
        Map<String, String> env = environmentWith(bin);
        env.remove("OPENAI_API_KEY");
        env.remove("CODEX_API_KEY");
        parse("codex:local-model", env, url).run(run);
        assertThat(Files.readAllLines(run.workspace().resolve("args.txt")))
                .containsSubsequence("-c", "model_provider=stackbench", "-c", "model_providers.stackbench.base_url=" + url.get());
        assertThat(Files.readString(run.workspace().resolve("env.txt")))
                .as("a local endpoint needs no key, but the CLI insists on one").contains("CODEX_API_KEY=" + CommandAgent.NO_KEY);

        Path claude = fakeProgram("claude-code", "env > env.txt");
        AgentRun second = AgentRuns.of(tmp.resolve("second"), runEnvironment(claude, tmp.resolve("home")));
        parse("claude-code:local-model", environmentWith(claude), url).run(second);
        assertThat(Files.readString(second.workspace().resolve("env.txt")))
                .contains("ANTHROPIC_BASE_URL=" + url.get(), "ANTHROPIC_API_KEY=sk-ant");
    }

    @Test
    void aPresetThatRefusesRootIsRefusedUnsealedWhenStackBenchRunsAsRoot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")),
                "only as root");
        AgentConfig config = new AgentConfig(Optional.empty(), Optional.empty(), Limits.DEFAULT, Optional.empty(), List.of(), System.getenv());
        assertThatThrownBy(() -> new AgentSpecs(settings.withIsolation(io.stackbench.core.Isolation.NONE), config).parse("claude-code"))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("refuses to run as root")
                .hasMessageContaining("sealed");
    }

    @Test
    void anUnknownAgentListsThePresets() {
        AgentConfig config = new AgentConfig(Optional.empty(), Optional.empty(), Limits.DEFAULT, Optional.empty(), List.of(), System.getenv());
        assertThatThrownBy(() -> new AgentSpecs(settings, config).parse("claude:opus"))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("unknown agent 'claude:opus'")
                .hasMessageContaining("claude-code").hasMessageContaining("mini-swe-agent").hasMessageContaining("opencode")
                .hasMessageContaining("cmd:'TEMPLATE'").hasMessageContaining("replay:DIR");
    }
}
