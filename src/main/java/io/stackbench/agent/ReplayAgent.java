package io.stackbench.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code replay:DIR[@AGENT/MODEL]}: puts recorded solutions back in place so they are evaluated
 * again, under the agent and model the recording names. A run the recording lacks, or whose
 * patch is malformed, is that run's error, never the sweep's.
 */
final class ReplayAgent implements Agent {

    private final RecordedRuns recorded;
    private final RecordedRuns.Producer producer;
    private final ProcessRunner runner;
    private final ObjectMapper json = Json.mapper();

    ReplayAgent(RecordedRuns recorded, RecordedRuns.Producer producer, ProcessRunner runner) {
        this.recorded = recorded;
        this.producer = producer;
        this.runner = runner;
    }

    /** Parses {@code DIR} or {@code DIR@AGENT/MODEL}; DIR must record one (agent, model) or name one. */
    static ReplayAgent open(String argument, ProcessRunner runner) {
        if (argument.isBlank()) {
            throw StackBenchException.invalidInput("replay needs a directory: replay:DIR or replay:DIR@AGENT/MODEL");
        }
        int at = argument.lastIndexOf('@');
        // A directory whose own name holds '@' is still a directory, not a selection.
        boolean selects = at > 0 && !Files.isDirectory(Path.of(argument)) && argument.indexOf('/', at) > at;
        String dir = selects ? argument.substring(0, at) : argument;
        String selection = selects ? argument.substring(at + 1) : "";
        RecordedRuns recorded = RecordedRuns.scan(Path.of(dir));
        List<RecordedRuns.Producer> producers = recorded.producers();
        String listed = producers.stream().map(Object::toString).collect(Collectors.joining(", "));
        if (!selection.isEmpty()) {
            return producers.stream().filter(p -> p.toString().equals(selection)).findFirst()
                    .map(p -> new ReplayAgent(recorded, p, runner))
                    .orElseThrow(() -> StackBenchException.invalidInput(dir + " has no runs of " + selection + "; it has: " + listed));
        }
        if (producers.size() > 1) {
            throw StackBenchException.invalidInput(dir + " holds runs of " + producers.size() + " agent/model pairs: " + listed
                    + "; choose one with replay:" + dir + "@AGENT/MODEL, e.g. replay:" + dir + "@" + producers.get(0));
        }
        return new ReplayAgent(recorded, producers.get(0), runner);
    }

    @Override
    public String name() {
        return producer.agent();
    }

    @Override
    public String model() {
        return producer.model();
    }

    @Override
    public boolean needsRuntime() {
        return false;
    }

    @Override
    public Map<String, String> versions() {
        return Map.of("replay", recorded.root() + " (" + recorded.layout().name().toLowerCase(java.util.Locale.ROOT) + " layout)");
    }

    @Override
    public AgentOutcome run(AgentRun run) {
        String what = "run " + run.run() + " of " + run.task().id() + " by " + producer;
        Path dir = recorded.find(producer, run.task().id(), run.run()).orElse(null);
        if (dir == null) {
            return AgentOutcome.error("no recording of " + what + " in " + recorded.root(), 0, Usage.NONE);
        }
        try {
            // The workspace holds the task's base (nothing, for a greenfield task): a recorded
            // patch applies to it, a recorded tree replaces it.
            Workspace workspace = Workspace.open(run.workspace(), run.recordDir().resolve("logs"), runner);
            Path solution = solution(dir);
            if (Files.isDirectory(solution)) {
                workspace.replaceWith(solution);
            } else {
                workspace.applyPatch(solution);
            }
            return recordedOutcome(dir).orElse(AgentOutcome.submitted(0, Usage.NONE));
        } catch (StackBenchException e) {
            if (e.kind() != StackBenchException.Kind.INVALID_INPUT) {
                throw e;
            }
            return AgentOutcome.error("cannot replay " + what + ": " + e.getMessage(), 0, Usage.NONE);
        } catch (UncheckedIOException e) {
            return AgentOutcome.error("cannot replay " + what + ": " + e.getMessage(), 0, Usage.NONE);
        }
    }

    /**
     * How the recorded agent fared, from the run's {@code generation/generation.json}: a re-scored
     * run keeps the original agent's exit reason, steps, tokens and cost, so reports on the
     * replayed tree still say what the solutions cost to make.
     */
    private Optional<AgentOutcome> recordedOutcome(Path dir) {
        if (recorded.layout() != RecordedRuns.Layout.STACKBENCH) {
            return Optional.empty();
        }
        // An unreadable record is no reason not to re-score the solution.
        return Generation.read(dir.resolve("generation"), json).map(g -> new AgentOutcome(g.exitReason(),
                Optional.of("replayed from " + dir + g.detail().map(d -> "; originally: " + d).orElse("")), g.steps(), g.usage()));
    }

    /** The recorded solution: a patch, or a directory tree when a results run kept only that. */
    private Path solution(Path dir) {
        if (recorded.layout() == RecordedRuns.Layout.STUDY) {
            List<Path> patches = list(dir).stream().filter(p -> p.getFileName().toString().endsWith(".patch")
                    && Files.isRegularFile(p)).toList();
            if (patches.size() != 1) {
                throw StackBenchException.invalidInput(dir + " holds " + patches.size() + " *.patch files"
                        + (patches.isEmpty() ? "" : " (" + patches.stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining(", ")) + ")") + "; expected exactly one");
            }
            return patches.get(0);
        }
        // result.json's own patch first: it is exactly what was evaluated.
        for (Path candidate : List.of(dir.resolve(Generation.PATCH_FILE), dir.resolve("generation").resolve(Generation.PATCH_FILE))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        if (Files.isDirectory(dir.resolve("solution"))) {
            return dir.resolve("solution");
        }
        throw StackBenchException.invalidInput(dir + " has no solution.patch, generation/solution.patch or solution/");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
