package io.stackbench.report;

import io.stackbench.diagnose.Diagnosis;
import io.stackbench.eval.RunResult;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One evaluated run found in a results tree.
 *
 * @param dir the run directory, absolute, so links can be made relative to wherever a report goes
 * @param number the {@code n} of {@code run_<n>}
 * @param diagnosis why the run failed, from the {@code diagnosis.json} that {@code stackbench diagnose}
 *     wrote beside its {@code result.json}; empty for a run that succeeded or was not diagnosed
 */
public record Run(Configuration configuration, int number, Path dir, RunResult result, Optional<Diagnosis> diagnosis) {

    public Run {
        Objects.requireNonNull(configuration);
        dir = dir.toAbsolutePath().normalize();
        Objects.requireNonNull(result);
        Objects.requireNonNull(diagnosis);
    }

    /** A run without a diagnosis. */
    public Run(Configuration configuration, int number, Path dir, RunResult result) {
        this(configuration, number, dir, result, Optional.empty());
    }

    public String taskId() {
        return result.task().id();
    }
}
