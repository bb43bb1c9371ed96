package io.stackbench.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.verify.Finding;
import io.stackbench.verify.Severity;

/** GitLab's Code Quality report: a JSON array of issues, shown on merge requests. */
final class CodeQualityFormat {

    private CodeQualityFormat() {
    }

    /** Only the reported findings: Code Quality has no notion of an allowed one. */
    static ArrayNode issues(ObjectMapper json, GateReport gate) {
        ArrayNode issues = json.createArrayNode();
        for (GateFinding gf : gate.findings()) {
            Finding f = gf.finding();
            ObjectNode issue = issues.addObject();
            issue.put("description", f.message());
            issue.put("check_name", f.ruleId());
            issue.put("fingerprint", gf.fingerprint());
            issue.put("severity", severity(f.severity()));
            ObjectNode location = issue.putObject("location");
            location.put("path", f.file());
            location.putObject("lines").put("begin", Math.max(1, f.line()));
        }
        return issues;
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }
}
