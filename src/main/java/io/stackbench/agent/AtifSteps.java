package io.stackbench.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds an ATIF trajectory in the order a CLI's record tells it: messages, agent turns, then the
 * tool calls and observations that belong to the latest turn. Step ids are numbered from 1.
 */
final class AtifSteps {

    private final List<Atif.Step> steps = new ArrayList<>();
    private final List<Atif.ToolCall> calls = new ArrayList<>();
    private final List<Atif.ObservationResult> results = new ArrayList<>();
    private Atif.Step turn;

    void system(String message, Optional<String> timestamp) {
        message("system", message, timestamp);
    }

    void user(String message, Optional<String> timestamp) {
        message("user", message, timestamp);
    }

    /** Starts an agent turn; calls and observations that follow belong to it. */
    void agent(Optional<String> timestamp, String model, String message, Optional<String> reasoning, List<Atif.ToolCall> toolCalls,
               Optional<Atif.Metrics> metrics) {
        flush();
        turn = new Atif.Step(steps.size() + 1, timestamp, "agent", Optional.of(model).filter(m -> !m.isEmpty()), message, reasoning,
                Optional.empty(), Optional.empty(), metrics, Optional.empty());
        calls.addAll(toolCalls);
    }

    boolean hasAgentStep() {
        return turn != null || steps.stream().anyMatch(s -> s.source().equals("agent"));
    }

    /** A tool call of the current turn. */
    void call(Atif.ToolCall call) {
        calls.add(call);
    }

    /** What the environment answered in the current turn. */
    void observe(Optional<String> sourceCallId, String content) {
        results.add(new Atif.ObservationResult(sourceCallId, content));
    }

    /** The trajectory, with totals summed from the agent steps' metrics (a total is absent when any step lacks it). */
    Atif.Trajectory trajectory(String sessionId, String agent, String version, String model) {
        flush();
        List<Atif.Metrics> metrics = steps.stream().filter(s -> s.source().equals("agent"))
                .map(s -> s.metrics().orElse(new Atif.Metrics(null, null, null, null, null))).toList();
        Usage total = metrics.stream().map(m -> new Usage(m.promptTokens(), m.cachedTokens(), m.completionTokens(), m.costUsd()))
                .reduce(Usage.of(0, 0, 0, Optional.of(0.0)), Usage::plus);
        return new Atif.Trajectory(Atif.SCHEMA_VERSION, sessionId, new Atif.AgentInfo(agent, version, Optional.of(model).filter(m -> !m.isEmpty())),
                steps, Optional.empty(), Optional.of(Atif.FinalMetrics.of(total, Optional.of(metrics.size()))), Optional.empty());
    }

    private void message(String source, String message, Optional<String> timestamp) {
        flush();
        steps.add(Atif.Step.message(steps.size() + 1, source, message, timestamp));
    }

    private void flush() {
        if (turn == null) {
            return;
        }
        steps.add(new Atif.Step(turn.stepId(), turn.timestamp(), turn.source(), turn.modelName(), turn.message(), turn.reasoningContent(),
                calls.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(calls)),
                results.isEmpty() ? Optional.empty() : Optional.of(new Atif.Observation(results)), turn.metrics(), Optional.empty()));
        turn = null;
        calls.clear();
        results.clear();
    }
}
