package io.stackbench.agent;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line says about agents, beyond the spec itself.
 *
 * @param baseUrl     the model endpoint, overriding {@code OPENAI_BASE_URL} / {@code ANTHROPIC_BASE_URL}
 * @param apiKey      the key, overriding {@code OPENAI_API_KEY} / {@code ANTHROPIC_API_KEY}
 * @param priceTable  a JSON price table whose entries extend and override the built-in one
 * @param passEnv     extra variables of StackBench's environment a CLI agent may see (beyond its preset's)
 * @param environment StackBench's own environment, where keys and passed variables are read from
 */
public record AgentConfig(Optional<String> baseUrl, Optional<String> apiKey, Limits limits,
                          Optional<Path> priceTable, List<String> passEnv, Map<String, String> environment) {

    public AgentConfig {
        passEnv = List.copyOf(passEnv);
        environment = Map.copyOf(environment);
    }

    /** Defaults, reading keys from the process environment. */
    public static AgentConfig defaults() {
        return new AgentConfig(Optional.empty(), Optional.empty(), Limits.DEFAULT, Optional.empty(), List.of(), System.getenv());
    }
}
