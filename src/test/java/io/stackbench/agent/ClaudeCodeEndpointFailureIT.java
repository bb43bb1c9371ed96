package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.agent.scripted.Scripts;
import io.stackbench.cli.Main;
import io.stackbench.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real, pinned Claude Code through {@code stackbench generate} against an endpoint that keeps
 * failing: 500s after its retries end the generation as {@code infra}; a rejected key stops
 * {@code generate} with the preset and the status. The failsafe JVM sets
 * {@code CLAUDE_CODE_MAX_RETRIES=1}, which these runs alone let through, so it retries once, not ten times.
 */
class ClaudeCodeEndpointFailureIT {

    @TempDir
    Path tmp;

    private int generate(ScriptedModelServer server, Path out, StringWriter stdout, StringWriter stderr) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        return cli.execute("generate", "--agent", "claude-code:claude-sonnet-4-5", "--base-url", server.baseUrl(),
                "--pass-env", "CLAUDE_CODE_MAX_RETRIES", "--task", "flask-openapi-unconstrained", "--out", out.toString(),
                "--time-limit", "120");
    }

    @Test
    void fiveHundredsAfterItsRetriesEndTheGenerationAsInfra() throws Exception {
        Path out = tmp.resolve("gen");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.failing(500))) {
            generate(server, out, stdout, stderr);

            assertThat(server.calls()).as("the first request and Claude Code's one retry").hasSize(2);
            Generation g = Json.mapper().readValue(out.resolve(Generation.FILE).toFile(), Generation.class);
            assertThat(g.exitReason()).as(stdout + "\n" + stderr).isEqualTo(ExitReason.INFRA);
            assertThat(Json.mapper().readTree(out.resolve(Generation.FILE).toFile()).path("exitReason").asText()).isEqualTo("infra");
            assertThat(g.detail()).hasValueSatisfying(d -> assertThat(d).contains("HTTP 500", "scripted failure (HTTP 500)"));
        }
    }

    @Test
    void aRejectedKeyStopsGenerateNamingThePresetAndTheStatus() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.failing(401))) {
            int code = generate(server, tmp.resolve("gen"), stdout, stderr);

            assertThat(code).as(stdout + "\n" + stderr).isNotZero();
            assertThat(stderr.toString()).contains("claude-code preset", "HTTP 401", "Failed to authenticate");
        }
    }
}
