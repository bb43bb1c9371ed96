package io.stackbench.sandbox;

import io.stackbench.core.Isolation;
import io.stackbench.runtime.ProcessLauncher;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * The JSON-lines log of every statement the sandbox's own PostgreSQL completed, on the host;
     * empty when the sandbox has none (unsealed runs, SQLite tasks).
     */
    default Optional<Path> statementLog() {
        return Optional.empty();
    }

    /** The host directories the code inside could write to: its binds, home and temporary files. */
    List<Path> writableAreas();

    /** The limit the code inside ran into, if any: {@code pids}, {@code memory} or {@code disk}. */
    @Override
    Optional<String> limitHit();

    /** Ends every process that was started inside, however it detached; returns once they are gone. */
    @Override
    void close();
}
