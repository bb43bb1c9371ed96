package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;

/** The report as titled text tables, shared by the terminal and Markdown formats. */
final class Sections {

    static final List<String> METRIC_HEADERS =
            List.of("runs", "tasks", "A%", "strict A%", "success%", "pass@1", "pass@1 raw", "pass@3", "pass^3");

    private Sections() {
    }

    /**
     * The study's (greenfield) sections, then the feature tasks' when the tree has any; a tree of
     * feature runs alone gets a note instead of empty greenfield tables.
     */
    static List<TextTable> of(Report report) {
        List<TextTable> sections = report.greenfieldRuns().isEmpty() && !report.featureTasks().isEmpty()
                ? new ArrayList<>(List.of(TextTable.note("greenfield tasks", "no greenfield runs; the feature tasks follow")))
                : greenfield(report);
        if (!report.grouped()) {
            sections.addAll(FeatureSections.tasksSection(report.featureTasks()));
        }
        return sections;
    }

    /** The sections computed over greenfield runs; with {@code --by}, only its table. */
    static List<TextTable> greenfield(Report report) {
        List<TextTable> sections = new ArrayList<>();
        report.tables().forEach(t -> sections.add(cells(t)));
        if (!report.grouped()) {
            sections.add(dataLayerSound(report.dataLayerSound()));
            sections.add(runtimeRules(RUNTIME_RULES + " (greenfield runs)", report.runtimeRules()));
            if (!report.featureByLevel().isEmpty()) {
                sections.add(FeatureSections.byLevel(report.featureByLevel()));
            }
            sections.add(decay(report.decays()));
            sections.add(decayTest(report.decays()));
            sections.add(effects(report.effects()));
            if (!report.spending().isEmpty()) {
                sections.add(spending(report.spending()));
            }
            sections.add(failures(report.failures()));
        }
        return sections;
    }

    static TextTable cells(CellTable table) {
        List<String> headers = new ArrayList<>(table.dimensions().stream().map(Dimension::id).toList());
        headers.addAll(METRIC_HEADERS);
        List<List<String>> rows = new ArrayList<>();
        for (Cell c : table.cells()) {
            List<String> row = new ArrayList<>(c.key());
            row.addAll(List.of(Integer.toString(c.runs()), Integer.toString(c.tasks()), Numbers.one(c.assertPercent()),
                    Numbers.one(c.strictAssertPercent()), Numbers.one(c.successRate()), Numbers.one(c.passAt1()), Numbers.one(c.passAt1Raw()),
                    Numbers.one(c.passAt3()), Numbers.one(c.passHat3())));
            rows.add(row);
        }
        return new TextTable(table.name(), headers, rows, table.dimensions().size());
    }

    static final String DATA_LAYER_SOUND = "data-layer-sound A%";
    static final String RUNTIME_RULES = "runtime rules";

    /**
     * Strict A% and data-layer-sound A% per configuration and level: a table of StackBench's own, as
     * the study's cell tables keep the study's columns.
     */
    static TextTable dataLayerSound(DataLayerSound table) {
        List<List<String>> rows = table.rows().stream().map(r -> List.of(r.configuration().id(), r.level(),
                Integer.toString(r.runs()), Integer.toString(r.tasks()), Numbers.one(r.strictAssertPercent()),
                DataLayerSound.text(r.soundAssertPercent(), r.checkedRuns(), r.runs()))).toList();
        return new TextTable(DATA_LAYER_SOUND + " per configuration and level (strict A%, also 0 when a runtime rule failed;"
                + " mean over the runs the runtime rules checked, n/a when none was)",
                List.of("configuration", "level", "runs", "tasks", "strict A%", "data-layer-sound A%"), rows, 2);
    }

    /** Per configuration: runs, how many the runtime rules checked, and per rule "failed of the checked runs it ran on". */
    static TextTable runtimeRules(String title, RuntimeRules table) {
        List<String> headers = new ArrayList<>(List.of("configuration", "runs", "checked", "not checked"));
        headers.addAll(table.rules());
        List<List<String>> rows = new ArrayList<>();
        for (RuntimeRules.Row r : table.rows()) {
            List<String> row = new ArrayList<>(List.of(r.configuration().id(), Integer.toString(r.runs()),
                    Integer.toString(r.checked()), Integer.toString(r.notChecked())));
            table.rules().forEach(rule -> row.add(r.tally(rule).map(t -> t.failed() + " of " + t.runs()).orElse(Numbers.NOT_AVAILABLE)));
            rows.add(row);
        }
        return new TextTable(title + ": runs failed of the checked runs each rule ran on", headers, rows, 1);
    }

    static TextTable decay(List<Decay> decays) {
        List<List<String>> rows = decays.stream().map(d -> List.of(d.configuration().id(),
                Numbers.one(d.assertL0()), Numbers.one(d.assertL3()), Numbers.signed(d.rawDelta()), Numbers.signed(d.rawRelativeDelta()),
                Numbers.one(d.strictL0()), Numbers.one(d.strictL3()), Numbers.signed(d.strictDelta()),
                Numbers.signed(d.strictRelativeDelta()))).toList();
        // Both deltas are labelled: the study's ΔA% is the strict one, and a bare "ΔA%" was the raw one.
        return new TextTable("ΔA% from L0 to L3", List.of("configuration", "A% raw L0", "A% raw L3", "ΔA% raw", "ΔA% raw rel%",
                "A% strict L0", "A% strict L3", "ΔA% strict", "ΔA% strict rel%"), rows, 1);
    }

    static TextTable decayTest(List<Decay> decays) {
        List<List<String>> rows = decays.stream().map(d -> List.of(d.configuration().id(),
                Integer.toString(d.test().pairs()), Numbers.signed(d.test().meanDifference()), Numbers.two(d.test().t()),
                d.test().pairs() < 2 ? Numbers.NOT_AVAILABLE : Integer.toString(d.test().pairs() - 1),
                Numbers.p(d.test().p()))).toList();
        return new TextTable("paired t-test of the decay (strict A%, L3 − L0, one pair per framework: L0 vs mean of L3)",
                List.of("configuration", "pairs", "mean Δ", "t", "df", "p"), rows, 1);
    }

    static TextTable effects(List<MarginalEffect> effects) {
        List<List<String>> rows = effects.stream().map(e -> List.of(e.configuration().id(), e.effect(),
                Integer.toString(e.strict().n()), Numbers.meanSem(e.strict()), Numbers.meanSem(e.raw()))).toList();
        return new TextTable("marginal effect of each constraint (matched task pairs, mean Δ ± SEM)",
                List.of("configuration", "effect", "pairs", "Δ strict A%", "Δ raw A%"), rows, 2);
    }

    static TextTable spending(List<Spending> spending) {
        List<List<String>> rows = spending.stream().map(s -> List.of(s.configuration().id(), Integer.toString(s.runs()),
                s.exitReasonsText(), Numbers.one(s.meanSteps()), tokens(s, s.inputTokens()), tokens(s, s.outputTokens()),
                s.costKnown() == 0 ? Numbers.NOT_AVAILABLE : Numbers.fixed(s.costUsd(), 2)
                        + (s.costKnown() < s.runs() ? " (" + s.costKnown() + " runs priced)" : ""),
                Numbers.one(s.meanSeconds()))).toList();
        return new TextTable("agents: how runs ended and what they spent", List.of("configuration", "runs", "exit reasons",
                "mean steps", "input tokens", "output tokens", "cost USD", "mean agent s"), rows, 1);
    }

    /** A token total, "n/a" when no run reported tokens, marked when only some did. */
    private static String tokens(Spending s, long total) {
        return s.tokensKnown() == 0 ? Numbers.NOT_AVAILABLE
                : total + (s.tokensKnown() < s.runs() ? " (" + s.tokensKnown() + " runs counted)" : "");
    }

    static final String FAILURES = "why runs failed";

    /**
     * The study's taxonomy table: one column per configuration, one row per category (of failed
     * runs) and per logic subcategory (of logic errors), each cell "percent (runs)". When no run
     * has a diagnosis, a note saying how to get them instead.
     */
    static TextTable failures(List<Failures> failures) {
        if (failures.isEmpty()) {
            // A tree of feature tasks alone: their failures are not the study's.
            return TextTable.note(FAILURES, "no greenfield runs");
        }
        int failed = Failures.failedRuns(failures);
        if (failed == 0) {
            return TextTable.note(FAILURES, "no run failed, so there is nothing to diagnose");
        }
        if (!Failures.anyDiagnosed(failures)) {
            return TextTable.note(FAILURES, notDiagnosedNote(failed));
        }
        List<String> headers = new ArrayList<>(List.of("failure", "of"));
        failures.forEach(f -> headers.add(f.configuration().id()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(counts("failed runs", failures, Failures::failedRuns));
        rows.add(counts("diagnosed", failures, Failures::diagnosed));
        for (int i = 0; i < failures.get(0).categories().size(); i++) {
            int row = i;
            rows.add(shares(failures, f -> f.categories().get(row)));
        }
        for (int i = 0; i < failures.get(0).subcategories().size(); i++) {
            int row = i;
            rows.add(shares(failures, f -> f.subcategories().get(row)));
        }
        rows.add(shares(failures, Failures::dataLayer));
        int notDiagnosed = Failures.notDiagnosed(failures);
        String title = FAILURES + " (% of failed runs or of logic errors, runs in parentheses)" + (notDiagnosed == 0 ? ""
                : "; " + notDiagnosed + (notDiagnosed == 1 ? " failed run has" : " failed runs have")
                        + " no diagnosis: run `stackbench diagnose RESULTS`");
        return new TextTable(title, headers, rows, 2);
    }

    /** The note when failed runs exist but none has a diagnosis. */
    static String notDiagnosedNote(int failedRuns) {
        return failedRuns == 1 ? "the failed run has no diagnosis.json; run `stackbench diagnose RESULTS` to classify it"
                : "none of the " + failedRuns + " failed runs has a diagnosis.json; run `stackbench diagnose RESULTS` to classify them";
    }

    /** A share as text: {@code 37.5 (3)}, or {@code n/a} when its denominator is 0. */
    static String share(Failures.Share share) {
        return share.percent().isPresent() ? Numbers.one(share.percent()) + " (" + share.runs() + ")" : Numbers.NOT_AVAILABLE;
    }

    private static List<String> counts(String label, List<Failures> failures, java.util.function.ToIntFunction<Failures> count) {
        List<String> row = new ArrayList<>(List.of(label, ""));
        failures.forEach(f -> row.add(Integer.toString(count.applyAsInt(f))));
        return row;
    }

    private static List<String> shares(List<Failures> failures, java.util.function.Function<Failures, Failures.Share> share) {
        Failures.Share first = share.apply(failures.get(0));
        List<String> row = new ArrayList<>(List.of(first.label(), first.of().label()));
        failures.forEach(f -> row.add(share(share.apply(f))));
        return row;
    }
}
