package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PortBusyIT {

    @TempDir
    Path results;

    @Test
    void aTakenPort8080StopsTheBenchBeforeAnyWorkWithAClearMessage() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(8080));
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("bench", "--agent", "oracle", "--tasks", "flask-openapi-sqlite", "--results", results.toString());
            assertThat(code).isEqualTo(3);
            assertThat(err.toString()).contains("port 8080 is taken by pid " + ProcessHandle.current().pid());
            try (var entries = Files.list(results)) {
                assertThat(entries).as("no run directory was started").isEmpty();
            }
        }
    }

    @Test
    void anAgentsServerOnPort8080DelaysAServerStartInsteadOfFailingIt(@TempDir Path workspace) throws Exception {
        ProcessBuilder agentServer = new ProcessBuilder("python3", "-m", "http.server", "8080", "--bind", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(workspace.resolve("agent.log").toFile());
        agentServer.environment().put(io.stackbench.runtime.ProcessRunner.AGENT_VARIABLE, "agent-at-work");
        Process agent = agentServer.start();
        Files.writeString(workspace.resolve("run.sh"), "#!/bin/bash\nexec sleep 60\n");
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (io.stackbench.runtime.Ports.isFree(8080) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // The agent finishes trying its server after a few seconds, as an agent run ends.
            new Thread(() -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                agent.destroy();
            }).start();
            long start = System.nanoTime();
            var server = io.stackbench.runtime.ServerProcess.start(workspace, java.util.Map.of("PATH", "/usr/bin:/bin"),
                    workspace.resolve("server.log"), 1024, 8080, new io.stackbench.runtime.ProcessRunner());
            assertThat((System.nanoTime() - start) / 1e9).as("waited for the agent's server").isGreaterThan(2.0);
            assertThat(server.stop()).isEmpty();
        } finally {
            agent.destroyForcibly();
        }
    }
}
