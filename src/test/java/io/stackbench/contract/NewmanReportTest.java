package io.stackbench.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewmanReportTest {

    private final NewmanReport reports = new NewmanReport(Json.mapper());

    @Test
    void readsEveryAssertionWithItsRequestVerdictAndMessage() throws Exception {
        SuiteResult result = reports.parse(Path.of(getClass().getResource("newman-report.json").toURI()));
        assertThat(result.requests()).isEqualTo(2);
        assertThat(result.total()).as("skipped assertions do not count").isEqualTo(4);
        assertThat(result.passed()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.scriptErrors()).isEqualTo(1);
        assertThat(result.assertPercent()).isEqualTo(50.0);
        assertThat(result.assertions().get(0))
                .isEqualTo(new AssertionResult("Register user A [POST /api/users]", "POST /users → 201", true, ""));
        assertThat(result.assertions().get(2).request()).isEqualTo("Get unknown profile [GET /api/profiles/nobody]");
        assertThat(result.assertions().get(2).passed()).isFalse();
        assertThat(result.assertions().get(2).error()).isEqualTo("expected response to have status code 404 but got 500");
    }

    @Test
    void aTruncatedReportIsAnUnexpectedStateNamingTheFile(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("report.json"), "{\"run\": {\"executions\": [");
        assertThatThrownBy(() -> reports.parse(broken))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining(broken.toString());
    }

    @Test
    void aSuiteThatNeverRanScoresZero() {
        assertThat(SuiteResult.NOT_RUN.assertPercent()).isZero();
    }
}
