package io.stackbench.agent;

import io.stackbench.task.Task;
import io.stackbench.runtime.ProcessLauncher;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything one agent run gets.
 *
 * @param run          the run number within a sweep (1-based); replay uses it to find the recording
 * @param workspace    where the solution is built; empty for greenfield tasks
 * @param recordDir    where the agent keeps its own records (trajectory, CLI output); never part of the solution
 * @param prompt       the task prompt, also stored as {@code promptFile}
 * @param environment  the complete environment for processes the agent runs: the task's runtime on
 *                     {@code PATH} (a Python virtualenv, or Node and npm), a private {@code HOME},
 *                     and the tag that lets StackBench stop whatever they leave running
 * @param launcher     where the agent's commands run: the run's sandbox (or the host, unsealed)
 */
public record AgentRun(Task task, int run, Path workspace, Path recordDir, String prompt, Path promptFile,
                       Map<String, String> environment, Limits limits, ProcessLauncher launcher) {

    public AgentRun {
        environment = Map.copyOf(environment);
    }
}
