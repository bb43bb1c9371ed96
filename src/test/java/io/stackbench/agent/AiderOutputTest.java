package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the records the real aider 0.86.2 left against a loopback server. */
class AiderOutputTest {

    private final AiderOutput output = new AiderOutput();

    @Test
    void aPricedRunHasTheExactTokensAndAidersCost() throws Exception {
        // Two replies (the second fixes a lint error aider reported); the server reported 1234 +
        // 1235 prompt and 56 + 57 completion tokens, while aider printed "1.2k sent".
        AgentOutput.CliReport report = output.read(fixture("priced-two-calls"), Path.of("agent.log")).orElseThrow();

        assertThat(report.usage().inputTokens()).contains(2469L);
        assertThat(report.usage().outputTokens()).contains(113L);
        assertThat(report.usage().cachedInputTokens()).isEmpty();
        assertThat(report.usage().costUsd().orElseThrow()).isCloseTo(0.00040815, within(1e-12));
        assertThat(report.steps()).contains(2);
    }

    @Test
    void aModelAiderCannotPriceHasTokensButNoCost() throws Exception {
        AgentOutput.CliReport report = output.read(fixture("unpriced"), Path.of("agent.log")).orElseThrow();

        assertThat(report.usage().inputTokens()).contains(1235L);
        assertThat(report.usage().outputTokens()).contains(57L);
        assertThat(report.usage().costUsd()).isEmpty();
        assertThat(report.steps()).contains(1);
    }

    @Test
    void theTrajectoryHasEachReplyWithTheEditsAiderApplied() throws Exception {
        Atif.Trajectory trajectory = output.read(fixture("priced-two-calls"), Path.of("agent.log")).orElseThrow().trajectory().orElseThrow();

        assertThat(trajectory.agent().name()).isEqualTo("aider");
        assertThat(trajectory.agent().version()).isEqualTo("0.86.2");
        assertThat(trajectory.agent().modelName()).contains("openai/gpt-4o-mini");
        assertThat(trajectory.steps()).extracting(Atif.Step::source).containsExactly("user", "agent", "agent");
        assertThat(trajectory.steps().get(0).message()).startsWith("Create hello.txt containing hello from aider.");
        Atif.Step first = trajectory.steps().get(1);
        assertThat(first.message()).startsWith("I will create both files.").contains("hello.txt\n```\nhello from aider\n```");
        assertThat(first.toolCalls().orElseThrow()).extracting(call -> call.arguments().path("path").asText()).containsExactly("bad.py", "hello.txt");
        assertThat(first.observation().orElseThrow().results()).singleElement()
                .satisfies(r -> assertThat(r.content()).contains("SyntaxError: invalid syntax").doesNotContain("Tokens:"));
        assertThat(first.metrics().orElseThrow().promptTokens()).contains(1234L);
        assertThat(trajectory.steps().get(2).toolCalls().orElseThrow()).extracting(call -> call.arguments().path("path").asText()).containsExactly("bad.py");
    }

    @Test
    void aRunKilledBeforeAnyReplyMadeNoModelCall(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(AiderOutput.ANALYTICS), List.of(
                "{\"event\": \"launched\", \"properties\": {}, \"time\": 1796198997}",
                "{\"event\": \"message_send_starting\", \"properties\": {}, \"time\": 1796199002}",
                "{\"event\": \"message_se"));

        AgentOutput.CliReport report = output.read(dir, dir.resolve("agent.log")).orElseThrow();

        assertThat(report.steps()).contains(0);
        assertThat(report.usage().inputTokens()).contains(0L);
        assertThat(report.usage().costUsd()).contains(0.0);
        assertThat(report.trajectory()).isEmpty();
    }

    @Test
    void noRecordsMeanNothingReadable(@TempDir Path dir) {
        assertThat(output.read(dir, dir.resolve("agent.log"))).isEmpty();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(AiderOutputTest.class.getResource("outputs/aider/" + name + "/" + AiderOutput.ANALYTICS).toURI()).getParent();
    }

    @Test
    void fiveHundredsAfterItsRetriesAreAnEndpointFailureWithTheStatusLitellmGivesItsError() throws Exception {
        // Captured against a server answering HTTP 500: aider retried for 110 s, gave up and exited 0.
        AgentOutput.CliReport report = output.read(fixture("endpoint-500"), Path.of("agent.log")).orElseThrow();

        AgentOutput.EndpointFailure failure = report.endpointFailure().orElseThrow();
        assertThat(failure.status()).contains(500);
        assertThat(failure.cause()).isEqualTo("aider: litellm.InternalServerError: InternalServerError: OpenAIException - scripted failure (HTTP 500)");
        assertThat(report.steps()).contains(0);
    }

    @Test
    void anErrorItRetriedPastIsNoEndpointFailure() {
        assertThat(AiderOutput.endpointFailure(List.of("> litellm.InternalServerError: InternalServerError: boom  ",
                "> The API provider's servers are down or overloaded.  ", "> Retrying in 1.0 seconds...  ", "Done."))).isEmpty();
        assertThat(AiderOutput.endpointFailure(List.of("> litellm.APIConnectionError: APIConnectionError: OpenAIException - Connection error.  ")))
                .hasValueSatisfying(f -> assertThat(f.status()).isEmpty());
        assertThat(AiderOutput.endpointFailure(List.of("> litellm.BadRequestError: bad  "))).isEmpty();
    }

    @Test
    void aRunThatWorkedHasNoEndpointFailure() throws Exception {
        assertThat(output.read(fixture("priced-two-calls"), Path.of("agent.log")).orElseThrow().endpointFailure()).isEmpty();
    }
}
