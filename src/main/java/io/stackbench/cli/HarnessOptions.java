package io.stackbench.cli;

import io.stackbench.core.Isolation;
import io.stackbench.core.ResourceLimits;
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

    @Option(names = "--isolation", description = "sandbox (default): every agent, install and server sealed in a sandbox"
            + " of its own; none: on the host, unprotected, and every result says so.")
    String isolation;

    @Option(names = "--max-pids", description = "Processes and threads one sandboxed run may have (default: 1024).")
    Integer maxPids;

    @Option(names = "--max-memory", description = "MiB of memory one sandboxed run may use (default: 4096).")
    Long maxMemoryMib;

    @Option(names = "--cpus", description = "CPU cores one sandboxed run may use (default: all).")
    Double cpus;

    @Option(names = "--max-disk", description = "MiB one sandboxed run may write (default: 4096).")
    Long maxDiskMib;

    @Option(names = "--registry-proxy", description = "HTTP proxy (http://HOST:PORT) through which installs and agents reach "
            + "package registries, instead of the machine's HTTPS_PROXY (default: $STACKBENCH_REGISTRY_PROXY). One on this "
            + "machine's loopback stays reachable from sandboxes.")
    String registryProxy;

    Settings settings() {
        Settings settings = Settings.resolve(System.getenv(), Optional.ofNullable(postgresUrl),
                Optional.ofNullable(healthTimeoutSeconds).map(Duration::ofSeconds));
        if (registryProxy != null) {
            settings = settings.withRegistryProxy(Optional.of(registryProxy));
        }
        if (isolation != null) {
            settings = settings.withIsolation(Isolation.parse(isolation));
        }
        ResourceLimits d = settings.limits();
        return settings.withLimits(new ResourceLimits(Optional.ofNullable(maxPids).orElse(d.pids()),
                Optional.ofNullable(maxMemoryMib).map(m -> m << 20).orElse(d.memoryBytes()),
                Optional.ofNullable(cpus).orElse(d.cpus()),
                Optional.ofNullable(maxDiskMib).map(m -> m << 20).orElse(d.diskBytes())));
    }

    Optional<Path> suiteFile() {
        return Optional.ofNullable(suite);
    }
}
