package io.stackbench.bench;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a sweep ended with: the scored runs (the only ones any mean is taken over), the runs left
 * unscored by infrastructure failures, those that needed a retry, and the budget's account.
 *
 * @param results    the scored runs, in task and run order
 * @param notScored  runs whose every attempt of this sweep failed for the infrastructure's reasons
 * @param recovered  runs scored after an infrastructure failure earlier in this sweep, with that failure
 * @param notStarted runs not started because the budget was spent
 * @param budget     the budget's line for the summary; empty without {@code --max-total-cost}
 */
public record SweepOutcome(List<RunResult> results, List<Infra> notScored, List<Infra> recovered, int notStarted,
                           Optional<String> budget) {

    private static final int MAX_CAUSE = 140;

    public SweepOutcome {
        results = List.copyOf(results);
        notScored = List.copyOf(notScored);
        recovered = List.copyOf(recovered);
    }

    /** A run and the cause of its (latest) infrastructure failure. */
    public record Infra(String task, int run, String phase, String cause) {
    }

    /** The summary's lines on what is not in the tables, each ending in a newline; empty when everything was scored. */
    public String notes() {
        List<String> lines = new ArrayList<>();
        if (!notScored.isEmpty()) {
            lines.add(count(notScored.size()) + " not scored: infrastructure (" + causes(notScored) + "); a later sweep "
                    + "with the same arguments retries them");
        }
        if (!recovered.isEmpty()) {
            lines.add(count(recovered.size()) + " scored after a retry: infrastructure failed first (" + causes(recovered) + ")");
        }
        if (notStarted > 0 && budget.isEmpty()) {
            lines.add(count(notStarted) + " not started");
        }
        budget.ifPresent(lines::add);
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static String count(int runs) {
        return String.format(Locale.ROOT, "%d run%s", runs, runs == 1 ? "" : "s");
    }

    private static String causes(List<Infra> runs) {
        Set<String> distinct = new LinkedHashSet<>();
        runs.forEach(r -> distinct.add(r.phase() + ": " + shorten(r.cause())));
        return String.join("; ", distinct);
    }

    private static String shorten(String cause) {
        String flat = cause.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_CAUSE ? flat : flat.substring(0, MAX_CAUSE) + "…";
    }
}
