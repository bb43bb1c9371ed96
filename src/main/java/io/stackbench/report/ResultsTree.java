package io.stackbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import io.stackbench.diagnose.Diagnose;
import io.stackbench.eval.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every {@code result.json} of a results tree ({@code <agent>/<model>/<task>/run_<n>/}), and
 * beside each failed run's the {@code diagnosis.json} that {@code stackbench diagnose} wrote, if any.
 * A file that cannot be read is skipped with a warning: one bad run must not hide the others.
 */
public final class ResultsTree {

    private static final String RESULT_FILE = "result.json";
    /** Written by a sweep for a run the infrastructure failed (bench's InfraRecord; the report reads only its phase and cause). */
    private static final String INFRA_FILE = "infra.json";
    private static final Pattern RUN_DIR = Pattern.compile("run_(\\d+)");

    private final ObjectMapper json = Json.mapper();
    private final Diagnose diagnose = new Diagnose(json);

    /** The runs found, in a fixed order, and a warning for each file skipped. */
    public record Loaded(List<Run> runs, List<String> warnings) {
        public Loaded {
            runs = List.copyOf(runs);
            warnings = List.copyOf(warnings);
        }
    }

    public Loaded load(Path root) {
        if (!Files.isDirectory(root)) {
            throw StackBenchException.invalidInput("no results directory at " + root);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().equals(RESULT_FILE) && Files.isRegularFile(p))
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw StackBenchException.unexpectedState("cannot list " + root + ": " + e.getMessage(), e);
        }
        List<Run> runs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            try {
                read(file).ifPresentOrElse(runs::add, () -> warnings.add(file + ": not a run of the layout "
                        + "<agent>/<model>/<task>/run_<n>/result.json with schema " + RunResult.SCHEMA + "; skipped"));
            } catch (IOException | RuntimeException e) {
                warnings.add(file + ": unreadable (" + firstLine(e.getMessage()) + "); skipped");
            }
        }
        runs.sort(Comparator.comparing(Run::configuration).thenComparing(Run::taskId).thenComparingInt(Run::number));
        notScored(root).ifPresent(warnings::add);
        long unsealed = runs.stream().filter(r -> !r.result().sealed()).count();
        if (unsealed > 0) {
            // Numbers from unsealed runs are not protected against tampering by the code they scored.
            warnings.add(unsealed + " of " + runs.size() + " runs were not sealed (\"isolation\": \"none\"): nothing"
                    + " protected their scores from the code under test");
        }
        return new Loaded(runs, warnings);
    }

    /**
     * Runs whose last attempt failed for the infrastructure's reasons ({@code infra.json}, no
     * {@code result.json}): counted apart and never averaged, since nothing says how they would have scored.
     */
    private Optional<String> notScored(Path root) {
        List<String> causes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.getFileName().toString().equals(INFRA_FILE) && Files.isRegularFile(p))
                    .filter(p -> !Files.exists(p.resolveSibling(RESULT_FILE))).sorted().forEach(p -> {
                        try {
                            com.fasterxml.jackson.databind.JsonNode infra = json.readTree(p.toFile());
                            causes.add(infra.path("phase").asText("?") + ": " + firstLine(infra.path("cause").asText("")));
                        } catch (IOException e) {
                            causes.add("unreadable " + p);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw StackBenchException.unexpectedState("cannot list " + root + ": " + e.getMessage(), e);
        }
        if (causes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(causes.size() + " run" + (causes.size() == 1 ? "" : "s") + " not scored: infrastructure ("
                + String.join("; ", new java.util.LinkedHashSet<>(causes)) + "); not in any mean; a sweep with the same "
                + "arguments retries them");
    }

    private Optional<Run> read(Path file) throws IOException {
        Path runDir = file.getParent();
        if (runDir.getNameCount() < 4) {
            return Optional.empty();
        }
        Matcher number = RUN_DIR.matcher(runDir.getFileName().toString());
        com.fasterxml.jackson.databind.JsonNode tree = json.readTree(file.toFile());
        // The schema is checked first: an older result would fail to map with a less helpful message.
        if (!number.matches() || !RunResult.SCHEMA.equals(tree.path("schema").asText())) {
            return Optional.empty();
        }
        RunResult result = json.treeToValue(tree, RunResult.class);
        if (result.task() == null
                || result.task().id() == null || result.task().framework() == null || result.task().runtime() == null) {
            return Optional.empty();
        }
        Path modelDir = runDir.getParent().getParent();
        Configuration configuration = new Configuration(modelDir.getParent().getFileName().toString(),
                modelDir.getFileName().toString());
        // Only a failed run has a diagnosis; one left beside a run that (re-evaluated) now passes is stale.
        // A missing or unreadable diagnosis.json leaves the run "not diagnosed", never guessed.
        return Optional.of(new Run(configuration, Integer.parseInt(number.group(1)), runDir, result,
                result.success() ? Optional.empty() : diagnose.read(runDir)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
