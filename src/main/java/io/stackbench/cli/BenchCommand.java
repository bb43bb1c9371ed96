package io.stackbench.cli;

import io.stackbench.agent.Agent;
import io.stackbench.agent.AgentSpecs;
import io.stackbench.bench.BenchRunner;
import io.stackbench.bench.ConsoleProgress;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.eval.Harness;
import io.stackbench.eval.RunResult;
import io.stackbench.report.BenchSummary;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.task.TaskFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stackbench bench --agent SPEC --tasks FILTER}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Sweep: an agent solves each selected task, StackBench evaluates each solution; finished runs are kept and skipped when re-run.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agent", required = true, description = "Agent spec; this version has: oracle.")
    String agentSpec;

    @Option(names = "--tasks", defaultValue = "all", description = "Task filter: all, a framework, L0–L3, a constraint, an id, a glob; comma = or, + = and (default: all).")
    String tasks;

    @Option(names = "--runs", defaultValue = "1", description = "Runs per task (default: 1).")
    int runs;

    @Option(names = "--results", defaultValue = "results", description = "Results directory (default: results).")
    Path results;

    @Option(names = "--progress", defaultValue = "console", description = "console, jsonl (one JSON object per event) or none.")
    String progress;

    @Mixin
    HarnessOptions harness;

    private io.stackbench.bench.ProgressListener listener(java.io.PrintWriter out) {
        return switch (progress) {
            case "console" -> new ConsoleProgress(out);
            case "jsonl" -> new io.stackbench.bench.JsonLinesProgress(out);
            case "none" -> io.stackbench.bench.ProgressListener.NONE;
            default -> throw io.stackbench.core.StackBenchException.invalidInput("--progress takes console, jsonl or none, not '" + progress + "'");
        };
    }

    @Override
    public Integer call() {
        if (runs < 1) {
            throw io.stackbench.core.StackBenchException.invalidInput("--runs must be at least 1");
        }
        Settings settings = harness.settings();
        List<Task> selected = TaskCatalog.greenfield().select(TaskFilter.parse(tasks));
        Agent agent = AgentSpecs.parse(agentSpec, settings);
        var out = spec.commandLine().getOut();
        if (progress.equals("console")) {
            out.printf("bench: %s on %d tasks × %d runs → %s%n", agentSpec, selected.size(), runs, results);
        }
        try (Harness h = new Harness(settings, harness.suiteFile())) {
            h.preflight(selected);
            List<RunResult> runResults = new BenchRunner(agent, h.evaluator(), Json.mapper(), listener(out))
                    .run(selected, runs, results);
            if (progress.equals("console")) {
                out.println();
                out.print(new BenchSummary(runResults).render());
            }
            out.flush();
        }
        return 0;
    }
}
