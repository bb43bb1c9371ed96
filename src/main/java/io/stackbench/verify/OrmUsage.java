package io.stackbench.verify;

import java.util.List;

/** Whether the service's code (not merely its manifest, its migrations or its tests) imports the required ORM. */
final class OrmUsage {

    private OrmUsage() {
    }

    static List<ImportGraph.Edge> ormImports(Project project, Orm orm) {
        return project.graph.edges().stream()
                .filter(e -> SourceScope.of(e.from()) == SourceScope.PRODUCTION)
                .filter(e -> e.external().isPresent() && imports(orm, e))
                .toList();
    }

    /** Django is imported by every Django project; only {@code django.db} is its ORM. */
    private static boolean imports(Orm orm, ImportGraph.Edge edge) {
        if (orm == Orm.DJANGO) {
            return edge.specifier().startsWith("django.db") || edge.specifier().startsWith("django.contrib.gis.db");
        }
        return orm.modules().contains(edge.external().get());
    }

    static boolean used(Project project, Orm orm) {
        return !ormImports(project, orm).isEmpty();
    }
}
