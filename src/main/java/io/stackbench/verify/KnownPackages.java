package io.stackbench.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Package names the rules recognise: web frameworks and the drivers of each database. */
final class KnownPackages {

    private KnownPackages() {
    }

    static final Set<String> PYTHON_WEB = Set.of("flask", "fastapi", "starlette", "django", "aiohttp", "werkzeug",
            "quart", "sanic", "tornado", "bottle", "falcon", "pyramid", "litestar", "rest_framework", "ninja", "flask_restx",
            "flask_smorest", "connexion");
    static final Set<String> NODE_WEB = Set.of("express", "fastify", "hono", "koa", "koa-router", "koa-bodyparser",
            "restify", "hapi", "@hapi/hapi", "elysia", "h3", "polka", "@trpc/server");
    static final List<String> NODE_WEB_SCOPES = List.of("@fastify/", "@hono/", "@koa/", "@nestjs/common", "@nestjs/core",
            "@nestjs/platform-");

    /** Driver modules imported from Python code, per database. */
    private static final Map<String, Database> PYTHON_DRIVERS = Map.ofEntries(
            Map.entry("sqlite3", Database.SQLITE), Map.entry("aiosqlite", Database.SQLITE), Map.entry("pysqlite3", Database.SQLITE),
            Map.entry("psycopg", Database.POSTGRES), Map.entry("psycopg2", Database.POSTGRES), Map.entry("asyncpg", Database.POSTGRES),
            Map.entry("pg8000", Database.POSTGRES), Map.entry("psycopg_pool", Database.POSTGRES),
            Map.entry("pymysql", Database.MYSQL), Map.entry("MySQLdb", Database.MYSQL), Map.entry("mysql", Database.MYSQL),
            Map.entry("aiomysql", Database.MYSQL), Map.entry("asyncmy", Database.MYSQL), Map.entry("mariadb", Database.MYSQL),
            Map.entry("pymongo", Database.MONGODB), Map.entry("motor", Database.MONGODB), Map.entry("mongoengine", Database.MONGODB),
            Map.entry("beanie", Database.MONGODB), Map.entry("pymssql", Database.SQLSERVER), Map.entry("oracledb", Database.ORACLE),
            Map.entry("cx_Oracle", Database.ORACLE));
    /** Driver packages as a Python manifest declares them (names normalised). */
    private static final Map<String, Database> PYTHON_DISTRIBUTIONS = Map.ofEntries(
            Map.entry("aiosqlite", Database.SQLITE), Map.entry("pysqlite3", Database.SQLITE), Map.entry("pysqlite3-binary", Database.SQLITE),
            Map.entry("psycopg", Database.POSTGRES), Map.entry("psycopg-binary", Database.POSTGRES), Map.entry("psycopg2", Database.POSTGRES),
            Map.entry("psycopg2-binary", Database.POSTGRES), Map.entry("asyncpg", Database.POSTGRES), Map.entry("pg8000", Database.POSTGRES),
            Map.entry("psycopg-pool", Database.POSTGRES),
            Map.entry("pymysql", Database.MYSQL), Map.entry("mysqlclient", Database.MYSQL), Map.entry("mysql-connector-python", Database.MYSQL),
            Map.entry("aiomysql", Database.MYSQL), Map.entry("asyncmy", Database.MYSQL), Map.entry("mariadb", Database.MYSQL),
            Map.entry("pymongo", Database.MONGODB), Map.entry("motor", Database.MONGODB), Map.entry("mongoengine", Database.MONGODB),
            Map.entry("beanie", Database.MONGODB), Map.entry("pymssql", Database.SQLSERVER), Map.entry("oracledb", Database.ORACLE),
            Map.entry("cx-oracle", Database.ORACLE));
    /** Node packages, and the subpath imports of ORMs that name a dialect, per database. */
    private static final Map<String, Database> NODE_DRIVERS = Map.ofEntries(
            Map.entry("sqlite3", Database.SQLITE), Map.entry("better-sqlite3", Database.SQLITE), Map.entry("sqlite", Database.SQLITE),
            Map.entry("@libsql/client", Database.SQLITE),
            Map.entry("pg", Database.POSTGRES), Map.entry("pg-hstore", Database.POSTGRES), Map.entry("postgres", Database.POSTGRES),
            Map.entry("pg-promise", Database.POSTGRES), Map.entry("pg-native", Database.POSTGRES),
            Map.entry("@neondatabase/serverless", Database.POSTGRES), Map.entry("@vercel/postgres", Database.POSTGRES),
            Map.entry("mysql", Database.MYSQL), Map.entry("mysql2", Database.MYSQL), Map.entry("mariadb", Database.MYSQL),
            Map.entry("mongodb", Database.MONGODB), Map.entry("mongoose", Database.MONGODB),
            Map.entry("tedious", Database.SQLSERVER), Map.entry("mssql", Database.SQLSERVER), Map.entry("oracledb", Database.ORACLE),
            Map.entry("drizzle-orm/pg-core", Database.POSTGRES), Map.entry("drizzle-orm/node-postgres", Database.POSTGRES),
            Map.entry("drizzle-orm/postgres-js", Database.POSTGRES), Map.entry("drizzle-orm/neon-http", Database.POSTGRES),
            Map.entry("drizzle-orm/sqlite-core", Database.SQLITE), Map.entry("drizzle-orm/better-sqlite3", Database.SQLITE),
            Map.entry("drizzle-orm/libsql", Database.SQLITE), Map.entry("drizzle-orm/bun-sqlite", Database.SQLITE),
            Map.entry("drizzle-orm/mysql-core", Database.MYSQL), Map.entry("drizzle-orm/mysql2", Database.MYSQL),
            Map.entry("@mikro-orm/postgresql", Database.POSTGRES), Map.entry("@mikro-orm/sqlite", Database.SQLITE),
            Map.entry("@mikro-orm/better-sqlite", Database.SQLITE), Map.entry("@mikro-orm/libsql", Database.SQLITE),
            Map.entry("@mikro-orm/mysql", Database.MYSQL), Map.entry("@mikro-orm/mariadb", Database.MYSQL),
            Map.entry("@mikro-orm/mongodb", Database.MONGODB));
    /** Packages that talk to a database themselves, below any ORM: calling them beside a required ORM bypasses it. */
    private static final Set<String> ORM_DIALECT_PACKAGES = Set.of("pg-hstore");

    static boolean isWebFramework(String pkg, boolean python) {
        return python ? PYTHON_WEB.contains(pkg) : NODE_WEB.contains(pkg) || NODE_WEB_SCOPES.stream().anyMatch(pkg::startsWith);
    }

    /** The database an import names: a driver, or an ORM's dialect subpath ({@code drizzle-orm/pg-core}). */
    static Optional<Database> driverDatabase(String specifier, boolean python) {
        if (python) {
            return Optional.ofNullable(PYTHON_DRIVERS.get(specifier.split("\\.")[0]));
        }
        String name = specifier.startsWith("node:") ? specifier.substring(5) : specifier;
        String[] parts = name.split("/");
        String pkg = name.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
        String subpath = parts.length > (name.startsWith("@") ? 2 : 1)
                ? pkg + "/" + parts[name.startsWith("@") ? 2 : 1] : pkg;
        return Optional.ofNullable(NODE_DRIVERS.getOrDefault(subpath, NODE_DRIVERS.get(pkg)));
    }

    /** A raw driver: code importing it talks SQL (or a wire protocol) to the database itself. */
    static boolean isRawDriver(String specifier, boolean python) {
        if (python) {
            return PYTHON_DRIVERS.containsKey(specifier.split("\\.")[0]);
        }
        return !specifier.contains("drizzle-orm") && !specifier.startsWith("@mikro-orm/") && !specifier.equals("mongoose")
                && !ORM_DIALECT_PACKAGES.contains(specifier) && driverDatabase(specifier, false).isPresent();
    }

    static Optional<Database> declaredDriver(String pkg, boolean python) {
        return Optional.ofNullable(python ? PYTHON_DISTRIBUTIONS.get(pkg) : NODE_DRIVERS.get(pkg));
    }
}
