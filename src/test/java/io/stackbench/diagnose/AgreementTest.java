package io.stackbench.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void kappaDiscountsTheAgreementChanceWouldGive() {
        // 10 runs: a/a ×4, b/b ×4, a/b, b/a → pₒ = 0.8, pₑ = 0.5·0.5 + 0.5·0.5 = 0.5, κ = 0.6.
        List<Agreement.Pair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pairs.add(new Agreement.Pair("a" + i, "a", "a"));
            pairs.add(new Agreement.Pair("b" + i, "b", "b"));
        }
        pairs.add(new Agreement.Pair("x", "a", "b"));
        pairs.add(new Agreement.Pair("y", "b", "a"));

        Agreement a = Agreement.of(pairs);

        assertThat(a.accuracy()).isCloseTo(0.8, within(1e-9));
        assertThat(a.kappa()).isCloseTo(0.6, within(1e-9));
        assertThat(a.classes().get("a").precision()).isCloseTo(0.8, within(1e-9));
        assertThat(a.mismatches()).containsExactly("x: a → b", "y: b → a");
    }

    @Test
    void perfectAgreementOnOneClassIsKappaOne() {
        assertThat(Agreement.of(List.of(new Agreement.Pair("1", "a", "a"), new Agreement.Pair("2", "a", "a"))).kappa()).isEqualTo(1.0);
    }
}
