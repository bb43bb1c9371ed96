package io.stackbench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.agent.OracleAgent;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlaskReferenceIT {

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

    private RunResult evaluateReference(String taskId) throws Exception {
        Task task = TaskCatalog.greenfield().get(taskId);
        Path solution = Files.createDirectories(tmp.resolve("generated"));
        new OracleAgent(settings.references()).materialise(task, solution);
        return harness.evaluator().evaluate(task, SolutionSource.of(solution), tmp.resolve("run"));
    }

    @Test
    void theFlaskReferencePassesEveryAssertionOnSqlite() throws Exception {
        RunResult result = evaluateReference("flask-openapi-clean_architecture-sqlite-sqlalchemy");
        assertThat(result.failingPhase()).isEmpty();
        assertThat(result.assertions().total()).isGreaterThanOrEqualTo(300);
        assertThat(result.assertPercent()).isEqualTo(100.0);
        assertThat(result.success()).isTrue();
        assertThat(result.verifiers()).extracting(v -> v.verifier()).containsExactly("architecture", "database", "orm");
        assertThat(result.verifiers()).allMatch(v -> v.passed());
        assertThat(result.strictAssertPercent()).isEqualTo(100.0);
        assertThat(tmp.resolve("run/solution/requirements.txt")).content().doesNotContain("psycopg");
        assertThat(tmp.resolve("run/solution/conduit.db")).as("the server wrote its SQLite file in the workspace").exists();
        DataLayerChecks.assertClean(TaskCatalog.greenfield().get("flask-openapi-clean_architecture-sqlite-sqlalchemy"), result);
    }

    @Test
    void theFlaskReferencePassesEveryAssertionOnEmbeddedPostgres() throws Exception {
        RunResult result = evaluateReference("flask-openapi-clean_architecture-postgres-sqlalchemy");
        assertThat(result.failingPhase()).isEmpty();
        assertThat(result.assertPercent()).isEqualTo(100.0);
        assertThat(result.versions()).containsKey("postgres");
        assertThat(result.versions().get("postgres")).startsWith("16.");
        assertThat(tmp.resolve("run/solution/requirements.txt")).content().contains("psycopg");
        assertThat(tmp.resolve("run/solution/conduit.db")).doesNotExist();
        DataLayerChecks.assertClean(TaskCatalog.greenfield().get("flask-openapi-clean_architecture-postgres-sqlalchemy"), result);
        assertThat(tmp.resolve("run/sql.jsonl")).content().contains("\"phase\":\"suite\"", "\"phase\":\"probe\"");
    }

    @Test
    void theRunKeepsTheEvaluatedTreeItsPatchAndAVersionedResultEvenInARelativeRunDirectory() throws Exception {
        // bench's default results directory is relative; child processes must still find every path.
        Path run = Path.of("target", "relative-run-" + java.util.UUID.randomUUID());
        Task task = TaskCatalog.greenfield().get("flask-openapi-sqlite");
        Path solution = Files.createDirectories(tmp.resolve("generated"));
        new OracleAgent(settings.references()).materialise(task, solution);
        RunResult result = harness.evaluator().evaluate(task, SolutionSource.of(solution), run);
        assertThat(result.failingPhase()).isEmpty();
        assertThat(result.assertPercent()).isEqualTo(100.0);
        assertThat(result.schema()).isEqualTo(RunResult.SCHEMA).isEqualTo("stackbench.run/2");
        assertThat(run.resolve("result.json")).exists();
        assertThat(run.resolve("solution/run.sh")).exists();
        assertThat(run.resolve("solution/.venv")).doesNotExist();
        assertThat(Files.readString(run.resolve("solution.patch"))).contains("+++ b/run.sh", "+++ b/requirements.txt");
        assertThat(run.resolve("logs/install.log")).exists();
        assertThat(run.resolve("logs/server.log")).exists();
        assertThat(run.resolve("logs/newman-report.json")).exists();
        JsonNode assertions = Json.mapper().readTree(run.resolve("assertions.json").toFile());
        assertThat(assertions).hasSize(result.assertions().total()).allSatisfy(a -> {
            assertThat(a.path("status").isInt()).as("every request of a passing run had a response: %s", a).isTrue();
            assertThat(a.path("blockedBy").isNull()).as("nothing is blocked in a passing run: %s", a).isTrue();
        });
        assertThat(result.assertions().rootFailures() + result.assertions().blockedFailures()).isZero();
        assertThat(result.phases()).extracting(PhaseResult::name)
                .containsExactly("prepare", "verify", "install", "database", "start", "suite", "data-layer", "teardown");
        assertThat(result.versions()).containsKeys("stackbench", "suite", "python", "uv", "newman", "git");
    }
}
