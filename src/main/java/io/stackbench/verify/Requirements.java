package io.stackbench.verify;

import io.stackbench.task.Constraint;
import io.stackbench.task.ConstraintSet;
import java.util.Optional;

/**
 * What a solution must comply with: the structural constraints of a task, given directly
 * ({@code --architecture clean --database sqlite --orm sqlalchemy}) or through {@code --task}.
 */
public record Requirements(boolean cleanArchitecture, Optional<Constraint> database, Optional<Constraint> orm) {

    public static Requirements of(ConstraintSet constraints) {
        return new Requirements(constraints.has(Constraint.CLEAN_ARCHITECTURE),
                constraints.dimension(Constraint.Kind.DATABASE), constraints.dimension(Constraint.Kind.ORM));
    }

    public boolean none() {
        return !cleanArchitecture && database.isEmpty() && orm.isEmpty();
    }
}
