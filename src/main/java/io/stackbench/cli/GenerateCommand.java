package io.stackbench.cli;

import io.stackbench.agent.AgentConfig;
import io.stackbench.agent.AgentSpecs;
import io.stackbench.agent.Generation;
import io.stackbench.agent.Generator;
import io.stackbench.contract.ConduitContract;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.eval.Harness;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Task;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stackbench generate --agent SPEC --task ID --out DIR}: one agent run, no evaluation. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Let an agent solve one task: "
        + "DIR/workspace/ holds its work, DIR/solution.patch the solution, DIR/generation.json how it went, DIR/agent/ its records.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agent", required = true, description = "Agent spec, as for bench.")
    String agentSpec;

    @Option(names = "--task", required = true, description = "Task id.")
    String taskId;

    @Option(names = "--run", defaultValue = "1", description = "Run number, for replay (default: 1).")
    int run;

    @Option(names = "--out", required = true, description = "Output directory (absent or empty).")
    Path out;

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    HarnessOptions harness;

    @Mixin
    AgentOptions agentOptions;

    @Override
    public Integer call() {
        Task task = taskOptions.catalog().get(taskId);
        Settings settings = harness.settings();
        AgentConfig config = agentOptions.config();
        var agent = new AgentSpecs(settings, config).parse(agentSpec);
        PrintWriter console = spec.commandLine().getOut();
        try (Harness h = new Harness(settings, harness.suiteFile())) {
            if (agent.needsRuntime()) {
                // The agent will want port 8080 and, for PostgreSQL tasks, the database.
                h.preflight(List.of(task)).forEach(note -> spec.commandLine().getErr().println("generate: " + note));
            }
            Generation g = new Generator(h.runner(), h.tools(), h.sandboxes(), new PromptRenderer(ConduitContract.load().text()),
                    Json.mapper(), config.localEndpointPorts(),
                    agentOptions.readable(), h.bases()).generate(agent, agentSpec, task, run, out, config.limits(), true);
            console.printf("%s on %s: %s after %s steps, %.1f s; tokens in %s, out %s%s%n", agentSpec, task.id(),
                    g.exitReason().id(), known(g.steps()), g.seconds(), known(g.usage().inputTokens()), known(g.usage().outputTokens()),
                    g.usage().costUsd().map(c -> String.format(java.util.Locale.ROOT, ", $%.4f", c)).orElse(""));
            g.detail().ifPresent(d -> console.println("  " + d));
            console.printf("  solution: %s%n", out.resolve(Generation.PATCH_FILE));
            console.flush();
        }
        return 0;
    }

    /** A count the agent reported, or "unknown". */
    private static String known(java.util.Optional<? extends Number> count) {
        return count.map(String::valueOf).orElse("unknown");
    }
}
