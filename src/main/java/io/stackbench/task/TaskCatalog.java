package io.stackbench.task;

import io.stackbench.core.StackBenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The study's 80 greenfield tasks: 8 frameworks × 10 constraint sets. */
public final class TaskCatalog {

    private final List<Task> tasks;

    private TaskCatalog(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    public static TaskCatalog greenfield() {
        List<Task> all = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            for (ConstraintSet set : ConstraintSet.studyMatrix(framework)) {
                all.add(new Task(framework, set));
            }
        }
        return new TaskCatalog(all);
    }

    public List<Task> all() {
        return tasks;
    }

    public Optional<Task> find(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Task get(String id) {
        return find(id).orElseThrow(() -> StackBenchException.invalidInput(
                "unknown task '" + id + "'; see `stackbench tasks list`"));
    }

    /** The tasks the filter selects, in catalog order; an empty selection is an input error. */
    public List<Task> select(TaskFilter filter) {
        List<Task> selected = tasks.stream().filter(filter::matches).toList();
        if (selected.isEmpty()) {
            throw StackBenchException.invalidInput("no task matches '" + filter + "'; see `stackbench tasks list`");
        }
        return selected;
    }
}
