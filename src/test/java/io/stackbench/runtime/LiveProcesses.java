package io.stackbench.runtime;

/** For tests that check a process is gone: a zombie nobody reaped (PID 1 in a container may not) counts as gone. */
public final class LiveProcesses {

    private LiveProcesses() {
    }

    /** Running, as opposed to gone or a zombie. */
    public static boolean running(long pid) {
        return ProcessTree.isLive(pid);
    }
}
