package io.stackbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.agent.Agent;
import io.stackbench.eval.Evaluator;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.SolutionSource;
import io.stackbench.runtime.Workspace;
import io.stackbench.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sweep: for each task and run, the agent produces a solution and the evaluator scores it, in
 * {@code <results>/<agent>/<model>/<task>/run_<n>/}. A run whose {@code result.json} exists is
 * kept and not repeated; a run directory without one is incomplete and is redone.
 */
public final class BenchRunner {

    private final Agent agent;
    private final Evaluator evaluator;
    private final ObjectMapper json;
    private final ProgressListener progress;

    public BenchRunner(Agent agent, Evaluator evaluator, ObjectMapper json, ProgressListener progress) {
        this.agent = agent;
        this.evaluator = evaluator;
        this.json = json;
        this.progress = progress;
    }

    public List<RunResult> run(List<Task> tasks, int runs, Path results) {
        List<RunResult> out = new ArrayList<>();
        int total = tasks.size() * runs;
        int done = 0;
        for (Task task : tasks) {
            for (int run = 1; run <= runs; run++) {
                Path runDir = runDirectory(results, task, run);
                Optional<RunResult> earlier = readResult(runDir);
                if (earlier.isEmpty()) {
                    progress.started(task, run, done, total);
                }
                RunResult result = earlier.orElseGet(() -> generateAndEvaluate(task, runDir));
                out.add(result);
                done++;
                progress.finished(task, run, result, earlier.isPresent(), done, total);
            }
        }
        return out;
    }

    public Path runDirectory(Path results, Task task, int run) {
        return results.resolve(agent.name()).resolve(agent.model()).resolve(task.id()).resolve("run_" + run);
    }

    private RunResult generateAndEvaluate(Task task, Path runDir) {
        Workspace.deleteTree(runDir);
        Path generated = runDir.resolve("generation");
        try {
            Files.createDirectories(generated);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + generated, e);
        }
        agent.generate(task, generated);
        RunResult result = evaluator.evaluate(task, new SolutionSource(SolutionSource.Kind.DIRECTORY, generated), runDir);
        // The evaluated tree is kept as solution/; the agent's copy would only duplicate it.
        Workspace.deleteTree(generated);
        return result;
    }

    private Optional<RunResult> readResult(Path runDir) {
        Path file = runDir.resolve(Evaluator.RESULT_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            RunResult result = json.readValue(file.toFile(), RunResult.class);
            return RunResult.SCHEMA.equals(result.schema()) ? Optional.of(result) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
