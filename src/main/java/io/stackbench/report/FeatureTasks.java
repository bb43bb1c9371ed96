package io.stackbench.report;

import io.stackbench.eval.RunResult;
import io.stackbench.task.Feature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The feature tasks, apart from the greenfield study (they are all L3 and would skew its L3): a
 * score per configuration, and per configuration and removed feature, and the runtime rules'
 * failures per configuration. Empty without feature runs.
 */
public record FeatureTasks(List<FeatureTaskScore> byConfiguration, List<FeatureTaskScore> byFeature, RuntimeRules runtimeRules) {

    /** The name a feature run is grouped under when its result names no removed feature. */
    static final String UNNAMED = "unnamed";

    public FeatureTasks {
        byConfiguration = List.copyOf(byConfiguration);
        byFeature = List.copyOf(byFeature);
        java.util.Objects.requireNonNull(runtimeRules);
    }

    /** The scores of the feature-task runs among {@code runs}, in configuration order, then feature order. */
    static FeatureTasks of(List<Run> runs) {
        Map<Configuration, Map<String, List<RunResult>>> groups = new TreeMap<>();
        for (Run run : runs) {
            if (run.featureTask()) {
                groups.computeIfAbsent(run.configuration(), k -> new TreeMap<>(featureOrder()))
                        .computeIfAbsent(removedFeature(run.result()), k -> new ArrayList<>()).add(run.result());
            }
        }
        List<FeatureTaskScore> byConfiguration = new ArrayList<>();
        List<FeatureTaskScore> byFeature = new ArrayList<>();
        groups.forEach((configuration, features) -> {
            byConfiguration.add(FeatureTaskScore.over(configuration, Optional.empty(),
                    features.values().stream().flatMap(List::stream).toList()));
            features.forEach((feature, results) -> byFeature.add(FeatureTaskScore.over(configuration, Optional.of(feature), results)));
        });
        return new FeatureTasks(byConfiguration, byFeature, RuntimeRules.of(runs.stream().filter(Run::featureTask).toList()));
    }

    public boolean isEmpty() {
        return byConfiguration.isEmpty();
    }

    /** The feature-task runs, all configurations together. */
    public int runs() {
        return byConfiguration.stream().mapToInt(FeatureTaskScore::runs).sum();
    }

    /** The removed features that have runs: the built-in ones in their catalog order, then users' own by name. */
    public List<String> features() {
        return byFeature.stream().map(s -> s.feature().orElseThrow()).distinct().sorted(featureOrder()).toList();
    }

    public List<Configuration> configurations() {
        return byConfiguration.stream().map(FeatureTaskScore::configuration).toList();
    }

    /** The score of one configuration on one removed feature, if it ran any such task. */
    public Optional<FeatureTaskScore> score(Configuration configuration, String feature) {
        return byFeature.stream().filter(s -> s.configuration().equals(configuration) && s.feature().orElseThrow().equals(feature))
                .findFirst();
    }

    private static String removedFeature(RunResult result) {
        return result.task().feature().or(() -> result.feature().map(RunResult.FeatureScore::feature)).orElse(UNNAMED);
    }

    private static Comparator<String> featureOrder() {
        List<String> builtin = Feature.BUILTIN.stream().map(Feature::id).toList();
        return Comparator.comparingInt((String f) -> builtin.contains(f) ? builtin.indexOf(f) : builtin.size())
                .thenComparing(Comparator.naturalOrder());
    }
}
