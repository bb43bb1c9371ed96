package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.agent.scripted.ModelCall;
import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.agent.scripted.Scripts;
import io.stackbench.agent.scripted.Totals;
import io.stackbench.cli.Main;
import io.stackbench.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real, pinned Codex CLI through {@code stackbench generate}, sealed in the sandbox as an
 * unprivileged user, against the scripted model server on loopback: the model has Codex run a
 * shell command that writes {@code hello.txt}, then says it is done.
 */
class CodexPresetIT {

    private static final String CONTENT = "hello from codex";

    @TempDir
    Path dir;

    @Test
    void codexWritesTheFileTheModelAsksForAndItsRolloutAccountsForEveryCall() throws Exception {
        // exec_command is the shell tool Codex 0.171.0 offers every model (apply_patch only to those it knows).
        ObjectNode command = Json.mapper().createObjectNode().put("cmd", "printf '" + CONTENT + "\\n' > hello.txt");
        Path gen = dir.resolve("gen");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.toolThenText("exec_command", command, "Created hello.txt."))) {
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            // Codex's provider base URL includes /v1: it appends /responses.
            int exit = cli.execute("generate", "--agent", "codex:gpt-5.5", "--task", "flask-openapi-unconstrained",
                    "--base-url", server.baseUrl() + "/v1", "--time-limit", "300", "--out", gen.toString());
            assertThat(exit).as("the codex preset (real pinned program) through generate: " + out + err).isZero();

            assertThat(server.unexpected()).as("requests the scripted server did not understand").isEmpty();
            assertThat(server.calls()).as("every call codex made went through and streamed")
                    .allSatisfy(c -> assertThat(c.succeeded() && c.request().streamed()).isTrue()).hasSize(2);
            assertThat(server.calls()).extracting(ModelCall::path).containsOnly("/v1/responses");
            assertThat(server.calls()).extracting(c -> c.request().body().path("client_metadata").path("x-codex-turn-metadata").asText())
                    .as("the preset's config.toml in CODEX_HOME was read").allSatisfy(m -> assertThat(m).contains("\"analytics_enabled\":false"));
            Totals served = server.totals();

            assertThat(gen.resolve("workspace/hello.txt")).hasContent(CONTENT + "\n");
            assertThat(Files.readString(gen.resolve(Generation.PATCH_FILE))).contains("+++ b/hello.txt", "+" + CONTENT);

            Generation generation = Generation.read(gen, Json.mapper()).orElseThrow();
            assertThat(generation.exitReason()).as(generation.detail().orElse("")).isEqualTo(ExitReason.SUBMITTED);
            assertThat(generation.steps()).contains(served.calls());
            assertThat(generation.usage()).as("tokens as the server counted them; Codex reports no cost")
                    .isEqualTo(Usage.of(served.inputTokens(), served.cachedInputTokens(), served.outputTokens(), Optional.empty()));
            assertThat(generation.versions()).containsEntry("codex", "codex-cli 0.171.0");

            JsonNode trajectory = Json.mapper().readTree(gen.resolve("agent").resolve(Atif.FILE).toFile());
            assertThat(trajectory.path("schema_version").asText()).isEqualTo("ATIF-v1.4");
            assertThat(trajectory.path("agent").path("name").asText()).isEqualTo("codex");
            JsonNode call = trajectory.path("steps").get(1);
            assertThat(call.path("source").asText()).isEqualTo("agent");
            assertThat(call.path("tool_calls").get(0).path("function_name").asText()).isEqualTo("exec_command");
            assertThat(call.path("tool_calls").get(0).path("arguments").path("cmd").asText()).contains("hello.txt");
            assertThat(call.path("observation").path("results").get(0).path("content").asText()).contains("exited with code 0");
            assertThat(trajectory.path("steps").get(2).path("message").asText()).isEqualTo("Created hello.txt.");
            assertThat(trajectory.path("final_metrics").path("total_prompt_tokens").asLong()).isEqualTo(served.inputTokens());
        }
    }
}
