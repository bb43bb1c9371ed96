package io.stackbench.cli;

import io.stackbench.contract.ConduitContract;
import io.stackbench.task.Constraint;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.task.TaskDescription;
import io.stackbench.task.TaskFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stackbench tasks list|show|export}. */
@Command(name = "tasks", mixinStandardHelpOptions = true, description = "List, show and export the benchmark's tasks.")
final class TasksCommand {

    @Spec
    CommandSpec spec;

    private final TaskCatalog catalog = TaskCatalog.greenfield();

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tasks: id, framework, level, constraints.")
    int list(@Option(names = "--framework", description = "Only this framework (flask, fastapi, …).") String framework,
             @Option(names = "--level", description = "Only this level, 0–3.") Integer level,
             @Option(names = "--constraint", description = "Only tasks with this constraint (clean_architecture, postgres, sqlite, sqlalchemy, sequelize).") String constraint,
             @Option(names = "--filter", description = "A task filter as bench --tasks takes it (e.g. 'flask,koa', 'L3', '*-sqlite*').") String filter) {
        List<String> atoms = new ArrayList<>();
        if (framework != null) {
            atoms.add(framework);
        }
        if (level != null) {
            atoms.add("L" + level);
        }
        if (constraint != null) {
            atoms.add(constraint);
        }
        List<Task> tasks = catalog.select(filter != null ? TaskFilter.parse(filter) : TaskFilter.allOf(atoms.isEmpty() ? List.of("all") : atoms));
        var out = spec.commandLine().getOut();
        out.printf("%-52s %-8s %-6s %s%n", "id", "framework", "level", "constraints");
        for (Task t : tasks) {
            out.printf("%-52s %-8s L%-5d %s%n", t.id(), t.framework().id(), t.level(),
                    t.constraints().constraints().stream().map(Constraint::id).collect(Collectors.joining(", ")));
        }
        out.printf("%d tasks%n", tasks.size());
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a task's prompt.")
    int show(@Parameters(paramLabel = "ID", description = "Task id, e.g. flask-openapi-unconstrained.") String id) {
        spec.commandLine().getOut().print(new PromptRenderer(ConduitContract.load().text()).render(catalog.get(id)));
        return 0;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write one JSON file per task into DIR.")
    int export(@Parameters(paramLabel = "DIR") Path dir,
               @Option(names = "--tasks", defaultValue = "all", description = "Task filter (default: all).") String filter) {
        List<Task> tasks = catalog.select(TaskFilter.parse(filter));
        TaskDescription.exportAll(tasks, new PromptRenderer(ConduitContract.load().text()), dir);
        spec.commandLine().getOut().printf("wrote %d tasks to %s%n", tasks.size(), dir);
        return 0;
    }
}
