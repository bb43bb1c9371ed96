package io.stackbench.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting shared by every format: fixed decimals, {@link Locale#ROOT}, never "-0.0". */
final class Numbers {

    static final String NOT_AVAILABLE = "n/a";

    private Numbers() {
    }

    /** A percentage or difference of percentages, one decimal. */
    static String one(double value) {
        return fixed(value, 1);
    }

    static String one(OptionalDouble value) {
        return value.isPresent() ? one(value.getAsDouble()) : NOT_AVAILABLE;
    }

    /** A signed difference, one decimal: {@code +3.0}, {@code -12.5}. */
    static String signed(OptionalDouble value) {
        if (value.isEmpty()) {
            return NOT_AVAILABLE;
        }
        String s = one(value.getAsDouble());
        return s.startsWith("-") || s.equals("0.0") ? s : "+" + s;
    }

    /** A test statistic, two decimals. */
    static String two(OptionalDouble value) {
        return value.isPresent() ? fixed(value.getAsDouble(), 2) : NOT_AVAILABLE;
    }

    /** A p-value: three decimals, or {@code <0.001}. */
    static String p(OptionalDouble value) {
        if (value.isEmpty()) {
            return NOT_AVAILABLE;
        }
        return value.getAsDouble() < 0.001 ? "<0.001" : fixed(value.getAsDouble(), 3);
    }

    /** A mean ± its standard error, or the mean alone when there is no standard error. */
    static String meanSem(MeanSem m) {
        if (m.mean().isEmpty()) {
            return NOT_AVAILABLE;
        }
        return signed(m.mean()) + (m.sem().isPresent() ? " ± " + one(m.sem().getAsDouble()) : "");
    }

    static String fixed(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.matches("-0\\.0*") ? s.substring(1) : s;
    }
}
