package io.stackbench.agent.model;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.RequestOptions;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.TextBlock;
import com.anthropic.models.messages.Usage;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Anthropic's Messages API, through the official SDK. */
final class AnthropicChatModel implements ChatModel {

    /**
     * Output cap per reply. The API requires one; 8192 is accepted by every current Claude model,
     * and a reply of this loop is one command (at most a file written through a heredoc).
     */
    static final long MAX_TOKENS = 8192;

    private final String model;
    private final String where;
    private final AnthropicClient client;

    AnthropicChatModel(String model, Endpoint endpoint, int maxRetries) {
        this.model = model;
        this.where = endpoint.describe(Provider.ANTHROPIC);
        // builder() rather than fromEnv(): the key and URL come from StackBench's settings only.
        AnthropicOkHttpClient.Builder builder = AnthropicOkHttpClient.builder().apiKey(endpoint.apiKey()).maxRetries(maxRetries);
        endpoint.baseUrl().ifPresent(builder::baseUrl);
        this.client = builder.build();
    }

    @Override
    public ModelReply reply(List<ChatMessage> messages, Duration timeout) {
        MessageCreateParams.Builder params = MessageCreateParams.builder().model(model).maxTokens(MAX_TOKENS);
        for (ChatMessage m : messages) {
            switch (m.role()) {
                case SYSTEM -> params.system(m.text());
                case USER -> params.addUserMessage(m.text());
                case ASSISTANT -> params.addAssistantMessage(m.text());
            }
        }
        try {
            Message message = client.messages().create(params.build(), RequestOptions.builder().timeout(timeout).build());
            // Only text blocks carry the model's words; thinking and tool-use blocks are not part of this loop.
            String text = message.content().stream().flatMap(b -> b.text().stream()).map(TextBlock::text)
                    .collect(Collectors.joining("\n"));
            Usage usage = message.usage();
            // Cache reads and writes are input too; counted at the input price, they are an upper bound.
            long input = usage.inputTokens() + usage.cacheCreationInputTokens().orElse(0L)
                    + usage.cacheReadInputTokens().orElse(0L);
            return new ModelReply(text, input, usage.outputTokens());
        } catch (AnthropicServiceException e) {
            throw Failures.status(Provider.ANTHROPIC, model, where, e.statusCode(), e.getMessage(), e);
        } catch (AnthropicException e) {
            throw Failures.other(Provider.ANTHROPIC, where, e);
        }
    }
}
