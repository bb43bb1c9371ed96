package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The admin statements both the embedded and an external server need, over JDBC. */
final class PostgresAdmin {

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

    private void conduitDatabase(boolean reset) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + PostgresServer.ROLE
                    + "') THEN CREATE ROLE \"" + PostgresServer.ROLE + "\"; END IF; END $$");
            s.execute("ALTER ROLE \"" + PostgresServer.ROLE + "\" WITH LOGIN PASSWORD '" + PostgresServer.PASSWORD + "'");
            if (reset) {
                // FORCE ends connections a previous server left behind, so the drop cannot hang.
                s.execute("DROP DATABASE IF EXISTS " + PostgresServer.DATABASE + " WITH (FORCE)");
            } else {
                try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + PostgresServer.DATABASE + "'")) {
                    if (r.next()) {
                        return;
                    }
                }
            }
            s.execute("CREATE DATABASE " + PostgresServer.DATABASE + " OWNER \"" + PostgresServer.ROLE + "\"");
        } catch (SQLException e) {
            throw StackBenchException.environment("cannot " + (reset ? "reset" : "create") + " database '" + PostgresServer.DATABASE + "' at "
                    + jdbcUrl + ": " + e.getMessage(), e);
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
