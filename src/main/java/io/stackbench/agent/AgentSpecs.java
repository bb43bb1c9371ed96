package io.stackbench.agent;

import io.stackbench.agent.loop.LoopAgent;
import io.stackbench.agent.model.Provider;
import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;
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
            default -> presets.find(kind).<Agent>map(p -> CommandAgent.fromPreset(p, argument, config, runner))
                    .orElseThrow(() -> StackBenchException.invalidInput("unknown agent '" + spec + "'; agents are: oracle, "
                            + "openai:MODEL, anthropic:MODEL, cmd:'TEMPLATE', replay:DIR[@AGENT/MODEL], and the CLI presets "
                            + String.join(", ", presets.names()) + " (PRESET or PRESET:MODEL)"));
        };
    }
}
