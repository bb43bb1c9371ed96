package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * How one configuration's A% falls from L0 to L3: ΔA% = A%(L3) − A%(L0), absolute and relative to
 * A%(L0), on raw and strict A%, and a paired t-test of the decay on strict A%.
 *
 * <p>The test pairs, per framework, the L0 task's strict A% with the mean strict A% of that
 * framework's L3 tasks. Pairing the L0 task with each L3 task instead would count the same L0
 * value twice and treat dependent pairs as independent, shrinking the p-value.
 */
public record Decay(Configuration configuration, OptionalDouble assertL0, OptionalDouble assertL3,
                    OptionalDouble strictL0, OptionalDouble strictL3, PairedTest test) {

    /**
     * A two-sided paired t-test of strict A%(L3) − A%(L0) over frameworks.
     *
     * @param t empty with fewer than two pairs or when every pair differs by the same amount
     */
    public record PairedTest(int pairs, OptionalDouble meanDifference, OptionalDouble t, OptionalDouble p) {
    }

    public Decay {
        Objects.requireNonNull(configuration);
        Objects.requireNonNull(test);
    }

    /** ΔA% raw: on raw A%, which a verifier failure does not change. */
    public OptionalDouble rawDelta() {
        return difference(assertL0, assertL3);
    }

    /** ΔA% raw relative to raw A%(L0), in percent; empty when A%(L0) is 0. */
    public OptionalDouble rawRelativeDelta() {
        return relative(assertL0, assertL3);
    }

    /** ΔA% strict: on strict A% (0 when a verifier failed), the ΔA% of the study's tables. */
    public OptionalDouble strictDelta() {
        return difference(strictL0, strictL3);
    }

    /** ΔA% strict relative to strict A%(L0), in percent; empty when strict A%(L0) is 0. */
    public OptionalDouble strictRelativeDelta() {
        return relative(strictL0, strictL3);
    }

    static List<Decay> of(CellTable configurationByLevel, List<TaskScore> scores) {
        List<Decay> out = new ArrayList<>();
        scores.stream().map(TaskScore::configuration).distinct().sorted().forEach(c -> {
            OptionalDouble[] values = new OptionalDouble[4];
            int i = 0;
            for (String level : List.of("L0", "L3")) {
                var cell = configurationByLevel.cell(List.of(c.agent(), c.model(), level));
                values[i++] = cell.map(x -> OptionalDouble.of(x.assertPercent())).orElse(OptionalDouble.empty());
                values[i++] = cell.map(x -> OptionalDouble.of(x.strictAssertPercent())).orElse(OptionalDouble.empty());
            }
            out.add(new Decay(c, values[0], values[2], values[1], values[3], test(c, scores)));
        });
        return out;
    }

    private static PairedTest test(Configuration configuration, List<TaskScore> scores) {
        List<double[]> pairs = new ArrayList<>();
        scores.stream().filter(s -> s.configuration().equals(configuration)).map(s -> s.task().framework())
                .distinct().sorted().forEach(framework -> {
                    List<TaskScore> own = scores.stream().filter(s -> s.configuration().equals(configuration)
                            && s.task().framework().equals(framework)).toList();
                    OptionalDouble l0 = own.stream().filter(s -> s.level() == 0).mapToDouble(TaskScore::strictAssertPercent).average();
                    OptionalDouble l3 = own.stream().filter(s -> s.level() == 3).mapToDouble(TaskScore::strictAssertPercent).average();
                    if (l0.isPresent() && l3.isPresent()) {
                        pairs.add(new double[] {l3.getAsDouble(), l0.getAsDouble()});
                    }
                });
        double[] after = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] before = pairs.stream().mapToDouble(p -> p[1]).toArray();
        OptionalDouble mean = pairs.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(org.apache.commons.math3.stat.StatUtils.meanDifference(after, before));
        if (pairs.size() < 2) {
            return new PairedTest(pairs.size(), mean, OptionalDouble.empty(), OptionalDouble.empty());
        }
        TTest tTest = new TTest();
        OptionalDouble t = finite(tTest.pairedT(after, before));
        // Identical differences have no variance: t is undefined, and so is a p-value worth printing.
        return new PairedTest(pairs.size(), mean, t,
                t.isPresent() ? finite(tTest.pairedTTest(after, before)) : OptionalDouble.empty());
    }

    private static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static OptionalDouble difference(OptionalDouble l0, OptionalDouble l3) {
        return l0.isPresent() && l3.isPresent() ? OptionalDouble.of(l3.getAsDouble() - l0.getAsDouble()) : OptionalDouble.empty();
    }

    private static OptionalDouble relative(OptionalDouble l0, OptionalDouble l3) {
        return l0.isPresent() && l3.isPresent() && l0.getAsDouble() > 0
                ? OptionalDouble.of(100 * (l3.getAsDouble() - l0.getAsDouble()) / l0.getAsDouble()) : OptionalDouble.empty();
    }
}
