package io.stackbench.report;

import io.stackbench.datalayer.DataLayerReport;
import io.stackbench.verify.VerifyReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Per configuration, how many runs the runtime rules checked, and how many of the checked runs
 * each rule ran on and failed. A rule runs only where the task's constraints call for it (no
 * database rule on an unconstrained task), so a rule's runs can be fewer than the checked runs.
 * A run is not checked when its {@code dataLayer} says so (an unsealed run, a server that never
 * came up) or when it has none (results from before runtime checks).
 *
 * @param rules the rules, as columns: the runtime rules in their documented order, then any other
 *              rule a run names, by id
 */
public record RuntimeRules(List<String> rules, List<Row> rows) {

    /** The runtime rules' ids, as the {@code datalayer} package names them in its verdicts (docs/rules/runtime.*.md). */
    static final List<String> KNOWN = io.stackbench.datalayer.DataLayer.RULES;

    /** One rule over one configuration's checked runs: the runs it ran on, and those it failed. */
    public record Tally(int runs, int failed) {
        Tally plus(boolean passed) {
            return new Tally(runs + 1, failed + (passed ? 0 : 1));
        }
    }

    /** One configuration: its runs, the checked ones, and a tally per rule that ran on any. */
    public record Row(Configuration configuration, int runs, int checked, Map<String, Tally> byRule) {
        public Row {
            Objects.requireNonNull(configuration);
            byRule = java.util.Collections.unmodifiableMap(new TreeMap<>(byRule));
        }

        public int notChecked() {
            return runs - checked;
        }

        /** The rule's tally, if it ran on any checked run of the configuration. */
        public Optional<Tally> tally(String rule) {
            return Optional.ofNullable(byRule.get(rule));
        }
    }

    public RuntimeRules {
        rules = List.copyOf(rules);
        rows = List.copyOf(rows);
    }

    /** The table of {@code runs}, one row per configuration that has any, in configuration order. */
    static RuntimeRules of(List<Run> runs) {
        Map<Configuration, List<Run>> groups = new TreeMap<>();
        runs.forEach(r -> groups.computeIfAbsent(r.configuration(), k -> new ArrayList<>()).add(r));
        List<Row> rows = new ArrayList<>();
        groups.forEach((configuration, group) -> {
            List<DataLayerReport> checked = group.stream().flatMap(r -> r.result().dataLayer().stream())
                    .filter(DataLayerReport::checked).toList();
            Map<String, Tally> byRule = new TreeMap<>();
            // A rule that could not judge did not run on that run: it neither passed nor failed.
            checked.forEach(d -> d.verdicts().stream().filter(v -> v.status() != VerifyReport.Status.CANNOT_JUDGE).forEach(v ->
                    byRule.merge(v.verifier(), new Tally(0, 0).plus(v.passed()), (a, b) -> new Tally(a.runs() + b.runs(), a.failed() + b.failed()))));
            rows.add(new Row(configuration, group.size(), checked.size(), byRule));
        });
        List<String> rules = Stream.concat(KNOWN.stream(), rows.stream().flatMap(r -> r.byRule().keySet().stream())
                .filter(r -> !KNOWN.contains(r)).sorted(Comparator.naturalOrder())).distinct().toList();
        return new RuntimeRules(rules, rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether any run of the table was checked. */
    public boolean anyChecked() {
        return rows.stream().anyMatch(r -> r.checked() > 0);
    }

    /** The runtime verdicts of a run that failed, in the run's order; none for a run not checked. */
    static List<VerifyReport.Verdict> failed(Run run) {
        return run.result().dataLayer().filter(DataLayerReport::checked).stream()
                .flatMap(d -> d.failed().stream()).toList();
    }
}
