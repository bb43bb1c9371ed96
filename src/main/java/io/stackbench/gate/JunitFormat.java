package io.stackbench.gate;

import io.stackbench.verify.Finding;
import io.stackbench.verify.Severity;
import io.stackbench.verify.Verifier;
import io.stackbench.verify.VerifyReport;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML, which GitLab, Jenkins and Azure DevOps show as test reports: a suite per verifier,
 * a test case per rule, failed by its error findings, skipped when the verifier could not judge.
 */
final class JunitFormat {

    private JunitFormat() {
    }

    static String xml(GateReport gate) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            doc.setXmlStandalone(true);
            Element suites = doc.createElement("testsuites");
            suites.setAttribute("name", "stackbench");
            doc.appendChild(suites);
            int tests = 0;
            int failures = 0;
            int skipped = 0;
            for (VerifyReport.Verdict verdict : gate.report().verdicts()) {
                Element suite = suite(doc, gate, verdict);
                suites.appendChild(suite);
                tests += Integer.parseInt(suite.getAttribute("tests"));
                failures += Integer.parseInt(suite.getAttribute("failures"));
                skipped += Integer.parseInt(suite.getAttribute("skipped"));
            }
            suites.setAttribute("tests", Integer.toString(tests));
            suites.setAttribute("failures", Integer.toString(failures));
            suites.setAttribute("skipped", Integer.toString(skipped));
            return serialise(doc);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed", e);
        }
    }

    private static Element suite(Document doc, GateReport gate, VerifyReport.Verdict verdict) {
        String name = "stackbench." + verdict.verifier();
        Element suite = doc.createElement("testsuite");
        suite.setAttribute("name", name);
        boolean judged = verdict.status() != VerifyReport.Status.CANNOT_JUDGE;
        List<GateFinding> findings = gate.findings(verdict.verifier());
        int tests = 0;
        int failures = 0;
        for (Verifier.RuleDescription rule : Verifier.catalogue()) {
            if (!rule.verifier().equals(verdict.verifier())) {
                continue;
            }
            tests++;
            Element test = doc.createElement("testcase");
            test.setAttribute("classname", name);
            test.setAttribute("name", rule.id());
            suite.appendChild(test);
            if (!judged) {
                Element skip = doc.createElement("skipped");
                skip.setAttribute("message", verdict.reason());
                test.appendChild(skip);
                continue;
            }
            List<Finding> mine = findings.stream().map(GateFinding::finding).filter(f -> f.ruleId().equals(rule.id())).toList();
            List<Finding> errors = mine.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                failures++;
                Element failure = doc.createElement("failure");
                failure.setAttribute("message", errors.size() + " finding(s)");
                failure.setAttribute("type", rule.id());
                failure.setTextContent(lines(errors));
                test.appendChild(failure);
            }
            List<Finding> others = mine.stream().filter(f -> f.severity() != Severity.ERROR).toList();
            if (!others.isEmpty()) {
                Element out = doc.createElement("system-out");
                out.setTextContent(others.stream().map(f -> f.severity().sarifLevel() + " " + f.file() + ":" + f.line() + " " + f.message())
                        .collect(Collectors.joining("\n", "", "\n")));
                test.appendChild(out);
            }
        }
        suite.setAttribute("tests", Integer.toString(tests));
        suite.setAttribute("failures", Integer.toString(failures));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", Integer.toString(judged ? 0 : tests));
        return suite;
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.message()).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String serialise(Document doc) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString() + "\n";
    }
}
