package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One row per cell of every table, with a fixed set of columns so files from different reports
 * stack: a dimension the table does not group by is left empty, as is a metric not available.
 * The taxonomy of failures ("why runs failed") follows, one row per configuration and share: its
 * {@code failure}, the {@code denominator} it is a share of, its {@code runs} and {@code percent};
 * those three columns are empty in the cells' rows, as the metrics are in the failures' rows.
 */
final class CsvFormat {

    private static final List<Dimension> COLUMNS = List.of(Dimension.AGENT, Dimension.MODEL, Dimension.FRAMEWORK,
            Dimension.RUNTIME, Dimension.LEVEL, Dimension.CONSTRAINT);
    private static final List<String> METRICS = List.of("assert_percent", "strict_assert_percent", "success_rate",
            "pass_at_1", "pass_at_1_raw", "pass_at_3", "pass_hat_3");

    private CsvFormat() {
    }

    static String render(Report report) {
        List<String> header = new ArrayList<>(List.of("table"));
        COLUMNS.forEach(d -> header.add(d.id()));
        header.addAll(List.of("runs", "tasks"));
        header.addAll(METRICS);
        header.addAll(List.of("failure", "denominator", "percent"));
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (CellTable table : report.tables()) {
            for (Cell c : table.cells()) {
                List<String> row = new ArrayList<>(List.of(table.name()));
                for (Dimension d : COLUMNS) {
                    int i = table.dimensions().indexOf(d);
                    row.add(i < 0 ? "" : c.key().get(i));
                }
                row.addAll(List.of(Integer.toString(c.runs()), Integer.toString(c.tasks()), number(c.assertPercent()),
                        number(c.strictAssertPercent()), number(c.successRate()), number(c.passAt1()), number(c.passAt1Raw()),
                        c.passAt3().isPresent() ? number(c.passAt3().getAsDouble()) : "", number(c.passHat3()), "", "", ""));
                line(out, row);
            }
        }
        if (!report.grouped()) {
            failures(out, report.failures());
        }
        return out.toString();
    }

    /**
     * Per configuration: its failed runs and how many are diagnosed; then, when any run of the tree
     * is diagnosed, each category, the runs not diagnosed, each logic subcategory and the data layer.
     */
    private static void failures(StringBuilder out, List<Failures> failures) {
        boolean breakdown = Failures.anyDiagnosed(failures);
        for (Failures f : failures) {
            failure(out, f, "failed_runs", "", f.failedRuns(), OptionalDouble.empty());
            failure(out, f, "diagnosed", Failures.Denominator.FAILED_RUNS.id(), f.diagnosed(), f.failedRuns() == 0
                    ? OptionalDouble.empty() : OptionalDouble.of(100.0 * f.diagnosed() / f.failedRuns()));
            if (breakdown) {
                List<Failures.Share> shares = new ArrayList<>(f.categories());
                shares.addAll(f.subcategories());
                shares.add(f.dataLayer());
                shares.forEach(s -> failure(out, f, s.id(), s.of().id(), s.runs(), s.percent()));
            }
        }
    }

    private static void failure(StringBuilder out, Failures f, String failure, String denominator, int runs, OptionalDouble percent) {
        List<String> row = new ArrayList<>(List.of(Sections.FAILURES));
        for (Dimension d : COLUMNS) {
            row.add(d == Dimension.AGENT ? f.configuration().agent() : d == Dimension.MODEL ? f.configuration().model() : "");
        }
        row.addAll(List.of(Integer.toString(runs), ""));
        METRICS.forEach(m -> row.add(""));
        row.addAll(List.of(failure, denominator, number(percent)));
        line(out, row);
    }

    static String number(double value) {
        return Numbers.fixed(value, 4);
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields.stream().map(CsvFormat::quote).toList())).append("\r\n");
    }

    /** RFC 4180 quoting, only where a field needs it. */
    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
