package io.stackbench.agent;

/**
 * Something that solves a task in a workspace: the oracle, a model in StackBench's own loop, a
 * CLI agent, a replay of recorded solutions.
 */
public interface Agent {

    /** The agent's name in results paths, e.g. {@code oracle}, {@code openai}, {@code claude-code}. */
    String name();

    /** The model it runs, or a fixed label for agents without one; a results path segment. */
    String model();

    /**
     * Works on {@code run.task()} in {@code run.workspace()} until done or out of limits, and
     * says how it ended. Failures of the agent itself (a crashed CLI, a model that never answers)
     * are outcomes with {@link ExitReason#ERROR}; exceptions are for StackBench's own faults and
     * bad input, which stop a sweep.
     */
    AgentOutcome run(AgentRun run);

    /**
     * Whether the agent works in the task's runtime (a virtualenv, PostgreSQL up); agents that
     * only copy a solution into place (oracle, replay) do not, and skip that setup.
     */
    default boolean needsRuntime() {
        return true;
    }

    /** Host directories the agent's sandbox must show it read-only (its own pinned install). */
    default java.util.List<java.nio.file.Path> readable() {
        return java.util.List.of();
    }

    /** Versions of the agent's own software (a CLI's version), recorded with each generation. */
    default java.util.Map<String, String> versions() {
        return java.util.Map.of();
    }
}
