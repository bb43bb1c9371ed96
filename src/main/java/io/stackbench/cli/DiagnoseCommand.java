package io.stackbench.cli;

import io.stackbench.core.Json;
import io.stackbench.diagnose.Diagnose;
import io.stackbench.diagnose.DiagnosisFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackbench diagnose RESULTS}: why each failed run failed, in the study's taxonomy. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Classify every failed run of a results tree (or another harness's failure records) into the study's "
                + "failure taxonomy, with the evidence; writes diagnosis.json beside each failed run's result.json.")
final class DiagnoseCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Input input;

    /** A results tree or a records file, not both. */
    static final class Input {
        @Parameters(paramLabel = "RESULTS", description = "A results directory (<agent>/<model>/<task>/run_<n>/result.json).")
        Path results;

        @Option(names = "--records", paramLabel = "FILE",
                description = "Failure records of another harness, JSON Lines (schema in docs/diagnose.md).")
        Path records;
    }

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: table).")
    Format format;

    @Option(names = "--validate", paramLabel = "LABELS",
            description = "JSON Lines of id, category and subcategory: print accuracy, per-class precision and recall, and Cohen's kappa.")
    Path labels;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        Diagnose diagnose = new Diagnose(Json.mapper());
        Diagnose.Outcome outcome = input.records != null ? diagnose.records(input.records) : diagnose.results(input.results);
        DiagnosisFormats formats = new DiagnosisFormats(Json.mapper());
        String rendered = switch (format) {
            case table -> formats.table(outcome);
            case json -> formats.json(outcome);
            case csv -> formats.csv(outcome);
        };
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            try {
                Files.writeString(output, rendered);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + output, e);
            }
        } else {
            out.print(rendered);
        }
        if (labels != null) {
            Diagnose.Validation v = diagnose.validate(outcome, labels);
            out.print(DiagnosisFormats.agreement("categories", v.categories()));
            out.print(DiagnosisFormats.agreement("logic subcategories", v.logicSubcategories()));
            v.errors().forEach(e -> out.println("label error: " + e.where() + ": " + e.message()));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        outcome.errors().forEach(e -> err.println("stackbench: " + e.where() + ": " + e.message()));
        err.flush();
        return 0;
    }
}
