package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;

/**
 * The admin statements both the embedded and an external server need, over JDBC.
 *
 * <p>Parallel runs ({@code bench --jobs}) ensure and reset the conduit role and database at the
 * same moment, and a check-then-create between them races. So changes take turns: threads of
 * this JVM on this admin's monitor, StackBench processes sharing one server on an advisory lock;
 * and a creator outside both that wins the race counts as having done the work.
 */
final class PostgresAdmin {

    /**
     * What a CREATE reports when the object exists: 42P04 duplicate_database, 42710
     * duplicate_object (a role), and 23505 unique_violation, which PostgreSQL raises instead when
     * the other creator passed its own existence check at the same moment and won on the
     * catalog's unique index.
     */
    private static final Set<String> ALREADY_EXISTS = Set.of("42P04", "42710", "23505");

    /** Key of the session advisory lock StackBench processes take around role and database changes. */
    private static final long CONDUIT_LOCK = 0x5374_6163_6b42_656eL;

    /** A peer that holds the lock this long is stuck; failing beats waiting forever. */
    private static final String LOCK_TIMEOUT = "60s";

    private final String jdbcUrl;
    private final Properties credentials;

    PostgresAdmin(String jdbcUrl, Properties credentials) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
    }

    void resetConduitDatabase() {
        conduitDatabase(true);
    }

    void ensureConduitDatabase() {
        conduitDatabase(false);
    }

    private synchronized void conduitDatabase(boolean reset) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '" + LOCK_TIMEOUT + "'");
            // A session lock: closing the connection releases it, also when a statement fails.
            s.execute("SELECT pg_advisory_lock(" + CONDUIT_LOCK + ")");
            ensureRole(s);
            if (reset) {
                // FORCE ends connections a previous server left behind, so the drop cannot hang.
                s.execute("DROP DATABASE IF EXISTS " + PostgresServer.DATABASE + " WITH (FORCE)");
                s.execute(createDatabase());
            } else if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + PostgresServer.DATABASE + "'")) {
                createUnlessPresent(s, createDatabase());
            }
        } catch (SQLException e) {
            throw StackBenchException.environment("cannot " + (reset ? "reset" : "create") + " database '" + PostgresServer.DATABASE + "' at "
                    + jdbcUrl + " (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    /** Creates the role solutions log in as when missing, and (re)sets its login and password. */
    private static void ensureRole(Statement s) throws SQLException {
        // The check keeps "already exists" errors out of the server log on every run; the
        // tolerant create covers a creator between check and create.
        if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + PostgresServer.ROLE + "'")) {
            createUnlessPresent(s, "CREATE ROLE \"" + PostgresServer.ROLE + "\"");
        }
        s.execute("ALTER ROLE \"" + PostgresServer.ROLE + "\" WITH LOGIN PASSWORD '" + PostgresServer.PASSWORD + "'");
    }

    private static String createDatabase() {
        return "CREATE DATABASE " + PostgresServer.DATABASE + " OWNER \"" + PostgresServer.ROLE + "\"";
    }

    /** Runs a CREATE; another session that created the same object first has done the work. */
    private static void createUnlessPresent(Statement s, String create) throws SQLException {
        try {
            s.execute(create);
        } catch (SQLException e) {
            if (!alreadyExists(e)) {
                throw e;
            }
        }
    }

    /** Whether a CREATE failed only because the object exists (see {@link #ALREADY_EXISTS}). */
    static boolean alreadyExists(SQLException e) {
        return e.getSQLState() != null && ALREADY_EXISTS.contains(e.getSQLState());
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery(query)) {
            return r.next();
        }
    }

    String version() {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw StackBenchException.environment("cannot query PostgreSQL at " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    boolean reachable() {
        try (Connection c = connect()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, credentials);
    }
}
