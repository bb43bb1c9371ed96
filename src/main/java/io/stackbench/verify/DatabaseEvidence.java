package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a project shows which database it uses: driver imports, connection URLs, dialect
 * settings and driver dependencies. Comments never count; prose in strings does not either,
 * only URL prefixes and values of dialect/engine settings.
 */
final class DatabaseEvidence {

    /** One piece of evidence. */
    record Item(Database database, String file, int line, String what) {
    }

    private DatabaseEvidence() {
    }

    static List<Item> collect(Project project) {
        List<Item> items = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            boolean python = edge.from().endsWith(".py");
            edge.external().flatMap(pkg -> KnownPackages.driverDatabase(pkg, python))
                    .ifPresent(db -> items.add(new Item(db, edge.from(), edge.line(), "imports driver '" + edge.external().get() + "'")));
        }
        for (ModuleFacts module : project.modules) {
            for (ModuleFacts.StringLiteral s : module.strings()) {
                fromString(s).ifPresent(db -> items.add(new Item(db, module.path(), s.line(), "names it in \"" + abbreviate(s.value()) + "\"")));
            }
        }
        for (Manifest manifest : project.manifests) {
            boolean python = manifest.path().endsWith(".txt");
            for (Map.Entry<String, Integer> dep : manifest.packages().entrySet()) {
                Optional<Database> db = python
                        ? Optional.ofNullable(KnownPackages.PYTHON_DRIVER_DISTRIBUTIONS.get(dep.getKey()))
                        : KnownPackages.driverDatabase(dep.getKey(), false);
                db.ifPresent(d -> items.add(new Item(d, manifest.path(), dep.getValue(), "declares dependency '" + dep.getKey() + "'")));
            }
        }
        // A keyed string is captured twice (with and without its key): one item per place is enough.
        return items.stream().filter(distinctBy()).toList();
    }

    private static java.util.function.Predicate<Item> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return i -> seen.add(i.database() + "|" + i.file() + "|" + i.line());
    }

    private static Optional<Database> fromString(ModuleFacts.StringLiteral s) {
        String v = s.value().strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("sqlite:") || v.startsWith("sqlite+") || v.equals("django.db.backends.sqlite3")) {
            return Optional.of(Database.SQLITE);
        }
        if (v.startsWith("postgres://") || v.startsWith("postgresql:") || v.startsWith("postgresql+")
                || v.startsWith("postgres:") || v.startsWith("django.db.backends.postgresql")) {
            return Optional.of(Database.POSTGRES);
        }
        String key = s.key().toLowerCase(Locale.ROOT).replaceAll("[\"']", "");
        if (key.equals("dialect") || key.equals("engine") || key.endsWith("_dialect") || key.endsWith("db_dialect")) {
            if (v.equals("sqlite") || v.equals("sqlite3")) {
                return Optional.of(Database.SQLITE);
            }
            if (v.equals("postgres") || v.equals("postgresql")) {
                return Optional.of(Database.POSTGRES);
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
