package io.stackbench.gate;

import io.stackbench.verify.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The config file's {@code rules:} (off, or another severity) and {@code exceptions:} (allowed findings) applied to findings. */
record Policy(Map<String, RuleLevel> rules, List<AllowedFindings> exceptions) {

    /** What is left to report, and what an exception allows. */
    record Outcome(List<GateFinding> reported, List<Suppression> suppressed) {
        Outcome {
            reported = List.copyOf(reported);
            suppressed = List.copyOf(suppressed);
        }
    }

    Policy {
        rules = Map.copyOf(rules);
        exceptions = List.copyOf(exceptions);
    }

    static Policy of(GateConfig config) {
        return new Policy(config.rules(), config.exceptions());
    }

    Outcome apply(List<GateFinding> findings) {
        List<GateFinding> reported = new ArrayList<>();
        List<Suppression> suppressed = new ArrayList<>();
        for (GateFinding gf : findings) {
            RuleLevel level = rules.get(gf.finding().ruleId());
            if (level == RuleLevel.OFF) {
                continue;
            }
            GateFinding rated = level == null ? gf : gf.withFinding(withSeverity(gf.finding(), level));
            exceptions.stream().filter(e -> e.allows(rated.finding())).findFirst().ifPresentOrElse(
                    e -> suppressed.add(new Suppression(rated, Suppression.Kind.EXCEPTION, e.reason())),
                    () -> reported.add(rated));
        }
        return new Outcome(reported, suppressed);
    }

    private static Finding withSeverity(Finding f, RuleLevel level) {
        return new Finding(f.ruleId(), level.severity().orElseThrow(), f.verifier(), f.message(), f.file(), f.line());
    }
}
