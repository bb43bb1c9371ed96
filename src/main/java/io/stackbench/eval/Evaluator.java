package io.stackbench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.base.Bases;
import io.stackbench.contract.NewmanRunner;
import io.stackbench.contract.Suite;
import io.stackbench.contract.SuiteResult;
import io.stackbench.core.BuildInfo;
import io.stackbench.core.Defaults;
import io.stackbench.core.InfraFailure;
import io.stackbench.core.StackBenchException;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.datalayer.DataLayer;
import io.stackbench.datalayer.DataLayerReport;
import io.stackbench.runtime.DependencyInstaller;
import io.stackbench.runtime.Hashes;
import io.stackbench.runtime.PreparedEnvironment;
import io.stackbench.runtime.ServerProcess;
import io.stackbench.runtime.SolutionFailure;
import io.stackbench.runtime.Toolchain;
import io.stackbench.runtime.Workspace;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.sandbox.Sandbox;
import io.stackbench.sandbox.SandboxSpec;
import io.stackbench.sandbox.Sandboxes;
import io.stackbench.task.Constraint;
import io.stackbench.task.FeatureTask;
import io.stackbench.task.Runtime;
import io.stackbench.task.Task;
import io.stackbench.verify.Requirements;
import io.stackbench.verify.Verifier;
import io.stackbench.verify.VerifyReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation pipeline: prepare workspace → static verifiers → install dependencies →
 * provision the database → start the server → health check → behavioural suite → runtime
 * data-layer checks → teardown, with a {@code result.json}. The verifiers read the tree as
 * submitted, before anything runs in it.
 */
public final class Evaluator {

    public static final String RESULT_FILE = "result.json";
    static final List<String> SQLITE_FILES = List.of("*.db", "*.sqlite", "*.sqlite3", "*.db-journal", "*.db-wal", "*.db-shm");

    private final Settings settings;
    private final ProcessRunner runner;
    private final Toolchain tools;
    private final Sandboxes sandboxes;
    private final Bases bases;
    private final Map<Runtime, DependencyInstaller> installers;
    private final NewmanRunner newman;
    private final Suite suite;
    private final ObjectMapper json;
    private final Verifier verifier = new Verifier();
    private final DataLayer dataLayer;

    /**
     * @param runner    runs StackBench's own tools (git, curl, newman) on the host
     * @param sandboxes where the solution's server runs; installers bring their own confinement
     */
    public Evaluator(Settings settings, ProcessRunner runner, Toolchain tools, Sandboxes sandboxes, Bases bases,
                     Map<Runtime, DependencyInstaller> installers, NewmanRunner newman, Suite suite, ObjectMapper json) {
        this.bases = bases;
        this.settings = settings;
        this.runner = runner;
        this.tools = tools;
        this.sandboxes = sandboxes;
        this.installers = Map.copyOf(installers);
        this.newman = newman;
        this.suite = suite;
        this.json = json;
        this.dataLayer = new DataLayer(runner, json);
    }

    /**
     * Evaluates one solution of {@code task} in {@code runDir} (which must be empty or absent) and
     * writes {@code result.json} there.
     */
    public RunResult evaluate(Task task, SolutionSource source, Path runDir) {
        return evaluate(task, source, runDir, Optional.empty());
    }

    /** As {@link #evaluate(Task, SolutionSource, Path)}, recording how the agent that wrote the solution fared. */
    public RunResult evaluate(Task task, SolutionSource source, Path runDir, Optional<RunResult.Generation> generation) {
        return evaluate(task, source, runDir, generation, Optional.empty());
    }

    /** As {@link #evaluate(Task, SolutionSource, Path, Optional)}, for the shard ({@code K/N}) of a sweep. */
    public RunResult evaluate(Task task, SolutionSource source, Path runDir, Optional<RunResult.Generation> generation,
                              Optional<String> shard) {
        Run run = new Run(task, source, runDir, generation, shard);
        try {
            run.phases();
        } finally {
            // Also when a broken environment aborts a phase: no server outlives its run.
            run.teardown();
        }
        return run.writeResult();
    }

    /** The state of one evaluation as its phases fill it in. */
    private final class Run {
        private final Task task;
        private final SolutionSource source;
        private final Path runDir;
        private final Path logs;
        private final Instant started = Instant.now();
        private final long startNanos = System.nanoTime();
        private final Workspace workspace;
        private final DependencyInstaller installer;
        private final PhaseClock clock = new PhaseClock();
        private PreparedEnvironment environment;
        private Optional<VerifyReport> verification = Optional.empty();
        private Optional<ServerProcess> server = Optional.empty();
        private Optional<Sandbox> sandbox = Optional.empty();
        private Optional<String> limit = Optional.empty();
        private Optional<String> newmanSha256 = Optional.empty();
        private SuiteResult suiteResult = SuiteResult.NOT_RUN;
        private Instant sandboxOpened = Instant.now();
        private Optional<DataLayer.Watch> watch = Optional.empty();
        private Optional<DataLayerReport> dataLayerReport = Optional.empty();
        private final Optional<RunResult.Generation> generation;
        private final Optional<String> shard;
        private final Suite suite;

        Run(Task task, SolutionSource source, Path runDir, Optional<RunResult.Generation> generation, Optional<String> shard) {
            this.task = task;
            this.shard = shard;
            this.generation = generation;
            this.source = source;
            // Child processes (git, servers, newman) run in other directories: a relative run
            // directory such as the default "results/..." would point elsewhere for them.
            this.runDir = runDir.toAbsolutePath().normalize();
            this.logs = this.runDir.resolve("logs");
            this.workspace = Workspace.create(this.runDir.resolve("solution"), logs.resolve("git"), runner);
            this.installer = installers.get(task.runtime());
            // A user's feature task may bring the suite that scores it.
            this.suite = task.feature().flatMap(FeatureTask::suite).map(Suite::fromFile).orElse(Evaluator.this.suite);
        }

        void phases() {
            clock.run("prepare", Optional.empty(), this::prepare);
            clock.run("verify", Optional.of("verify.json"), this::verify);
            clock.run("install", Optional.of("logs/install.log"), () -> {
                try {
                    environment = installer.prepare(workspace.dir(), logs.resolve("install.log"));
                } catch (SolutionFailure e) {
                    limit = e.limit();
                    Optional<String> infra = infraInInstall();
                    if (infra.isPresent()) {
                        throw new InfraFailure("install", infra.get());
                    }
                    throw e;
                }
                return Optional.of(environment.cacheHit() ? "cache hit" : "installed");
            });
            clock.run("database", Optional.empty(), () -> {
                try {
                    return openSandbox();
                } catch (StackBenchException e) {
                    if (e.kind() != StackBenchException.Kind.ENVIRONMENT) {
                        throw e;
                    }
                    // bubblewrap, pasta or the sandbox's PostgreSQL did not come up: the machine's
                    // state, not the solution's; another attempt may well find them working.
                    throw new InfraFailure("database", "the sandbox or its PostgreSQL did not start: " + e.getMessage());
                }
            });
            clock.run("start", Optional.of("logs/server.log"), () -> namingLimit(() -> {
                server = Optional.of(ServerProcess.start(workspace.dir(), serverEnvironment(runDir, environment),
                        logs.resolve("server.log"), settings.logCapBytes(), Task.PORT, sandbox.orElseThrow(), runner));
                server.get().awaitHealthy(Task.HEALTH_CHECK_PATH, settings.healthTimeout(), Defaults.HEALTH_POLL_INTERVAL);
            }));
            clock.run("suite", Optional.of("logs/suite.log"), () -> {
                newmanSha256 = Optional.of(newman.verify(suite));
                Sandbox box = sandbox.orElseThrow();
                watch = Optional.of(dataLayer.watch(task, new DataLayer.Server(box.sealed(), box.networkEntry(), Task.PORT,
                        box.statementLog(), box.writableAreas(), sandboxOpened), runDir));
                namingLimit(() -> suiteResult = newman.run(suite, watch.get().url() + Task.BASE_PATH, logs, box.networkEntry()));
                return Optional.of(suiteResult.passed() + "/" + suiteResult.total() + " assertions passed");
            });
            clock.run("data-layer", Optional.of(DataLayer.STATEMENTS_FILE), () -> {
                DataLayerReport report = watch.orElseThrow().examine("http://localhost:" + Task.PORT + Task.BASE_PATH,
                        logs.resolve("newman-report.json"));
                dataLayerReport = Optional.of(report);
                int failed = report.failed().size();
                return Optional.of(!report.checked() ? "not checked: " + report.reason()
                        : report.statements() + " statements in the suite; " + (failed == 0 ? "runtime rules pass"
                                : failed + " runtime rules fail"));
            });
        }

        /**
         * What the install logs show of a registry or disk failure; a limit the install ran into
         * (processes, memory, disk) is the solution's doing, whatever the log says.
         */
        private Optional<String> infraInInstall() {
            if (limit.filter(l -> !l.equals("time")).isPresent()) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder();
            for (String name : List.of("install-venv.log", "install.log")) {
                Path log = logs.resolve(name);
                if (java.nio.file.Files.isRegularFile(log)) {
                    try {
                        text.append(new String(java.nio.file.Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + log, e);
                    }
                }
            }
            return InfraCause.inInstallLog(task.runtime() == Runtime.PYTHON ? "uv" : "npm", text.toString());
        }

        /**
         * Runs a step of the server's; when it fails because the sandbox stopped the server at a
         * limit, the failure says so.
         */
        private Optional<String> namingLimit(Runnable step) {
            try {
                step.run();
            } catch (SolutionFailure e) {
                Optional<String> hit = sandbox.flatMap(Sandbox::limitHit);
                if (hit.isPresent()) {
                    limit = hit;
                    throw new SolutionFailure(e.getMessage(), hit);
                }
                throw e;
            }
            return Optional.empty();
        }

        /**
         * A directory is the complete solution; a patch applies to the task's base (nothing for a
         * greenfield task). Either way the recorded patch is the solution against that base.
         */
        private Optional<String> prepare() {
            Optional<Path> base = bases.temporaryBase(task, logs.resolve("base"));
            try {
                if (source.kind() == SolutionSource.Kind.DIRECTORY) {
                    workspace.copyFrom(source.path());
                } else {
                    base.ifPresent(workspace::copyFrom);
                    workspace.applyPatch(source.path());
                }
                workspace.writePatch(runDir.resolve("solution.patch"), base);
            } finally {
                Workspace.deleteTree(logs.resolve("base"));
            }
            return base.map(b -> "on the base of " + task.id());
        }

        private Optional<String> verify() {
            VerifyReport report = verifier.verify(workspace.dir(), Requirements.of(task.constraints()));
            verification = Optional.of(report);
            Json.writeAtomically(json, runDir.resolve("verify.json"), report);
            return Optional.of(report.findings().size() + " findings; " + (report.passed() ? "all verifiers pass" : "verifiers fail"));
        }

        /**
         * The server's sandbox: the workspace writable, its dependencies read-only, its own
         * loopback and, for PostgreSQL tasks, its own empty database.
         */
        private Optional<String> openSandbox() {
            List<String> notes = new ArrayList<>();
            // Every run starts from an empty database: stale SQLite files would carry another run's data.
            List<Path> removed = workspace.deleteMatching(SQLITE_FILES);
            if (!removed.isEmpty()) {
                notes.add("removed database files " + removed);
            }
            List<SandboxSpec.Bind> binds = new ArrayList<>(List.of(SandboxSpec.Bind.writable(workspace.dir())));
            environment.mounts().forEach((target, source) -> binds.add(new SandboxSpec.Bind(source, target, false)));
            boolean postgres = task.database().filter(Constraint.POSTGRES::equals).isPresent();
            sandboxOpened = Instant.now();
            sandbox = Optional.of(sandboxes.open(new SandboxSpec(task.id(), SandboxSpec.Network.LOOPBACK, binds, postgres,
                    List.of())));
            if (postgres) {
                notes.add(sandboxes.isolation() == io.stackbench.core.Isolation.SANDBOX
                        ? "the sandbox's own PostgreSQL, database 'conduit' empty"
                        : "postgres database 'conduit' re-created empty");
            }
            return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
        }

        void teardown() {
            if (server.isPresent() || sandbox.isPresent()) {
                clock.runAlways("teardown", Optional.empty(), () -> {
                    limit = limit.or(() -> sandbox.flatMap(Sandbox::limitHit));
                    watch.ifPresent(DataLayer.Watch::close);
                    // A sealed server gets no grace: its sandbox kills everything in it at once.
                    // Unsealed, closing the sandbox does nothing and the server's own stop
                    // (TERM, grace, KILL) does the work.
                    sandbox.ifPresent(Sandbox::close);
                    Optional<String> problem = server.flatMap(ServerProcess::stop);
                    return problem.map(p -> {
                        throw new SolutionFailure(p);
                    });
                });
            } else {
                clock.skip("teardown");
            }
            workspace.removeDependencyFolders();
        }

        RunResult writeResult() {
            SuiteResult s = suiteResult;
            boolean verifiersPass = verification.map(VerifyReport::passed).orElse(false);
            RunResult result = new RunResult(RunResult.SCHEMA, taskInfo(task),
                    new RunResult.SolutionInfo(source.path().toString(), source.kind().name().toLowerCase(java.util.Locale.ROOT),
                            "solution", "solution.patch"),
                    started, Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0, clock.phases(),
                    new RunResult.Assertions(suite.name(), suite.sha256(), s.total(), s.passed(), s.failed(), s.scriptErrors(),
                            s.rootFailures(), s.blockedFailures()),
                    s.assertPercent(), verifiersPass ? s.assertPercent() : 0.0, clock.failingPhase(),
                    verification.map(VerifyReport::verdicts).orElse(List.of()),
                    verifiersPass && !clock.failed() && s.total() > 0 && s.failed() == 0 && s.scriptErrors() == 0,
                    versions(task, suite, installer, newmanSha256), generation, sandboxes.isolation().id(), limit,
                    PartCounts.byFeature(s.assertions()), PartCounts.byOperation(s.assertions()),
                    task.feature().map(f -> PartCounts.featureScore(f.feature(), s.assertions())), dataLayerReport,
                    dataLayerReport.flatMap(d -> d.sound(verifiersPass ? s.assertPercent() : 0.0))
                                                        // A sealed run that failed before its data layer was examined scores 0 as strictly.
                            .or(() -> clock.failed() && sandboxes.isolation() == io.stackbench.core.Isolation.SANDBOX
                                    ? Optional.of(0.0) : Optional.empty()),
                    Optional.of(provenance(shard)));
            Json.writeAtomically(json, runDir.resolve("assertions.json"), s.assertions());
            Json.writeAtomically(json, runDir.resolve(RESULT_FILE), result);
            return result;
        }
    }

    private RunResult.Provenance provenance(Optional<String> shard) {
        io.stackbench.core.ResourceLimits l = settings.limits();
        return new RunResult.Provenance(HostName.CURRENT, shard, sandboxes.isolation() == io.stackbench.core.Isolation.SANDBOX
                ? Optional.of(new RunResult.Limits(l.pids(), l.memoryBytes(), l.cpus(), l.diskBytes())) : Optional.empty());
    }

    /** Solutions are untrusted: they get a minimal environment, not StackBench's. */
    private static Map<String, String> serverEnvironment(Path runDir, PreparedEnvironment prepared) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("HOME", runDir.resolve("home").toAbsolutePath().toString());
        env.put("LANG", "C.UTF-8");
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.putAll(prepared.variables());
        runDir.resolve("home").toFile().mkdirs();
        return env;
    }

    private Map<String, String> versions(Task task, Suite suite, DependencyInstaller installer, Optional<String> newmanSha256) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("stackbench", BuildInfo.load().version());
        versions.put("suite", suite.name() + " sha256:" + suite.sha256().substring(0, 12));
        if (task.feature().isPresent()) {
            // The base a feature task's solution was applied to is the removal patch's work.
            try {
                versions.put("base", "removal sha256:" + Hashes.file(bases.removal(task)).substring(0, 12));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the removal patch of " + task.id(), e);
            }
        }
        versions.putAll(tools.versions(installer.tools()));
        versions.putAll(tools.versions(List.of("newman", "git")));
        newmanSha256.ifPresent(h -> versions.put("newman-sha256", h));
        if (task.database().filter(Constraint.POSTGRES::equals).isPresent()) {
            sandboxes.postgresVersion().ifPresent(v -> versions.put("postgres", v));
        }
        return versions;
    }

    static RunResult.TaskInfo taskInfo(Task task) {
        return new RunResult.TaskInfo(task.id(), task.framework().id(), task.runtime().id(),
                task.constraints().constraints().stream().map(Constraint::id).toList(), task.level(), task.kind().id(),
                task.feature().map(f -> f.feature().id()));
    }
}
