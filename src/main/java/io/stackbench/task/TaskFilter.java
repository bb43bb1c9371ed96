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
            Term term = term(atom.strip());
            p = p.and(term.selects());
            namesKind |= !term.describesGreenfield();
        }
        return namesKind ? p : p.and(t -> t.kind() == Task.Kind.GREENFIELD);
    }

    /**
     * One atom of a filter.
     *
     * @param describesGreenfield whether it is one of the terms that describe greenfield tasks (a
     *                            framework, a level, ...), which select greenfield tasks alone unless
     *                            another term of the intersection names feature tasks
     */
    private record Term(Predicate<Task> selects, boolean describesGreenfield) {
    }

    public boolean matches(Task task) {
        return predicate.test(task);
    }

    private static Term term(String atom) {
        String a = atom.toLowerCase(Locale.ROOT);
        if (a.isEmpty()) {
            throw StackBenchException.invalidInput("empty term in task filter");
        }
        if (a.equals("all")) {
            return new Term(t -> true, true);
        }
        if (a.matches("l[0-3]")) {
            int level = a.charAt(1) - '0';
            return new Term(t -> t.level() == level, true);
        }
        if (Arrays.stream(Framework.values()).anyMatch(f -> f.id().equals(a))) {
            return new Term(t -> t.framework().id().equals(a), true);
        }
        if (Arrays.stream(Runtime.values()).anyMatch(r -> r.id().equals(a))) {
            return new Term(t -> t.runtime().id().equals(a), true);
        }
        if (Arrays.stream(Constraint.values()).anyMatch(c -> c.id().equals(a))) {
            Constraint c = Constraint.fromId(a);
            return new Term(t -> t.constraints().has(c), true);
        }
        if (a.equals("unconstrained")) {
            return new Term(t -> t.level() == 0, true);
        }
        if (a.contains("*") || a.contains("?")) {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + a);
            return new Term(t -> glob.matches(Path.of(t.id())), false);
        }
        if (a.equals("feature")) {
            return new Term(t -> t.kind() == Task.Kind.FEATURE, false);
        }
        if (a.equals("greenfield")) {
            return new Term(t -> t.kind() == Task.Kind.GREENFIELD, false);
        }
        if (Feature.builtin(a).isPresent()) {
            return new Term(t -> t.feature().filter(f -> f.feature().id().equals(a)).isPresent(), false);
        }
        if (a.matches("[a-z0-9][a-z0-9._-]*")) {
            // a task id, which names its own kind; built-in ids are checked by the catalog, which
            // says when none matches
            return new Term(t -> t.id().equals(a), false);
        }
        throw StackBenchException.invalidInput("unknown task filter term '" + atom + "': use all, greenfield, feature,"
                + " a framework, python/node, L0-L3, a constraint, a feature, a task id or a glob");
    }

    @Override
    public String toString() {
        return text;
    }
}
