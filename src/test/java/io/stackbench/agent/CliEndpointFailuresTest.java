package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CLI preset whose model endpoint failed for good ends as the built-in loop does: unreachable,
 * 5xx, 429 or 408 after the CLI's retries is {@code infra}; 401, 403 or 404 stops the sweep; another
 * status is the run's error. The stand-in programs print what the real CLIs printed on such failures.
 */
class CliEndpointFailuresTest {

    @TempDir
    Path tmp;

    /** A stand-in for the preset's pinned program that runs {@code body} with the preset's arguments. */
    private Path fakeProgram(String preset, String body) throws IOException {
        Preset p = Presets.builtIn().find(preset).orElseThrow();
        Path bin = Files.createDirectories("python".equals(p.packaging()) ? tmp.resolve("install").resolve("bin")
                : tmp.resolve("install").resolve("node_modules").resolve(".bin"));
        Path file = bin.resolve(p.program());
        Files.writeString(file, "#!/bin/bash\nif [ \"$1\" = --version ]; then echo 9.9.9; exit 0; fi\ncat > /dev/null\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static String fixture(String path) throws URISyntaxException {
        return Path.of(CliEndpointFailuresTest.class.getResource("outputs/" + path).toURI()).toString();
    }

    private AgentOutcome run(String preset, String body) throws IOException {
        Path bin = fakeProgram(preset, body);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", "/usr/bin:/bin");
        AgentConfig config = new AgentConfig(Optional.of("http://127.0.0.1:9"), Optional.empty(), Limits.DEFAULT, Optional.empty(),
                List.of(), env);
        Agent agent = CommandAgent.fromPreset(Presets.builtIn().find(preset).orElseThrow(), "scripted-model", config,
                tmp.resolve("install"), new io.stackbench.runtime.ProcessRunner());
        return agent.run(AgentRuns.of(tmp, Map.of("PATH", bin + ":/usr/bin:/bin", "HOME", tmp.resolve("home").toString(),
                "LANG", "C.UTF-8", "TERM", "dumb")));
    }

    @Test
    void fiveHundredsAfterClaudeCodesRetriesAreInfraWithItsMessage() throws Exception {
        AgentOutcome outcome = run("claude-code", "cat '" + fixture("claude-code/endpoint-500.stream.jsonl") + "'; exit 1");

        assertThat(outcome.exitReason()).isEqualTo(ExitReason.INFRA);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d)
                .contains("claude-code's model endpoint http://127.0.0.1:9 failed after the CLI's own retries (HTTP 500)")
                .contains("Claude Code: API Error: 500 scripted failure (HTTP 500)"));
        assertThat(outcome.steps()).contains(0);
    }

    @Test
    void anUnreachableEndpointIsInfra() throws Exception {
        AgentOutcome outcome = run("claude-code", "cat '" + fixture("claude-code/endpoint-unreachable.stream.jsonl") + "'; exit 1");

        assertThat(outcome.exitReason()).isEqualTo(ExitReason.INFRA);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("no HTTP status").contains("ECONNREFUSED"));
    }

    @Test
    void aRejectedKeyStopsTheSweepNamingThePresetAndTheStatus() throws Exception {
        String body = "cat '" + fixture("claude-code/endpoint-401.stream.jsonl") + "'; exit 1";
        assertThatThrownBy(() -> run("claude-code", body)).isInstanceOf(StackBenchException.class)
                .hasMessageContaining("claude-code preset").hasMessageContaining("HTTP 401").hasMessageContaining("Failed to authenticate");
    }

    @Test
    void anUnknownModelStopsTheSweep() throws Exception {
        String body = "cat '" + fixture("claude-code/endpoint-404.stream.jsonl") + "'; exit 1";
        assertThatThrownBy(() -> run("claude-code", body)).isInstanceOf(StackBenchException.class)
                .hasMessageContaining("claude-code preset").hasMessageContaining("HTTP 404").hasMessageContaining("scripted-model");
    }

    @Test
    void codexsOverloadMessageWithoutAStatusIsInfra() throws Exception {
        AgentOutcome outcome = run("codex", "cat '" + fixture("codex/endpoint-500/agent.log") + "'; exit 1");

        assertThat(outcome.exitReason()).isEqualTo(ExitReason.INFRA);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("Codex: We’re currently experiencing high demand"));
    }

    @Test
    void codexsRejectedKeyStopsTheSweep() throws Exception {
        String body = "cat '" + fixture("codex/endpoint-401/agent.log") + "'; exit 1";
        assertThatThrownBy(() -> run("codex", body)).isInstanceOf(StackBenchException.class)
                .hasMessageContaining("codex preset").hasMessageContaining("HTTP 401");
    }

    @Test
    void aRateLimitIsInfraAndABadRequestIsTheRunsError() throws Exception {
        // Codex's turn.failed line as it prints an unexpected status (the 401 capture), with other statuses.
        String failed = "echo '{\"type\":\"turn.failed\",\"error\":{\"message\":\"unexpected status %s: scripted\"}}'; exit 1";
        assertThat(run("codex", failed.formatted("429 Too Many Requests")).exitReason()).isEqualTo(ExitReason.INFRA);
        AgentOutcome badRequest = run("codex", failed.formatted("400 Bad Request"));
        assertThat(badRequest.exitReason()).isEqualTo(ExitReason.ERROR);
        assertThat(badRequest.detail()).hasValueSatisfying(d -> assertThat(d).contains("HTTP 400"));
    }

    @Test
    void aiderGivingUpOnFiveHundredsIsInfraThoughItExitsZero() throws Exception {
        String history = fixture("aider/endpoint-500/aider.chat.history.md");
        AgentOutcome outcome = run("aider", "while [ $# -gt 0 ]; do if [ \"$1\" = --chat-history-file ]; then cp '" + history
                + "' \"$2\"; fi; shift; done; exit 0");

        assertThat(outcome.exitReason()).isEqualTo(ExitReason.INFRA);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("(HTTP 500)").contains("litellm.InternalServerError"));
    }

    @Test
    void opencodesFiveHundredsAreInfra() throws Exception {
        AgentOutcome outcome = run("opencode", "cat '" + fixture("opencode/endpoint-500/agent/agent.log") + "'; exit 1");

        assertThat(outcome.exitReason()).isEqualTo(ExitReason.INFRA);
    }

    @Test
    void aRunWithoutAnEndpointFailureIsJudgedByItsExitCodeAsBefore() throws Exception {
        String stream = fixture("claude-code/subagent-and-write.stream.jsonl");
        assertThat(run("claude-code", "cat '" + stream + "'; exit 0").exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(run("claude-code", "cat '" + stream + "'; exit 2").exitReason()).isEqualTo(ExitReason.ERROR);
    }
}
