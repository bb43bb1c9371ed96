package io.stackbench.agent.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One model call the server served: {@code index} is its position in {@link ScriptedModelServer#calls()},
 * {@code request} what the script was shown (its {@link ModelRequest#body()} is the request JSON),
 * {@code usage} what the server reported (empty for an error), {@code status} the HTTP status sent.
 */
public record ModelCall(int index, String path, ModelRequest request, Reply reply, Optional<TokenUsage> usage, int status) {

    public Dialect dialect() {
        return request.dialect();
    }

    public String model() {
        return request.model();
    }

    public boolean streamed() {
        return request.streamed();
    }

    /** The request's JSON body. */
    public JsonNode body() {
        return request.body();
    }

    public boolean succeeded() {
        return status == 200;
    }
}
