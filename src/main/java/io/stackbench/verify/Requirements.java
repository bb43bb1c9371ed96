package io.stackbench.verify;

import io.stackbench.task.Constraint;
import io.stackbench.task.ConstraintSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a solution must comply with: the structural constraints of a task, given directly
 * ({@code --architecture clean --database sqlite --orm sqlalchemy}), through {@code --task} or by the
 * project's config file.
 *
 * @param layerFolders extra folder names per layer ({@code routes}, {@code services},
 *                     {@code repositories}, {@code models}) on top of the built-in aliases
 */
public record Requirements(boolean cleanArchitecture, Optional<Database> database, Optional<Orm> orm,
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

    public Requirements(boolean cleanArchitecture, Optional<Database> database, Optional<Orm> orm) {
        this(cleanArchitecture, database, orm, Map.of());
    }

    public static Requirements of(ConstraintSet constraints) {
        return new Requirements(constraints.has(Constraint.CLEAN_ARCHITECTURE),
                constraints.dimension(Constraint.Kind.DATABASE).flatMap(Database::of),
                constraints.dimension(Constraint.Kind.ORM).flatMap(Orm::of));
    }

    public Requirements withLayerFolders(Map<String, List<String>> folders) {
        return new Requirements(cleanArchitecture, database, orm, folders);
    }

    public boolean none() {
        return !cleanArchitecture && database.isEmpty() && orm.isEmpty();
    }
}
