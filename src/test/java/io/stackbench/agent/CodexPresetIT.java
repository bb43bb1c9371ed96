package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.agent.scripted.ModelCall;
import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.agent.scripted.Scripts;
import io.stackbench.agent.scripted.Totals;
import io.stackbench.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.toolThenText("exec_command", command, "Created hello.txt."))) {
            // Codex's provider base URL includes /v1: it appends /responses.
            PresetGeneration.run("codex:gpt-5.5", server.baseUrl() + "/v1", gen).assertSucceeded("codex");

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
