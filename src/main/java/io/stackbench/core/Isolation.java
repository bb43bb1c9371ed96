package io.stackbench.core;

import java.util.Locale;

/** How untrusted code runs: sealed in a sandbox of its own, or plainly on the host. */
public enum Isolation {
    /** Own processes, network, filesystem view, user and limits per run (the default). */
    SANDBOX,
    /** On the host, as StackBench's user; scores are not protected. Only on request. */
    NONE;

    /** The name on the command line and in {@code result.json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Isolation parse(String text) {
        for (Isolation i : values()) {
            if (i.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw StackBenchException.invalidInput("unknown isolation '" + text + "': use sandbox or none");
    }
}
