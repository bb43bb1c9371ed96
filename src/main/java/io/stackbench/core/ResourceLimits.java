package io.stackbench.core;

/**
 * What one sandboxed run (an agent, an install, a served solution) may use at most.
 *
 * @param pids        processes and threads at once
 * @param memoryBytes resident memory, page cache and tmpfs included
 * @param cpus        CPU time per wall-clock second, in cores
 * @param diskBytes   bytes written into the run's writable directories, and the largest single file
 */
public record ResourceLimits(int pids, long memoryBytes, double cpus, long diskBytes) {

    public ResourceLimits {
        if (pids < 16) {
            throw StackBenchException.invalidInput("--max-pids must be at least 16, not " + pids);
        }
        if (memoryBytes < 64L << 20) {
            throw StackBenchException.invalidInput("--max-memory must be at least 64 MiB, not " + memoryBytes + " bytes");
        }
        if (cpus <= 0) {
            throw StackBenchException.invalidInput("--cpus must be positive, not " + cpus);
        }
        if (diskBytes < 16L << 20) {
            throw StackBenchException.invalidInput("--max-disk must be at least 16 MiB, not " + diskBytes + " bytes");
        }
    }

    /** The documented defaults ({@link Defaults}). */
    public static ResourceLimits defaults() {
        return new ResourceLimits(Defaults.SANDBOX_PIDS, Defaults.SANDBOX_MEMORY_BYTES,
                Runtime.getRuntime().availableProcessors(), Defaults.SANDBOX_DISK_BYTES);
    }
}
