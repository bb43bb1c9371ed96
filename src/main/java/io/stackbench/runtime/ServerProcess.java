package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A solution's server: {@code ./run.sh} in its own process group, polled on its health check,
 * and stopped with everything it spawned.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final ProcessRunner.RunningProcess process;
    private final int port;
    private final List<String> networkEntry;
    private final ProcessRunner host;
    private final Path probeLog;
    private final Thread shutdownHook;

    private ServerProcess(ProcessRunner.RunningProcess process, int port, List<String> networkEntry, ProcessRunner host,
                          Path probeLog) {
        this.process = process;
        this.port = port;
        this.networkEntry = List.copyOf(networkEntry);
        this.host = host;
        this.probeLog = probeLog;
        // The server sits in its own session, out of reach of the terminal's Ctrl-C: if
        // StackBench is interrupted, it must take the server down itself.
        this.shutdownHook = new Thread(process::stop, "stop-server-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code ./run.sh} through {@code launcher} (a sandbox, or the host). On the host the
     * port must be free: a server someone else left running would answer in the solution's place;
     * a sandbox has a loopback of its own, where nothing else can listen.
     *
     * @param host runs the health check, as StackBench, in the launcher's network
     */
    public static ServerProcess start(Path workspace, Map<String, String> environment, Path log, long logCap,
                                      int port, ProcessLauncher launcher, ProcessRunner host) {
        if (launcher.networkEntry().isEmpty()) {
            requireFree(port);
        }
        if (!java.nio.file.Files.exists(workspace.resolve("run.sh"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new SolutionFailure("mandatory file run.sh is missing");
        }
        Workspace.makeExecutable(workspace, "run.sh");
        ProcessSpec spec = new ProcessSpec("server (./run.sh)", List.of("./run.sh"), workspace, environment, false,
                log, logCap, Duration.ofDays(1), true);
        return new ServerProcess(launcher.start(spec), port, launcher.networkEntry(), host, log.resolveSibling("health.log"));
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
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            if (Thread.currentThread().isInterrupted()) {
                throw new SolutionFailure("interrupted while waiting for the server");
            }
            Optional<Integer> status = probe(healthPath);
            if (status.filter(s -> s == 200).isPresent()) {
                return;
            }
            lastAnswer = status.map(s -> "HTTP " + s).orElse("no answer");
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
     * One health request with curl, from StackBench's side but in the server's network, to the
     * address newman will use for {@code localhost}: ::1 when something accepts connections there,
     * else 127.0.0.1 (postman-runtime's rule). So a server on either counts, and a process on ::1
     * that never answers fails the health check instead of every request of the suite.
     */
    private Optional<Integer> probe(String healthPath) {
        ProcessResult ipv6 = curl("[::1]", healthPath);
        ProcessResult result = ipv6.exitCode() == CURL_COULD_NOT_CONNECT ? curl("127.0.0.1", healthPath) : ipv6;
        String code = result.outputTail().strip();
        return code.matches("[1-5][0-9][0-9]") ? Optional.of(Integer.parseInt(code)) : Optional.empty();
    }

    /** curl's exit code when nothing accepted the connection. */
    private static final int CURL_COULD_NOT_CONNECT = 7;

    private ProcessResult curl(String address, String healthPath) {
        List<String> command = new java.util.ArrayList<>(networkEntry);
        command.addAll(List.of("curl", "--silent", "--output", "/dev/null", "--write-out", "%{http_code}",
                "--max-time", "2", "--noproxy", "*", "--globoff", "http://" + address + ":" + port + healthPath));
        return host.run(new ProcessSpec("health check", command, probeLog.getParent(), Map.of("PATH",
                System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), false, probeLog, 64 * 1024, PROBE_TIMEOUT, false));
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
        if (!networkEntry.isEmpty()) {
            // A sandbox's port dies with its network; the sandbox's close ends whatever is left.
            return java.util.Optional.empty();
        }
        for (int i = 0; i < 20 && !Ports.isFree(port); i++) {
            sleep(Duration.ofMillis(100));
        }
        if (!Ports.isFree(port)) {
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
