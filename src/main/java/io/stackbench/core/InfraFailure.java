package io.stackbench.core;

import java.util.Objects;

/**
 * A run that failed for reasons outside the solution and the agent: a model endpoint down or
 * overloaded beyond the client's retries, a package registry unreachable during the install, the
 * sandbox or its PostgreSQL not starting, a full disk. Such a run is not scored; a sweep records
 * it as {@code infra} with its cause and retries it.
 */
public final class InfraFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String phase;

    /**
     * @param phase where it happened: {@code generate}, or the evaluation phase ({@code install}, {@code database}, …)
     * @param cause what failed, in a sentence, with the log line or message that showed it
     */
    public InfraFailure(String phase, String cause) {
        super(Objects.requireNonNull(cause));
        this.phase = Objects.requireNonNull(phase);
    }

    public String phase() {
        return phase;
    }

    /** What failed. */
    public String cause() {
        return getMessage();
    }
}
