package io.stackbench.core;

import java.util.Objects;

/**
 * The one unchecked root exception of StackBench; its {@link Kind} decides the process exit code.
 */
public final class StackBenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Categories of failure, each with the exit code documented in the README. */
    public enum Kind {
        /** The user asked for something that cannot be done as asked (bad option, unknown task, bad patch). */
        INVALID_INPUT(2),
        /** The machine is not in a state StackBench can work in (a port taken, a tool missing). */
        ENVIRONMENT(3),
        /** Something StackBench relies on behaved unexpectedly (a child process, a file on disk). */
        UNEXPECTED_STATE(4),
        /** A bug in StackBench. */
        INTERNAL(70);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    private StackBenchException(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message), cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public static StackBenchException invalidInput(String message) {
        return new StackBenchException(Kind.INVALID_INPUT, message, null);
    }

    public static StackBenchException environment(String message) {
        return new StackBenchException(Kind.ENVIRONMENT, message, null);
    }

    public static StackBenchException environment(String message, Throwable cause) {
        return new StackBenchException(Kind.ENVIRONMENT, message, cause);
    }

    public static StackBenchException unexpectedState(String message, Throwable cause) {
        return new StackBenchException(Kind.UNEXPECTED_STATE, message, cause);
    }

    public static StackBenchException unexpectedState(String message) {
        return new StackBenchException(Kind.UNEXPECTED_STATE, message, null);
    }

    public static StackBenchException internal(String message, Throwable cause) {
        return new StackBenchException(Kind.INTERNAL, message, cause);
    }

    public Kind kind() {
        return kind;
    }

    public int exitCode() {
        return kind.exitCode();
    }
}
