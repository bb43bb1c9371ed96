package io.stackbench.diagnose;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The study's taxonomy table over a set of diagnoses: each coarse category as a share of failed
 * runs, each logic subcategory as a share of logic errors, and the data-layer share.
 */
public record Taxonomy(int failedRuns, Map<Category, Integer> categories, int logicErrors, Map<Subcategory, Integer> subcategories) {

    public Taxonomy {
        categories = Map.copyOf(categories);
        subcategories = Map.copyOf(subcategories);
    }

    public static Taxonomy of(List<Diagnosis> diagnoses) {
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        Map<Subcategory, Integer> subcategories = new EnumMap<>(Subcategory.class);
        for (Category c : Category.values()) {
            categories.put(c, 0);
        }
        for (Subcategory s : Subcategory.values()) {
            subcategories.put(s, 0);
        }
        int logic = 0;
        for (Diagnosis d : diagnoses) {
            categories.merge(d.category(), 1, Integer::sum);
            if (d.category() == Category.LOGIC_ERROR) {
                logic++;
                subcategories.merge(d.subcategory().orElse(Subcategory.UNKNOWN), 1, Integer::sum);
            }
        }
        return new Taxonomy(diagnoses.size(), categories, logic, subcategories);
    }

    public double percent(Category c) {
        return failedRuns == 0 ? Double.NaN : 100.0 * categories.get(c) / failedRuns;
    }

    public double percent(Subcategory s) {
        return logicErrors == 0 ? Double.NaN : 100.0 * subcategories.get(s) / logicErrors;
    }

    /** Incorrect query logic and database runtime errors, as a share of logic errors (the study's headline). */
    public double dataLayerPercentOfLogic() {
        return logicErrors == 0 ? Double.NaN : 100.0 * dataLayer() / logicErrors;
    }

    /** The same runs as a share of all failed runs. */
    public double dataLayerPercentOfFailed() {
        return failedRuns == 0 ? Double.NaN : 100.0 * dataLayer() / failedRuns;
    }

    private int dataLayer() {
        return subcategories.entrySet().stream().filter(e -> e.getKey().dataLayer()).mapToInt(Map.Entry::getValue).sum();
    }
}
