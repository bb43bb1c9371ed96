package io.stackbench.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.base.Bases;
import io.stackbench.core.BuildInfo;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.Toolchain;
import io.stackbench.runtime.Workspace;
import io.stackbench.sandbox.Sandbox;
import io.stackbench.sandbox.SandboxSpec;
import io.stackbench.sandbox.Sandboxes;
import io.stackbench.task.Constraint;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Runtime;
import io.stackbench.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs one agent on one task in a generation directory and records what it did:
 * {@code prompt.md}, the {@code workspace/} it built in, {@code solution.patch} (the workspace
 * against the task's base, without dependencies, caches and databases), the agent's own records
 * under {@code agent/}, and last {@code generation.json}.
 */
public final class Generator {

    private static final Duration VENV_TIMEOUT = Duration.ofMinutes(3);

    private final ProcessRunner runner;
    private final Toolchain tools;
    private final Sandboxes sandboxes;
    private final PromptRenderer prompts;
    private final ObjectMapper json;
    private final List<Integer> hostPorts;
    private final List<Path> readable;
    private final Bases bases;

    /**
     * @param sandboxes where agents that work in the task's runtime run
     * @param hostPorts ports of the host's loopback agents still reach as {@code localhost:PORT}
     *                  (a model endpoint the user runs locally, given with {@code --base-url})
     * @param readable  host directories agents see read-only besides the toolchains (a {@code cmd:}
     *                  agent's own program, given with {@code --agent-read})
     * @param bases     where feature tasks' bases come from
     */
    public Generator(ProcessRunner runner, Toolchain tools, Sandboxes sandboxes, PromptRenderer prompts, ObjectMapper json,
                     List<Integer> hostPorts, List<Path> readable, Bases bases) {
        this.bases = bases;
        this.runner = runner;
        this.tools = tools;
        this.sandboxes = sandboxes;
        this.prompts = prompts;
        this.json = json;
        this.hostPorts = List.copyOf(hostPorts);
        this.readable = List.copyOf(readable);
    }

    /**
     * Lets {@code agent} solve {@code task} in {@code dir} (absent or empty).
     *
     * @param keepWorkspace whether the workspace stays after the patch is recorded (a sweep evaluates the patch and drops it)
     */
    public Generation generate(Agent agent, String spec, Task task, int run, Path dir, Limits limits, boolean keepWorkspace) {
        Path genDir = dir.toAbsolutePath().normalize();
        Workspace.createEmptyDirectory(genDir, "generation directory");
        // A feature task's agent starts from its base, a git repository with one commit; its patch
        // is taken against a copy of the base the agent never sees.
        Workspace workspace = bases.materialiseBase(task, genDir.resolve("workspace"), genDir.resolve("logs"));
        Optional<Path> base = Optional.empty();
        if (task.kind() == Task.Kind.FEATURE) {
            workspace.commitAll("The codebase to extend");
            base = Optional.of(bases.materialiseBase(task, genDir.resolve("logs").resolve("base"),
                    genDir.resolve("logs").resolve("base-git")).dir());
        }
        Path recordDir = genDir.resolve("agent");
        String prompt = prompts.render(task);
        Path promptFile = genDir.resolve("prompt.md");
        try {
            Files.createDirectories(recordDir);
            Files.writeString(promptFile, prompt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + genDir + " for " + task.id(), e);
        }
        String tag = UUID.randomUUID().toString();
        Map<String, String> environment = agent.needsRuntime()
                ? runtimeEnvironment(task, genDir, tag) : baseEnvironment(genDir, tag);
        // Agents that only copy a solution into place (oracle, replay) run no code: no sandbox.
        Optional<Sandbox> sandbox = agent.needsRuntime() ? Optional.of(openSandbox(task, genDir, workspace, recordDir, promptFile,
                agent.readable()))
                : Optional.empty();

        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        AgentOutcome outcome;
        // Agents run in process groups of their own, out of reach of the terminal's Ctrl-C: when
        // StackBench is stopped, it stops them, or they would go on working (and spending).
        Thread stopOnExit = new Thread(() -> runner.stopTagged(ProcessRunner.AGENT_VARIABLE, tag), "stop-agent-" + task.id());
        java.lang.Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            outcome = agent.run(new AgentRun(task, run, workspace.dir(), recordDir, prompt, promptFile, environment, limits,
                    sandbox.isPresent() ? sandbox.get() : runner));
        } catch (StackBenchException e) {
            throw e;
        } catch (RuntimeException e) {
            outcome = AgentOutcome.error(agent.name() + " failed on " + task.id() + ": " + e, 0, Usage.UNKNOWN);
        } finally {
            // Servers an agent started to try its work must not outlive it: they would hold the
            // ports the evaluation needs.
            runner.stopTagged(ProcessRunner.AGENT_VARIABLE, tag);
            removeHook(stopOnExit);
        }
        Optional<String> limit = sandbox.flatMap(Sandbox::limitHit);
        sandbox.ifPresent(Sandbox::close);
        if (limit.isPresent()) {
            outcome = new AgentOutcome(outcome.exitReason(), Optional.of("limit: " + limit.get()
                    + outcome.detail().map(d -> "; " + d).orElse("")), outcome.steps(), outcome.usage());
        }
        if (Thread.currentThread().isInterrupted()) {
            // The sweep is being stopped: the agent was cut off, which is no outcome of its own.
            // No record is written, so the next sweep runs it again.
            throw StackBenchException.unexpectedState("the run of " + agent.name() + " on " + task.id()
                    + " was interrupted; it is not recorded");
        }
        double seconds = Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0;
        workspace.writePatch(genDir.resolve(Generation.PATCH_FILE), base);
        base.ifPresent(Workspace::deleteTree);
        Generation generation = new Generation(Generation.SCHEMA, task.id(), run,
                new Generation.AgentInfo(spec, agent.name(), agent.model()), outcome.exitReason(), outcome.detail(),
                outcome.steps(), outcome.usage(), started, seconds, Generation.PATCH_FILE, versions(agent, task));
        if (!keepWorkspace) {
            Workspace.deleteTree(workspace.dir());
            Workspace.deleteTree(genDir.resolve("env"));
            Workspace.deleteTree(genDir.resolve("home"));
        }
        Json.writeAtomically(json, genDir.resolve(Generation.FILE), generation);
        return generation;
    }

    private static void removeHook(Thread hook) {
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    /**
     * The agent's sandbox: its workspace, its virtualenv and its record folder writable, the
     * prompt readable, the internet and the configured local model endpoint reachable, and for
     * PostgreSQL tasks a PostgreSQL of its own.
     */
    private Sandbox openSandbox(Task task, Path genDir, Workspace workspace, Path recordDir, Path promptFile, List<Path> agentOwn) {
        List<SandboxSpec.Bind> binds = new java.util.ArrayList<>(List.of(SandboxSpec.Bind.writable(workspace.dir()),
                SandboxSpec.Bind.writable(recordDir), SandboxSpec.Bind.readOnly(promptFile)));
        readable.forEach(dir -> binds.add(SandboxSpec.Bind.readOnly(dir)));
        agentOwn.forEach(dir -> binds.add(SandboxSpec.Bind.readOnly(dir)));
        if (Files.isDirectory(genDir.resolve("env"))) {
            binds.add(SandboxSpec.Bind.writable(genDir.resolve("env")));
        }
        boolean postgres = task.database().filter(Constraint.POSTGRES::equals).isPresent();
        return sandboxes.open(new SandboxSpec("agent on " + task.id(), SandboxSpec.Network.INTERNET, binds, postgres, hostPorts));
    }

    private Map<String, String> baseEnvironment(Path genDir, String tag) {
        Path home = genDir.resolve("home");
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + home, e);
        }
        Map<String, String> env = new HashMap<>(Toolchain.registryEnvironment());
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("TERM", "dumb");
        env.put(ProcessRunner.AGENT_VARIABLE, tag);
        return env;
    }

    /** The task's runtime ready to use: a fresh virtualenv with pip on PATH, or Node and npm; PostgreSQL up. */
    private Map<String, String> runtimeEnvironment(Task task, Path genDir, String tag) {
        Map<String, String> env = baseEnvironment(genDir, tag);
        if (task.runtime() == Runtime.PYTHON) {
            Path venv = genDir.resolve("env").resolve("venv");
            ProcessResult made = runner.run(ProcessSpec.tool("uv venv for the agent", List.of(tools.uv().toString(), "venv",
                            "--quiet", "--seed", "--python", tools.python().toString(), venv.toString()), genDir,
                    genDir.resolve("logs").resolve("agent-venv.log"), VENV_TIMEOUT).withEnvironment(tools.uvEnvironment()));
            if (!made.succeeded()) {
                throw StackBenchException.environment("cannot make the agent's virtualenv for " + task.id() + ": "
                        + made.describeFailure());
            }
            env.put("VIRTUAL_ENV", venv.toString());
            env.put("PATH", venv.resolve("bin") + ":" + tools.python().getParent() + ":" + env.get("PATH"));
            env.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
        }
        return env;
    }

    private Map<String, String> versions(Agent agent, Task task) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("stackbench", BuildInfo.load().version());
        if (agent.needsRuntime()) {
            out.putAll(tools.versions(task.runtime() == Runtime.PYTHON ? List.of("python", "uv") : List.of("node", "npm")));
            // Whether the agent worked sealed: unsealed, it could have read the answers.
            out.put("isolation", sandboxes.isolation().id());
        }
        out.putAll(agent.versions());
        return out;
    }
}
