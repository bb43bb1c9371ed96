package io.stackbench.task;

import java.util.List;
import java.util.Optional;

/**
 * One benchmark task: a framework and a constraint set, with the study's id
 * ({@code <framework>-openapi-<constraints>}).
 */
public record Task(Framework framework, ConstraintSet constraints) {

    /** Every server listens here; the study fixed it in the prompt. */
    public static final int PORT = 8080;
    public static final String BASE_PATH = "/api";
    public static final String HEALTH_CHECK_PATH = "/api/health-check";

    public String id() {
        return framework.id() + "-openapi-" + constraints.id();
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
