package io.stackbench.diagnose;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** {@code diagnose}'s outputs: a table for people, JSON and CSV for scripts. */
public final class DiagnosisFormats {

    private final ObjectMapper json;

    public DiagnosisFormats(ObjectMapper json) {
        this.json = json;
    }

    public String table(Diagnose.Outcome outcome) {
        StringBuilder out = new StringBuilder();
        for (Diagnosis d : outcome.diagnoses()) {
            out.append(String.format(Locale.ROOT, "%s%n  %s  [%s; %d root, %d knock-on]%n", d.id(), d.label(), d.rule(),
                    d.rootFailures(), d.blockedFailures()));
            d.evidence().stream().limit(4).forEach(e -> out.append("    ").append(e).append('\n'));
            d.judge().ifPresent(j -> out.append("    judge (").append(j.model()).append("): ").append(j.category().id())
                    .append(j.subcategory().map(s -> "/" + s.id()).orElse("")).append(" — ").append(j.reasoning()).append('\n'));
        }
        out.append(taxonomyTable(Taxonomy.of(outcome.diagnoses())));
        out.append(String.format(Locale.ROOT, "%d failed run%s diagnosed, %d passed, %d not readable%n", outcome.diagnoses().size(),
                outcome.diagnoses().size() == 1 ? "" : "s", outcome.passedRuns(), outcome.errors().size()));
        return out.toString();
    }

    /** The study's table: categories as % of failed runs, logic subcategories as % of logic errors. */
    public static String taxonomyTable(Taxonomy t) {
        StringBuilder out = new StringBuilder();
        if (t.failedRuns() == 0) {
            return "no failed runs\n";
        }
        out.append(String.format(Locale.ROOT, "%-30s %6s %7s%n", "category (of failed runs)", "runs", "%"));
        for (Category c : Category.values()) {
            if (c != Category.UNKNOWN || t.categories().get(c) > 0) {
                out.append(String.format(Locale.ROOT, "%-30s %6d %7.1f%n", c.id(), t.categories().get(c), t.percent(c)));
            }
        }
        if (t.logicErrors() > 0) {
            out.append(String.format(Locale.ROOT, "%-30s %6s %7s%n", "logic error (of logic errors)", "runs", "%"));
            for (Subcategory s : Subcategory.values()) {
                if (s != Subcategory.UNKNOWN || t.subcategories().get(s) > 0) {
                    out.append(String.format(Locale.ROOT, "  %-28s %6d %7.1f%n", s.id(), t.subcategories().get(s), t.percent(s)));
                }
            }
            out.append(String.format(Locale.ROOT, "data layer (query + database): %.1f %% of logic errors, %.1f %% of failed runs%n",
                    t.dataLayerPercentOfLogic(), t.dataLayerPercentOfFailed()));
        }
        return out.toString();
    }

    public String json(Diagnose.Outcome outcome) {
        ArrayNode runs = json.createArrayNode();
        for (Diagnosis d : outcome.diagnoses()) {
            ObjectNode run = runs.addObject();
            run.put("id", d.id());
            run.put("category", d.category().id());
            run.put("subcategory", d.subcategory().map(Subcategory::id).orElse(null));
            run.put("rule", d.rule());
            run.put("rootFailures", d.rootFailures());
            run.put("blockedFailures", d.blockedFailures());
            ArrayNode evidence = run.putArray("evidence");
            d.evidence().forEach(evidence::add);
            d.judge().ifPresent(j -> {
                ObjectNode judge = run.putObject("judge");
                judge.put("model", j.model());
                judge.put("category", j.category().id());
                judge.put("subcategory", j.subcategory().map(Subcategory::id).orElse(null));
                judge.put("reasoning", j.reasoning());
            });
        }
        ObjectNode root = json.createObjectNode();
        root.set("runs", runs);
        ArrayNode errors = root.putArray("errors");
        outcome.errors().forEach(e -> errors.addObject().put("where", e.where()).put("message", e.message()));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String csv(Diagnose.Outcome outcome) {
        StringBuilder out = new StringBuilder("id,category,subcategory,rule,root_failures,blocked_failures,judge_category,judge_subcategory\n");
        for (Diagnosis d : outcome.diagnoses()) {
            out.append(String.join(",", List.of(quote(d.id()), d.category().id(), d.subcategory().map(Subcategory::id).orElse(""),
                    quote(d.rule()), String.valueOf(d.rootFailures()), String.valueOf(d.blockedFailures()),
                    d.judge().map(j -> j.category().id()).orElse(""),
                    d.judge().flatMap(j -> j.subcategory()).map(Subcategory::id).orElse("")))).append('\n');
        }
        return out.toString();
    }

    public static String agreement(String title, Agreement a) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d runs, accuracy %.3f, Cohen's kappa %.3f%n", title, a.pairs(), a.accuracy(), a.kappa()));
        out.append(String.format(Locale.ROOT, "  %-32s %8s %8s %9s %7s%n", "class", "expected", "got", "precision", "recall"));
        a.classes().forEach((label, c) -> out.append(String.format(Locale.ROOT, "  %-32s %8d %8d %9.3f %7.3f%n",
                label, c.expected(), c.predicted(), c.precision(), c.recall())));
        a.mismatches().forEach(m -> out.append("  mismatch ").append(m).append('\n'));
        return out.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
