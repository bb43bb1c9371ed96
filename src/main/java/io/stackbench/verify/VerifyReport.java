package io.stackbench.verify;

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

    /** One verifier's verdict: it passes when none of its findings is an error. */
    public record Verdict(String verifier, boolean passed, List<Finding> findings) {
        public Verdict {
            findings = List.copyOf(findings);
        }
    }

    public List<Finding> findings() {
        return verdicts.stream().flatMap(v -> v.findings().stream()).toList();
    }

    /** True when no finding is at error severity. */
    public boolean passed() {
        return verdicts.stream().allMatch(Verdict::passed);
    }
}
