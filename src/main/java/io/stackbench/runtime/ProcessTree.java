package io.stackbench.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and stops every process that belongs to one child: its descendants, its process group,
 * and anything that still carries the child's marker variable in its environment. The marker
 * catches processes that left the group with {@code setsid} or were re-parented to init;
 * the group catches those that cleared their environment. Linux only: it reads {@code /proc}.
 */
final class ProcessTree {

    /** Environment variable that tags every process StackBench starts with its run's id. */
    static final String MARKER_VARIABLE = "STACKBENCH_PROCESS";

    private static final Path PROC = Path.of("/proc");

    /**
     * Environment variable naming the StackBench process that started a child, as
     * {@code <pid>.<start time>}: after a crash, the next StackBench stops what the dead one left.
     */
    static final String OWNER_VARIABLE = "STACKBENCH_OWNER";

    private final String tag;
    private final Optional<ProcessHandle> root;
    private final long ownGroup;

    ProcessTree(String marker, ProcessHandle root) {
        this(MARKER_VARIABLE + "=" + marker, Optional.of(root));
    }

    private ProcessTree(String tag, Optional<ProcessHandle> root) {
        this.tag = tag;
        this.root = root;
        this.ownGroup = processGroup(ProcessHandle.current().pid()).orElse(-1L);
    }

    /** Every process whose environment has {@code variable=value}, wherever it is in the process tree. */
    static ProcessTree tagged(String variable, String value) {
        return new ProcessTree(variable + "=" + value, Optional.empty());
    }

    /** Live members (zombies excluded). */
    Set<Long> members() {
        Set<Long> pids = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        root.ifPresent(r -> {
            if (isLive(r.pid())) {
                pids.add(r.pid());
            }
            r.descendants().map(ProcessHandle::pid).filter(ProcessTree::isLive).forEach(pids::add);
            groups.add(r.pid());
            for (long pid : pids) {
                processGroup(pid).ifPresent(groups::add);
            }
        });
        groups.remove(ownGroup);
        long self = ProcessHandle.current().pid();
        for (Path proc : processDirectories()) {
            long pid = Long.parseLong(proc.getFileName().toString());
            if (pid == self || pids.contains(pid) || !isLive(pid)) {
                continue;
            }
            if (processGroup(pid).map(groups::contains).orElse(false) || environmentHas(proc, tag)) {
                pids.add(pid);
            }
        }
        return pids;
    }

    /** {@code /proc/<pid>} of every process; none when {@code /proc} cannot be read (then callers fall back). */
    static List<Path> processDirectories() {
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("\\d+"))) {
            List<Path> out = new ArrayList<>();
            procs.forEach(out::add);
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    boolean anyAlive() {
        return !members().isEmpty();
    }

    /**
     * TERM to every member, up to {@code grace} for them to exit, then KILL to whatever is left,
     * repeated while new members appear (a process may fork while it is being stopped).
     *
     * @return true when nothing of the tree is left
     */
    boolean stop(Duration grace) {
        signal(members(), false);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && anyAlive()) {
            sleep(50);
        }
        for (int round = 0; round < 20; round++) {
            Set<Long> left = members();
            if (left.isEmpty()) {
                return true;
            }
            signal(left, true);
            sleep(50);
        }
        return members().isEmpty();
    }

    private static void signal(Set<Long> pids, boolean kill) {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(h -> {
                if (kill) {
                    h.destroyForcibly();
                } else {
                    h.destroy();
                }
            });
        }
    }

    /** Running, as opposed to gone or a zombie waiting to be reaped (which holds no port and runs no code). */
    static boolean isLive(long pid) {
        return stat(pid).map(s -> {
            int close = s.lastIndexOf(')');
            char state = close > 0 && close + 2 < s.length() ? s.charAt(close + 2) : '?';
            return state != 'Z' && state != 'X';
        }).orElse(false);
    }

    static Optional<Long> processGroup(long pid) {
        return stat(pid).flatMap(s -> {
            // Fields after the command name: state ppid pgrp ...; the name may contain spaces.
            String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return fields.length > 2 ? Optional.of(Long.parseLong(fields[2])) : Optional.empty();
        });
    }

    private static Optional<String> stat(long pid) {
        try {
            return Optional.of(Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The value of {@code variable} in a process's environment, when it can be read. */
    static Optional<String> environmentValue(Path proc, String variable) {
        String prefix = variable + "=";
        try {
            byte[] env = Files.readAllBytes(proc.resolve("environ"));
            for (String var : new String(env, StandardCharsets.UTF_8).split("\0")) {
                if (var.startsWith(prefix)) {
                    return Optional.of(var.substring(prefix.length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Process gone, or not ours to read.
        }
        return Optional.empty();
    }

    /** {@code <pid>.<start time in clock ticks>}: unique for a process even when its pid is reused later. */
    static Optional<String> identity(long pid) {
        return stat(pid).map(s -> s.substring(s.lastIndexOf(')') + 2).split(" ")).filter(f -> f.length > 19)
                .map(f -> pid + "." + f[19]);
    }

    private static boolean environmentHas(Path proc, String entry) {
        try {
            byte[] env = Files.readAllBytes(proc.resolve("environ"));
            for (String var : new String(env, StandardCharsets.UTF_8).split("\0")) {
                if (var.equals(entry)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Process gone, or not ours to read.
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
