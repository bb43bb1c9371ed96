package io.stackbench.verify;

import io.stackbench.task.Constraint;
import java.util.List;

/** Whether a project's code (not merely its manifest) imports the required ORM. */
final class OrmUsage {

    private OrmUsage() {
    }

    static List<ImportGraph.Edge> ormImports(Project project, Constraint orm) {
        return project.graph.edges().stream()
                .filter(e -> e.external().filter(KnownPackages.ormModules(orm)::contains).isPresent())
                .toList();
    }

    static boolean used(Project project, Constraint orm) {
        return !ormImports(project, orm).isEmpty();
    }
}
