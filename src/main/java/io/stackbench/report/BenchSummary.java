package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-of-sweep tables: one row per task (level, mean A%, strict A% and data-layer-sound A%
 * over its runs, status, duration), then the same means per level, averaged over the tasks of
 * that level as the study does.
 */
public final class BenchSummary {

    private final List<RunResult> runs;

    public BenchSummary(List<RunResult> runs) {
        this.runs = List.copyOf(runs);
    }

    /** One task's runs condensed. */
    /** @param soundAssertPercent mean data-layer-sound A% over the runs the runtime rules checked; empty when none */
    public record TaskRow(String task, int level, int runs, double assertPercent, double strictAssertPercent,
                          java.util.OptionalDouble soundAssertPercent, int successes, String status, double seconds) {
    }

    public List<TaskRow> taskRows() {
        Map<String, List<RunResult>> byTask = new LinkedHashMap<>();
        runs.forEach(r -> byTask.computeIfAbsent(r.task().id(), k -> new ArrayList<>()).add(r));
        List<TaskRow> rows = new ArrayList<>();
        byTask.forEach((task, rs) -> {
            int successes = (int) rs.stream().filter(RunResult::success).count();
            String status = successes == rs.size() ? "ok"
                    : rs.stream().map(RunResult::outcome).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            rows.add(new TaskRow(task, rs.get(0).task().level(), rs.size(),
                    rs.stream().mapToDouble(RunResult::assertPercent).average().orElse(0),
                    rs.stream().mapToDouble(RunResult::strictAssertPercent).average().orElse(0),
                    DataLayerSound.mean(rs),
                    successes, status,
                    rs.stream().mapToDouble(RunResult::seconds).average().orElse(0)));
        });
        return rows;
    }

    /** Mean over tasks of each task's mean A%, per level. */
    public Map<Integer, Double> assertPercentByLevel() {
        return byLevel(TaskRow::assertPercent);
    }

    /** Mean over tasks of each task's mean strict A%, per level. */
    public Map<Integer, Double> strictAssertPercentByLevel() {
        return byLevel(TaskRow::strictAssertPercent);
    }

    /** Mean over the tasks that have one of each task's data-layer-sound A%, per level; absent for a level with none. */
    public Map<Integer, Double> soundAssertPercentByLevel() {
        Map<Integer, List<Double>> byLevel = new TreeMap<>();
        taskRows().forEach(r -> r.soundAssertPercent().ifPresent(v -> byLevel.computeIfAbsent(r.level(), k -> new ArrayList<>())
                .add(v)));
        Map<Integer, Double> out = new TreeMap<>();
        byLevel.forEach((level, values) -> out.put(level, values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return out;
    }

    private static String orNa(java.util.OptionalDouble value) {
        return value.isPresent() ? Numbers.one(value.getAsDouble()) : "n/a";
    }

    private Map<Integer, Double> byLevel(java.util.function.ToDoubleFunction<TaskRow> metric) {
        Map<Integer, List<Double>> byLevel = new TreeMap<>();
        taskRows().forEach(r -> byLevel.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(metric.applyAsDouble(r)));
        Map<Integer, Double> out = new TreeMap<>();
        byLevel.forEach((level, values) -> out.put(level, values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return out;
    }

    public String render() {
        List<TaskRow> rows = taskRows();
        int width = Math.max(4, rows.stream().mapToInt(r -> r.task().length()).max().orElse(4));
        StringBuilder out = new StringBuilder();
        String row = "%-" + width + "s  %5s  %4s  %6s  %9s  %8s  %9s  %8s  %s%n";
        out.append(String.format(Locale.ROOT, row, "task", "level", "runs", "A%", "strict A%", "sound A%", "successes", "seconds",
                "status"));
        for (TaskRow r : rows) {
            out.append(String.format(Locale.ROOT, row, r.task(), "L" + r.level(), r.runs(),
                    Numbers.one(r.assertPercent()), Numbers.one(r.strictAssertPercent()), orNa(r.soundAssertPercent()),
                    r.successes() + "/" + r.runs(), Numbers.one(r.seconds()), r.status()));
        }
        out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-5s  %6s  %6s  %9s  %8s%n", "level", "tasks", "A%",
                "strict A%", "sound A%"));
        Map<Integer, Long> taskCounts = new TreeMap<>();
        rows.forEach(r -> taskCounts.merge(r.level(), 1L, Long::sum));
        Map<Integer, Double> strict = strictAssertPercentByLevel();
        Map<Integer, Double> sound = soundAssertPercentByLevel();
        assertPercentByLevel().forEach((level, a) -> out.append(String.format(Locale.ROOT, "%-5s  %6d  %6s  %9s  %8s%n",
                "L" + level, taskCounts.get(level), Numbers.one(a), Numbers.one(strict.get(level)),
                sound.containsKey(level) ? Numbers.one(sound.get(level)) : "n/a")));
        out.append(String.format(Locale.ROOT, "(sound A%%: strict A%%, also 0 when a runtime data-layer rule failed;"
                + " n/a where no run was checked)%n"));
        List<RunResult.Generation> generations = runs.stream().map(RunResult::generation).flatMap(java.util.Optional::stream).toList();
        if (!generations.isEmpty()) {
            Spending spent = Spending.over(new Configuration(generations.get(0).agent(), generations.get(0).model()), generations);
            out.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                    "agent: %s; %s steps per run; %s; cost %s%n",
                    new TreeMap<>(spent.exitReasons()).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                            .reduce((x, y) -> x + ", " + y).orElse(""),
                    spent.meanSteps().isPresent() ? Numbers.one(spent.meanSteps()) : "unknown",
                    spent.tokensKnown() == 0 ? "tokens unknown" : spent.inputTokens() + " input and " + spent.outputTokens()
                            + " output tokens" + (spent.tokensKnown() < spent.runs() ? " (" + spent.tokensKnown() + " runs counted)" : ""),
                    spent.costKnown() == 0 ? "unknown" : "$" + Numbers.fixed(spent.costUsd(), 4)
                            + (spent.costKnown() < spent.runs() ? " (" + spent.costKnown() + " of " + spent.runs() + " runs priced)" : "")));
        }
        return out.toString();
    }
}
