package io.stackbench.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows, computed once from the runs and rendered by each {@link ReportFormat}.
 *
 * <p>Every table of the study (the cell tables, decay, effects, spending, why runs failed, A% per
 * suite feature and level) is over the greenfield runs only, so adding feature tasks to a tree
 * changes none of its numbers; the feature tasks have a section of their own.
 *
 * @param runs every run of the tree, greenfield and feature tasks (the HTML report lists them all)
 * @param scores the greenfield runs' task scores
 * @param tables the cell tables: the standard set, or the one {@code --by} asked for
 * @param spending what each configuration's agent spent, for runs a sweep generated
 * @param failures why each configuration's runs failed, from the runs' diagnoses
 * @param featureByLevel A% of each suite feature per level, pooled over greenfield runs
 * @param featureTasks the feature tasks' own section; empty when the tree has none
 * @param dataLayerSound data-layer-sound A% per configuration and level, over greenfield runs (a
 *                       StackBench table beside the study's: its cell tables keep their columns)
 * @param runtimeRules how many greenfield runs each runtime rule failed, and how many were not checked
 * @param grouped whether {@code --by} chose the grouping (then only its table is shown)
 */
public record Report(List<Run> runs, List<TaskScore> scores, List<CellTable> tables, List<Decay> decays,
                     List<MarginalEffect> effects, List<Spending> spending, List<Failures> failures,
                     FeatureByLevel featureByLevel, FeatureTasks featureTasks, DataLayerSound dataLayerSound,
                     RuntimeRules runtimeRules, boolean grouped) {

    /** Name of the configuration × level table, the study's main table. */
    public static final String MAIN = "configuration × level";
    static final String FRAMEWORK_BY_LEVEL = "framework × level";
    static final String FRAMEWORKS = "framework";

    public Report {
        runs = List.copyOf(runs);
        scores = List.copyOf(scores);
        tables = List.copyOf(tables);
        decays = List.copyOf(decays);
        effects = List.copyOf(effects);
        spending = List.copyOf(spending);
        failures = List.copyOf(failures);
        Objects.requireNonNull(featureByLevel);
        Objects.requireNonNull(featureTasks);
        Objects.requireNonNull(dataLayerSound);
        Objects.requireNonNull(runtimeRules);
    }

    /** The report of {@code runs}, grouped by {@code by}, or the standard set of tables when it is empty. */
    public static Report of(List<Run> runs, List<Dimension> by) {
        // Feature tasks are all L3 with the same constraints: counted with greenfield tasks they would
        // move the L3 cells, the decay and the effects, so the study's tables see greenfield runs only.
        List<Run> greenfield = runs.stream().filter(Run::greenfield).toList();
        List<TaskScore> scores = TaskScore.of(greenfield);
        List<Dimension> configuration = List.of(Dimension.AGENT, Dimension.MODEL);
        CellTable main = CellTable.of(MAIN, List.of(Dimension.AGENT, Dimension.MODEL, Dimension.LEVEL), scores);
        List<CellTable> tables = by.isEmpty()
                ? List.of(main,
                        CellTable.of("configuration", configuration, scores),
                        CellTable.of("level", List.of(Dimension.LEVEL), scores),
                        CellTable.of(FRAMEWORK_BY_LEVEL, List.of(Dimension.FRAMEWORK, Dimension.LEVEL), scores),
                        CellTable.of(FRAMEWORKS, List.of(Dimension.FRAMEWORK), scores),
                        CellTable.of("runtime", List.of(Dimension.RUNTIME), scores),
                        CellTable.of("constraint", List.of(Dimension.CONSTRAINT), scores))
                : List.of(CellTable.of(String.join(" × ", by.stream().map(Dimension::id).toList()), by, scores));
        return new Report(runs, scores, tables, Decay.of(main, scores), MarginalEffect.of(scores),
                Spending.of(greenfield), Failures.of(greenfield), FeatureByLevel.of(greenfield), FeatureTasks.of(runs),
                DataLayerSound.of(greenfield), RuntimeRules.of(greenfield), !by.isEmpty());
    }

    /** Warnings about the tree as a whole: runs made with different StackBench, suite or toolchain versions. */
    public List<String> warnings() {
        return MixedVersions.of(runs);
    }

    /** The runs the study's tables are computed over. */
    public List<Run> greenfieldRuns() {
        return runs.stream().filter(Run::greenfield).toList();
    }

    /** The table of this name, which the standard set always has. */
    CellTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseGet(() -> CellTable.of(name, dimensionsOf(name), scores));
    }

    private static List<Dimension> dimensionsOf(String name) {
        Objects.requireNonNull(name);
        return switch (name) {
            case MAIN -> List.of(Dimension.AGENT, Dimension.MODEL, Dimension.LEVEL);
            case FRAMEWORK_BY_LEVEL -> List.of(Dimension.FRAMEWORK, Dimension.LEVEL);
            case FRAMEWORKS -> List.of(Dimension.FRAMEWORK);
            default -> throw new IllegalArgumentException("no standard table " + name);
        };
    }
}
