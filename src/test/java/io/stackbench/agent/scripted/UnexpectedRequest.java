package io.stackbench.agent.scripted;

/** A request the server did not understand (or a script that failed on it); tests assert there were none. */
public record UnexpectedRequest(String method, String path, String body, String why) {
}
