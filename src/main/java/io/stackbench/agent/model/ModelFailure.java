package io.stackbench.agent.model;

/**
 * A model endpoint that kept failing after retries, or answered something unusable. It ends one
 * agent run with an error; unlike a rejected key it does not condemn the other runs of a sweep.
 */
public final class ModelFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
