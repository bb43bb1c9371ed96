package io.stackbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.eval.Evaluator;
import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a results directory holds for a sweep's slots, whichever shards or machines wrote it: read
 * from the run directories alone, so it needs no shard to be running and no shard to talk to.
 */
public final class SweepStatus {

    /** A slot's state, as its run directory tells it. */
    public enum State {
        /** A valid result.json with no failing phase and no agent error. */
        DONE("done"),
        /** A valid result.json with a failing phase or an agent error: finished and scored. */
        FAILED("failed"),
        /** infra.json and no result: not scored; a sweep with the same arguments retries it. */
        INFRA("infra-failed"),
        /** Anything else in the run directory: a run in progress, or the debris of a killed shard. */
        STARTED("in progress or debris"),
        /** No run directory. */
        MISSING("missing");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the slot has its result, good or bad. */
        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /**
     * One slot.
     *
     * @param configuration {@code <agent>/<model>} as the results tree names it
     * @param shard the shard that wrote the result, when a sharded sweep did
     * @param host the machine that wrote the result, when it recorded one
     * @param detail why a failed or infra-failed run failed
     */
    public record Slot(String configuration, String task, int run, State state, Optional<String> shard, Optional<String> host,
                       Optional<String> detail) {
    }

    private final ObjectMapper json;

    public SweepStatus(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The state of every (task, run) slot of each configuration.
     *
     * @param configurations {@code <agent>/<model>} directories under {@code results}; see {@link #configurations(Path)}
     */
    public List<Slot> read(Path results, List<String> configurations, List<Task> tasks, int runs) {
        List<Slot> slots = new ArrayList<>();
        for (String configuration : configurations) {
            for (Task task : tasks) {
                for (int run = 1; run <= runs; run++) {
                    slots.add(slot(configuration, task.id(), run, results.resolve(configuration).resolve(task.id())
                            .resolve("run_" + run)));
                }
            }
        }
        return slots;
    }

    /** The {@code <agent>/<model>} directory of an agent, as a sweep names it. */
    public static String configuration(String agentName, String model) {
        return BenchRunner.pathSegment(agentName) + "/" + BenchRunner.pathSegment(model);
    }

    /** The {@code <agent>/<model>} directories found in {@code results}, sorted. */
    public static List<String> configurations(Path results) {
        List<String> found = new ArrayList<>();
        for (Path agent : directories(results)) {
            for (Path model : directories(agent)) {
                found.add(agent.getFileName() + "/" + model.getFileName());
            }
        }
        return found;
    }

    /** How many slots are in each state. */
    public static Map<State, Integer> totals(List<Slot> slots) {
        Map<State, Integer> totals = new EnumMap<>(State.class);
        for (State state : State.values()) {
            totals.put(state, 0);
        }
        slots.forEach(s -> totals.merge(s.state(), 1, Integer::sum));
        return totals;
    }

    private Slot slot(String configuration, String task, int run, Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Slot(configuration, task, run, State.MISSING, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<RunResult> result = result(dir.resolve(Evaluator.RESULT_FILE));
        if (result.isPresent()) {
            RunResult r = result.get();
            boolean agentError = r.generation().filter(g -> g.exitReason().equals("error")).isPresent();
            boolean failed = r.failingPhase().isPresent() || agentError;
            Optional<String> detail = failed ? Optional.of(r.failingPhase().map(p -> "failed at " + p)
                    .orElse("agent error")) : Optional.empty();
            return new Slot(configuration, task, run, failed ? State.FAILED : State.DONE,
                    r.provenance().flatMap(RunResult.Provenance::shard), r.provenance().map(RunResult.Provenance::host), detail);
        }
        Path infra = dir.resolve(InfraRecord.FILE);
        if (Files.isRegularFile(infra)) {
            Optional<String> cause;
            try {
                JsonNode node = json.readTree(infra.toFile());
                cause = Optional.of(node.path("phase").asText("?") + ": " + node.path("cause").asText("").lines().findFirst()
                        .orElse(""));
            } catch (IOException e) {
                cause = Optional.of("unreadable " + InfraRecord.FILE);
            }
            return new Slot(configuration, task, run, State.INFRA, Optional.empty(), Optional.empty(), cause);
        }
        return new Slot(configuration, task, run, State.STARTED, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Optional<RunResult> result(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            RunResult r = json.readValue(file.toFile(), RunResult.class);
            return RunResult.SCHEMA.equals(r.schema()) ? Optional.of(r) : Optional.empty();
        } catch (IOException e) {
            // As the sweep sees it: a result it cannot read is redone, so the slot is not finished.
            return Optional.empty();
        }
    }

    private static List<Path> directories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
