package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A% of each suite feature's assertions per level, over greenfield runs: passed over total
 * assertions of the feature, summed over the level's runs (all configurations), so a reader sees
 * which features decay as constraints are added. Runs without counts by feature (results from
 * before them, or runs whose suite never ran) add nothing; without any, the table is empty.
 *
 * @param features the suite's features that have assertions, in the suite's order; health is left
 *                 out, as it only checks that the server answers, which A% already shows
 * @param levels   the levels that have runs with counts, {@code L0} first
 */
public record FeatureByLevel(List<String> features, List<String> levels, List<Pooled> cells) {

    /** The suite's features in the order the suite tests them; a feature it does not list comes after, by name. */
    static final List<String> SUITE_ORDER = List.of("users", "profiles", "articles", "feed", "comments", "favorites", "tags");
    static final String HEALTH = "health";

    /**
     * One feature at one level.
     *
     * @param runs  the level's runs that have assertions of the feature
     * @param count passed and total assertions of the feature, summed over those runs
     */
    public record Pooled(String feature, String level, int runs, RunResult.Count count) {
        public Pooled {
            Objects.requireNonNull(feature);
            Objects.requireNonNull(level);
            Objects.requireNonNull(count);
        }
    }

    public FeatureByLevel {
        features = List.copyOf(features);
        levels = List.copyOf(levels);
        cells = List.copyOf(cells);
    }

    /** The table of {@code runs}, which must be greenfield runs: the caller keeps feature tasks out. */
    static FeatureByLevel of(List<Run> runs) {
        Map<Integer, Map<String, Pooled>> byLevel = new TreeMap<>();
        for (Run run : runs) {
            String level = "L" + run.result().task().level();
            run.result().features().forEach((feature, count) -> {
                if (!feature.equals(HEALTH) && count.total() > 0) {
                    byLevel.computeIfAbsent(run.result().task().level(), k -> new TreeMap<>()).merge(feature,
                            new Pooled(feature, level, 1, count), FeatureByLevel::plus);
                }
            });
        }
        List<String> levels = byLevel.keySet().stream().map(l -> "L" + l).toList();
        Comparator<String> order = Comparator.comparingInt((String f) -> SUITE_ORDER.contains(f) ? SUITE_ORDER.indexOf(f)
                : SUITE_ORDER.size()).thenComparing(Comparator.naturalOrder());
        // Cells row by row, as the table reads: a feature's levels, then the next feature's.
        List<Pooled> cells = new ArrayList<>();
        byLevel.values().forEach(pooled -> cells.addAll(pooled.values()));
        cells.sort(Comparator.comparing(Pooled::feature, order).thenComparingInt(c -> levels.indexOf(c.level())));
        return new FeatureByLevel(cells.stream().map(Pooled::feature).distinct().toList(), levels, cells);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The feature at the level, if some run of the level has assertions of it. */
    public Optional<Pooled> cell(String feature, String level) {
        return cells.stream().filter(c -> c.feature().equals(feature) && c.level().equals(level)).findFirst();
    }

    private static Pooled plus(Pooled a, Pooled b) {
        return new Pooled(a.feature(), a.level(), a.runs() + b.runs(),
                new RunResult.Count(a.count().passed() + b.count().passed(), a.count().total() + b.count().total()));
    }
}
