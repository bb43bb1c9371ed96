package io.stackbench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a project shows which database it uses: driver imports and dependencies, connection
 * URLs, dialect/client/provider settings in code and in config files (dotenv, Prisma schemas,
 * ORM JSON, Compose, Spring). Comments never count; prose in strings does not either, only URL
 * prefixes and values of database settings. Evidence that only tests reach is kept but marked.
 */
final class DatabaseEvidence {

    /**
     * One piece of evidence.
     *
     * @param testOnly only the test suite reaches it: it says nothing of what the service runs on
     */
    record Item(Database database, String file, int line, String what, boolean testOnly) {
    }

    /** Keys whose value names a database engine: Sequelize's dialect, Knex's client, Prisma's provider, Django's ENGINE. */
    private static final Pattern SETTING_KEY = Pattern.compile(
            "(?i)(.*[_.])?(dialect|engine|client|provider|adapter|db_?type|database_?type|db_?connection|db_?driver|db_?client|db_?dialect|db_?engine)");
    private static final Pattern PRISMA_PROVIDER = Pattern.compile("^\\s*provider\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PRISMA_DATASOURCE = Pattern.compile("^\\s*datasource\\s+\\w+\\s*\\{");
    private static final Pattern ENV_LINE = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*[=:]\\s*(.*)$");
    private static final Pattern COMPOSE_IMAGE = Pattern.compile(
            "(?i)(?:.*/)?(postgres|postgis|mysql|mariadb|mongo|mongodb|mssql/server|oracle)(:.*)?");

    private DatabaseEvidence() {
    }

    /** Cheap test, run on every string while parsing: could this literal be evidence at all? */
    static boolean candidate(String value, String key) {
        return engineOf(value, key.equalsIgnoreCase("type") ? "dialect" : key).isPresent();
    }

    static List<Item> collect(Project project) {
        List<Item> items = new ArrayList<>();
        Set<String> typeormFiles = new HashSet<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            if (edge.external().isEmpty()) {
                continue;
            }
            boolean python = edge.from().endsWith(".py");
            boolean testOnly = SourceScope.of(edge.from()) != SourceScope.PRODUCTION;
            String pkg = edge.external().get();
            if (pkg.equals("typeorm") || pkg.equals("@nestjs/typeorm")) {
                typeormFiles.add(edge.from());
            }
            KnownPackages.driverDatabase(edge.specifier(), python)
                    .ifPresent(db -> items.add(new Item(db, edge.from(), edge.line(), "imports '" + edge.specifier() + "'", testOnly)));
        }
        for (ModuleFacts module : project.modules) {
            boolean testScope = SourceScope.of(module.path()) != SourceScope.PRODUCTION;
            // TypeORM's data source says "type: 'postgres'"; elsewhere a "type" key means anything.
            boolean typeKeys = typeormFiles.contains(module.path()) || module.path().matches("(?i).*(ormconfig|data-?source).*");
            for (ModuleFacts.StringLiteral s : module.strings()) {
                String key = typeKeys && s.key().equalsIgnoreCase("type") ? "dialect" : s.key();
                engineOf(s.value(), key).ifPresent(db -> items.add(new Item(db, module.path(), s.line(),
                        "names it in \"" + abbreviate(s.value()) + "\"", testScope || s.testOnly())));
            }
        }
        for (Manifest manifest : project.manifests) {
            boolean testScope = SourceScope.of(manifest.path()) != SourceScope.PRODUCTION;
            for (Map.Entry<String, Integer> dep : manifest.packages().entrySet()) {
                KnownPackages.declaredDriver(dep.getKey(), manifest.python()).ifPresent(db -> items.add(new Item(db, manifest.path(),
                        dep.getValue(), "declares dependency '" + dep.getKey() + "'" + (manifest.runtime(dep.getKey()) ? "" : " for development"),
                        testScope || !manifest.runtime(dep.getKey()))));
            }
        }
        for (ConfigFile config : project.configs) {
            fromConfig(config, items);
        }
        // A keyed string is captured twice (with and without its key): one item per place is enough.
        Set<String> seen = new HashSet<>();
        return items.stream().filter(i -> seen.add(i.database() + "|" + i.file() + "|" + i.line())).toList();
    }

    private static void fromConfig(ConfigFile config, List<Item> items) {
        String name = config.name();
        boolean testOnly = config.testOnly();
        if (name.endsWith(".prisma")) {
            prisma(config, testOnly, items);
        } else if (name.startsWith(".env") || name.endsWith(".properties") || name.endsWith(".conf")) {
            String[] lines = config.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = ENV_LINE.matcher(lines[i]);
                if (!lines[i].strip().startsWith("#") && m.matches()) {
                    String value = m.group(2).strip().replaceAll("^[\"']|[\"']$", "");
                    int line = i + 1;
                    engineOf(value, m.group(1)).ifPresent(db -> items.add(new Item(db, config.path(), line,
                            "sets " + m.group(1) + " to \"" + abbreviate(value) + "\"", testOnly)));
                }
            }
        } else {
            JsonNode tree;
            try {
                ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
                tree = mapper.readTree(config.text());
            } catch (Exception e) {
                return;  // An unreadable config file is no evidence either way.
            }
            boolean compose = name.contains("compose");
            walk(tree, "", config, testOnly, compose, items);
        }
    }

    /** Every scalar of a JSON/YAML tree, with its key; a {@code test} key on the way marks what lies below as test-only. */
    private static void walk(JsonNode node, String key, ConfigFile config, boolean testOnly, boolean compose, List<Item> items) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), config,
                    testOnly || e.getKey().matches("(?i)test|tests|testing"), compose, items));
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, key, config, testOnly, compose, items));
        } else if (node.isValueNode()) {
            String value = node.asText();
            Optional<Database> db = engineOf(value, key);
            if (db.isEmpty() && compose && key.equals("image")) {
                Matcher m = COMPOSE_IMAGE.matcher(value);
                db = m.matches() ? Optional.of(Database.fromId(m.group(1).replace("mssql/server", "mssql").replace("postgis", "postgres")))
                        : Optional.empty();
            }
            db.ifPresent(d -> items.add(new Item(d, config.path(), lineOf(config.text(), value),
                    (compose && key.equals("image") ? "runs the image '" : "sets " + key + " to '") + abbreviate(value) + "'", testOnly)));
        }
    }

    private static void prisma(ConfigFile config, boolean testOnly, List<Item> items) {
        String[] lines = config.text().split("\n", -1);
        boolean inDatasource = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("//.*", "");
            if (PRISMA_DATASOURCE.matcher(line).find()) {
                inDatasource = true;
            } else if (inDatasource && line.contains("}")) {
                inDatasource = false;
            } else if (inDatasource) {
                Matcher m = PRISMA_PROVIDER.matcher(line);
                if (m.find()) {
                    int at = i + 1;
                    engineOf(m.group(1), "provider").ifPresent(db -> items.add(new Item(db, config.path(), at,
                            "declares the datasource provider \"" + m.group(1) + "\"", testOnly)));
                }
            }
        }
    }

    /**
     * The engine a value names: a connection URL or Django backend anywhere, or an engine name
     * as the value of a database setting ({@code dialect}, {@code client}, {@code provider}, …).
     */
    static Optional<Database> engineOf(String raw, String key) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.length() > 2000) {
            return Optional.empty();
        }
        if (v.startsWith("jdbc:")) {
            v = v.substring(5);
        }
        Optional<Database> url = urlEngine(v);
        if (url.isPresent() || key.isEmpty()) {
            return url;
        }
        String k = key.replaceAll("[\"'`]", "");
        if (!SETTING_KEY.matcher(k).matches()) {
            return Optional.empty();
        }
        return switch (v) {
            case "postgres", "postgresql", "pg", "postgis", "cockroachdb" -> Optional.of(Database.POSTGRES);
            case "sqlite", "sqlite3", "better-sqlite3", "better-sqlite", "libsql", "turso", "d1" -> Optional.of(Database.SQLITE);
            case "mysql", "mysql2", "mariadb", "planetscale" -> Optional.of(Database.MYSQL);
            case "mongodb", "mongo" -> Optional.of(Database.MONGODB);
            case "mssql", "sqlserver", "tedious" -> Optional.of(Database.SQLSERVER);
            case "oracle", "oracledb" -> Optional.of(Database.ORACLE);
            default -> Optional.empty();
        };
    }

    private static Optional<Database> urlEngine(String v) {
        Optional<Database> jdbcDriver = switch (v) {
            case "org.postgresql.driver" -> Optional.of(Database.POSTGRES);
            case "org.sqlite.jdbc" -> Optional.of(Database.SQLITE);
            case "com.mysql.cj.jdbc.driver", "com.mysql.jdbc.driver", "org.mariadb.jdbc.driver" -> Optional.of(Database.MYSQL);
            default -> Optional.empty();
        };
        if (jdbcDriver.isPresent()) {
            return jdbcDriver;
        }
        if (v.startsWith("sqlite:") || v.startsWith("sqlite+") || v.startsWith("django.db.backends.sqlite3")) {
            return Optional.of(Database.SQLITE);
        }
        if (v.startsWith("postgres://") || v.startsWith("postgresql:") || v.startsWith("postgresql+") || v.startsWith("postgres:")
                || v.startsWith("postgis://") || v.startsWith("django.db.backends.postgresql")
                || v.startsWith("django.contrib.gis.db.backends.postgis")) {
            return Optional.of(Database.POSTGRES);
        }
        if (v.startsWith("mysql://") || v.startsWith("mysql+") || v.startsWith("mysql:") || v.startsWith("mariadb://")
                || v.startsWith("mariadb+") || v.startsWith("mariadb:") || v.startsWith("django.db.backends.mysql")) {
            return Optional.of(Database.MYSQL);
        }
        if (v.startsWith("mongodb://") || v.startsWith("mongodb+srv://")) {
            return Optional.of(Database.MONGODB);
        }
        if (v.startsWith("mssql://") || v.startsWith("mssql+") || v.startsWith("sqlserver:")) {
            return Optional.of(Database.SQLSERVER);
        }
        if (v.startsWith("oracle://") || v.startsWith("oracle+") || v.startsWith("oracle:") || v.startsWith("django.db.backends.oracle")) {
            return Optional.of(Database.ORACLE);
        }
        return Optional.empty();
    }

    private static int lineOf(String text, String value) {
        int at = text.indexOf(value);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
