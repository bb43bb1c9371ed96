package io.stackbench.report;

import io.stackbench.task.Constraint;
import io.stackbench.task.Framework;
import io.stackbench.task.Runtime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What a report can group task scores by ({@code --by}); several dimensions make a crossing. */
public enum Dimension {
    AGENT, MODEL, FRAMEWORK, RUNTIME, LEVEL, CONSTRAINT;

    /** The value used for a task without constraints in the {@link #CONSTRAINT} dimension. */
    static final String UNCONSTRAINED = "unconstrained";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The groups a task score falls in: one, except for {@link #CONSTRAINT}, where a task counts in
     * the group of each of its constraints (a task under postgres and sqlalchemy is in both).
     */
    List<String> values(TaskScore score) {
        return switch (this) {
            case AGENT -> List.of(score.configuration().agent());
            case MODEL -> List.of(score.configuration().model());
            case FRAMEWORK -> List.of(score.task().framework());
            case RUNTIME -> List.of(score.task().runtime());
            case LEVEL -> List.of("L" + score.level());
            case CONSTRAINT -> score.task().constraints().isEmpty() ? List.of(UNCONSTRAINED) : score.task().constraints();
        };
    }

    /** Values in the study's order (frameworks, runtimes and constraints as the catalog lists them), others by name. */
    Comparator<String> order() {
        return Comparator.comparingInt(this::rank).thenComparing(Comparator.naturalOrder());
    }

    private int rank(String value) {
        List<String> known = switch (this) {
            case FRAMEWORK -> Arrays.stream(Framework.values()).map(Framework::id).toList();
            case RUNTIME -> Arrays.stream(Runtime.values()).map(Runtime::id).toList();
            case CONSTRAINT -> java.util.stream.Stream.concat(java.util.stream.Stream.of(UNCONSTRAINED),
                    Arrays.stream(Constraint.values()).map(Constraint::id)).toList();
            case AGENT, MODEL, LEVEL -> List.of();
        };
        int index = known.indexOf(value);
        return index < 0 ? known.size() : index;
    }

    /** How a value reads in prose and figures: a framework's own spelling (FastAPI), the value itself otherwise. */
    String label(String value) {
        if (this == FRAMEWORK) {
            return Arrays.stream(Framework.values()).filter(f -> f.id().equals(value)).findFirst()
                    .map(Framework::displayName).orElse(value);
        }
        return value;
    }

    public static Dimension fromId(String id) {
        for (Dimension d : values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw io.stackbench.core.StackBenchException.invalidInput("cannot group by '" + id + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(Dimension::id).toList()));
    }
}
