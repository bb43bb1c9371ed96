package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One evaluated run found in a results tree.
 *
 * @param dir the run directory, absolute, so links can be made relative to wherever a report goes
 * @param number the {@code n} of {@code run_<n>}
 */
public record Run(Configuration configuration, int number, Path dir, RunResult result) {

    public Run {
        Objects.requireNonNull(configuration);
        dir = dir.toAbsolutePath().normalize();
        Objects.requireNonNull(result);
    }

    public String taskId() {
        return result.task().id();
    }
}
