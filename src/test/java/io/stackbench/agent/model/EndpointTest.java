package io.stackbench.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void theCommandLineOverridesTheProvidersVariables() {
        Map<String, String> env = Map.of("OPENAI_BASE_URL", "http://env/v1", "OPENAI_API_KEY", "env-key");
        Endpoint fromEnv = Endpoint.resolve(Provider.OPENAI, Optional.empty(), Optional.empty(), env);
        assertThat(fromEnv).isEqualTo(new Endpoint(Optional.of("http://env/v1"), "env-key"));
        Endpoint overridden = Endpoint.resolve(Provider.OPENAI, Optional.of("http://cli/v1"), Optional.of("cli-key"), env);
        assertThat(overridden).isEqualTo(new Endpoint(Optional.of("http://cli/v1"), "cli-key"));
        assertThat(overridden.toString()).doesNotContain("cli-key");
    }

    @Test
    void eachProviderReadsItsOwnVariables() {
        Map<String, String> env = Map.of("OPENAI_API_KEY", "openai-key", "ANTHROPIC_API_KEY", "anthropic-key");
        assertThat(Endpoint.resolve(Provider.ANTHROPIC, Optional.empty(), Optional.empty(), env).apiKey()).isEqualTo("anthropic-key");
        assertThat(Endpoint.resolve(Provider.ANTHROPIC, Optional.empty(), Optional.empty(), env).baseUrl()).isEmpty();
    }

    @Test
    void aLocalServerWithoutAKeyGetsAPlaceholderKey() {
        Endpoint local = Endpoint.resolve(Provider.OPENAI, Optional.of("http://127.0.0.1:8000/v1"), Optional.empty(), Map.of());
        assertThat(local.apiKey()).isEqualTo(Endpoint.PLACEHOLDER_KEY);
    }

    @Test
    void neitherKeyNorBaseUrlIsInvalidInputNamingTheVariable() {
        assertThatThrownBy(() -> Endpoint.resolve(Provider.ANTHROPIC, Optional.empty(), Optional.empty(), Map.of("ANTHROPIC_API_KEY", " ")))
                .isInstanceOfSatisfying(StackBenchException.class, e -> assertThat(e.kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT))
                .hasMessageStartingWith("set ANTHROPIC_API_KEY");
    }
}
