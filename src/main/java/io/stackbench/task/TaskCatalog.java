package io.stackbench.task;

import io.stackbench.core.StackBenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tasks StackBench knows: the study's 80 greenfield tasks (8 frameworks × 10 constraint sets),
 * 40 feature tasks (8 frameworks × 5 features, on each reference rendered for the L3 PostgreSQL
 * constraint set), and the feature tasks users defined in a directory of their own.
 */
public final class TaskCatalog {

    private final List<Task> tasks;

    private TaskCatalog(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    /** The study's 80 greenfield tasks alone. */
    public static TaskCatalog greenfield() {
        return new TaskCatalog(builtin().tasks.stream().filter(t -> t.kind() == Task.Kind.GREENFIELD).toList());
    }

    /** The built-in tasks: greenfield, then feature tasks. */
    public static TaskCatalog builtin() {
        List<Task> all = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            for (ConstraintSet set : ConstraintSet.studyMatrix(framework)) {
                all.add(new Task(framework, set));
            }
        }
        for (Framework framework : Framework.values()) {
            for (Feature feature : Feature.BUILTIN) {
                all.add(new Task(framework, featureBase(framework),
                        Optional.of(new FeatureTask(feature, new FeatureTask.Reference(), Optional.empty()))));
            }
        }
        return new TaskCatalog(all);
    }

    /** The constraint set a built-in feature task's base satisfies: clean architecture, PostgreSQL and the ORM. */
    public static ConstraintSet featureBase(Framework framework) {
        return ConstraintSet.of(Constraint.CLEAN_ARCHITECTURE, Constraint.POSTGRES, framework.orm());
    }

    /** The built-in tasks and the user's feature tasks defined under {@code userTasks}, if given. */
    public static TaskCatalog load(Optional<java.nio.file.Path> userTasks) {
        TaskCatalog builtin = builtin();
        if (userTasks.isEmpty()) {
            return builtin;
        }
        List<Task> all = new ArrayList<>(builtin.tasks);
        for (Task task : UserTasks.read(userTasks.get())) {
            if (builtin.find(task.id()).isPresent()) {
                throw StackBenchException.invalidInput("user task " + task.id() + " in " + userTasks.get()
                        + " has the id of a built-in task; give it another");
            }
            all.add(task);
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
            throw StackBenchException.invalidInput("no task matches '" + filter + "'; a term is all, greenfield, feature,"
                    + " a framework, python/node, L0-L3, a constraint, a feature, a task id or a glob; see `stackbench tasks list`");
        }
        return selected;
    }
}
