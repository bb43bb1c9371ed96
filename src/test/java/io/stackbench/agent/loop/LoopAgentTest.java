package io.stackbench.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.agent.AgentConfig;
import io.stackbench.agent.AgentOutcome;
import io.stackbench.agent.AgentRun;
import io.stackbench.agent.Atif;
import io.stackbench.agent.AtifAssertions;
import io.stackbench.agent.ExitReason;
import io.stackbench.agent.Limits;
import io.stackbench.agent.model.FakeModelServer;
import io.stackbench.agent.model.FakeModelServer.Answer;
import io.stackbench.agent.model.FakeModelServer.Dialect;
import io.stackbench.agent.model.Provider;
import io.stackbench.core.StackBenchException;
import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopAgentTest {

    private static final Limits LIMITS = new Limits(20, 5.0, Duration.ofMinutes(2), Duration.ofSeconds(30));
    private static final String SUBMIT = "All done.\n\n```bash\necho STACKBENCH_SUBMIT\n```";

    @TempDir
    Path tmp;

    private FakeModelServer server;
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static String command(String reasoning, String command) {
        return reasoning + "\n\n```bash\n" + command + "\n```\n";
    }

    private FakeModelServer serve(Dialect dialect, Answer... answers) throws IOException {
        server = FakeModelServer.start(dialect).script(answers);
        return server;
    }

    private Path prices() throws IOException {
        Path file = tmp.resolve("prices.json");
        Files.writeString(file, "{\"fake-model\": {\"input\": 2.0, \"output\": 8.0}}");
        return file;
    }

    private LoopAgent agent(Provider provider, String model, Optional<Path> prices) {
        return LoopAgent.create(provider, model, new AgentConfig(Optional.of(server.baseUrl()), Optional.empty(), LIMITS,
                prices, List.of(), Map.of()));
    }

    private LoopAgent agent() throws IOException {
        return agent(Provider.OPENAI, "fake-model", Optional.of(prices()));
    }

    private AgentRun run(Limits limits) throws IOException {
        Path workspace = Files.createDirectories(tmp.resolve("workspace"));
        Path record = Files.createDirectories(tmp.resolve("agent"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Map<String, String> env = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "HOME", home.toString(), "LANG", "C.UTF-8");
        return new AgentRun(TaskCatalog.greenfield().get("flask-openapi-unconstrained"), 1, workspace, record,
                "Build the Conduit API.", tmp.resolve("prompt.md"), env, limits, new io.stackbench.runtime.ProcessRunner());
    }

    private List<JsonNode> trajectory() throws IOException {
        return Files.readAllLines(tmp.resolve("agent").resolve(Trajectory.FILE)).stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void runsEachCommandInTheWorkspaceAndStopsAtTheMarkerWithTokensAndCostOfTheScript() throws Exception {
        serve(Dialect.OPENAI,
                Answer.reply(command("Write a file.", "echo hello > a.txt && cat a.txt"), 1000, 50),
                Answer.reply(SUBMIT, 1200, 10));
        AgentOutcome outcome = agent().run(run(LIMITS));

        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.detail()).isEmpty();
        assertThat(outcome.steps()).contains(2);
        assertThat(outcome.usage().inputTokens()).contains(2200L);
        assertThat(outcome.usage().outputTokens()).contains(60L);
        assertThat(outcome.usage().costUsd()).get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo((2200 * 2.0 + 60 * 8.0) / 1e6, within(1e-12));
        assertThat(tmp.resolve("workspace/a.txt")).hasContent("hello");

        List<FakeModelServer.Request> requests = server.requests();
        assertThat(requests).hasSize(2);
        JsonNode first = requests.get(0).body().path("messages");
        assertThat(first).hasSize(2);
        assertThat(first.get(0).path("content").asText()).contains("```bash", "STACKBENCH_SUBMIT", tmp.resolve("workspace").toString(),
                "virtualenv");
        assertThat(requests.get(0).lastMessage()).startsWith("Build the Conduit API.");
        assertThat(requests.get(1).body().path("messages")).hasSize(4);
        assertThat(requests.get(1).lastMessage()).contains("Exit code: 0", "hello");

        List<JsonNode> steps = trajectory();
        assertThat(steps).hasSize(2);
        JsonNode step1 = steps.get(0);
        assertThat(step1.path("step").asInt()).isEqualTo(1);
        assertThat(step1.path("inputTokens").asLong()).isEqualTo(1000);
        assertThat(step1.path("outputTokens").asLong()).isEqualTo(50);
        assertThat(step1.path("costUsd").asDouble()).isCloseTo((1000 * 2.0 + 50 * 8.0) / 1e6, within(1e-12));
        assertThat(step1.path("reply").asText()).startsWith("Write a file.");
        assertThat(step1.path("command").asText()).isEqualTo("echo hello > a.txt && cat a.txt");
        assertThat(step1.path("exitCode").asInt()).isZero();
        assertThat(step1.path("output").asText()).isEqualTo("hello\n");
        assertThat(step1.path("outputBytes").asLong()).isEqualTo(6);
        assertThat(step1.path("timedOut").asBoolean()).isFalse();
        assertThat(step1.has("modelSeconds")).isTrue();
        assertThat(step1.has("commandSeconds")).isTrue();
        assertThat(steps.get(1).path("command").asText()).isEqualTo("echo STACKBENCH_SUBMIT");
        assertThat(tmp.resolve("agent/steps/001.log")).hasContent("hello");
        assertThat(tmp.resolve("agent/system.md")).exists();
    }

    @Test
    void writesTheRunAsAnAtifTrajectoryWithReasoningTheBashCallItsOutputAndTheTotals() throws Exception {
        serve(Dialect.OPENAI,
                Answer.reply(command("The workspace is empty.\nI will write a file.", "echo hello > a.txt && cat a.txt; exit 3"), 1000, 50),
                Answer.reply("Thinking, no command.", 10, 1),
                Answer.reply(SUBMIT, 1200, 10));
        AgentOutcome outcome = agent().run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);

        JsonNode t = AtifAssertions.valid(tmp.resolve("agent").resolve(Atif.FILE));
        assertThat(t.path("agent").path("name").asText()).isEqualTo("stackbench-loop");
        assertThat(t.path("agent").path("model_name").asText()).isEqualTo("fake-model");
        assertThat(t.path("extra").path("provider").asText()).isEqualTo("openai");
        JsonNode steps = t.path("steps");
        assertThat(steps).hasSize(5);
        assertThat(steps.get(0).path("source").asText()).isEqualTo("system");
        assertThat(steps.get(0).path("message").asText()).contains("STACKBENCH_SUBMIT");
        assertThat(steps.get(1).path("source").asText()).isEqualTo("user");
        assertThat(steps.get(1).path("message").asText()).startsWith("Build the Conduit API.");

        JsonNode ran = steps.get(2);
        assertThat(ran.path("source").asText()).isEqualTo("agent");
        assertThat(ran.path("model_name").asText()).isEqualTo("fake-model");
        assertThat(ran.path("message").asText()).startsWith("The workspace is empty.").contains("```bash");
        assertThat(ran.path("reasoning_content").asText()).isEqualTo("The workspace is empty.\nI will write a file.");
        JsonNode call = ran.path("tool_calls").get(0);
        assertThat(call.path("function_name").asText()).isEqualTo("bash");
        assertThat(call.path("arguments").path("command").asText()).isEqualTo("echo hello > a.txt && cat a.txt; exit 3");
        JsonNode seen = ran.path("observation").path("results").get(0);
        assertThat(seen.path("source_call_id").asText()).isEqualTo(call.path("tool_call_id").asText());
        assertThat(seen.path("content").asText()).isEqualTo("hello\n");
        assertThat(ran.path("extra").path("exitCode").asInt()).isEqualTo(3);
        assertThat(ran.path("extra").path("timedOut").asBoolean()).isFalse();
        assertThat(ran.path("extra").has("modelSeconds")).isTrue();
        assertThat(ran.path("extra").has("commandSeconds")).isTrue();
        assertThat(ran.path("metrics").path("prompt_tokens").asLong()).isEqualTo(1000);
        assertThat(ran.path("metrics").path("completion_tokens").asLong()).isEqualTo(50);
        assertThat(ran.path("metrics").path("cost_usd").asDouble()).isCloseTo((1000 * 2.0 + 50 * 8.0) / 1e6, within(1e-12));
        assertThat(java.time.Instant.parse(ran.path("timestamp").asText())).isNotNull();

        JsonNode formatError = steps.get(3);
        assertThat(formatError.has("tool_calls")).isFalse();
        assertThat(formatError.has("reasoning_content")).isFalse();
        assertThat(formatError.path("extra").path("formatError").asText()).contains("no ```bash block");
        assertThat(formatError.path("observation").path("results").get(0).has("source_call_id")).isFalse();
        assertThat(formatError.path("observation").path("results").get(0).path("content").asText()).contains("was not run");

        assertThat(steps.get(4).path("reasoning_content").asText()).isEqualTo("All done.");
        JsonNode totals = t.path("final_metrics");
        assertThat(totals.path("total_prompt_tokens").asLong()).isEqualTo(2210);
        assertThat(totals.path("total_completion_tokens").asLong()).isEqualTo(61);
        assertThat(totals.path("total_steps").asInt()).isEqualTo(3);
        assertThat(totals.path("total_cost_usd").asDouble()).isCloseTo(outcome.usage().costUsd().orElseThrow(), within(1e-12));
        assertThat(trajectory()).as("trajectory.jsonl is still written").hasSize(3);
    }

    @Test
    void aCommandStoppedAtItsTimeoutIsInTheAtifTrajectoryAsTimedOut() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(command("Wait.", "sleep 600"), 10, 1), Answer.reply(SUBMIT, 10, 1));
        agent().run(run(new Limits(20, 5.0, Duration.ofMinutes(2), Duration.ofSeconds(1))));
        JsonNode step = AtifAssertions.valid(tmp.resolve("agent").resolve(Atif.FILE)).path("steps").get(2);
        assertThat(step.path("extra").path("timedOut").asBoolean()).isTrue();
        assertThat(step.path("extra").path("exitCode").asInt()).isEqualTo(-1);
    }

    @Test
    void aModelWithoutAPriceLeavesTheCostOutOfTheAtifTrajectory() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(SUBMIT, 10, 1));
        agent(Provider.OPENAI, "unpriced-model", Optional.empty()).run(run(LIMITS));
        JsonNode t = AtifAssertions.valid(tmp.resolve("agent").resolve(Atif.FILE));
        assertThat(t.path("steps").get(2).path("metrics").has("cost_usd")).isFalse();
        assertThat(t.path("steps").get(2).path("metrics").path("prompt_tokens").asLong()).isEqualTo(10);
        assertThat(t.path("final_metrics").has("total_cost_usd")).isFalse();
    }

    @Test
    void stopsAtTheStepLimit() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(command("a", "echo 1"), 10, 1), Answer.reply(command("b", "echo 2"), 10, 1),
                Answer.reply(command("c", "echo 3"), 10, 1), Answer.reply(SUBMIT, 10, 1));
        AgentOutcome outcome = agent().run(run(new Limits(3, 5.0, Duration.ofMinutes(2), Duration.ofSeconds(30))));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.STEP_LIMIT);
        assertThat(outcome.steps()).contains(3);
        assertThat(outcome.detail()).get().asString().contains("step limit of 3");
        assertThat(server.requests()).hasSize(3);
        assertThat(trajectory()).hasSize(3);
    }

    @Test
    void stopsAtTheCostLimitBeforeTheNextModelCall() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(command("a", "echo 1"), 1_000_000, 0), Answer.reply(SUBMIT, 10, 1));
        AgentOutcome outcome = agent().run(run(new Limits(20, 1.5, Duration.ofMinutes(2), Duration.ofSeconds(30))));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.COST_LIMIT);
        assertThat(outcome.steps()).contains(1);
        assertThat(outcome.usage().costUsd()).contains(2.0);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void stopsAtTheWallTimeLimitEvenInTheMiddleOfACommand() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(command("wait", "sleep 60"), 10, 1), Answer.reply(SUBMIT, 10, 1));
        long start = System.nanoTime();
        AgentOutcome outcome = agent().run(run(new Limits(20, 5.0, Duration.ofSeconds(2), Duration.ofSeconds(30))));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.TIME_LIMIT);
        assertThat(outcome.steps()).contains(1);
        assertThat(trajectory().get(0).path("timedOut").asBoolean()).isTrue();
    }

    @Test
    void stopsAtTheWallTimeLimitWhileTheModelIsStillThinking() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(SUBMIT, 10, 1).after(Duration.ofSeconds(8)));
        long start = System.nanoTime();
        AgentOutcome outcome = agent().run(run(new Limits(20, 5.0, Duration.ofSeconds(1), Duration.ofSeconds(30))));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.TIME_LIMIT);
        assertThat(outcome.steps()).contains(0);
    }

    @Test
    void aReplyWithTwoCommandsOrNoneGetsAFormatReminderThatCountsAsAStep() throws Exception {
        serve(Dialect.OPENAI,
                Answer.reply("Two at once.\n```bash\nls\n```\n```bash\npwd\n```", 10, 1),
                Answer.reply("I am thinking, no command.", 10, 1),
                Answer.reply(SUBMIT, 10, 1));
        AgentOutcome outcome = agent().run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.steps()).contains(3);
        assertThat(server.requests().get(1).lastMessage()).contains("was not run", "2 ```bash blocks");
        assertThat(server.requests().get(2).lastMessage()).contains("was not run", "no ```bash block");
        List<JsonNode> steps = trajectory();
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).path("formatError").asText()).contains("2 ```bash blocks");
        assertThat(steps.get(0).has("command")).isFalse();
        assertThat(steps.get(1).path("formatError").asText()).contains("no ```bash block");
        assertThat(steps.get(2).has("formatError")).isFalse();
    }

    @Test
    void aRateLimitIsRetriedAndTheRunGoesOn() throws Exception {
        serve(Dialect.OPENAI, Answer.error(429, Map.of("retry-after", "0.05")), Answer.reply(SUBMIT, 10, 1));
        AgentOutcome outcome = agent().run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.steps()).contains(1);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aHangingCommandIsStoppedAtTheCommandTimeoutAndTheModelIsTold() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(command("Start a server.", "sleep 600 & sleep 600"), 10, 1), Answer.reply(SUBMIT, 10, 1));
        long start = System.nanoTime();
        AgentOutcome outcome = agent().run(run(new Limits(20, 5.0, Duration.ofMinutes(2), Duration.ofSeconds(2))));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(server.requests().get(1).lastMessage()).contains("did not finish within 2 seconds", "stopped");
        JsonNode step1 = trajectory().get(0);
        assertThat(step1.path("timedOut").asBoolean()).isTrue();
        assertThat(step1.path("exitCode").asInt()).isEqualTo(-1);
    }

    @Test
    void aFloodOfOutputShowsHeadAndTailWithAMarkerAndKeepsTheLogCapped() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(command("Flood.", "head -c 50000000 /dev/zero | tr '\\0' x; echo; echo THE-END"), 10, 1),
                Answer.reply(SUBMIT, 10, 1));
        AgentOutcome outcome = agent().run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        String seen = server.requests().get(1).lastMessage();
        assertThat(seen.length()).isLessThan(OutputView.LIMIT + 1000);
        assertThat(seen).contains("x".repeat(OutputView.HALF - 100), "bytes omitted here", "50000009 bytes in all");
        assertThat(seen.strip()).endsWith("THE-END");
        JsonNode step1 = trajectory().get(0);
        assertThat(step1.path("outputBytes").asLong()).isEqualTo(50_000_009L);
        assertThat(Files.size(tmp.resolve("agent/steps/001.log"))).isLessThan(Episode.STEP_LOG_CAP + 1000);
    }

    @Test
    void speaksAnthropicsApiToo() throws Exception {
        serve(Dialect.ANTHROPIC, Answer.reply(command("Look.", "echo from-anthropic"), 300, 40), Answer.reply(SUBMIT, 400, 5));
        LoopAgent agent = agent(Provider.ANTHROPIC, "fake-model", Optional.of(prices()));
        assertThat(agent.name()).isEqualTo("anthropic");
        AgentOutcome outcome = agent.run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.usage().inputTokens()).contains(700L);
        assertThat(outcome.usage().outputTokens()).contains(45L);
        assertThat(outcome.usage().costUsd()).get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo((700 * 2.0 + 45 * 8.0) / 1e6, within(1e-12));
        assertThat(server.requests().get(0).body().path("system").toString()).contains("STACKBENCH_SUBMIT");
        assertThat(server.requests().get(1).lastMessage()).contains("from-anthropic");
        assertThat(agent.versions()).containsKey("anthropic-java");
    }

    @Test
    void aModelWithoutAPriceHasUnknownCostAndTheOutcomeSaysTheCostLimitWasNotEnforced() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(SUBMIT, 10, 1));
        AgentOutcome outcome = agent(Provider.OPENAI, "unpriced-model", Optional.empty()).run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.usage().costUsd()).isEmpty();
        assertThat(outcome.usage().inputTokens()).contains(10L);
        assertThat(outcome.detail()).get().asString().contains("unpriced-model", "no price", "cost limit", "not enforced");
        assertThat(trajectory().get(0).has("costUsd")).isFalse();
    }

    @Test
    void aRejectedKeyIsAStackBenchExceptionThatStopsTheSweep() throws Exception {
        serve(Dialect.OPENAI, Answer.error(401, Map.of()));
        LoopAgent agent = agent();
        AgentRun run = run(LIMITS);
        assertThatThrownBy(() -> agent.run(run)).isInstanceOfSatisfying(StackBenchException.class,
                e -> assertThat(e.kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT)).hasMessageContaining("401");
    }

    @Test
    void anEndpointThatKeepsFailingEndsTheRunWithAnError() throws Exception {
        serve(Dialect.OPENAI, Answer.reply(command("a", "true"), 10, 1));
        AgentOutcome outcome = agent().run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.ERROR);
        assertThat(outcome.steps()).contains(1);
        assertThat(outcome.detail()).get().asString().contains("HTTP 400");
    }

    @Test
    void serverErrorsBeyondTheRetriesEndTheRunAsTheInfrastructuresFailure() throws Exception {
        Answer[] errors = new Answer[9];
        java.util.Arrays.fill(errors, Answer.error(500, Map.of("retry-after-ms", "1")));
        serve(Dialect.OPENAI, errors);
        AgentOutcome outcome = agent().run(run(LIMITS));
        assertThat(outcome.exitReason()).isEqualTo(ExitReason.INFRA);
        assertThat(outcome.steps()).contains(0);
        assertThat(outcome.detail()).get().asString().contains("HTTP 500 after 8 retries");
    }

    @Test
    void anEmptyModelIsInvalidInput() {
        assertThatThrownBy(() -> LoopAgent.create(Provider.OPENAI, "", new AgentConfig(Optional.of("http://127.0.0.1:9/v1"),
                Optional.empty(), LIMITS, Optional.empty(), List.of(), Map.of())))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("needs a model");
    }
}
