package io.stackbench.cli;

import io.stackbench.core.Defaults;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import io.stackbench.diagnose.Diagnose;
import io.stackbench.diagnose.DiagnosisFormats;
import io.stackbench.diagnose.Judge;
import io.stackbench.diagnose.Judged;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** Where API keys and base URLs are read from; tests give their own. */
    private final Map<String, String> environment;

    DiagnoseCommand() {
        this(System.getenv());
    }

    DiagnoseCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

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

    @Option(names = "--judge", paramLabel = "SPEC", description = "Also ask an LLM judge (openai:MODEL or anthropic:MODEL) "
            + "to classify each failed run from the same evidence; its opinion is recorded beside the classifier's label, "
            + "and the agreement of the two is printed.")
    String judge;

    @Option(names = "--judge-base-url", paramLabel = "URL", description = "Model endpoint for the judge (default: "
            + "$OPENAI_BASE_URL or $ANTHROPIC_BASE_URL, else the provider's own). Any OpenAI-compatible server works.")
    String judgeBaseUrl;

    @Option(names = "--judge-api-key-env", paramLabel = "VAR",
            description = "Variable holding the judge's API key (default: OPENAI_API_KEY or ANTHROPIC_API_KEY).")
    String judgeApiKeyVariable;

    @Option(names = "--judge-timeout", paramLabel = "SECONDS",
            description = "Seconds per request to the judge, each retry included anew (default: 180).")
    Long judgeTimeoutSeconds;

    @Option(names = "--judge-cache", paramLabel = "DIR", description = "With --records: where the judge's answers are "
            + "cached (default: .judge-cache next to the records file). Runs of a results tree cache in their own directory.")
    Path judgeCache;

    @Override
    public Integer call() {
        Diagnose diagnose = new Diagnose(Json.mapper());
        Optional<Judged> judged = judge().map(j -> input.records != null
                ? diagnose.records(input.records, j, judgeCache != null ? judgeCache : Diagnose.defaultJudgeCache(input.records))
                : diagnose.results(input.results, j));
        Diagnose.Outcome outcome = judged.map(Judged::outcome).orElseGet(
                () -> input.records != null ? diagnose.records(input.records) : diagnose.results(input.results));
        DiagnosisFormats formats = new DiagnosisFormats(Json.mapper());
        String rendered = switch (format) {
            case table -> formats.table(outcome);
            case json -> formats.json(outcome);
            case csv -> formats.csv(outcome);
        };
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            OutputFile.write(output, rendered);
        } else {
            out.print(rendered);
        }
        if (labels != null) {
            Diagnose.Validation v = diagnose.validate(outcome, labels);
            out.print(DiagnosisFormats.agreement("categories", v.categories()));
            out.print(DiagnosisFormats.agreement("logic subcategories", v.logicSubcategories()));
            v.errors().forEach(e -> out.println("label error: " + e.where() + ": " + e.message()));
        }
        judged.ifPresent(j -> {
            long opinions = j.outcome().diagnoses().stream().filter(d -> d.judge().isPresent()).count();
            out.printf(Locale.ROOT, "judge %s: %d run%s judged (%d request%s, %d from the cache), %d judge error%s%n", judge,
                    opinions, opinions == 1 ? "" : "s", j.asked(), j.asked() == 1 ? "" : "s", j.reused(),
                    j.judgeErrors().size(), j.judgeErrors().size() == 1 ? "" : "s");
            out.print(DiagnosisFormats.agreement("judge vs classifier, categories", j.categories()));
            out.print(DiagnosisFormats.agreement("judge vs classifier, logic subcategories", j.logicSubcategories()));
        });
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        outcome.errors().forEach(e -> err.println("stackbench: " + e.where() + ": " + e.message()));
        judged.ifPresent(j -> j.judgeErrors().forEach(e -> err.println("stackbench: judge: " + e.where() + ": " + e.message())));
        err.flush();
        return 0;
    }

    /** The judge the options name, if any; its options without {@code --judge} are an input error. */
    private Optional<Judge> judge() {
        if (judge == null) {
            if (judgeBaseUrl != null || judgeApiKeyVariable != null || judgeTimeoutSeconds != null || judgeCache != null) {
                throw StackBenchException.invalidInput("--judge-base-url, --judge-api-key-env, --judge-timeout and --judge-cache "
                        + "need --judge openai:MODEL or anthropic:MODEL");
            }
            return Optional.empty();
        }
        if (judgeCache != null && input.records == null) {
            throw StackBenchException.invalidInput("--judge-cache is for --records; the runs of a results tree cache the "
                    + "judge's answers in their own directory (" + Judge.CACHE_FILE + ")");
        }
        if (judgeTimeoutSeconds != null && judgeTimeoutSeconds <= 0) {
            throw StackBenchException.invalidInput("--judge-timeout takes a positive number of seconds");
        }
        Map<String, String> env = environment;
        Optional<String> key = Optional.ofNullable(judgeApiKeyVariable).map(name -> Optional.ofNullable(env.get(name))
                .orElseThrow(() -> StackBenchException.invalidInput("--judge-api-key-env names " + name + ", which is not set")));
        return Optional.of(Judge.connect(new Judge.Settings(judge, Optional.ofNullable(judgeBaseUrl), key,
                Optional.ofNullable(judgeTimeoutSeconds).map(Duration::ofSeconds).orElse(Defaults.JUDGE_TIMEOUT), env)));
    }
}
