package io.stackbench.cli;

import io.stackbench.agent.AgentConfig;
import io.stackbench.agent.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of commands that run agents: endpoint, limits, prices, environment passed to CLI agents. */
final class AgentOptions {

    @Option(names = "--base-url", description = "Model endpoint for every agent: the built-in loop (default: $OPENAI_BASE_URL "
            + "or $ANTHROPIC_BASE_URL, else the provider's own) and each CLI preset, passed the way the CLI reads it. "
            + "Any compatible server works: vLLM, Ollama, LiteLLM, OpenRouter.")
    String baseUrl;

    @Option(names = "--api-key-env", description = "Variable holding the API key (default: OPENAI_API_KEY or ANTHROPIC_API_KEY; "
            + "for a preset, the variable its CLI reads).")
    String apiKeyVariable;

    @Option(names = "--max-steps", description = "Model turns per run (default: 150).")
    Integer maxSteps;

    @Option(names = "--max-cost", description = "US dollars per run (default: 5).")
    Double maxCost;

    @Option(names = "--time-limit", description = "Wall-clock seconds per agent run (default: 3600).")
    Long timeLimitSeconds;

    @Option(names = "--command-timeout", description = "Seconds per shell command of the built-in agent (default: 300).")
    Long commandTimeoutSeconds;

    @Option(names = "--prices", description = "JSON price table extending the built-in one: "
            + "{\"MODEL\": {\"input\": USD per 1M tokens, \"output\": USD per 1M tokens}}.")
    Path prices;

    @Option(names = "--pass-env", description = "An environment variable a CLI agent may see, beyond its preset's (repeatable).")
    List<String> passEnv;

    @Option(names = "--agent-read", description = "A host directory a sandboxed agent may read (its own program or"
            + " data; repeatable). Everything else of the host but the toolchains is invisible to it.")
    List<Path> agentRead;

    /** The directories given with {@code --agent-read}, absolute. */
    List<Path> readable() {
        return agentRead == null ? List.of() : agentRead.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    AgentConfig config() {
        Limits d = Limits.DEFAULT;
        Limits limits = new Limits(Optional.ofNullable(maxSteps).orElse(d.maxSteps()),
                Optional.ofNullable(maxCost).orElse(d.maxCostUsd()),
                Optional.ofNullable(timeLimitSeconds).map(Duration::ofSeconds).orElse(d.wallTime()),
                Optional.ofNullable(commandTimeoutSeconds).map(Duration::ofSeconds).orElse(d.commandTimeout()));
        var env = System.getenv();
        Optional<String> key = Optional.ofNullable(apiKeyVariable).map(name -> Optional.ofNullable(env.get(name))
                .orElseThrow(() -> io.stackbench.core.StackBenchException.invalidInput("--api-key-env names " + name
                        + ", which is not set")));
        return new AgentConfig(Optional.ofNullable(baseUrl), key, limits, Optional.ofNullable(prices),
                passEnv == null ? List.of() : passEnv, env);
    }
}
