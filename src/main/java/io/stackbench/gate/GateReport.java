package io.stackbench.gate;

import io.stackbench.verify.Severity;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the gate concluded: the verdicts rejudged on the findings it reports, those findings with
 * their fingerprints, and what it left out and why.
 *
 * @param report the verifiers' report with only {@code findings} in its verdicts
 * @param findings the findings that count, at the severity the config file gives them
 * @param suppressed findings allowed by an exception or the baseline
 * @param fixed baseline entries no finding matches any more
 * @param outsideChanges findings left out because their file did not change since {@code --changed-since}
 * @param baselineWritten the baseline written by {@code --update-baseline}
 */
public record GateReport(VerifyReport report, List<GateFinding> findings, List<Suppression> suppressed, int fixed,
                         int outsideChanges, Optional<Path> baselineWritten) {

    /** No error finding and every verdict judged. */
    public static final int PASS = 0;
    /** At least one error finding. */
    public static final int FAIL = 1;
    /** No error finding, but a verifier could not judge. */
    public static final int CANNOT_JUDGE = 5;

    public GateReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    /** {@link #PASS}, {@link #FAIL} or {@link #CANNOT_JUDGE}; writing a baseline always passes. */
    public int exitCode() {
        if (baselineWritten.isPresent()) {
            return PASS;
        }
        if (findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR)) {
            return FAIL;
        }
        return report.verdicts().stream().anyMatch(v -> v.status() == VerifyReport.Status.CANNOT_JUDGE) ? CANNOT_JUDGE : PASS;
    }

    public long suppressed(Suppression.Kind kind) {
        return suppressed.stream().filter(s -> s.kind() == kind).count();
    }

    /** The reported findings of one verifier. */
    public List<GateFinding> findings(String verifier) {
        return findings.stream().filter(f -> f.finding().verifier().equals(verifier)).toList();
    }
}
