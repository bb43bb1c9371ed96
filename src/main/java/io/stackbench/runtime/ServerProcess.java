package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A solution's server: {@code ./run.sh} in its own process group, polled on its health check,
 * and stopped with everything it spawned.
 */
public final class ServerProcess implements AutoCloseable {

    private final ProcessRunner.RunningProcess process;
    private final int port;
    private final HttpClient http;
    private final Thread shutdownHook;

    private ServerProcess(ProcessRunner.RunningProcess process, int port) {
        this.process = process;
        this.port = port;
        // HTTP/1.1: a plain request, without an h2c upgrade offer that servers log as a warning.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        // The server sits in its own session, out of reach of the terminal's Ctrl-C: if
        // StackBench is interrupted, it must take the server down itself.
        this.shutdownHook = new Thread(process::stop, "stop-server-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code ./run.sh}. The port must be free: a server someone else left running would
     * answer the health check and the suite in the solution's place.
     */
    public static ServerProcess start(Path workspace, Map<String, String> environment, Path log, long logCap,
                                      int port, ProcessRunner runner) {
        return start(workspace, environment, log, logCap, port, runner, PORT_WAIT);
    }

    /** As above, giving a holder of the port that is not an agent {@code portWait} to let go. */
    static ServerProcess start(Path workspace, Map<String, String> environment, Path log, long logCap,
                               int port, ProcessRunner runner, Duration portWait) {
        awaitFree(port, portWait);
        Path runScript = workspace.resolve("run.sh");
        if (!java.nio.file.Files.isRegularFile(runScript)) {
            throw new SolutionFailure("mandatory file run.sh is missing");
        }
        if (!runScript.toFile().setExecutable(true)) {
            throw StackBenchException.unexpectedState("cannot make " + runScript + " executable");
        }
        ProcessSpec spec = new ProcessSpec("server (./run.sh)", List.of("./run.sh"), workspace, environment, false,
                log, logCap, Duration.ofDays(1), true);
        return new ServerProcess(runner.start(spec), port);
    }

    /** How long a server start waits for its port to become free. */
    static final Duration PORT_WAIT = Duration.ofSeconds(30);

    /**
     * In a sweep with parallel agents, one of them may be trying its own server on the port: the
     * evaluation waits for it (an agent's processes end with the agent, at its time limit at the
     * latest). Anything else gets {@link #PORT_WAIT} before the port counts as taken.
     */
    private static void awaitFree(int port, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!Ports.isFree(port)) {
            if (!heldByAgent(port) && System.nanoTime() > deadline) {
                break;
            }
            sleep(Duration.ofMillis(250));
        }
        requireFree(port);
    }

    /** Whether the process on {@code port} belongs to an agent at work (then it is not the server's, nor a squatter). */
    private static boolean heldByAgent(int port) {
        return Ports.listener(port).map(pid -> ProcessTree.environmentValue(
                java.nio.file.Path.of("/proc", Long.toString(pid)), ProcessRunner.AGENT_VARIABLE).isPresent()).orElse(false);
    }

    /** Fails with an environment error when something already listens on {@code port}. */
    public static void requireFree(int port) {
        if (!Ports.isFree(port)) {
            throw StackBenchException.environment("port " + port + " is taken by "
                    + Ports.describeListener(port).orElse("another process")
                    + "; solutions must listen there, so StackBench cannot evaluate until it is free");
        }
    }

    /**
     * Polls {@code healthPath} until it answers 200. A server whose whole process tree has exited
     * is reported at once, not at the timeout.
     *
     * @throws SolutionFailure when the server exits or does not become healthy in time
     */
    public void awaitHealthy(String healthPath, Duration timeout, Duration interval) {
        URI uri = URI.create("http://127.0.0.1:" + port + healthPath);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                lastAnswer = "HTTP " + status;
            } catch (IOException e) {
                lastAnswer = "no answer (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SolutionFailure("interrupted while waiting for the server");
            }
            // run.sh may hand over to a daemon and exit 0; only a tree with nothing left is dead.
            if (!process.isAlive() && !process.treeAlive()) {
                throw new SolutionFailure("the server exited before it became healthy (run.sh exit code "
                        + process.exitCode() + "); last output:\n" + process.outputTail());
            }
            sleep(interval);
        }
        throw new SolutionFailure("the server did not answer 200 on " + healthPath + " within "
                + timeout.toSeconds() + " s (last: " + lastAnswer + "); last output:\n" + process.outputTail());
    }

    /**
     * Stops the whole tree and checks the port is free again.
     *
     * @return an error message when something survived, empty when teardown was clean
     */
    public java.util.Optional<String> stop() {
        boolean clean = process.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Already shutting down, or already removed by an earlier stop.
        }
        if (!clean) {
            return java.util.Optional.of("processes of the server survived KILL");
        }
        for (int i = 0; i < 20 && !Ports.isFree(port); i++) {
            sleep(Duration.ofMillis(100));
        }
        if (!Ports.isFree(port) && !heldByAgent(port)) {
            return java.util.Optional.of("port " + port + " is still taken after teardown by "
                    + Ports.describeListener(port).orElse("an unknown process"));
        }
        return java.util.Optional.empty();
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
