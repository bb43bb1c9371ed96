package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which model endpoints on the host's loopback a sandboxed agent keeps reaching. */
class AgentConfigTest {

    private static AgentConfig config(Optional<String> baseUrl, Map<String, String> env) {
        return new AgentConfig(baseUrl, Optional.empty(), Limits.DEFAULT, Optional.empty(), List.of(), env);
    }

    @Test
    void aLocalBaseUrlAndLocalEndpointVariablesAreForwardedByPort() {
        AgentConfig config = config(Optional.of("http://localhost:11434/v1"),
                Map.of("ANTHROPIC_BASE_URL", "http://127.0.0.1:4000", "OPENAI_BASE_URL", "http://[::1]:8000/v1"));
        assertThat(config.localEndpointPorts()).containsExactly(4000, 8000, 11434);
    }

    @Test
    void remoteEndpointsAndNonsenseAreNotForwarded() {
        AgentConfig config = config(Optional.of("https://api.openai.com/v1"), Map.of("OPENAI_BASE_URL", "::not a url::"));
        assertThat(config.localEndpointPorts()).isEmpty();
    }

    @Test
    void aLocalUrlWithoutPortUsesTheSchemesPort() {
        assertThat(config(Optional.of("http://localhost/v1"), Map.of()).localEndpointPorts()).containsExactly(80);
    }
}
