package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.agent.scripted.Reply;
import io.stackbench.agent.scripted.Script;
import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.agent.scripted.Scripts;
import io.stackbench.agent.scripted.Totals;
import io.stackbench.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real, pinned aider run through {@code generate} against the scripted model server. */
class AiderPresetIT {

    // litellm's bundled price of gpt-4o-mini: aider's cost is litellm's completion_cost, and the
    // preset keeps litellm to the prices of the pinned release (LITELLM_LOCAL_MODEL_COST_MAP). $ per
    // million input, cached input and output tokens.
    private static final double INPUT = 0.15;
    private static final double CACHED = 0.075;
    private static final double OUTPUT = 0.60;

    @TempDir
    Path dir;

    @Test
    void aiderAppliesTheModelsEditAndItsRecordsAreRead() throws Exception {
        // Aider's "whole" edit format (the one it uses for gpt-4o-mini): the file name, then the
        // whole file in a fence. Cached tokens make the price differ from the uncached one.
        Script script = Scripts.inOrder(Reply.text("Creating it.\n\nhello.txt\n```\nhello from aider\n```\n").withUsage(1500, 300, 40));
        try (ScriptedModelServer server = ScriptedModelServer.start(script)) {
            Path gen = dir.resolve("gen");
            PresetGeneration.run("aider:gpt-4o-mini", server.baseUrl(), gen).assertSucceeded("aider");
            assertThat(server.unexpected()).isEmpty();
            assertThat(Files.readString(gen.resolve(Generation.PATCH_FILE))).contains("+++ b/hello.txt", "+hello from aider");
            Generation g = Json.mapper().readValue(gen.resolve("generation.json").toFile(), Generation.class);
            Totals served = server.totals();
            assertThat(served.calls()).as("aider makes no side calls without git").isEqualTo(1);
            assertThat(g.exitReason()).as(g.detail().orElse("")).isEqualTo(ExitReason.SUBMITTED);
            assertThat(g.steps()).contains(1);
            assertThat(g.usage().inputTokens()).contains(1500L);
            assertThat(g.usage().outputTokens()).contains(40L);
            // Aider keeps no count of cached tokens for OpenAI-style usage, though it prices them.
            assertThat(g.usage().cachedInputTokens()).isEmpty();
            assertThat(g.usage().costUsd().orElseThrow()).isCloseTo((1200 * INPUT + 300 * CACHED + 40 * OUTPUT) / 1e6, within(1e-12));

            JsonNode trajectory = Json.mapper().readTree(gen.resolve("agent").resolve(Atif.FILE).toFile());
            assertThat(trajectory.path("schema_version").asText()).isEqualTo(Atif.SCHEMA_VERSION);
            assertThat(trajectory.path("agent").path("name").asText()).isEqualTo("aider");
            JsonNode call = trajectory.findValues("tool_calls").get(0).get(0);
            assertThat(call.path("function_name").asText()).isEqualTo("edit");
            assertThat(call.path("arguments").path("path").asText()).isEqualTo("hello.txt");
        }
    }
}
