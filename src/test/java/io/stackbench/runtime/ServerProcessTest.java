package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {

    @TempDir
    Path workspace;

    private final ProcessRunner runner = new ProcessRunner();

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private ServerProcess start(String runSh, int port) throws Exception {
        Files.writeString(workspace.resolve("run.sh"), "#!/usr/bin/env bash\n" + runSh + "\n");
        return ServerProcess.start(workspace, Map.of("PATH", System.getenv("PATH"), "PORT", Integer.toString(port)),
                workspace.resolve("server.log"), 1 << 20, port, runner, runner);
    }

    @Test
    void teardownKillsAServerThatIgnoresTermAndItsChildrenEvenThoseThatLeftTheGroup() throws Exception {
        int port = freePort();
        Files.createDirectories(workspace.resolve("www/api"));
        Files.writeString(workspace.resolve("www/api/health-check"), "ok");
        ServerProcess server = start("""
                trap '' TERM
                (trap '' TERM; sleep 600) &
                echo $! > child.pid
                setsid bash -c "trap '' TERM; sleep 600" &
                echo $! > escaped.pid
                cd www && exec python3 -c "import signal, http.server as h; signal.signal(signal.SIGTERM, signal.SIG_IGN); h.ThreadingHTTPServer(('127.0.0.1', $PORT), h.SimpleHTTPRequestHandler).serve_forever()"
                """, port);
        server.awaitHealthy("/api/health-check", Duration.ofSeconds(20), Duration.ofMillis(100));
        Set<Long> pids = Set.of(
                Long.parseLong(Files.readString(workspace.resolve("child.pid")).strip()),
                Long.parseLong(Files.readString(workspace.resolve("escaped.pid")).strip()));
        assertThat(pids).allMatch(ProcessTree::isLive);

        assertThat(server.stop()).as("teardown reports no survivor").isEmpty();
        assertThat(pids).noneMatch(ProcessTree::isLive);
        assertThat(Ports.isFree(port)).isTrue();
    }

    @Test
    void aServerThatExitsAtStartIsReportedAtOnceWithItsOutput() throws Exception {
        ServerProcess server = start("echo 'ImportError: no module named flask' >&2; exit 1", freePort());
        long start = System.nanoTime();
        assertThatThrownBy(() -> server.awaitHealthy("/api/health-check", Duration.ofSeconds(60), Duration.ofMillis(250)))
                .isInstanceOf(SolutionFailure.class)
                .hasMessageContaining("exited before it became healthy")
                .hasMessageContaining("exit code 1")
                .hasMessageContaining("ImportError");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        server.stop();
    }

    @Test
    void aServerThatNeverListensTimesOutAndIsStopped() throws Exception {
        int port = freePort();
        ServerProcess server = start("echo starting; sleep 600", port);
        assertThatThrownBy(() -> server.awaitHealthy("/api/health-check", Duration.ofSeconds(1), Duration.ofMillis(250)))
                .isInstanceOf(SolutionFailure.class)
                .hasMessageContaining("did not answer 200")
                .hasMessageContaining("starting");
        assertThat(server.stop()).isEmpty();
    }

    @Test
    void aTakenPortIsAnEnvironmentErrorThatNamesTheHolder() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0)) {
            int port = squatter.getLocalPort();
            Files.writeString(workspace.resolve("run.sh"), "#!/usr/bin/env bash\nsleep 1\n");
            assertThatThrownBy(() -> ServerProcess.start(workspace, Map.of(), workspace.resolve("server.log"), 1024, port, runner,
                    runner))
                    .isInstanceOf(StackBenchException.class)
                    .hasMessageContaining("port " + port + " is taken by pid " + ProcessHandle.current().pid())
                    .satisfies(e -> assertThat(((StackBenchException) e).kind()).isEqualTo(StackBenchException.Kind.ENVIRONMENT));
        }
    }

    @Test
    void aMissingRunScriptIsTheSolutionsFailure() {
        assertThatThrownBy(() -> ServerProcess.start(workspace, Map.of(), workspace.resolve("server.log"), 1024, freePort(), runner,
                runner))
                .isInstanceOf(SolutionFailure.class)
                .hasMessageContaining("run.sh is missing");
    }

    @Test
    void describesNoListenerOnAFreePort() throws Exception {
        assertThat(Ports.describeListener(freePort())).isEmpty();
    }
}
