package io.stackbench.agent.scripted;

/** Decides the scripted server's reply to each model call; called one request at a time. */
@FunctionalInterface
public interface Script {

    Reply reply(ModelRequest request);
}
