package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.verify.Finding;
import io.stackbench.verify.Severity;
import io.stackbench.verify.VerifyReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FormatsTest {

    private static final Finding UPWARD = new Finding("architecture.layer-direction", Severity.ERROR, "architecture",
            "repositories import services: <app.services> & more", "app/repositories/users.py", 2);
    private static final Finding FRAMEWORK = new Finding("architecture.service-imports-framework", Severity.WARNING, "architecture",
            "services import flask", "app/services/users.py", 1);
    private static final Finding RAW_SQL = new Finding("orm.raw-sql", Severity.ERROR, "orm", "raw SQL", "app/reports/q.py", 4);

    /** Architecture fails with an error and a warning; the ORM verifier could not judge; one finding is allowed. */
    private static GateReport report() {
        List<GateFinding> reported = List.of(new GateFinding(UPWARD, "a".repeat(32)), new GateFinding(FRAMEWORK, "b".repeat(32)));
        VerifyReport raw = new VerifyReport("/p", List.of(
                new VerifyReport.Verdict("architecture", false, List.of(UPWARD, FRAMEWORK)),
                new VerifyReport.Verdict("orm", false, VerifyReport.Status.CANNOT_JUDGE, "no ORM <it> knows", List.of())), 3, 30, 5);
        Suppression allowed = new Suppression(new GateFinding(RAW_SQL, "c".repeat(32)), Suppression.Kind.EXCEPTION, "reviewed");
        return new GateReport(Gate.rejudge(raw, reported), reported, List.of(allowed), 2, 0, Optional.empty());
    }

    private static String render(ReportFormats.Format format) {
        return new ReportFormats(Json.mapper(), "test").render(format, report());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void junitXmlParsesWithASuitePerVerdictAndACasePerRule() throws Exception {
        Document doc = parse(render(ReportFormats.Format.JUNIT));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element architecture = (Element) suites.item(0);
        assertThat(architecture.getAttribute("name")).isEqualTo("stackbench.architecture");
        assertThat(architecture.getAttribute("tests")).isEqualTo("4");
        assertThat(architecture.getAttribute("failures")).isEqualTo("1");
        assertThat(testcase(doc, "architecture.layer-missing").getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void anErrorRuleFailsWithItsFindingsAndWarningsGoToSystemOut() throws Exception {
        Document doc = parse(render(ReportFormats.Format.JUNIT));
        Element direction = testcase(doc, "architecture.layer-direction");
        assertThat(direction.getAttribute("classname")).isEqualTo("stackbench.architecture");
        Element failure = (Element) direction.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("1 finding(s)");
        assertThat(failure.getAttribute("type")).isEqualTo("architecture.layer-direction");
        // Escaped on the way out, so the text comes back exactly.
        assertThat(failure.getTextContent()).contains("app/repositories/users.py:2 repositories import services: <app.services> & more");
        Element framework = testcase(doc, "architecture.service-imports-framework");
        assertThat(framework.getElementsByTagName("failure").getLength()).isZero();
        assertThat(framework.getElementsByTagName("system-out").item(0).getTextContent()).contains("app/services/users.py:1 services import flask");
    }

    @Test
    void aVerdictThatCannotJudgeSkipsEveryRuleOfItsVerifier() throws Exception {
        Document doc = parse(render(ReportFormats.Format.JUNIT));
        Element orm = (Element) doc.getElementsByTagName("testsuite").item(1);
        assertThat(orm.getAttribute("name")).isEqualTo("stackbench.orm");
        NodeList cases = orm.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        for (int i = 0; i < cases.getLength(); i++) {
            Element skipped = (Element) ((Element) cases.item(i)).getElementsByTagName("skipped").item(0);
            assertThat(skipped.getAttribute("message")).isEqualTo("no ORM <it> knows");
        }
        assertThat(orm.getAttribute("skipped")).isEqualTo("3");
    }

    @Test
    void codeQualityHasGitLabsFieldsForEachReportedFinding() throws Exception {
        JsonNode issues = new ObjectMapper().readTree(render(ReportFormats.Format.CODEQUALITY));
        assertThat(issues).hasSize(2);
        JsonNode first = issues.get(0);
        assertThat(first.path("description").asText()).isEqualTo(UPWARD.message());
        assertThat(first.path("check_name").asText()).isEqualTo("architecture.layer-direction");
        assertThat(first.path("fingerprint").asText()).isEqualTo("a".repeat(32));
        assertThat(first.path("severity").asText()).isEqualTo("major");
        assertThat(first.path("location").path("path").asText()).isEqualTo("app/repositories/users.py");
        assertThat(first.path("location").path("lines").path("begin").asInt()).isEqualTo(2);
        assertThat(issues.get(1).path("severity").asText()).isEqualTo("minor");
        assertThat(CodeQualityFormat.severity(Severity.NOTE)).isEqualTo("info");
    }

    @Test
    void jsonCarriesFingerprintsSuppressionsAndCounts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormats.Format.JSON));
        assertThat(json.path("status").asText()).isEqualTo("fail");
        assertThat(json.path("verdicts").get(0).path("findings").get(0).path("fingerprint").asText()).isEqualTo("a".repeat(32));
        assertThat(json.path("verdicts").get(1).path("status").asText()).isEqualTo("cannot-judge");
        assertThat(json.path("suppressed").get(0).path("justification").asText()).isEqualTo("reviewed");
        assertThat(json.path("suppressed").get(0).path("suppression").asText()).isEqualTo("exception");
        assertThat(json.path("fixed").asInt()).isEqualTo(2);
    }

    @Test
    void textShowsCannotJudgeWithItsReasonAndTheCounts() {
        assertThat(render(ReportFormats.Format.TEXT)).contains(
                "app/repositories/users.py:2: error [architecture.layer-direction]",
                "architecture FAIL (2 findings)",
                "orm          cannot judge: no ORM <it> knows (0 findings)",
                "suppressed 1 finding by exceptions of the config file",
                "fixed since the baseline: 2");
    }
}
