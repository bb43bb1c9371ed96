package io.stackbench.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The static verifiers: parses a solution tree and runs every rule its requirements call for. */
public final class Verifier {

    private final List<Rule> rules;

    public Verifier() {
        this(Rules.ALL);
    }

    Verifier(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public VerifyReport verify(Path root, Requirements requirements) {
        return verify(root, requirements, List.of());
    }

    /**
     * Verifies the tree at {@code root}, leaving out the files that match one of {@code excludes}
     * (globs relative to the root, e.g. {@code frontend/**}).
     */
    public VerifyReport verify(Path root, Requirements requirements, List<String> excludes) {
        long start = System.nanoTime();
        Project project = Project.load(root.toAbsolutePath().normalize(), excludes);
        Map<String, List<Finding>> byVerifier = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.appliesTo(requirements)) {
                byVerifier.computeIfAbsent(rule.verifier(), k -> new ArrayList<>()).addAll(rule.check(project, requirements));
            }
        }
        Optional<String> unreadable = project.unreadable();
        List<VerifyReport.Verdict> verdicts = new ArrayList<>();
        byVerifier.forEach((verifier, findings) -> {
            findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::ruleId));
            verdicts.add(unreadable.isPresent() ? abstaining(verifier, unreadable.get(), findings) : VerifyReport.Verdict.of(verifier, findings));
        });
        return new VerifyReport(root.toString(), verdicts, project.modules.size(), project.lines(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The verdict on code StackBench cannot read. What rests on seeing code (layers, ORM use)
     * cannot be judged; the database can, where configuration names one, except that an absence
     * of evidence proves nothing.
     */
    private static VerifyReport.Verdict abstaining(String verifier, String reason, List<Finding> findings) {
        if (verifier.equals(Dimension.DATABASE.label())) {
            List<Finding> present = findings.stream().filter(f -> !f.ruleId().equals("database.required-missing")).toList();
            if (findings.isEmpty() || !present.isEmpty()) {
                return VerifyReport.Verdict.of(verifier, findings);
            }
            return VerifyReport.Verdict.cannotJudge(verifier, reason + ", and its configuration names no database", List.of());
        }
        return VerifyReport.Verdict.cannotJudge(verifier, reason, List.of());
    }

    /** Id, summary and severity of every rule, for SARIF and documentation. */
    public static List<RuleDescription> catalogue() {
        return Rules.ALL.stream().map(r -> new RuleDescription(r.id(), r.verifier(), r.summary(), r.severity(), r.projectWide())).toList();
    }

    /**
     * A rule as the outside sees it.
     *
     * @param projectWide its findings are about the whole project (anchored at a manifest), not a line
     */
    public record RuleDescription(String id, String verifier, String summary, Severity severity, boolean projectWide) {
    }
}
