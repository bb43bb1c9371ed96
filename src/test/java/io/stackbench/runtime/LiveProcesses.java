package io.stackbench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests that check a process is gone: a zombie nobody reaped (PID 1 in a container may not) counts as gone. */
public final class LiveProcesses {

    private LiveProcesses() {
    }

    /** Running, as opposed to gone or a zombie. */
    public static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }
}
