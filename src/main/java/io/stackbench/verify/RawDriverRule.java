package io.stackbench.verify;

import java.util.List;
import java.util.Set;

/**
 * ORM: with an ORM required, the service does not talk to a database driver itself. Importing a
 * driver only to name its types (a SQLite pragma hook checks {@code isinstance(conn, sqlite3.Connection)})
 * is not talking to it; connecting or running statements is.
 */
@RuleInfo(id = "orm.raw-driver", verifier = Dimension.ORM,
        summary = "The service does not connect to or query a database driver directly when an ORM is required.")
final class RawDriverRule extends Rule {

    private static final Set<String> DRIVER_USE = Set.of("connect", "createConnection", "createPool", "Pool", "Client",
            "Database", "cursor", "query", "execute", "executemany", "executescript", "prepare", "exec", "run", "all",
            "MongoClient", "AsyncIOMotorClient", "connect_to_database");

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Orm orm = requirements.orm().orElseThrow();
        // Without the ORM at all, orm.not-used is the root cause; the driver calls are its symptom.
        if (!OrmUsage.used(project, orm)) {
            return List.of();
        }
        return project.graph.edges().stream()
                .filter(e -> e.external().isPresent() && SourceScope.of(e.from()) == SourceScope.PRODUCTION)
                .filter(e -> KnownPackages.isRawDriver(e.specifier(), e.from().endsWith(".py")))
                .filter(e -> usesADriver(project, e.from()))
                .map(e -> finding("uses the database driver '" + e.specifier() + "' directly; with " + orm.id()
                        + " required, data access goes through the ORM", e.from(), e.line()))
                .toList();
    }

    private static boolean usesADriver(Project project, String path) {
        return project.modules.stream().filter(m -> m.path().equals(path)).findFirst()
                .map(m -> m.calls().stream().anyMatch(c -> {
                    String callee = c.callee().startsWith("new ") ? c.callee().substring(4) : c.callee();
                    return DRIVER_USE.contains(callee.substring(callee.lastIndexOf('.') + 1));
                }))
                .orElse(false);
    }
}
