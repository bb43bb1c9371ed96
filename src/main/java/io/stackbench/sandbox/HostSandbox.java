package io.stackbench.sandbox;

import io.stackbench.core.Isolation;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code --isolation none}: code runs on the host as StackBench's user, with StackBench's
 * process controls only. Nothing stops it from reading or changing what it finds; runs made
 * this way say so in their results.
 */
final class HostSandbox implements Sandbox {

    private final ProcessRunner runner;
    private final List<Path> writable;

    HostSandbox(ProcessRunner runner, List<Path> writable) {
        this.runner = runner;
        this.writable = List.copyOf(writable);
    }

    /** Only the directories it was given, though nothing stops the code from writing elsewhere. */
    @Override
    public List<Path> writableAreas() {
        return writable;
    }

    @Override
    public Isolation isolation() {
        return Isolation.NONE;
    }

    @Override
    public ProcessRunner.RunningProcess start(ProcessSpec spec) {
        return runner.start(spec);
    }

    @Override
    public ProcessResult run(ProcessSpec spec) {
        return runner.run(spec);
    }

    @Override
    public List<String> networkEntry() {
        return List.of();
    }

    @Override
    public Optional<String> limitHit() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // Callers stop what they started (servers by their tree, agents by their tag).
    }
}
