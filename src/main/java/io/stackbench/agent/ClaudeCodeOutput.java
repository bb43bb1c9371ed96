package io.stackbench.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Claude Code's {@code --output-format json}: one final object with {@code "type": "result"},
 * {@code total_cost_usd}, {@code num_turns} and {@code usage}. Cached input counts as input: it
 * was sent and billed.
 */
final class ClaudeCodeOutput implements AgentOutput {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Optional<CliReport> read(Path recordDir, Path log) {
        List<String> lines = AgentOutput.lines(log);
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
                long cached = usage.path("cache_creation_input_tokens").asLong() + usage.path("cache_read_input_tokens").asLong();
                long input = usage.path("input_tokens").asLong() + cached;
                return Optional.of(new CliReport(Usage.of(input, usage.path("cache_read_input_tokens").asLong(),
                        usage.path("output_tokens").asLong(), Optional.of(result.path("total_cost_usd").asDouble())),
                        Optional.of(result.path("num_turns").asInt(0)), Optional.empty()));
            } catch (IOException e) {
                // Not JSON after all (the agent printed something brace-shaped); keep looking.
            }
        }
        return Optional.empty();
    }
}
