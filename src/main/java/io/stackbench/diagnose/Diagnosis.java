package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * Why one run failed: a coarse category, a logic subcategory where it applies, the rule that
 * decided, and the evidence it rests on.
 *
 * @param rule the classifier rule that decided, e.g. {@code server-error}
 * @param rootFailures failed requests that failed on their own
 * @param blockedFailures failed requests that only failed because an earlier one they depend on did
 * @param judge the LLM judge's opinion, when one was asked
 */
public record Diagnosis(String id, Category category, Optional<Subcategory> subcategory, String rule, List<String> evidence,
                        int rootFailures, int blockedFailures, Optional<JudgeOpinion> judge) {

    public Diagnosis {
        evidence = List.copyOf(evidence);
        judge = judge == null ? Optional.empty() : judge;
    }

    /** An LLM judge's classification of the same evidence. */
    public record JudgeOpinion(String model, Category category, Optional<Subcategory> subcategory, String reasoning) {
    }

    /** The label as one string: {@code logic_error/incorrect_query_logic}, {@code server_startup_failure}. */
    public String label() {
        return category.id() + subcategory.map(s -> "/" + s.id()).orElse("");
    }

    Diagnosis withJudge(JudgeOpinion opinion) {
        return new Diagnosis(id, category, subcategory, rule, evidence, rootFailures, blockedFailures, Optional.of(opinion));
    }
}
