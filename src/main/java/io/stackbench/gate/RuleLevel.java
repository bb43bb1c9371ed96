package io.stackbench.gate;

import io.stackbench.core.StackBenchException;
import io.stackbench.verify.Severity;
import java.util.Locale;
import java.util.Optional;

/** What the config file's {@code rules:} section makes of a rule: off, or its findings at one severity. */
enum RuleLevel {
    OFF(null), ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE);

    private final Severity severity;

    RuleLevel(Severity severity) {
        this.severity = severity;
    }

    /** Empty for {@link #OFF}. */
    Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /**
     * Reads {@code off}, {@code error}, {@code warning} or {@code note}; YAML 1.1 reads a bare
     * {@code off} as the boolean false, so that is {@link #OFF} too.
     */
    static RuleLevel parse(Object value, String where) {
        if (Boolean.FALSE.equals(value)) {
            return OFF;
        }
        if (value instanceof String s) {
            for (RuleLevel level : values()) {
                if (level.name().toLowerCase(Locale.ROOT).equals(s.strip().toLowerCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        throw StackBenchException.invalidInput(where + ": '" + value + "' is not a rule level; use off, error, warning or note");
    }
}
