package io.stackbench.task;

import io.stackbench.core.StackBenchException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** One structural constraint a task may impose, with the study's id. */
public enum Constraint {
    CLEAN_ARCHITECTURE("clean_architecture", Kind.ARCHITECTURE),
    POSTGRES("postgres", Kind.DATABASE),
    SQLITE("sqlite", Kind.DATABASE),
    SQLALCHEMY("sqlalchemy", Kind.ORM),
    SEQUELIZE("sequelize", Kind.ORM);

    /** The dimension a constraint belongs to; a task has at most one constraint per dimension. */
    public enum Kind { ARCHITECTURE, DATABASE, ORM }

    private final String id;
    private final Kind kind;

    Constraint(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public static Constraint fromId(String id) {
        for (Constraint c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw StackBenchException.invalidInput("unknown constraint '" + id + "'; known: "
                + Arrays.stream(values()).map(Constraint::id).collect(Collectors.joining(", ")));
    }
}
