package io.stackbench.runtime;

/**
 * The solution under test failed a step (its dependencies do not install, its server does not
 * start): a result to record, not a fault of StackBench.
 */
public final class SolutionFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SolutionFailure(String message) {
        super(message);
    }
}
