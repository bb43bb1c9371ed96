package io.stackbench.runtime;

/**
 * The solution under test failed a step (its dependencies do not install, its server does not
 * start): a result to record, not a fault of StackBench.
 */
public final class SolutionFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The resource limit that ended the step, if one did: {@code pids}, {@code memory}, {@code disk} or {@code time}. */
    private final String limit;

    public SolutionFailure(String message) {
        this(message, java.util.Optional.empty());
    }

    public SolutionFailure(String message, java.util.Optional<String> limit) {
        super(message + limit.map(l -> " (it hit the " + l + " limit)").orElse(""));
        this.limit = limit.orElse(null);
    }

    public java.util.Optional<String> limit() {
        return java.util.Optional.ofNullable(limit);
    }
}
