package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PassAtKTest {

    /**
     * pass@k by definition: the share of the k-subsets of n runs (c of them successes, runs
     * 0..c-1) that contain at least one success, counted by enumerating every subset.
     */
    private static double enumerated(int k, int n, int c) {
        int subsets = 0;
        int withSuccess = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == k) {
                subsets++;
                if ((mask & ((1 << c) - 1)) != 0) {
                    withSuccess++;
                }
            }
        }
        return (double) withSuccess / subsets;
    }

    @Test
    void theUnbiasedEstimatorMatchesCountingSubsets() {
        for (int n = 1; n <= 12; n++) {
            for (int c = 0; c <= n; c++) {
                for (int k = 1; k <= n; k++) {
                    assertThat(PassAtK.passAt(k, n, c).getAsDouble()).as("k=%d n=%d c=%d", k, n, c)
                            .isCloseTo(enumerated(k, n, c), within(1e-12));
                }
            }
        }
    }

    @Test
    void passAtKIsNotAvailableWithFewerThanKRuns() {
        assertThat(PassAtK.passAt(3, 2, 2)).isEmpty();
        assertThat(PassAtK.passAt(3, 1, 0)).isEmpty();
        assertThat(PassAtK.passAt(1, 1, 1).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void passAtOneIsTheSuccessRate() {
        assertThat(PassAtK.passAt(1, 7, 3).getAsDouble()).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void passHatKIsTheSuccessRateToTheKthPower() {
        assertThat(PassAtK.passHat(3, 3, 2)).isCloseTo(8.0 / 27, within(1e-12));
        assertThat(PassAtK.passHat(3, 5, 0)).isZero();
        assertThat(PassAtK.passHat(3, 4, 4)).isEqualTo(1.0);
    }

    @Test
    void impossibleCountsAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PassAtK.passAt(1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
