package io.stackbench.gate;

import java.util.Objects;

/**
 * A finding the gate does not count, and why: an exception of the config file or the baseline.
 *
 * @param justification the exception's reason, or which baseline holds the finding
 */
public record Suppression(GateFinding finding, Kind kind, String justification) {

    /** Where the permission comes from. */
    public enum Kind { EXCEPTION, BASELINE }

    public Suppression {
        Objects.requireNonNull(finding);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(justification);
    }
}
