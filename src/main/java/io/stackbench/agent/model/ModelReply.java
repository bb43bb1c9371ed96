package io.stackbench.agent.model;

import java.util.Objects;

/**
 * A model's answer and what it cost in tokens.
 *
 * @param inputTokens  tokens of the prompt as the provider counted them
 * @param outputTokens tokens generated, reasoning tokens included
 */
public record ModelReply(String text, long inputTokens, long outputTokens) {

    public ModelReply {
        Objects.requireNonNull(text);
    }
}
