package io.stackbench.sandbox;

import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The PostgreSQL 16 every sandbox that needs one gets: a data directory made once per binaries
 * version (role {@code user}/{@code password}, empty database {@code conduit}, a superuser whose
 * random password nobody keeps, password authentication only), copied for each sandbox and
 * started inside it as the sandbox's service user, on its own loopback's port 5432.
 */
final class PostgresTemplate {

    static final int PORT = 5432;
    /** Changes whenever the template is made differently, so that an older one is not reused. */
    static final String LAYOUT = "2";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    /** The statement log's directory, relative to the data directory. */
    static final String LOG_DIRECTORY = "stackbench-log";
    /** The statement log's file in it: {@code log_filename} with jsonlog's {@code .json} for {@code .log}. */
    static final String STATEMENT_LOG = "statements.json";

    private final Path binaries;
    private final Path data;
    private Optional<String> version;

    private PostgresTemplate(Path binaries, Path data) {
        this.binaries = binaries;
        this.data = data;
    }

    Path binaries() {
        return binaries;
    }

    /**
     * The template under {@code dir}, made first if need be, inside a sandbox of its own that
     * {@code open} builds around a writable directory.
     */
    static synchronized PostgresTemplate ensure(Path dir, Path binaries, int serviceUid,
                                                Function<Path, LinuxSandbox> open) {
        Path data = dir.resolve("data");
        if (Files.isRegularFile(dir.resolve(".complete"))) {
            return new PostgresTemplate(binaries, data);
        }
        Path work = dir.resolveSibling(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        Workspace.deleteTree(work);
        try {
            Files.createDirectories(work);
            try (LinuxSandbox sandbox = open.apply(work)) {
                Path fresh = Files.createDirectories(work.resolve("data"));
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rwx------"));
                Path password = work.resolve("superuser-password");
                // The superuser's password is thrown away: nothing in a sandbox can become superuser.
                Files.writeString(password, HexFormat.of().formatHex(new SecureRandom().generateSeed(24)) + "\n");
                Path sql = work.resolve("setup.sql");
                Files.writeString(sql, "CREATE ROLE \"user\" LOGIN PASSWORD 'password';\n"
                        + "CREATE DATABASE conduit OWNER \"user\";\n"
                        // Nothing in a sandbox uses it, and every byte of the template is copied per sandbox.
                        + "DROP DATABASE postgres;\n");
                for (Path p : List.of(fresh, password, sql)) {
                    LinuxSandbox.chown(p, serviceUid);
                }
                init(sandbox, binaries, work, fresh, password, sql);
            }
            LinuxSandbox.chownTree(work.resolve("data"), serviceUid);
            Files.deleteIfExists(work.resolve("superuser-password"));
            Files.createDirectories(dir.getParent());
            Workspace.deleteTree(dir);
            Files.writeString(work.resolve(".complete"), "");
            Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the PostgreSQL template in " + dir, e);
        } finally {
            Workspace.deleteTree(work);
        }
        return new PostgresTemplate(binaries, data);
    }

    private static void init(LinuxSandbox sandbox, Path binaries, Path work, Path fresh, Path password, Path sql) {
        ProcessResult made = sandbox.runAsService(new ProcessSpec("initdb", List.of(binaries.resolve("bin/initdb").toString(),
                "-D", fresh.toString(), "-U", "postgres", "--pwfile=" + password, "-A", "scram-sha-256",
                "-E", "UTF8", "--locale=C", "--no-sync", "--wal-segsize=1"), work, Map.of(), false, work.resolve("initdb.log"),
                1 << 20, INIT_TIMEOUT, false));
        if (!made.succeeded()) {
            throw StackBenchException.environment("cannot make the sandboxes' PostgreSQL template: " + made.describeFailure());
        }
        ProcessResult setUp = sandbox.runAsService(new ProcessSpec("postgres --single", List.of("sh", "-c",
                "\"$0\" --single -D \"$1\" template1 < \"$2\"", binaries.resolve("bin/postgres").toString(), fresh.toString(),
                sql.toString()), work, Map.of(), false, work.resolve("setup.log"), 1 << 20, INIT_TIMEOUT, false));
        if (!setUp.succeeded()) {
            throw StackBenchException.environment("cannot create role 'user' and database 'conduit' in the template: "
                    + setUp.describeFailure());
        }
    }

    /** A copy of the template for one sandbox, owned by the service user as the template is. */
    void copyTo(Path target, ProcessRunner runner, Path log) {
        ProcessResult copied = runner.run(ProcessSpec.tool("copy of the PostgreSQL template",
                List.of("cp", "-a", data.toString(), target.toString()), target.getParent(), log, Duration.ofMinutes(2)));
        if (!copied.succeeded()) {
            throw StackBenchException.environment("cannot copy the PostgreSQL template: " + copied.describeFailure());
        }
    }

    /** Starts PostgreSQL inside {@code sandbox} on the copy in {@code hostData}; returns when it accepts connections. */
    void start(LinuxSandbox sandbox, Path hostData, Path log) {
        // Durability is worth nothing for a throwaway benchmark database; speed is.
        ProcessRunner.RunningProcess server = sandbox.startAsService(new ProcessSpec("postgres", List.of(
                binaries.resolve("bin/postgres").toString(), "-D", LinuxSandbox.POSTGRES_DATA.toString(),
                "-p", Integer.toString(PORT), "-c", "listen_addresses=localhost", "-c", "unix_socket_directories=",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=100",
                // Every statement the solution completes, with its duration, as JSON lines in the data
                // directory, which only the service user and StackBench can read: the code inside
                // can neither read nor forge it. Bound parameters are logged too (up to 4 KiB
                // each): they show whether the probe's data reached the database.
                "-c", "logging_collector=on", "-c", "log_destination=jsonlog", "-c", "log_directory=" + LOG_DIRECTORY,
                "-c", "log_filename=statements.log", "-c", "log_rotation_age=0", "-c", "log_rotation_size=0",
                "-c", "log_timezone=UTC", "-c", "log_min_duration_statement=0", "-c", "log_parameter_max_length=4096",
                "-c", "log_parameter_max_length_on_error=0"), Path.of("/"), Map.of(), false, log, 1 << 20,
                Duration.ofDays(1), false));
        if (LinuxSandbox.await(() -> ready(hostData), server, READY_TIMEOUT)) {
            return;
        }
        if (!server.isAlive()) {
            throw StackBenchException.environment("the sandbox's PostgreSQL exited at start; last output:\n"
                    + server.outputTail());
        }
        throw StackBenchException.environment("the sandbox's PostgreSQL did not accept connections within "
                + READY_TIMEOUT.toSeconds() + " s; last output:\n" + server.outputTail());
    }

    /** PostgreSQL writes {@code ready} as the eighth line of {@code postmaster.pid} once it accepts connections. */
    private static boolean ready(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.size() >= 8 && lines.get(7).strip().equals("ready");
        } catch (IOException e) {
            return false;
        }
    }

    /** The server's version as its binary states it ({@code postgres (PostgreSQL) 16.x}), asked once. */
    synchronized Optional<String> version(ProcessRunner runner, Path logDir) {
        if (version == null) {
            ProcessResult asked = runner.run(ProcessSpec.tool("postgres --version", List.of(binaries.resolve("bin/postgres")
                    .toString(), "--version"), logDir, logDir.resolve("tools").resolve("postgres-version.log"), INIT_TIMEOUT));
            version = asked.succeeded() ? Optional.of(asked.outputTail().strip().replace("postgres (PostgreSQL) ", ""))
                    : Optional.empty();
        }
        return version;
    }
}
