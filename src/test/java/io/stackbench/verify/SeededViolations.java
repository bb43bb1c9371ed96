package io.stackbench.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.task.Framework;
import io.stackbench.task.Runtime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled corpus: variants of a materialised reference solution that each introduce exactly
 * one violation, with the rule it must trigger and the task whose constraints it is checked under.
 */
final class SeededViolations {

    /** One variant: a mutation of a reference tree, checked under {@code taskSuffix}'s constraints. */
    record Variant(String name, String label, String taskSuffix, Mutation mutation) {
    }

    /** Changes a materialised reference in place. */
    interface Mutation {
        void apply(Path tree) throws IOException;
    }

    private SeededViolations() {
    }

    static List<Variant> forFramework(Framework framework) {
        boolean python = framework.runtime() == Runtime.PYTHON;
        String orm = framework.orm().id();
        String l3Sqlite = "clean_architecture-sqlite-" + orm;
        return List.of(
                new Variant("repository imports a service", "architecture.layer-direction", l3Sqlite,
                        tree -> prepend(tree, file(tree, Layer.REPOSITORIES), importOf(tree, file(tree, Layer.REPOSITORIES), file(tree, Layer.SERVICES), python, false))),
                new Variant("route imports a repository", "architecture.route-imports-repository", l3Sqlite,
                        tree -> prepend(tree, file(tree, Layer.ROUTES), importOf(tree, file(tree, Layer.ROUTES), file(tree, Layer.REPOSITORIES), python, false))),
                new Variant("service imports the web framework", "architecture.service-imports-framework", l3Sqlite,
                        tree -> prepend(tree, file(tree, Layer.SERVICES), python
                                ? "import " + pythonFrameworkModule(framework) + "  # seeded\n"
                                : "import seededFramework from '" + framework.id() + "';\n")),
                new Variant("relative import from a repository up to a service", "architecture.layer-direction", l3Sqlite,
                        tree -> prepend(tree, file(tree, Layer.REPOSITORIES), importOf(tree, file(tree, Layer.REPOSITORIES), file(tree, Layer.SERVICES), python, true))),
                new Variant("aliased import from a model up to a route", "architecture.layer-direction", l3Sqlite,
                        tree -> prepend(tree, file(tree, Layer.MODELS), python
                                ? "import " + pythonModule(file(tree, Layer.ROUTES)) + " as seeded_alias\n"
                                : "import * as seededAlias from '" + relative(file(tree, Layer.MODELS), file(tree, Layer.ROUTES)) + "';\n")),
                new Variant("missing repositories layer", "architecture.layer-missing", l3Sqlite, SeededViolations::mergeRepositoriesIntoServices),
                new Variant("other database's driver left in", "database.other-present", l3Sqlite,
                        tree -> addDependency(tree, python)),
                new Variant("ORM only in the manifest, raw SQL doing the work", "orm.not-used", "sqlite-" + orm,
                        tree -> replaceOrmWithRawSql(tree, python)),
                new Variant("raw SQL through the ORM", "orm.raw-sql", l3Sqlite,
                        tree -> append(tree, file(tree, Layer.REPOSITORIES), python
                                ? "\n\nfrom sqlalchemy import text\n\n\ndef seeded_count(session):\n    return session.execute(text(\"SELECT count(*) FROM users\")).scalar()\n"
                                : "\nexport const seededCount = (sequelize) => sequelize.query('SELECT count(*) FROM users');\n")));
    }

    private static String pythonFrameworkModule(Framework framework) {
        return framework.id();
    }

    /** The first non-index source file of a layer, relative to the tree. */
    static String file(Path tree, Layer layer) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> tree.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> SourceLanguage.of(p).isPresent() && Layer.of(p, java.util.Map.of()).filter(layer::equals).isPresent())
                    .filter(p -> !p.endsWith("__init__.py") && !p.matches(".*/index\\.[a-z]+$"))
                    .min(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no " + layer + " file in " + tree));
        }
    }

    private static String importOf(Path tree, String from, String to, boolean python, boolean relativeForm) {
        if (python) {
            if (relativeForm) {
                String module = pythonModule(to);
                String name = module.substring(module.lastIndexOf('.') + 1);
                String pkg = module.substring(0, module.lastIndexOf('.'));
                String layerPkg = pkg.substring(pkg.lastIndexOf('.') + 1);
                return "from .." + layerPkg + " import " + name + " as seeded_module  # seeded\n";
            }
            return "import " + pythonModule(to) + "  # seeded\n";
        }
        return relativeForm
                ? "const seededModule = require('" + relative(from, to) + "');\n"
                : "import * as seededModule from '" + relative(from, to) + "';\n";
    }

    static String pythonModule(String path) {
        String p = path.startsWith("src/") ? path.substring(4) : path;
        return p.substring(0, p.length() - 3).replace('/', '.');
    }

    private static String relative(String from, String to) {
        Path rel = Path.of(from).getParent().relativize(Path.of(to));
        String r = rel.toString().replace('\\', '/');
        return r.startsWith(".") ? r : "./" + r;
    }

    private static void prepend(Path tree, String file, String line) throws IOException {
        Path p = tree.resolve(file);
        String text = Files.readString(p);
        // Keep a Python "from __future__" first line first; anything else goes to the very top.
        if (text.startsWith("from __future__")) {
            int nl = text.indexOf('\n') + 1;
            Files.writeString(p, text.substring(0, nl) + line + text.substring(nl));
        } else {
            Files.writeString(p, line + text);
        }
    }

    private static void append(Path tree, String file, String text) throws IOException {
        Path p = tree.resolve(file);
        Files.writeString(p, Files.readString(p) + text);
    }

    /**
     * Folds the repositories into the services folder, so the services run the queries themselves.
     * (Renaming the folder would not do: layers are recognised by what their code does, so a
     * "storage" folder of repositories is still the repository layer.)
     */
    private static void mergeRepositoriesIntoServices(Path tree) throws IOException {
        Path repositories = tree.resolve(file(tree, Layer.REPOSITORIES)).getParent();
        Path services = tree.resolve(file(tree, Layer.SERVICES)).getParent();
        String old = repositories.getFileName().toString();
        String servicesName = services.getFileName().toString();
        try (Stream<Path> files = Files.list(repositories)) {
            for (Path p : files.toList()) {
                Files.move(p, services.resolve("storage_" + p.getFileName()));
            }
        }
        Files.delete(repositories);
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path p : files.filter(Files::isRegularFile).filter(f -> SourceLanguage.of(f.toString()).isPresent()).toList()) {
                String text = Files.readString(p);
                String renamed = text.replaceAll("\\b" + old + "([./])(\\w)", servicesName + "$1storage_$2");
                if (!renamed.equals(text)) {
                    Files.writeString(p, renamed);
                }
            }
        }
    }

    private static void addDependency(Path tree, boolean python) throws IOException {
        if (python) {
            append(tree, "requirements.txt", "psycopg2-binary==2.9.10\n");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode pkg = (ObjectNode) json.readTree(tree.resolve("package.json").toFile());
        ((ObjectNode) pkg.path("dependencies")).put("pg", "8.13.1");
        json.writerWithDefaultPrettyPrinter().writeValue(tree.resolve("package.json").toFile(), pkg);
    }

    /** Deletes every source file that imports the ORM and adds a store that speaks raw SQL to the driver. */
    private static void replaceOrmWithRawSql(Path tree, boolean python) throws IOException {
        String orm = python ? "sqlalchemy" : "sequelize";
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path p : files.filter(Files::isRegularFile).filter(f -> SourceLanguage.of(f.toString()).isPresent()).toList()) {
                if (Files.readString(p).toLowerCase().contains(orm)) {
                    Files.delete(p);
                }
            }
        }
        Path store = tree.resolve(python ? "raw_store.py" : "rawStore.js");
        Files.writeString(store, python ? """
                # Data access with sqlite3 directly (SQLAlchemy stays in requirements.txt only).
                import sqlite3


                def find_user(email):
                    with sqlite3.connect("conduit.db") as connection:
                        return connection.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchone()
                """ : """
                // Data access with the sqlite3 driver directly (Sequelize stays in package.json only).
                import sqlite3 from 'sqlite3';

                const db = new sqlite3.Database('conduit.db');
                export const findUser = (email, done) => db.get('SELECT * FROM users WHERE email = ?', [email], done);
                """);
    }
}
