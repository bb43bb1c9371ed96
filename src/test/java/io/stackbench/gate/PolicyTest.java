package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.verify.Finding;
import io.stackbench.verify.Severity;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {

    @TempDir
    Path root;

    private GateReport gate(String config) {
        Projects.layeredWithAnUpwardImport(root);
        Projects.write(root, ".stackbench.yml", "architecture: clean\n" + config);
        return new Gate().run(GateOptions.of(root));
    }

    @Test
    void withoutAPolicyTheUpwardImportFailsTheArchitectureVerdict() {
        GateReport report = gate("");
        assertThat(report.findings()).extracting(f -> f.finding().ruleId()).containsExactly("architecture.layer-direction");
        assertThat(report.report().verdicts()).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(VerifyReport.Status.FAIL));
        assertThat(report.exitCode()).isEqualTo(GateReport.FAIL);
    }

    @Test
    void aRuleTurnedOffLosesItsFindingsAndTheVerdictPasses() {
        GateReport report = gate("rules:\n  architecture.layer-direction: off\n");
        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).isEmpty();
        assertThat(report.report().verdicts()).singleElement().satisfies(v -> assertThat(v.passed()).isTrue());
        assertThat(report.exitCode()).isEqualTo(GateReport.PASS);
    }

    @Test
    void aRuleAtWarningStillReportsItsFindingsButTheVerdictPasses() {
        GateReport report = gate("rules:\n  architecture.layer-direction: warning\n");
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.finding().severity()).isEqualTo(Severity.WARNING));
        assertThat(report.report().verdicts()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VerifyReport.Status.PASS);
            assertThat(v.findings()).hasSize(1);
        });
        assertThat(report.exitCode()).isEqualTo(GateReport.PASS);
    }

    @Test
    void anExceptionSuppressesMatchingPathsAndKeepsTheReason() {
        GateReport report = gate("""
                exceptions:
                  - rule: architecture.layer-direction
                    paths: [app/repositories/**]
                    reason: "registration is being moved down a layer"
                """);
        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Suppression.Kind.EXCEPTION);
            assertThat(s.justification()).isEqualTo("registration is being moved down a layer");
            assertThat(s.finding().finding().file()).isEqualTo("app/repositories/users.py");
        });
        assertThat(report.exitCode()).isEqualTo(GateReport.PASS);
    }

    @Test
    void anExceptionForOtherPathsSuppressesNothing() {
        GateReport report = gate("""
                exceptions:
                  - rule: architecture.layer-direction
                    paths: [app/routes/**]
                    reason: "not where the finding is"
                """);
        assertThat(report.findings()).hasSize(1);
        assertThat(report.suppressed()).isEmpty();
    }

    @Test
    void aVerdictThatCannotJudgeStaysSoWhateverIsSuppressedAndExitsThree() {
        Finding warning = new Finding("orm.raw-sql", Severity.WARNING, "orm", "raw SQL", "app/db.py", 3);
        VerifyReport raw = new VerifyReport("/p", List.of(new VerifyReport.Verdict("orm", false, VerifyReport.Status.CANNOT_JUDGE,
                "no source file it can read", List.of(warning))), 0, 0, 0);
        VerifyReport rejudged = Gate.rejudge(raw, List.of());
        assertThat(rejudged.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VerifyReport.Status.CANNOT_JUDGE);
            assertThat(v.reason()).isEqualTo("no source file it can read");
        });
        GateReport report = new GateReport(Gate.rejudge(raw, List.of(new GateFinding(warning, "f"))), List.of(new GateFinding(warning, "f")),
                List.of(), 0, 0, java.util.Optional.empty());
        assertThat(report.exitCode()).isEqualTo(GateReport.CANNOT_JUDGE);
    }
}
