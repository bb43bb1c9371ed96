package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The metrics fixture, computed by hand (cmd/model-x):
 * <pre>
 * task                                  runs (A%, strict A%, success)            A%     strict  succ.  pass@3  pass^3
 * flask L0 unconstrained                (100,100,y) (100,100,y) (50,50,n)         83.33  83.33  66.67  100     29.63
 * flask L1 postgres                     (0,0,n: never started) (90,90,n) (100,100,y) 63.33  63.33  33.33  100      3.70
 * flask L1 clean_architecture           (100,0,n: verifier) (100,100,y)          100     50     50     n/a     12.50
 * flask L3 clean_arch-postgres-sqlalch. (60,0,n: verifier)                       60      0      0      n/a      0
 * express L0 unconstrained              (100,100,y)                              100    100    100     n/a    100
 * </pre>
 */
class ReportMetricsTest {

    private static final Offset<Double> EPS = within(1e-9);
    private final ResultsTree.Loaded loaded = new ResultsTree().load(Fixtures.metrics());
    private final Report report = Report.of(loaded.runs(), List.of());

    private TaskScore score(String task) {
        return report.scores().stream().filter(s -> s.task().id().equals(task)).findFirst().orElseThrow();
    }

    private Cell cell(String table, String... key) {
        return report.table(table).cell(List.of(key)).orElseThrow();
    }

    @Test
    void everyReadableRunIsLoadedAndEachBadFileIsSkippedWithAWarning() {
        assertThat(loaded.runs()).hasSize(10);
        assertThat(loaded.runs()).allMatch(r -> r.configuration().equals(new Configuration("cmd", "model-x")));
        assertThat(loaded.warnings()).hasSize(2);
        assertThat(loaded.warnings()).anyMatch(w -> w.contains("express-openapi-sqlite") && w.contains("unreadable"));
        assertThat(loaded.warnings()).anyMatch(w -> w.contains("express-openapi-postgres") && w.contains("schema stackbench.run/2"));
    }

    @Test
    void aTaskWithMixedRunsAveragesItsRunsAndCountsItsSuccesses() {
        TaskScore t = score("flask-openapi-unconstrained");
        assertThat(t.runs()).isEqualTo(3);
        assertThat(t.successes()).isEqualTo(2);
        assertThat(t.assertPercent()).isCloseTo(250.0 / 3, EPS);
        assertThat(t.strictAssertPercent()).isCloseTo(250.0 / 3, EPS);
        assertThat(t.successRate()).isCloseTo(200.0 / 3, EPS);
        assertThat(t.passAt(1).getAsDouble()).isCloseTo(200.0 / 3, EPS);
        assertThat(t.passAt(3).getAsDouble()).isCloseTo(100.0, EPS);
        assertThat(t.passHat(3)).isCloseTo(100.0 * 8 / 27, EPS);
    }

    @Test
    void aServerThatNeverStartedScoresZeroAndPullsTheTaskMeanDown() {
        TaskScore t = score("flask-openapi-postgres");
        assertThat(loaded.runs().stream().filter(r -> r.taskId().equals("flask-openapi-postgres") && r.number() == 1)
                .findFirst().orElseThrow().result().assertPercent()).isZero();
        assertThat(t.assertPercent()).isCloseTo(190.0 / 3, EPS);
        assertThat(t.successes()).isEqualTo(1);
        assertThat(t.passAt(1).getAsDouble()).isCloseTo(100.0 / 3, EPS);
        assertThat(t.passAt(3).getAsDouble()).isCloseTo(100.0, EPS);
        assertThat(t.passHat(3)).isCloseTo(100.0 / 27, EPS);
    }

    @Test
    void aVerifierFailureZeroesStrictAssertPercentButKeepsRawAssertPercent() {
        TaskScore t = score("flask-openapi-clean_architecture");
        assertThat(t.assertPercent()).isCloseTo(100.0, EPS);
        assertThat(t.strictAssertPercent()).isCloseTo(50.0, EPS);
        assertThat(t.successRate()).isCloseTo(50.0, EPS);
        // Its assertions all passed in both runs: a success for pass@1 raw, which leaves the verifiers out.
        assertThat(t.rawSuccesses()).isEqualTo(2);
        assertThat(t.passAtRaw(1).getAsDouble()).isCloseTo(100.0, EPS);
        TaskScore l3 = score("flask-openapi-clean_architecture-postgres-sqlalchemy");
        assertThat(l3.assertPercent()).isCloseTo(60.0, EPS);
        assertThat(l3.strictAssertPercent()).isZero();
        assertThat(l3.rawSuccesses()).isZero();
    }

    @Test
    void passAtThreeIsNotAvailableWithFewerThanThreeRunsAndNeitherIsTheCellAverage() {
        assertThat(score("flask-openapi-clean_architecture").passAt(3)).isEqualTo(OptionalDouble.empty());
        assertThat(cell(Report.MAIN, "cmd", "model-x", "L1").passAt3()).isEqualTo(OptionalDouble.empty());
        assertThat(cell(Report.FRAMEWORK_BY_LEVEL, "flask", "L0").passAt3().getAsDouble()).isCloseTo(100.0, EPS);
    }

    @Test
    void levelCellsAverageOverTasksSoEachTaskWeighsTheSame() {
        Cell l0 = cell(Report.MAIN, "cmd", "model-x", "L0");
        assertThat(l0.tasks()).isEqualTo(2);
        assertThat(l0.runs()).isEqualTo(4);
        assertThat(l0.assertPercent()).isCloseTo((250.0 / 3 + 100) / 2, EPS);
        assertThat(l0.successRate()).isCloseTo((200.0 / 3 + 100) / 2, EPS);
        assertThat(l0.passHat3()).isCloseTo((800.0 / 27 + 100) / 2, EPS);
        Cell l1 = cell(Report.MAIN, "cmd", "model-x", "L1");
        assertThat(l1.assertPercent()).isCloseTo((190.0 / 3 + 100) / 2, EPS);
        assertThat(l1.strictAssertPercent()).isCloseTo((190.0 / 3 + 50) / 2, EPS);
        assertThat(report.table(Report.MAIN).cell(List.of("cmd", "model-x", "L2"))).isEmpty();
    }

    @Test
    void frameworkRuntimeAndConstraintGroupsHoldTheirTasks() {
        assertThat(cell("runtime", "python").tasks()).isEqualTo(4);
        assertThat(cell("runtime", "node").assertPercent()).isCloseTo(100.0, EPS);
        assertThat(cell(Report.FRAMEWORKS, "flask").assertPercent()).isCloseTo((250.0 / 3 + 190.0 / 3 + 100 + 60) / 4, EPS);
        // A task counts in the group of each of its constraints.
        Cell clean = cell("constraint", "clean_architecture");
        assertThat(clean.tasks()).isEqualTo(2);
        assertThat(clean.assertPercent()).isCloseTo(80.0, EPS);
        assertThat(clean.strictAssertPercent()).isCloseTo(25.0, EPS);
        assertThat(cell("constraint", "postgres").assertPercent()).isCloseTo((190.0 / 3 + 60) / 2, EPS);
        assertThat(cell("constraint", "unconstrained").tasks()).isEqualTo(2);
    }

    @Test
    void deltaFromL0ToL3IsAbsoluteAndRelativeOnRawAndStrictAssertPercent() {
        Decay d = report.decays().get(0);
        double l0 = (250.0 / 3 + 100) / 2;
        assertThat(d.rawDelta().getAsDouble()).isCloseTo(60 - l0, EPS);
        assertThat(d.rawRelativeDelta().getAsDouble()).isCloseTo(100 * (60 - l0) / l0, EPS);
        assertThat(d.strictDelta().getAsDouble()).isCloseTo(-l0, EPS);
        assertThat(d.strictRelativeDelta().getAsDouble()).isCloseTo(-100.0, EPS);
        // Only flask has both L0 and L3: one pair, so no t-test.
        assertThat(d.test().pairs()).isEqualTo(1);
        assertThat(d.test().meanDifference().getAsDouble()).isCloseTo(-250.0 / 3, EPS);
        assertThat(d.test().t()).isEmpty();
        assertThat(d.test().p()).isEmpty();
    }

    @Test
    void marginalEffectsComeFromMatchedPairsOnly() {
        MarginalEffect architecture = effect("architecture");
        assertThat(architecture.strict().n()).isEqualTo(1);
        assertThat(architecture.strict().mean().getAsDouble()).isCloseTo(50 - 250.0 / 3, EPS);
        assertThat(architecture.raw().mean().getAsDouble()).isCloseTo(100 - 250.0 / 3, EPS);
        assertThat(architecture.strict().sem()).isEmpty();
        assertThat(effect("database").strict().mean().getAsDouble()).isCloseTo(190.0 / 3 - 250.0 / 3, EPS);
        assertThat(effect("database:postgres").strict().n()).isEqualTo(1);
        assertThat(effect("database:sqlite").strict().n()).isZero();
        // The L3 task's twin without the ORM (clean_architecture-postgres) has no runs.
        assertThat(effect("orm").strict().n()).isZero();
        assertThat(effect("orm").strict().mean()).isEmpty();
    }

    private MarginalEffect effect(String name) {
        return report.effects().stream().filter(e -> e.effect().equals(name)).findFirst().orElseThrow();
    }
}
