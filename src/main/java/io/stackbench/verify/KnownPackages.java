package io.stackbench.verify;

import io.stackbench.task.Constraint;
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
    static final Map<String, Constraint> PYTHON_DRIVERS = Map.of(
            "sqlite3", Constraint.SQLITE, "aiosqlite", Constraint.SQLITE, "pysqlite3", Constraint.SQLITE,
            "psycopg", Constraint.POSTGRES, "psycopg2", Constraint.POSTGRES, "asyncpg", Constraint.POSTGRES,
            "pg8000", Constraint.POSTGRES);
    static final Map<String, Constraint> NODE_DRIVERS = Map.of(
            "sqlite3", Constraint.SQLITE, "better-sqlite3", Constraint.SQLITE, "sqlite", Constraint.SQLITE,
            "pg", Constraint.POSTGRES, "pg-hstore", Constraint.POSTGRES, "postgres", Constraint.POSTGRES,
            "pg-promise", Constraint.POSTGRES, "pg-native", Constraint.POSTGRES);
    /** Driver packages as a manifest declares them (Python names normalised). */
    static final Map<String, Constraint> PYTHON_DRIVER_DISTRIBUTIONS = Map.of(
            "aiosqlite", Constraint.SQLITE, "pysqlite3", Constraint.SQLITE, "pysqlite3-binary", Constraint.SQLITE,
            "psycopg", Constraint.POSTGRES, "psycopg-binary", Constraint.POSTGRES, "psycopg2", Constraint.POSTGRES,
            "psycopg2-binary", Constraint.POSTGRES, "asyncpg", Constraint.POSTGRES, "pg8000", Constraint.POSTGRES);
    /** Raw drivers of other databases, also not to be called when an ORM is required. */
    static final Set<String> OTHER_RAW_DRIVERS = Set.of("pymysql", "MySQLdb", "mysql", "mysql2", "mariadb");

    static boolean isWebFramework(String pkg, boolean python) {
        return python ? PYTHON_WEB.contains(pkg) : NODE_WEB.contains(pkg) || NODE_WEB_SCOPES.stream().anyMatch(pkg::startsWith);
    }

    static Optional<Constraint> driverDatabase(String pkg, boolean python) {
        return Optional.ofNullable(python ? PYTHON_DRIVERS.get(pkg) : NODE_DRIVERS.get(pkg));
    }

    /** The ORM's import name for the runtime the constraint belongs to. */
    static Set<String> ormModules(Constraint orm) {
        return orm == Constraint.SQLALCHEMY ? Set.of("sqlalchemy", "flask_sqlalchemy") : Set.of("sequelize", "@sequelize/core", "sequelize-typescript");
    }

    static Set<String> ormDistributions(Constraint orm) {
        return orm == Constraint.SQLALCHEMY ? Set.of("sqlalchemy", "flask-sqlalchemy") : Set.of("sequelize", "@sequelize/core", "sequelize-typescript");
    }
}
