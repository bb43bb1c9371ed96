package io.stackbench.agent.scripted;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Ready-made scripts. */
public final class Scripts {

    /** What a request offering no tools (a title or summary side call) gets from the scripts here. */
    public static final String SIDE_CALL_TEXT = "Scripted title";

    private Scripts() {
    }

    /**
     * Calls {@code toolName} with {@code arguments} while the conversation holds no tool result yet,
     * then answers {@code finalText}; requests offering no tools get {@link #SIDE_CALL_TEXT}.
     */
    public static Script toolThenText(String toolName, ObjectNode arguments, String finalText) {
        return request -> {
            if (!request.offersTools()) {
                return Reply.text(SIDE_CALL_TEXT);
            }
            return request.toolResults() == 0 ? Reply.toolCall(toolName, arguments) : Reply.text(finalText);
        };
    }

    /** Every call fails with this HTTP status. */
    public static Script failing(int status) {
        return request -> Reply.error(status, "scripted failure (HTTP " + status + ")");
    }

    /**
     * The replies in order, one per call, side calls included; once they run out, every call gets a
     * 400 (not retried by clients, so an agent that asks for more than scripted fails fast).
     */
    public static Script inOrder(Reply... replies) {
        List<Reply> all = List.of(replies);
        AtomicInteger next = new AtomicInteger();
        return request -> {
            int i = next.getAndIncrement();
            return i < all.size() ? all.get(i) : Reply.error(400, "the script has only " + all.size() + " replies");
        };
    }
}
