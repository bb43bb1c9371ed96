package io.stackbench.cli;

import io.stackbench.base.Bases;
import io.stackbench.contract.ConduitContract;
import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.task.Constraint;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.task.TaskDescription;
import io.stackbench.task.TaskFilter;
import io.stackbench.task.UserTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stackbench tasks list|show|export|add-feature}. */
@Command(name = "tasks", mixinStandardHelpOptions = true, description = "List, show, export and define the benchmark's tasks.")
final class TasksCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tasks: id, kind, framework, level, constraints, feature.")
    int list(@Option(names = "--framework", description = "Only this framework (flask, fastapi, …).") String framework,
             @Option(names = "--level", description = "Only this level, 0–3.") Integer level,
             @Option(names = "--constraint", description = "Only tasks with this constraint (clean_architecture, postgres, sqlite, sqlalchemy, sequelize).") String constraint,
             @Option(names = "--kind", description = "Only greenfield or feature tasks.") String kind,
             @Option(names = "--feature", description = "Only the feature tasks of this feature (comments, favorites, profiles, tags, update-delete).") String feature,
             @Option(names = "--filter", description = "A task filter as bench --tasks takes it (e.g. 'flask,koa', 'L3', 'feature+comments').") String filter,
             @Mixin TaskOptions taskOptions) {
        TaskCatalog catalog = taskOptions.catalog();
        List<String> atoms = new ArrayList<>();
        if (kind != null) {
            atoms.add(kind);
        }
        if (feature != null) {
            atoms.add(feature);
        }
        if (framework != null) {
            atoms.add(framework);
        }
        if (level != null) {
            atoms.add("L" + level);
        }
        if (constraint != null) {
            atoms.add(constraint);
        }
        // Without a kind, both kinds are listed (a filter term alone selects greenfield tasks).
        TaskFilter selection = filter != null ? TaskFilter.parse(filter)
                : kind != null || feature != null ? TaskFilter.allOf(atoms)
                : TaskFilter.parse(String.join(",", List.of(String.join("+", prepend("greenfield", atoms)),
                        String.join("+", prepend("feature", atoms)))));
        List<Task> tasks = catalog.select(selection);
        var out = spec.commandLine().getOut();
        out.printf("%-52s %-10s %-9s %-6s %-40s %s%n", "id", "kind", "framework", "level", "constraints", "feature");
        for (Task t : tasks) {
            out.printf("%-52s %-10s %-9s L%-5d %-40s %s%n", t.id(), t.kind().id(), t.framework().id(), t.level(),
                    t.constraints().constraints().stream().map(Constraint::id).collect(Collectors.joining(", ")),
                    t.feature().map(f -> f.feature().id()).orElse("-"));
        }
        out.printf("%d tasks%n", tasks.size());
        return 0;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a task's prompt.")
    int show(@Parameters(paramLabel = "ID", description = "Task id, e.g. flask-openapi-unconstrained or flask-feature-comments.") String id,
             @Mixin TaskOptions taskOptions) {
        spec.commandLine().getOut().print(new PromptRenderer(ConduitContract.load().text()).render(taskOptions.catalog().get(id)));
        return 0;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write one JSON file per task into DIR.")
    int export(@Parameters(paramLabel = "DIR") Path dir,
               @Option(names = "--tasks", defaultValue = "all", description = "Task filter (default: all, the greenfield tasks;"
                       + " 'feature' for the feature tasks).") String filter,
               @Mixin TaskOptions taskOptions) {
        List<Task> tasks = taskOptions.catalog().select(TaskFilter.parse(filter));
        TaskDescription.exportAll(tasks, new PromptRenderer(ConduitContract.load().text()), dir);
        spec.commandLine().getOut().printf("wrote %d tasks to %s%n", tasks.size(), dir);
        return 0;
    }

    @Command(name = "add-feature", mixinStandardHelpOptions = true, description = "Define a feature task on your own codebase:"
            + " the codebase with the feature, the patch that removes it, and how to score it (docs/feature-tasks.md).")
    int addFeature(@Option(names = "--base", required = true, paramLabel = "DIR", description = "The codebase, with the feature.") Path base,
                   @Option(names = "--remove", required = true, paramLabel = "PATCH", description = "A git patch that removes the feature from it.") Path removal,
                   @Option(names = "--framework", required = true, description = "Its web framework: flask, fastapi, django, aiohttp, express, fastify, hono or koa.") String framework,
                   @Option(names = "--constraints", required = true, split = ",", description = "The constraints it keeps, comma-separated"
                           + " (clean_architecture, postgres|sqlite, sqlalchemy|sequelize); 'none' for none.") List<String> constraints,
                   @Option(names = "--feature", required = true, description = "The feature: comments, favorites, profiles, tags,"
                           + " update-delete, or a name of your own that your suite tags its assertions with.") String feature,
                   @Option(names = "--suite", paramLabel = "FILE", description = "A Postman collection to score it with instead of StackBench's.") Path suite,
                   @Option(names = "--id", description = "The task's id (default: <base folder>-feature-<feature>).") String id,
                   @Option(names = "--description", description = "What the feature is, for the prompt (a built-in feature has one).") String description,
                   @Option(names = "--operations", split = ",", description = "The contract operations it consists of, named in the prompt.") List<String> operations,
                   @Mixin TaskOptions taskOptions) {
        Path dir = taskOptions.taskDir().orElseThrow(() -> StackBenchException.invalidInput(
                "say where your tasks live: --task-dir DIR (or STACKBENCH_TASK_DIR)"));
        String taskId = id != null ? id : UserTasks.defaultId(base, feature);
        var definition = new UserTasks.Definition(UserTasks.SCHEMA, taskId, framework,
                constraints.equals(List.of("none")) ? List.of() : constraints, feature, Optional.ofNullable(description),
                operations == null ? List.of() : operations, Optional.empty(), "tree", "removal.patch",
                Optional.ofNullable(suite).map(s -> "suite.json"));
        Task task = new Bases(Settings.fromEnvironment().references(), new ProcessRunner())
                .defineUserTask(dir, definition, base, removal, Optional.ofNullable(suite));
        Path folder = dir.resolve(taskId);
        var out = spec.commandLine().getOut();
        out.printf("defined %s in %s: %s with %s removed%n", taskId, folder, task.framework().displayName(), feature);
        out.printf("  run it:  stackbench bench --task-dir %s --tasks %s --agent AGENT%n", dir, taskId);
        return 0;
    }
}
