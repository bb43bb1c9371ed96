package io.stackbench.agent.loop;

import io.stackbench.agent.AgentOutcome;
import io.stackbench.agent.AgentRun;
import io.stackbench.agent.ExitReason;
import io.stackbench.agent.Usage;
import io.stackbench.agent.model.ChatMessage;
import io.stackbench.agent.model.ChatModel;
import io.stackbench.agent.model.ModelFailure;
import io.stackbench.agent.model.ModelReply;
import io.stackbench.agent.model.Price;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of the loop: ask the model, run its command, show it the result, until it submits or a
 * limit is reached. Limits are checked before every model call, in the order steps, cost, time;
 * a model call and a command each get at most the wall time left.
 */
final class Episode {

    /** Cap on one step's log on disk; the model sees at most {@link OutputView#LIMIT} bytes of it anyway. */
    static final long STEP_LOG_CAP = 1024 * 1024;
    /** Limit for one HTTP attempt of a model call, when more wall time than that is left. */
    static final Duration MODEL_ATTEMPT_TIMEOUT = Duration.ofMinutes(10);

    private final AgentRun run;
    private final String model;
    private final ChatModel chat;
    private final Optional<Price> price;
    private final ProcessRunner runner;
    private final Prompts prompts;
    private final Trajectory trajectory;
    private final AtifTrajectory atif;
    private final long deadline;
    private final List<ChatMessage> messages = new ArrayList<>();
    private int steps;
    private Usage usage;

    Episode(AgentRun run, String model, ChatModel chat, Optional<Price> price, ProcessRunner runner, Prompts prompts,
            AtifTrajectory atif) {
        this.run = run;
        this.model = model;
        this.chat = chat;
        this.price = price;
        this.runner = runner;
        this.prompts = prompts;
        this.trajectory = new Trajectory(run.recordDir());
        this.atif = atif;
        this.deadline = System.nanoTime() + run.limits().wallTime().toNanos();
        // Tokens are counted from the first call; the cost only when the model has a price.
        this.usage = new Usage(0, 0, price.isPresent() ? Optional.of(0.0) : Optional.empty());
    }

    AgentOutcome play() {
        String system = prompts.system(run);
        String instance = prompts.instance(run);
        record(run.recordDir().resolve("system.md"), system);
        messages.add(ChatMessage.system(system));
        messages.add(ChatMessage.user(instance));
        atif.start(system, instance, Instant.now());
        // The model call runs on its own thread so the wall-time limit holds even while the SDK
        // retries: the loop stops waiting at the deadline and abandons the call.
        ExecutorService caller = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "model-call-" + run.task().id() + "-" + run.run());
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                Optional<AgentOutcome> limit = limitReached();
                if (limit.isPresent()) {
                    return limit.get();
                }
                Optional<AgentOutcome> end = step(caller);
                if (end.isPresent()) {
                    return end.get();
                }
            }
        } finally {
            caller.shutdownNow();
        }
    }

    private Optional<AgentOutcome> limitReached() {
        if (steps >= run.limits().maxSteps()) {
            return Optional.of(end(ExitReason.STEP_LIMIT, "reached the step limit of " + run.limits().maxSteps()));
        }
        if (usage.costUsd().filter(c -> c >= run.limits().maxCostUsd()).isPresent()) {
            return Optional.of(end(ExitReason.COST_LIMIT, String.format(Locale.ROOT, "spent $%.4f, reaching the cost limit of $%.2f",
                    usage.costUsd().orElseThrow(), run.limits().maxCostUsd())));
        }
        if (left().isZero()) {
            return Optional.of(timeLimit());
        }
        return Optional.empty();
    }

    /** One model turn and, if the reply holds a command, its run; an outcome when the run ends here. */
    private Optional<AgentOutcome> step(ExecutorService caller) {
        long asked = System.nanoTime();
        Instant askedAt = Instant.now();
        ModelReply reply;
        try {
            reply = ask(caller);
        } catch (TimeoutException e) {
            return Optional.of(timeLimit());
        } catch (ModelFailure e) {
            // An endpoint down or overloaded beyond the client's retries ends the run as the
            // infrastructure's failure: the sweep retries it rather than scoring it.
            return Optional.of(end(e.infrastructure() ? ExitReason.INFRA : ExitReason.ERROR, e.getMessage()));
        }
        double modelSeconds = seconds(System.nanoTime() - asked);
        steps++;
        Optional<Double> stepCost = price.map(p -> p.cost(reply.inputTokens(), reply.outputTokens()));
        usage = usage.plus(new Usage(reply.inputTokens(), reply.outputTokens(), stepCost));
        messages.add(ChatMessage.assistant(reply.text()));

        ParsedReply parsed = ParsedReply.parse(reply.text());
        if (parsed.command().isEmpty()) {
            String problem = parsed.problem().orElseThrow();
            String reminder = prompts.reminder(problem);
            keep(new TrajectoryStep(steps, reply.inputTokens(), reply.outputTokens(), stepCost, reply.text(),
                    Optional.empty(), Optional.of(problem), Optional.empty(), Optional.empty(), 0, false, modelSeconds, 0),
                    askedAt, Optional.of(reminder));
            messages.add(ChatMessage.user(reminder));
            return Optional.empty();
        }
        String command = parsed.command().orElseThrow();
        Duration left = left();
        if (left.isZero()) {
            keep(new TrajectoryStep(steps, reply.inputTokens(), reply.outputTokens(), stepCost, reply.text(),
                    Optional.of(command), Optional.empty(), Optional.empty(), Optional.empty(), 0, false, modelSeconds, 0),
                    askedAt, Optional.empty());
            return Optional.of(timeLimit());
        }
        Duration timeout = min(run.limits().commandTimeout(), left);
        ProcessResult result = run.launcher().run(new ProcessSpec("step " + steps + " command", List.of("bash", "-c", command),
                run.workspace(), run.environment(), false, stepLog(), STEP_LOG_CAP, timeout, true));
        OutputView output = OutputView.of(result);
        keep(new TrajectoryStep(steps, reply.inputTokens(), reply.outputTokens(), stepCost, reply.text(),
                Optional.of(command), Optional.empty(), Optional.of(result.exitCode()), Optional.of(output.shown()),
                output.bytes(), result.timedOut(), modelSeconds, seconds(result.duration().toNanos())), askedAt, Optional.empty());
        if (!result.timedOut() && output.firstLine().equals(Prompts.SUBMIT_MARKER)) {
            return Optional.of(end(ExitReason.SUBMITTED, ""));
        }
        messages.add(ChatMessage.user(prompts.observation(result, output, timeout)));
        return Optional.empty();
    }

    /** A turn into both records: {@code trajectory.jsonl} (kept for its existing readers) and the ATIF trajectory. */
    private void keep(TrajectoryStep step, Instant askedAt, Optional<String> reminder) {
        trajectory.append(step);
        atif.turn(step, askedAt, reminder);
    }

    private ModelReply ask(ExecutorService caller) throws TimeoutException {
        Duration left = left();
        List<ChatMessage> conversation = List.copyOf(messages);
        Future<ModelReply> call = caller.submit(() -> chat.reply(conversation, min(MODEL_ATTEMPT_TIMEOUT, left)));
        try {
            return call.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelFailure("interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                // A rejected key (StackBenchException) passes through and stops the sweep.
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new ModelFailure("the model call failed: " + e.getCause(), e.getCause());
        }
    }

    private AgentOutcome timeLimit() {
        return end(ExitReason.TIME_LIMIT, "ran out of the wall-time limit of " + run.limits().wallTime().toSeconds() + " s");
    }

    private AgentOutcome end(ExitReason reason, String detail) {
        String note = price.isPresent() ? "" : "model '" + model + "' has no price (add it with --prices), so its cost "
                + "is unknown and the cost limit of $" + run.limits().maxCostUsd() + " was not enforced";
        String full = detail.isEmpty() ? note : note.isEmpty() ? detail : detail + "; " + note;
        atif.finish(usage, steps);
        return new AgentOutcome(reason, full.isEmpty() ? Optional.empty() : Optional.of(full), steps, usage);
    }

    private Duration left() {
        long nanos = deadline - System.nanoTime();
        return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(nanos);
    }

    private Path stepLog() {
        return run.recordDir().resolve("steps").resolve(String.format(Locale.ROOT, "%03d.log", steps));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1000.0;
    }

    private static void record(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
