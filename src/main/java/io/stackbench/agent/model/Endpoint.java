package io.stackbench.agent.model;

import io.stackbench.core.StackBenchException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a model is served and the key to present there.
 *
 * @param baseUrl absent for the provider's own API
 */
public record Endpoint(Optional<String> baseUrl, String apiKey) {

    /** Sent to servers that need no key (a local vLLM or Ollama), since the SDKs insist on one. */
    static final String PLACEHOLDER_KEY = "stackbench-no-key";

    public Endpoint {
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(apiKey);
    }

    /**
     * The command line's base URL and key, else the provider's environment variables; a base URL
     * without a key gets a placeholder key.
     */
    public static Endpoint resolve(Provider provider, Optional<String> baseUrl, Optional<String> apiKey,
                                   Map<String, String> environment) {
        Optional<String> url = baseUrl.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(environment.get(provider.baseUrlVariable())).filter(s -> !s.isBlank()));
        Optional<String> key = apiKey.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(environment.get(provider.apiKeyVariable())).filter(s -> !s.isBlank()));
        if (key.isEmpty() && url.isEmpty()) {
            throw StackBenchException.invalidInput("set " + provider.apiKeyVariable() + " (or name another variable with "
                    + "--api-key-env) for " + provider.id() + ": agents, or give --base-url for a server that needs no key");
        }
        return new Endpoint(url, key.orElse(PLACEHOLDER_KEY));
    }

    /** Where requests go, for messages: the base URL, or the provider's default. */
    public String describe(Provider provider) {
        return baseUrl.orElse(provider.id() + "'s default endpoint");
    }

    @Override
    public String toString() {
        // Keys must not reach logs or results through a stray toString.
        return "Endpoint[baseUrl=" + baseUrl.orElse("default") + ", apiKey=***]";
    }
}
