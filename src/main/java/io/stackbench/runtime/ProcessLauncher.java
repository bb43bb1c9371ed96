package io.stackbench.runtime;

import java.util.List;

/**
 * Where child processes run: plainly on the host ({@link ProcessRunner}) or inside a sandbox.
 * Callers describe a process once ({@link ProcessSpec}) and do not care which.
 */
public interface ProcessLauncher extends AutoCloseable {

    /** Starts a long-lived child (a server); the caller stops it. */
    ProcessRunner.RunningProcess start(ProcessSpec spec);

    /** Runs to completion or to the time limit; never throws for a failing child. */
    ProcessResult run(ProcessSpec spec);

    /**
     * The command prefix that runs a trusted host program (the health check, newman) inside this
     * launcher's network, so it reaches the solution's loopback; empty when that is the host's own.
     */
    List<String> networkEntry();

    /** The limit on processes, memory or disk the code in here ran into, if any and if this launcher sets limits. */
    default java.util.Optional<String> limitHit() {
        return java.util.Optional.empty();
    }

    /** Ends everything started here. */
    @Override
    default void close() {
    }
}
