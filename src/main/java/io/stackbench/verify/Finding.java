package io.stackbench.verify;

import java.util.Objects;

/**
 * One violation a rule found.
 *
 * @param file the file it points at, relative to the verified root
 * @param line 1-based; findings about the whole project point at line 1 of its manifest
 */
public record Finding(String ruleId, Severity severity, String verifier, String message, String file, int line) {

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(verifier);
        Objects.requireNonNull(message);
        Objects.requireNonNull(file);
    }
}
