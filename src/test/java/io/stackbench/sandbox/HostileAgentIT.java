package io.stackbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.Agent;
import io.stackbench.agent.AgentConfig;
import io.stackbench.agent.AgentSpecs;
import io.stackbench.agent.Generator;
import io.stackbench.agent.Limits;
import io.stackbench.bench.BenchRunner;
import io.stackbench.bench.ProgressListener;
import io.stackbench.contract.ConduitContract;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.eval.Harness;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.TestSettings;
import io.stackbench.runtime.Hashes;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code cmd:} agent that tries what an adversarial agent would: find the answers, other runs,
 * the host's loopback (only the model endpoint the user configured is there),
 * StackBench's process and caches, and plant a solution whose install looks for API keys. The
 * key reaches the agent, which needs it, and nothing else; the rest is not there.
 */
class HostileAgentIT {

    private static final String KEY = "sk-canary-" + Long.toHexString(System.nanoTime());
    private static final Task TASK = TaskCatalog.greenfield().get("flask-openapi-sqlite");

    @TempDir
    Path dir;

    /**
     * What the agent does; every probe prints one line that the test reads from the agent's log.
     * The solution it leaves has an in-tree package whose build prints what it can see.
     */
    private static final String AGENT = """
            echo "key-in-agent: ${OPENAI_API_KEY:-absent}"
            echo "references: $(ls %1$s 2>&1 | head -3 | tr '\\n' ' ')"
            echo "other-run: $(cat %2$s 2>&1)"
            echo "results-found: $(find / -name result.json 2>/dev/null | wc -l)"
            echo "stackbench-home: $(ls /root/.cache/stackbench 2>&1 | head -3 | tr '\\n' ' ')"
            echo "processes: $(ls /proc | grep -c '^[0-9]')"
            echo "model-endpoint: $(curl -s -m 5 http://localhost:%4$s/ 2>&1)"
            echo "host-loopback: $(curl -s -m 5 -o /dev/null -w '%%{http_code}' http://localhost:%5$s/ 2>&1) exit $?"
            echo "jvm-seen: $(grep -l 'surefire[b]ooter' /proc/[0-9]*/cmdline 2>/dev/null | wc -l)"
            for f in $(find / -name '*.postman_collection.json' 2>/dev/null); do echo '{}' > "$f" && echo "tampered: $f"; done
            mkdir -p localpkg
            cat > localpkg/setup.py <<'EOF'
            import os, sys
            print("install-env: " + " ".join(sorted(os.environ)), file=sys.stderr)
            print("install-key: " + os.environ.get("OPENAI_API_KEY", "absent"), file=sys.stderr)
            sys.exit("the build fails on purpose, so that uv shows what it printed")
            EOF
            echo "./localpkg" > requirements.txt
            printf '#!/bin/bash\nexit 1\n' > run.sh
            """;

    @Test
    void aHostileAgentSeesItsKeyButNoAnswersRunsOrCachesAndItsInstallSeesNoKey() throws Exception {
        Settings settings = TestSettings.withHealthTimeout(Duration.ofSeconds(30));
        Path results = dir.resolve("results");
        Path script = Files.createDirectories(dir.resolve("agent")).resolve("hostile.sh");
        Path otherRun = Files.createDirectories(results.resolve("other/model").resolve(TASK.id()).resolve("run_1"))
                .resolve("result.json");
        Files.writeString(otherRun, "{\"answers\": true}");
        HttpServer endpoint = serve("model endpoint");
        HttpServer hostService = serve("host service");
        Files.writeString(script, AGENT.formatted(settings.references(), otherRun, KEY, endpoint.getAddress().getPort(),
                hostService.getAddress().getPort()));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("OPENAI_API_KEY", KEY);
        AgentConfig config = new AgentConfig(Optional.empty(), Optional.empty(), Limits.DEFAULT, Optional.empty(),
                List.of("OPENAI_API_KEY"), environment);

        try (Harness harness = new Harness(settings, Optional.empty())) {
            Path suite = settings.home().resolve("suites");
            String suiteBefore = Hashes.tree(suite);
            Agent agent = new AgentSpecs(settings, config).parse("cmd:bash " + script);
            Generator generator = new Generator(harness.runner(), harness.tools(), harness.sandboxes(),
                    new PromptRenderer(ConduitContract.load().text()), Json.mapper(), List.of(endpoint.getAddress().getPort()),
                    List.of(script.getParent()), harness.bases());
            List<RunResult> runs = new BenchRunner(agent, "cmd", generator, harness.evaluator(), Limits.DEFAULT, 1, true,
                    Json.mapper(), ProgressListener.NONE).run(List.of(TASK), 1, results);

            Path run = runDirectory(results);
            String agentLog = Files.readString(run.resolve("generation/agent/agent.log"));
            assertThat(agentLog).contains("key-in-agent: " + KEY)
                    .contains("references: ls: cannot access")
                    .contains("other-run: cat: " + otherRun + ": No such file or directory")
                    .contains("results-found: 0")
                    .contains("stackbench-home: ls: cannot access")
                    .contains("jvm-seen: 0")
                    .contains("model-endpoint: model endpoint")
                    .contains("host-loopback: 000 exit 7")
                    .doesNotContain("tampered:");
            assertThat(Integer.parseInt(agentLog.lines().filter(l -> l.startsWith("processes: ")).findFirst().orElseThrow()
                    .substring("processes: ".length()).strip())).as("only its own processes").isLessThan(20);
            assertThat(Hashes.tree(suite)).as("the suite is untouched").isEqualTo(suiteBefore);

            RunResult result = runs.get(0);
            assertThat(result.isolation()).isEqualTo("sandbox");
            assertThat(result.failingPhase()).contains("install");
            String install = Files.readString(run.resolve("logs/install.log"));
            assertThat(install).as("the in-tree build ran").contains("install-key: absent", "install-env: ")
                    .doesNotContain(KEY).doesNotContain("STACKBENCH");
        } finally {
            endpoint.stop(0);
            hostService.stop(0);
        }
    }

    /** A server on the host's loopback that answers every request with {@code body}. */
    private static HttpServer serve(String body) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static Path runDirectory(Path results) throws Exception {
        try (Stream<Path> files = Files.walk(results.resolve("cmd"))) {
            return files.filter(p -> p.getFileName().toString().equals("run_1")).findFirst().orElseThrow();
        }
    }
}
