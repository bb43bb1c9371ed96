package io.stackbench.agent.scripted;

/** Usage summed over the successful model calls a server served; {@code calls} counts those calls. */
public record Totals(long inputTokens, long cachedInputTokens, long outputTokens, int calls) {

    static final Totals NONE = new Totals(0, 0, 0, 0);

    Totals plus(TokenUsage usage) {
        return new Totals(inputTokens + usage.inputTokens(), cachedInputTokens + usage.cachedInputTokens(),
                outputTokens + usage.outputTokens(), calls + 1);
    }
}
