package io.stackbench.agent;

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
                         Optional<String> detail, int steps, Usage usage, Instant started, double seconds,
                         String patch, Map<String, String> versions) {

    public static final String SCHEMA = "stackbench.generation/1";
    public static final String FILE = "generation.json";
    public static final String PATCH_FILE = "solution.patch";

    /** Who generated: the spec as typed, and the name and model used in results paths. */
    public record AgentInfo(String spec, String name, String model) {
    }
}
