package io.stackbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Number formatting shared by every format, rounded as the study's Python scripts round
 * ({@code f"{x:.1f}"}, {@code round(x, 1)}): the exact binary value of the double, ties to even.
 * So 6.25 prints as 6.2, but 0.15 (stored as 0.1499…) as 0.1 and 2.675 (2.67499…) as 2.67 at two
 * decimals. Locale-free, and never "-0.0".
 */
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

    /** {@code value} rounded to {@code decimals} places and printed; the one place the report rounds for text. */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        // BigDecimal has no negative zero: -0.0, and -0.04 at one decimal, print as 0.0.
        return rounded(value, decimals).toPlainString();
    }

    /** {@code value} rounded to {@code decimals} places, for formats that carry numbers rather than text (JSON). */
    static double round(double value, int decimals) {
        return Double.isFinite(value) ? rounded(value, decimals).doubleValue() : value;
    }

    /** {@code value} rounded to {@code digits} significant digits, ties to even (tiny p-values keep their digits). */
    static double significant(double value, int digits) {
        return Double.isFinite(value) && value != 0
                ? new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue() : value;
    }

    /** The exact binary value of {@code value} (not its shortest decimal string), rounded half to even. */
    private static BigDecimal rounded(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }
}
