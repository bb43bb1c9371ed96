package io.stackbench.task;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The constraints of one task, in the study's canonical order (architecture, database, ORM).
 */
public record ConstraintSet(List<Constraint> constraints) {

    public ConstraintSet {
        constraints = constraints.stream().sorted().distinct().toList();
        EnumSet<Constraint.Kind> kinds = EnumSet.noneOf(Constraint.Kind.class);
        for (Constraint c : constraints) {
            if (!kinds.add(c.kind())) {
                throw new IllegalArgumentException("two constraints of kind " + c.kind() + ": " + constraints);
            }
        }
        if (kinds.contains(Constraint.Kind.ORM) && !kinds.contains(Constraint.Kind.DATABASE)) {
            throw new IllegalArgumentException("the study pairs an ORM only with a database: " + constraints);
        }
    }

    public static ConstraintSet of(Constraint... constraints) {
        return new ConstraintSet(List.of(constraints));
    }

    /** The ten constraint sets the study poses for each framework, from L0 to L3. */
    public static List<ConstraintSet> studyMatrix(Framework framework) {
        Constraint arch = Constraint.CLEAN_ARCHITECTURE;
        Constraint orm = framework.orm();
        return List.of(
                of(),
                of(arch), of(Constraint.POSTGRES), of(Constraint.SQLITE),
                of(arch, Constraint.POSTGRES), of(arch, Constraint.SQLITE),
                of(Constraint.POSTGRES, orm), of(Constraint.SQLITE, orm),
                of(arch, Constraint.POSTGRES, orm), of(arch, Constraint.SQLITE, orm));
    }

    /** The study's id: {@code unconstrained} or the constraint ids joined by dashes. */
    public String id() {
        return constraints.isEmpty()
                ? "unconstrained"
                : constraints.stream().map(Constraint::id).collect(Collectors.joining("-"));
    }

    /** Level L0–L3: the number of constraints. */
    public int level() {
        return constraints.size();
    }

    public boolean has(Constraint c) {
        return constraints.contains(c);
    }

    public Optional<Constraint> dimension(Constraint.Kind kind) {
        return constraints.stream().filter(c -> c.kind() == kind).findFirst();
    }
}
