package io.stackbench.agent.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One model call the server served: {@code index} is its position in {@link ScriptedModelServer#calls()},
 * {@code usage} what the server reported (empty for an error), {@code status} the HTTP status sent.
 */
public record ModelCall(int index, Dialect dialect, String path, String model, boolean streamed, JsonNode request,
                        Reply reply, Optional<TokenUsage> usage, int status) {

    public boolean succeeded() {
        return status == 200;
    }
}
