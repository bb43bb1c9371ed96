package io.stackbench.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.verify.Finding;
import io.stackbench.verify.VerifyReport;
import java.util.Locale;

/**
 * Renders a {@link GateReport}: text for people, JSON for scripts, SARIF 2.1.0 for code-scanning
 * UIs, JUnit XML for CI test reports, GitLab Code Quality JSON for merge requests.
 */
public final class ReportFormats {

    /** The output formats. */
    public enum Format { TEXT, JSON, SARIF, JUNIT, CODEQUALITY }

    static final String RULE_DOCS = "docs/rules/";

    private final ObjectMapper json;
    private final String toolVersion;

    public ReportFormats(ObjectMapper json, String toolVersion) {
        this.json = json;
        this.toolVersion = toolVersion;
    }

    public String render(Format format, GateReport report) {
        return switch (format) {
            case TEXT -> text(report);
            case JSON -> json(report);
            case SARIF -> write(new SarifFormat(json, toolVersion).log(report));
            case JUNIT -> JunitFormat.xml(report);
            case CODEQUALITY -> write(CodeQualityFormat.issues(json, report));
        };
    }

    public String text(GateReport gate) {
        VerifyReport report = gate.report();
        StringBuilder out = new StringBuilder();
        for (GateFinding gf : gate.findings()) {
            Finding f = gf.finding();
            out.append(String.format(Locale.ROOT, "%s:%d: %s [%s] %s%n", f.file(), f.line(),
                    f.severity().sarifLevel(), f.ruleId(), f.message()));
        }
        for (VerifyReport.Verdict v : report.verdicts()) {
            String status = switch (v.status()) {
                case PASS -> "pass";
                case FAIL -> "FAIL";
                case CANNOT_JUDGE -> "cannot judge: " + v.reason();
            };
            out.append(String.format(Locale.ROOT, "%-12s %s (%d finding%s)%n", v.verifier(), status,
                    v.findings().size(), v.findings().size() == 1 ? "" : "s"));
        }
        if (report.verdicts().isEmpty()) {
            out.append("no constraint given: nothing to verify (use --task, --architecture, --database, --orm or a config file)\n");
        }
        long allowed = gate.suppressed(Suppression.Kind.EXCEPTION);
        if (allowed > 0) {
            out.append(String.format(Locale.ROOT, "suppressed %d finding%s by exceptions of the config file%n", allowed, allowed == 1 ? "" : "s"));
        }
        gate.baselineWritten().ifPresent(file -> out.append(String.format(Locale.ROOT, "wrote %d finding%s to the baseline %s%n",
                gate.findings().size(), gate.findings().size() == 1 ? "" : "s", file)));
        long baselined = gate.suppressed(Suppression.Kind.BASELINE);
        if (baselined > 0 || gate.fixed() > 0) {
            out.append(String.format(Locale.ROOT, "baselined %d finding%s; fixed since the baseline: %d%n", baselined,
                    baselined == 1 ? "" : "s", gate.fixed()));
        }
        if (gate.outsideChanges() > 0) {
            out.append(String.format(Locale.ROOT, "left out %d finding%s in unchanged files%n", gate.outsideChanges(),
                    gate.outsideChanges() == 1 ? "" : "s"));
        }
        out.append(String.format(Locale.ROOT, "verified %d files (%d lines) in %d ms%n", report.files(), report.lines(), report.millis()));
        return out.toString();
    }

    /** The verifiers' report with a fingerprint on each finding, then what was suppressed and the counts. */
    public String json(GateReport gate) {
        VerifyReport report = gate.report();
        ObjectNode root = json.createObjectNode();
        root.put("root", report.root());
        root.set("status", json.valueToTree(report.status()));
        root.put("passed", report.passed());
        ArrayNode verdicts = root.putArray("verdicts");
        for (VerifyReport.Verdict v : report.verdicts()) {
            ObjectNode verdict = verdicts.addObject();
            verdict.put("verifier", v.verifier());
            verdict.put("passed", v.passed());
            verdict.set("status", json.valueToTree(v.status()));
            verdict.put("reason", v.reason());
            ArrayNode findings = verdict.putArray("findings");
            gate.findings(v.verifier()).forEach(f -> findings.add(finding(f)));
        }
        ArrayNode suppressed = root.putArray("suppressed");
        for (Suppression s : gate.suppressed()) {
            ObjectNode node = finding(s.finding());
            node.put("suppression", s.kind().name().toLowerCase(Locale.ROOT));
            node.put("justification", s.justification());
            suppressed.add(node);
        }
        root.put("baselined", gate.suppressed(Suppression.Kind.BASELINE));
        root.put("fixed", gate.fixed());
        root.put("outsideChanges", gate.outsideChanges());
        root.put("files", report.files());
        root.put("lines", report.lines());
        root.put("millis", report.millis());
        return write(root);
    }

    private ObjectNode finding(GateFinding f) {
        ObjectNode node = json.valueToTree(f.finding());
        node.put("fingerprint", f.fingerprint());
        return node;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
