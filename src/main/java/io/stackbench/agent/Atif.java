package io.stackbench.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agent trajectories in Harbor's Agent Trajectory Interchange Format (ATIF v1.4): one JSON
 * document per run, {@code generation/agent/trajectory.json}, whatever agent made it. Field names
 * are the format's own (snake case); absent optional fields are left out.
 */
public final class Atif {

    /** The format version StackBench writes. */
    public static final String SCHEMA_VERSION = "ATIF-v1.4";
    /** Where a run's trajectory is kept, relative to the agent's record directory. */
    public static final String FILE = "trajectory.json";

    private Atif() {
    }

    /** A whole run: who worked, every step, and the totals. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Trajectory(String schemaVersion, String sessionId, AgentInfo agent, List<Step> steps,
                             Optional<String> notes, Optional<FinalMetrics> finalMetrics, Optional<Map<String, Object>> extra) {
        public Trajectory {
            steps = List.copyOf(steps);
            notes = notes == null ? Optional.empty() : notes;
            finalMetrics = finalMetrics == null ? Optional.empty() : finalMetrics;
            extra = extra == null ? Optional.empty() : extra;
        }
    }

    /** The agent system: its name, version and default model. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record AgentInfo(String name, String version, Optional<String> modelName) {
        public AgentInfo {
            modelName = modelName == null ? Optional.empty() : modelName;
        }
    }

    /**
     * One step: a system prompt, a user message, or an agent turn (the model's reply, the tool
     * calls it made and what they returned).
     *
     * @param source {@code system}, {@code user} or {@code agent}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Step(int stepId, Optional<String> timestamp, String source, Optional<String> modelName, String message,
                       Optional<String> reasoningContent, Optional<List<ToolCall>> toolCalls, Optional<Observation> observation,
                       Optional<Metrics> metrics, Optional<Map<String, Object>> extra) {
        public Step {
            timestamp = timestamp == null ? Optional.empty() : timestamp;
            modelName = modelName == null ? Optional.empty() : modelName;
            message = message == null ? "" : message;
            reasoningContent = reasoningContent == null ? Optional.empty() : reasoningContent;
            toolCalls = toolCalls == null ? Optional.empty() : toolCalls.map(List::copyOf);
            observation = observation == null ? Optional.empty() : observation;
            metrics = metrics == null ? Optional.empty() : metrics;
            extra = extra == null ? Optional.empty() : extra;
        }

        /** A system or user step: just its text. */
        public static Step message(int stepId, String source, String message, Optional<String> timestamp) {
            return new Step(stepId, timestamp, source, Optional.empty(), message, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** One action of the agent; {@code arguments} is a JSON object. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ToolCall(String toolCallId, String functionName, JsonNode arguments) {
    }

    /** What the environment answered to a step's tool calls. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Observation(List<ObservationResult> results) {
        public Observation {
            results = List.copyOf(results);
        }
    }

    /** The result of one tool call ({@code sourceCallId} names it), or of an action without a call id. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record ObservationResult(Optional<String> sourceCallId, String content) {
        public ObservationResult {
            sourceCallId = sourceCallId == null ? Optional.empty() : sourceCallId;
            content = content == null ? "" : content;
        }
    }

    /**
     * A model call's spending. {@code promptTokens} counts every input token, cached ones
     * included; {@code cachedTokens} is the part served from a cache.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Metrics(Optional<Long> promptTokens, Optional<Long> completionTokens, Optional<Long> cachedTokens,
                          Optional<Double> costUsd, Optional<Map<String, Object>> extra) {
        public Metrics {
            promptTokens = promptTokens == null ? Optional.empty() : promptTokens;
            completionTokens = completionTokens == null ? Optional.empty() : completionTokens;
            cachedTokens = cachedTokens == null ? Optional.empty() : cachedTokens;
            costUsd = costUsd == null ? Optional.empty() : costUsd;
            extra = extra == null ? Optional.empty() : extra;
        }

        /** A step's metrics from a usage record. */
        public static Metrics of(Usage usage) {
            return new Metrics(usage.inputTokens(), usage.outputTokens(), usage.cachedInputTokens(), usage.costUsd(), Optional.empty());
        }
    }

    /** Totals over the run. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record FinalMetrics(Optional<Long> totalPromptTokens, Optional<Long> totalCompletionTokens,
                               Optional<Long> totalCachedTokens, Optional<Double> totalCostUsd, Optional<Integer> totalSteps) {
        public FinalMetrics {
            totalPromptTokens = totalPromptTokens == null ? Optional.empty() : totalPromptTokens;
            totalCompletionTokens = totalCompletionTokens == null ? Optional.empty() : totalCompletionTokens;
            totalCachedTokens = totalCachedTokens == null ? Optional.empty() : totalCachedTokens;
            totalCostUsd = totalCostUsd == null ? Optional.empty() : totalCostUsd;
            totalSteps = totalSteps == null ? Optional.empty() : totalSteps;
        }

        /** The totals of a run's usage and steps. */
        public static FinalMetrics of(Usage usage, Optional<Integer> steps) {
            return new FinalMetrics(usage.inputTokens(), usage.outputTokens(), usage.cachedInputTokens(), usage.costUsd(), steps);
        }
    }
}
