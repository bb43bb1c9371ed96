package io.stackbench.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.stackbench.agent.OracleAgent;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.eval.Harness;
import io.stackbench.eval.SolutionSource;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled corpus of real failures: faults seeded into the reference solutions (each a small
 * patch with the label a careful reader gives it, written before the rules), evaluated for real
 * through the pipeline — real installs, servers, logs and newman failures — then diagnosed. The
 * classifier must agree with the labels on at least 90 % of coarse categories and of logic
 * subcategories; every mismatch is printed.
 */
class SeededFailuresIT {

    static final Path FAULTS = TestSettings.repo().resolve("src/test/resources/io/stackbench/diagnose/faults");

    @TempDir
    Path tmp;

    @Test
    void theClassifierAgreesWithTheSeededFaultsLabels() throws Exception {
        List<Path> faults;
        try (Stream<Path> dirs = Files.list(FAULTS)) {
            faults = dirs.filter(d -> Files.isRegularFile(d.resolve("label.yml"))).sorted().toList();
        }
        assertThat(faults).hasSizeGreaterThanOrEqualTo(48);
        Path results = Files.createDirectories(tmp.resolve("results"));
        Settings settings = TestSettings.withHealthTimeout(Duration.ofSeconds(60));
        try (Harness harness = new Harness(settings, Optional.empty())) {
            // Sealed runs are independent: two at a time halves the corpus's wall time on CI's two cores.
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> runs = new ArrayList<>();
            for (Path fault : faults) {
                runs.add(pool.submit(() -> {
                    evaluate(harness, settings, fault, tmp.resolve("trees").resolve(fault.getFileName().toString()),
                            results.resolve(fault.getFileName().toString()));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        Diagnose diagnose = new Diagnose(Json.mapper());
        Diagnose.Outcome outcome = diagnose.results(results);
        Path labels = tmp.resolve("labels.jsonl");
        StringBuilder lines = new StringBuilder();
        for (Path fault : faults) {
            JsonNode label = new YAMLMapper().readTree(fault.resolve("label.yml").toFile());
            // One object per line: the shared mapper indents, which JSON Lines cannot have.
            lines.append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Json.mapper().createObjectNode()
                    .put("id", fault.getFileName().toString())
                    .put("category", label.path("category").asText())
                    .put("subcategory", label.path("subcategory").isTextual() ? label.path("subcategory").asText() : null))).append('\n');
        }
        Files.writeString(labels, lines);
        Diagnose.Validation v = diagnose.validate(outcome, labels);
        System.out.print(new DiagnosisFormats(Json.mapper()).table(outcome));
        System.out.print(DiagnosisFormats.agreement("categories", v.categories()));
        System.out.print(DiagnosisFormats.agreement("logic subcategories", v.logicSubcategories()));

        assertThat(outcome.errors()).isEmpty();
        assertThat(v.errors()).isEmpty();
        assertThat(outcome.diagnoses()).hasSize(faults.size());
        assertThat(v.categories().accuracy()).as(v.categories().mismatches().toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(v.logicSubcategories().accuracy()).as(v.logicSubcategories().mismatches().toString()).isGreaterThanOrEqualTo(0.9);
    }

    private static void evaluate(Harness harness, Settings settings, Path fault, Path tree, Path runDir)
            throws IOException, InterruptedException {
        JsonNode label = new YAMLMapper().readTree(fault.resolve("label.yml").toFile());
        Task task = TaskCatalog.greenfield().get(label.path("task").asText());
        Path solution = Files.createDirectories(tree);
        new OracleAgent(settings.references()).materialise(task, solution);
        Process apply = new ProcessBuilder("git", "apply", "--whitespace=nowarn", fault.resolve("fault.patch").toString())
                .directory(solution.toFile()).redirectErrorStream(true).start();
        String output = new String(apply.getInputStream().readAllBytes());
        assertThat(apply.waitFor()).as("%s: the patch applies: %s", fault.getFileName(), output).isZero();
        harness.evaluator().evaluate(task, SolutionSource.of(solution), runDir);
        Path generation = fault.resolve("generation");
        if (Files.isDirectory(generation)) {
            // The agent's side of the two agent-behaviour categories: its exit reason and last turns.
            try (Stream<Path> files = Files.walk(generation)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = runDir.resolve("generation").resolve(generation.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
