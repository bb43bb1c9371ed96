package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture is a real run of Gemini CLI 0.61.0 ({@code --output-format json --model my-local-model},
 * GEMINI_CLI_HOME in the record directory) against a loopback server that answered three turns:
 * a thought and {@code write_file}, a thought and {@code run_shell_command}, then text. Each reply
 * reported promptTokenCount 101..103 (30 cached), 7 candidates and 3 thought tokens.
 */
class GeminiCliOutputTest {

    private static final Path FIXTURE = fixture();

    @Test
    void usage_and_steps_are_the_totals_of_its_json_result_with_thoughts_counted_as_output() {
        AgentOutput.CliReport report = new GeminiCliOutput().read(FIXTURE, FIXTURE.resolve("agent.log")).orElseThrow();

        assertThat(report.usage()).isEqualTo(Usage.of(306, 90, 30, Optional.empty()));
        assertThat(report.steps()).contains(3);
    }

    @Test
    void the_trajectory_is_the_replayed_session_with_each_tool_call_and_what_it_returned() {
        Atif.Trajectory trajectory = new GeminiCliOutput().read(FIXTURE, FIXTURE.resolve("agent.log")).orElseThrow()
                .trajectory().orElseThrow();

        assertThat(trajectory.sessionId()).isEqualTo("a1492a94-6899-4626-b88f-b83a9b329930");
        assertThat(trajectory.agent().modelName()).contains("my-local-model");
        assertThat(trajectory.steps()).extracting(Atif.Step::source).containsExactly("system", "user", "agent", "agent", "agent");
        assertThat(trajectory.steps()).extracting(Atif.Step::stepId).containsExactly(1, 2, 3, 4, 5);
        assertThat(trajectory.steps().get(1).message()).isEqualTo("create hello.txt");

        Atif.Step write = trajectory.steps().get(2);
        assertThat(write.reasoningContent()).contains("Planning the file.");
        Atif.ToolCall call = write.toolCalls().orElseThrow().get(0);
        assertThat(call.functionName()).isEqualTo("write_file");
        assertThat(call.arguments().path("file_path").asText()).isEqualTo("hello.txt");
        assertThat(call.arguments().path("content").asText()).isEqualTo("hello from scripted\n");
        Atif.ObservationResult written = write.observation().orElseThrow().results().get(0);
        assertThat(written.sourceCallId()).contains(call.toolCallId());
        assertThat(written.content()).startsWith("Successfully created and wrote to new file");
        assertThat(write.metrics().orElseThrow().promptTokens()).contains(101L);
        assertThat(write.metrics().orElseThrow().completionTokens()).contains(10L);
        assertThat(write.metrics().orElseThrow().cachedTokens()).contains(30L);

        assertThat(trajectory.steps().get(3).toolCalls().orElseThrow().get(0).functionName()).isEqualTo("run_shell_command");
        assertThat(trajectory.steps().get(3).observation().orElseThrow().results().get(0).content()).contains("hello from scripted");
        assertThat(trajectory.steps().get(4).message()).isEqualTo("Created hello.txt.");
        assertThat(trajectory.steps().get(4).toolCalls()).isEmpty();
        assertThat(trajectory.finalMetrics().orElseThrow().totalPromptTokens()).contains(306L);
        assertThat(trajectory.finalMetrics().orElseThrow().totalSteps()).contains(3);
    }

    @Test
    void the_trajectory_is_written_with_atif_field_names() throws IOException {
        Atif.Trajectory trajectory = new GeminiCliOutput().read(FIXTURE, FIXTURE.resolve("agent.log")).orElseThrow()
                .trajectory().orElseThrow();

        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(trajectory));

        assertThat(written.path("schema_version").asText()).isEqualTo("ATIF-v1.4");
        JsonNode step = written.path("steps").get(2);
        assertThat(step.path("tool_calls").get(0).path("function_name").asText()).isEqualTo("write_file");
        assertThat(step.path("observation").path("results").get(0).has("source_call_id")).isTrue();
        assertThat(step.path("metrics").path("prompt_tokens").asLong()).isEqualTo(101);
        assertThat(written.path("final_metrics").path("total_cached_tokens").asLong()).isEqualTo(90);
    }

    @Test
    void warnings_printed_after_the_result_do_not_hide_it(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("agent.log"), Files.readString(FIXTURE.resolve("agent.log"))
                + "\n[STARTUP] Cannot measure phase 'cleanup_ops'\n{ not json\n");

        AgentOutput.CliReport report = new GeminiCliOutput().read(dir, dir.resolve("agent.log")).orElseThrow();

        assertThat(report.usage().inputTokens()).contains(306L);
        assertThat(report.trajectory()).isEmpty();
    }

    @Test
    void a_run_that_failed_before_any_model_call_reports_nothing_rather_than_zeros(@TempDir Path dir) throws IOException {
        // What 0.61.0 prints when headless auth fails (exit 41).
        Files.writeString(dir.resolve("agent.log"), String.join("\n", List.of(
                "YOLO mode is enabled. All tool calls will be automatically approved.", "{",
                "  \"session_id\": \"bbc57076-5821-41e9-9730-2c7619c4d580\",",
                "  \"error\": {", "    \"type\": \"Error\",", "    \"message\": \"Invalid auth method selected.\",",
                "    \"code\": 41", "  }", "}")));

        assertThat(new GeminiCliOutput().read(dir, dir.resolve("agent.log"))).isEmpty();
    }

    @Test
    void a_rewind_drops_the_message_it_names_and_everything_after(@TempDir Path dir) throws IOException {
        Path chats = Files.createDirectories(dir.resolve("gemini/.gemini/tmp/p/chats"));
        Files.writeString(chats.resolve("session-1.jsonl"), String.join("\n", List.of(
                "{\"sessionId\":\"s1\",\"projectHash\":\"h\",\"kind\":\"main\"}",
                "{\"id\":\"a\",\"type\":\"user\",\"content\":[{\"text\":\"first\"}]}",
                "{\"id\":\"b\",\"type\":\"gemini\",\"content\":\"dropped\",\"model\":\"m\"}",
                "{\"id\":\"c\",\"type\":\"user\",\"content\":[{\"text\":\"dropped too\"}]}",
                "{\"$rewindTo\":\"b\"}",
                "{\"id\":\"d\",\"type\":\"gemini\",\"content\":\"kept\",\"model\":\"m\"}")));

        Atif.Trajectory trajectory = new GeminiCliOutput().read(dir, dir.resolve("agent.log")).orElseThrow().trajectory().orElseThrow();

        assertThat(trajectory.steps()).extracting(Atif.Step::message).containsExactly("first", "kept");
    }

    private static Path fixture() {
        try {
            return Path.of(GeminiCliOutputTest.class.getResource("outputs/gemini-cli").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fiveHundredsAfterItsRetriesAreAnEndpointFailureWithTheStatus() throws Exception {
        // Captured against a server answering HTTP 500: Gemini CLI retried for 221 s, then printed its error object.
        Path dir = Path.of(GeminiCliOutputTest.class.getResource("outputs/gemini-cli/endpoint-500/agent.log").toURI()).getParent();
        AgentOutput.CliReport report = new GeminiCliOutput().read(dir, dir.resolve("agent.log")).orElseThrow();

        AgentOutput.EndpointFailure failure = report.endpointFailure().orElseThrow();
        assertThat(failure.status()).contains(500);
        assertThat(failure.cause()).startsWith("Gemini CLI: Error: ").contains("scripted failure (HTTP 500)");
    }

    @Test
    void aRunThatWorkedHasNoEndpointFailure() {
        assertThat(new GeminiCliOutput().read(FIXTURE, FIXTURE.resolve("agent.log")).orElseThrow().endpointFailure()).isEmpty();
    }
}
