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
    void unsealedATakenPort8080StopsTheBenchBeforeAnyWorkWithAClearMessage() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(8080));
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("bench", "--agent", "oracle", "--tasks", "flask-openapi-sqlite", "--results", results.toString(),
                    "--isolation", "none");
            assertThat(code).isEqualTo(3);
            assertThat(err.toString()).contains("port 8080 is taken by pid " + ProcessHandle.current().pid());
            try (var entries = Files.list(results)) {
                assertThat(entries).as("no run directory was started").isEmpty();
            }
        }
    }

    @Test
    void sealedRunsDoNotCareWhoHoldsTheHostsPort8080() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(8080));
            CommandLine cli = Main.commandLine();
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            int code = cli.execute("bench", "--agent", "oracle", "--tasks", "flask-openapi-sqlite", "--results", results.toString());
            assertThat(code).isZero();
            assertThat(out.toString()).contains("A% 100.0");
        }
    }
}
