package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecayTest {

    private final Report report = Fixtures.report(Fixtures.decay(), List.of());

    @Test
    void theDecayFixtureShowsAssertPercentFallingAtEveryLevelForEveryConfiguration() {
        for (Decay d : report.decays()) {
            Configuration c = d.configuration();
            List<Double> raw = new ArrayList<>();
            List<Double> strict = new ArrayList<>();
            for (String level : List.of("L0", "L1", "L2", "L3")) {
                Cell cell = report.table(Report.MAIN).cell(List.of(c.agent(), c.model(), level)).orElseThrow();
                raw.add(cell.assertPercent());
                strict.add(cell.strictAssertPercent());
            }
            assertThat(raw).as(c.id() + " raw A% by level").isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
            assertThat(strict).as(c.id() + " strict A% by level").isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
            assertThat(d.rawDelta().getAsDouble()).isLessThan(-20);
            assertThat(d.rawRelativeDelta().getAsDouble()).isLessThan(-25);
        }
    }

    @Test
    void theDecayIsSignificantInAPairedTestOverFrameworks() {
        for (Decay d : report.decays()) {
            assertThat(d.test().pairs()).isEqualTo(4);
            assertThat(d.test().t().getAsDouble()).isNegative();
            assertThat(d.test().p().getAsDouble()).isLessThan(0.05);
        }
    }

    @Test
    void everyConstraintCostsAssertPercentInTheDecayFixture() {
        assertThat(report.effects()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.strict().mean().getAsDouble()).as(e.effect()).isNegative();
            assertThat(e.strict().sem()).isPresent();
        });
        // Per framework: 5 architecture pairs, 4 database pairs (2 per database), 4 ORM pairs.
        assertThat(report.effects()).filteredOn(e -> e.effect().equals("architecture")).allMatch(e -> e.strict().n() == 20);
        assertThat(report.effects()).filteredOn(e -> e.effect().equals("database")).allMatch(e -> e.strict().n() == 16);
        assertThat(report.effects()).filteredOn(e -> e.effect().equals("database:sqlite")).allMatch(e -> e.strict().n() == 8);
        assertThat(report.effects()).filteredOn(e -> e.effect().equals("orm")).allMatch(e -> e.strict().n() == 16);
    }

    @Test
    void thePairedTestPairsEachFrameworksL0TaskWithTheMeanOfItsL3Tasks() {
        // L0 strict A% 100, 90, 80; L3 means 60, 70, 50: differences −40, −20, −30.
        List<TaskScore> scores = List.of(
                score("flask", 0, 100), score("flask", 3, 55), score("flask", 3, 65),
                score("koa", 0, 90), score("koa", 3, 70), score("koa", 3, 70),
                score("hono", 0, 80), score("hono", 3, 40), score("hono", 3, 60));
        Decay.PairedTest test = Decay.of(CellTable.of(Report.MAIN, List.of(Dimension.AGENT, Dimension.MODEL, Dimension.LEVEL), scores),
                scores).get(0).test();
        // Mean −30, sample sd 10, so t = −30 / (10 / √3) = −3√3 with 2 degrees of freedom, where
        // the t distribution's CDF has the closed form 1/2 + t / (2 √(2 + t²)).
        double t = -3 * Math.sqrt(3);
        assertThat(test.pairs()).isEqualTo(3);
        assertThat(test.meanDifference().getAsDouble()).isCloseTo(-30, within(1e-9));
        assertThat(test.t().getAsDouble()).isCloseTo(t, within(1e-9));
        assertThat(test.p().getAsDouble()).isCloseTo(2 * (0.5 + t / (2 * Math.sqrt(2 + t * t))), within(1e-6));
    }

    @Test
    void identicalDifferencesLeaveTheTestUndefinedRatherThanInfinitelySignificant() {
        List<TaskScore> scores = List.of(score("flask", 0, 100), score("flask", 3, 100), score("koa", 0, 100), score("koa", 3, 100));
        Decay.PairedTest test = Decay.of(CellTable.of(Report.MAIN, List.of(Dimension.AGENT, Dimension.MODEL, Dimension.LEVEL), scores),
                scores).get(0).test();
        assertThat(test.pairs()).isEqualTo(2);
        assertThat(test.meanDifference().getAsDouble()).isZero();
        assertThat(test.t()).isEmpty();
        assertThat(test.p()).isEmpty();
    }

    private static int counter;

    private static TaskScore score(String framework, int level, double strict) {
        List<String> constraints = level == 0 ? List.of() : List.of("clean_architecture", "postgres", "x" + counter++);
        return new TaskScore(new Configuration("a", "m"), new RunResult.TaskInfo(framework + "-" + counter++, framework,
                "python", constraints, level), 1, 0, 0, strict, strict);
    }
}
