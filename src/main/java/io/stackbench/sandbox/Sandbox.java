package io.stackbench.sandbox;

import io.stackbench.core.Isolation;
import io.stackbench.runtime.ProcessLauncher;
import java.util.Optional;

/**
 * One sealed place where untrusted code runs: an agent's work, a dependency install, or a
 * solution's server. Whatever starts inside ends when it is closed.
 */
public interface Sandbox extends ProcessLauncher {

    /** Whether this one is sealed ({@link Isolation#SANDBOX}) or runs on the host ({@link Isolation#NONE}). */
    Isolation isolation();

    /** Whether the code inside is sealed off from the host. */
    default boolean sealed() {
        return isolation() == Isolation.SANDBOX;
    }

    /** The limit the code inside ran into, if any: {@code pids}, {@code memory} or {@code disk}. */
    @Override
    Optional<String> limitHit();

    /** Ends every process that was started inside, however it detached; returns once they are gone. */
    @Override
    void close();
}
