package io.stackbench.diagnose;

import static io.stackbench.diagnose.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.core.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosisFileTest {

    @TempDir
    Path runDir;

    @Test
    void aWrittenDiagnosisReadsBackAsItWas() {
        Diagnosis written = run().got("POST /users duplicate username", 500, 422)
                .serverLog("sqlalchemy.exc.IntegrityError: UNIQUE constraint failed: users.username\n").diagnosis();
        Json.writeAtomically(Json.mapper(), runDir.resolve(Diagnose.DIAGNOSIS_FILE), written);

        assertThat(new Diagnose(Json.mapper()).read(runDir)).contains(written);
    }

    @Test
    void aRunWithoutADiagnosisHasNone() {
        assertThat(new Diagnose(Json.mapper()).read(runDir)).isEmpty();
    }
}
