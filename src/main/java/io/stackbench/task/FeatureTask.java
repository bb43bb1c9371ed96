package io.stackbench.task;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What makes a task a feature task: the feature removed, and where its base comes from.
 *
 * @param base  the codebase the agent extends, before the removal
 * @param suite a suite of the task's own, instead of StackBench's (a team's codebase)
 */
public record FeatureTask(Feature feature, Base base, Optional<Path> suite) {

    /** Where a feature task's codebase comes from; the removal patch turns it into the agent's base. */
    public sealed interface Base permits Reference, Directory {
    }

    /**
     * A built-in task: the framework's reference solution rendered for the task's constraints,
     * less {@code references/<framework>/features/<feature>.patch}.
     */
    public record Reference() implements Base {
    }

    /**
     * A user's task: a copy of their codebase and the patch that removes the feature from it.
     *
     * @param id   the task's id, chosen by its author
     * @param tree the codebase as it is with the feature
     */
    public record Directory(String id, Path tree, Path removal) implements Base {
    }
}
