package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.agent.scripted.Dialect;
import io.stackbench.agent.scripted.ModelCall;
import io.stackbench.agent.scripted.Reply;
import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.agent.scripted.Totals;
import io.stackbench.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real, pinned Claude Code through {@code stackbench generate}, sealed, against the scripted
 * model server on loopback: the model has it write {@code hello.txt} with its {@code Write} tool,
 * and the run's record agrees with what the server served.
 */
class ClaudeCodePresetIT {

    private static final String MODEL = "claude-sonnet-4-5";
    private static final String CONTENT = "hello from the scripted model\n";
    /** Claude Code tells the model its working directory; its Write tool wants an absolute path. */
    private static final Pattern CWD = Pattern.compile("Primary working directory: (\\S+)");
    // Claude Sonnet 4.5's list prices, US dollars per token: input, cache read, output.
    private static final double INPUT = 3e-6;
    private static final double CACHE_READ = 0.3e-6;
    private static final double OUTPUT = 15e-6;

    @TempDir
    Path tmp;

    @Test
    void claudeCodeWritesTheFileAndItsTokensCostTurnsAndTrajectoryAreRecorded() throws Exception {
        Path out = tmp.resolve("gen");
        try (ScriptedModelServer server = ScriptedModelServer.start(request -> {
            Matcher cwd = CWD.matcher(request.conversationText());
            if (request.toolResults() > 0 || !cwd.find()) {
                return Reply.text("Done.");
            }
            return Reply.text("Writing the file.").and(Reply.toolCall("Write",
                    Map.of("file_path", cwd.group(1) + "/hello.txt", "content", CONTENT)));
        })) {
            PresetGeneration.run("claude-code:" + MODEL, server.baseUrl(), out).assertSucceeded("claude-code");

            assertThat(server.unexpected()).as("requests the server did not understand").isEmpty();
            List<ModelCall> calls = server.calls();
            assertThat(calls).as("a tool call, then the closing text").hasSize(2).allSatisfy(call -> {
                assertThat(call.dialect()).isEqualTo(Dialect.ANTHROPIC_MESSAGES);
                assertThat(call.streamed()).isTrue();
                assertThat(call.model()).isEqualTo(MODEL);
                // With --base-url and no key, StackBench gives the CLI a placeholder key to send.
                assertThat(call.request().headers()).containsKey("x-api-key");
            });

            assertThat(Files.readString(out.resolve(Generation.PATCH_FILE))).contains("+++ b/hello.txt", "+" + CONTENT.strip());
            Generation g = Json.mapper().readValue(out.resolve(Generation.FILE).toFile(), Generation.class);
            assertThat(g.exitReason()).as(g.detail().orElse("")).isEqualTo(ExitReason.SUBMITTED);
            assertThat(g.steps()).contains(2);
            Totals served = server.totals();
            assertThat(g.usage().inputTokens()).contains(served.inputTokens());
            assertThat(g.usage().cachedInputTokens()).contains(served.cachedInputTokens());
            assertThat(g.usage().outputTokens()).contains(served.outputTokens());
            double price = (served.inputTokens() - served.cachedInputTokens()) * INPUT + served.cachedInputTokens() * CACHE_READ
                    + served.outputTokens() * OUTPUT;
            assertThat(g.usage().costUsd()).hasValueSatisfying(c -> assertThat(c).isCloseTo(price, within(1e-9)));
            assertThat(g.versions()).containsEntry("claude-code", "2.1.332 (Claude Code)");

            Path record = out.resolve("agent");
            assertThat(record.resolve(ClaudeCodeOutput.STREAM)).content().contains("\"type\":\"result\"");
            JsonNode trajectory = Json.mapper().readTree(record.resolve(Atif.FILE).toFile());
            assertThat(trajectory.path("schema_version").asText()).isEqualTo("ATIF-v1.4");
            assertThat(trajectory.path("agent").path("name").asText()).isEqualTo("claude-code");
            JsonNode write = trajectory.path("steps").get(0);
            assertThat(write.path("source").asText()).isEqualTo("agent");
            assertThat(write.path("tool_calls").get(0).path("function_name").asText()).isEqualTo("Write");
            assertThat(write.path("tool_calls").get(0).path("arguments").path("content").asText()).isEqualTo(CONTENT);
            assertThat(write.path("observation").path("results").get(0).path("content").asText()).startsWith("File created successfully");
            assertThat(trajectory.path("final_metrics").path("total_prompt_tokens").asLong()).isEqualTo(served.inputTokens());
            // The record is the ATIF records' own shape: it reads back into them.
            assertThat(Json.mapper().treeToValue(trajectory, Atif.Trajectory.class).steps()).hasSize(2);
        }
    }
}
