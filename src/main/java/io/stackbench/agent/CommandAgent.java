package io.stackbench.agent;

import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.Hashes;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An external agent program run as one shell command in the workspace: {@code cmd:'TEMPLATE'} or
 * a preset such as {@code claude-code:MODEL}. It runs in its own process group under the run's
 * wall-time limit, and sees the run's environment plus an allow-list of StackBench's variables,
 * nothing else: an API key the user did not pass cannot reach it.
 */
final class CommandAgent implements Agent {

    /** The agent name of raw {@code cmd:} templates. */
    static final String CMD = "cmd";
    private static final int TEMPLATE_HASH_CHARS = 12;
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);
    private static final long VERSION_LOG_CAP = 64 * 1024;

    private final String name;
    private final String model;
    private final CommandTemplate template;
    private final Map<String, String> allowed;
    private final Map<String, String> setEnv;
    private final Optional<String> versionCommand;
    private final CliUsage usage;
    private final String searchPath;
    private final ProcessRunner runner;
    private Map<String, String> versions;

    /**
     * @param allowed the allow-listed variables, with their values from StackBench's environment
     * @param setEnv  variables the agent gets whatever StackBench's environment says
     * @param searchPath StackBench's {@code PATH}, where the version command finds the program
     */
    CommandAgent(String name, String model, CommandTemplate template, Map<String, String> allowed, Map<String, String> setEnv,
                 Optional<String> versionCommand, CliUsage usage, String searchPath, ProcessRunner runner) {
        this.name = name;
        this.model = model;
        this.template = template;
        this.allowed = Map.copyOf(allowed);
        this.setEnv = Map.copyOf(setEnv);
        this.versionCommand = versionCommand;
        this.usage = usage;
        this.searchPath = searchPath;
        this.runner = runner;
    }

    /**
     * {@code cmd:'TEMPLATE'}: its model label is a hash of the template, so two templates never
     * share a results directory and the same template always finds its earlier runs.
     */
    static CommandAgent fromTemplate(String template, AgentConfig config, ProcessRunner runner) {
        return new CommandAgent(CMD, templateLabel(template), new CommandTemplate(template),
                allowListed(config.passEnv(), config), Map.of(), Optional.empty(), CliUsage.NONE, path(config), runner);
    }

    /** {@code PRESET[:MODEL]}; fails before any run when the preset's program is not installed. */
    static CommandAgent fromPreset(Preset preset, String model, AgentConfig config, ProcessRunner runner) {
        Optional<String> chosen = Optional.of(model.strip()).filter(m -> !m.isEmpty() && !m.equals(Preset.DEFAULT_MODEL));
        preset.requireInstalled(path(config));
        List<String> names = new ArrayList<>(preset.passEnv());
        names.addAll(config.passEnv());
        return new CommandAgent(preset.name(), chosen.orElse(Preset.DEFAULT_MODEL), preset.command(chosen),
                allowListed(names, config), preset.setEnv(), Optional.of(preset.version()), preset.usage(), path(config), runner);
    }

    private static String path(AgentConfig config) {
        return config.environment().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    }

    static String templateLabel(String template) {
        return Hashes.sha256(template.getBytes(StandardCharsets.UTF_8)).substring(0, TEMPLATE_HASH_CHARS);
    }

    private static Map<String, String> allowListed(List<String> names, AgentConfig config) {
        Map<String, String> out = new HashMap<>();
        for (String variable : new LinkedHashSet<>(names)) {
            String value = config.environment().get(variable);
            if (value != null) {
                out.put(variable, value);
            }
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public AgentOutcome run(AgentRun run) {
        String command = template.render(Map.of("prompt_file", run.promptFile().toString(), "prompt", run.prompt(),
                "workspace", run.workspace().toString(), "model", model, "record_dir", run.recordDir().toString(),
                "task", run.task().id()));
        ProcessResult result = run.launcher().run(new ProcessSpec(name + " on " + run.task().id(), List.of("bash", "-c", command),
                run.workspace(), environment(run.environment()), false, run.recordDir().resolve("agent.log"),
                ProcessSpec.DEFAULT_LOG_CAP, run.limits().wallTime(), true));
        Optional<CliUsage.Report> report = usage.read(result.log());
        int steps = report.map(CliUsage.Report::steps).orElse(1);
        Usage spent = report.map(CliUsage.Report::usage).orElse(Usage.UNKNOWN);
        if (result.timedOut()) {
            return new AgentOutcome(ExitReason.TIME_LIMIT, Optional.of(name + " did not finish within "
                    + run.limits().wallTime().toSeconds() + " s and was stopped with everything it started (log: "
                    + result.log() + ")"), steps, spent);
        }
        if (result.exitCode() != 0) {
            return AgentOutcome.error(result.describeFailure(), steps, spent);
        }
        return AgentOutcome.submitted(steps, spent);
    }

    /** The run's environment (runtime PATH, private HOME, tag) and the allow-listed variables over it. */
    Map<String, String> environment(Map<String, String> runEnvironment) {
        Map<String, String> env = new HashMap<>(runEnvironment);
        env.putAll(setEnv);
        env.putAll(allowed);
        return env;
    }

    /** The CLI's version as it reports it, asked once; a raw template records itself instead. */
    @Override
    public synchronized Map<String, String> versions() {
        if (versions == null) {
            versions = versionCommand.map(c -> Map.of(name, askVersion(c))).orElseGet(() -> Map.of(CMD + "-template", template.text()));
        }
        return versions;
    }

    private String askVersion(String command) {
        Path dir;
        try {
            dir = Files.createTempDirectory("stackbench-version-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory to ask " + name + " its version", e);
        }
        try {
            // A throwaway HOME: asking a version must not leave configuration behind in the user's.
            Map<String, String> env = new HashMap<>(Map.of("PATH", searchPath,
                    "HOME", dir.toString(), "LANG", "C.UTF-8", "TERM", "dumb"));
            env.putAll(setEnv);
            env.putAll(allowed);
            ProcessResult result = runner.run(new ProcessSpec("version of " + name, List.of("bash", "-c", command), dir, env,
                    false, dir.resolve("version.log"), VERSION_LOG_CAP, VERSION_TIMEOUT, true));
            String first = result.outputTail().strip().lines().findFirst().orElse("").strip();
            return result.succeeded() && !first.isEmpty() ? first : "unknown (" + command + ": exit code " + result.exitCode() + ")";
        } catch (StackBenchException e) {
            return "unknown (" + e.getMessage() + ")";
        } finally {
            Workspace.deleteTree(dir);
        }
    }
}
