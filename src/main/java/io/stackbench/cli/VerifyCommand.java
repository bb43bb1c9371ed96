package io.stackbench.cli;

import io.stackbench.core.BuildInfo;
import io.stackbench.core.Json;
import io.stackbench.gate.Gate;
import io.stackbench.gate.GateOptions;
import io.stackbench.gate.GateReport;
import io.stackbench.gate.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackbench verify DIR}: the static verifiers as a CI gate. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a Python/Node service for structural constraints: clean architecture, database, ORM.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at error severity and every verdict judged", "1:findings at error severity",
            "2:usage or input error", "3:environment problem (git missing)", "5:no finding at error severity, but a verifier could not judge"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The solution's root directory (not needed with --explain).")
    Path dir;

    @Option(names = "--task", description = "Apply this task's constraints (e.g. flask-openapi-clean_architecture-sqlite-sqlalchemy).")
    String taskId;

    @Option(names = "--framework", description = "The framework (flask, express, …); checked against --orm.")
    String framework;

    @Option(names = "--architecture", description = "Architecture to enforce: clean.")
    String architecture;

    @Option(names = "--database", description = "Required database: postgres, sqlite, mysql, mongodb, sqlserver or oracle.")
    String database;

    @Option(names = "--orm", description = "Required ORM: sqlalchemy, django, sequelize, prisma, typeorm, drizzle or mikro-orm.")
    String orm;

    @Option(names = "--layer-folder", paramLabel = "LAYER=NAMES",
            description = "Extra folder names for a layer, comma-separated (e.g. routes=endpoints,http); "
                    + "layers: routes, services, repositories, models. Repeatable.")
    Map<String, String> layerFolders = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this config file instead of the .stackbench.yml, .stackbench.yaml or stackbench.toml found from DIR.")
    Path config;

    @Option(names = "--no-config", description = "Ignore every config file.")
    boolean noConfig;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not in this baseline (default: the config file's).")
    Path baseline;

    @Option(names = "--update-baseline", description = "Write the current findings to the baseline and exit 0.")
    boolean updateBaseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only findings in files changed since this git ref (plus project-wide findings).")
    String changedSince;

    @Option(names = "--explain", paramLabel = "RULE", description = "Print a rule's page (why it exists, a bad and a good example).")
    String explain;

    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json, sarif, junit or codequality (default: text).")
    ReportFormats.Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Gate gate = new Gate();
        if (explain != null) {
            out.print(gate.explain(explain));
            out.flush();
            return 0;
        }
        if (dir == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'DIR' (or give --explain RULE)");
        }
        Map<String, List<String>> folders = new LinkedHashMap<>();
        layerFolders.forEach((layer, names) -> folders.put(layer, List.of(names.split(","))));
        GateReport report = gate.run(new GateOptions(dir, Optional.ofNullable(config), noConfig, Optional.ofNullable(taskId),
                Optional.ofNullable(framework), Optional.ofNullable(architecture), Optional.ofNullable(database),
                Optional.ofNullable(orm), folders, Optional.ofNullable(baseline), updateBaseline, Optional.ofNullable(changedSince)));
        ReportFormats formats = new ReportFormats(Json.mapper(), BuildInfo.load().version());
        String rendered = formats.render(format, report);
        if (output != null && report.baselineWritten().isEmpty()) {
            OutputFile.write(output, rendered);
            out.print(formats.text(report));
        } else {
            out.print(report.baselineWritten().isPresent() ? formats.text(report) : rendered);
        }
        out.flush();
        return report.exitCode();
    }

    /** Format names as written on the command line: lower case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormats.Format> {
        @Override
        public ReportFormats.Format convert(String value) {
            try {
                return ReportFormats.Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected text, json, sarif, junit or codequality, got '" + value + "'");
            }
        }
    }
}
