package io.stackbench.sandbox;

import io.stackbench.core.Isolation;
import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.Confinement;
import io.stackbench.runtime.Databases;
import io.stackbench.runtime.PostgresBinaries;
import io.stackbench.runtime.ProcessLauncher;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.Workspace;
import io.stackbench.core.BuildInfo;
import io.stackbench.core.Defaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox capability's entry point: opens a {@link Sandbox} for each agent run, dependency
 * install and served solution, sealed unless the settings say {@code --isolation none}. See
 * {@code docs/isolation.md} for what a sandbox promises and how it is built.
 */
public final class Sandboxes implements Confinement, AutoCloseable {

    private static final Duration DISK_CHECK = Duration.ofMillis(500);

    private final Isolation isolation;
    private final ProcessRunner runner;
    private final Databases databases;
    private final Path home;
    private final Optional<LinuxSandbox.Host> host;
    private final Set<LinuxSandbox> open;
    private final AtomicLong counter = new AtomicLong();
    private final ScheduledExecutorService diskWatch;
    private final Thread shutdownHook;
    private final List<String> cleanedUp;
    private final List<Integer> registryPorts;
    private PostgresTemplate postgres;

    private Sandboxes(Isolation isolation, ProcessRunner runner, Databases databases, Path home, Optional<LinuxSandbox.Host> host,
                      List<String> cleanedUp, List<Integer> registryPorts) {
        this.cleanedUp = List.copyOf(cleanedUp);
        this.registryPorts = List.copyOf(registryPorts);
        this.isolation = isolation;
        this.runner = runner;
        this.databases = databases;
        this.home = home;
        this.host = host;
        this.open = host.map(LinuxSandbox.Host::open).orElse(Set.of());
        if (host.isPresent()) {
            diskWatch = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sandbox-disk-watch");
                t.setDaemon(true);
                return t;
            });
            diskWatch.scheduleWithFixedDelay(() -> open.forEach(LinuxSandbox::checkDisk),
                    DISK_CHECK.toMillis(), DISK_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            // Ctrl-C must not leave a sandbox's processes running.
            shutdownHook = new Thread(this::closeAll, "close-sandboxes");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            diskWatch = null;
            shutdownHook = null;
        }
    }

    /**
     * Sandboxes as the settings ask: sealed ones, after checking the machine can build them and
     * removing what a killed StackBench left, or host ones for {@code --isolation none}.
     *
     * @throws StackBenchException (environment) naming what the machine lacks for sealed runs
     */
    public static Sandboxes create(Settings settings, ProcessRunner runner, Databases databases) {
        if (settings.isolation() == Isolation.NONE) {
            return new Sandboxes(Isolation.NONE, runner, databases, settings.home(), Optional.empty(), List.of(), List.of());
        }
        return create(settings, runner, databases, Machine.probe(System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin")));
    }

    /** As above, on a machine already looked at. */
    static Sandboxes create(Settings settings, ProcessRunner runner, Databases databases, Machine machine) {
        if (!machine.missing().isEmpty()) {
            throw StackBenchException.environment("StackBench cannot seal runs on this machine; it lacks:\n  - "
                    + String.join("\n  - ", machine.missing())
                    + "\nInstall what is missing, or pass --isolation none to run unsealed (then nothing protects"
                    + " scores, caches or keys from the code under test, and every result says \"isolation\": \"none\")");
        }
        Path scratch = settings.home().resolve("sandboxes");
        Path shm = Path.of("/dev/shm");
        Path dataRoot = Files.isDirectory(shm) && Files.isWritable(shm) ? shm.resolve("stackbench-postgres") : scratch;
        List<String> cleanedUp = removeStale(scratch, dataRoot, runner);
        return new Sandboxes(Isolation.SANDBOX, runner, databases, settings.home(), Optional.of(
                new LinuxSandbox.Host(machine, runner, settings.limits(), scratch, dataRoot, Defaults.SANDBOX_UID,
                        ConcurrentHashMap.newKeySet())), cleanedUp,
                io.stackbench.runtime.Toolchain.loopbackPorts(io.stackbench.runtime.Toolchain.registryEnvironment(settings.registryProxy())));
    }

    /**
     * The StackBench processes (as {@code <pid>.<start time>}) whose sandboxes were still there,
     * with their processes, when these sandboxes were set up, and were stopped and removed.
     */
    public List<String> cleanedUp() {
        return cleanedUp;
    }

    /** What this machine lacks for sealed runs; empty when it has everything. */
    public static List<String> missingOnThisMachine() {
        return Machine.probe(System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin")).missing();
    }

    public Isolation isolation() {
        return isolation;
    }

    /** Opens a sandbox; the caller closes it, which ends everything started inside. */
    public Sandbox open(SandboxSpec spec) {
        if (host.isEmpty()) {
            if (spec.postgres()) {
                // Unsealed runs share the host's one PostgreSQL: a served solution gets it emptied,
                // an agent gets it as it is (parallel agents would otherwise wipe each other's work).
                if (spec.network() == SandboxSpec.Network.LOOPBACK) {
                    databases.postgres().resetConduitDatabase();
                } else {
                    databases.postgres().ensureConduitDatabase();
                }
            }
            spec.binds().stream().filter(b -> !b.source().equals(b.target())).forEach(Sandboxes::link);
            return new HostSandbox(runner, spec.binds().stream().filter(SandboxSpec.Bind::writable)
                    .map(SandboxSpec.Bind::source).toList());
        }
        Optional<PostgresTemplate> template = spec.postgres() ? Optional.of(postgresTemplate()) : Optional.empty();
        return LinuxSandbox.open(spec, host.get(), nextName(), template);
    }

    /** Dependency installs: registries reachable, the solution read-only, only the cache entry writable. */
    @Override
    public ProcessLauncher open(String label, List<Path> readOnly, List<Path> writable) {
        List<SandboxSpec.Bind> binds = new ArrayList<>();
        readOnly.forEach(p -> binds.add(SandboxSpec.Bind.readOnly(p)));
        writable.forEach(p -> binds.add(SandboxSpec.Bind.writable(p)));
        // A registry proxy or mirror on the host's loopback stays reachable, as it is for installs on the host.
        return open(new SandboxSpec(label, SandboxSpec.Network.INTERNET, binds, false, registryPorts));
    }

    /** The version of the PostgreSQL sandboxes run, once one was needed. */
    public Optional<String> postgresVersion() {
        if (host.isEmpty()) {
            return databases.version();
        }
        synchronized (this) {
            return Optional.ofNullable(postgres).flatMap(t -> t.version(runner, home));
        }
    }

    private synchronized PostgresTemplate postgresTemplate() {
        if (postgres == null) {
            PostgresBinaries binaries = PostgresBinaries.extract(home.resolve("postgres"));
            Path root = binaries.bin("postgres").getParent().getParent();
            Path dir = home.resolve("sandbox-postgres").resolve("pg-" + BuildInfo.load().postgresBinaries()
                    + "-layout" + PostgresTemplate.LAYOUT
                    + "-uid" + host.get().serviceUid());
            postgres = PostgresTemplate.ensure(dir, root, host.get().serviceUid(), work -> LinuxSandbox.open(
                    new SandboxSpec("postgres template", SandboxSpec.Network.LOOPBACK,
                            List.of(SandboxSpec.Bind.writable(work), SandboxSpec.Bind.readOnly(root)), false, List.of()),
                    host.get(), nextName(), Optional.empty()));
        }
        return postgres;
    }

    private String nextName() {
        return SandboxNames.of(runner.owner(), counter.incrementAndGet());
    }

    @Override
    public void close() {
        closeAll();
        if (diskWatch != null) {
            diskWatch.shutdownNow();
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running.
            }
        }
    }

    private void closeAll() {
        for (LinuxSandbox sandbox : List.copyOf(open)) {
            try {
                sandbox.close();
            } catch (RuntimeException e) {
                // Go on with the others; this one's processes are reported by its own close.
            }
        }
    }

    /** On the host, a directory seen elsewhere (node_modules in the workspace) is a link to it. */
    private static void link(SandboxSpec.Bind bind) {
        try {
            if (Files.exists(bind.target(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Workspace.deleteTree(bind.target());
            }
            Files.createSymbolicLink(bind.target(), bind.source());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + bind.target() + " to " + bind.source(), e);
        }
    }

    /** Scratch directories and cgroups of sandboxes whose StackBench was killed. */
    private static List<String> removeStale(Path scratch, Path dataRoot, ProcessRunner runner) {
        List<String> owners = Cgroup.removeStale().stream().map(SandboxNames::owner).distinct().toList();
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + scratch, e);
        }
        NamespacePins.releaseStale(runner, scratch);
        SandboxNames.stale(scratch).forEach(Workspace::deleteTree);
        SandboxNames.stale(dataRoot).forEach(Workspace::deleteTree);
        return owners;
    }

}
