package io.stackbench.cli;

import io.stackbench.report.Dimension;
import io.stackbench.report.Report;
import io.stackbench.report.ReportFormat;
import io.stackbench.report.ResultsTree;
import io.stackbench.report.RunLinks;
import io.stackbench.report.RunPages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stackbench report RESULTS}: the study's metrics and tables from a results tree. */
@Command(name = "report", mixinStandardHelpOptions = true,
        // picocli formats descriptions: a percent sign is written %%.
        description = "Metrics and tables from a results tree: A%%, strict A%%, data-layer-sound A%%, success, pass@k by "
                + "level, framework, runtime, constraint and configuration; ΔA%%, marginal effects, decay test; runtime "
                + "data-layer rules; an HTML report with charts.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", description = "The results directory (<agent>/<model>/<task>/run_<n>/result.json).")
    Path results;

    @Option(names = "--by", split = ",", paramLabel = "DIMENSION",
            description = "Group by level, framework, runtime, constraint, agent or model; repeat or comma-separate to cross "
                    + "(--by framework,level). Without it: the standard set of tables.")
    List<String> by = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, json, md, latex or html (default: table).")
    String format;

    @Option(names = "--output", description = "Write the report to FILE instead of standard output; an HTML report gets one "
            + "page per run beside it, in runs/<agent>/<model>/<task>/run_<n>.html.")
    Path output;

    @Override
    public Integer call() {
        ReportFormat chosen = parseFormat();
        List<Dimension> dimensions = by.stream().map(s -> Dimension.fromId(s.trim().toLowerCase(Locale.ROOT))).toList();
        ResultsTree.Loaded loaded = new ResultsTree().load(results);
        PrintWriter err = spec.commandLine().getErr();
        loaded.warnings().forEach(w -> err.println("stackbench: warning: " + w));
        err.flush();
        Path linkBase = output == null ? Path.of("") : output.toAbsolutePath().getParent();
        // Run pages go beside the report's file, so only an HTML report written to a file has them.
        boolean runPages = chosen == ReportFormat.HTML && output != null;
        String rendered = chosen.render(Report.of(loaded.runs(), dimensions), new RunLinks(linkBase, runPages));
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(rendered);
        } else {
            OutputFile.write(output, rendered);
            out.printf("report: %d runs → %s%n", loaded.runs().size(), output);
        }
        if (runPages) {
            int pages = RunPages.write(loaded.runs(), output);
            out.printf("run pages: %d → %s%n", pages, output.toAbsolutePath().getParent().resolve("runs"));
        }
        out.flush();
        return 0;
    }

    private ReportFormat parseFormat() {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.name().equalsIgnoreCase(format)) {
                return f;
            }
        }
        throw io.stackbench.core.StackBenchException.invalidInput("--format takes table, csv, json, md, latex or html, got '" + format + "'");
    }
}
