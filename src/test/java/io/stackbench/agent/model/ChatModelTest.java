package io.stackbench.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.agent.model.FakeModelServer.Answer;
import io.stackbench.agent.model.FakeModelServer.Dialect;
import io.stackbench.core.StackBenchException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChatModelTest {

    private static final List<ChatMessage> CONVERSATION = List.of(ChatMessage.system("be brief"),
            ChatMessage.user("hi"), ChatMessage.assistant("hello"), ChatMessage.user("again"));
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static Provider provider(Dialect dialect) {
        return dialect == Dialect.OPENAI ? Provider.OPENAI : Provider.ANTHROPIC;
    }

    private static ChatModel client(FakeModelServer server, Dialect dialect) {
        return provider(dialect).connect("fake-model", new Endpoint(Optional.of(server.baseUrl()), "test-key"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sendsTheConversationAndReturnsTheReplyWithItsTokens(Dialect dialect) throws Exception {
        try (FakeModelServer server = FakeModelServer.start(dialect).script(Answer.reply("sure", 120, 7))) {
            ModelReply reply = client(server, dialect).reply(CONVERSATION, TIMEOUT);
            assertThat(reply).isEqualTo(new ModelReply("sure", 120, 7));
            FakeModelServer.Request request = server.requests().get(0);
            assertThat(request.body().path("model").asText()).isEqualTo("fake-model");
            assertThat(request.lastMessage()).isEqualTo("again");
            // Both SDKs send the key as a bearer token (anthropic-java 3.x documents it so).
            assertThat(request.headers().get("authorization")).isEqualTo("Bearer test-key");
            if (dialect == Dialect.OPENAI) {
                assertThat(request.body().path("messages")).hasSize(4);
                assertThat(request.body().path("messages").get(0).path("role").asText()).isEqualTo("system");
            } else {
                assertThat(request.headers()).containsKey("anthropic-version");
                assertThat(request.body().path("system").toString()).contains("be brief");
                assertThat(request.body().path("messages")).hasSize(3);
                assertThat(request.body().path("max_tokens").asLong()).isPositive();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void retriesARateLimitAfterTheDelayTheServerAsksFor(Dialect dialect) throws Exception {
        try (FakeModelServer server = FakeModelServer.start(dialect).script(
                Answer.error(429, Map.of("retry-after-ms", "20")), Answer.error(503, Map.of("retry-after", "0.01")),
                Answer.reply("made it", 10, 2))) {
            assertThat(client(server, dialect).reply(CONVERSATION, TIMEOUT).text()).isEqualTo("made it");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRejectedKeyOrUnknownModelStopsTheSweepAsInvalidInput(Dialect dialect) throws Exception {
        for (int status : new int[] {401, 403, 404}) {
            try (FakeModelServer server = FakeModelServer.start(dialect).script(Answer.error(status, Map.of()))) {
                assertThatThrownBy(() -> client(server, dialect).reply(CONVERSATION, TIMEOUT))
                        .isInstanceOfSatisfying(StackBenchException.class,
                                e -> assertThat(e.kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT))
                        .hasMessageContaining("HTTP " + status);
                assertThat(server.requests()).as("not retried").hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void serverErrorsThatOutlastTheRetriesAreAModelFailure(Dialect dialect) throws Exception {
        try (FakeModelServer server = FakeModelServer.start(dialect)) {
            for (int i = 0; i <= Provider.MAX_RETRIES; i++) {
                server.script(Answer.error(500, Map.of("retry-after-ms", "1")));
            }
            assertThatThrownBy(() -> client(server, dialect).reply(CONVERSATION, TIMEOUT))
                    .isInstanceOfSatisfying(ModelFailure.class, e -> assertThat(e.infrastructure()).as("the endpoint's fault").isTrue())
                    .hasMessageContaining("HTTP 500 after " + Provider.MAX_RETRIES + " retries");
            assertThat(server.requests()).hasSize(Provider.MAX_RETRIES + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBadRequestIsTheRunsFailureNotTheInfrastructures(Dialect dialect) throws Exception {
        try (FakeModelServer server = FakeModelServer.start(dialect).script(Answer.error(400, Map.of()))) {
            assertThatThrownBy(() -> client(server, dialect).reply(CONVERSATION, TIMEOUT))
                    .isInstanceOfSatisfying(ModelFailure.class, e -> assertThat(e.infrastructure()).isFalse())
                    .hasMessageContaining("HTTP 400");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anUnreachableEndpointIsAnInfrastructureFailure(Dialect dialect) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        // No retries: the SDKs' backoff between attempts would only slow the test down.
        Endpoint nobody = new Endpoint(Optional.of("http://127.0.0.1:" + port + (dialect == Dialect.OPENAI ? "/v1" : "")), "k");
        ChatModel unreachable = dialect == Dialect.OPENAI ? new OpenAiChatModel("m", nobody, 0) : new AnthropicChatModel("m", nobody, 0);
        assertThatThrownBy(() -> unreachable.reply(CONVERSATION, TIMEOUT))
                .isInstanceOfSatisfying(ModelFailure.class, e -> assertThat(e.infrastructure()).isTrue())
                .hasMessageContaining("unreachable");
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsThePinnedSdkVersion(Provider provider) {
        assertThat(provider.sdkVersion()).hasSize(1).allSatisfy((sdk, version) -> {
            assertThat(sdk).endsWith("-java");
            assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        });
    }
}
