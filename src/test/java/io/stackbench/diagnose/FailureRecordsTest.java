package io.stackbench.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other harnesses' records: missing fields are unknown, and a broken line costs only itself. */
class FailureRecordsTest {

    @TempDir
    Path tmp;

    @Test
    void aBrokenOrMalformedRecordIsAnErrorOfItsOwnLineAndTheOthersAreStillClassified() throws IOException {
        Path file = tmp.resolve("failures.jsonl");
        Files.writeString(file, """
                {"id": "r1", "runtime": "python", "serverStarted": false, "serverLog": "ModuleNotFoundError: No module named 'flask'"}
                {"id": "r2", "runtime": "cobol"}
                not json at all
                {"task": "no id"}
                {"id": "r3", "requests": [{"name": "GET /tags", "method": "GET", "path": "/api/tags", "status": 404, "passed": 0, "failed": 2},
                  {"name": "GET /articles", "method": "GET", "path": "/api/articles", "status": 200, "passed": 5, "failed": 0}]}
                {"id": "r4", "serverStarted": "yes"}
                {"id": "r5", "exitReason": null, "requests": [{"name": "POST /users", "method": "POST", "path": "/api/users", "status": 500, "passed": 0, "failed": 1}],
                  "serverLog": "SequelizeDatabaseError: SQLITE_ERROR: no such table: Users", "verifiers": [{"verifier": "orm", "passed": true}], "trajectory": null}
                """.replace("\n  ", " "));

        Diagnose.Outcome outcome = new Diagnose(Json.mapper()).records(file);

        assertThat(outcome.diagnoses()).extracting(Diagnosis::id, Diagnosis::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("r1", "server_startup_failure"),
                org.assertj.core.groups.Tuple.tuple("r3", "incomplete_implementation"),
                org.assertj.core.groups.Tuple.tuple("r5", "logic_error/database_runtime_error"));
        assertThat(outcome.errors()).extracting(Diagnose.RecordError::where)
                .containsExactly("failures.jsonl:2", "failures.jsonl:3", "failures.jsonl:4", "failures.jsonl:6");
        assertThat(outcome.errors().get(0).message()).contains("'runtime' is python or node");
        assertThat(outcome.errors().get(2).message()).contains("no 'id'");
    }
}
