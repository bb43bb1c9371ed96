package io.stackbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code infra.json} in a run directory: the attempts of the run that failed for the
 * infrastructure's reasons, the latest first in its top-level fields. A run directory with this
 * file and no {@code result.json} is not scored and a later sweep redoes it; beside a
 * {@code result.json} it is the history of the attempts before the scored one. What each attempt
 * left (its {@code generation/} or its evaluation's {@code logs/}) is kept in {@code attempts/<n>/}.
 *
 * @param phase    where the latest attempt failed: {@code generate} or an evaluation phase
 * @param cause    what failed, with the log line or message that showed it
 * @param attempt  the latest attempt's number, 1 for the first
 * @param attempts every infrastructure-failed attempt, oldest first
 */
public record InfraRecord(String schema, String phase, String cause, int attempt, Instant time, List<Attempt> attempts) {

    public static final String SCHEMA = "stackbench.infra/1";
    public static final String FILE = "infra.json";
    /** Where the evidence of each failed attempt is kept, under the run directory. */
    public static final String ATTEMPTS_DIR = "attempts";

    public InfraRecord {
        attempts = List.copyOf(attempts);
    }

    /**
     * One failed attempt.
     *
     * @param evidence what it left, relative to the run directory
     * @param costUsd  what its generation spent, for a generation that failed; empty when unknown or not generated
     */
    public record Attempt(int attempt, String phase, String cause, Instant time, String evidence, Optional<Double> costUsd,
                          boolean generated) {
        public Attempt {
            costUsd = costUsd == null ? Optional.empty() : costUsd;
        }
    }

    /** The record in {@code runDir}, if a readable one of this schema is there. */
    public static Optional<InfraRecord> read(Path runDir, ObjectMapper json) {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            InfraRecord r = json.readValue(file.toFile(), InfraRecord.class);
            return SCHEMA.equals(r.schema()) ? Optional.of(r) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code earlier} (if any) with {@code next} added as the latest attempt. */
    static InfraRecord append(Optional<InfraRecord> earlier, Attempt next) {
        List<Attempt> all = new ArrayList<>(earlier.map(InfraRecord::attempts).orElse(List.of()));
        all.add(next);
        return new InfraRecord(SCHEMA, next.phase(), next.cause(), next.attempt(), next.time(), all);
    }

    void write(Path runDir, ObjectMapper json) {
        Json.writeAtomically(json, runDir.resolve(FILE), this);
    }
}
