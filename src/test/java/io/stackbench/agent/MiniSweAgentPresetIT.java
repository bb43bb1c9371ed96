package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.agent.scripted.ModelCall;
import io.stackbench.agent.scripted.Reply;
import io.stackbench.agent.scripted.Script;
import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.agent.scripted.Scripts;
import io.stackbench.agent.scripted.Totals;
import io.stackbench.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real, pinned mini-swe-agent run through {@code generate} against the scripted model server. */
class MiniSweAgentPresetIT {

    // litellm's bundled price of gpt-4o-mini (mini prices with the pinned litellm, its remote
    // price map switched off): $ per million input, cached input and output tokens.
    private static final double INPUT = 0.15;
    private static final double CACHED = 0.075;
    private static final double OUTPUT = 0.60;

    @TempDir
    Path dir;

    @Test
    void miniRunsTheModelsCommandsAndItsTrajectoryIsRead() throws Exception {
        Script script = Scripts.inOrder(
                Reply.text("Creating the file.").and(Reply.toolCall("bash", Map.of("command", "printf 'hello from mini\\n' > hello.txt"))),
                Reply.toolCall("bash", Map.of("command", "echo COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT")));
        try (ScriptedModelServer server = ScriptedModelServer.start(script)) {
            Path gen = dir.resolve("gen");
            PresetGeneration.run("mini-swe-agent:gpt-4o-mini", server.baseUrl(), gen).assertSucceeded("mini-swe-agent");
            assertThat(server.unexpected()).isEmpty();
            assertThat(Files.readString(gen.resolve(Generation.PATCH_FILE))).contains("+++ b/hello.txt", "+hello from mini");
            Generation g = Json.mapper().readValue(gen.resolve("generation.json").toFile(), Generation.class);
            Totals served = server.totals();
            assertThat(served.calls()).isEqualTo(2);
            assertThat(g.exitReason()).as(g.detail().orElse("")).isEqualTo(ExitReason.SUBMITTED);
            assertThat(g.steps()).contains(2);
            assertThat(g.usage().inputTokens()).contains(served.inputTokens());
            assertThat(g.usage().cachedInputTokens()).contains(served.cachedInputTokens());
            assertThat(g.usage().outputTokens()).contains(served.outputTokens());
            double expected = server.calls().stream().map(ModelCall::usage).map(u -> u.orElseThrow())
                    .mapToDouble(u -> (u.uncachedInputTokens() * INPUT + u.cachedInputTokens() * CACHED + u.outputTokens() * OUTPUT) / 1e6).sum();
            assertThat(g.usage().costUsd().orElseThrow()).isCloseTo(expected, within(1e-12));

            JsonNode trajectory = Json.mapper().readTree(gen.resolve("agent").resolve(Atif.FILE).toFile());
            assertThat(trajectory.path("schema_version").asText()).isEqualTo(Atif.SCHEMA_VERSION);
            assertThat(trajectory.path("agent").path("name").asText()).isEqualTo("mini-swe-agent");
            JsonNode call = trajectory.findValues("tool_calls").get(0).get(0);
            assertThat(call.path("function_name").asText()).isEqualTo("bash");
            assertThat(call.path("arguments").path("command").asText()).contains("hello.txt");
            assertThat(trajectory.path("final_metrics").path("total_prompt_tokens").asLong()).isEqualTo(served.inputTokens());
        }
    }
}
