package io.stackbench.cli;

import io.stackbench.core.BuildInfo;
import io.stackbench.gate.ReportFormats;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import io.stackbench.task.Framework;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.verify.Database;
import io.stackbench.verify.Orm;
import io.stackbench.verify.Requirements;
import io.stackbench.verify.Verifier;
import io.stackbench.verify.VerifyReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stackbench verify DIR}: the static verifiers as a CI gate. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a Python/Node service for structural constraints: clean architecture, database, ORM.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at error severity", "1:findings at error severity", "2:usage or input error"})
final class VerifyCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The solution's root directory.")
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
    java.util.Map<String, String> layerFolders = new java.util.LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: text).")
    Format format;

    @Option(names = "--output", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        VerifyReport report = new Verifier().verify(dir, requirements());
        ReportFormats formats = new ReportFormats(Json.mapper(), BuildInfo.load().version());
        String rendered = switch (format) {
            case text -> formats.text(report);
            case json -> formats.json(report);
            case sarif -> formats.sarif(report);
        };
        if (output != null) {
            try {
                Files.writeString(output, rendered);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + output, e);
            }
            spec.commandLine().getOut().print(formats.text(report));
        } else {
            spec.commandLine().getOut().print(rendered);
        }
        spec.commandLine().getOut().flush();
        return report.passed() ? 0 : 1;
    }

    private Requirements requirements() {
        Optional<Framework> fw = Optional.ofNullable(framework).map(Framework::fromId);
        Requirements base = new Requirements(false, Optional.empty(), Optional.empty());
        if (taskId != null) {
            Task task = TaskCatalog.greenfield().get(taskId);
            fw = fw.or(() -> Optional.of(task.framework()));
            base = Requirements.of(task.constraints());
        }
        if (architecture != null && !architecture.equals("clean")) {
            throw StackBenchException.invalidInput("--architecture takes 'clean', got '" + architecture + "'");
        }
        Optional<Database> db = Optional.ofNullable(database).map(Database::fromId).or(base::database);
        Optional<Orm> o = Optional.ofNullable(orm).map(Orm::fromId).or(base::orm);
        if (o.isPresent() && fw.isPresent() && Orm.fromId(fw.get().orm().id()) != o.get()) {
            throw StackBenchException.invalidInput(fw.get().id() + " solutions use " + fw.get().orm().id() + ", not " + o.get().id());
        }
        java.util.Map<String, java.util.List<String>> folders = new java.util.LinkedHashMap<>();
        layerFolders.forEach((layer, names) -> folders.put(layer, java.util.List.of(names.split(","))));
        return new Requirements(base.cleanArchitecture() || architecture != null, db, o, folders);
    }
}
