package io.stackbench.agent;

import io.stackbench.agent.loop.LoopAgent;
import io.stackbench.agent.model.Provider;
import io.stackbench.core.Settings;
import io.stackbench.core.Isolation;
import io.stackbench.core.Resources;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.Toolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.stackbench.runtime.ProcessRunner;

/**
 * Turns an agent spec from the command line into an agent: {@code oracle}, {@code openai:MODEL},
 * {@code anthropic:MODEL}, {@code cmd:'TEMPLATE'}, a CLI preset such as {@code claude-code:MODEL},
 * or {@code replay:DIR}.
 */
public final class AgentSpecs {

    private final Settings settings;
    private final AgentConfig config;
    private final ProcessRunner runner;
    private final Presets presets = Presets.builtIn();

    public AgentSpecs(Settings settings, AgentConfig config) {
        this(settings, config, new ProcessRunner());
    }

    public AgentSpecs(Settings settings, AgentConfig config, ProcessRunner runner) {
        this.settings = settings;
        this.config = config;
        this.runner = runner;
    }

    public Agent parse(String spec) {
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? spec : spec.substring(0, colon);
        String argument = colon < 0 ? "" : spec.substring(colon + 1);
        return switch (kind) {
            case "oracle" -> new OracleAgent(settings.references());
            case "openai" -> LoopAgent.create(Provider.OPENAI, argument, config);
            case "anthropic" -> LoopAgent.create(Provider.ANTHROPIC, argument, config);
            case "cmd" -> CommandAgent.fromTemplate(argument, config, runner);
            case "replay" -> ReplayAgent.open(argument, runner);
            default -> presets.find(kind).<Agent>map(p -> preset(p, argument))
                    .orElseThrow(() -> StackBenchException.invalidInput("unknown agent '" + spec + "'; agents are: oracle, "
                            + "openai:MODEL, anthropic:MODEL, cmd:'TEMPLATE', replay:DIR[@AGENT/MODEL], and the CLI presets "
                            + String.join(", ", presets.names()) + " (PRESET or PRESET:MODEL)"));
        };
    }

    /** A preset, its pinned program installed first (once per machine; a minute or two for the larger CLIs). */
    private Agent preset(Preset preset, String model) {
        if (preset.refusesRoot() && settings.isolation() == Isolation.NONE && runningAsRoot()) {
            throw StackBenchException.environment("agent " + preset.name() + " refuses to run as root, and with --isolation none "
                    + "it would run as StackBench's own user (root); run it sealed (the default), where agents run as an "
                    + "unprivileged user, or run StackBench as an ordinary user");
        }
        Toolchain tools = new Toolchain(settings.home(), runner);
        Path install;
        try {
            install = "python".equals(preset.packaging())
                    ? tools.pythonPackages("agent-" + preset.name(), Resources.text(Presets.class, Presets.INSTALLS + preset.name() + "/requirements.txt"))
                    : tools.npmPackages("agent-" + preset.name(), Resources.text(Presets.class, Presets.INSTALLS + preset.name() + "/package.json"),
                            Resources.text(Presets.class, Presets.INSTALLS + preset.name() + "/package-lock.json"));
        } catch (StackBenchException e) {
            throw StackBenchException.environment("cannot install agent " + preset.name() + " (pinned in tools/agents/" + preset.name()
                    + "): " + e.getMessage());
        }
        return CommandAgent.fromPreset(preset, model, config, install, runner);
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
