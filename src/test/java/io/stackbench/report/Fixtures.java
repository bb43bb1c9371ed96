package io.stackbench.report;

import java.nio.file.Path;

/** The results trees under src/test/resources/io/stackbench/report (written by scripts/make-report-fixtures.py). */
final class Fixtures {

    private Fixtures() {
    }

    static Path repo() {
        return Path.of(System.getProperty("stackbench.repo", "."));
    }

    static Path resources() {
        return repo().resolve("src/test/resources/io/stackbench/report");
    }

    /** Ten runs of five tasks whose metrics are computed by hand in {@link ReportMetricsTest}, and two bad files. */
    static Path metrics() {
        return resources().resolve("metrics");
    }

    /** Two configurations on four frameworks, three runs per task, A% falling with every constraint. */
    static Path decay() {
        return resources().resolve("decay");
    }

    static Report report(Path tree, java.util.List<Dimension> by) {
        return Report.of(new ResultsTree().load(tree).runs(), by);
    }
}
