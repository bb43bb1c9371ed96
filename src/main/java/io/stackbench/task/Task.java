package io.stackbench.task;

import java.util.List;
import java.util.Optional;

/**
 * One benchmark task: a framework and a constraint set, with the study's id
 * ({@code <framework>-openapi-<constraints>}); a feature task also names the feature removed from
 * its base ({@code <framework>-feature-<feature>}).
 */
public record Task(Framework framework, ConstraintSet constraints, Optional<FeatureTask> feature) {

    /** The study's two task families. */
    public enum Kind {
        GREENFIELD, FEATURE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A greenfield task: build the whole API from an empty directory. */
    public Task(Framework framework, ConstraintSet constraints) {
        this(framework, constraints, Optional.empty());
    }

    /** Every server listens here; the study fixed it in the prompt. */
    public static final int PORT = 8080;
    public static final String BASE_PATH = "/api";
    public static final String HEALTH_CHECK_PATH = "/api/health-check";

    public String id() {
        return feature.map(f -> f.base() instanceof FeatureTask.Directory d ? d.id()
                : framework.id() + "-feature-" + f.feature().id()).orElseGet(() -> framework.id() + "-openapi-" + constraints.id());
    }

    public Kind kind() {
        return feature.isPresent() ? Kind.FEATURE : Kind.GREENFIELD;
    }

    public Runtime runtime() {
        return framework.runtime();
    }

    public int level() {
        return constraints.level();
    }

    /** The database the task demands, if any. */
    public Optional<Constraint> database() {
        return constraints.dimension(Constraint.Kind.DATABASE);
    }

    /** The commands the evaluation pipeline runs to install dependencies, as the prompt states them. */
    public List<String> setupCommands() {
        return switch (runtime()) {
            case PYTHON -> List.of("uv pip install -r requirements.txt", "chmod +x run.sh");
            case NODE -> List.of("npm install", "chmod +x run.sh");
        };
    }

    public String runCommand() {
        return "./run.sh";
    }
}
