package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/** What one rule concluded: a category, its subcategory, and the evidence in words. */
record Conclusion(Category category, Optional<Subcategory> subcategory, String rule, List<String> evidence) {

    Conclusion {
        evidence = List.copyOf(evidence);
    }

    static Conclusion of(Category category, String rule, String... evidence) {
        return new Conclusion(category, Optional.empty(), rule, List.of(evidence));
    }

    static Conclusion logic(Subcategory subcategory, String rule, String... evidence) {
        return new Conclusion(Category.LOGIC_ERROR, Optional.of(subcategory), rule, List.of(evidence));
    }

    String label() {
        return category.id() + subcategory.map(s -> "/" + s.id()).orElse("");
    }
}
