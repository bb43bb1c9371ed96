package io.stackbench.task;

import io.stackbench.core.Json;
import java.nio.file.Path;
import java.util.List;

/**
 * A task as exported for other tools: everything needed to pose it and to run its solution. A
 * feature task's base is what {@code stackbench generate --agent cmd:true --task ID --out DIR}
 * leaves in {@code DIR/workspace}.
 *
 * @param kind    {@code greenfield} or {@code feature}
 * @param feature the feature a feature task removed; null for a greenfield task
 */
public record TaskDescription(
        String id,
        String kind,
        String feature,
        String framework,
        String runtime,
        List<String> constraints,
        int level,
        String prompt,
        List<String> setupCommands,
        String runCommand,
        int port,
        String basePath,
        String healthCheckPath) {

    public TaskDescription {
        constraints = List.copyOf(constraints);
        setupCommands = List.copyOf(setupCommands);
    }

    public static TaskDescription of(Task task, PromptRenderer prompts) {
        return new TaskDescription(task.id(), task.kind().id(), task.feature().map(f -> f.feature().id()).orElse(null),
                task.framework().id(), task.runtime().id(),
                task.constraints().constraints().stream().map(Constraint::id).toList(), task.level(),
                prompts.render(task), task.setupCommands(), task.runCommand(), Task.PORT, Task.BASE_PATH,
                Task.HEALTH_CHECK_PATH);
    }

    /** Writes one {@code <id>.json} per task into {@code dir}. */
    public static void exportAll(List<Task> tasks, PromptRenderer prompts, Path dir) {
        var mapper = Json.mapper();
        for (Task task : tasks) {
            Json.writeAtomically(mapper, dir.resolve(task.id() + ".json"), of(task, prompts));
        }
    }
}
