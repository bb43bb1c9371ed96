package io.stackbench.cli;

import io.stackbench.agent.Agent;
import io.stackbench.agent.AgentConfig;
import io.stackbench.agent.AgentSpecs;
import io.stackbench.agent.Generator;
import io.stackbench.bench.BenchRunner;
import io.stackbench.bench.ConsoleProgress;
import io.stackbench.bench.JsonLinesProgress;
import io.stackbench.bench.ProgressListener;
import io.stackbench.bench.SweepOutcome;
import io.stackbench.bench.Shard;
import io.stackbench.bench.SweepPolicy;
import io.stackbench.bench.SweepStatus;
import io.stackbench.contract.ConduitContract;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;
import io.stackbench.eval.Harness;
import io.stackbench.report.BenchSummary;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Task;
import io.stackbench.task.TaskFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stackbench bench --agent SPEC --tasks FILTER --runs N --jobs J}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Sweep: an agent solves each selected task, StackBench evaluates each solution. "
                + "Safe to kill and re-run with the same arguments: finished runs are kept, finished generations "
                + "are evaluated, everything else is redone.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agent", description = "Agent spec (required, except with --status): oracle, openai:MODEL, anthropic:MODEL, "
            + "cmd:'TEMPLATE', a CLI preset (claude-code, codex, aider, mini-swe-agent, gemini-cli, opencode)[:MODEL], "
            + "replay:DIR[@AGENT/MODEL]. See docs/agents.md.")
    String agentSpec;

    @Option(names = "--tasks", defaultValue = "all", description = "Task filter: all, a framework, L0–L3, a constraint, an id, a glob; comma = or, + = and (default: all).")
    String tasks;

    @Option(names = "--runs", defaultValue = "1", description = "Runs per task (default: 1).")
    int runs;

    @Option(names = "--jobs", defaultValue = "1", description = "Agent runs at once, each in its own workspace; evaluations run one at a time (default: 1).")
    int jobs;

    @Option(names = "--results", defaultValue = "results", description = "Results directory (default: results).")
    Path results;

    @Option(names = "--progress", defaultValue = "console", description = "console, jsonl (one JSON object per event) or none.")
    String progress;

    @Option(names = "--retries", defaultValue = "2", description = "Further attempts of a run that failed for the "
            + "infrastructure's reasons (model endpoint down or erroring after the client's retries, package registry "
            + "unreachable, sandbox or database not starting, disk full); such a run is never scored (default: 2).")
    int retries;

    @Option(names = "--retry-backoff", defaultValue = "30", description = "Seconds before the first retry of such a run, "
            + "doubling with each further one; other runs go on meanwhile (default: 30).")
    double retryBackoffSeconds;

    @Option(names = "--max-total-cost", description = "USD: no new generation starts once the known spend of the sweep's "
            + "runs (earlier sweeps' kept generations included) reaches it; runs in flight finish.")
    Double maxTotalCost;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only part K of N of the sweep's (task, run) "
            + "slots: sorted by framework, level, task and run, and dealt round-robin, so every shard gets a like mix. "
            + "Give every shard the same --agent, --tasks and --runs; shards may share one --results directory, "
            + "on one machine or many.")
    String shard;

    @Option(names = "--status", description = "Run nothing: say which of the sweep's slots (the same --agent, --tasks "
            + "and --runs; without --agent, every <agent>/<model> in --results) are done, failed, infra-failed, in progress "
            + "(or debris of a killed shard) or missing, across all shards. Exit code 0 when every slot has its result, 1 "
            + "otherwise. With --progress jsonl: one JSON object per slot, then the totals.")
    boolean status;

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    HarnessOptions harness;

    @Mixin
    AgentOptions agentOptions;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw StackBenchException.invalidInput("--runs must be at least 1");
        }
        if (!(retryBackoffSeconds >= 0)) {
            throw StackBenchException.invalidInput("--retry-backoff must be 0 or more seconds");
        }
        SweepPolicy policy = new SweepPolicy(retries, java.time.Duration.ofMillis(Math.round(retryBackoffSeconds * 1000)),
                java.util.Optional.ofNullable(maxTotalCost));
        java.util.Optional<Shard> part = java.util.Optional.ofNullable(shard).map(Shard::parse);
        Settings settings = harness.settings();
        List<Task> selected = taskOptions.catalog().select(TaskFilter.parse(tasks));
        AgentConfig config = agentOptions.config();
        if (status) {
            return new StatusReport(spec.commandLine().getOut(), progress).print(results, configurations(settings, config),
                    selected, runs);
        }
        if (agentSpec == null) {
            throw StackBenchException.invalidInput("bench needs --agent SPEC (only --status goes without)");
        }
        Agent agent = new AgentSpecs(settings, config).parse(agentSpec);
        PrintWriter out = spec.commandLine().getOut();
        ProgressListener listener = listener(out);
        if (progress.equals("console")) {
            out.printf("bench: %s on %d tasks × %d runs%s, %d at a time → %s%n", agentSpec, selected.size(), runs,
                    part.map(p -> ", shard " + p).orElse(""), jobs, results);
        }
        try (Harness h = new Harness(settings, harness.suiteFile())) {
            h.preflight(selected).forEach(note -> spec.commandLine().getErr().println("bench: " + note));
            Generator generator = new Generator(h.runner(), h.tools(), h.sandboxes(),
                    new PromptRenderer(ConduitContract.load().text()), Json.mapper(), config.localEndpointPorts(),
                    agentOptions.readable(), h.bases());
            SweepOutcome outcome = new BenchRunner(agent, agentSpec, generator, h.evaluator(), config.limits(), jobs,
                    h.sandboxes().isolation() == io.stackbench.core.Isolation.SANDBOX, Json.mapper(), listener, policy)
                    .sweep(selected, runs, results, part);
            if (listener instanceof ConsoleProgress console) {
                console.close();
                out.println();
                out.print(new BenchSummary(outcome.results()).render());
                out.print(outcome.notes());
            } else if (!outcome.notes().isEmpty()) {
                // Scripts reading JSON lines from stdout still learn what was not scored.
                spec.commandLine().getErr().print(outcome.notes());
            }
            out.flush();
        }
        return 0;
    }

    /** The configurations --status looks at: the one --agent names, or every one in the results directory. */
    private List<String> configurations(Settings settings, AgentConfig config) {
        if (agentSpec == null) {
            return SweepStatus.configurations(results);
        }
        Agent agent = new AgentSpecs(settings, config).parse(agentSpec);
        return List.of(SweepStatus.configuration(agent.name(), agent.model()));
    }

    private ProgressListener listener(PrintWriter out) {
        return switch (progress) {
            case "console" -> new ConsoleProgress(out, System.console() != null);
            case "jsonl" -> new JsonLinesProgress(out);
            case "none" -> ProgressListener.NONE;
            default -> throw StackBenchException.invalidInput("--progress takes console, jsonl or none, not '" + progress + "'");
        };
    }
}
