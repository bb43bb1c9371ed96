package io.stackbench.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One group of task scores, each metric averaged over its tasks (each task weighs the same,
 * whatever its number of runs, as in the study). Percentages are in [0, 100].
 *
 * @param key the group's value in each dimension of its table, in the table's order
 * @param passAt1Raw pass@1 with the verifiers not required for success (the study's "Table 1-raw")
 * @param passAt3 empty unless every task of the cell has at least 3 runs: averaging over only the
 *                tasks that have enough runs would compare different task sets across cells
 */
public record Cell(List<String> key, int runs, int tasks, double assertPercent, double strictAssertPercent,
                   double successRate, double passAt1, double passAt1Raw, OptionalDouble passAt3, double passHat3) {

    public Cell {
        key = List.copyOf(key);
    }

    static Cell of(List<String> key, List<TaskScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("a cell needs at least one task");
        }
        boolean allHave3 = scores.stream().allMatch(s -> s.passAt(3).isPresent());
        return new Cell(key, scores.stream().mapToInt(TaskScore::runs).sum(), scores.size(),
                mean(scores, TaskScore::assertPercent), mean(scores, TaskScore::strictAssertPercent),
                mean(scores, TaskScore::successRate), mean(scores, s -> s.passAt(1).orElseThrow()),
                mean(scores, s -> s.passAtRaw(1).orElseThrow()),
                allHave3 ? OptionalDouble.of(mean(scores, s -> s.passAt(3).orElseThrow())) : OptionalDouble.empty(),
                mean(scores, s -> s.passHat(3)));
    }

    private static double mean(List<TaskScore> scores, java.util.function.ToDoubleFunction<TaskScore> metric) {
        return scores.stream().mapToDouble(metric).average().orElseThrow();
    }
}
