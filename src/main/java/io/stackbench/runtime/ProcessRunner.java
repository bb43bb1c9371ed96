package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs every child process StackBench starts (installers, servers, newman, git): output drained
 * to a size-capped log on its own thread, a time limit, and teardown of everything the child
 * spawned.
 */
public final class ProcessRunner implements ProcessLauncher {

    /** Environment variable tagging every process of one agent run, so all of them can be stopped with it. */
    public static final String AGENT_VARIABLE = "STACKBENCH_GENERATION";

    /** The variables that tag every child with its process tree and its StackBench; see {@link ProcessTree}. */
    public static final String MARKER_VARIABLE = ProcessTree.MARKER_VARIABLE;
    public static final String OWNER_VARIABLE = ProcessTree.OWNER_VARIABLE;

    /** Time a stopped process tree gets between TERM and KILL. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(3);

    private final String owner = ProcessTree.identity(ProcessHandle.current().pid())
            .orElse(ProcessHandle.current().pid() + ".0") + "." + HostKey.CURRENT;

    /**
     * Stops every process that carries {@code variable=value} in its environment, however it was
     * started and wherever it moved in the process tree: the way to end all an agent left running.
     *
     * @return true when nothing so tagged is left
     */
    public boolean stopTagged(String variable, String value) {
        return ProcessTree.tagged(variable, value).stop(STOP_GRACE);
    }

    /**
     * Stops the processes (servers, agents, PostgreSQL) that a StackBench which is no longer
     * running left behind, e.g. one killed with SIGKILL mid-sweep; they would hold its ports.
     *
     * @return the owners whose leftovers were stopped
     */
    public java.util.Set<String> stopOrphans() {
        java.util.Set<String> dead = new java.util.TreeSet<>();
        for (var proc : ProcessTree.processDirectories()) {
            ProcessTree.environmentValue(proc, ProcessTree.OWNER_VARIABLE)
                    .filter(o -> !o.equals(owner) && !alive(o))
                    .ifPresent(dead::add);
        }
        dead.forEach(o -> ProcessTree.tagged(ProcessTree.OWNER_VARIABLE, o).stop(STOP_GRACE));
        return dead;
    }

    /**
     * Whether the owner may still run. Only an owner of this host's boot and pid namespace can be
     * proved gone, by its pid and start time; any other (a shard on another machine sharing
     * STACKBENCH_HOME or the results, a container beside this one, a StackBench from before owners
     * named their host) counts as alive, so its sandboxes and processes are never touched.
     */
    private static boolean alive(String ownerIdentity) {
        String[] parts = ownerIdentity.split("\\.");
        if (parts.length != 3 || !parts[2].equals(HostKey.CURRENT)) {
            return true;
        }
        try {
            long pid = Long.parseLong(parts[0]);
            return ProcessTree.identity(pid).filter((parts[0] + "." + parts[1])::equals).isPresent();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The host's own network: no entry needed. */
    @Override
    public List<String> networkEntry() {
        return List.of();
    }

    /**
     * The identity ({@code <pid>.<start time>.<host key>}) of this StackBench process, which names
     * what it owns; the host key ({@link HostKey}) tells where the pid and start time were read.
     */
    public String owner() {
        return owner;
    }

    /** Whether the StackBench process named by {@code ownerIdentity} (see {@link #owner()}) still runs. */
    public static boolean ownerAlive(String ownerIdentity) {
        return alive(ownerIdentity);
    }

    /** Runs to completion or to the time limit, whichever comes first; never throws for a failing child. */
    @Override
    public ProcessResult run(ProcessSpec spec) {
        RunningProcess process = start(spec);
        long start = System.nanoTime();
        boolean finished = process.waitFor(spec.timeout());
        if (!finished) {
            process.stop();
        } else {
            // A finished child may have left children behind; they die with it.
            process.stopLeftovers();
        }
        return process.result(!finished, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Starts a long-lived child (a server); the caller stops it. */
    @Override
    public RunningProcess start(ProcessSpec spec) {
        List<String> command = new ArrayList<>();
        if (spec.ownProcessGroup()) {
            // setsid gives the child a session and process group of its own, so teardown can
            // signal the whole group and terminal signals aimed at StackBench do not reach it.
            command.addAll(List.of("setsid", "--wait"));
        }
        command.addAll(spec.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workDir().toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        if (!spec.inheritEnvironment()) {
            env.clear();
        }
        env.putAll(spec.environment());
        String marker = UUID.randomUUID().toString();
        env.put(ProcessTree.MARKER_VARIABLE, marker);
        env.put(ProcessTree.OWNER_VARIABLE, owner);
        try {
            Files.createDirectories(spec.log().toAbsolutePath().getParent());
            Process process = builder.start();
            BoundedLog log = new BoundedLog(process.getInputStream(), spec.log(), spec.logCapBytes(),
                    "log-" + spec.label() + "-" + process.pid());
            return new RunningProcess(spec, process, log, new ProcessTree(marker, process.toHandle()));
        } catch (IOException e) {
            throw StackBenchException.environment("cannot start " + spec.label() + " (" + String.join(" ", spec.command())
                    + ") in " + spec.workDir() + ": " + e.getMessage(), e);
        }
    }

    /** A started child and its tree. */
    public static final class RunningProcess {
        private final ProcessSpec spec;
        private final Process process;
        private final BoundedLog log;
        private final ProcessTree tree;

        private RunningProcess(ProcessSpec spec, Process process, BoundedLog log, ProcessTree tree) {
            this.spec = spec;
            this.process = process;
            this.log = log;
            this.tree = tree;
        }

        public long pid() {
            return process.pid();
        }

        /** Whether the started command itself is still running. */
        public boolean isAlive() {
            return process.isAlive();
        }

        /** Whether anything of its tree (the command, its children, its group) is still running. */
        public boolean treeAlive() {
            return tree.anyAlive();
        }

        public int exitCode() {
            return process.exitValue();
        }

        public boolean waitFor(Duration timeout) {
            try {
                return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** Stops the whole tree (TERM, grace, KILL); returns false when something could not be killed. */
        public boolean stop() {
            boolean clean = tree.stop(STOP_GRACE);
            waitFor(Duration.ofSeconds(1));
            log.await(1000);
            return clean;
        }

        void stopLeftovers() {
            tree.stop(Duration.ofMillis(500));
        }

        public String outputTail() {
            log.await(200);
            return log.tail();
        }

        ProcessResult result(boolean timedOut, Duration duration) {
            log.await(2000);
            int code = timedOut || process.isAlive() ? -1 : process.exitValue();
            return new ProcessResult(spec.label(), code, timedOut, duration, log.file(), log.tail(), log.truncated(), log.total());
        }
    }
}
