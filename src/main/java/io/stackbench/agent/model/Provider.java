package io.stackbench.agent.model;

import io.stackbench.core.Resources;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/** The API families the built-in agent speaks, with the variables that configure each. */
public enum Provider {
    OPENAI("openai", "OPENAI_BASE_URL", "OPENAI_API_KEY", "openai-java"),
    ANTHROPIC("anthropic", "ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY", "anthropic-java");

    /** Attempts after the first for rate limits (429), overload and server errors (5xx); the SDKs back off exponentially and honour Retry-After. */
    static final int MAX_RETRIES = 8;

    private final String id;
    private final String baseUrlVariable;
    private final String apiKeyVariable;
    private final String sdk;

    Provider(String id, String baseUrlVariable, String apiKeyVariable, String sdk) {
        this.id = id;
        this.baseUrlVariable = baseUrlVariable;
        this.apiKeyVariable = apiKeyVariable;
        this.sdk = sdk;
    }

    /** The agent-spec prefix and results-path name: {@code openai} or {@code anthropic}. */
    public String id() {
        return id;
    }

    public String baseUrlVariable() {
        return baseUrlVariable;
    }

    public String apiKeyVariable() {
        return apiKeyVariable;
    }

    /** A client for {@code model} at {@code endpoint}; it connects lazily, at the first reply. */
    public ChatModel connect(String model, Endpoint endpoint) {
        return switch (this) {
            case OPENAI -> new OpenAiChatModel(model, endpoint, MAX_RETRIES);
            case ANTHROPIC -> new AnthropicChatModel(model, endpoint, MAX_RETRIES);
        };
    }

    /** The SDK this provider's client is built on, and its version, for the run's record. */
    public Map<String, String> sdkVersion() {
        Properties versions = new Properties();
        try {
            versions.load(new StringReader(Resources.text(Provider.class, "sdk.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(sdk, versions.getProperty(sdk, "unknown"));
    }
}
