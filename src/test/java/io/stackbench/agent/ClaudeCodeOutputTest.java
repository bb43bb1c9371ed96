package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claude Code 2.1.332's real stream-json output, captured against a loopback server that answered
 * every request with 100 input, 30 cache-read, 10 cache-write and 20 output tokens (150 input for
 * the Haiku-class model), is read into usage, turns and an ATIF trajectory.
 */
class ClaudeCodeOutputTest {

    @TempDir
    Path recordDir;

    private Optional<AgentOutput.CliReport> read(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("outputs/claude-code/" + fixture)) {
            Files.copy(in, recordDir.resolve(ClaudeCodeOutput.STREAM));
        }
        return new ClaudeCodeOutput().read(recordDir, recordDir.resolve("agent.log"));
    }

    @Test
    void tokensAndCostAreSummedOverEveryModelIncludingTheSubagentsThatTheResultsUsageLeavesOut() throws IOException {
        AgentOutput.CliReport report = read("subagent-and-write.stream.jsonl").orElseThrow();

        // Sonnet: 3 calls of 100 + 30 + 10 input; the Haiku subagent: 1 call of 150 + 30 + 10.
        assertThat(report.usage().inputTokens()).contains(3 * 140L + 190L);
        assertThat(report.usage().cachedInputTokens()).contains(4 * 30L);
        assertThat(report.usage().outputTokens()).contains(4 * 20L);
        // total_cost_usd, which is both models' costUSD (0.0019395 + 0.00002655).
        assertThat(report.usage().costUsd()).hasValueSatisfying(c -> assertThat(c).isCloseTo(0.00196605, org.assertj.core.data.Offset.offset(1e-12)));
        assertThat(report.steps()).contains(3);
    }

    @Test
    void theTrajectoryHasOneAgentStepPerModelReplyWithItsToolCallsAndWhatTheyReturned() throws IOException {
        Atif.Trajectory trajectory = read("subagent-and-write.stream.jsonl").orElseThrow().trajectory().orElseThrow();

        assertThat(trajectory.schemaVersion()).isEqualTo("ATIF-v1.4");
        assertThat(trajectory.sessionId()).isEqualTo("60b62792-b96f-41d2-af40-e01fd84b8ec4");
        assertThat(trajectory.agent()).isEqualTo(new Atif.AgentInfo("claude-code", "2.1.332", Optional.of("claude-sonnet-4-5")));
        List<Atif.Step> steps = trajectory.steps();
        assertThat(steps).extracting(Atif.Step::stepId).containsExactly(1, 2, 3);
        assertThat(steps).extracting(Atif.Step::source).containsOnly("agent");

        Atif.Step delegate = steps.get(0);
        assertThat(delegate.message()).isEqualTo("Let me look first.");
        assertThat(delegate.toolCalls().orElseThrow()).singleElement().satisfies(call -> {
            assertThat(call.toolCallId()).isEqualTo("toolu_a1");
            assertThat(call.functionName()).isEqualTo("Agent");
            assertThat(call.arguments().path("model").asText()).isEqualTo("haiku");
        });
        assertThat(delegate.observation().orElseThrow().results()).singleElement()
                .satisfies(r -> assertThat(r.content()).contains("The workspace is empty."));

        Atif.Step write = steps.get(1);
        assertThat(write.toolCalls().orElseThrow()).singleElement().satisfies(call -> {
            assertThat(call.functionName()).isEqualTo("Write");
            assertThat(call.arguments().path("file_path").asText()).endsWith("/hello.txt");
            assertThat(call.arguments().path("content").asText()).isEqualTo("hello from the scripted model\n");
        });
        assertThat(write.observation().orElseThrow().results()).singleElement().satisfies(r -> {
            assertThat(r.sourceCallId()).contains("toolu_w1");
            assertThat(r.content()).startsWith("File created successfully");
        });
        // The stream repeats a reply's first usage, before its output is counted: input side only.
        assertThat(write.metrics().orElseThrow().promptTokens()).contains(140L);
        assertThat(write.metrics().orElseThrow().cachedTokens()).contains(30L);
        assertThat(write.metrics().orElseThrow().completionTokens()).isEmpty();

        assertThat(steps.get(2).message()).isEqualTo("Done.");
        assertThat(steps.get(2).toolCalls()).isEmpty();
        assertThat(trajectory.finalMetrics().orElseThrow().totalPromptTokens()).contains(610L);
        assertThat(trajectory.finalMetrics().orElseThrow().totalSteps()).contains(3);
    }

    @Test
    void aModelClaudeCodeHasNoPriceForLeavesTheCostUnknownButTheTokensCounted() throws IOException {
        AgentOutput.CliReport report = read("unpriced-local-models.stream.jsonl").orElseThrow();

        assertThat(report.usage().costUsd()).isEmpty();
        assertThat(report.usage().inputTokens()).contains(610L);
        assertThat(report.usage().outputTokens()).contains(80L);
        assertThat(report.trajectory().orElseThrow().agent().modelName()).contains("local-big");
    }

    @Test
    void anEndpointThatRefusedEveryRequestMeansNoModelCallAndItsErrorIsInTheTrajectory() throws IOException {
        AgentOutput.CliReport report = read("endpoint-404.stream.jsonl").orElseThrow();

        // Claude Code says num_turns 1 (its own error message), but modelUsage is {}: nothing was counted.
        assertThat(report.steps()).contains(0);
        assertThat(report.usage()).isEqualTo(Usage.of(0, 0, 0, Optional.of(0.0)));
        Atif.Trajectory trajectory = report.trajectory().orElseThrow();
        assertThat(trajectory.steps()).singleElement().satisfies(step -> {
            assertThat(step.source()).isEqualTo("system");
            assertThat(step.message()).contains("There's an issue with the selected model");
            assertThat(step.metrics()).isEmpty();
        });
        assertThat(trajectory.notes()).hasValueSatisfying(n -> assertThat(n).contains("api_error", "HTTP 404"));
    }

    @Test
    void aRunKilledBeforeItsResultCountsTheRepliesItStreamedAndLeavesUsageUnknown() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("outputs/claude-code/subagent-and-write.stream.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.contains("\"type\":\"result\""))
                    .toList();
            Files.write(recordDir.resolve(ClaudeCodeOutput.STREAM), lines);
        }
        AgentOutput.CliReport report = new ClaudeCodeOutput().read(recordDir, recordDir.resolve("agent.log")).orElseThrow();

        assertThat(report.steps()).contains(3);
        assertThat(report.usage()).isEqualTo(Usage.UNKNOWN);
        assertThat(report.trajectory().orElseThrow().steps()).hasSize(3);
    }

    @Test
    void noStreamAndNoLogIsNothingReadable() {
        assertThat(new ClaudeCodeOutput().read(recordDir, recordDir.resolve("agent.log"))).isEmpty();
    }

    @Test
    void fiveHundredsAfterItsRetriesAreAnEndpointFailureWithTheStatusAndClaudeCodesMessage() throws IOException {
        // Captured with the default 10 retries (176 s) against a server answering every request with HTTP 500.
        AgentOutput.CliReport report = read("endpoint-500.stream.jsonl").orElseThrow();

        AgentOutput.EndpointFailure failure = report.endpointFailure().orElseThrow();
        assertThat(failure.status()).contains(500);
        assertThat(failure.cause()).startsWith("Claude Code: API Error: 500 scripted failure (HTTP 500)");
        assertThat(report.steps()).contains(0);
    }

    @Test
    void aRejectedKeyIsAnEndpointFailureWith401() throws IOException {
        AgentOutput.EndpointFailure failure = read("endpoint-401.stream.jsonl").orElseThrow().endpointFailure().orElseThrow();

        assertThat(failure.status()).contains(401);
        assertThat(failure.cause()).contains("Failed to authenticate").contains("401");
    }

    @Test
    void anUnreachableEndpointIsAnEndpointFailureWithoutAStatus() throws IOException {
        AgentOutput.EndpointFailure failure = read("endpoint-unreachable.stream.jsonl").orElseThrow().endpointFailure().orElseThrow();

        assertThat(failure.status()).isEmpty();
        assertThat(failure.cause()).contains("ECONNREFUSED");
    }

    @Test
    void anUnknownModelIsAnEndpointFailureWith404() throws IOException {
        assertThat(read("endpoint-404.stream.jsonl").orElseThrow().endpointFailure().orElseThrow().status()).contains(404);
    }

    @Test
    void aRunThatWorkedHasNoEndpointFailure() throws IOException {
        assertThat(read("subagent-and-write.stream.jsonl").orElseThrow().endpointFailure()).isEmpty();
    }
}
