package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Data-layer-sound A% per configuration and level, beside strict A%: a StackBench table, so the
 * study's cell tables keep the study's columns. A run's data-layer-sound A% is its strict A%, also 0
 * when a runtime rule failed; a run the runtime rules did not check (unsealed, or from before them)
 * has none. Like the cells, each task weighs the same: a task's value is the mean over its checked
 * runs, the row's the mean over the tasks that have one. Unchecked runs are left out, never counted
 * as 0; with none checked the value is not available.
 */
public record DataLayerSound(List<Row> rows) {

    /**
     * One configuration at one level.
     *
     * @param strictAssertPercent over all the row's runs, as the configuration × level cell has it
     * @param checkedRuns         the runs that have a data-layer-sound A%
     * @param soundAssertPercent  empty when no run of the row was checked
     */
    public record Row(Configuration configuration, String level, int runs, int tasks, int checkedRuns,
                      double strictAssertPercent, OptionalDouble soundAssertPercent) {
        public Row {
            Objects.requireNonNull(configuration);
            Objects.requireNonNull(level);
            Objects.requireNonNull(soundAssertPercent);
        }
    }

    public DataLayerSound {
        rows = List.copyOf(rows);
    }

    /** The rows of {@code runs} (the caller keeps feature tasks out), in configuration then level order. */
    static DataLayerSound of(List<Run> runs) {
        Map<Configuration, Map<Integer, Map<String, List<RunResult>>>> groups = new TreeMap<>();
        for (Run run : runs) {
            groups.computeIfAbsent(run.configuration(), k -> new TreeMap<>())
                    .computeIfAbsent(run.result().task().level(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(run.taskId(), k -> new ArrayList<>()).add(run.result());
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((configuration, levels) -> levels.forEach((level, tasks) -> {
            List<List<RunResult>> byTask = List.copyOf(tasks.values());
            rows.add(new Row(configuration, "L" + level, byTask.stream().mapToInt(List::size).sum(), byTask.size(),
                    byTask.stream().mapToInt(DataLayerSound::checked).sum(),
                    byTask.stream().mapToDouble(t -> t.stream().mapToDouble(RunResult::strictAssertPercent).average().orElseThrow())
                            .average().orElseThrow(),
                    byTask.stream().map(DataLayerSound::mean).filter(OptionalDouble::isPresent)
                            .mapToDouble(OptionalDouble::getAsDouble).average()));
        }));
        return new DataLayerSound(rows);
    }

    /** The mean data-layer-sound A% of {@code results} over those that have one; empty when none has. */
    static OptionalDouble mean(List<RunResult> results) {
        return results.stream().flatMap(r -> r.dataLayerSoundAssertPercent().stream()).mapToDouble(Double::doubleValue).average();
    }

    /** How many of {@code results} have a data-layer-sound A%. */
    static int checked(List<RunResult> results) {
        return (int) results.stream().filter(r -> r.dataLayerSoundAssertPercent().isPresent()).count();
    }

    /**
     * A mean over the checked runs as text: {@code 62.5}; {@code 62.5 (2 of 3 runs checked)} when
     * some runs were not checked; {@code n/a} when none was.
     */
    static String text(OptionalDouble mean, int checkedRuns, int runs) {
        if (mean.isEmpty() || checkedRuns == 0) {
            return Numbers.NOT_AVAILABLE;
        }
        return Numbers.one(mean) + (checkedRuns < runs ? " (" + checkedRuns + " of " + runs + " runs checked)" : "");
    }
}
