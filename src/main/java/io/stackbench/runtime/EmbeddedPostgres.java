package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A real PostgreSQL 16 server StackBench starts itself, from the binaries zonky packages for
 * Maven Central, in a fresh data directory that is deleted when it stops.
 *
 * <p>zonky's own launcher cannot start PostgreSQL as root (initdb refuses to), and CI machines
 * commonly run as root; this launcher drops to the unprivileged {@code nobody} user in that case.
 */
public final class EmbeddedPostgres implements PostgresServer {

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ProcessRunner runner;
    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final ProcessRunner.RunningProcess server;
    private final PostgresAdmin admin;
    private final List<String> privilegeDrop;

    private EmbeddedPostgres(ProcessRunner runner, PostgresBinaries binaries, Path dataDir,
                             ProcessRunner.RunningProcess server, PostgresAdmin admin, List<String> privilegeDrop) {
        this.runner = runner;
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.server = server;
        this.admin = admin;
        this.privilegeDrop = privilegeDrop;
    }

    /** Starts a server on {@link #PORT}; the port must be free. */
    public static EmbeddedPostgres start(Path home, ProcessRunner runner) {
        if (!Ports.isFree(PORT)) {
            throw StackBenchException.environment("port " + PORT + " is taken by "
                    + Ports.describeListener(PORT).orElse("another process")
                    + "; StackBench starts its own PostgreSQL there. Stop that server, or pass"
                    + " --postgres-url with an admin connection to use it instead");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        // As root, PostgreSQL runs as nobody, who cannot enter root's home: keep its files in /var/tmp.
        Path base = root ? Path.of("/var/tmp", "stackbench-postgres") : home.resolve("postgres");
        PostgresBinaries binaries = PostgresBinaries.extract(base);
        Path dataDir = base.resolve("data-" + UUID.randomUUID());
        List<String> drop = root
                ? List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups", "--")
                : List.of();
        try {
            Files.createDirectories(dataDir);
            if (root) {
                chownToUnprivileged(dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        Path logs = base.resolve("logs");
        ProcessResult init = runner.run(ProcessSpec.tool("initdb", command(drop, binaries.bin("initdb"),
                "-A", "trust", "-U", "postgres", "-D", dataDir.toString(), "-E", "UTF8", "--locale=C", "--no-sync"),
                base, logs.resolve("initdb.log"), START_TIMEOUT));
        if (!init.succeeded()) {
            Workspace.deleteTree(dataDir);
            throw StackBenchException.environment("cannot initialise the embedded PostgreSQL: " + init.describeFailure());
        }
        // Durability is worth nothing for a throwaway benchmark database; speed is.
        ProcessRunner.RunningProcess server = runner.start(ProcessSpec.tool("postgres", command(drop, binaries.bin("postgres"),
                "-D", dataDir.toString(), "-p", Integer.toString(PORT), "-c", "listen_addresses=localhost",
                "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=200"), base, logs.resolve("postgres.log"), START_TIMEOUT));
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        PostgresAdmin admin = new PostgresAdmin("jdbc:postgresql://localhost:" + PORT + "/postgres", credentials);
        EmbeddedPostgres pg = new EmbeddedPostgres(runner, binaries, dataDir, server, admin, drop);
        pg.awaitReady();
        return pg;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                String tail = server.outputTail();
                close();
                throw StackBenchException.environment("the embedded PostgreSQL exited at start; last output:\n" + tail);
            }
            if (admin.reachable()) {
                return;
            }
            sleep(100);
        }
        close();
        throw StackBenchException.environment("the embedded PostgreSQL did not accept connections within "
                + START_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void resetConduitDatabase() {
        admin.resetConduitDatabase();
    }

    @Override
    public void ensureConduitDatabase() {
        admin.ensureConduitDatabase();
    }

    @Override
    public String version() {
        return admin.version();
    }

    @Override
    public void close() {
        // pg_ctl's fast shutdown first (clean, quick); the process tree stop catches the rest.
        runner.run(ProcessSpec.tool("pg_ctl stop", command(privilegeDrop, binaries.bin("pg_ctl"), "stop", "-m", "fast",
                "-D", dataDir.toString(), "-w", "-t", "20"), dataDir.getParent(),
                dataDir.getParent().resolve("logs").resolve("pg_ctl-stop.log"), Duration.ofSeconds(30)));
        server.stop();
        Workspace.deleteTree(dataDir);
    }

    private static List<String> command(List<String> prefix, Path binary, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(binary.toString());
        command.addAll(List.of(args));
        return command;
    }

    private static void chownToUnprivileged(Path dir) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        view.setOwner(lookup.lookupPrincipalByName(UNPRIVILEGED_USER));
        GroupPrincipal group = lookup.lookupPrincipalByGroupName("nogroup");
        view.setGroup(group);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
