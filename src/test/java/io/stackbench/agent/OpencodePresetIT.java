package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.agent.scripted.ModelCall;
import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.agent.scripted.Scripts;
import io.stackbench.agent.scripted.Totals;
import io.stackbench.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real, pinned opencode run through {@code generate} (sealed: as the sandbox's unprivileged
 * user) against the scripted model server, reached as a custom OpenAI-compatible provider.
 */
class OpencodePresetIT {

    private static final String CONTENT = "hello from opencode\n";

    @TempDir
    Path dir;

    @Test
    void opencodeWritesTheFileTheModelAsksForAndItsEventsAreRead() throws Exception {
        var arguments = Json.mapper().createObjectNode().put("filePath", "hello.txt").put("content", CONTENT);
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.toolThenText("write", arguments, "Done."))) {
            Path gen = dir.resolve("gen");
            PresetGeneration.run("opencode:" + ScriptedModelServer.DEFAULT_MODEL, server.baseUrl(), gen).assertSucceeded("opencode");
            assertThat(server.unexpected()).isEmpty();
            Generation g = Json.mapper().readValue(gen.resolve(Generation.FILE).toFile(), Generation.class);
            assertThat(g.exitReason()).as(g.detail().orElse("") + "\n" + agentLog(gen)).isEqualTo(ExitReason.SUBMITTED);
            assertThat(Files.readString(gen.resolve(Generation.PATCH_FILE))).contains("+++ b/hello.txt", "+hello from opencode");

            // The session is named by --title: no side call, so every call is a step of the JSON events.
            Totals served = server.totals();
            assertThat(server.calls()).extracting(ModelCall::path).containsOnly("/chat/completions");
            assertThat(server.calls()).allSatisfy(c -> assertThat(c.streamed()).isTrue());
            assertThat(server.calls()).extracting(ModelCall::model).containsOnly(ScriptedModelServer.DEFAULT_MODEL);
            assertThat(served.calls()).isEqualTo(2);
            assertThat(g.steps()).contains(served.calls());
            assertThat(g.usage().inputTokens()).contains(served.inputTokens());
            assertThat(g.usage().cachedInputTokens()).contains(served.cachedInputTokens());
            assertThat(g.usage().outputTokens()).contains(served.outputTokens());
            // opencode has no price for a model of a provider defined in its config: it prints 0, which is unknown.
            assertThat(g.usage().costUsd()).isEmpty();
            assertThat(g.versions()).containsEntry("opencode", "1.18.33");

            JsonNode trajectory = Json.mapper().readTree(gen.resolve("agent").resolve(Atif.FILE).toFile());
            assertThat(trajectory.path("schema_version").asText()).isEqualTo(Atif.SCHEMA_VERSION);
            assertThat(trajectory.path("agent").path("name").asText()).isEqualTo("opencode");
            assertThat(trajectory.path("steps").path(0).path("source").asText()).isEqualTo("user");
            JsonNode call = trajectory.findValues("tool_calls").get(0).get(0);
            assertThat(call.path("function_name").asText()).isEqualTo("write");
            assertThat(call.path("arguments").path("content").asText()).isEqualTo(CONTENT);
            assertThat(trajectory.path("final_metrics").path("total_prompt_tokens").asLong()).isEqualTo(served.inputTokens());
            // The provider's settings are kept with the run, without the key.
            assertThat(Files.readString(gen.resolve("agent").resolve("opencode.json")))
                    .contains(server.baseUrl()).contains("{env:OPENAI_API_KEY}").doesNotContain(CommandAgent.NO_KEY);
        }
    }

    private static String agentLog(Path gen) {
        try {
            return Files.readString(gen.resolve("agent").resolve("agent.log"));
        } catch (IOException e) {
            return "(no agent.log: " + e.getMessage() + ")";
        }
    }
}
