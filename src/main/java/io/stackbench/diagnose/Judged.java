package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagnoses with the judge's opinions beside the classifier's labels, the runs the judge
 * could not answer for, and how many answers were asked for and how many came from the cache.
 *
 * @param outcome the diagnoses, each with its judge's opinion where there is one
 * @param judgeErrors runs that keep only their classifier diagnosis, and why
 * @param asked requests made to the model
 * @param reused answers taken from the cache instead
 */
public record Judged(Diagnose.Outcome outcome, List<Diagnose.RecordError> judgeErrors, int asked, int reused) {

    public Judged {
        judgeErrors = List.copyOf(judgeErrors);
    }

    /** Classifier (expected) against judge (got) over coarse categories, for every judged run. */
    public Agreement categories() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        for (Diagnosis d : outcome.diagnoses()) {
            d.judge().ifPresent(j -> pairs.add(new Agreement.Pair(d.id(), d.category().id(), j.category().id())));
        }
        return Agreement.of(pairs);
    }

    /** The same over logic subcategories, for the runs both call logic errors; a missing subcategory is {@code none}. */
    public Agreement logicSubcategories() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        for (Diagnosis d : outcome.diagnoses()) {
            d.judge().filter(j -> j.category() == Category.LOGIC_ERROR && d.category() == Category.LOGIC_ERROR)
                    .ifPresent(j -> pairs.add(new Agreement.Pair(d.id(), d.subcategory().map(Subcategory::id).orElse("none"),
                            j.subcategory().map(Subcategory::id).orElse("none"))));
        }
        return Agreement.of(pairs);
    }
}
