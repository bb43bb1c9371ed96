package io.stackbench.agent.loop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stackbench.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code trajectory.jsonl}: one JSON line per step, appended as each step ends, so a killed run keeps what it did. */
final class Trajectory {

    static final String FILE = "trajectory.jsonl";

    private final Path file;
    private final ObjectMapper json = Json.mapper().disable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);

    Trajectory(Path recordDir) {
        this.file = recordDir.resolve(FILE);
    }

    void append(TrajectoryStep step) {
        try {
            byte[] line = (json.writeValueAsString(step) + "\n").getBytes(StandardCharsets.UTF_8);
            // Opened, written and closed per step: the line is on disk before the next model call.
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode step " + step.step(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}
