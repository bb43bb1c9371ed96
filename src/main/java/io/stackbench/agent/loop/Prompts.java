package io.stackbench.agent.loop;

import io.stackbench.agent.AgentRun;
import io.stackbench.core.Placeholders;
import io.stackbench.core.Resources;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.task.Runtime;
import java.time.Duration;
import java.util.Map;

/** The loop's own prompt templates, next to this class, filled with {@link Placeholders}. */
final class Prompts {

    /** The one command that ends a run; its output's first line is the marker. */
    static final String SUBMIT_MARKER = "STACKBENCH_SUBMIT";
    static final String SUBMIT_COMMAND = "echo " + SUBMIT_MARKER;

    private final String system = Resources.text(Prompts.class, "system.md");
    private final String instance = Resources.text(Prompts.class, "instance.md");
    private final String reminder = Resources.text(Prompts.class, "format-reminder.md");
    private final String observation = Resources.text(Prompts.class, "observation.md");

    String system(AgentRun run) {
        String runtime = run.task().runtime() == Runtime.PYTHON
                ? "A Python virtualenv is active: its `python` and `pip` come first on PATH, and `pip install` installs into it."
                : "Node.js and npm are on PATH.";
        return Placeholders.render(system, Map.of(
                "workspace", run.workspace().toString(),
                "runtime_note", runtime,
                "command_timeout", seconds(run.limits().commandTimeout()),
                "output_limit", String.valueOf(OutputView.LIMIT),
                "output_half", String.valueOf(OutputView.HALF),
                "step_limit", String.valueOf(run.limits().maxSteps()),
                "time_limit", minutes(run.limits().wallTime()),
                "submit_command", SUBMIT_COMMAND), "system.md");
    }

    String instance(AgentRun run) {
        return Placeholders.render(instance, Map.of("task", run.prompt().strip(), "submit_command", SUBMIT_COMMAND),
                "instance.md");
    }

    String reminder(String problem) {
        return Placeholders.render(reminder, Map.of("problem", problem, "submit_command", SUBMIT_COMMAND),
                "format-reminder.md");
    }

    String observation(ProcessResult result, OutputView output, Duration timeout) {
        String timedOut = result.timedOut()
                ? "The command did not finish within " + seconds(timeout) + " and was stopped, with everything it started."
                : "";
        return Placeholders.render(observation, Map.of(
                "exit_code", result.timedOut() ? "none (stopped)" : String.valueOf(result.exitCode()),
                "timeout_note", timedOut,
                "output", output.shown().isEmpty() ? "(no output)" : output.shown()), "observation.md");
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " seconds";
    }

    private static String minutes(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 1 ? minutes + " minutes" : d.toSeconds() + " seconds";
    }
}
