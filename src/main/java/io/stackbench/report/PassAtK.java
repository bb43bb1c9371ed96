package io.stackbench.report;

import java.util.OptionalDouble;
import org.apache.commons.math3.util.CombinatoricsUtils;

/** The study's pass@k and pass^k over n runs with c successes, as fractions in [0, 1]. */
final class PassAtK {

    private PassAtK() {
    }

    /**
     * The unbiased estimator 1 − C(n−c, k)/C(n, k): the chance that k runs drawn without
     * replacement include a success. Not available with fewer than k runs.
     */
    static OptionalDouble passAt(int k, int n, int c) {
        check(k, n, c);
        if (n < k) {
            return OptionalDouble.empty();
        }
        if (n - c < k) {
            return OptionalDouble.of(1.0); // C(n−c, k) is 0: every draw of k contains a success
        }
        return OptionalDouble.of(1.0 - CombinatoricsUtils.binomialCoefficientDouble(n - c, k)
                / CombinatoricsUtils.binomialCoefficientDouble(n, k));
    }

    /** (c/n)^k: the chance that k independent runs all succeed. */
    static double passHat(int k, int n, int c) {
        check(k, n, c);
        return Math.pow((double) c / n, k);
    }

    private static void check(int k, int n, int c) {
        if (k < 1 || n < 1 || c < 0 || c > n) {
            throw new IllegalArgumentException("pass@k needs k ≥ 1, n ≥ 1, 0 ≤ c ≤ n; got k=" + k + " n=" + n + " c=" + c);
        }
    }
}
