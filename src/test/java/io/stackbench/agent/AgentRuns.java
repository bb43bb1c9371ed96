package io.stackbench.agent;

import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Agent runs for tests: a fresh workspace, record directory and prompt file under a base directory. */
final class AgentRuns {

    static final String PROMPT = "Build it. Don't stop: \"quotes\", $HOME, `backticks` and ; rm -rf / stay text.";

    private AgentRuns() {
    }

    static AgentRun of(Path base, String taskId, int run, Map<String, String> environment, Duration wallTime) {
        try {
            // Spaces and a quote in every path: a template must survive them.
            Path dir = Files.createDirectories(base.resolve("gen 'x' " + taskId + " " + run));
            Path workspace = Files.createDirectories(dir.resolve("work space"));
            Path record = Files.createDirectories(dir.resolve("agent"));
            Path prompt = dir.resolve("the prompt's file.md");
            Files.writeString(prompt, PROMPT);
            return new AgentRun(TaskCatalog.greenfield().get(taskId), run, workspace, record, PROMPT, prompt, environment,
                    new Limits(10, 1.0, wallTime, Duration.ofSeconds(30)), new io.stackbench.runtime.ProcessRunner());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AgentRun of(Path base, Map<String, String> environment) {
        return of(base, "flask-openapi-unconstrained", 1, environment, Duration.ofSeconds(30));
    }
}
