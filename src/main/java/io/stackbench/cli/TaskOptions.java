package io.stackbench.cli;

import io.stackbench.task.TaskCatalog;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where tasks come from: StackBench's own, and the user's feature tasks in a directory of theirs. */
final class TaskOptions {

    @Option(names = "--task-dir", paramLabel = "DIR", description = "A directory of your own feature tasks"
            + " (made with `tasks add-feature`; see docs/feature-tasks.md); default: $STACKBENCH_TASK_DIR, if set.")
    Path taskDir;

    Optional<Path> taskDir() {
        return Optional.ofNullable(taskDir).or(() -> Optional.ofNullable(System.getenv("STACKBENCH_TASK_DIR"))
                .filter(s -> !s.isBlank()).map(Path::of));
    }

    TaskCatalog catalog() {
        return TaskCatalog.load(taskDir());
    }
}
