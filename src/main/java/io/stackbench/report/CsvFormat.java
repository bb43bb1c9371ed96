package io.stackbench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One row per cell of every table, with a fixed set of columns so files from different reports
 * stack: a dimension the table does not group by is left empty, as is a metric not available.
 * The taxonomy of failures ("why runs failed") follows, one row per configuration and share: its
 * {@code failure}, the {@code denominator} it is a share of, its {@code runs} and {@code percent};
 * those three columns are empty in the cells' rows, as the metrics are in the failures' rows.
 * Then, when the runs have them, A% per suite {@code feature} and level ({@code passed} and
 * {@code total} assertions pooled over the level's runs), and the feature tasks per configuration
 * and per configuration and removed {@code feature}, with {@code own_assert_percent} and
 * {@code rest_assert_percent}. Then the runtime data-layer checks: {@code data-layer-sound A%} rows per
 * configuration and level ({@code strict_assert_percent} beside {@code data_layer_sound_assert_percent},
 * the mean over the {@code checked_runs}; empty when none was checked), and {@code runtime rules} rows
 * per configuration: one with an empty {@code rule}, its {@code runs} and {@code checked_runs}, then
 * one per rule that ran, its {@code runs} and {@code failed_runs}. The feature tasks' rows carry their
 * data-layer-sound A% too, and their runtime rules are {@code feature tasks: runtime rules}.
 */
final class CsvFormat {

    private static final List<Dimension> COLUMNS = List.of(Dimension.AGENT, Dimension.MODEL, Dimension.FRAMEWORK,
            Dimension.RUNTIME, Dimension.LEVEL, Dimension.CONSTRAINT);
    private static final List<String> METRICS = List.of("assert_percent", "strict_assert_percent", "success_rate",
            "pass_at_1", "pass_at_1_raw", "pass_at_3", "pass_hat_3");
    /** The header, in order; later columns come last so the columns before them keep their places. */
    private static final List<String> HEADER = header();

    private CsvFormat() {
    }

    static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", HEADER)).append("\r\n");
        for (CellTable table : report.tables()) {
            for (Cell c : table.cells()) {
                Map<String, String> row = new HashMap<>(Map.of("table", table.name()));
                for (int i = 0; i < table.dimensions().size(); i++) {
                    row.put(table.dimensions().get(i).id(), c.key().get(i));
                }
                row.putAll(Map.of("runs", Integer.toString(c.runs()), "tasks", Integer.toString(c.tasks()),
                        "assert_percent", number(c.assertPercent()), "strict_assert_percent", number(c.strictAssertPercent()),
                        "success_rate", number(c.successRate()), "pass_at_1", number(c.passAt1()),
                        "pass_at_1_raw", number(c.passAt1Raw()), "pass_at_3", number(c.passAt3()), "pass_hat_3", number(c.passHat3())));
                line(out, row);
            }
        }
        if (!report.grouped()) {
            failures(out, report.failures());
            featureByLevel(out, report.featureByLevel());
            featureTasks(out, report.featureTasks());
            dataLayerSound(out, report.dataLayerSound());
            runtimeRules(out, Sections.RUNTIME_RULES, report.runtimeRules());
            runtimeRules(out, FeatureSections.TASKS + ": " + Sections.RUNTIME_RULES, report.featureTasks().runtimeRules());
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
        Map<String, String> row = configuration(Sections.FAILURES, f.configuration());
        row.putAll(Map.of("runs", Integer.toString(runs), "failure", failure, "denominator", denominator, "percent", number(percent)));
        line(out, row);
    }

    /** One row per suite feature and level that has assertions: {@code runs} are the runs that have them. */
    private static void featureByLevel(StringBuilder out, FeatureByLevel table) {
        for (FeatureByLevel.Pooled c : table.cells()) {
            line(out, new HashMap<>(Map.of("table", FeatureSections.BY_LEVEL, Dimension.LEVEL.id(), c.level(), "feature", c.feature(),
                    "runs", Integer.toString(c.runs()), "assert_percent", number(c.count().percent()),
                    "passed", Integer.toString(c.count().passed()), "total", Integer.toString(c.count().total()))));
        }
    }

    private static void featureTasks(StringBuilder out, FeatureTasks tasks) {
        tasks.byConfiguration().forEach(s -> featureTask(out, FeatureSections.TASKS, s));
        tasks.byFeature().forEach(s -> featureTask(out, FeatureSections.TASKS_BY_FEATURE, s));
    }

    private static void featureTask(StringBuilder out, String table, FeatureTaskScore s) {
        Map<String, String> row = configuration(table, s.configuration());
        row.put("feature", s.feature().orElse(""));
        row.putAll(Map.of("runs", Integer.toString(s.runs()), "tasks", Integer.toString(s.tasks()),
                "assert_percent", number(s.assertPercent()), "strict_assert_percent", number(s.strictAssertPercent()),
                "success_rate", number(s.passAt1()), "pass_at_1", number(s.passAt1()),
                "own_assert_percent", number(s.ownAssertPercent()), "rest_assert_percent", number(s.restAssertPercent())));
        row.put("data_layer_sound_assert_percent", number(s.soundAssertPercent()));
        row.put("checked_runs", Integer.toString(s.checkedRuns()));
        line(out, row);
    }

    private static void dataLayerSound(StringBuilder out, DataLayerSound table) {
        for (DataLayerSound.Row r : table.rows()) {
            Map<String, String> row = configuration(Sections.DATA_LAYER_SOUND, r.configuration());
            row.putAll(Map.of(Dimension.LEVEL.id(), r.level(), "runs", Integer.toString(r.runs()), "tasks", Integer.toString(r.tasks()),
                    "strict_assert_percent", number(r.strictAssertPercent()),
                    "data_layer_sound_assert_percent", number(r.soundAssertPercent()), "checked_runs", Integer.toString(r.checkedRuns())));
            line(out, row);
        }
    }

    private static void runtimeRules(StringBuilder out, String table, RuntimeRules rules) {
        for (RuntimeRules.Row r : rules.rows()) {
            Map<String, String> row = configuration(table, r.configuration());
            row.putAll(Map.of("runs", Integer.toString(r.runs()), "checked_runs", Integer.toString(r.checked())));
            line(out, row);
            for (String rule : rules.rules()) {
                r.tally(rule).ifPresent(t -> {
                    Map<String, String> tally = configuration(table, r.configuration());
                    tally.putAll(Map.of("rule", rule, "runs", Integer.toString(t.runs()), "failed_runs", Integer.toString(t.failed())));
                    line(out, tally);
                });
            }
        }
    }

    private static Map<String, String> configuration(String table, Configuration configuration) {
        return new HashMap<>(Map.of("table", table, Dimension.AGENT.id(), configuration.agent(),
                Dimension.MODEL.id(), configuration.model()));
    }

    static String number(double value) {
        return Numbers.fixed(value, 4);
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("table"));
        COLUMNS.forEach(d -> header.add(d.id()));
        header.addAll(List.of("runs", "tasks"));
        header.addAll(METRICS);
        header.addAll(List.of("failure", "denominator", "percent", "feature", "own_assert_percent", "rest_assert_percent",
                "passed", "total", "data_layer_sound_assert_percent", "checked_runs", "rule", "failed_runs"));
        return List.copyOf(header);
    }

    /** The row's fields in the header's order, empty where the row has none. */
    private static void line(StringBuilder out, Map<String, String> row) {
        if (!HEADER.containsAll(row.keySet())) {
            throw new IllegalArgumentException("columns " + row.keySet() + " not all in " + HEADER);
        }
        out.append(String.join(",", HEADER.stream().map(h -> quote(row.getOrDefault(h, ""))).toList())).append("\r\n");
    }

    /** RFC 4180 quoting, only where a field needs it. */
    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
