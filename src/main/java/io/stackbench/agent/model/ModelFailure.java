package io.stackbench.agent.model;

/**
 * A model endpoint that kept failing after retries, or answered something unusable. It ends one
 * agent run; unlike a rejected key it does not condemn the other runs of a sweep. When the
 * endpoint was unreachable or kept answering with an overload or server error, the failure is the
 * infrastructure's, not the agent's ({@link #infrastructure()}): the run is not scored but retried.
 */
public final class ModelFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean infrastructure;

    public ModelFailure(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ModelFailure(String message, Throwable cause, boolean infrastructure) {
        super(message, cause);
        this.infrastructure = infrastructure;
    }

    /** A failure of the endpoint itself (unreachable, 5xx, 429, 408 after the client's retries). */
    public static ModelFailure infrastructure(String message, Throwable cause) {
        return new ModelFailure(message, cause, true);
    }

    /**
     * Whether an HTTP status that outlasted a client's retries is the endpoint's state (overload,
     * rate limit, timeout, server error) rather than a request the agent got wrong.
     */
    public static boolean endpointsFault(int status) {
        return Failures.endpointsFault(status);
    }

    /** Whether the endpoint, not the agent or its model's answers, failed. */
    public boolean infrastructure() {
        return infrastructure;
    }
}
