package io.stackbench.agent.model;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.completions.CompletionUsage;
import java.time.Duration;
import java.util.List;

/** Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, Ollama, LiteLLM, OpenRouter), through the official SDK. */
final class OpenAiChatModel implements ChatModel {

    private final String model;
    private final String where;
    private final OpenAIClient client;

    OpenAiChatModel(String model, Endpoint endpoint, int maxRetries) {
        this.model = model;
        this.where = endpoint.describe(Provider.OPENAI);
        // builder() rather than fromEnv(): the key and URL come from StackBench's settings only.
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder().apiKey(endpoint.apiKey()).maxRetries(maxRetries);
        endpoint.baseUrl().ifPresent(builder::baseUrl);
        this.client = builder.build();
    }

    @Override
    public ModelReply reply(List<ChatMessage> messages, Duration timeout) {
        ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder().model(model);
        for (ChatMessage m : messages) {
            switch (m.role()) {
                case SYSTEM -> params.addSystemMessage(m.text());
                case USER -> params.addUserMessage(m.text());
                case ASSISTANT -> params.addAssistantMessage(m.text());
            }
        }
        try {
            ChatCompletion completion = client.chat().completions().create(params.build(),
                    RequestOptions.builder().timeout(timeout).build());
            if (completion.choices().isEmpty()) {
                throw new ModelFailure("openai endpoint " + where + " answered with no choices", null);
            }
            ChatCompletionMessage message = completion.choices().get(0).message();
            // A refusal is the model's answer too: it reaches the loop, which asks for a command.
            String text = message.content().or(message::refusal).orElse("");
            long input = completion.usage().map(CompletionUsage::promptTokens).orElse(0L);
            long output = completion.usage().map(CompletionUsage::completionTokens).orElse(0L);
            return new ModelReply(text, input, output);
        } catch (OpenAIServiceException e) {
            throw Failures.status(Provider.OPENAI, model, where, e.statusCode(), e.getMessage(), e);
        } catch (OpenAIException e) {
            throw Failures.other(Provider.OPENAI, where, e);
        }
    }
}
