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
     * A connection bound to a name that no call of the file hands on (to drizzle(pool), a
     * dialect, …): it is there to be used directly, like a pool exported beside the ORM.
     */
    private static boolean keptApart(ModuleFacts m, ModuleFacts.Call connection) {
        return m.bindings().stream()
                .filter(b -> b.valueText().startsWith(connection.callee()))
                .findFirst()
                .map(b -> {
                    java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?<![\\w$.])" + java.util.regex.Pattern.quote(b.name()) + "(?![\\w$])");
                    return m.calls().stream().filter(c -> c != connection)
                            .noneMatch(c -> name.matcher(c.argumentText()).find());
                })
                .orElse(false);
    }

    /**
     * Whether the file talks to the driver. A file that also imports the ORM is its setup
     * (drizzle(new Pool()), a SQLite pragma hook) unless it sends SQL statements or keeps a
     * connection of its own; a file with the driver alone talks to it as soon as it connects or
     * runs anything.
     */
    private static boolean usesADriver(Project project, String path, Orm orm) {
        return project.module(path)
                .map(m -> {
                    boolean importsOrm = m.imports().stream().anyMatch(i -> orm.modules().stream()
                            .anyMatch(mod -> i.specifier().equals(mod) || i.specifier().startsWith(mod + ".") || i.specifier().startsWith(mod + "/")));
                    SqlFlow flow = new SqlFlow(m);
                    return m.calls().stream().anyMatch(c -> {
                        String callee = c.callee().startsWith("new ") ? c.callee().substring(4) : c.callee();
                        String method = callee.substring(callee.lastIndexOf('.') + 1);
                        if (importsOrm) {
                            return (DRIVER_QUERIES.contains(method) && flow.sqlArgument(c).isPresent())
                                    || (DRIVER_CONNECTIONS.contains(method) && keptApart(m, c));
                        }
                        return DRIVER_QUERIES.contains(method) || DRIVER_CONNECTIONS.contains(method);
                    });
                })
                .orElse(false);
    }
}
