package io.stackbench.agent.scripted;

/**
 * Tokens of one model call. {@code inputTokens} counts every input token, cached ones included;
 * {@code cachedInputTokens} is the part read from a cache. Each dialect renders it its own way
 * (Anthropic's {@code input_tokens}, for one, excludes cache reads).
 */
public record TokenUsage(long inputTokens, long cachedInputTokens, long outputTokens) {

    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0 || cachedInputTokens < 0 || cachedInputTokens > inputTokens) {
            throw new IllegalArgumentException("impossible usage " + inputTokens + "/" + cachedInputTokens + "/" + outputTokens);
        }
    }

    /**
     * The usage the server reports for the call at {@code index} (from 0) unless the reply sets its
     * own: input 1000 + 100*index, of which 200 cached from the second call on, output 20 + index.
     */
    public static TokenUsage defaultFor(int index) {
        return new TokenUsage(1000 + 100L * index, index == 0 ? 0 : 200, 20 + index);
    }

    /** Input tokens that were not read from a cache. */
    public long uncachedInputTokens() {
        return inputTokens - cachedInputTokens;
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
