package io.stackbench.agent.scripted;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the model answers to one call: content parts (text, tool calls, raw Responses items) or an
 * HTTP error, and optionally the usage to report instead of {@link TokenUsage#defaultFor(int)}.
 * Combine parts with {@link #and(Reply)}: {@code Reply.text("writing it").and(Reply.toolCall("write", args))}.
 */
public record Reply(List<Part> parts, Optional<Failure> failure, Optional<TokenUsage> usage) {

    /** One piece of a reply's content. */
    public sealed interface Part permits Text, ToolCall, RawItem {
    }

    /** Assistant text. */
    public record Text(String text) implements Part {
        public Text {
            Objects.requireNonNull(text);
        }
    }

    /** A call of a tool the request offered; the server makes up its id. */
    public record ToolCall(String name, ObjectNode arguments) implements Part {
        public ToolCall {
            Objects.requireNonNull(name);
            arguments = arguments.deepCopy();
        }
    }

    /** A Responses output item sent as given (only the Responses dialect can render it). */
    public record RawItem(ObjectNode item) implements Part {
        public RawItem {
            item = item.deepCopy();
        }
    }

    /** An HTTP error status, rendered as the dialect's error body. */
    public record Failure(int status, String message) {
    }

    public Reply {
        parts = List.copyOf(parts);
        Objects.requireNonNull(failure);
        Objects.requireNonNull(usage);
        if (failure.isEmpty() && parts.isEmpty()) {
            throw new IllegalArgumentException("a reply needs content or a failure");
        }
    }

    public static Reply text(String text) {
        return of(new Text(text));
    }

    public static Reply toolCall(String name, ObjectNode arguments) {
        return of(new ToolCall(name, arguments));
    }

    public static Reply toolCall(String name, Map<String, ?> arguments) {
        return toolCall(name, (ObjectNode) ScriptedModelServer.JSON.valueToTree(arguments));
    }

    /** A Responses output item such as {@code custom_tool_call} or {@code local_shell_call}, sent verbatim. */
    public static Reply rawOutputItem(ObjectNode item) {
        return of(new RawItem(item));
    }

    /** An HTTP error: the server counts the call but reports no usage. */
    public static Reply error(int status, String message) {
        if (status < 400) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        return new Reply(List.of(), Optional.of(new Failure(status, message)), Optional.empty());
    }

    private static Reply of(Part part) {
        return new Reply(List.of(part), Optional.empty(), Optional.empty());
    }

    /** This reply's parts followed by the other's (e.g. text then a tool call, or two tool calls). */
    public Reply and(Reply other) {
        if (failure.isPresent() || other.failure.isPresent()) {
            throw new IllegalStateException("an error reply has no parts to combine");
        }
        List<Part> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new Reply(all, Optional.empty(), usage.or(other::usage));
    }

    /** The same reply, reporting this usage instead of the default. */
    public Reply withUsage(long inputTokens, long cachedInputTokens, long outputTokens) {
        return new Reply(parts, failure, Optional.of(new TokenUsage(inputTokens, cachedInputTokens, outputTokens)));
    }

    public boolean hasToolCall() {
        return parts.stream().anyMatch(p -> !(p instanceof Text));
    }

    /** All text parts, joined. */
    public String text() {
        StringBuilder all = new StringBuilder();
        parts.forEach(p -> {
            if (p instanceof Text t) {
                all.append(t.text());
            }
        });
        return all.toString();
    }
}
