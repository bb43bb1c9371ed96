package io.stackbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.agent.Agent;
import io.stackbench.agent.Generation;
import io.stackbench.agent.Generator;
import io.stackbench.agent.Limits;
import io.stackbench.core.StackBenchException;
import io.stackbench.eval.Evaluator;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.SolutionSource;
import io.stackbench.runtime.Workspace;
import io.stackbench.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A sweep: for each task and run, the agent produces a solution in
 * {@code <results>/<agent>/<model>/<task>/run_<n>/generation/} and the evaluator scores its patch
 * in {@code run_<n>/}. Up to {@code jobs} generations run at once, each in its own workspace;
 * evaluations run one at a time, because every server listens on the same fixed port.
 *
 * <p>Crash safety rests on two files written last and atomically: a run with a valid
 * {@code result.json} is complete and kept; a run with a valid {@code generation/generation.json}
 * but no result keeps its generation (model calls are the expensive part) and is evaluated again;
 * anything else in a run directory is the debris of a killed sweep and is removed and redone.
 */
public final class BenchRunner {

    private static final String GENERATION_DIR = "generation";

    private final Agent agent;
    private final String spec;
    private final Generator generator;
    private final Evaluator evaluator;
    private final Limits limits;
    private final int jobs;
    private final ObjectMapper json;
    private final ProgressListener progress;
    private final ReentrantLock evaluation = new ReentrantLock(true);
    private final boolean sealed;

    /**
     * @param sealed whether runs are sandboxed: then evaluations run in parallel too, each on a
     *               loopback and database of its own; unsealed, they take turns on the host's port
     */
    public BenchRunner(Agent agent, String spec, Generator generator, Evaluator evaluator, Limits limits, int jobs,
                       boolean sealed, ObjectMapper json, ProgressListener progress) {
        if (jobs < 1) {
            throw StackBenchException.invalidInput("--jobs must be at least 1, not " + jobs);
        }
        this.agent = agent;
        this.spec = spec;
        this.generator = generator;
        this.evaluator = evaluator;
        this.limits = limits;
        this.jobs = jobs;
        this.json = json;
        this.progress = progress;
        this.sealed = sealed;
    }

    /** Runs every (task, run) not finished by an earlier sweep; returns all results in task and run order. */
    public List<RunResult> run(List<Task> tasks, int runs, Path results) {
        Path root = results.toAbsolutePath().normalize();
        List<Slot> slots = new ArrayList<>();
        for (Task task : tasks) {
            for (int run = 1; run <= runs; run++) {
                slots.add(new Slot(task, run, runDirectory(root, task, run)));
            }
        }
        SweepCounter counter = new SweepCounter(slots.size());
        List<Optional<RunResult>> earlier = slots.stream().map(s -> readResult(s.dir())).toList();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            earlier.get(i).ifPresent(r -> progress.finished(slot.task(), slot.run(), r, true, counter.finished(r, true)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "bench-job");
            t.setDaemon(true);
            return t;
        });
        // Results are taken as they complete, so the first run that fails for StackBench's own
        // reasons (PostgreSQL gone, a bad key) stops the sweep at once, not when its turn comes.
        CompletionService<Indexed> done = new ExecutorCompletionService<>(pool);
        RunResult[] out = new RunResult[slots.size()];
        int submitted = 0;
        try {
            for (int i = 0; i < slots.size(); i++) {
                if (earlier.get(i).isPresent()) {
                    out[i] = earlier.get(i).get();
                    continue;
                }
                int index = i;
                Slot slot = slots.get(i);
                done.submit(() -> {
                    RunResult result = runOne(slot, counter);
                    progress.finished(slot.task(), slot.run(), result, false, counter.finished(result, false));
                    return new Indexed(index, result);
                });
                submitted++;
            }
            for (int i = 0; i < submitted; i++) {
                Indexed next = await(done);
                out[next.index()] = next.result();
            }
            return List.of(out);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code <results>/<agent>/<model>/<task>/run_<n>}. */
    public Path runDirectory(Path results, Task task, int run) {
        return results.resolve(pathSegment(agent.name())).resolve(pathSegment(agent.model())).resolve(task.id())
                .resolve("run_" + run);
    }

    private RunResult runOne(Slot slot, SweepCounter counter) {
        Path genDir = slot.dir().resolve(GENERATION_DIR);
        // A finished generation is its record and its patch; without the patch there is nothing to evaluate.
        Optional<Generation> kept = Generation.read(genDir, json).filter(g -> Files.isRegularFile(genDir.resolve(g.patch())));
        Generation generation;
        if (kept.isPresent()) {
            generation = kept.get();
            clearExcept(slot.dir(), GENERATION_DIR);
        } else {
            Workspace.deleteTree(slot.dir());
            progress.started(slot.task(), slot.run(), ProgressListener.Stage.GENERATE, counter.tally());
            generation = generator.generate(agent, spec, slot.task(), slot.run(), genDir, limits, false);
        }
        progress.started(slot.task(), slot.run(), ProgressListener.Stage.QUEUED, counter.tally());
        if (sealed) {
            return evaluate(slot, genDir, generation, counter);
        }
        try {
            evaluation.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StackBenchException.unexpectedState("the sweep stopped before " + slot.task().id() + " run " + slot.run()
                    + " was evaluated; its generation is kept");
        }
        try {
            return evaluate(slot, genDir, generation, counter);
        } finally {
            evaluation.unlock();
        }
    }

    private RunResult evaluate(Slot slot, Path genDir, Generation generation, SweepCounter counter) {
        progress.started(slot.task(), slot.run(), ProgressListener.Stage.EVALUATE, counter.tally());
        RunResult result = evaluator.evaluate(slot.task(), new SolutionSource(SolutionSource.Kind.PATCH,
                genDir.resolve(generation.patch())), slot.dir(), Optional.of(summary(generation)));
        if (Thread.currentThread().isInterrupted()) {
            // The sweep is being stopped and the evaluation was cut short (its suite or
            // server killed): that score is not the solution's, so it must not count.
            Workspace.deleteTree(slot.dir().resolve(Evaluator.RESULT_FILE));
            throw StackBenchException.unexpectedState("the evaluation of " + slot.task().id() + " run " + slot.run()
                    + " was interrupted; it is not recorded");
        }
        return result;
    }

    private static RunResult.Generation summary(Generation g) {
        return new RunResult.Generation(g.agent().name(), g.agent().model(), g.exitReason().id(), g.steps(),
                g.usage().inputTokens(), g.usage().outputTokens(), g.usage().costUsd(), g.seconds(), g.usage().cachedInputTokens());
    }

    private static Indexed await(CompletionService<Indexed> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StackBenchException.unexpectedState("interrupted while waiting for the sweep's runs");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw StackBenchException.internal("a run of the sweep failed", e.getCause());
        }
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
            // Unreadable or from an unknown version: the run is redone rather than trusted.
            return Optional.empty();
        }
    }

    private static void clearExcept(Path dir, String keep) {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> !p.getFileName().toString().equals(keep)).forEach(Workspace::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    /** Model names such as {@code meta-llama/Llama-3-70b} must stay one path segment. */
    static String pathSegment(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._+=@-]", "_");
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "_" + safe : safe;
    }

    private record Slot(Task task, int run, Path dir) {
    }

    private record Indexed(int index, RunResult result) {
    }
}
