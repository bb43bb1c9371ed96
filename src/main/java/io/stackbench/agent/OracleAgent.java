package io.stackbench.agent;

import io.stackbench.base.Bases;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.Workspace;
import io.stackbench.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the project's reference solution of a task's framework (see {@code references/README.md}):
 * the complete codebase, rendered for the task's database. On a feature task the workspace holds
 * the base; the oracle replaces it with the complete codebase, so its patch re-adds the feature.
 */
public final class OracleAgent implements Agent {

    private final Bases bases;

    public OracleAgent(Bases bases) {
        this.bases = bases;
    }

    /** An oracle over the reference solutions in {@code references}. */
    public OracleAgent(Path references) {
        this(new Bases(references, new ProcessRunner()));
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String model() {
        return "reference";
    }

    @Override
    public boolean needsRuntime() {
        return false;
    }

    @Override
    public AgentOutcome run(AgentRun run) {
        Path complete = run.recordDir().resolve("complete");
        bases.materialiseComplete(run.task(), complete, run.recordDir().resolve("logs"));
        Workspace.open(run.workspace(), run.recordDir().resolve("logs"), new ProcessRunner()).replaceWith(complete);
        Workspace.deleteTree(complete);
        Workspace.deleteTree(run.recordDir().resolve("logs"));
        return AgentOutcome.submitted(0, Usage.NONE);
    }

    /** Writes the complete codebase of {@code task} into {@code workspace}, which must be empty or absent. */
    public void materialise(Task task, Path workspace) {
        Path logs;
        try {
            logs = Files.createTempDirectory("stackbench-oracle-logs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            bases.materialiseComplete(task, workspace, logs);
        } finally {
            Workspace.deleteTree(logs);
        }
    }
}
