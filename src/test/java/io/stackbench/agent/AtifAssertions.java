package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a {@code trajectory.json} against ATIF v1.4's rules as StackBench writes them: step ids
 * 1, 2, 3… in order, sources {@code system}/{@code user}/{@code agent}, model fields (model name,
 * reasoning, tool calls, metrics) only on agent steps, and every observation result's
 * {@code source_call_id} naming a tool call of its own step. For any agent's trajectory.
 */
public final class AtifAssertions {

    private static final Set<String> SOURCES = Set.of("system", "user", "agent");

    private AtifAssertions() {
    }

    /** The trajectory in {@code file}, after checking it; fails the test with what is wrong. */
    public static JsonNode valid(Path file) throws IOException {
        JsonNode t = Json.mapper().readTree(file.toFile());
        assertThat(t.path("schema_version").asText()).as("schema_version").isEqualTo(Atif.SCHEMA_VERSION);
        assertThat(t.path("session_id").asText()).as("session_id").isNotBlank();
        assertThat(t.path("agent").path("name").asText()).as("agent.name").isNotBlank();
        assertThat(t.path("agent").path("version").isTextual()).as("agent.version is a string").isTrue();
        assertThat(t.path("steps").isArray() && !t.path("steps").isEmpty()).as("steps is a non-empty array").isTrue();
        int expected = 1;
        for (JsonNode step : t.path("steps")) {
            String where = "step " + expected;
            assertThat(step.path("step_id").asInt()).as(where + ": step_id").isEqualTo(expected++);
            String source = step.path("source").asText();
            assertThat(SOURCES).as(where + ": source").contains(source);
            assertThat(step.path("message").isTextual()).as(where + ": message is a string").isTrue();
            if (!source.equals("agent")) {
                for (String field : new String[] {"model_name", "reasoning_content", "tool_calls", "metrics"}) {
                    assertThat(step.has(field)).as(where + " (" + source + "): " + field + " is for agent steps only").isFalse();
                }
            }
            Set<String> calls = new HashSet<>();
            for (JsonNode call : step.path("tool_calls")) {
                assertThat(call.path("tool_call_id").asText()).as(where + ": tool_call_id").isNotBlank();
                assertThat(call.path("function_name").asText()).as(where + ": function_name").isNotBlank();
                assertThat(call.path("arguments").isObject()).as(where + ": arguments is an object").isTrue();
                assertThat(calls.add(call.path("tool_call_id").asText())).as(where + ": tool_call_id unique").isTrue();
            }
            for (JsonNode result : step.path("observation").path("results")) {
                if (result.hasNonNull("source_call_id")) {
                    assertThat(calls).as(where + ": source_call_id names a tool call of the step")
                            .contains(result.path("source_call_id").asText());
                }
            }
        }
        return t;
    }
}
