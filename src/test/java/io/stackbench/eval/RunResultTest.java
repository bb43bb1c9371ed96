package io.stackbench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import org.junit.jupiter.api.Test;

class RunResultTest {

    private final ObjectMapper json = Json.mapper();

    @Test
    void aResultWrittenBeforeRootAndBlockedFailuresWereCountedReadsThemAsZero() throws Exception {
        RunResult.Assertions old = json.readValue("""
                {"suite": "conduit", "suiteSha256": "%s", "total": 461, "passed": 400, "failed": 61, "scriptErrors": 0}
                """.formatted("0".repeat(64)), RunResult.Assertions.class);
        assertThat(old.failed()).isEqualTo(61);
        assertThat(old.rootFailures()).isZero();
        assertThat(old.blockedFailures()).isZero();
    }

    @Test
    void aWholeOldResultFileStillLoads() throws Exception {
        RunResult result = json.readValue(getClass().getResource(
                "/io/stackbench/report/metrics/cmd/model-x/flask-openapi-postgres/run_1/result.json"), RunResult.class);
        assertThat(result.assertions().suite()).isEqualTo("conduit");
        assertThat(result.assertions().blockedFailures()).isZero();
    }

    @Test
    void rootAndBlockedFailuresAreWrittenToResultJson() throws Exception {
        RunResult.Assertions counts = new RunResult.Assertions("conduit", "0".repeat(64), 461, 431, 30, 0, 1, 29);
        String written = json.writeValueAsString(counts);
        assertThat(json.readTree(written).path("rootFailures").asInt()).isEqualTo(1);
        assertThat(json.readTree(written).path("blockedFailures").asInt()).isEqualTo(29);
        assertThat(json.readValue(written, RunResult.Assertions.class)).isEqualTo(counts);
    }
}
