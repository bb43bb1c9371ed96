package io.stackbench.cli;

import io.stackbench.agent.AgentSpecs;
import io.stackbench.core.Settings;
import io.stackbench.runtime.Workspace;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stackbench generate --agent SPEC --task ID --out DIR}: one agent run, no evaluation. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Let an agent solve one task into an empty directory.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agent", required = true, description = "Agent spec; this version has: oracle.")
    String agentSpec;

    @Option(names = "--task", required = true, description = "Task id.")
    String taskId;

    @Option(names = "--out", required = true, description = "Output directory (absent or empty).")
    Path out;

    @Override
    public Integer call() {
        Task task = TaskCatalog.greenfield().get(taskId);
        Workspace.createEmptyDirectory(out, "--out");
        AgentSpecs.parse(agentSpec, Settings.fromEnvironment()).generate(task, out);
        spec.commandLine().getOut().printf("%s: solution for %s in %s%n", agentSpec, task.id(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
