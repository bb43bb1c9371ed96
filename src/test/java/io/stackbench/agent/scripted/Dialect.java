package io.stackbench.agent.scripted;

/** The model APIs the scripted server speaks. */
public enum Dialect {
    /** OpenAI chat completions, {@code POST /v1/chat/completions}. */
    CHAT_COMPLETIONS,
    /** OpenAI Responses, {@code POST /v1/responses}. */
    RESPONSES,
    /** Anthropic Messages, {@code POST /v1/messages}. */
    ANTHROPIC_MESSAGES,
    /** Gemini, {@code POST /v1beta/models/MODEL:generateContent} and {@code :streamGenerateContent}. */
    GEMINI
}
