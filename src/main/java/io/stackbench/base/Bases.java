package io.stackbench.base;

import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.Workspace;
import io.stackbench.task.FeatureTask;
import io.stackbench.task.Task;
import io.stackbench.task.UserTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a task starts from and what a complete answer looks like. A greenfield task starts from an
 * empty directory; a feature task from its base: the complete codebase (a reference solution
 * rendered for the task's constraints, or a user's codebase) with its removal patch applied.
 */
public final class Bases {

    private final References references;
    private final ProcessRunner runner;

    /** @param references the project's reference solutions, {@code references/} */
    public Bases(Path references, ProcessRunner runner) {
        this.references = new References(references);
        this.runner = runner;
    }

    /**
     * Writes the complete codebase of {@code task} into the empty directory {@code target}: the
     * reference solution of its framework rendered for its constraints, or, for a user's feature
     * task, their codebase with the feature. This is the oracle's answer.
     *
     * @param logs where git's logs go
     */
    public void materialiseComplete(Task task, Path target, Path logs) {
        fill(task, Workspace.create(target, logs, runner));
    }

    /**
     * Writes the base of {@code task} into the empty directory {@code target}: nothing for a
     * greenfield task, the complete codebase less the removal for a feature task.
     *
     * @param logs where git's logs of applying the removal go
     * @return the workspace over {@code target}
     */
    public Workspace materialiseBase(Task task, Path target, Path logs) {
        Workspace workspace = Workspace.create(target, logs, runner);
        if (task.feature().isEmpty()) {
            return workspace;
        }
        fill(task, workspace);
        Path removal = removal(task);
        try {
            workspace.applyPatch(removal);
        } catch (StackBenchException e) {
            throw StackBenchException.unexpectedState("the base of " + task.id() + " cannot be made: its removal patch "
                    + removal + " does not apply to its codebase: " + e.getMessage(), e);
        }
        return workspace;
    }

    private void fill(Task task, Workspace workspace) {
        if (task.feature().map(FeatureTask::base).orElse(null) instanceof FeatureTask.Directory d) {
            workspace.copyFrom(d.tree());
        } else {
            references.render(task, workspace.dir());
        }
    }

    /**
     * Checks a feature task's removal patch: it applies to the complete codebase, and applying it
     * in reverse to the base gives back the complete codebase byte for byte.
     *
     * @param scratch an empty or absent directory for the trees, deleted afterwards
     * @return what is wrong, or empty when the removal is sound
     */
    public Optional<String> checkRemoval(Task task, Path scratch) {
        try {
            Path complete = scratch.resolve("complete");
            materialiseComplete(task, complete, scratch.resolve("logs-complete"));
            Workspace restored = materialiseBase(task, scratch.resolve("restored"), scratch.resolve("logs-restored"));
            restored.reversePatch(removal(task));
            return Trees.difference(complete, restored.dir());
        } catch (StackBenchException e) {
            return Optional.of(e.getMessage());
        } finally {
            Workspace.deleteTree(scratch);
        }
    }

    /**
     * Defines a user's feature task in {@code dir} (see {@link UserTasks#add}) and checks its
     * removal as {@link #checkRemoval} checks the built-in ones; an unsound removal is refused and
     * leaves nothing behind.
     */
    public Task defineUserTask(Path dir, UserTasks.Definition definition, Path codebase, Path removal, Optional<Path> suite) {
        Task task = UserTasks.add(dir, definition, codebase, removal, suite);
        Path folder = dir.resolve(definition.id());
        Optional<String> problem = checkRemoval(task, folder.resolve(".check"));
        if (problem.isPresent()) {
            Workspace.deleteTree(folder);
            throw StackBenchException.invalidInput("the removal patch " + removal + " does not make a sound base of "
                    + codebase + ": " + problem.get() + "; nothing was written");
        }
        return task;
    }

    /** The patch that removes the feature from a feature task's complete codebase. */
    public Path removal(Task task) {
        FeatureTask feature = task.feature().orElseThrow(() -> new IllegalArgumentException(task.id() + " is no feature task"));
        Path patch = feature.base() instanceof FeatureTask.Directory d ? d.removal() : references.removal(task);
        if (!Files.isRegularFile(patch)) {
            throw StackBenchException.invalidInput("feature task " + task.id() + " has no removal patch (expected " + patch + ")");
        }
        return patch;
    }

    /**
     * The base of {@code task} in a fresh directory under {@code scratch}, or empty for a greenfield
     * task; the caller deletes it.
     */
    public Optional<Path> temporaryBase(Task task, Path scratch) {
        if (task.feature().isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(scratch);
            Path dir = Files.createTempDirectory(scratch, "base-");
            Path tree = dir.resolve("tree");
            materialiseBase(task, tree, dir.resolve("logs"));
            return Optional.of(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the base of " + task.id() + " under " + scratch, e);
        }
    }
}
