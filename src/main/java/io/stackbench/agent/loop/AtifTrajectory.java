package io.stackbench.agent.loop;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stackbench.agent.Atif;
import io.stackbench.agent.Usage;
import io.stackbench.core.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loop's run as an ATIF trajectory ({@code trajectory.json}, {@link Atif#FILE}): step 1 the
 * system prompt, step 2 the task prompt, then one agent step per model turn. Rewritten (atomically)
 * after every turn, so a run that is killed keeps a valid file; the last write adds the totals.
 *
 * <p>An agent step's {@code message} is the model's whole reply; its {@code reasoning_content} is
 * the prose before the {@code ```bash} block, which the system prompt asks to be the reasoning
 * for the command. The command is one {@code bash} tool call, and its output (as the model was
 * shown it) the observation; exit code, time-out and byte count go in the step's {@code extra}.
 * A reply that ran nothing (a format error) has no tool call: the reminder the model got is its
 * observation, the problem is {@code extra.formatError}.
 */
final class AtifTrajectory {

    /** The agent name written in the trajectory: the loop itself, whatever provider serves the model. */
    static final String AGENT = "stackbench-loop";
    static final String TOOL = "bash";

    private final Path file;
    private final Atif.AgentInfo agent;
    private final String sessionId;
    private final Map<String, Object> extra;
    private final List<Atif.Step> steps = new ArrayList<>();

    AtifTrajectory(Path recordDir, String version, String model, String sessionId, Map<String, Object> extra) {
        this.file = recordDir.resolve(Atif.FILE);
        this.agent = new Atif.AgentInfo(AGENT, version, Optional.of(model));
        this.sessionId = sessionId;
        this.extra = Map.copyOf(extra);
    }

    /** The system and the task prompt, as the conversation's first two steps. */
    void start(String system, String instance, Instant at) {
        steps.add(Atif.Step.message(1, "system", system, Optional.of(at.toString())));
        steps.add(Atif.Step.message(2, "user", instance, Optional.of(at.toString())));
        write(Optional.empty());
    }

    /**
     * One model turn.
     *
     * @param at       when the model was asked
     * @param reminder what the model was told instead of running a command, for a format error
     */
    void turn(TrajectoryStep step, Instant at, Optional<String> reminder) {
        int id = steps.size() + 1;
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("modelSeconds", step.modelSeconds());
        facts.put("commandSeconds", step.commandSeconds());
        Optional<List<Atif.ToolCall>> calls = Optional.empty();
        Optional<Atif.Observation> observation = Optional.empty();
        if (step.command().isPresent()) {
            String callId = "call_" + step.step();
            calls = Optional.of(List.of(new Atif.ToolCall(callId, TOOL,
                    JsonNodeFactory.instance.objectNode().put("command", step.command().get()))));
            // A command stopped at the wall-time limit before it ran has no output and no exit code.
            observation = step.output().map(o -> new Atif.Observation(List.of(new Atif.ObservationResult(Optional.of(callId), o))));
            step.exitCode().ifPresent(c -> facts.put("exitCode", c));
            facts.put("timedOut", step.timedOut());
            facts.put("outputBytes", step.outputBytes());
        }
        step.formatError().ifPresent(p -> facts.put("formatError", p));
        if (reminder.isPresent()) {
            observation = Optional.of(new Atif.Observation(List.of(new Atif.ObservationResult(Optional.empty(), reminder.get()))));
        }
        Usage usage = new Usage(step.inputTokens(), step.outputTokens(), step.costUsd());
        steps.add(new Atif.Step(id, Optional.of(at.toString()), "agent", agent.modelName(), step.reply(),
                reasoning(step.reply()), calls, observation, Optional.of(Atif.Metrics.of(usage)), Optional.of(facts)));
        write(Optional.empty());
    }

    /** The last write: the run's totals ({@code total_steps} counts model turns, as {@code generation.json}'s steps). */
    void finish(Usage usage, int turns) {
        write(Optional.of(Atif.FinalMetrics.of(usage, Optional.of(turns))));
    }

    private void write(Optional<Atif.FinalMetrics> totals) {
        Json.writeAtomically(Json.mapper(), file, new Atif.Trajectory(Atif.SCHEMA_VERSION, sessionId, agent, steps,
                Optional.empty(), totals, extra.isEmpty() ? Optional.empty() : Optional.of(extra)));
    }

    /** The prose before the reply's first {@code ```bash} line, when there is any. */
    static Optional<String> reasoning(String reply) {
        StringBuilder prose = new StringBuilder();
        for (String line : reply.split("\\R", -1)) {
            if (line.strip().equals(ParsedReply.OPEN)) {
                String text = prose.toString().strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
            prose.append(line).append('\n');
        }
        return Optional.empty();
    }
}
