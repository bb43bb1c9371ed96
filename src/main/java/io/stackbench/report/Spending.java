package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one configuration's agent spent and how its runs ended, over the runs a sweep generated
 * (evaluations of hand-given solutions carry no agent record and are left out).
 *
 * @param exitReasons runs per exit reason, e.g. {@code submitted=52, step_limit=8}
 * @param meanSteps mean steps of the runs whose steps are known
 * @param inputTokens total input tokens of the runs whose tokens are known ({@code tokensKnown} of them)
 * @param costUsd total cost of the runs whose cost is known
 * @param costKnown how many runs have a known cost
 */
public record Spending(Configuration configuration, int runs, Map<String, Long> exitReasons, OptionalDouble meanSteps,
                       long inputTokens, long outputTokens, double costUsd, int costKnown, OptionalDouble meanSeconds,
                       int tokensKnown) {

    public Spending {
        exitReasons = Map.copyOf(exitReasons);
    }

    /** One entry per configuration that has generated runs, in configuration order. */
    static List<Spending> of(List<Run> runs) {
        Map<Configuration, List<RunResult.Generation>> byConfiguration = new TreeMap<>();
        for (Run run : runs) {
            run.result().generation().ifPresent(g ->
                    byConfiguration.computeIfAbsent(run.configuration(), k -> new ArrayList<>()).add(g));
        }
        List<Spending> out = new ArrayList<>();
        byConfiguration.forEach((configuration, gs) -> out.add(over(configuration, gs)));
        return out;
    }

    /** What {@code generations}, all of one configuration, spent. */
    static Spending over(Configuration configuration, List<RunResult.Generation> generations) {
        return new Spending(configuration, generations.size(),
                generations.stream().collect(Collectors.groupingBy(RunResult.Generation::exitReason, TreeMap::new, Collectors.counting())),
                generations.stream().map(RunResult.Generation::steps).flatMap(Optional::stream).mapToInt(Integer::intValue).average(),
                generations.stream().map(RunResult.Generation::inputTokens).flatMap(Optional::stream).mapToLong(Long::longValue).sum(),
                generations.stream().map(RunResult.Generation::outputTokens).flatMap(Optional::stream).mapToLong(Long::longValue).sum(),
                generations.stream().map(RunResult.Generation::costUsd).flatMap(Optional::stream).mapToDouble(Double::doubleValue).sum(),
                (int) generations.stream().filter(g -> g.costUsd().isPresent()).count(),
                generations.stream().mapToDouble(RunResult.Generation::seconds).average(),
                (int) generations.stream().filter(g -> g.inputTokens().isPresent() && g.outputTokens().isPresent()).count());
    }

    /** {@code submitted 52, step_limit 8}. */
    String exitReasonsText() {
        return new TreeMap<>(exitReasons).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
