package io.stackbench.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.verify.Finding;
import io.stackbench.verify.Verifier;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it. */
final class SarifFormat {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ObjectMapper json;
    private final String toolVersion;

    SarifFormat(ObjectMapper json, String toolVersion) {
        this.json = json;
        this.toolVersion = toolVersion;
    }

    ObjectNode log(GateReport gate) {
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
            r.putObject("help").put("text", "See " + ReportFormats.RULE_DOCS + rule.id() + ".md in the StackBench repository, "
                    + "or run stackbench verify --explain " + rule.id() + ".");
        }
        invocation(run.putArray("invocations").addObject(), gate.report());
        ArrayNode results = run.putArray("results");
        for (GateFinding f : gate.findings()) {
            result(results.addObject(), catalogue, f, Optional.empty());
        }
        // Suppressed findings stay in the log, marked, so a viewer can show them as dismissed with the reason.
        for (Suppression s : gate.suppressed()) {
            result(results.addObject(), catalogue, s.finding(), Optional.of(s));
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", Path.of(gate.report().root()).toAbsolutePath().toUri().toString());
        return log;
    }

    /** The run itself succeeded; a verifier that could not judge is a warning about the run, not a result. */
    private void invocation(ObjectNode invocation, VerifyReport report) {
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (VerifyReport.Verdict v : report.verdicts()) {
            if (v.status() == VerifyReport.Status.CANNOT_JUDGE) {
                ObjectNode n = notifications.addObject();
                n.put("level", "warning");
                n.putObject("message").put("text", v.verifier() + " verdict: cannot judge: " + v.reason());
                n.putObject("descriptor").put("id", "stackbench/cannot-judge/" + v.verifier());
            }
        }
    }

    private void result(ObjectNode r, List<Verifier.RuleDescription> catalogue, GateFinding gf, Optional<Suppression> suppression) {
        Finding f = gf.finding();
        r.put("ruleId", f.ruleId());
        r.put("ruleIndex", indexOf(catalogue, f.ruleId()));
        r.put("level", f.severity().sarifLevel());
        r.putObject("message").put("text", f.message());
        ObjectNode location = r.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = location.putObject("artifactLocation");
        artifact.put("uri", f.file());
        artifact.put("uriBaseId", "%SRCROOT%");
        location.putObject("region").put("startLine", Math.max(1, f.line()));
        r.putObject("partialFingerprints").put(Fingerprints.SCHEME, gf.fingerprint());
        suppression.ifPresent(s -> {
            ObjectNode entry = r.putArray("suppressions").addObject();
            entry.put("kind", "external");
            entry.put("justification", s.justification());
        });
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
