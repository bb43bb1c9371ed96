package io.stackbench.cli;

import io.stackbench.eval.Harness;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.SolutionSource;
import io.stackbench.report.BenchSummary;
import io.stackbench.task.Task;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stackbench evaluate --task ID --solution DIR|PATCH}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate one solution (a directory or a patch) of one task, and write its result.json.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--task", required = true, description = "Task id, e.g. flask-openapi-sqlite.")
    String taskId;

    @Option(names = "--solution", required = true, description = "A solution directory, or a patch onto the task's (empty) base tree.")
    Path solution;

    @Option(names = "--out", description = "Run directory (default: results/evaluate/<task>/<timestamp>).")
    Path out;

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    HarnessOptions harness;

    @Override
    public Integer call() {
        Task task = taskOptions.catalog().get(taskId);
        SolutionSource source = SolutionSource.of(solution);
        Path runDir = out != null ? out : Path.of("results", "evaluate", task.id(),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try (Harness h = new Harness(harness.settings(), harness.suiteFile())) {
            h.preflight(List.of(task));
            RunResult result = h.evaluator().evaluate(task, source, runDir);
            var o = spec.commandLine().getOut();
            o.print(new BenchSummary(List.of(result)).render());
            result.phases().forEach(p -> o.printf("  %-9s %-8s %6.2f s%s%n", p.name(), p.status().name().toLowerCase(),
                    p.seconds(), p.message().map(m -> "  " + firstLine(m)).orElse("")));
            o.printf("result: %s%n", runDir.resolve("result.json"));
            o.flush();
        }
        return 0;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
