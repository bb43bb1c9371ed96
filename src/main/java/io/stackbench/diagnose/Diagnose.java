package io.stackbench.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code stackbench diagnose}: why each failed run failed, in the study's taxonomy, by a
 * deterministic classifier that shows its evidence (and, optionally, an LLM judge beside it).
 */
public final class Diagnose {

    /** Written beside each failed run's {@code result.json}. */
    public static final String DIAGNOSIS_FILE = "diagnosis.json";

    private final ObjectMapper json;
    private final Classifier classifier = new Classifier();

    public Diagnose(ObjectMapper json) {
        this.json = json;
    }

    /** The failed runs of a results tree, each diagnosed, its {@code diagnosis.json} written. */
    public Outcome results(Path tree) {
        return diagnoseTree(tree).outcome();
    }

    /** A tree's diagnoses with the evidence and run directory of each, read once for classifier and judge. */
    private record Diagnosed(Outcome outcome, List<Judge.Case> cases) {
    }

    private Diagnosed diagnoseTree(Path tree) {
        if (!Files.isDirectory(tree)) {
            throw StackBenchException.invalidInput("not a results directory: " + tree);
        }
        List<Diagnosis> diagnoses = new ArrayList<>();
        List<Judge.Case> cases = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        int passed = 0;
        RunEvidence reader = new RunEvidence(json);
        for (Path result : resultFiles(tree)) {
            Path runDir = result.getParent();
            String id = tree.relativize(runDir).toString().replace('\\', '/');
            try {
                JsonNode record = json.readTree(result.toFile());
                if (record.path("success").asBoolean(false)) {
                    passed++;
                    continue;
                }
                Evidence evidence = reader.read(runDir, id.isEmpty() ? "." : id, record);
                Diagnosis diagnosis = classifier.classify(evidence);
                Json.writeAtomically(json, runDir.resolve(DIAGNOSIS_FILE), diagnosis);
                diagnoses.add(diagnosis);
                cases.add(new Judge.Case(diagnosis, evidence, hash -> runDir.resolve(Judge.CACHE_FILE),
                        Optional.of(runDir.resolve(DIAGNOSIS_FILE))));
            } catch (IOException | RuntimeException e) {
                errors.add(new RecordError(id, "cannot diagnose: " + e.getMessage()));
            }
        }
        return new Diagnosed(new Outcome(diagnoses, errors, passed), cases);
    }

    /** The diagnosis {@code diagnose} wrote in a run directory, if it wrote one that is readable. */
    public Optional<Diagnosis> read(Path runDir) {
        Path file = runDir.resolve(DIAGNOSIS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), Diagnosis.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Failure records of another harness (JSON Lines), each diagnosed; broken lines are errors of their own. */
    public Outcome records(Path file) {
        Read read = new FailureRecords(json).read(file);
        return new Outcome(read.records().stream().map(classifier::classify).toList(), read.errors(), 0);
    }

    /**
     * {@link #results(Path)}, then each diagnosed run judged by {@code judge} on the same evidence;
     * the answer is cached in the run directory ({@link Judge#CACHE_FILE}) and the opinion added to
     * its {@code diagnosis.json}.
     */
    public Judged results(Path tree, Judge judge) {
        Diagnosed diagnosed = diagnoseTree(tree);
        return judge.judgeAll(diagnosed.cases(), diagnosed.outcome());
    }

    /**
     * {@link #records(Path)}, then each record judged by {@code judge} on the same evidence; the
     * answers are cached in {@code cacheDir}, one file per record id and prompt hash.
     */
    public Judged records(Path file, Judge judge, Path cacheDir) {
        Read read = new FailureRecords(json).read(file);
        List<Judge.Case> cases = read.records().stream().map(e -> new Judge.Case(classifier.classify(e), e,
                Judge.recordCache(cacheDir, e.id()), Optional.<Path>empty())).toList();
        return judge.judgeAll(cases, new Outcome(cases.stream().map(Judge.Case::diagnosis).toList(), read.errors(), 0));
    }

    /** Where {@code --records FILE --judge} caches answers unless told: {@code .judge-cache} next to the file. */
    public static Path defaultJudgeCache(Path records) {
        return records.toAbsolutePath().getParent().resolve(".judge-cache");
    }

    /**
     * The diagnoses against labels (JSON Lines of {@code id}, {@code category} and, for logic
     * errors, {@code subcategory}): agreement on categories, and on subcategories over the runs
     * labelled logic errors.
     */
    public Validation validate(Outcome outcome, Path labels) {
        List<Agreement.Pair> coarse = new ArrayList<>();
        List<Agreement.Pair> logic = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(labels);
        } catch (IOException e) {
            throw StackBenchException.invalidInput("cannot read the labels " + labels + ": " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = labels.getFileName() + ":" + (i + 1);
            try {
                JsonNode label = json.readTree(line);
                String id = label.path("id").asText("");
                Category category = Category.fromId(label.path("category").asText(""));
                Optional<Diagnosis> diagnosis = outcome.byId(id);
                if (diagnosis.isEmpty()) {
                    errors.add(new RecordError(where, "no diagnosed run '" + id + "'"));
                    continue;
                }
                coarse.add(new Agreement.Pair(id, category.id(), diagnosis.get().category().id()));
                if (category == Category.LOGIC_ERROR) {
                    String expected = label.path("subcategory").isTextual()
                            ? Subcategory.fromId(label.path("subcategory").asText()).id() : "none";
                    logic.add(new Agreement.Pair(id, expected, diagnosis.get().subcategory().map(Subcategory::id).orElse("none")));
                }
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new RecordError(where, e.getMessage()));
            }
        }
        return new Validation(Agreement.of(coarse), Agreement.of(logic), errors);
    }

    /** Agreement with labels on coarse categories and on logic subcategories, and the label lines that did not fit. */
    public record Validation(Agreement categories, Agreement logicSubcategories, List<RecordError> errors) {
        public Validation {
            errors = List.copyOf(errors);
        }
    }

    /** What {@code diagnose} found: the diagnoses, the runs or lines it could not read, and the runs that passed. */
    public record Outcome(List<Diagnosis> diagnoses, List<RecordError> errors, int passedRuns) {
        public Outcome {
            diagnoses = List.copyOf(diagnoses);
            errors = List.copyOf(errors);
        }

        public Optional<Diagnosis> byId(String id) {
            return diagnoses.stream().filter(d -> d.id().equals(id)).findFirst();
        }
    }

    /** A run or record that could not be diagnosed, and why. */
    public record RecordError(String where, String message) {
    }

    /** Records read from a file, and the lines that were not records. */
    record Read(List<Evidence> records, List<RecordError> errors) {
    }

    private static List<Path> resultFiles(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(p -> p.getFileName().toString().equals("result.json") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains("/generation/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + tree, e);
        }
    }
}
