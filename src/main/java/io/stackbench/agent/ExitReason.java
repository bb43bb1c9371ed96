package io.stackbench.agent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why an agent stopped working on a task. */
public enum ExitReason {
    /** The agent said it was done. */
    SUBMITTED,
    /** It used all the steps it was allowed. */
    STEP_LIMIT,
    /** It spent all the money it was allowed. */
    COST_LIMIT,
    /** It ran out of wall-clock time. */
    TIME_LIMIT,
    /** It failed: a crashed CLI, a model endpoint that answered with nonsense, a missing recorded solution. */
    ERROR,
    /**
     * It could not work for reasons outside itself and the solution: the model endpoint
     * unreachable or failing after the client's retries. Not scored; a sweep retries the run.
     */
    INFRA;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
