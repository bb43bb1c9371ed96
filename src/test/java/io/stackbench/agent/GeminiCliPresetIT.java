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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real, pinned Gemini CLI through {@code stackbench generate} against the scripted model
 * server speaking Gemini's {@code streamGenerateContent}: the model calls {@code write_file}, the file
 * lands in the patch, and the generation records what the server counted. If the pinned program
 * cannot be installed, {@code generate} fails naming the preset and so does this test.
 */
class GeminiCliPresetIT {

    private static final String CONTENT = "hello from the scripted model\n";

    @TempDir
    Path tmp;

    @Test
    void geminiCliWritesTheFileTheModelAsksForAndItsUsageMatchesTheServersCount() throws Exception {
        ObjectNode args = Json.mapper().createObjectNode().put("file_path", "hello.txt").put("content", CONTENT);
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.toolThenText("write_file", args, "Created hello.txt."))) {
            Path out = tmp.resolve("generation");
            PresetGeneration.run("gemini-cli:scripted-gemini", server.baseUrl(), out).assertSucceeded("gemini-cli");
            String log = Files.readString(out.resolve("agent/agent.log"));
            assertThat(server.unexpected()).as(log).isEmpty();

            assertThat(Files.readString(out.resolve("solution.patch"))).contains("+++ b/hello.txt", "+" + CONTENT.strip());
            assertThat(server.calls()).as("every call named the model given").allSatisfy(call -> {
                assertThat(call.model()).isEqualTo("scripted-gemini");
                assertThat(call.streamed()).isTrue();
            });

            Totals served = server.totals();
            JsonNode generation = Json.mapper().readTree(out.resolve("generation.json").toFile());
            assertThat(generation.path("exitReason").asText()).as(log).isEqualTo("submitted");
            assertThat(generation.path("steps").asInt()).isEqualTo((int) server.calls().stream().filter(ModelCall::succeeded).count());
            assertThat(generation.path("steps").asInt()).isEqualTo(served.calls());
            JsonNode usage = generation.path("usage");
            assertThat(usage.path("inputTokens").asLong()).isEqualTo(served.inputTokens());
            assertThat(usage.path("cachedInputTokens").asLong()).isEqualTo(served.cachedInputTokens());
            assertThat(usage.path("outputTokens").asLong()).isEqualTo(served.outputTokens());
            assertThat(usage.path("costUsd").isNull()).as("Gemini CLI reports no cost").isTrue();
            assertThat(generation.path("versions").path("gemini-cli").asText()).matches("\\d+\\.\\d+\\.\\d+");

            JsonNode trajectory = Json.mapper().readTree(out.resolve("agent").resolve(Atif.FILE).toFile());
            assertThat(trajectory.path("schema_version").asText()).isEqualTo(Atif.SCHEMA_VERSION);
            assertThat(trajectory.path("session_id").asText()).isNotEmpty();
            JsonNode call = null;
            for (JsonNode step : trajectory.path("steps")) {
                assertThat(step.path("source").asText()).isIn("system", "user", "agent");
                for (JsonNode toolCall : step.path("tool_calls")) {
                    call = toolCall;
                    assertThat(step.path("observation").path("results").get(0).path("source_call_id").asText())
                            .isEqualTo(toolCall.path("tool_call_id").asText());
                }
            }
            assertThat(call).as("the write_file call is in the trajectory").isNotNull();
            assertThat(call.path("function_name").asText()).isEqualTo("write_file");
            assertThat(call.path("arguments").path("content").asText()).isEqualTo(CONTENT);
            assertThat(trajectory.path("final_metrics").path("total_prompt_tokens").asLong()).isEqualTo(served.inputTokens());
        }
    }
}
