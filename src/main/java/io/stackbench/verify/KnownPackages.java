package io.stackbench.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Package names the rules recognise: web frameworks, database drivers, ORMs. */
final class KnownPackages {

    private KnownPackages() {
    }

    static final Set<String> PYTHON_WEB = Set.of("flask", "fastapi", "starlette", "django", "aiohttp", "werkzeug",
            "quart", "sanic", "tornado", "bottle", "falcon", "pyramid", "litestar", "rest_framework");
    static final Set<String> NODE_WEB = Set.of("express", "fastify", "hono", "koa", "koa-router", "koa-bodyparser",
            "restify", "hapi", "@hapi/hapi");
    static final List<String> NODE_WEB_SCOPES = List.of("@fastify/", "@hono/", "@koa/", "@nestjs/");

    /** Driver modules imported from code, per database. */
    static final Map<String, Database> PYTHON_DRIVERS = Map.of(
            "sqlite3", Database.SQLITE, "aiosqlite", Database.SQLITE, "pysqlite3", Database.SQLITE,
            "psycopg", Database.POSTGRES, "psycopg2", Database.POSTGRES, "asyncpg", Database.POSTGRES,
            "pg8000", Database.POSTGRES);
    static final Map<String, Database> NODE_DRIVERS = Map.of(
            "sqlite3", Database.SQLITE, "better-sqlite3", Database.SQLITE, "sqlite", Database.SQLITE,
            "pg", Database.POSTGRES, "pg-hstore", Database.POSTGRES, "postgres", Database.POSTGRES,
            "pg-promise", Database.POSTGRES, "pg-native", Database.POSTGRES);
    /** Driver packages as a manifest declares them (Python names normalised). */
    static final Map<String, Database> PYTHON_DRIVER_DISTRIBUTIONS = Map.of(
            "aiosqlite", Database.SQLITE, "pysqlite3", Database.SQLITE, "pysqlite3-binary", Database.SQLITE,
            "psycopg", Database.POSTGRES, "psycopg-binary", Database.POSTGRES, "psycopg2", Database.POSTGRES,
            "psycopg2-binary", Database.POSTGRES, "asyncpg", Database.POSTGRES, "pg8000", Database.POSTGRES);
    /** Raw drivers of other databases, also not to be called when an ORM is required. */
    static final Set<String> OTHER_RAW_DRIVERS = Set.of("pymysql", "MySQLdb", "mysql", "mysql2", "mariadb");

    static boolean isWebFramework(String pkg, boolean python) {
        return python ? PYTHON_WEB.contains(pkg) : NODE_WEB.contains(pkg) || NODE_WEB_SCOPES.stream().anyMatch(pkg::startsWith);
    }

    static Optional<Database> driverDatabase(String pkg, boolean python) {
        return Optional.ofNullable(python ? PYTHON_DRIVERS.get(pkg) : NODE_DRIVERS.get(pkg));
    }
}
