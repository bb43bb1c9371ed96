package io.stackbench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.OracleAgent;
import io.stackbench.core.Settings;
import io.stackbench.task.Framework;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every framework's reference solution scores 100% and passes every verifier, static and at run
 * time, on SQLite and on PostgreSQL.
 */
class ReferenceSolutionsIT {

    private static Harness harness;
    private static Settings settings;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startHarness() {
        settings = TestSettings.withHealthTimeout(Duration.ofSeconds(60));
        harness = new Harness(settings, Optional.empty());
    }

    @AfterAll
    static void stopHarness() {
        harness.close();
    }

    private void assertReferenceScoresFull(Framework framework, String database) throws Exception {
        Task task = TaskCatalog.greenfield().get(framework.id() + "-openapi-clean_architecture-" + database + "-" + framework.orm().id());
        Path solution = Files.createDirectories(tmp.resolve(database + "-generated"));
        new OracleAgent(settings.references()).materialise(task, solution);
        RunResult result = harness.evaluator().evaluate(task, SolutionSource.of(solution), tmp.resolve(database + "-run"));
        assertThat(result.failingPhase()).as(task.id() + ": " + result.phases()).isEmpty();
        assertThat(result.assertions().total()).as(task.id()).isGreaterThanOrEqualTo(300);
        assertThat(result.assertPercent()).as(task.id()).isEqualTo(100.0);
        assertThat(result.verifiersPassed()).as(task.id() + " verifiers: " + result.verifiers()).isTrue();
        assertThat(result.success()).as(task.id()).isTrue();
        DataLayerChecks.assertClean(task, result);
    }

    @ParameterizedTest
    @EnumSource(value = Framework.class, names = {"FASTAPI", "DJANGO", "AIOHTTP", "EXPRESS", "FASTIFY", "HONO", "KOA"})
    void theReferenceScoresFullMarksOnSqlite(Framework framework) throws Exception {
        assertReferenceScoresFull(framework, "sqlite");
    }

    @ParameterizedTest
    @EnumSource(value = Framework.class, names = {"FASTAPI", "DJANGO", "AIOHTTP", "EXPRESS", "FASTIFY", "HONO", "KOA"})
    void theReferenceScoresFullMarksOnEmbeddedPostgres(Framework framework) throws Exception {
        assertReferenceScoresFull(framework, "postgres");
    }
}
