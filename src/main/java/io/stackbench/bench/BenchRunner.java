package io.stackbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.agent.Agent;
import io.stackbench.agent.ExitReason;
import io.stackbench.agent.Generation;
import io.stackbench.agent.Generator;
import io.stackbench.agent.Limits;
import io.stackbench.core.InfraFailure;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * A run the infrastructure failed has an {@link InfraRecord} and no result: it is not scored,
 * the sweep tries it again after a backoff, and a later sweep redoes it; its earlier attempts
 * stay in {@code attempts/}.
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
    private final SweepPolicy policy;

    /**
     * @param sealed whether runs are sandboxed: then evaluations run in parallel too, each on a
     *               loopback and database of its own; unsealed, they take turns on the host's port
     */
    public BenchRunner(Agent agent, String spec, Generator generator, Evaluator evaluator, Limits limits, int jobs,
                       boolean sealed, ObjectMapper json, ProgressListener progress) {
        this(agent, spec, generator, evaluator, limits, jobs, sealed, json, progress, SweepPolicy.DEFAULT);
    }

    /** @param policy retries of infrastructure failures and the sweep's budget */
    public BenchRunner(Agent agent, String spec, Generator generator, Evaluator evaluator, Limits limits, int jobs,
                       boolean sealed, ObjectMapper json, ProgressListener progress, SweepPolicy policy) {
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
        this.policy = java.util.Objects.requireNonNull(policy);
    }

    /** Runs every (task, run) not finished by an earlier sweep; returns the scored results in task and run order. */
    public List<RunResult> run(List<Task> tasks, int runs, Path results) {
        return sweep(tasks, runs, results).results();
    }

    /**
     * Runs every (task, run) not finished by an earlier sweep. A run that fails for the
     * infrastructure's reasons is recorded ({@link InfraRecord}) and tried again after a backoff,
     * while the other runs go on; one that still fails after the policy's retries is not scored.
     */
    public SweepOutcome sweep(List<Task> tasks, int runs, Path results) {
        return sweep(tasks, runs, results, Optional.empty());
    }

    /**
     * Runs this shard's part of the sweep (all of it when {@code shard} is empty). A shard reads,
     * clears and redoes only its own slots' run directories, so shards may share one results
     * directory while they run.
     */
    public SweepOutcome sweep(List<Task> tasks, int runs, Path results, Optional<Shard> shard) {
        Path root = results.toAbsolutePath().normalize();
        List<Slot> all = new ArrayList<>();
        for (Task task : tasks) {
            for (int run = 1; run <= runs; run++) {
                all.add(new Slot(task, run, runDirectory(root, task, run), shard.map(Shard::toString)));
            }
        }
        List<Slot> slots = shard.map(s -> s.select(all, slot -> Shard.Key.of(slot.task(), slot.run()))).orElse(all);
        SweepCounter counter = new SweepCounter(slots.size());
        SweepBudget budget = new SweepBudget(policy.maxTotalCostUsd());
        slots.forEach(slot -> spentBefore(slot, budget));
        List<Optional<RunResult>> earlier = slots.stream().map(s -> readResult(s.dir())).toList();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            earlier.get(i).ifPresent(r -> progress.finished(slot.task(), slot.run(), r, true, counter.finished(r, true)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemon("bench-job"));
        // Retries wait on a timer rather than in a job thread, so other runs go on meanwhile.
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("bench-retry"));
        // Results are taken as they complete, so the first run that fails for StackBench's own
        // reasons (a bad key) stops the sweep at once, not when its turn comes.
        CompletionService<Attempted> done = new ExecutorCompletionService<>(pool);
        RunResult[] out = new RunResult[slots.size()];
        List<SweepOutcome.Infra> notScored = new ArrayList<>();
        Map<Integer, SweepOutcome.Infra> failedOnce = new TreeMap<>();
        int pending = 0;
        try {
            for (int i = 0; i < slots.size(); i++) {
                if (earlier.get(i).isPresent()) {
                    out[i] = earlier.get(i).get();
                    continue;
                }
                submit(done, i, slots.get(i), 1, counter, budget);
                pending++;
            }
            while (pending > 0) {
                Attempted next = await(done);
                pending--;
                Slot slot = slots.get(next.index());
                if (next.result().isPresent()) {
                    out[next.index()] = next.result().get();
                } else if (next.infra().isPresent()) {
                    SweepOutcome.Infra infra = next.infra().get();
                    failedOnce.putIfAbsent(next.index(), infra);
                    if (next.attempt() <= policy.retries()) {
                        Duration wait = policy.backoffBefore(next.attempt() + 1);
                        progress.infra(slot.task(), slot.run(), infra.phase(), infra.cause(), Optional.of(wait), counter.tally());
                        int index = next.index();
                        int attempt = next.attempt() + 1;
                        timer.schedule(() -> submit(done, index, slot, attempt, counter, budget), wait.toMillis(),
                                TimeUnit.MILLISECONDS);
                        pending++;
                    } else {
                        notScored.add(infra);
                        progress.infra(slot.task(), slot.run(), infra.phase(), infra.cause(), Optional.empty(), counter.infra());
                    }
                } else {
                    progress.notStarted(slot.task(), slot.run(), "the sweep's known spend reached --max-total-cost",
                            counter.notStarted());
                }
            }
            List<SweepOutcome.Infra> recovered = new ArrayList<>();
            failedOnce.forEach((index, infra) -> {
                if (out[index] != null) {
                    recovered.add(infra);
                }
            });
            return new SweepOutcome(Stream.of(out).filter(java.util.Objects::nonNull).toList(), notScored, recovered,
                    budget.notStarted(), budget.describe());
        } finally {
            timer.shutdownNow();
            pool.shutdownNow();
        }
    }

    private void submit(CompletionService<Attempted> done, int index, Slot slot, int attempt, SweepCounter counter,
                        SweepBudget budget) {
        done.submit(() -> attempt(index, slot, attempt, counter, budget));
    }

    /** One attempt of a run: its result, its infrastructure failure (recorded), or nothing when the budget forbade it. */
    private Attempted attempt(int index, Slot slot, int attempt, SweepCounter counter, SweepBudget budget) {
        try {
            Optional<RunResult> result = runOne(slot, counter, budget);
            result.ifPresent(r -> progress.finished(slot.task(), slot.run(), r, false, counter.finished(r, false)));
            return new Attempted(index, attempt, result, Optional.empty());
        } catch (InfraFailure e) {
            return new Attempted(index, attempt, Optional.empty(), Optional.of(recordInfra(slot, e)));
        }
    }

    /** {@code <results>/<agent>/<model>/<task>/run_<n>}. */
    public Path runDirectory(Path results, Task task, int run) {
        return results.resolve(pathSegment(agent.name())).resolve(pathSegment(agent.model())).resolve(task.id())
                .resolve("run_" + run);
    }

    private Optional<RunResult> runOne(Slot slot, SweepCounter counter, SweepBudget budget) {
        Path genDir = slot.dir().resolve(GENERATION_DIR);
        // A finished generation is its record and its patch; without the patch there is nothing to
        // evaluate. One the infrastructure cut short is no finished generation.
        Optional<Generation> kept = Generation.read(genDir, json).filter(g -> g.exitReason() != ExitReason.INFRA)
                .filter(g -> Files.isRegularFile(genDir.resolve(g.patch())));
        Generation generation;
        if (kept.isPresent()) {
            generation = kept.get();
            clearExcept(slot.dir(), Set.of(GENERATION_DIR, InfraRecord.FILE, InfraRecord.ATTEMPTS_DIR));
        } else {
            if (!budget.mayStart()) {
                return Optional.empty();
            }
            clearExcept(slot.dir(), Set.of(InfraRecord.FILE, InfraRecord.ATTEMPTS_DIR));
            progress.started(slot.task(), slot.run(), ProgressListener.Stage.GENERATE, counter.tally());
            generation = generator.generate(agent, spec, slot.task(), slot.run(), genDir, limits, false);
            budget.spent(generation.usage().costUsd());
            if (generation.exitReason() == ExitReason.INFRA) {
                throw new InfraFailure("generate", generation.detail().orElse(agent.name() + " could not reach its model"));
            }
        }
        progress.started(slot.task(), slot.run(), ProgressListener.Stage.QUEUED, counter.tally());
        if (sealed) {
            return Optional.of(evaluate(slot, genDir, generation, counter));
        }
        try {
            evaluation.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StackBenchException.unexpectedState("the sweep stopped before " + slot.task().id() + " run " + slot.run()
                    + " was evaluated; its generation is kept");
        }
        try {
            return Optional.of(evaluate(slot, genDir, generation, counter));
        } finally {
            evaluation.unlock();
        }
    }

    /**
     * Writes the attempt into {@code infra.json} and keeps what it left in {@code attempts/<n>/}:
     * a failed generation entirely (so the next attempt generates afresh), an evaluation's logs
     * (its generation stays in place to be evaluated again).
     */
    private SweepOutcome.Infra recordInfra(Slot slot, InfraFailure failure) {
        Optional<InfraRecord> earlier = InfraRecord.read(slot.dir(), json);
        int number = earlier.map(r -> r.attempts().size()).orElse(0) + 1;
        String evidence = InfraRecord.ATTEMPTS_DIR + "/" + number;
        Path kept = slot.dir().resolve(evidence);
        boolean generated = failure.phase().equals("generate");
        Optional<Double> cost = Optional.empty();
        try {
            Workspace.deleteTree(kept);
            Files.createDirectories(kept);
            if (generated) {
                cost = Generation.read(slot.dir().resolve(GENERATION_DIR), json).flatMap(g -> g.usage().costUsd());
                moveIfPresent(slot.dir().resolve(GENERATION_DIR), kept.resolve(GENERATION_DIR));
            } else {
                moveIfPresent(slot.dir().resolve("logs"), kept.resolve("logs"));
                clearExcept(slot.dir(), Set.of(GENERATION_DIR, InfraRecord.FILE, InfraRecord.ATTEMPTS_DIR));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the failed attempt of " + slot.task().id() + " run " + slot.run(), e);
        }
        InfraRecord.append(earlier, new InfraRecord.Attempt(number, failure.phase(), failure.cause(), Instant.now(), evidence,
                cost, generated)).write(slot.dir(), json);
        return new SweepOutcome.Infra(slot.task().id(), slot.run(), failure.phase(), failure.cause());
    }

    /** What this slot's generations spent before this sweep: its kept generation and its failed attempts. */
    private void spentBefore(Slot slot, SweepBudget budget) {
        Generation.read(slot.dir().resolve(GENERATION_DIR), json).ifPresent(g -> budget.spent(g.usage().costUsd()));
        InfraRecord.read(slot.dir(), json).ifPresent(r -> r.attempts().stream().filter(InfraRecord.Attempt::generated)
                .forEach(a -> budget.spent(a.costUsd())));
    }

    private static void moveIfPresent(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private RunResult evaluate(Slot slot, Path genDir, Generation generation, SweepCounter counter) {
        progress.started(slot.task(), slot.run(), ProgressListener.Stage.EVALUATE, counter.tally());
        RunResult result = evaluator.evaluate(slot.task(), new SolutionSource(SolutionSource.Kind.PATCH,
                genDir.resolve(generation.patch())), slot.dir(), Optional.of(summary(generation)), slot.shard());
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

    private static Attempted await(CompletionService<Attempted> done) {
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

    private static void clearExcept(Path dir, Set<String> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> !keep.contains(p.getFileName().toString())).forEach(Workspace::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    /** Model names such as {@code meta-llama/Llama-3-70b} must stay one path segment. */
    static String pathSegment(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._+=@-]", "_");
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "_" + safe : safe;
    }

    /** @param shard the sweep's shard, which the slot's result records */
    private record Slot(Task task, int run, Path dir, Optional<String> shard) {
    }

    /** One attempt's end: a result, an infrastructure failure, or neither (not started, for the budget). */
    private record Attempted(int index, int attempt, Optional<RunResult> result, Optional<SweepOutcome.Infra> infra) {
    }
}
