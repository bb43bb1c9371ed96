package io.stackbench.agent.model;

import java.util.Objects;

/** One message of a conversation with a chat model. */
public record ChatMessage(Role role, String text) {

    /** Who said it: the instructions, StackBench speaking for the user, or the model. */
    public enum Role { SYSTEM, USER, ASSISTANT }

    public ChatMessage {
        Objects.requireNonNull(role);
        Objects.requireNonNull(text);
    }

    public static ChatMessage system(String text) {
        return new ChatMessage(Role.SYSTEM, text);
    }

    public static ChatMessage user(String text) {
        return new ChatMessage(Role.USER, text);
    }

    public static ChatMessage assistant(String text) {
        return new ChatMessage(Role.ASSISTANT, text);
    }
}
