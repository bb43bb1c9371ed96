package io.stackbench.agent.model;

import java.time.Duration;
import java.util.List;

/** A chat model behind an HTTP API: the conversation so far in, the next reply out. */
public interface ChatModel {

    /**
     * The model's next message after {@code messages} (a system message, then user and assistant
     * turns alternating, starting and ending with the user). Rate limits and server errors are
     * retried with backoff inside.
     *
     * @param timeout limit for one HTTP attempt
     * @throws io.stackbench.core.StackBenchException when the endpoint rejects the key or does not
     *         know the model: no retry or later run can succeed, so a sweep must stop
     * @throws ModelFailure when the endpoint kept failing otherwise
     */
    ModelReply reply(List<ChatMessage> messages, Duration timeout);
}
