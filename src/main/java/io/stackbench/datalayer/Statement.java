package io.stackbench.datalayer;

import java.util.Locale;
import java.util.Optional;

/**
 * One statement PostgreSQL completed (or refused), as its log recorded it.
 *
 * @param endMillis  when it completed, in milliseconds since the epoch (PostgreSQL logs to the millisecond)
 * @param durationMs how long it ran; empty for a statement that failed
 * @param sql        its text as the server received it (parameters as {@code $n})
 * @param parameters the values bound to its {@code $n} parameters, as PostgreSQL logged them, or empty
 * @param error      the error it failed with
 */
record Statement(double endMillis, Optional<Double> durationMs, String sql, String parameters, Optional<String> error) {

    /** When it began: its end less its duration. */
    double startMillis() {
        return endMillis - durationMs.orElse(0.0);
    }

    /** Whether it completed, changed data and carried {@code value}, in its text or its parameters. */
    boolean wrote(String value) {
        return writesData() && (sql.contains(value) || parameters.contains(value));
    }

    /**
     * Whether it reads or writes the application's data, as opposed to transaction control and a
     * driver's housekeeping (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, DEALLOCATE, SET, SHOW), whose number
     * varies with connection state rather than with the items a request returns.
     */
    boolean touchesData() {
        return sql.strip().toUpperCase(Locale.ROOT).matches("(?s)^\\(?\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|COPY|MERGE|VALUES|TABLE)\\b.*");
    }

    /** Whether it completed and changed data: INSERT, UPDATE, DELETE, COPY or MERGE, also behind a WITH. */
    boolean writesData() {
        if (error.isPresent()) {
            return false;
        }
        String text = sql.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("WITH")) {
            return text.matches("(?s).*\\)\\s*(INSERT|UPDATE|DELETE|MERGE)\\b.*");
        }
        return text.matches("(?s)^(INSERT|UPDATE|DELETE|COPY\\s+\\S+\\s+FROM|MERGE)\\b.*");
    }
}
