package io.stackbench.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement PostgreSQL refused during a failed request is that request's diagnosis, from the database's own log. */
class DatabaseErrorsTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tree;

    @Test
    void aServerErrorDuringWhichPostgresRefusedAStatementIsADatabaseRuntimeErrorCitingSqlJsonl() throws Exception {
        // The server's log says nothing useful: the framework swallowed the exception.
        Path run = RunDirs.failedRun(tree, "run_1", "POST /articles <a1> as <author>", 500, 201, "Internal Server Error\n");
        Files.writeString(run.resolve("sql.jsonl"), """
                {"phase":"suite","request":"POST /articles <a1> as <author>","index":7,"statement":"BEGIN","durationMs":0.01}
                {"phase":"suite","request":"POST /articles <a1> as <author>","index":7,"statement":"INSERT INTO articles (title, taglist) VALUES ($1, $2)","error":"column \\"taglist\\" of relation \\"articles\\" does not exist"}
                {"phase":"suite","request":"GET /tags","index":8,"statement":"SELECT tags.name FROM tags","error":"relation \\"tags\\" does not exist"}
                """);

        Evidence evidence = new RunEvidence(json).read(run, "run_1", json.readTree(run.resolve("result.json").toFile()));
        Diagnosis d = new Classifier().classify(evidence);

        assertThat(evidence.requests()).singleElement().satisfies(r -> assertThat(r.databaseErrors()).singleElement()
                .asString().startsWith("sql.jsonl:2 column \"taglist\" of relation \"articles\" does not exist: INSERT INTO"));
        assertThat(d.label()).isEqualTo("logic_error/database_runtime_error");
        assertThat(d.evidence()).anyMatch(e -> e.contains("sql.jsonl:2"));
    }

    @Test
    void withoutCapturedStatementsTheServerLogStillDecides() throws Exception {
        Path run = RunDirs.failedRun(tree, "run_1", "GET /tags", 500, 200, "Internal Server Error\n");
        Evidence evidence = new RunEvidence(json).read(run, "run_1", json.readTree(run.resolve("result.json").toFile()));
        assertThat(evidence.requests()).singleElement().satisfies(r -> assertThat(r.databaseErrors()).isEmpty());
        assertThat(new Classifier().classify(evidence).label()).isEqualTo("logic_error/unknown");
    }
}
