package io.stackbench.report;

import io.stackbench.task.Constraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What adding one constraint does to A%, for one configuration: the mean, over matched task pairs
 * (same framework, the other constraints equal, one with and one without the constraint), of
 * A%(with) − A%(without), ± SEM, on strict and on raw A%.
 *
 * @param effect {@code architecture}, {@code database}, {@code orm}, or {@code database:postgres}
 *               and {@code database:sqlite} for one database against none
 */
public record MarginalEffect(Configuration configuration, String effect, MeanSem strict, MeanSem raw) {

    /** The effects reported, each with the constraints whose addition it measures. */
    private static final Map<String, Set<Constraint>> EFFECTS = orderedEffects();

    static List<MarginalEffect> of(List<TaskScore> scores) {
        List<MarginalEffect> out = new ArrayList<>();
        scores.stream().map(TaskScore::configuration).distinct().sorted().forEach(configuration -> {
            List<TaskScore> own = scores.stream().filter(s -> s.configuration().equals(configuration)).toList();
            EFFECTS.forEach((effect, added) -> {
                List<TaskScore[]> pairs = pairs(own, added);
                out.add(new MarginalEffect(configuration, effect,
                        MeanSem.of(pairs.stream().map(p -> p[1].strictAssertPercent() - p[0].strictAssertPercent()).toList()),
                        MeanSem.of(pairs.stream().map(p -> p[1].assertPercent() - p[0].assertPercent()).toList())));
            });
        });
        return out;
    }

    /** Pairs {without, with}: for each task having one of {@code added}, its twin without that constraint. */
    private static List<TaskScore[]> pairs(List<TaskScore> scores, Set<Constraint> added) {
        Map<List<Object>, TaskScore> byShape = scores.stream().collect(Collectors.toMap(
                s -> List.of(s.task().framework(), Set.copyOf(s.task().constraints())), s -> s, (a, b) -> a));
        Set<String> addedIds = added.stream().map(Constraint::id).collect(Collectors.toSet());
        List<TaskScore[]> pairs = new ArrayList<>();
        for (TaskScore with : scores) {
            for (String c : with.task().constraints()) {
                if (addedIds.contains(c)) {
                    Set<String> rest = new HashSet<>(with.task().constraints());
                    rest.remove(c);
                    TaskScore without = byShape.get(List.of(with.task().framework(), Set.copyOf(rest)));
                    if (without != null) {
                        pairs.add(new TaskScore[] {without, with});
                    }
                }
            }
        }
        return pairs;
    }

    private static Map<String, Set<Constraint>> orderedEffects() {
        Map<String, Set<Constraint>> effects = new java.util.LinkedHashMap<>();
        effects.put("architecture", Set.of(Constraint.CLEAN_ARCHITECTURE));
        effects.put("database", Set.of(Constraint.POSTGRES, Constraint.SQLITE));
        effects.put("database:postgres", Set.of(Constraint.POSTGRES));
        effects.put("database:sqlite", Set.of(Constraint.SQLITE));
        effects.put("orm", Set.of(Constraint.SQLALCHEMY, Constraint.SEQUELIZE));
        return java.util.Collections.unmodifiableMap(effects);
    }
}
