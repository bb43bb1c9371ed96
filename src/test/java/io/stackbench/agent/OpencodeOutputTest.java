package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads what the real opencode 1.18.33 printed ({@code run --format json --thinking --print-logs
 * --log-level WARN}, standard output and error together) against a loopback server that reported,
 * for call n (from 1), 1000 + n prompt tokens (300 of them cached) and 20 + n completion tokens
 * (5 of them reasoning).
 */
class OpencodeOutputTest {

    private final OpencodeOutput output = new OpencodeOutput();

    @TempDir
    Path tmp;

    private static Path agentDir(String fixture) throws URISyntaxException {
        return Path.of(OpencodeOutputTest.class.getResource("outputs/opencode/" + fixture + "/agent/agent.log").toURI()).getParent();
    }

    private AgentOutput.CliReport read(String fixture) throws URISyntaxException {
        Path dir = agentDir(fixture);
        return output.read(dir, dir.resolve("agent.log")).orElseThrow();
    }

    @Test
    void tokensAreWhatTheEndpointReportedWithCachedInputAndReasoningCountedIn() throws Exception {
        // Four calls: write, bash, a read that failed, then the final text.
        AgentOutput.CliReport report = read("tools");

        assertThat(report.steps()).contains(4);
        assertThat(report.usage().inputTokens()).contains(1001L + 1002 + 1003 + 1004);
        assertThat(report.usage().cachedInputTokens()).contains(4 * 300L);
        assertThat(report.usage().outputTokens()).contains(21L + 22 + 23 + 24);
    }

    @Test
    void aModelOpencodeHasNoPriceForHasUnknownCostRatherThanTheZeroItPrints() throws Exception {
        AgentOutput.CliReport report = read("tools");

        assertThat(Files.readString(agentDir("tools").resolve("agent.log"))).contains("\"cost\":0}");
        assertThat(report.usage().costUsd()).isEmpty();
        assertThat(report.trajectory().orElseThrow().steps()).allSatisfy(step -> assertThat(step.metrics()
                .flatMap(Atif.Metrics::costUsd)).isEmpty());
    }

    @Test
    void aPricedModelsCostIsOpencodesOwnSum() throws Exception {
        // Priced at $3 / $15 / $0.30 per million input, output and cache-read tokens in its config:
        // 701 * 3 + 21 * 15 + 300 * 0.3, then 702 * 3 + 22 * 15 + 300 * 0.3 (micro-dollars).
        AgentOutput.CliReport report = read("priced");

        assertThat(report.steps()).contains(2);
        assertThat(report.usage().costUsd().orElseThrow()).isCloseTo(0.002508 + 0.002526, within(1e-9));
        assertThat(report.usage().inputTokens()).contains(2003L);
        assertThat(report.usage().outputTokens()).contains(43L);
    }

    @Test
    void theTrajectoryHasThePromptThenOneAgentStepPerModelCallWithItsToolCallsAndWhatTheyReturned() throws Exception {
        Atif.Trajectory trajectory = read("tools").trajectory().orElseThrow();

        assertThat(trajectory.schemaVersion()).isEqualTo("ATIF-v1.4");
        assertThat(trajectory.sessionId()).startsWith("ses_");
        assertThat(trajectory.steps()).extracting(Atif.Step::source).containsExactly("user", "agent", "agent", "agent", "agent");
        assertThat(trajectory.steps()).extracting(Atif.Step::stepId).containsExactly(1, 2, 3, 4, 5);
        assertThat(trajectory.steps().get(0).message()).contains("Create hello.txt");

        Atif.Step write = trajectory.steps().get(1);
        assertThat(write.message()).isEqualTo("I will write it.");
        assertThat(write.reasoningContent()).contains("Thinking about hello.");
        assertThat(write.timestamp()).hasValueSatisfying(t -> assertThat(t).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        Atif.ToolCall call = write.toolCalls().orElseThrow().get(0);
        assertThat(call.functionName()).isEqualTo("write");
        assertThat(call.arguments().path("filePath").asText()).isEqualTo("hello.txt");
        assertThat(call.arguments().path("content").asText()).isEqualTo("hello from opencode\n");
        assertThat(write.observation().orElseThrow().results()).singleElement().satisfies(r -> {
            assertThat(r.sourceCallId()).contains(call.toolCallId());
            assertThat(r.content()).isEqualTo("Wrote file successfully.");
        });
        assertThat(write.metrics().orElseThrow().promptTokens()).contains(1001L);
        assertThat(write.metrics().orElseThrow().cachedTokens()).contains(300L);
        assertThat(write.metrics().orElseThrow().completionTokens()).contains(21L);

        Atif.Step bash = trajectory.steps().get(2);
        assertThat(bash.toolCalls().orElseThrow().get(0).arguments().path("command").asText()).isEqualTo("cat hello.txt; exit 3");
        assertThat(bash.observation().orElseThrow().results().get(0).content()).isEqualTo("hello from opencode\n");

        Atif.Step failedRead = trajectory.steps().get(3);
        assertThat(failedRead.observation().orElseThrow().results().get(0).content()).startsWith("Error: File not found");

        assertThat(trajectory.steps().get(4).message()).isEqualTo("Done.");
        assertThat(trajectory.steps().get(4).toolCalls()).isEmpty();
        assertThat(trajectory.finalMetrics().orElseThrow().totalSteps()).contains(4);
        assertThat(trajectory.notes()).isEmpty();
    }

    @Test
    void theTrajectoryWritesAsAtifJson() throws Exception {
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(read("tools").trajectory().orElseThrow()));

        assertThat(written.path("schema_version").asText()).isEqualTo("ATIF-v1.4");
        assertThat(written.path("agent").path("name").asText()).isEqualTo("opencode");
        JsonNode step = written.path("steps").path(1);
        assertThat(step.path("tool_calls").path(0).path("function_name").asText()).isEqualTo("write");
        assertThat(step.path("observation").path("results").path(0).path("source_call_id").asText()).isEqualTo("call_1");
        assertThat(step.path("metrics").path("prompt_tokens").asLong()).isEqualTo(1001);
        assertThat(step.path("metrics").has("cost_usd")).isFalse();
    }

    @Test
    void aRejectedKeyIsNoModelCallWithTheErrorAsTheTrajectorysNoteAndTheLogLinesSkipped() throws Exception {
        AgentOutput.CliReport report = read("unauthorized");

        assertThat(report.steps()).contains(0);
        assertThat(report.usage().inputTokens()).contains(0L);
        assertThat(report.usage().outputTokens()).contains(0L);
        assertThat(report.usage().costUsd()).contains(0.0);
        assertThat(report.trajectory().orElseThrow().notes()).hasValueSatisfying(n -> assertThat(n)
                .contains("HTTP 401").contains("scripted failure"));
    }

    @Test
    void aLogWithoutEventsIsNothingReadable() throws Exception {
        Path log = Files.writeString(tmp.resolve("agent.log"), String.join("\n", List.of(
                "timestamp=2026-12-02T08:18:22.578Z level=ERROR message=failed",
                "{\"not\": \"an event\"}", "{\"type\":\"step_finish\",\"part\":")));

        assertThat(output.read(tmp, log)).isEmpty();
        assertThat(output.read(tmp, tmp.resolve("missing.log"))).isEmpty();
    }

    @Test
    void fiveHundredsAfterItsRetriesAreAnEndpointFailureWithTheStatus() throws Exception {
        // Captured against a server answering HTTP 500: opencode retried for 85 s, then stopped at an APIError.
        AgentOutput.CliReport report = read("endpoint-500");

        AgentOutput.EndpointFailure failure = report.endpointFailure().orElseThrow();
        assertThat(failure.status()).contains(500);
        assertThat(failure.cause()).isEqualTo("opencode: APIError (HTTP 500): scripted failure (HTTP 500)");
        assertThat(report.steps()).contains(0);
    }

    @Test
    void aRejectedKeyIsAnEndpointFailureWith401() throws Exception {
        assertThat(read("unauthorized").endpointFailure().orElseThrow().status()).contains(401);
    }

    @Test
    void aRunThatWorkedHasNoEndpointFailure() throws Exception {
        assertThat(read("priced").endpointFailure()).isEmpty();
        assertThat(read("tools").endpointFailure()).isEmpty();
    }

    @Test
    void anUnreachableEndpointIsAnEndpointFailureWithoutAStatus() throws Exception {
        // Captured with nothing listening on the port: opencode retried for 99 s.
        AgentOutput.EndpointFailure failure = read("endpoint-unreachable").endpointFailure().orElseThrow();

        assertThat(failure.status()).isEmpty();
        assertThat(failure.cause()).contains("Cannot connect to API");
    }
}
