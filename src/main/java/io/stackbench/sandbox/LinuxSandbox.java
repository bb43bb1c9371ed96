package io.stackbench.sandbox;

import io.stackbench.core.Isolation;
import io.stackbench.core.ResourceLimits;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A sandbox built from bubblewrap, cgroups and util-linux, as root:
 * <ul>
 *   <li>a holder process ({@code bwrap … sleep infinity}) owns the namespaces: PID, mount, network,
 *       IPC and UTS. Every command enters them with {@code nsenter} and drops to an unprivileged
 *       user with {@code setpriv}, so commands share processes, files and loopback as in one shell
 *       session;</li>
 *   <li>the mount namespace shows the toolchains read-only, the spec's binds, a private
 *       {@code /tmp} and {@code HOME}, and nothing else of the host;</li>
 *   <li>the network namespace has its own loopback; with {@link SandboxSpec.Network#INTERNET}, pasta
 *       connects it to the internet without a way to the host's loopback;</li>
 *   <li>every process joins the sandbox's cgroups, which bound pids, memory and CPU and list what
 *       to kill on close, however a process detached.</li>
 * </ul>
 */
final class LinuxSandbox implements Sandbox {

    /** {@code HOME} inside. */
    static final Path HOME = Path.of("/home/sandbox");
    /** Where the sandbox's PostgreSQL keeps its data, inside; its service user alone can enter. */
    static final Path POSTGRES_DATA = Path.of("/var/lib/stackbench/postgres");
    private static final Duration HOLDER_START = Duration.ofSeconds(10);
    private static final Duration KILL_PATIENCE = Duration.ofSeconds(10);
    private static final long HOLDER_LOG_CAP = 64 * 1024;
    private static final List<String> ROOT_ENTRIES = List.of("bin", "lib", "lib32", "lib64", "libx32", "sbin");

    /**
     * What every sandbox of one StackBench shares.
     *
     * @param scratchRoot  where each sandbox's private files (its home, its /tmp) live on the host
     * @param databaseRoot where each sandbox's PostgreSQL data lives on the host: in memory when the
     *                     machine has a tmpfs at /dev/shm, since copying the template there takes a
     *                     tenth of the time it takes on disk (its writes count against the memory limit)
     * @param open the sandboxes open now, for the disk watch and for closing them all at exit
     */
    record Host(Machine machine, ProcessRunner runner, ResourceLimits limits, Path scratchRoot, Path databaseRoot, int uid,
                Set<LinuxSandbox> open) {
        int serviceUid() {
            return uid + 1;
        }
    }

    private final SandboxSpec spec;
    private final Host host;
    private final Cgroup cgroup;
    private final Path scratch;
    private final Path database;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean diskHit;
    private long nextDiskCheck;
    private ProcessRunner.RunningProcess holder;
    private long inside;
    private long init;
    private NamespacePins pins;
    private ProcessRunner.RunningProcess pasta;

    private LinuxSandbox(SandboxSpec spec, Host host, Cgroup cgroup, Path scratch) {
        this.spec = spec;
        this.host = host;
        this.cgroup = cgroup;
        this.scratch = scratch;
        this.database = host.databaseRoot().resolve(cgroup.name()).resolve("pgdata");
    }

    /**
     * Builds the sandbox and starts its holder (and pasta, and PostgreSQL from {@code template}
     * when the spec asks for them); on any failure, what was built is taken down again.
     */
    static LinuxSandbox open(SandboxSpec spec, Host host, String name, Optional<PostgresTemplate> postgres) {
        Path scratch = host.scratchRoot().resolve(name);
        Cgroup cgroup = Cgroup.create(name, host.limits());
        LinuxSandbox sandbox = new LinuxSandbox(spec, host, cgroup, scratch);
        host.open().add(sandbox);
        try {
            sandbox.prepareFiles(postgres);
            sandbox.startHolder(postgres);
            if (spec.network() == SandboxSpec.Network.INTERNET) {
                sandbox.connect();
            }
            postgres.ifPresent(sandbox::startPostgres);
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    @Override
    public Isolation isolation() {
        return Isolation.SANDBOX;
    }

    @Override
    public ProcessRunner.RunningProcess start(ProcessSpec process) {
        return host.runner().start(inside(process, host.uid()));
    }

    @Override
    public ProcessResult run(ProcessSpec process) {
        return host.runner().run(inside(process, host.uid()));
    }

    @Override
    public List<String> networkEntry() {
        return List.of(host.machine().program("nsenter").toString(), "--net=" + pins.file("net"), "--");
    }

    @Override
    public Optional<Path> statementLog() {
        return spec.postgres()
                ? Optional.of(database.resolve(PostgresTemplate.LOG_DIRECTORY).resolve(PostgresTemplate.STATEMENT_LOG))
                : Optional.empty();
    }

    @Override
    public List<Path> writableAreas() {
        List<Path> areas = new ArrayList<>(List.of(scratch.resolve("home"), scratch.resolve("tmp")));
        spec.binds().stream().filter(SandboxSpec.Bind::writable).map(SandboxSpec.Bind::source).forEach(areas::add);
        return areas;
    }

    @Override
    public Optional<String> limitHit() {
        return diskHit ? Optional.of("disk") : cgroup.limitHit();
    }

    /** The run as the sandbox's service user (its PostgreSQL), whom sandboxed code cannot signal or read. */
    ProcessRunner.RunningProcess startAsService(ProcessSpec process) {
        return host.runner().start(inside(process, host.serviceUid()));
    }

    ProcessResult runAsService(ProcessSpec process) {
        return host.runner().run(inside(process, host.serviceUid()));
    }

    /**
     * The command as it runs inside: joined to the cgroups, in the holder's namespaces and root,
     * as {@code user} without capabilities, and no file larger than the disk limit.
     */
    private ProcessSpec inside(ProcessSpec process, int user) {
        if (closed.get()) {
            throw StackBenchException.unexpectedState("sandbox " + spec.label() + " is closed; cannot run " + process.label());
        }
        List<String> command = new ArrayList<>(List.of("sh", "-c", cgroup.joinAndExec(), "sh",
                // Entering the mount namespace also makes its root (bubblewrap's new root) ours.
                host.machine().program("nsenter").toString(), "--pid=" + pins.file("pid"), "--mount=" + pins.file("mnt"),
                "--net=" + pins.file("net"), "--ipc=" + pins.file("ipc"), "--uts=" + pins.file("uts"), "--",
                host.machine().program("setpriv").toString(), "--reuid=" + user, "--regid=" + user, "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--",
                host.machine().program("prlimit").toString(), "--fsize=" + host.limits().diskBytes(), "--",
                // Changing directory inside, after the root switch: a directory nsenter opened
                // before would be the host's, and ".." from it would lead out of the sandbox.
                // Nor StackBench's own process markers: nothing inside needs them, the cgroups
                // find every process of the sandbox.
                "env", "--unset=" + ProcessRunner.MARKER_VARIABLE, "--unset=" + ProcessRunner.OWNER_VARIABLE,
                "--chdir=" + process.workDir(), "--"));
        command.addAll(process.command());
        // Never StackBench's own environment: only what the caller chose for the code inside.
        Map<String, String> env = new HashMap<>(process.environment());
        env.put("HOME", HOME.toString());
        env.put("TMPDIR", "/tmp");
        env.put("USER", "sandbox");
        env.put("LOGNAME", "sandbox");
        env.putIfAbsent("PATH", "/usr/local/bin:/usr/bin:/bin");
        return new ProcessSpec(process.label(), command, scratch, env, false, process.log(), process.logCapBytes(),
                process.timeout(), process.ownProcessGroup());
    }

    private void prepareFiles(Optional<PostgresTemplate> postgres) {
        try {
            Files.createDirectories(scratch);
            Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwx------"));
            Path home = Files.createDirectories(scratch.resolve("home"));
            Path tmp = Files.createDirectories(scratch.resolve("tmp"));
            chown(home, host.uid());
            chown(tmp, host.uid());
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.writeString(scratch.resolve("passwd"), "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                    + "sandbox:x:" + host.uid() + ":" + host.uid() + ":StackBench sandbox:" + HOME + ":/bin/bash\n"
                    + "postgres:x:" + host.serviceUid() + ":" + host.serviceUid() + ":PostgreSQL:" + POSTGRES_DATA
                    + ":/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n");
            Files.writeString(scratch.resolve("group"), "root:x:0:\nsandbox:x:" + host.uid() + ":\npostgres:x:"
                    + host.serviceUid() + ":\nnogroup:x:65534:\n");
            for (SandboxSpec.Bind bind : spec.binds()) {
                if (bind.writable()) {
                    chownTree(bind.source(), host.uid());
                }
            }
            if (postgres.isPresent()) {
                Files.createDirectories(database.getParent());
                Files.setPosixFilePermissions(database.getParent(), PosixFilePermissions.fromString("rwx------"));
                postgres.get().copyTo(database, host.runner(), scratch.resolve("pg-copy.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare sandbox " + spec.label() + " in " + scratch, e);
        }
    }

    private void startHolder(Optional<PostgresTemplate> postgres) {
        List<String> command = new ArrayList<>(List.of("sh", "-c", cgroup.joinAndExec(), "sh"));
        command.addAll(bwrap(postgres));
        command.addAll(List.of("--", host.machine().program("sleep").toString(), "infinity"));
        holder = host.runner().start(new ProcessSpec("sandbox " + spec.label(), command, scratch,
                Map.of("PATH", "/usr/bin:/bin"), false, scratch.resolve("holder.log"), HOLDER_LOG_CAP, Duration.ofDays(1), false));
        if (!await(this::holderReady, holder, HOLDER_START)) {
            throw StackBenchException.environment("sandbox " + spec.label() + " did not start (bubblewrap): "
                    + holder.outputTail().strip());
        }
        pins = NamespacePins.pin(cgroup.name(), inside, host.runner(), scratch);
    }

    /** Whether bubblewrap's init runs the holder's {@code sleep}, i.e. the namespaces are complete. */
    private boolean holderReady() {
        Optional<Long> namespaceInit = onlyChild(holder.pid());
        Optional<Long> sleeper = namespaceInit.flatMap(LinuxSandbox::onlyChild).filter(p -> "sleep".equals(comm(p)));
        sleeper.ifPresent(p -> {
            init = namespaceInit.get();
            inside = p;
        });
        return sleeper.isPresent();
    }

    /** Waits until {@code ready} holds; false when {@code process} ends first or time runs out. */
    static boolean await(java.util.function.BooleanSupplier ready, ProcessRunner.RunningProcess process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready.getAsBoolean()) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            sleep(2);
        }
        return false;
    }

    /** The bubblewrap command line: namespaces, then the filesystem view, parents before children. */
    private List<String> bwrap(Optional<PostgresTemplate> postgres) {
        List<String> args = new ArrayList<>(List.of(host.machine().program("bwrap").toString(),
                "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                "--new-session", "--hostname", "sandbox", "--ro-bind", "/usr", "/usr"));
        for (String entry : ROOT_ENTRIES) {
            Path p = Path.of("/", entry);
            if (Files.isSymbolicLink(p)) {
                args.addAll(List.of("--symlink", readLink(p), p.toString()));
            } else if (Files.isDirectory(p)) {
                args.addAll(List.of("--ro-bind", p.toString(), p.toString()));
            }
        }
        args.addAll(List.of("--ro-bind", "/etc", "/etc",
                "--ro-bind", scratch.resolve("passwd").toString(), "/etc/passwd",
                "--ro-bind", scratch.resolve("group").toString(), "/etc/group",
                "--proc", "/proc", "--dev", "/dev",
                "--bind", scratch.resolve("tmp").toString(), "/tmp"));
        List<SandboxSpec.Bind> binds = new ArrayList<>();
        binds.add(new SandboxSpec.Bind(scratch.resolve("home"), HOME, true));
        host.machine().toolchains().forEach(t -> binds.add(SandboxSpec.Bind.readOnly(t)));
        binds.addAll(spec.binds());
        postgres.ifPresent(template -> {
            binds.add(new SandboxSpec.Bind(database, POSTGRES_DATA, true));
            binds.add(SandboxSpec.Bind.readOnly(template.binaries()));
        });
        binds.sort(Comparator.comparingInt(b -> b.target().getNameCount()));
        Set<Path> made = new LinkedHashSet<>(List.of(Path.of("/tmp"), Path.of("/usr"), Path.of("/etc")));
        for (SandboxSpec.Bind bind : binds) {
            // bubblewrap makes missing parents private (0700); code inside must be able to pass through.
            for (int i = 1; i < bind.target().getNameCount(); i++) {
                Path parent = bind.target().getRoot().resolve(bind.target().subpath(0, i));
                if (made.add(parent)) {
                    args.addAll(List.of("--perms", "0755", "--dir", parent.toString()));
                }
            }
            made.add(bind.target());
            args.addAll(List.of(bind.writable() ? "--bind" : "--ro-bind", bind.source().toString(), bind.target().toString()));
        }
        return args;
    }

    /** Connects the sandbox's network to the internet through pasta, without the host's loopback. */
    private void connect() {
        List<String> command = new ArrayList<>(List.of("sh", "-c", cgroup.joinAndExec(), "sh",
                host.machine().program("pasta").toString(), "--runas", "0", "--netns", pins.file("net").toString(),
                "--netns-only", "--config-net", "--no-map-gw", "-t", "none", "-u", "none", "-U", "none", "-f", "-q",
                "-T", spec.hostPorts().isEmpty() ? "none" : String.join(",", spec.hostPorts().stream().map(String::valueOf).toList())));
        pasta = host.runner().start(new ProcessSpec("pasta for " + spec.label(), command, scratch,
                Map.of("PATH", "/usr/bin:/bin"), false, scratch.resolve("pasta.log"), HOLDER_LOG_CAP, Duration.ofDays(1), false));
        Path route = Path.of("/proc", Long.toString(inside), "net", "route");
        if (!await(() -> hasDefaultRoute(route), pasta, HOLDER_START)) {
            throw StackBenchException.environment("the network of sandbox " + spec.label() + " did not come up (pasta): "
                    + pasta.outputTail().strip());
        }
    }

    private void startPostgres(PostgresTemplate template) {
        template.start(this, database, scratch.resolve("postgres.log"));
    }

    /** Counts what the code inside wrote; past the limit, everything inside is stopped. */
    void checkDisk() {
        long now = System.nanoTime();
        if (closed.get() || diskHit || now < nextDiskCheck) {
            return;
        }
        long used = size(scratch);
        for (SandboxSpec.Bind bind : spec.binds()) {
            if (bind.writable()) {
                used += size(bind.source());
            }
        }
        // A big tree (an agent's node_modules) is counted less often, so that counting never
        // takes more than a tenth of a core; the per-file cap holds in between.
        nextDiskCheck = now + 10 * (System.nanoTime() - now);
        if (used > host.limits().diskBytes()) {
            diskHit = true;
            stopAll();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        host.open().remove(this);
        boolean empty = stopAll();
        if (holder != null) {
            holder.waitFor(Duration.ofSeconds(1));
        }
        cgroup.remove();
        if (pins != null) {
            pins.release(host.runner(), scratch);
        }
        for (SandboxSpec.Bind bind : spec.binds()) {
            if (bind.writable()) {
                // Nothing the sandbox's user could write stays its own after the run.
                chownTree(bind.source(), 0);
            }
        }
        Workspace.deleteTree(scratch);
        Workspace.deleteTree(database.getParent());
        if (!empty) {
            throw StackBenchException.unexpectedState("processes of sandbox " + spec.label() + " survived SIGKILL: "
                    + cgroup.processes());
        }
    }

    /**
     * Kills everything in the sandbox: pasta, then the PID namespace's init, whose death makes the
     * kernel kill every process in the namespace at once. The processes outside it that started
     * commands there (nsenter) then reap their children and exit by themselves; killed at once,
     * they would leave those children as zombies for the host's init. Whatever is left after a
     * moment is killed.
     *
     * @return true when nothing is left
     */
    private boolean stopAll() {
        if (pasta != null) {
            ProcessHandle.of(pasta.pid()).ifPresent(ProcessHandle::destroyForcibly);
        }
        if (init > 0) {
            ProcessHandle.of(init).ifPresent(ProcessHandle::destroyForcibly);
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < deadline && !cgroup.processes().isEmpty()) {
                sleep(2);
            }
        }
        return cgroup.killAll(KILL_PATIENCE);
    }

    private static boolean hasDefaultRoute(Path route) {
        try {
            return Files.readAllLines(route).stream().skip(1).map(l -> l.split("\\s+"))
                    .anyMatch(f -> f.length > 2 && f[1].equals("00000000"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> onlyChild(long pid) {
        try {
            String children = Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children")).strip();
            if (children.isEmpty() || children.contains(" ")) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(children));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read link " + link, e);
        }
    }

    static void chown(Path path, int uid) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
    }

    /** Gives a whole tree to {@code uid}, links themselves and never what they point to. */
    static void chownTree(Path root, int uid) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    chown(dir, uid);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    chown(file, uid);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give " + root + " to user " + uid, e);
        }
    }

    private static long size(Path root) {
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A tree that changes while it is counted: the next count will do.
        }
        return total[0];
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
