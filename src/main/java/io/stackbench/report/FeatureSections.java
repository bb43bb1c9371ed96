package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;

/** The feature sections as titled text tables: A% per suite feature and level, and the feature tasks. */
final class FeatureSections {

    /** Short names, as CSV's {@code table} column gives them. */
    static final String BY_LEVEL = "feature × level";
    static final String TASKS = "feature tasks";
    static final String TASKS_BY_FEATURE = "feature tasks × feature";

    static final List<String> TASK_HEADERS = List.of("runs", "tasks", "pass@1", "A%", "own A%", "rest A%", "strict A%",
            "data-layer-sound A%");

    private FeatureSections() {
    }

    /** One row per suite feature, one column per level: the feature's pooled A%, {@code n/a} where no run has its assertions. */
    static TextTable byLevel(FeatureByLevel table) {
        List<String> headers = new ArrayList<>(List.of("feature"));
        headers.addAll(table.levels());
        List<List<String>> rows = new ArrayList<>();
        for (String feature : table.features()) {
            List<String> row = new ArrayList<>(List.of(feature));
            table.levels().forEach(level -> row.add(table.cell(feature, level)
                    .map(c -> Numbers.one(c.count().percent())).orElse(Numbers.NOT_AVAILABLE)));
            rows.add(row);
        }
        return new TextTable("A% per suite feature and level (greenfield runs; passed / total assertions of the feature,"
                + " summed over the level's runs)", headers, rows, 1);
    }

    /** The study's Table 2b: one row per configuration. */
    static TextTable tasks(FeatureTasks tasks) {
        List<String> headers = new ArrayList<>(List.of("configuration"));
        headers.addAll(TASK_HEADERS);
        List<List<String>> rows = tasks.byConfiguration().stream().map(s -> List.of(s.configuration().id(),
                Integer.toString(s.runs()), Integer.toString(s.tasks()), Numbers.one(s.passAt1()), Numbers.one(s.assertPercent()),
                Numbers.one(s.ownAssertPercent()), Numbers.one(s.restAssertPercent()), Numbers.one(s.strictAssertPercent()),
                DataLayerSound.text(s.soundAssertPercent(), s.checkedRuns(), s.runs()))).toList();
        return new TextTable(TASKS + " (means over runs; own A%: the removed feature's assertions; rest A%: the others,"
                + " which the base passed, so below 100 is a regression; data-layer-sound A%: over the runs the runtime rules"
                + " checked; not in the tables above)", headers, rows, 1);
    }

    /** Own A% per removed feature (rows) and configuration (columns), {@code n/a} where the configuration ran none. */
    static TextTable byFeature(FeatureTasks tasks) {
        List<String> headers = new ArrayList<>(List.of("removed feature"));
        tasks.configurations().forEach(c -> headers.add(c.id()));
        List<List<String>> rows = new ArrayList<>();
        for (String feature : tasks.features()) {
            List<String> row = new ArrayList<>(List.of(feature));
            tasks.configurations().forEach(c -> row.add(tasks.score(c, feature)
                    .map(s -> Numbers.one(s.ownAssertPercent())).orElse(Numbers.NOT_AVAILABLE)));
            rows.add(row);
        }
        return new TextTable(TASKS + ": own A% per removed feature (mean over runs)", headers, rows, 1);
    }

    /** The feature tasks' runtime rules: failures per rule and configuration. */
    static TextTable runtimeRules(FeatureTasks tasks) {
        return Sections.runtimeRules(TASKS + ": " + Sections.RUNTIME_RULES, tasks.runtimeRules());
    }

    /** The feature tasks' three tables, or none without feature runs. */
    static List<TextTable> tasksSection(FeatureTasks tasks) {
        return tasks.isEmpty() ? List.of() : List.of(tasks(tasks), byFeature(tasks), runtimeRules(tasks));
    }
}
