package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.ExitReason;
import io.stackbench.agent.Generation;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One real sweep of the built-in {@code openai:} agent over two runs, where the infrastructure
 * fails each once: the model endpoint answers HTTP 500 to every call of run 1's first attempt
 * (beyond the SDK's retries), and the package index is unreachable during run 2's first
 * evaluation (its install goes through a registry proxy on loopback where nothing listens yet;
 * the test's own CONNECT proxy listens there once that failure is recorded). Both runs are
 * recorded as {@code infra}, retried, and end with their true score, 100%.
 */
class InfraFailuresIT {

    private static final String TASK = "flask-openapi-unconstrained";
    private static final String DELIMITER = "STACKBENCH_EOF";

    @TempDir
    Path tmp;

    @Test
    void anEndpointFailingForOneRunAndARegistryUnreachableForAnotherAreRetriedAndBothScoreTheirTrueScore() throws Exception {
        Task task = TaskCatalog.greenfield().get(TASK);
        Path reference = Files.createDirectories(tmp.resolve("reference"));
        new OracleAgent(TestSettings.repo().resolve("references")).materialise(task, reference);
        Path results = tmp.resolve("results");
        Path run1 = results.resolve("openai/fake-model").resolve(TASK).resolve("run_1");
        Path run2 = results.resolve("openai/fake-model").resolve(TASK).resolve("run_2");

        try (FakeModelServer server = FakeModelServer.start(Dialect.OPENAI);
             ConnectProxy proxy = new ConnectProxy(ConnectProxy.freePort())) {
            // Run 1's first attempt: the first call and all 8 of the SDK's retries answer 500.
            for (int i = 0; i < 9; i++) {
                server.script(Answer.error(500, Map.of("retry-after-ms", "1")));
            }
            // Then two generations (run 2's, run 1's retry), each with requirements of its own, so
            // that each install misses StackBench's environment cache and must reach the index.
            List<String> first = commands(reference, UUID.randomUUID().toString());
            List<String> second = commands(reference, UUID.randomUUID().toString());
            first.forEach(c -> server.script(Answer.reply(c, 1_000, 50)));
            second.forEach(c -> server.script(Answer.reply(c, 1_000, 50)));

            Thread watcher = new Thread(() -> openProxyOnceRecorded(run2.resolve(InfraRecord.FILE), proxy), "registry-up");
            watcher.setDaemon(true);
            watcher.start();

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            long started = System.nanoTime();
            int code = cli.execute("bench", "--agent", "openai:fake-model", "--base-url", server.baseUrl(), "--tasks", TASK,
                    "--runs", "2", "--retries", "1", "--retry-backoff", "1", "--registry-proxy", proxy.url(),
                    "--results", results.toString(), "--progress", "console");
            double seconds = (System.nanoTime() - started) / 1e9;
            String console = out + "\n" + err;
            assertThat(code).as(console).isZero();
            System.out.printf("InfraFailuresIT: the sweep took %.1f s%n", seconds);

            for (Path run : List.of(run1, run2)) {
                RunResult result = Json.mapper().readValue(run.resolve("result.json").toFile(), RunResult.class);
                assertThat(result.failingPhase()).as(run + "\n" + console).isEmpty();
                assertThat(result.assertPercent()).as(run.toString()).isEqualTo(100.0);
                assertThat(result.phase("install").flatMap(p -> p.message())).as("installed through the proxy, not from the cache")
                        .contains("installed");
                assertThat(result.generation()).hasValueSatisfying(g -> assertThat(g.exitReason()).isEqualTo("submitted"));
            }

            InfraRecord endpoint = InfraRecord.read(run1, Json.mapper()).orElseThrow();
            assertThat(endpoint.attempts()).singleElement().satisfies(a -> {
                assertThat(a.phase()).isEqualTo("generate");
                assertThat(a.cause()).contains("HTTP 500 after 8 retries");
            });
            assertThat(Generation.read(run1.resolve("attempts/1/generation"), Json.mapper()).orElseThrow().exitReason())
                    .isEqualTo(ExitReason.INFRA);

            InfraRecord registry = InfraRecord.read(run2, Json.mapper()).orElseThrow();
            assertThat(registry.attempts()).singleElement().satisfies(a -> {
                assertThat(a.phase()).isEqualTo("install");
                assertThat(a.cause()).contains("Python package index unreachable during the install");
            });
            // Sealed, the sandbox's port forwarder accepts the connection and closes it when the host
            // refuses: uv sees the proxy tunnel end, not a refused connection.
            assertThat(Files.readString(run2.resolve("attempts/1/logs/install.log")))
                    .contains("Failed to fetch", "error sending request");
            assertThat(server.requests()).as("run 2's generation was kept for its retry, not made again")
                    .hasSize(9 + first.size() + second.size());
            assertThat(proxy.tunnels()).as("the retried installs went through the proxy").isNotEmpty();

            assertThat(out.toString()).contains("infra at generate, retrying in 1s", "infra at install, retrying in 1s",
                    "2 runs scored after a retry: infrastructure failed first (generate: openai endpoint",
                    "install: Python package index unreachable during the install");
            assertThat(out.toString()).doesNotContain("not scored");
        }
    }

    private static void openProxyOnceRecorded(Path record, ConnectProxy proxy) {
        try {
            while (!Files.exists(record)) {
                Thread.sleep(50);
            }
            proxy.listen();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference written one file per command (requirements.txt with a marker line), then the submission. */
    private static List<String> commands(Path solution, String marker) throws IOException {
        List<String> replies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(solution)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = solution.relativize(file).toString();
                byte[] bytes = Files.readAllBytes(file);
                if (relative.equals("requirements.txt")) {
                    bytes = (new String(bytes, StandardCharsets.UTF_8) + "# " + marker + "\n").getBytes(StandardCharsets.UTF_8);
                }
                String parent = file.getParent().equals(solution) ? "" : "mkdir -p '" + solution.relativize(file.getParent()) + "' && ";
                String command = parent + "base64 -d > '" + relative + "' <<'" + DELIMITER + "'\n"
                        + Base64.getMimeEncoder().encodeToString(bytes).replace("\r\n", "\n") + "\n" + DELIMITER;
                replies.add(reply(replies.size() + 1, command));
            }
        }
        // The built-in loop's completion marker (docs/agents.md).
        replies.add(reply(replies.size() + 1, "echo STACKBENCH_SUBMIT"));
        return replies;
    }

    private static String reply(int step, String command) {
        return "Step " + step + ".\n\n```bash\n" + command + "\n```\n";
    }
}
