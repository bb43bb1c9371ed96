package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads trajectories the real mini-swe-agent 2.4.6 wrote against a loopback server. */
class MiniSweAgentOutputTest {

    private final MiniSweAgentOutput output = new MiniSweAgentOutput();

    @Test
    void aPricedRunHasTheServersTokensAndLitellmsPrice() throws Exception {
        // Two replies; the server reported 1234 + 1235 prompt tokens (200 cached each) and 56 + 57
        // completion tokens; litellm priced openai/gpt-4o-mini at 0.15/0.075 (cached)/0.60 $ per M.
        AgentOutput.CliReport report = output.read(fixture("priced"), Path.of("agent.log")).orElseThrow();

        assertThat(report.usage().inputTokens()).contains(2469L);
        assertThat(report.usage().cachedInputTokens()).contains(400L);
        assertThat(report.usage().outputTokens()).contains(113L);
        assertThat(report.usage().costUsd().orElseThrow())
                .isCloseTo((2069 * 0.15 + 400 * 0.075 + 113 * 0.6) / 1e6, within(1e-12));
        assertThat(report.steps()).contains(2);
    }

    @Test
    void aModelLitellmCannotPriceHasTokensButNoCost() throws Exception {
        AgentOutput.CliReport report = output.read(fixture("unpriced"), Path.of("agent.log")).orElseThrow();

        assertThat(report.usage().inputTokens()).contains(2469L);
        assertThat(report.usage().costUsd()).isEmpty();
    }

    @Test
    void aRunWhoseOnlyRequestFailedMadeNoModelTurn() throws Exception {
        // mini counts the attempt in api_calls (1), but no reply came back.
        AgentOutput.CliReport report = output.read(fixture("connection-error"), Path.of("agent.log")).orElseThrow();

        assertThat(report.steps()).contains(0);
        assertThat(report.usage().inputTokens()).contains(0L);
        assertThat(report.usage().cachedInputTokens()).contains(0L);
        assertThat(report.usage().costUsd()).contains(0.0);
        assertThat(report.trajectory().orElseThrow().steps()).last()
                .satisfies(step -> assertThat(step.message()).startsWith("exit status: InternalServerError"));
    }

    @Test
    void theTrajectoryHasEachCommandAsAToolCallWithItsOutput() throws Exception {
        Atif.Trajectory trajectory = output.read(fixture("priced"), Path.of("agent.log")).orElseThrow().trajectory().orElseThrow();

        assertThat(trajectory.agent().name()).isEqualTo("mini-swe-agent");
        assertThat(trajectory.agent().version()).isEqualTo("2.4.6");
        assertThat(trajectory.agent().modelName()).contains("openai/gpt-4o-mini");
        Atif.Step first = trajectory.steps().stream().filter(s -> s.source().equals("agent")).findFirst().orElseThrow();
        assertThat(first.message()).isEqualTo("I will create the file.");
        assertThat(first.toolCalls().orElseThrow()).singleElement().satisfies(call -> {
            assertThat(call.toolCallId()).isEqualTo("call_0");
            assertThat(call.functionName()).isEqualTo("bash");
            assertThat(call.arguments().path("command").asText()).isEqualTo("printf 'hello from mini\\n' > hello.txt");
        });
        assertThat(first.observation().orElseThrow().results()).singleElement()
                .satisfies(r -> assertThat(r.sourceCallId()).contains("call_0"));
        assertThat(first.metrics().orElseThrow().promptTokens()).contains(1234L);
        assertThat(first.metrics().orElseThrow().cachedTokens()).contains(200L);
    }

    @Test
    void noTrajectoryFileMeansNothingReadable(@TempDir Path dir) {
        assertThat(output.read(dir, dir.resolve("agent.log"))).isEmpty();
    }

    @Test
    void aTornTrajectoryFileMeansNothingReadable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(MiniSweAgentOutput.TRAJECTORY), "{\"info\": {\"model_stats\"");
        assertThat(output.read(dir, dir.resolve("agent.log"))).isEmpty();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(MiniSweAgentOutputTest.class.getResource("outputs/mini-swe-agent/" + name + "/" + MiniSweAgentOutput.TRAJECTORY).toURI()).getParent();
    }

    @Test
    void anEndpointItCouldNotReachIsAnEndpointFailureAsLitellmClassedIt() throws Exception {
        // Captured with nothing listening: litellm wraps the connection error in its InternalServerError.
        AgentOutput.CliReport report = output.read(fixture("connection-error"), Path.of("agent.log")).orElseThrow();

        AgentOutput.EndpointFailure failure = report.endpointFailure().orElseThrow();
        assertThat(failure.status()).contains(500);
        assertThat(failure.cause()).isEqualTo("mini-swe-agent: litellm.InternalServerError: InternalServerError: OpenAIException - Connection error.");
    }

    @Test
    void fiveHundredsAfterItsRetriesAreAnEndpointFailureWithTheStatusLitellmGivesItsError() throws Exception {
        // Captured against a server answering HTTP 500: litellm's retries took 318 s.
        AgentOutput.CliReport report = output.read(fixture("endpoint-500"), Path.of("agent.log")).orElseThrow();

        AgentOutput.EndpointFailure failure = report.endpointFailure().orElseThrow();
        assertThat(failure.status()).contains(500);
        assertThat(failure.cause()).isEqualTo("mini-swe-agent: litellm.InternalServerError: InternalServerError: OpenAIException - scripted failure (HTTP 500)");
        assertThat(report.steps()).contains(0);
    }

    @Test
    void aRunThatWorkedHasNoEndpointFailure() throws Exception {
        assertThat(output.read(fixture("priced"), Path.of("agent.log")).orElseThrow().endpointFailure()).isEmpty();
    }
}
