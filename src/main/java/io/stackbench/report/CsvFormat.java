package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One row per cell of every table, with a fixed set of columns so files from different reports
 * stack: a dimension the table does not group by is left empty, as is a metric not available.
 */
final class CsvFormat {

    private static final List<Dimension> COLUMNS = List.of(Dimension.AGENT, Dimension.MODEL, Dimension.FRAMEWORK,
            Dimension.RUNTIME, Dimension.LEVEL, Dimension.CONSTRAINT);

    private CsvFormat() {
    }

    static String render(Report report) {
        List<String> header = new ArrayList<>(List.of("table"));
        COLUMNS.forEach(d -> header.add(d.id()));
        header.addAll(List.of("runs", "tasks", "assert_percent", "strict_assert_percent", "success_rate",
                "pass_at_1", "pass_at_1_raw", "pass_at_3", "pass_hat_3"));
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
                        c.passAt3().isPresent() ? number(c.passAt3().getAsDouble()) : "", number(c.passHat3())));
                line(out, row);
            }
        }
        return out.toString();
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
