package io.stackbench.task;

import io.stackbench.core.StackBenchException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A task selection such as {@code flask}, {@code all}, {@code flask,koa}, {@code L3},
 * {@code sqlite}, {@code node}, an exact task id or a glob ({@code *-clean_architecture-*}).
 *
 * <p>Comma-separated terms select the union; {@code +} inside a term intersects
 * ({@code flask+L2}). A term selects greenfield tasks unless it names feature tasks: {@code feature},
 * a feature ({@code comments}), a feature task's id, or a glob; so {@code flask} and {@code all}
 * keep meaning the study's greenfield tasks, and {@code feature+flask} selects Flask's feature tasks.
 */
public final class TaskFilter {

    private final String text;
    private final Predicate<Task> predicate;

    private TaskFilter(String text, Predicate<Task> predicate) {
        this.text = text;
        this.predicate = predicate;
    }

    public static TaskFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw StackBenchException.invalidInput("empty task filter; try 'all' or a framework such as 'flask'");
        }
        Predicate<Task> union = t -> false;
        for (String term : text.split(",")) {
            union = union.or(intersection(List.of(term.strip().split("\\+"))));
        }
        return new TaskFilter(text, union);
    }

    /** Filters from separate options (e.g. {@code tasks list --framework --level --kind}), all of which must hold. */
    public static TaskFilter allOf(List<String> atoms) {
        return new TaskFilter(String.join("+", atoms), intersection(atoms));
    }

    private static Predicate<Task> intersection(List<String> atoms) {
        Predicate<Task> p = t -> true;
        boolean namesKind = false;
        for (String atom : atoms) {
            String a = atom.strip();
            p = p.and(atom(a));
            namesKind |= namesFeatureTasks(a.toLowerCase(Locale.ROOT));
        }
        return namesKind ? p : p.and(t -> t.kind() == Task.Kind.GREENFIELD);
    }

    private static boolean namesFeatureTasks(String atom) {
        return atom.equals("feature") || atom.equals("greenfield") || Feature.builtin(atom).isPresent()
                || atom.contains("*") || atom.contains("?") || !isKnownAtom(atom);
    }

    /** Atoms that describe greenfield tasks as well; anything else is a task id (which names its own kind). */
    private static boolean isKnownAtom(String a) {
        return a.equals("all") || a.equals("unconstrained") || a.matches("l[0-3]")
                || Arrays.stream(Framework.values()).anyMatch(f -> f.id().equals(a))
                || Arrays.stream(Runtime.values()).anyMatch(r -> r.id().equals(a))
                || Arrays.stream(Constraint.values()).anyMatch(c -> c.id().equals(a));
    }

    public boolean matches(Task task) {
        return predicate.test(task);
    }

    private static Predicate<Task> atom(String atom) {
        String a = atom.toLowerCase(Locale.ROOT);
        if (a.isEmpty()) {
            throw StackBenchException.invalidInput("empty term in task filter");
        }
        if (a.equals("all")) {
            return t -> true;
        }
        if (a.matches("l[0-3]")) {
            int level = a.charAt(1) - '0';
            return t -> t.level() == level;
        }
        if (Arrays.stream(Framework.values()).anyMatch(f -> f.id().equals(a))) {
            return t -> t.framework().id().equals(a);
        }
        if (Arrays.stream(Runtime.values()).anyMatch(r -> r.id().equals(a))) {
            return t -> t.runtime().id().equals(a);
        }
        if (Arrays.stream(Constraint.values()).anyMatch(c -> c.id().equals(a))) {
            Constraint c = Constraint.fromId(a);
            return t -> t.constraints().has(c);
        }
        if (a.equals("unconstrained")) {
            return t -> t.level() == 0;
        }
        if (a.contains("*") || a.contains("?")) {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + a);
            return t -> glob.matches(Path.of(t.id()));
        }
        if (a.equals("feature")) {
            return t -> t.kind() == Task.Kind.FEATURE;
        }
        if (a.equals("greenfield")) {
            return t -> t.kind() == Task.Kind.GREENFIELD;
        }
        if (Feature.builtin(a).isPresent()) {
            return t -> t.feature().filter(f -> f.feature().id().equals(a)).isPresent();
        }
        if (a.matches("[a-z0-9][a-z0-9._-]*")) {
            // a task id: built-in ids are checked by the catalog, which says when none matches
            return t -> t.id().equals(a);
        }
        throw StackBenchException.invalidInput("unknown task filter term '" + atom + "': use all, greenfield, feature,"
                + " a framework, python/node, L0-L3, a constraint, a feature, a task id or a glob");
    }

    @Override
    public String toString() {
        return text;
    }
}
