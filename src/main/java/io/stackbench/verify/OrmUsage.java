package io.stackbench.verify;

import java.util.List;

/** Whether a project's code (not merely its manifest) imports the required ORM. */
final class OrmUsage {

    private OrmUsage() {
    }

    static List<ImportGraph.Edge> ormImports(Project project, Orm orm) {
        return project.graph.edges().stream()
                .filter(e -> e.external().filter(orm.modules()::contains).isPresent())
                .toList();
    }

    static boolean used(Project project, Orm orm) {
        return !ormImports(project, orm).isEmpty();
    }
}
