package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;

/** The report as titled text tables, shared by the terminal and Markdown formats. */
final class Sections {

    static final List<String> METRIC_HEADERS =
            List.of("runs", "tasks", "A%", "strict A%", "success%", "pass@1", "pass@1 raw", "pass@3", "pass^3");

    private Sections() {
    }

    static List<TextTable> of(Report report) {
        List<TextTable> sections = new ArrayList<>();
        report.tables().forEach(t -> sections.add(cells(t)));
        if (!report.grouped()) {
            sections.add(decay(report.decays()));
            sections.add(decayTest(report.decays()));
            sections.add(effects(report.effects()));
            if (!report.spending().isEmpty()) {
                sections.add(spending(report.spending()));
            }
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
                s.exitReasonsText(), Numbers.one(s.meanSteps()), Long.toString(s.inputTokens()), Long.toString(s.outputTokens()),
                s.costKnown() == 0 ? Numbers.NOT_AVAILABLE : Numbers.fixed(s.costUsd(), 2)
                        + (s.costKnown() < s.runs() ? " (" + s.costKnown() + " runs priced)" : ""),
                Numbers.one(s.meanSeconds()))).toList();
        return new TextTable("agents: how runs ended and what they spent", List.of("configuration", "runs", "exit reasons",
                "mean steps", "input tokens", "output tokens", "cost USD", "mean agent s"), rows, 1);
    }
}
