package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a real Codex run: codex-cli 0.171.0, model {@code gpt-5.5}, against a loopback Responses
 * server that answered with an {@code apply_patch} adding {@code hello.txt}, then an
 * {@code exec_command} that exits 3, then a closing message (900+1000+1100 input tokens, 0+800+950
 * cached, 40+20+6 output). The record directory holds what Codex left: {@code agent.log} (its
 * {@code --json} events after a warning on standard error) and its session rollout under its
 * home, {@code codex/}.
 */
class CodexOutputTest {

    private static final Path RECORD = fixture();

    @TempDir
    Path tmp;

    private final CodexOutput output = new CodexOutput();

    @Test
    void theRolloutGivesEveryModelCallAndItsTokensWithoutACost() {
        AgentOutput.CliReport report = output.read(RECORD, RECORD.resolve("agent.log")).orElseThrow();
        assertThat(report.steps()).contains(3);
        assertThat(report.usage()).isEqualTo(Usage.of(3000, 1750, 66, Optional.empty()));
    }

    @Test
    void withoutARolloutTheTurnCompletedEventsGiveTheSameTokensButNoSteps() throws Exception {
        Files.copy(RECORD.resolve("agent.log"), tmp.resolve("agent.log"));
        AgentOutput.CliReport report = output.read(tmp, tmp.resolve("agent.log")).orElseThrow();
        assertThat(report.usage()).isEqualTo(Usage.of(3000, 1750, 66, Optional.empty()));
        assertThat(report.steps()).isEmpty();
        assertThat(report.trajectory()).isEmpty();
    }

    @Test
    void aRunThatLeftNothingIsUnreadableRatherThanZero() throws Exception {
        Files.writeString(tmp.resolve("agent.log"), "Error finding codex home: CODEX_HOME points to \"/x\", but that path does not exist\n");
        assertThat(output.read(tmp, tmp.resolve("agent.log"))).isEmpty();
    }

    @Test
    void theTrajectoryHasTheTaskThenOneAgentStepPerModelCallWithItsToolCallsAndTheirResults() {
        Atif.Trajectory trajectory = output.read(RECORD, RECORD.resolve("agent.log")).orElseThrow().trajectory().orElseThrow();
        assertThat(trajectory.schemaVersion()).isEqualTo("ATIF-v1.4");
        assertThat(trajectory.sessionId()).isEqualTo("01a235cd-baa5-7073-baf9-0b54008d6546");
        assertThat(trajectory.agent()).isEqualTo(new Atif.AgentInfo("codex", "0.171.0", Optional.of("gpt-5.5")));
        List<Atif.Step> steps = trajectory.steps();
        assertThat(steps).extracting(Atif.Step::stepId).containsExactly(1, 2, 3, 4);
        assertThat(steps).extracting(Atif.Step::source).containsExactly("user", "agent", "agent", "agent");
        assertThat(steps.get(0).message()).isEqualTo("create hello.txt\n");

        Atif.Step patch = steps.get(1);
        assertThat(patch.reasoningContent()).contains("Add the file with a patch.");
        assertThat(patch.toolCalls().orElseThrow()).singleElement().satisfies(call -> {
            assertThat(call.toolCallId()).isEqualTo("call_p1");
            assertThat(call.functionName()).isEqualTo("apply_patch");
            assertThat(call.arguments().path("input").asText()).contains("*** Add File: hello.txt", "+hello from codex");
        });
        assertThat(patch.observation().orElseThrow().results()).singleElement().satisfies(result -> {
            assertThat(result.sourceCallId()).contains("call_p1");
            assertThat(result.content()).contains("A hello.txt");
        });
        assertThat(patch.metrics()).contains(Atif.Metrics.of(Usage.of(900, 0, 40, Optional.empty())));

        Atif.Step command = steps.get(2);
        assertThat(command.toolCalls().orElseThrow()).singleElement().satisfies(call -> {
            assertThat(call.functionName()).isEqualTo("exec_command");
            assertThat(call.arguments().path("cmd").asText()).isEqualTo("cat hello.txt; exit 3");
        });
        assertThat(command.observation().orElseThrow().results().get(0).content())
                .contains("Process exited with code 3", "hello from codex");

        assertThat(steps.get(3).message()).isEqualTo("Created hello.txt.");
        assertThat(steps.get(3).toolCalls()).isEmpty();
        assertThat(steps.get(3).timestamp()).contains("2026-12-02T08:10:05.254Z");
        assertThat(trajectory.finalMetrics()).contains(Atif.FinalMetrics.of(Usage.of(3000, 1750, 66, Optional.empty()), Optional.of(3)));
    }

    @Test
    void theTrajectoryIsWrittenInTheFormatsOwnFieldNames() throws Exception {
        Atif.Trajectory trajectory = output.read(RECORD, RECORD.resolve("agent.log")).orElseThrow().trajectory().orElseThrow();
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(trajectory));
        assertThat(json.path("schema_version").asText()).isEqualTo("ATIF-v1.4");
        assertThat(json.path("steps").get(1).path("tool_calls").get(0).path("function_name").asText()).isEqualTo("apply_patch");
        assertThat(json.path("steps").get(1).path("observation").path("results").get(0).path("source_call_id").asText()).isEqualTo("call_p1");
        assertThat(json.path("steps").get(1).path("metrics").path("cached_tokens").isNumber()).isTrue();
        assertThat(json.path("final_metrics").path("total_prompt_tokens").asLong()).isEqualTo(3000);
        assertThat(json.path("final_metrics").has("total_cost_usd")).as("Codex reports no cost").isFalse();
    }

    @Test
    void aRunStoppedBeforeItsLastCallWasRecordedCountsTheCallButLeavesTheTokensUnknown() throws Exception {
        Path rollout = rolloutOf(RECORD);
        List<String> lines = Files.readAllLines(rollout);
        int lastRecord = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"type\":\"token_usage_record\"")) {
                lastRecord = i;
            }
        }
        List<String> cut = new ArrayList<>(lines.subList(0, lastRecord));
        cut.add(lines.get(lastRecord).substring(0, 40)); // the line being written when the run was stopped
        Path copy = tmp.resolve(RECORD.relativize(rollout).toString());
        Files.createDirectories(copy.getParent());
        Files.write(copy, cut);

        AgentOutput.CliReport report = output.read(tmp, tmp.resolve("agent.log")).orElseThrow();
        assertThat(report.steps()).contains(3);
        assertThat(report.usage()).isEqualTo(Usage.UNKNOWN);
        assertThat(report.trajectory().orElseThrow().steps().get(3).metrics()).isEmpty();
    }

    private static Path rolloutOf(Path record) throws Exception {
        try (var files = Files.walk(record.resolve(CodexOutput.HOME).resolve("sessions"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("rollout-")).findFirst().orElseThrow();
        }
    }

    private static Path fixture() {
        try {
            return Path.of(CodexOutputTest.class.getResource("outputs/codex/agent.log").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path captured(String name) throws java.net.URISyntaxException {
        return Path.of(CodexOutputTest.class.getResource("outputs/codex/" + name + "/agent.log").toURI()).getParent();
    }

    @Test
    void fiveHundredsAfterItsRetriesAreAnEndpointFailureWhoseStatusCodexDoesNotPrint() throws Exception {
        // Captured against a server answering HTTP 500: Codex retried 5 times, then failed the turn
        // with its own overload message, which does not carry the status.
        Path dir = captured("endpoint-500");
        AgentOutput.CliReport report = output.read(dir, dir.resolve("agent.log")).orElseThrow();

        AgentOutput.EndpointFailure failure = report.endpointFailure().orElseThrow();
        assertThat(failure.status()).isEmpty();
        assertThat(failure.cause()).isEqualTo("Codex: We’re currently experiencing high demand, which may cause temporary errors.");
        assertThat(report.steps()).contains(0);
    }

    @Test
    void aRejectedKeyIsAnEndpointFailureWithTheStatusCodexQuotes() throws Exception {
        Path dir = captured("endpoint-401");
        AgentOutput.EndpointFailure failure = output.read(dir, dir.resolve("agent.log")).orElseThrow().endpointFailure().orElseThrow();

        assertThat(failure.status()).contains(401);
        assertThat(failure.cause()).contains("unexpected status 401 Unauthorized: scripted failure (HTTP 401)");
    }

    @Test
    void aRunThatWorkedHasNoEndpointFailure() {
        assertThat(output.read(RECORD, RECORD.resolve("agent.log")).orElseThrow().endpointFailure()).isEmpty();
    }

    @Test
    void aFailedTurnThatIsNotAboutTheEndpointIsNoEndpointFailure() throws Exception {
        Path log = Files.writeString(tmp.resolve("agent.log"), String.join("\n", List.of(
                "{\"type\":\"turn.started\"}",
                "{\"type\":\"turn.failed\",\"error\":{\"message\":\"Codex ran out of room in the model's context window.\"}}")));

        assertThat(CodexOutput.endpointFailure(log)).isEmpty();
    }
}
