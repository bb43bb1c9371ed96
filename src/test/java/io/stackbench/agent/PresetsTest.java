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

    /** A stand-in for a CLI: prints a version, or records its arguments and standard input in the working directory. */
    private Path fakeProgram(String program, String body) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path file = bin.resolve(program);
        Files.writeString(file, "#!/bin/bash\n"
                + "if [ \"$1\" = --version ] || [ \"$1\" = --help ]; then echo \"This is " + program + " version 9.9.9\"; exit 0; fi\n"
                + "printf '%s\\n' \"$@\" > args.txt\ncat > stdin.txt\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Map<String, String> environmentWith(Path bin) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("ANTHROPIC_API_KEY", "sk-ant");
        env.put("UNRELATED_SECRET", "no");
        return env;
    }

    private Agent parse(String spec, Map<String, String> environment) {
        AgentConfig config = new AgentConfig(Optional.empty(), Optional.empty(), Limits.DEFAULT, Optional.empty(), List.of(), environment);
        return new AgentSpecs(settings, config).parse(spec);
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
            assertThat(preset.template()).as(name).contains("{{model_flag}}");
            assertThat(preset.modelFlag()).as(name).contains("{{model}}");
            assertThat(preset.template() + preset.modelFlag()).as(name + " reads the prompt file").contains("{{prompt_file}}");
            assertThat(preset.source()).as(name + " says where its invocation is documented").contains("http");
            assertThat(preset.install()).as(name).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-code", "codex", "aider", "mini-swe-agent", "gemini-cli", "opencode"})
    void eachPresetRunsItsProgramWithThePromptAndTheModelFlag(String name) throws Exception {
        Path bin = fakeProgram(PROGRAMS.get(name), "exit 0");
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
        Path bin = fakeProgram(PROGRAMS.get(name), "exit 0");
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
                "claude-code", List.of("-p ", "--dangerously-skip-permissions", "--output-format json"),
                "codex", List.of("codex exec ", "--dangerously-bypass-approvals-and-sandbox", "--skip-git-repo-check", " - < {{prompt_file}}"),
                "aider", List.of("--message-file {{prompt_file}}", "--yes-always", "--no-git", "--no-show-release-notes",
                        "--chat-history-file {{record_dir}}/", "--input-history-file {{record_dir}}/"),
                "mini-swe-agent", List.of("--yolo", "--exit-immediately", "--task ", "--output {{record_dir}}/"),
                "gemini-cli", List.of("--yolo", "--skip-trust", "--prompt "),
                "opencode", List.of("opencode run ", "--auto", "< {{prompt_file}}"));
        for (String name : PROGRAMS.keySet()) {
            Preset preset = Presets.builtIn().find(name).orElseThrow();
            assertThat(preset.template()).as(name).contains(flags.get(name));
            assertThat(preset.modelFlag()).as(name).isEqualTo("--model {{model}}");
            assertThat(preset.source()).as(name + " names the release its flags were checked against").contains("checked against");
        }
        assertThat(Presets.builtIn().find("opencode").orElseThrow().template()).doesNotContain("--dangerously-skip-permissions");
    }

    /** A stand-in whose version output is given, for checking how a preset's version command reads it. */
    private Path versionOnlyProgram(String program, String versionOutput) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path file = bin.resolve(program);
        Files.writeString(file, "#!/bin/bash\n" + versionOutput + "\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void minisVersionIsTheOneItsBannerNamesWithoutTheClosingPeriod() throws Exception {
        // mini-swe-agent 2.4.6 prints this banner before its help.
        Path bin = versionOnlyProgram("mini", "echo 'This is mini-swe-agent version 2.4.6.'\n"
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
        Path bin = fakeProgram("claude", "env > env.txt");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home")));
        parse("claude-code:claude-sonnet-4-5", environmentWith(bin)).run(run);
        String env = Files.readString(run.workspace().resolve("env.txt"));
        assertThat(env).contains("ANTHROPIC_API_KEY=sk-ant", "DISABLE_AUTOUPDATER=1").doesNotContain("UNRELATED_SECRET");
    }

    @Test
    void claudeCodesJsonResultGivesTokensCostAndTurns() throws Exception {
        Path bin = fakeProgram("claude", "echo 'some progress {not json}'\n"
                + "echo '{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"num_turns\":42,\"result\":\"done\","
                + "\"total_cost_usd\":1.25,\"usage\":{\"input_tokens\":100,\"cache_creation_input_tokens\":20,"
                + "\"cache_read_input_tokens\":3000,\"output_tokens\":500}}'");
        AgentRun run = AgentRuns.of(tmp, runEnvironment(bin, tmp.resolve("home")));
        AgentOutcome outcome = parse("claude-code:claude-sonnet-4-5", environmentWith(bin)).run(run);
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.steps()).isEqualTo(42);
        assertThat(outcome.usage()).isEqualTo(new Usage(3120, 500, Optional.of(1.25)));
    }

    @Test
    void aPresetWhoseProgramIsNotInstalledFailsBeforeAnyRunNamingTheProgram() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", tmp.resolve("empty").toString());
        assertThatThrownBy(() -> parse("claude-code:claude-sonnet-4-5", env))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("'claude'").hasMessageContaining("not on PATH").hasMessageContaining("npm install")
                .satisfies(e -> assertThat(((StackBenchException) e).kind()).isEqualTo(StackBenchException.Kind.ENVIRONMENT));
    }

    @Test
    void anUnknownAgentListsThePresets() {
        assertThatThrownBy(() -> parse("claude:opus", System.getenv()))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("unknown agent 'claude:opus'")
                .hasMessageContaining("claude-code").hasMessageContaining("mini-swe-agent").hasMessageContaining("opencode")
                .hasMessageContaining("cmd:'TEMPLATE'").hasMessageContaining("replay:DIR");
    }
}
