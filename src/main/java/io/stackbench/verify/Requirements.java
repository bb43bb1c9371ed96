package io.stackbench.verify;

import io.stackbench.task.Constraint;
import io.stackbench.task.ConstraintSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a solution must comply with: the structural constraints of a task, given directly
 * ({@code --architecture clean --database sqlite --orm sqlalchemy}) or through {@code --task}.
 *
 * @param layerFolders extra folder names per layer ({@code routes}, {@code services},
 *                     {@code repositories}, {@code models}) on top of the built-in aliases
 */
public record Requirements(boolean cleanArchitecture, Optional<Constraint> database, Optional<Constraint> orm,
                           Map<String, List<String>> layerFolders) {

    /** The layer names {@link #layerFolders} may use. */
    public static final List<String> LAYERS = List.of("routes", "services", "repositories", "models");

    public Requirements {
        layerFolders = Map.copyOf(layerFolders);
        for (String layer : layerFolders.keySet()) {
            if (!LAYERS.contains(layer)) {
                throw io.stackbench.core.StackBenchException.invalidInput("unknown layer '" + layer + "'; layers are " + LAYERS);
            }
        }
    }

    public Requirements(boolean cleanArchitecture, Optional<Constraint> database, Optional<Constraint> orm) {
        this(cleanArchitecture, database, orm, Map.of());
    }

    public static Requirements of(ConstraintSet constraints) {
        return new Requirements(constraints.has(Constraint.CLEAN_ARCHITECTURE),
                constraints.dimension(Constraint.Kind.DATABASE), constraints.dimension(Constraint.Kind.ORM));
    }

    public Requirements withLayerFolders(Map<String, List<String>> folders) {
        return new Requirements(cleanArchitecture, database, orm, folders);
    }

    public boolean none() {
        return !cleanArchitecture && database.isEmpty() && orm.isEmpty();
    }
}
