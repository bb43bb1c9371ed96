package io.stackbench.agent;

import io.stackbench.agent.model.ModelFailure;
import io.stackbench.core.Json;
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
import java.nio.file.attribute.UserPrincipal;
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
    private final Map<String, String> variables;
    private final Map<String, String> files;
    private final Optional<String> endpoint;
    private final Optional<String> versionCommand;
    private final AgentOutput output;
    private final String searchPath;
    private final List<Path> readable;
    private final ProcessRunner runner;
    private Map<String, String> versions;

    /**
     * @param variables the agent's own variables over the run's environment: the allow-listed ones
     *                  with their values from StackBench's environment, the key, and those the
     *                  preset sets (which may use the placeholders {@code {{record_dir}}} and {@code {{model}}})
     * @param files     files written into the record directory before the agent starts, by name
     * @param endpoint  the model endpoint given with {@code --base-url}, if any
     * @param searchPath StackBench's {@code PATH}, where the version command finds the program
     * @param readable  host directories the agent needs to see read-only (its pinned install)
     */
    CommandAgent(String name, String model, CommandTemplate template, Map<String, String> variables, Map<String, String> files,
                 Optional<String> endpoint, Optional<String> versionCommand, AgentOutput output, String searchPath,
                 List<Path> readable, ProcessRunner runner) {
        this.name = name;
        this.model = model;
        this.template = template;
        this.variables = Map.copyOf(variables);
        this.files = Map.copyOf(files);
        this.endpoint = endpoint;
        this.versionCommand = versionCommand;
        this.output = output;
        this.searchPath = searchPath;
        this.readable = List.copyOf(readable);
        this.runner = runner;
    }

    /**
     * {@code cmd:'TEMPLATE'}: its model label is a hash of the template, so two templates never
     * share a results directory and the same template always finds its earlier runs.
     */
    static CommandAgent fromTemplate(String template, AgentConfig config, ProcessRunner runner) {
        return new CommandAgent(CMD, templateLabel(template), new CommandTemplate(template),
                allowListed(config.passEnv(), config), Map.of(), config.baseUrl(), Optional.empty(), AgentOutput.NONE,
                path(config), List.of(), runner);
    }

    /**
     * {@code PRESET[:MODEL]}, run by its pinned install at {@code install} ({@code bin/PROGRAM}
     * of a virtualenv, or {@code node_modules/.bin/PROGRAM}).
     */
    static CommandAgent fromPreset(Preset preset, String model, AgentConfig config, Path install, ProcessRunner runner) {
        Optional<String> chosen = Optional.of(model.strip()).filter(m -> !m.isEmpty() && !m.equals(Preset.DEFAULT_MODEL));
        Optional<String> endpoint = config.baseUrl().filter(u -> !u.isBlank());
        Path program = "python".equals(preset.packaging()) ? install.resolve("bin").resolve(preset.program())
                : install.resolve("node_modules").resolve(".bin").resolve(preset.program());
        List<String> names = new ArrayList<>(preset.passEnv());
        names.addAll(preset.keyEnv());
        names.addAll(config.passEnv());
        Map<String, String> variables = allowListed(names, config);
        variables.putAll(preset.setEnv());
        Optional<String> key = config.apiKey().or(() -> preset.keyEnv().stream().map(config.environment()::get)
                .filter(v -> v != null && !v.isBlank()).findFirst());
        // A local server given by URL may need no key, but the CLIs insist on one being set.
        Optional<String> keyToSet = key.isPresent() ? key : endpoint.map(e -> NO_KEY);
        keyToSet.ifPresent(k -> preset.keyEnv().forEach(v -> variables.put(v, k)));
        Map<String, String> files = new HashMap<>(preset.files());
        if (endpoint.isPresent()) {
            variables.putAll(preset.baseUrl().env());
            files.putAll(preset.baseUrl().files());
        }
        return new CommandAgent(preset.name(), chosen.orElse(Preset.DEFAULT_MODEL), preset.command(chosen, endpoint, program.toString()),
                variables, files, endpoint, Optional.of(preset.versionCommand(program.toString())), AgentOutputs.byId(preset.output()),
                path(config), List.of(install), runner);
    }

    /** The key a CLI is given for a local endpoint that needs none. */
    static final String NO_KEY = "stackbench-no-key";

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
    public List<Path> readable() {
        return readable;
    }

    @Override
    public AgentOutcome run(AgentRun run) {
        Map<String, String> values = Map.of("prompt_file", run.promptFile().toString(), "prompt", run.prompt(),
                "workspace", run.workspace().toString(), "model", model, "record_dir", run.recordDir().toString(),
                "task", run.task().id(), "base_url", endpoint.orElse(""));
        writeFiles(run.recordDir(), values);
        String command = template.render(values);
        ProcessResult result = run.launcher().run(new ProcessSpec(name + " on " + run.task().id(), List.of("bash", "-c", command),
                run.workspace(), environment(run.environment(), values), false, run.recordDir().resolve("agent.log"),
                ProcessSpec.DEFAULT_LOG_CAP, run.limits().wallTime(), true));
        Optional<AgentOutput.CliReport> report = output.read(run.recordDir(), result.log());
        report.flatMap(AgentOutput.CliReport::trajectory).ifPresent(t -> Json.writeAtomically(Json.mapper(),
                run.recordDir().resolve(Atif.FILE), withAgent(t)));
        Optional<Integer> steps = report.flatMap(AgentOutput.CliReport::steps);
        Usage spent = report.map(AgentOutput.CliReport::usage).orElse(Usage.UNKNOWN);
        String noCall = steps.filter(n -> n == 0).map(n -> "; " + name + " made no model call").orElse("");
        if (result.timedOut()) {
            return new AgentOutcome(ExitReason.TIME_LIMIT, Optional.of(name + " did not finish within "
                    + run.limits().wallTime().toSeconds() + " s and was stopped with everything it started (log: "
                    + result.log() + ")" + noCall), steps, spent);
        }
        Optional<AgentOutput.EndpointFailure> endpointFailure = report.flatMap(AgentOutput.CliReport::endpointFailure);
        if (endpointFailure.isPresent()) {
            return endpointFailed(endpointFailure.get(), result, steps, spent, noCall);
        }
        if (result.exitCode() != 0) {
            return new AgentOutcome(ExitReason.ERROR, Optional.of(result.describeFailure() + noCall), steps, spent);
        }
        return new AgentOutcome(ExitReason.SUBMITTED, noCall.isEmpty() ? Optional.empty() : Optional.of(noCall.substring(2)),
                steps, spent);
    }

    /**
     * A run the model endpoint ended, whatever the CLI's exit code. As for the built-in loop: an
     * endpoint that was unreachable or kept answering 5xx, 429 or 408 is the infrastructure's
     * failure (not scored, retried); a rejected key, a refused account or an unknown model would
     * fail every run of a sweep alike, so it stops the sweep; any other status ends this run as an error.
     */
    private AgentOutcome endpointFailed(AgentOutput.EndpointFailure failure, ProcessResult result, Optional<Integer> steps,
                                        Usage spent, String noCall) {
        String where = endpoint.map(e -> " " + e).orElse("");
        String status = failure.status().map(s -> "HTTP " + s).orElse("no HTTP status");
        String detail = name + "'s model endpoint" + where + " failed after the CLI's own retries (" + status + "): "
                + failure.cause() + " (log: " + result.log() + ")";
        if (failure.status().isEmpty() || ModelFailure.endpointsFault(failure.status().get())) {
            return new AgentOutcome(ExitReason.INFRA, Optional.of(detail + noCall), steps, spent);
        }
        int code = failure.status().get();
        String hint = switch (code) {
            case 401 -> " rejected the API key (HTTP 401); check the preset's key variable or --api-key-env: ";
            case 403 -> " refused access to model '" + model + "' (HTTP 403): ";
            case 404 -> " does not know model '" + model + "' or the API path (HTTP 404); check the model name and --base-url: ";
            default -> null;
        };
        if (hint != null) {
            throw StackBenchException.invalidInput(name + " preset: model endpoint" + where + hint + failure.cause());
        }
        return new AgentOutcome(ExitReason.ERROR, Optional.of(detail + noCall), steps, spent);
    }

    /**
     * The trajectory with the CLI's version and model filled in where its own output did not
     * carry them: StackBench asked the version itself, and knows the model it passed.
     */
    private Atif.Trajectory withAgent(Atif.Trajectory t) {
        String version = t.agent().version() == null || t.agent().version().isBlank() || "unknown".equals(t.agent().version())
                ? versions().getOrDefault(name, "unknown") : t.agent().version();
        java.util.Optional<String> modelName = t.agent().modelName()
                .or(() -> java.util.Optional.of(model).filter(m -> !m.equals(Preset.DEFAULT_MODEL)));
        return new Atif.Trajectory(t.schemaVersion(), t.sessionId(), new Atif.AgentInfo(t.agent().name(), version, modelName),
                t.steps(), t.notes(), t.finalMetrics(), t.extra());
    }

    /** The preset's settings files, in the record directory where the CLI is pointed at them. */
    private void writeFiles(Path recordDir, Map<String, String> values) {
        for (Map.Entry<String, String> file : files.entrySet()) {
            boolean json = file.getKey().endsWith(".json");
            String content = file.getValue();
            for (Map.Entry<String, String> value : values.entrySet()) {
                String text = json ? jsonEscaped(value.getValue()) : value.getValue();
                content = content.replace("{{" + value.getKey() + "}}", text);
            }
            try {
                Path target = recordDir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, content);
                // The sandbox gave the record directory to the agent's user; a CLI also writes beside its
                // settings (Gemini CLI keeps its sessions next to .gemini/settings.json), so what is made here is its too.
                UserPrincipal owner = Files.getOwner(recordDir);
                for (Path made = target; !made.equals(recordDir); made = made.getParent()) {
                    Files.setOwner(made, owner);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.getKey() + " for " + name + " in " + recordDir, e);
            }
        }
    }

    private static String jsonEscaped(String value) {
        String quoted = Json.mapper().getNodeFactory().textNode(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    /** The run's environment (runtime PATH, private HOME, tag) and the agent's own variables over it. */
    Map<String, String> environment(Map<String, String> runEnvironment, Map<String, String> values) {
        Map<String, String> env = new HashMap<>(runEnvironment);
        variables.forEach((variable, value) -> {
            String rendered = value;
            for (String placeholder : List.of("record_dir", "model", "base_url")) {
                rendered = rendered.replace("{{" + placeholder + "}}", values.get(placeholder));
            }
            env.put(variable, rendered);
        });
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
            env.putAll(variables);
            ProcessResult result = runner.run(new ProcessSpec("version of " + name, List.of("bash", "-c", command), dir, env,
                    false, dir.resolve("version.log"), VERSION_LOG_CAP, VERSION_TIMEOUT, true));
            // The last line: CLIs print warnings (an unsupported Node, a home under /tmp) before their version.
            String last = result.succeeded() ? result.lastLine() : "";
            return !last.isEmpty() ? last : "unknown (" + command + ": exit code " + result.exitCode() + ")";
        } catch (StackBenchException e) {
            return "unknown (" + e.getMessage() + ")";
        } finally {
            Workspace.deleteTree(dir);
        }
    }
}
