package io.stackbench.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run and under which controls: working directory, environment, a log file with a size
 * cap, a time limit, and whether the child gets its own process group.
 *
 * @param environment variables set on top of the inherited ones, or instead of them when
 *                    {@code inheritEnvironment} is false (untrusted code gets only what it needs)
 */
public record ProcessSpec(
        String label,
        List<String> command,
        Path workDir,
        Map<String, String> environment,
        boolean inheritEnvironment,
        Path log,
        long logCapBytes,
        Duration timeout,
        boolean ownProcessGroup) {

    /** Default cap on a log: enough for any honest install or server, small enough to survive a flood. */
    public static final long DEFAULT_LOG_CAP = 10L * 1024 * 1024;

    public ProcessSpec {
        Objects.requireNonNull(label);
        command = List.copyOf(command);
        Objects.requireNonNull(workDir);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(log);
        Objects.requireNonNull(timeout);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command for " + label);
        }
    }

    /** A tool run (installer, newman, git): inherits the environment, no own process group. */
    public static ProcessSpec tool(String label, List<String> command, Path workDir, Path log, Duration timeout) {
        return new ProcessSpec(label, command, workDir, Map.of(), true, log, DEFAULT_LOG_CAP, timeout, false);
    }

    public ProcessSpec withEnvironment(Map<String, String> env) {
        return new ProcessSpec(label, command, workDir, env, inheritEnvironment, log, logCapBytes, timeout, ownProcessGroup);
    }
}
