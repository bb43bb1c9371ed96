package io.stackbench.agent;

import io.stackbench.task.Task;
import java.nio.file.Path;

/** Something that produces a solution for a task: the oracle, a model in a loop, a CLI agent. */
public interface Agent {

    /** The agent's name in results paths, e.g. {@code oracle}. */
    String name();

    /** The model it runs, or a fixed label for agents without one. */
    String model();

    /**
     * Leaves a solution for {@code task} in {@code workspace}, an empty directory.
     */
    void generate(Task task, Path workspace);
}
