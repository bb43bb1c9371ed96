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
    /** It failed: a crashed CLI, a model endpoint that kept failing, a missing recorded solution. */
    ERROR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
