package io.stackbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * booktabs tables for papers: the study's main table (strict A% and pass@1 per level, ΔA%), the
 * marginal effects, the framework leaderboard and why runs failed (the taxonomy); A% per suite
 * feature and level and the feature tasks (the study's Table 2b) when the runs have them; data-layer-sound
 * A\% per configuration and level and the runtime rules' failures (StackBench's own tables); with
 * {@code --by}, that one table instead.
 */
final class LatexFormat {

    private static final List<String> LEVELS = List.of("L0", "L1", "L2", "L3");

    private LatexFormat() {
    }

    static String render(Report report) {
        if (report.grouped()) {
            return report.tables().stream().map(LatexFormat::cells).reduce("", String::concat);
        }
        StringBuilder out = new StringBuilder(main(report) + "\n" + dataLayer(report) + "\n" + effects(report) + "\n" + leaderboard(report)
                + "\n" + failures(report));
        if (!report.featureByLevel().isEmpty()) {
            out.append('\n').append(tabular(FeatureSections.byLevel(report.featureByLevel()),
                    "A\\% per suite feature and level: passed over total assertions of the feature, summed over the level's "
                            + "greenfield runs.", "tab:stackbench-feature-level"));
        }
        if (!report.featureTasks().isEmpty()) {
            out.append('\n').append(tabular(FeatureSections.tasks(report.featureTasks()),
                    "Feature tasks: means over runs. Own A\\%: the removed feature's assertions; rest A\\%: the others, "
                            + "which the base passed (below 100, a regression). Data-layer-sound A\\%: over the checked runs.", "tab:stackbench-feature-tasks"));
            out.append('\n').append(tabular(FeatureSections.byFeature(report.featureTasks()),
                    "Feature tasks: own A\\% per removed feature and configuration (mean over runs).", "tab:stackbench-feature-own"));
            out.append('\n').append(tabular(FeatureSections.runtimeRules(report.featureTasks()),
                    "Feature tasks: runtime rules, as for the greenfield runs.", "tab:stackbench-feature-runtime-rules"));
        }
        return out.toString();
    }

    /** Data-layer-sound A% per configuration and level, and the runtime rules' failures: StackBench's own tables. */
    private static String dataLayer(Report report) {
        return tabular(Sections.dataLayerSound(report.dataLayerSound()),
                "Data-layer-sound A\\%: strict A\\%, also 0 when a runtime rule (the database really used, N+1 queries, raw SQL) "
                        + "failed; mean over the runs the runtime rules checked (the count in parentheses where some were not).",
                "tab:stackbench-data-layer-sound")
                + "\n" + tabular(Sections.runtimeRules(Sections.RUNTIME_RULES, report.runtimeRules()),
                "Runtime rules: per configuration, the greenfield runs checked and not checked, and for each rule the runs "
                        + "it failed of the checked runs it ran on.", "tab:stackbench-runtime-rules");
    }

    /** A text table as booktabs, labels left and numbers right; {@code caption} is LaTeX already. */
    private static String tabular(TextTable text, String caption, String label) {
        StringBuilder rows = new StringBuilder();
        text.rows().forEach(r -> rows.append(String.join(" & ", r.stream().map(x -> number(escape(x))).toList())).append(" \\\\\n"));
        return begin(caption, label, "l".repeat(text.leftColumns()) + "r".repeat(text.headers().size() - text.leftColumns()))
                + String.join(" & ", text.headers().stream().map(LatexFormat::escape).toList()) + " \\\\\n\\midrule\n" + rows + end();
    }

    /** The taxonomy, configurations as columns; a comment when no run has a diagnosis, so no empty table. */
    private static String failures(Report report) {
        TextTable text = Sections.failures(report.failures());
        if (text.isNote()) {
            return "% " + text.title() + ": " + text.note() + "\n";
        }
        int configurations = text.headers().size() - 2;
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < text.rows().size(); i++) {
            List<String> r = text.rows().get(i);
            // Rules between the counts, the categories (of failed runs) and the logic subcategories.
            if (i > 0 && !r.get(1).equals(text.rows().get(i - 1).get(1))) {
                rows.append("\\midrule\n");
            }
            rows.append(String.join(" & ", r.stream().map(x -> number(escape(x))).toList())).append(" \\\\\n");
        }
        int notDiagnosed = Failures.notDiagnosed(report.failures());
        return begin("Why runs failed: each category as \\% of failed runs, each logic subcategory and the data layer "
                        + "(incorrect query logic and database runtime errors) as \\% of logic errors; runs in parentheses."
                        + (notDiagnosed == 0 ? "" : " " + notDiagnosed + " failed run" + (notDiagnosed == 1 ? " has" : "s have")
                                + " no diagnosis and count as not diagnosed."),
                "tab:stackbench-failures", "ll" + "r".repeat(configurations))
                + "Failure & Of & " + String.join(" & ", text.headers().stream().skip(2).map(LatexFormat::escape).toList())
                + " \\\\\n\\midrule\n" + rows + end();
    }

    private static String main(Report report) {
        CellTable table = report.table(Report.MAIN);
        StringBuilder rows = new StringBuilder();
        for (Decay d : report.decays()) {
            Configuration c = d.configuration();
            List<String> row = new ArrayList<>(List.of(escape(c.id())));
            LEVELS.forEach(l -> row.add(cell(table, c, l, Cell::strictAssertPercent)));
            row.add(number(Numbers.signed(d.strictDelta())));
            row.add(number(Numbers.signed(d.strictRelativeDelta())));
            row.add(number(Numbers.signed(d.rawDelta())));
            row.add(number(Numbers.signed(d.rawRelativeDelta())));
            LEVELS.forEach(l -> row.add(cell(table, c, l, Cell::passAt1)));
            LEVELS.forEach(l -> row.add(cell(table, c, l, Cell::passAt1Raw)));
            rows.append(String.join(" & ", row)).append(" \\\\\n");
        }
        return begin("Strict A\\% (verifier-enforced) and pass@1 per level, and $\\Delta$A\\% from L0 to L3 per configuration: "
                        + "strict on strict A\\% (the study's $\\Delta$A\\%), raw on raw A\\%. "
                        + "pass@1 raw counts a run as a success without requiring its verifiers to pass.",
                "tab:stackbench-main", "l" + "r".repeat(16))
                + " & \\multicolumn{4}{c}{Strict A\\%} & \\multicolumn{2}{c}{$\\Delta$A\\% strict (L3$-$L0)}"
                + " & \\multicolumn{2}{c}{$\\Delta$A\\% raw (L3$-$L0)} & \\multicolumn{4}{c}{pass@1} & \\multicolumn{4}{c}{pass@1 raw} \\\\\n"
                + "\\cmidrule(lr){2-5} \\cmidrule(lr){6-7} \\cmidrule(lr){8-9} \\cmidrule(lr){10-13} \\cmidrule(lr){14-17}\n"
                + "Configuration & L0 & L1 & L2 & L3 & abs. & rel.\\,\\% & abs. & rel.\\,\\% & L0 & L1 & L2 & L3 & L0 & L1 & L2 & L3 \\\\\n\\midrule\n"
                + rows + end();
    }

    private static String cell(CellTable table, Configuration c, String level, java.util.function.ToDoubleFunction<Cell> metric) {
        return table.cell(List.of(c.agent(), c.model(), level)).map(x -> Numbers.one(metric.applyAsDouble(x))).orElse("--");
    }

    private static String effects(Report report) {
        StringBuilder rows = new StringBuilder();
        for (MarginalEffect e : report.effects()) {
            rows.append(String.join(" & ", escape(e.configuration().id()), escape(e.effect()), Integer.toString(e.strict().n()),
                    meanSem(e.strict()), meanSem(e.raw()))).append(" \\\\\n");
        }
        return begin("Marginal effect of each constraint: mean difference in A\\% over matched task pairs "
                        + "(same framework, other constraints equal) $\\pm$ SEM.", "tab:stackbench-effects", "llrrr")
                + "Configuration & Constraint & Pairs & $\\Delta$ strict A\\% & $\\Delta$ raw A\\% \\\\\n\\midrule\n" + rows + end();
    }

    private static String leaderboard(Report report) {
        List<Cell> cells = new ArrayList<>(report.table(Report.FRAMEWORKS).cells());
        cells.sort(Comparator.comparingDouble(Cell::strictAssertPercent).reversed()
                .thenComparing(Comparator.comparingDouble(Cell::assertPercent).reversed()));
        StringBuilder rows = new StringBuilder();
        int rank = 1;
        for (Cell c : cells) {
            String framework = c.key().get(0);
            String runtime = report.scores().stream().filter(s -> s.task().framework().equals(framework))
                    .map(s -> s.task().runtime()).findFirst().orElse("");
            rows.append(String.join(" & ", Integer.toString(rank++), escape(Dimension.FRAMEWORK.label(framework)), escape(runtime),
                    Numbers.one(c.strictAssertPercent()), Numbers.one(c.assertPercent()), Numbers.one(c.passAt1()), Numbers.one(c.passAt1Raw()),
                    Integer.toString(c.tasks()), Integer.toString(c.runs()))).append(" \\\\\n");
        }
        return begin("Framework leaderboard: A\\% averaged over tasks and configurations.", "tab:stackbench-frameworks", "rllrrrrrr")
                + "Rank & Framework & Runtime & Strict A\\% & A\\% & pass@1 & pass@1 raw & Tasks & Runs \\\\\n\\midrule\n" + rows + end();
    }

    private static String cells(CellTable table) {
        TextTable text = Sections.cells(table);
        StringBuilder rows = new StringBuilder();
        text.rows().forEach(r -> rows.append(String.join(" & ", r.stream().map(x -> number(escape(x))).toList())).append(" \\\\\n"));
        return begin("StackBench metrics by " + escape(table.name()) + ".", "tab:stackbench-" + table.name().replaceAll("[^a-z]+", "-"),
                "l".repeat(text.leftColumns()) + "r".repeat(text.headers().size() - text.leftColumns()))
                + String.join(" & ", text.headers().stream().map(h -> h.equals("pass^3") ? "pass$^3$" : escape(h)).toList())
                + " \\\\\n\\midrule\n" + rows + end();
    }

    private static String meanSem(MeanSem m) {
        if (m.mean().isEmpty()) {
            return "--";
        }
        String mean = number(Numbers.signed(m.mean()));
        OptionalDouble sem = m.sem();
        return sem.isPresent() ? mean + " $\\pm$ " + Numbers.one(sem.getAsDouble()) : mean;
    }

    /** A formatted number as LaTeX: a real minus sign, and a dash where there is no value. */
    private static String number(String formatted) {
        if (formatted.equals(Numbers.NOT_AVAILABLE)) {
            return "--";
        }
        return formatted.startsWith("-") ? "$-$" + formatted.substring(1) : formatted;
    }

    private static String begin(String caption, String label, String columns) {
        return "\\begin{table}[t]\n\\centering\n\\caption{" + caption + "}\n\\label{" + label + "}\n"
                + "\\begin{tabular}{" + columns + "}\n\\toprule\n";
    }

    private static String end() {
        return "\\bottomrule\n\\end{tabular}\n\\end{table}\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '×' -> out.append("$\\times$");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
