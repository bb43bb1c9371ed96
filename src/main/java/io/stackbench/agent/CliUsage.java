package io.stackbench.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a CLI agent's own output says it spent. Only formats a CLI documents are read; every
 * other agent's spending is {@link Usage#UNKNOWN} rather than a guess.
 */
enum CliUsage {

    /** The CLI prints nothing StackBench can read honestly. */
    @JsonProperty("none")
    NONE {
        @Override
        Optional<Report> read(Path log) {
            return Optional.empty();
        }
    },

    /**
     * Claude Code's {@code --output-format json}: one final object with {@code "type": "result"},
     * {@code total_cost_usd}, {@code num_turns} and {@code usage} (input, cache-creation,
     * cache-read and output tokens). Cached input counts as input: it was sent and billed.
     */
    @JsonProperty("claude-code-json")
    CLAUDE_CODE_JSON {
        @Override
        Optional<Report> read(Path log) {
            ObjectMapper json = new ObjectMapper();
            List<String> lines = lines(log);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).strip();
                if (!line.startsWith("{") || !line.contains("\"result\"")) {
                    continue;
                }
                try {
                    JsonNode result = json.readTree(line);
                    if (!"result".equals(result.path("type").asText()) || !result.path("total_cost_usd").isNumber()) {
                        continue;
                    }
                    JsonNode usage = result.path("usage");
                    long input = usage.path("input_tokens").asLong() + usage.path("cache_creation_input_tokens").asLong()
                            + usage.path("cache_read_input_tokens").asLong();
                    return Optional.of(new Report(new Usage(input, usage.path("output_tokens").asLong(),
                            Optional.of(result.path("total_cost_usd").asDouble())), Math.max(1, result.path("num_turns").asInt(1))));
                } catch (IOException e) {
                    // Not JSON after all (the agent printed something brace-shaped); keep looking.
                }
            }
            return Optional.empty();
        }
    };

    /** Spending and turns, as the CLI reported them. */
    record Report(Usage usage, int steps) {
    }

    abstract Optional<Report> read(Path log);

    private static List<String> lines(Path log) {
        try {
            return Files.isRegularFile(log) ? List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n")) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
