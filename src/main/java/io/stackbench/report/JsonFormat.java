package io.stackbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.core.Json;
import java.util.OptionalDouble;

/**
 * The report as JSON ({@code stackbench.report/1}): one object per cell, per configuration's decay
 * and per marginal effect, and why each configuration's runs failed. A decay gives ΔA% on raw A% ({@code rawDelta}, also under its first name
 * {@code delta}) and on strict A% ({@code strictDelta}, the study's ΔA%). Numbers are rounded to 4
 * decimals (half to even, as {@link Numbers} rounds), p-values to 4 significant digits; a metric
 * not available is null. {@code runs} counts the greenfield runs these are computed over; when
 * the runs have them, {@code featureByLevel} gives A% per suite feature and level, and
 * {@code featureTasks} the feature tasks apart ({@code runs}, {@code byConfiguration},
 * {@code byFeature}, {@code runtimeRules}). {@code dataLayerSound} gives strict and data-layer-sound
 * A% per configuration and level ({@code checkedRuns}: the runs the mean is over; null when none was
 * checked), and {@code runtimeRules} per configuration its {@code runs}, {@code checkedRuns},
 * {@code notChecked} and per rule that ran {@code {"runs": n, "failed": f}}.
 */
final class JsonFormat {

    static final String SCHEMA = "stackbench.report/1";
    private static final int DECIMALS = 4;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonFormat() {
    }

    static String render(Report report) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        root.put("runs", report.greenfieldRuns().size());
        root.put("taskScores", report.scores().size());
        ArrayNode cells = root.putArray("cells");
        for (CellTable table : report.tables()) {
            for (Cell c : table.cells()) {
                ObjectNode cell = cells.addObject().put("table", table.name());
                for (int i = 0; i < table.dimensions().size(); i++) {
                    cell.put(table.dimensions().get(i).id(), c.key().get(i));
                }
                cell.put("runs", c.runs()).put("tasks", c.tasks());
                put(cell, "assertPercent", c.assertPercent());
                put(cell, "strictAssertPercent", c.strictAssertPercent());
                put(cell, "successRate", c.successRate());
                put(cell, "passAt1", c.passAt1());
                put(cell, "passAt1Raw", c.passAt1Raw());
                put(cell, "passAt3", c.passAt3());
                put(cell, "passHat3", c.passHat3());
            }
        }
        if (!report.grouped()) {
            decay(report, root.putArray("decay"));
            effects(report, root.putArray("marginalEffects"));
            if (!report.spending().isEmpty()) {
                spending(report, root.putArray("agents"));
            }
            failures(report, root.putArray("whyRunsFailed"));
            if (!report.featureByLevel().isEmpty()) {
                featureByLevel(report.featureByLevel(), root.putArray("featureByLevel"));
            }
            if (!report.featureTasks().isEmpty()) {
                featureTasks(report.featureTasks(), root.putObject("featureTasks"));
            }
            dataLayerSound(report.dataLayerSound(), root.putArray("dataLayerSound"));
            runtimeRules(report.runtimeRules(), root.putArray("runtimeRules"));
        }
        try {
            return Json.mapper().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static void decay(Report report, ArrayNode out) {
        for (Decay d : report.decays()) {
            ObjectNode o = out.addObject().put("agent", d.configuration().agent()).put("model", d.configuration().model());
            put(o, "assertL0", d.assertL0());
            put(o, "assertL3", d.assertL3());
            put(o, "rawDelta", d.rawDelta());
            put(o, "rawRelativeDelta", d.rawRelativeDelta());
            // The first names of the raw deltas, kept for readers of stackbench.report/1.
            put(o, "delta", d.rawDelta());
            put(o, "relativeDelta", d.rawRelativeDelta());
            put(o, "strictL0", d.strictL0());
            put(o, "strictL3", d.strictL3());
            put(o, "strictDelta", d.strictDelta());
            put(o, "strictRelativeDelta", d.strictRelativeDelta());
            ObjectNode test = o.putObject("pairedTTest").put("pairs", d.test().pairs());
            put(test, "meanDifference", d.test().meanDifference());
            put(test, "t", d.test().t());
            // p-values can be tiny; four decimals would round them to 0.
            if (d.test().p().isPresent()) {
                test.put("p", Numbers.significant(d.test().p().getAsDouble(), 4));
            } else {
                test.putNull("p");
            }
        }
    }

    private static void spending(Report report, ArrayNode out) {
        for (Spending s : report.spending()) {
            ObjectNode o = out.addObject().put("agent", s.configuration().agent()).put("model", s.configuration().model())
                    .put("runs", s.runs());
            ObjectNode reasons = o.putObject("exitReasons");
            new java.util.TreeMap<>(s.exitReasons()).forEach(reasons::put);
            put(o, "meanSteps", s.meanSteps());
            if (s.tokensKnown() > 0) {
                o.put("inputTokens", s.inputTokens()).put("outputTokens", s.outputTokens());
            } else {
                o.putNull("inputTokens").putNull("outputTokens");
            }
            o.put("tokensKnown", s.tokensKnown());
            if (s.costKnown() > 0) {
                put(o, "costUsd", s.costUsd());
            } else {
                o.putNull("costUsd");
            }
            o.put("runsWithCost", s.costKnown());
            put(o, "meanAgentSeconds", s.meanSeconds());
        }
    }

    private static void effects(Report report, ArrayNode out) {
        for (MarginalEffect e : report.effects()) {
            ObjectNode o = out.addObject().put("agent", e.configuration().agent()).put("model", e.configuration().model())
                    .put("effect", e.effect()).put("pairs", e.strict().n());
            put(o, "strictMean", e.strict().mean());
            put(o, "strictSem", e.strict().sem());
            put(o, "rawMean", e.raw().mean());
            put(o, "rawSem", e.raw().sem());
        }
    }

    /**
     * Per configuration: its failed runs and how many are diagnosed; when any run of the tree has a
     * diagnosis, also the runs not diagnosed and each category (of failed runs), each logic
     * subcategory and the data layer (of logic errors), as {@code {"runs": n, "percent": p}}.
     */
    private static void failures(Report report, ArrayNode out) {
        boolean breakdown = Failures.anyDiagnosed(report.failures());
        for (Failures f : report.failures()) {
            ObjectNode o = out.addObject().put("agent", f.configuration().agent()).put("model", f.configuration().model())
                    .put("failedRuns", f.failedRuns()).put("diagnosed", f.diagnosed());
            if (breakdown) {
                share(o, "notDiagnosed", f.notDiagnosedShare());
                ObjectNode categories = o.putObject("categories");
                f.categories().stream().filter(s -> !s.id().equals(Failures.NOT_DIAGNOSED)).forEach(s -> share(categories, s.id(), s));
                o.put("logicErrors", f.logicErrors());
                ObjectNode subcategories = o.putObject("logicSubcategories");
                f.subcategories().forEach(s -> share(subcategories, s.id().substring(s.id().indexOf('/') + 1), s));
                share(o, "dataLayer", f.dataLayer());
            }
        }
    }

    private static void featureByLevel(FeatureByLevel table, ArrayNode out) {
        for (FeatureByLevel.Pooled c : table.cells()) {
            ObjectNode o = out.addObject().put("feature", c.feature()).put("level", c.level()).put("runs", c.runs())
                    .put("passed", c.count().passed()).put("total", c.count().total());
            put(o, "assertPercent", c.count().percent());
        }
    }

    private static void featureTasks(FeatureTasks tasks, ObjectNode out) {
        out.put("runs", tasks.runs());
        ArrayNode byConfiguration = out.putArray("byConfiguration");
        tasks.byConfiguration().forEach(s -> featureTask(s, byConfiguration.addObject()));
        ArrayNode byFeature = out.putArray("byFeature");
        tasks.byFeature().forEach(s -> featureTask(s, byFeature.addObject()));
        runtimeRules(tasks.runtimeRules(), out.putArray("runtimeRules"));
    }

    private static void dataLayerSound(DataLayerSound table, ArrayNode out) {
        for (DataLayerSound.Row r : table.rows()) {
            ObjectNode o = out.addObject().put("agent", r.configuration().agent()).put("model", r.configuration().model())
                    .put("level", r.level()).put("runs", r.runs()).put("tasks", r.tasks()).put("checkedRuns", r.checkedRuns());
            put(o, "strictAssertPercent", r.strictAssertPercent());
            put(o, "dataLayerSoundAssertPercent", r.soundAssertPercent());
        }
    }

    private static void runtimeRules(RuntimeRules rules, ArrayNode out) {
        for (RuntimeRules.Row r : rules.rows()) {
            ObjectNode o = out.addObject().put("agent", r.configuration().agent()).put("model", r.configuration().model())
                    .put("runs", r.runs()).put("checkedRuns", r.checked()).put("notChecked", r.notChecked());
            ObjectNode byRule = o.putObject("rules");
            rules.rules().forEach(rule -> r.tally(rule).ifPresent(t -> byRule.putObject(rule).put("runs", t.runs()).put("failed", t.failed())));
        }
    }

    private static void featureTask(FeatureTaskScore s, ObjectNode o) {
        o.put("agent", s.configuration().agent()).put("model", s.configuration().model());
        s.feature().ifPresent(f -> o.put("feature", f));
        o.put("runs", s.runs()).put("tasks", s.tasks());
        put(o, "passAt1", s.passAt1());
        put(o, "assertPercent", s.assertPercent());
        put(o, "ownAssertPercent", s.ownAssertPercent());
        put(o, "restAssertPercent", s.restAssertPercent());
        put(o, "strictAssertPercent", s.strictAssertPercent());
        o.put("checkedRuns", s.checkedRuns());
        put(o, "dataLayerSoundAssertPercent", s.soundAssertPercent());
    }

    private static void share(ObjectNode node, String name, Failures.Share share) {
        ObjectNode o = node.putObject(name).put("runs", share.runs());
        put(o, "percent", share.percent());
    }

    private static void put(ObjectNode node, String name, double value) {
        node.put(name, Numbers.round(value, DECIMALS));
    }

    private static void put(ObjectNode node, String name, OptionalDouble value) {
        if (value.isPresent()) {
            put(node, name, value.getAsDouble());
        } else {
            node.putNull(name);
        }
    }
}
