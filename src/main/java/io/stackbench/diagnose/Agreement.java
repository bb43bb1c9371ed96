package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far two labellings of the same runs agree: accuracy, each class's precision and recall,
 * and Cohen's κ (agreement beyond what the two label frequencies give by chance).
 *
 * @param pairs how many runs both labelled
 * @param mismatches each disagreement as "id: expected → got"
 */
public record Agreement(int pairs, double accuracy, double kappa, Map<String, ClassScore> classes, List<String> mismatches) {

    public Agreement {
        classes = Map.copyOf(classes);
        mismatches = List.copyOf(mismatches);
    }

    /** One class's precision (of the runs labelled it, how many should be) and recall (of those that should be, how many are). */
    public record ClassScore(int expected, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? Double.NaN : (double) correct / predicted;
        }

        public double recall() {
            return expected == 0 ? Double.NaN : (double) correct / expected;
        }
    }

    /** One run's two labels. */
    public record Pair(String id, String expected, String got) {
    }

    public static Agreement of(List<Pair> pairs) {
        Map<String, int[]> counts = new TreeMap<>();  // class → {expected, predicted, correct}
        List<String> mismatches = new ArrayList<>();
        int correct = 0;
        for (Pair p : pairs) {
            counts.computeIfAbsent(p.expected(), k -> new int[3])[0]++;
            counts.computeIfAbsent(p.got(), k -> new int[3])[1]++;
            if (p.expected().equals(p.got())) {
                correct++;
                counts.get(p.expected())[2]++;
            } else {
                mismatches.add(p.id() + ": " + p.expected() + " → " + p.got());
            }
        }
        int n = pairs.size();
        double observed = n == 0 ? Double.NaN : (double) correct / n;
        // κ = (pₒ − pₑ) / (1 − pₑ), pₑ = Σ over classes of (expected share × predicted share).
        double chance = 0;
        for (int[] c : counts.values()) {
            chance += n == 0 ? 0 : ((double) c[0] / n) * ((double) c[1] / n);
        }
        double kappa = n == 0 ? Double.NaN : chance == 1.0 ? (observed == 1.0 ? 1.0 : 0.0) : (observed - chance) / (1 - chance);
        Map<String, ClassScore> classes = new TreeMap<>();
        counts.forEach((label, c) -> classes.put(label, new ClassScore(c[0], c[1], c[2])));
        return new Agreement(n, observed, kappa, classes, mismatches);
    }

    /** The labels either side used, sorted. */
    public List<String> labels() {
        return new ArrayList<>(new TreeSet<>(classes.keySet()));
    }
}
