package io.stackbench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.base.Bases;
import io.stackbench.contract.NewmanRunner;
import io.stackbench.contract.Suite;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.runtime.Databases;
import io.stackbench.runtime.NodeEnvironments;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.PythonEnvironments;
import io.stackbench.runtime.Toolchain;
import io.stackbench.sandbox.Sandboxes;
import io.stackbench.task.Runtime;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Wires an {@link Evaluator} from {@link Settings}, and owns what must be stopped afterwards
 * (open sandboxes; the embedded PostgreSQL of unsealed runs).
 */
public final class Harness implements AutoCloseable {

    private final ProcessRunner runner;
    private final Toolchain tools;
    private final Databases databases;
    private final Sandboxes sandboxes;
    private final Evaluator evaluator;
    private final Bases bases;

    /** @param suiteFile a Postman collection to run instead of StackBench's own suite */
    public Harness(Settings settings, Optional<Path> suiteFile) {
        this.runner = new ProcessRunner();
        this.tools = new Toolchain(settings.home(), runner, settings.registryProxy());
        ObjectMapper json = Json.mapper();
        this.databases = new Databases(settings.home(), settings.postgresUrl(), runner);
        if (settings.postgresUrl().isPresent() && settings.isolation() == io.stackbench.core.Isolation.SANDBOX) {
            throw io.stackbench.core.StackBenchException.invalidInput("--postgres-url serves unsealed runs only: a sealed"
                    + " run has a PostgreSQL 16 of its own in its sandbox. Drop --postgres-url, or add --isolation none");
        }
        this.sandboxes = Sandboxes.create(settings, runner, databases);
        Suite suite = suiteFile.map(Suite::fromFile).orElseGet(() -> Suite.builtin(settings.home().resolve("suites")));
        this.bases = new Bases(settings.references(), runner);
        this.evaluator = new Evaluator(settings, runner, tools, sandboxes, bases, Map.of(
                Runtime.PYTHON, new PythonEnvironments(tools, settings.installTimeout(), sandboxes),
                Runtime.NODE, new NodeEnvironments(tools, settings.installTimeout(), sandboxes)),
                new NewmanRunner(tools, runner, json, settings.suiteTimeout()), suite, json);
    }

    /**
     * Fails fast, before any agent or install runs, when a port the evaluations need is taken:
     * 8080 for every server, 5432 when an embedded PostgreSQL must start for the tasks. First
     * stops what a killed StackBench left running (its servers, agents, PostgreSQL), which would
     * hold those ports.
     *
     * @return notes for the user on what was stopped
     */
    public java.util.List<String> preflight(java.util.List<io.stackbench.task.Task> tasks) {
        java.util.Set<String> owners = new java.util.TreeSet<>(runner.stopOrphans());
        owners.addAll(sandboxes.cleanedUp());
        java.util.List<String> notes = owners.stream().map(owner -> "stopped processes left running by "
                + "StackBench process " + owner.substring(0, owner.indexOf('.')) + ", which is gone").toList();
        if (sandboxes.isolation() == io.stackbench.core.Isolation.SANDBOX) {
            // Sealed runs have ports and databases of their own.
            return notes;
        }
        io.stackbench.runtime.ServerProcess.requireFree(io.stackbench.task.Task.PORT);
        if (tasks.stream().anyMatch(t -> t.database().filter(io.stackbench.task.Constraint.POSTGRES::equals).isPresent())) {
            databases.postgres();
        }
        return notes;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /** The process controls every child of this harness runs under. */
    public ProcessRunner runner() {
        return runner;
    }

    public Toolchain tools() {
        return tools;
    }

    public Databases databases() {
        return databases;
    }

    /** Where feature tasks' bases come from. */
    public Bases bases() {
        return bases;
    }

    /** Where agents, installs and servers run. */
    public Sandboxes sandboxes() {
        return sandboxes;
    }

    @Override
    public void close() {
        sandboxes.close();
        databases.close();
    }
}
