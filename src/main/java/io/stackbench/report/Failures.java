package io.stackbench.report;

import io.stackbench.diagnose.Category;
import io.stackbench.diagnose.Diagnosis;
import io.stackbench.diagnose.Subcategory;
import io.stackbench.diagnose.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Why one configuration's runs failed, in the study's taxonomy (its RQ3 table), from the diagnoses
 * {@code stackbench diagnose} wrote. A failed run without a diagnosis is counted as not diagnosed,
 * never guessed: the coarse categories and "not diagnosed" are shares of all failed runs, so they
 * add up to 100; the logic subcategories and the data layer are shares of the (diagnosed) logic errors.
 *
 * @param failedRuns the configuration's runs that did not succeed
 * @param taxonomy the diagnosed failed runs, counted by category and logic subcategory
 */
public record Failures(Configuration configuration, int failedRuns, Taxonomy taxonomy) {

    /** What a share is a share of. */
    public enum Denominator {
        FAILED_RUNS("failed runs"), LOGIC_ERRORS("logic errors");

        private final String label;

        Denominator(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** {@code failed_runs}, {@code logic_errors}: the name in CSV. */
        public String id() {
            return label.replace(' ', '_');
        }
    }

    /**
     * One row of the table: {@code runs} of the denominator's runs, and their percentage.
     *
     * @param id {@code not_diagnosed}, a category id, {@code logic_error/<subcategory>} or {@code data_layer}
     * @param percent empty when the denominator is 0
     */
    public record Share(String id, String label, Denominator of, int runs, OptionalDouble percent) {
        public Share {
            Objects.requireNonNull(id);
            Objects.requireNonNull(label);
            Objects.requireNonNull(of);
        }
    }

    static final String NOT_DIAGNOSED = "not_diagnosed";
    static final String DATA_LAYER = "data_layer";

    public Failures {
        Objects.requireNonNull(configuration);
        Objects.requireNonNull(taxonomy);
        if (taxonomy.failedRuns() > failedRuns) {
            throw new IllegalArgumentException(taxonomy.failedRuns() + " diagnoses for " + failedRuns + " failed runs");
        }
    }

    /** One entry per configuration of {@code runs}, in configuration order, over its failed runs. */
    static List<Failures> of(List<Run> runs) {
        Map<Configuration, List<Run>> byConfiguration = new TreeMap<>();
        runs.forEach(r -> byConfiguration.computeIfAbsent(r.configuration(), k -> new ArrayList<>()).add(r));
        List<Failures> out = new ArrayList<>();
        byConfiguration.forEach((configuration, rs) -> {
            List<Run> failed = rs.stream().filter(r -> !r.result().success()).toList();
            List<Diagnosis> diagnoses = failed.stream().map(Run::diagnosis).flatMap(Optional::stream).toList();
            out.add(new Failures(configuration, failed.size(), Taxonomy.of(diagnoses)));
        });
        return out;
    }

    /** Whether any of {@code failures} has a diagnosed run: else the report shows a note instead of the table. */
    static boolean anyDiagnosed(List<Failures> failures) {
        return failures.stream().anyMatch(f -> f.diagnosed() > 0);
    }

    static int failedRuns(List<Failures> failures) {
        return failures.stream().mapToInt(Failures::failedRuns).sum();
    }

    static int notDiagnosed(List<Failures> failures) {
        return failures.stream().mapToInt(Failures::notDiagnosed).sum();
    }

    /** The failed runs that have a diagnosis. */
    public int diagnosed() {
        return taxonomy.failedRuns();
    }

    public int notDiagnosed() {
        return failedRuns - diagnosed();
    }

    public int logicErrors() {
        return taxonomy.logicErrors();
    }

    /** Each coarse category, in the taxonomy's order, then the failed runs not diagnosed: shares of failed runs. */
    public List<Share> categories() {
        List<Share> out = new ArrayList<>();
        for (Category c : Category.values()) {
            out.add(share(c.id(), label(c.id()), Denominator.FAILED_RUNS, taxonomy.categories().get(c)));
        }
        out.add(notDiagnosedShare());
        return out;
    }

    public Share notDiagnosedShare() {
        return share(NOT_DIAGNOSED, "not diagnosed", Denominator.FAILED_RUNS, notDiagnosed());
    }

    /** Each logic subcategory, the data layer's two first: shares of logic errors. */
    public List<Share> subcategories() {
        List<Share> out = new ArrayList<>();
        for (Subcategory s : Subcategory.values()) {
            out.add(share(Category.LOGIC_ERROR.id() + "/" + s.id(), label(s.id()), Denominator.LOGIC_ERRORS,
                    taxonomy.subcategories().get(s)));
        }
        return out;
    }

    /** Incorrect query logic and database runtime errors together: a share of logic errors (the study's headline). */
    public Share dataLayer() {
        int runs = taxonomy.subcategories().entrySet().stream().filter(e -> e.getKey().dataLayer())
                .mapToInt(Map.Entry::getValue).sum();
        return share(DATA_LAYER, "data layer (query + database)", Denominator.LOGIC_ERRORS, runs);
    }

    private Share share(String id, String label, Denominator of, int runs) {
        int total = of == Denominator.FAILED_RUNS ? failedRuns : logicErrors();
        return new Share(id, label, of, runs, total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * runs / total));
    }

    /** {@code server_startup_failure} → {@code server startup failure}. */
    private static String label(String id) {
        return id.replace('_', ' ');
    }
}
