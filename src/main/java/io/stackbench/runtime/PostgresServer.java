package io.stackbench.runtime;

/** A PostgreSQL server that solutions of postgres tasks connect to as the prompt describes. */
public interface PostgresServer extends AutoCloseable {

    /** Agents are told: host localhost, port 5432, user {@code user}, password {@code password}, database {@code conduit}. */
    String ROLE = "user";
    String PASSWORD = "password";
    String DATABASE = "conduit";
    int PORT = 5432;

    /** Ensures the role exists and drops and re-creates the database empty, so every run starts equal. */
    void resetConduitDatabase();

    /** Creates the role and the database when missing, keeping what is there: agents at work may be using it. */
    void ensureConduitDatabase();

    /** The server's version string, for run results. */
    String version();

    @Override
    void close();
}
