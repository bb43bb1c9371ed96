package io.stackbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.core.Settings;
import io.stackbench.eval.TestSettings;
import io.stackbench.runtime.Databases;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one sandbox promises, property by property, each shown from inside. */
class SandboxIT {

    private static final ProcessRunner RUNNER = new ProcessRunner();
    private static Sandboxes sandboxes;
    private static Databases databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void openSandboxes() {
        Settings settings = TestSettings.withHealthTimeout(Duration.ofSeconds(30));
        databases = new Databases(settings.home(), Optional.empty(), RUNNER);
        sandboxes = Sandboxes.create(settings, RUNNER, databases);
    }

    @AfterAll
    static void closeSandboxes() {
        sandboxes.close();
        databases.close();
    }

    private ProcessResult sh(Sandbox sandbox, Path workDir, String script) {
        return sandbox.run(new ProcessSpec("probe", List.of("bash", "-c", script), workDir, Map.of("PATH", "/usr/bin:/bin"),
                false, dir.resolve("probe-" + System.nanoTime() + ".log"), 1 << 20, Duration.ofSeconds(30), false));
    }

    @Test
    void codeInsideRunsAsAnUnprivilegedUserWithOnlyItsWorkspaceWritable() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "answers");
        try (Sandbox sandbox = sandboxes.open(new SandboxSpec("probe", SandboxSpec.Network.LOOPBACK,
                List.of(SandboxSpec.Bind.writable(workspace)), false, List.of()))) {
            ProcessResult result = sh(sandbox, workspace, "id -u; echo hi > made.txt && echo wrote; "
                    + "cat " + secret + " || echo no-secret; touch /usr/x 2>/dev/null || echo usr-readonly; "
                    + "ls /proc | grep -c '^[0-9]'");
            assertThat(result.outputTail()).contains("61000", "wrote", "no-secret", "usr-readonly");
        }
        assertThat(workspace.resolve("made.txt")).hasContent("hi");
        assertThat(Files.getAttribute(workspace.resolve("made.txt"), "unix:uid")).as("given back to root").isEqualTo(0);
    }

    @Test
    void aDaemonThatLeftItsSessionDiesWithTheSandbox() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Sandbox sandbox = sandboxes.open(new SandboxSpec("daemon", SandboxSpec.Network.LOOPBACK,
                List.of(SandboxSpec.Bind.writable(workspace)), false, List.of()));
        sh(sandbox, workspace, "(setsid env -i sh -c 'while true; do sleep 0.1; done' > /dev/null 2>&1 &) ; sleep 0.2");
        long before = System.nanoTime();
        sandbox.close();
        double seconds = (System.nanoTime() - before) / 1e9;
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().user().orElse("").equals("61000")).count()).isZero();
        System.out.printf("teardown %.3f s%n", seconds);
    }

    @Test
    void postgresIsItsOwnAndHasNoPasswordlessSuperuser() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        try (Sandbox sandbox = sandboxes.open(new SandboxSpec("pg", SandboxSpec.Network.LOOPBACK,
                List.of(SandboxSpec.Bind.writable(workspace)), true, List.of()))) {
            ProcessResult result = sh(sandbox, workspace, "python3 - <<'EOF'\n"
                    + "import socket\ns=socket.create_connection(('localhost',5432)); print('pg-open'); s.close()\nEOF\n"
                    + "ls /var/lib/stackbench/postgres 2>&1 | head -1; ls -ld / /tmp " + dir + " " + workspace + "; cat /proc/self/mountinfo");
            assertThat(result.outputTail()).contains("pg-open", "Permission denied");
        }
    }
}
