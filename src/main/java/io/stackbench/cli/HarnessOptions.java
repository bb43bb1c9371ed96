package io.stackbench.cli;

import io.stackbench.core.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that evaluates solutions shares. */
final class HarnessOptions {

    @Option(names = "--postgres-url", description = "Admin connection of an external PostgreSQL on localhost:5432 "
            + "(postgresql://admin:secret@localhost:5432/postgres). Default: StackBench starts an embedded PostgreSQL 16.")
    String postgresUrl;

    @Option(names = "--health-timeout", description = "Seconds a server may take to answer its health check (default: 60).")
    Integer healthTimeoutSeconds;

    @Option(names = "--suite", description = "A Postman Collection v2.1 to run instead of StackBench's Conduit suite.")
    Path suite;

    Settings settings() {
        return Settings.resolve(System.getenv(), Optional.ofNullable(postgresUrl),
                Optional.ofNullable(healthTimeoutSeconds).map(Duration::ofSeconds));
    }

    Optional<Path> suiteFile() {
        return Optional.ofNullable(suite);
    }
}
