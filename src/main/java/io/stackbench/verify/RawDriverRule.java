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

    /** Calls that send statements to a driver. */
    private static final Set<String> DRIVER_QUERIES = Set.of("cursor", "query", "execute", "executemany", "executescript",
            "prepare", "exec", "run", "all", "each", "none", "one", "oneOrNone", "many", "any");
    /** Calls that open a driver connection: a bypass unless the connection is handed to the ORM in the same file. */
    private static final Set<String> DRIVER_CONNECTIONS = Set.of("connect", "createConnection", "createPool", "Pool", "Client",
            "Database", "MongoClient", "AsyncIOMotorClient");

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
                .filter(e -> usesADriver(project, e.from(), orm))
                .map(e -> finding("uses the database driver '" + e.specifier() + "' directly; with " + orm.id()
                        + " required, data access goes through the ORM", e.from(), e.line()))
                .toList();
    }

    /**
     * Whether the file talks to the driver: it sends statements, or opens a connection it does
     * not hand to the ORM (drizzle(new Pool()) and new Sequelize({ dialectModule }) are the ORM's setup).
     */
    private static boolean usesADriver(Project project, String path, Orm orm) {
        return project.modules.stream().filter(m -> m.path().equals(path)).findFirst()
                .map(m -> {
                    boolean importsOrm = m.imports().stream().anyMatch(i -> orm.modules().stream()
                            .anyMatch(mod -> i.specifier().equals(mod) || i.specifier().startsWith(mod + ".") || i.specifier().startsWith(mod + "/")));
                    return m.calls().stream().anyMatch(c -> {
                        String callee = c.callee().startsWith("new ") ? c.callee().substring(4) : c.callee();
                        String method = callee.substring(callee.lastIndexOf('.') + 1);
                        return DRIVER_QUERIES.contains(method) || (DRIVER_CONNECTIONS.contains(method) && !importsOrm);
                    });
                })
                .orElse(false);
    }
}
