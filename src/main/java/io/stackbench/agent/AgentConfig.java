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

    /**
     * Ports of model endpoints on this machine's loopback ({@code --base-url} or the usual
     * {@code *_BASE_URL} variables pointing at localhost): a sandboxed CLI agent still reaches them
     * under the same URL, and nothing else of the host's loopback.
     */
    public List<Integer> localEndpointPorts() {
        List<String> urls = new java.util.ArrayList<>();
        baseUrl.ifPresent(urls::add);
        for (String variable : List.of("OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "GOOGLE_GEMINI_BASE_URL", "OLLAMA_HOST")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                urls.add(value);
            }
        }
        java.util.Set<Integer> ports = new java.util.TreeSet<>();
        for (String url : urls) {
            try {
                java.net.URI uri = java.net.URI.create(url.contains("://") ? url : "http://" + url);
                String host = uri.getHost() == null ? "" : uri.getHost();
                if (List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(host)) {
                    ports.add(uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80);
                }
            } catch (IllegalArgumentException e) {
                // Not a URL: the agent will say so when it uses it.
            }
        }
        return List.copyOf(ports);
    }
}
