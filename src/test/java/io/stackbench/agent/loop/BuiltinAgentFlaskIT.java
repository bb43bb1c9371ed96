package io.stackbench.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.agent.Atif;
import io.stackbench.agent.AtifAssertions;
import io.stackbench.agent.OracleAgent;
import io.stackbench.agent.model.FakeModelServer;
import io.stackbench.agent.model.FakeModelServer.Answer;
import io.stackbench.agent.model.FakeModelServer.Dialect;
import io.stackbench.cli.Main;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * The built-in agent end to end through {@code stackbench bench}: a scripted model, served in
 * each provider's dialect on loopback, writes the Flask reference solution one file per command,
 * shows the virtualenv is on PATH, and submits; the sweep evaluates it to 100%, and the HTML report's
 * page of the run shows its steps from the ATIF trajectory.
 */
class BuiltinAgentFlaskIT {

    private static final String TASK = "flask-openapi-unconstrained";
    private static final String DELIMITER = "STACKBENCH_EOF";
    private static final double INPUT_PRICE = 3.0;
    private static final double OUTPUT_PRICE = 15.0;

    @TempDir
    Path tmp;

    /** One command per file of the reference: a quoted heredoc, or base64 when a line would end the heredoc or the fence. */
    private List<String> writeCommands(Path solution) throws IOException {
        List<String> commands = new ArrayList<>();
        try (Stream<Path> files = Files.walk(solution)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = solution.relativize(file).toString();
                String parent = file.getParent().equals(solution) ? "" : "mkdir -p '" + solution.relativize(file.getParent()) + "' && ";
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                boolean plain = text.endsWith("\n") && text.lines().noneMatch(l -> l.strip().equals("```") || l.strip().equals(ParsedReply.OPEN)
                        || l.equals(DELIMITER));
                commands.add(plain
                        ? parent + "cat > '" + relative + "' <<'" + DELIMITER + "'\n" + text + DELIMITER
                        : parent + "base64 -d > '" + relative + "' <<'" + DELIMITER + "'\n"
                                + Base64.getMimeEncoder().encodeToString(bytes).replace("\r\n", "\n") + "\n" + DELIMITER);
            }
        }
        return commands;
    }

    private static String reply(int step, String command) {
        return "Step " + step + ": next piece of the project.\n\n```bash\n" + command + "\n```\n";
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aScriptedModelBuildsTheFlaskSolutionThroughBenchAndScoresOneHundredPercent(Dialect dialect) throws Exception {
        Task task = TaskCatalog.greenfield().get(TASK);
        Path reference = Files.createDirectories(tmp.resolve("reference"));
        new OracleAgent(TestSettings.repo().resolve("references")).materialise(task, reference);

        List<String> commands = new ArrayList<>(writeCommands(reference));
        commands.add("python -c 'import sys; print(sys.prefix)' && ls -R conduit | head -50");
        commands.add(Prompts.SUBMIT_COMMAND);
        long input = 0;
        long output = 0;
        try (FakeModelServer server = FakeModelServer.start(dialect)) {
            for (int i = 0; i < commands.size(); i++) {
                long in = 2_000L + 500L * i;
                long out = 100L + i;
                server.script(Answer.reply(reply(i + 1, commands.get(i)), in, out));
                input += in;
                output += out;
            }
            Path prices = tmp.resolve("prices.json");
            Files.writeString(prices, String.format(Locale.ROOT, "{\"fake-model\": {\"input\": %s, \"output\": %s}}", INPUT_PRICE, OUTPUT_PRICE));
            Path results = tmp.resolve("results");
            String agent = dialect.name().toLowerCase(Locale.ROOT);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("bench", "--agent", agent + ":fake-model", "--base-url", server.baseUrl(), "--tasks", TASK,
                    "--results", results.toString(), "--prices", prices.toString(), "--progress", "none");
            assertThat(code).as(err.toString()).isZero();

            Path run = results.resolve(agent).resolve("fake-model").resolve(TASK).resolve("run_1");
            RunResult result = Json.mapper().readValue(run.resolve("result.json").toFile(), RunResult.class);
            assertThat(result.failingPhase()).as(err.toString()).isEmpty();
            assertThat(result.assertPercent()).isEqualTo(100.0);
            assertThat(result.strictAssertPercent()).isEqualTo(100.0);

            JsonNode generation = Json.mapper().readTree(run.resolve("generation/generation.json").toFile());
            assertThat(generation.path("exitReason").asText()).isEqualTo("submitted");
            assertThat(generation.path("steps").asInt()).isEqualTo(commands.size());
            assertThat(generation.path("usage").path("inputTokens").asLong()).isEqualTo(input);
            assertThat(generation.path("usage").path("outputTokens").asLong()).isEqualTo(output);
            assertThat(generation.path("usage").path("costUsd").asDouble())
                    .isCloseTo((input * INPUT_PRICE + output * OUTPUT_PRICE) / 1e6, within(1e-9));
            assertThat(generation.path("agent").path("name").asText()).isEqualTo(agent);
            assertThat(generation.path("versions").has(agent + "-java")).isTrue();

            List<String> lines = Files.readAllLines(run.resolve("generation/agent/trajectory.jsonl"));
            assertThat(lines).hasSize(commands.size());
            JsonNode venvStep = Json.mapper().readTree(lines.get(commands.size() - 2));
            assertThat(venvStep.path("exitCode").asInt()).isZero();
            assertThat(venvStep.path("output").asText()).as("the agent's virtualenv is first on PATH")
                    .contains(run.resolve("generation/env/venv").toString());
            assertThat(server.requests()).hasSize(commands.size());

            // The same run in ATIF, and on its page of the HTML report.
            JsonNode atif = AtifAssertions.valid(run.resolve("generation/agent").resolve(Atif.FILE));
            assertThat(atif.path("steps")).hasSize(commands.size() + 2);
            assertThat(atif.path("final_metrics").path("total_prompt_tokens").asLong()).isEqualTo(input);
            Path report = tmp.resolve("site/report.html");
            assertThat(cli.execute("report", results.toString(), "--format", "html", "--output", report.toString())).as(err.toString()).isZero();
            String page = Files.readString(tmp.resolve("site/runs").resolve(agent).resolve("fake-model").resolve(TASK).resolve("run_1.html"));
            assertThat(page).contains("Step 1: next piece of the project.", "<pre class=\"command\">echo STACKBENCH_SUBMIT</pre>",
                    run.resolve("generation/env/venv").toString(), "No request failed.", "<span class=\"ok\">ok</span>");
            assertThat(Files.readString(report)).contains("runs/" + agent + "/fake-model/" + TASK + "/run_1.html");
        }
    }
}
