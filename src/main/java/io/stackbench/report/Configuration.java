package io.stackbench.report;

import java.util.Comparator;
import java.util.Objects;

/** An agent with its model: the unit the study compares (e.g. {@code oracle/reference}). */
public record Configuration(String agent, String model) implements Comparable<Configuration> {

    private static final Comparator<Configuration> ORDER =
            Comparator.comparing(Configuration::agent).thenComparing(Configuration::model);

    public Configuration {
        Objects.requireNonNull(agent);
        Objects.requireNonNull(model);
    }

    public String id() {
        return agent + "/" + model;
    }

    @Override
    public int compareTo(Configuration other) {
        return ORDER.compare(this, other);
    }
}
