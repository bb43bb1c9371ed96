package io.stackbench.verify;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The outcome of verifying one solution tree.
 *
 * @param verdicts one per constraint dimension that applied (architecture, database, orm)
 * @param files source files parsed
 * @param lines lines of source parsed
 * @param millis time spent loading, parsing and checking
 */
public record VerifyReport(String root, List<Verdict> verdicts, int files, int lines, long millis) {

    public VerifyReport {
        verdicts = List.copyOf(verdicts);
    }

    /** What a verifier concluded: compliant, not compliant, or that it cannot tell from what it reads. */
    public enum Status {
        PASS("pass"), FAIL("fail"), CANNOT_JUDGE("cannot-judge");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    /**
     * One verifier's verdict: it passes when none of its findings is an error, unless it could
     * not judge at all, in which case {@code reason} says why.
     */
    public record Verdict(String verifier, boolean passed, Status status, String reason, List<Finding> findings) {
        public Verdict {
            findings = List.copyOf(findings);
            // Results written before verdicts had a status carry only "passed".
            status = status != null ? status : passed ? Status.PASS : Status.FAIL;
            reason = reason == null ? "" : reason;
        }

        public Verdict(String verifier, boolean passed, List<Finding> findings) {
            this(verifier, passed, passed ? Status.PASS : Status.FAIL, "", findings);
        }

        static Verdict of(String verifier, List<Finding> findings) {
            return new Verdict(verifier, findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), findings);
        }

        static Verdict cannotJudge(String verifier, String reason, List<Finding> findings) {
            return new Verdict(verifier, false, Status.CANNOT_JUDGE, reason, findings);
        }

        /** This verdict judged again on other findings (a gate's policy left some out); one that could not judge still cannot. */
        public Verdict on(List<Finding> remaining) {
            return status == Status.CANNOT_JUDGE ? cannotJudge(verifier, reason, remaining) : of(verifier, remaining);
        }
    }

    public List<Finding> findings() {
        return verdicts.stream().flatMap(v -> v.findings().stream()).toList();
    }

    /** True when every verdict passed. */
    public boolean passed() {
        return verdicts.stream().allMatch(Verdict::passed);
    }

    /** The overall status: a failure wins, then an abstention, else a pass. */
    public Status status() {
        if (verdicts.stream().anyMatch(v -> v.status() == Status.FAIL)) {
            return Status.FAIL;
        }
        return verdicts.stream().anyMatch(v -> v.status() == Status.CANNOT_JUDGE) ? Status.CANNOT_JUDGE : Status.PASS;
    }
}
