package io.stackbench.agent.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A model call as the script sees it: the dialect, model, whether the client asked for a stream, the
 * raw JSON body and headers (lower-case names), and what the conversation holds so far — the names of
 * the tools offered, how many tool results / function outputs it already contains, how many assistant
 * turns, and the text of the last user message that has text.
 */
public record ModelRequest(Dialect dialect, String model, boolean streamed, JsonNode body, Map<String, String> headers,
                           List<String> toolNames, int toolResults, int assistantTurns, String lastUserText,
                           String conversationText) {

    public ModelRequest {
        headers = Map.copyOf(headers);
        toolNames = List.copyOf(toolNames);
    }

    /** Whether the request offers any tools (side calls such as title generation offer none). */
    public boolean offersTools() {
        return !toolNames.isEmpty();
    }

    /** Whether any text in the conversation (system prompt, messages, tool results) contains {@code text}. */
    public boolean mentions(String text) {
        return conversationText.contains(text);
    }
}
