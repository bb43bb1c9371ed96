package io.stackbench.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * What a sweep's generations spent, as far as it is known, against {@code --max-total-cost}.
 * A generation whose cost is unknown (a model without a price, a CLI that does not say) is
 * counted apart: the budget cannot see it.
 */
final class SweepBudget {

    private final Optional<Double> max;
    private double spent;
    private int unknown;
    private int notStarted;

    SweepBudget(Optional<Double> max) {
        this.max = max;
    }

    /** Adds one generation's spending. */
    synchronized void spent(Optional<Double> costUsd) {
        costUsd.ifPresentOrElse(c -> spent += c, () -> unknown++);
    }

    /**
     * Whether a new generation may start; when not, it is counted as not started. Runs in flight
     * are not stopped: the spend can pass the budget by what they spend.
     */
    synchronized boolean mayStart() {
        if (max.isPresent() && spent >= max.get()) {
            notStarted++;
            return false;
        }
        return true;
    }

    synchronized int notStarted() {
        return notStarted;
    }

    /** The summary's lines about the budget; none without one. */
    synchronized Optional<String> describe() {
        if (max.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "budget: $%.4f spent of --max-total-cost $%.2f", spent,
                max.get()));
        if (notStarted > 0) {
            text.append(String.format(Locale.ROOT, "; %d run%s not started: the known spend reached the budget", notStarted,
                    notStarted == 1 ? "" : "s"));
        }
        if (unknown > 0) {
            text.append(String.format(Locale.ROOT, "; %d generation%s of unknown cost (no price known), which the budget"
                    + " could not see", unknown, unknown == 1 ? "" : "s"));
        }
        return Optional.of(text.toString());
    }
}
