package io.stackbench.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.verify.Finding;
import io.stackbench.verify.Verifier;
import io.stackbench.verify.VerifyReport;
import java.util.List;
import java.util.Locale;

/** Renders a {@link VerifyReport} as text for people, JSON for scripts, or SARIF 2.1.0 for code-scanning UIs. */
public final class ReportFormats {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String RULE_DOCS = "docs/rules/";

    private final ObjectMapper json;
    private final String toolVersion;

    public ReportFormats(ObjectMapper json, String toolVersion) {
        this.json = json;
        this.toolVersion = toolVersion;
    }

    public String text(VerifyReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            out.append(String.format(Locale.ROOT, "%s:%d: %s [%s] %s%n", f.file(), f.line(),
                    f.severity().sarifLevel(), f.ruleId(), f.message()));
        }
        for (VerifyReport.Verdict v : report.verdicts()) {
            out.append(String.format(Locale.ROOT, "%-12s %s (%d finding%s)%n", v.verifier(), v.passed() ? "pass" : "FAIL",
                    v.findings().size(), v.findings().size() == 1 ? "" : "s"));
        }
        if (report.verdicts().isEmpty()) {
            out.append("no constraint given: nothing to verify (use --task, --architecture, --database or --orm)\n");
        }
        out.append(String.format(Locale.ROOT, "verified %d files (%d lines) in %d ms%n", report.files(), report.lines(), report.millis()));
        return out.toString();
    }

    public String json(VerifyReport report) {
        try {
            return json.writeValueAsString(report) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sarif(VerifyReport report) {
        ObjectNode log = json.createObjectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "StackBench");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        List<Verifier.RuleDescription> catalogue = Verifier.catalogue();
        for (Verifier.RuleDescription rule : catalogue) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.put("name", rule.id().replace('.', '/'));
            r.putObject("shortDescription").put("text", rule.summary());
            r.putObject("fullDescription").put("text", rule.summary() + " (" + rule.verifier() + " verifier)");
            r.putObject("defaultConfiguration").put("level", rule.severity().sarifLevel());
            r.putObject("help").put("text", "See " + RULE_DOCS + rule.id() + ".md in the StackBench repository.");
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            r.put("ruleIndex", indexOf(catalogue, f.ruleId()));
            r.put("level", f.severity().sarifLevel());
            r.putObject("message").put("text", f.message());
            ObjectNode location = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = location.putObject("artifactLocation");
            artifact.put("uri", f.file());
            artifact.put("uriBaseId", "%SRCROOT%");
            location.putObject("region").put("startLine", Math.max(1, f.line()));
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", java.nio.file.Path.of(report.root()).toUri().toString());
        try {
            return json.writeValueAsString(log) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(List<Verifier.RuleDescription> catalogue, String id) {
        for (int i = 0; i < catalogue.size(); i++) {
            if (catalogue.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
