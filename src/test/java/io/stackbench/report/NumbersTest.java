package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Printed numbers match the study's Python scripts ({@code f"{x:.1f}"}) character for character. */
class NumbersTest {

    @ParameterizedTest(name = "{0} at {1} decimals prints as {2}")
    @CsvSource({
        // Exact ties in binary go to the even digit.
        "6.25, 1, 6.2", "6.35, 1, 6.3", "6.75, 1, 6.8", "0.125, 2, 0.12", "0.375, 2, 0.38", "2.5, 0, 2", "3.5, 0, 4",
        // Decimal "ties" that are not ties in binary round by the binary value, as Python does.
        "0.15, 1, 0.1", "2.675, 2, 2.67", "1.005, 2, 1.00", "0.35, 1, 0.3",
        // Negative numbers mirror positive ones.
        "-6.25, 1, -6.2", "-0.15, 1, -0.1", "-2.675, 2, -2.67",
        "100, 1, 100.0", "83.33333333333333, 1, 83.3", "64.81481481481481, 4, 64.8148"})
    void roundsTheExactBinaryValueHalfToEvenAsPythonDoes(double value, int decimals, String printed) {
        assertThat(Numbers.fixed(value, decimals)).isEqualTo(printed);
    }

    @Test
    void aNegativeZeroOrANegativeNumberThatRoundsToZeroPrintsWithoutItsSign() {
        assertThat(Numbers.fixed(-0.0, 1)).isEqualTo("0.0");
        assertThat(Numbers.fixed(-0.04, 1)).isEqualTo("0.0");
        assertThat(Numbers.fixed(-0.00004, 4)).isEqualTo("0.0000");
        assertThat(Numbers.one(-0.0)).isEqualTo("0.0");
        assertThat(Numbers.signed(OptionalDouble.of(-0.0))).isEqualTo("0.0");
        assertThat(Numbers.signed(OptionalDouble.of(-0.04))).isEqualTo("0.0");
        assertThat(Numbers.round(-0.0, 4)).isEqualTo(0.0).hasToString("0.0");
    }

    @Test
    void everyShortcutRoundsTheSameWay() {
        assertThat(Numbers.one(6.25)).isEqualTo("6.2");
        assertThat(Numbers.one(OptionalDouble.of(0.15))).isEqualTo("0.1");
        assertThat(Numbers.signed(OptionalDouble.of(6.25))).isEqualTo("+6.2");
        assertThat(Numbers.signed(OptionalDouble.of(-6.25))).isEqualTo("-6.2");
        assertThat(Numbers.two(OptionalDouble.of(0.125))).isEqualTo("0.12");
        assertThat(Numbers.p(OptionalDouble.of(0.0625))).isEqualTo("0.062");
        assertThat(Numbers.p(OptionalDouble.of(0.0125))).isEqualTo("0.013"); // 0.01250000000000000069… in binary
        assertThat(Numbers.meanSem(new MeanSem(2, OptionalDouble.of(-6.25), OptionalDouble.of(0.125)))).isEqualTo("-6.2 ± 0.1");
        assertThat(Html.xy(12.25)).isEqualTo("12.2");
    }

    @Test
    void jsonNumbersAreRoundedHalfToEvenOnTheBinaryValueToo() {
        assertThat(Numbers.round(0.03125, 4)).isEqualTo(0.0312);
        assertThat(Numbers.round(0.00125, 4)).isEqualTo(0.0013); // 0.00125000000000000002… in binary
        assertThat(Numbers.round(2.67495, 4)).isEqualTo(2.6749); // 2.67495 is 2.674949999… in binary
        assertThat(Numbers.round(83.33333333333333, 4)).isEqualTo(83.3333);
        assertThat(Numbers.significant(0.000123456, 4)).isEqualTo(0.0001235);
        assertThat(Numbers.significant(0.00012345, 4)).isEqualTo(0.0001234); // 0.00012344999… in binary
    }

    @Test
    void notANumberAndInfinityPrintAsPythonPrintsThem() {
        assertThat(Numbers.fixed(Double.NaN, 1)).isEqualTo("nan");
        assertThat(Numbers.fixed(Double.POSITIVE_INFINITY, 1)).isEqualTo("inf");
        assertThat(Numbers.fixed(Double.NEGATIVE_INFINITY, 1)).isEqualTo("-inf");
    }
}
