package io.stackbench.verify;

import java.util.Locale;

/** The constraint dimensions, one verifier each; a rule runs when its dimension is required. */
enum Dimension {
    ARCHITECTURE, DATABASE, ORM;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean requiredBy(Requirements requirements) {
        return switch (this) {
            case ARCHITECTURE -> requirements.cleanArchitecture();
            case DATABASE -> requirements.database().isPresent();
            case ORM -> requirements.orm().isPresent();
        };
    }
}
