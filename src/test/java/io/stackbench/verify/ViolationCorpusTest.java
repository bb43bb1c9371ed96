package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.OracleAgent;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.Framework;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reference solution passes every verifier for every task of its framework, and every
 * seeded variant triggers exactly its labelled rule: precision and recall over the corpus are 1.0.
 */
class ViolationCorpusTest {

    @TempDir
    Path tmp;

    private final Path references = TestSettings.repo().resolve("references");
    private final TaskCatalog catalog = TaskCatalog.greenfield();
    private final Verifier verifier = new Verifier();
    private int counter;

    private List<Framework> frameworksWithReference() {
        return Arrays.stream(Framework.values())
                .filter(f -> Files.isRegularFile(references.resolve(f.id()).resolve("oracle.json"))).toList();
    }

    private Path materialise(Task task) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("tree-" + counter++));
        new OracleAgent(references).materialise(task, out);
        return out;
    }

    @Test
    void everyReferencePassesEveryVerifierForEveryTaskOfItsFramework() throws IOException {
        assertThat(frameworksWithReference()).contains(Framework.FLASK);
        List<String> failures = new ArrayList<>();
        for (Framework framework : frameworksWithReference()) {
            for (Task task : catalog.all().stream().filter(t -> t.framework() == framework).toList()) {
                VerifyReport report = verifier.verify(materialise(task), Requirements.of(task.constraints()));
                report.findings().forEach(f -> failures.add(task.id() + ": " + f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.message()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everySeededVariantTriggersExactlyItsLabelledRule() throws IOException {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        Set<String> labelsCovered = new TreeSet<>();
        for (Framework framework : frameworksWithReference()) {
            for (SeededViolations.Variant variant : SeededViolations.forFramework(framework)) {
                Task task = catalog.get(framework.id() + "-openapi-" + variant.taskSuffix());
                Path tree = materialise(task);
                variant.mutation().apply(tree);
                Set<String> fired = new TreeSet<>();
                verifier.verify(tree, Requirements.of(task.constraints())).findings().forEach(f -> fired.add(f.ruleId()));
                if (fired.contains(variant.label())) {
                    truePositives++;
                    labelsCovered.add(variant.label());
                } else {
                    falseNegatives++;
                }
                Set<String> extra = new TreeSet<>(fired);
                extra.remove(variant.label());
                falsePositives += extra.size();
                if (!fired.equals(Set.of(variant.label()))) {
                    misses.add(framework.id() + " / " + variant.name() + ": expected [" + variant.label() + "], fired " + fired);
                }
            }
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        System.out.printf("violation corpus: %d variants over %s; precision %.3f, recall %.3f%n",
                truePositives + falseNegatives, frameworksWithReference(), precision, recall);
        assertThat(misses).isEmpty();
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isEqualTo(1.0);
        assertThat(labelsCovered).containsExactlyInAnyOrder("architecture.layer-direction", "architecture.route-imports-repository",
                "architecture.service-imports-framework", "architecture.layer-missing", "database.other-present",
                "orm.not-used", "orm.raw-sql");
    }
}
