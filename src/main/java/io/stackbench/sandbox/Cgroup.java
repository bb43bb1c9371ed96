package io.stackbench.sandbox;

import io.stackbench.core.ResourceLimits;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One sandbox's control groups (cgroup v1: pids, memory, cpu), under {@code stackbench/} in each
 * hierarchy. Every process of the sandbox joins them before it starts, and no process inside can
 * leave: {@code /sys} is not mounted there. So the groups list every process of the sandbox,
 * however it detached, and bound what they use together.
 */
final class Cgroup {

    static final Path ROOT = Path.of("/sys/fs/cgroup");
    static final List<String> CONTROLLERS = List.of("pids", "memory", "cpu");
    private static final String PARENT = "stackbench";
    private static final long CPU_PERIOD_US = 100_000;

    private final String name;
    private final Path pids;
    private final Path memory;
    private final Path cpu;

    private Cgroup(String name) {
        this.name = name;
        this.pids = dir("pids", name);
        this.memory = dir("memory", name);
        this.cpu = dir("cpu", name);
    }

    private static Path dir(String controller, String name) {
        return ROOT.resolve(controller).resolve(PARENT).resolve(name);
    }

    /** What is missing for cgroups on this machine, if anything. */
    static Optional<String> missing() {
        for (String controller : CONTROLLERS) {
            Path hierarchy = ROOT.resolve(controller);
            if (!Files.isRegularFile(hierarchy.resolve("cgroup.procs"))) {
                return Optional.of("the cgroup v1 " + controller + " controller is not mounted at " + hierarchy
                        + " (StackBench's sandbox uses cgroup v1 pids, memory and cpu)");
            }
            if (!Files.isWritable(hierarchy)) {
                return Optional.of(hierarchy + " is not writable (run StackBench as root)");
            }
        }
        return Optional.empty();
    }

    static Cgroup create(String name, ResourceLimits limits) {
        Cgroup group = new Cgroup(name);
        try {
            for (Path d : group.dirs()) {
                Files.createDirectories(d);
            }
            write(group.pids.resolve("pids.max"), Integer.toString(limits.pids()));
            write(group.memory.resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
            Path swap = group.memory.resolve("memory.memsw.limit_in_bytes");
            if (Files.exists(swap)) {
                // Without this, a hog would only be pushed to swap, not stopped.
                write(swap, Long.toString(limits.memoryBytes()));
            }
            write(group.cpu.resolve("cpu.cfs_period_us"), Long.toString(CPU_PERIOD_US));
            write(group.cpu.resolve("cpu.cfs_quota_us"), Long.toString(Math.max(1000, Math.round(limits.cpus() * CPU_PERIOD_US))));
        } catch (IOException | UncheckedIOException e) {
            group.remove();
            throw StackBenchException.environment("cannot set up the cgroups of sandbox " + name + ": " + e.getMessage());
        }
        return group;
    }

    String name() {
        return name;
    }

    /** A shell prologue that moves the shell into the groups and then runs its arguments. */
    String joinAndExec() {
        StringBuilder script = new StringBuilder();
        for (Path d : dirs()) {
            script.append("echo $$ > ").append(d.resolve("cgroup.procs")).append(" && ");
        }
        return script.append("exec \"$@\"").toString();
    }

    Set<Long> processes() {
        Set<Long> out = new LinkedHashSet<>();
        try (Stream<String> lines = Files.lines(pids.resolve("cgroup.procs"))) {
            lines.map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> out.add(Long.parseLong(l)));
        } catch (IOException | UncheckedIOException e) {
            // The group is gone: nothing in it.
        }
        return out;
    }

    /**
     * Kills every process in the groups, again and again until none is left (a fork bomb may
     * still be forking while the first ones die; pids.max bounds how many there can be).
     *
     * @return true when the groups are empty
     */
    boolean killAll(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Set<Long> left = processes();
        while (!left.isEmpty()) {
            for (long pid : left) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            if (System.nanoTime() > deadline) {
                return processes().isEmpty();
            }
            sleep(5);
            left = processes();
        }
        return true;
    }

    /** The limit the group ran into, if any. */
    Optional<String> limitHit() {
        if (counter(memory.resolve("memory.oom_control"), "oom_kill") > 0) {
            return Optional.of("memory");
        }
        if (counter(pids.resolve("pids.events"), "max") > 0) {
            return Optional.of("pids");
        }
        return Optional.empty();
    }

    /** Removes the (empty) groups; best effort. */
    void remove() {
        for (Path d : dirs()) {
            for (int attempt = 0; attempt < 50 && Files.exists(d); attempt++) {
                try {
                    Files.deleteIfExists(d);
                } catch (IOException e) {
                    // Busy while the last killed processes are reaped.
                    sleep(10);
                }
            }
        }
    }

    /** Kills and removes the groups of sandboxes whose StackBench is gone (killed mid-run). */
    static List<String> removeStale() {
        List<String> removed = new ArrayList<>();
        for (Path group : SandboxNames.stale(ROOT.resolve("pids").resolve(PARENT))) {
            Cgroup stale = new Cgroup(group.getFileName().toString());
            stale.killAll(Duration.ofSeconds(5));
            stale.remove();
            removed.add(stale.name());
        }
        return removed;
    }

    private List<Path> dirs() {
        return List.of(pids, memory, cpu);
    }

    private static long counter(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(l -> l.strip().split("\\s+")).filter(f -> f.length == 2 && f[0].equals(key))
                    .mapToLong(f -> Long.parseLong(f[1])).findFirst().orElse(0);
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + value + " to " + file, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
