package io.stackbench.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The record of one agent run, written last (and atomically) as {@code generation.json}: a run
 * directory with this file has a finished generation whose patch can be evaluated.
 *
 * @param patch the solution as a patch against the task's base, relative to the generation directory
 */
public record Generation(String schema, String task, int run, AgentInfo agent, ExitReason exitReason,
                         Optional<String> detail, Optional<Integer> steps, Usage usage, Instant started, double seconds,
                         String patch, Map<String, String> versions) {

    public static final String SCHEMA = "stackbench.generation/1";
    public static final String FILE = "generation.json";
    public static final String PATCH_FILE = "solution.patch";

    /**
     * The record in {@code genDir}, when there is a readable one of this schema; anything else
     * (absent, unreadable, another version) is none.
     */
    public static Optional<Generation> read(Path genDir, ObjectMapper json) {
        Path file = genDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Generation g = json.readValue(file.toFile(), Generation.class);
            return SCHEMA.equals(g.schema()) ? Optional.of(g) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Who generated: the spec as typed, and the name and model used in results paths. */
    public record AgentInfo(String spec, String name, String model) {
    }
}
