package io.stackbench.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        assertThat(result.assertions().get(0)).isEqualTo(new AssertionResult("Register user A [POST /api/users]",
                "POST /users → 201", true, "", "Register user A", Optional.of(201), Optional.empty(),
                Optional.empty(), Optional.empty(), java.util.List.of()));
        assertThat(result.assertions().get(2).request()).isEqualTo("Get unknown profile [GET /api/profiles/nobody]");
        assertThat(result.assertions().get(2).passed()).isFalse();
        assertThat(result.assertions().get(2).error()).isEqualTo("expected response to have status code 404 but got 500");
    }

    @Test
    void aFailureOfARequestUsingWhatAFailedRequestShouldHaveCapturedIsBlockedByIt() throws Exception {
        SuiteResult result = dependentRun();
        assertThat(failuresOf(result, "Create article")).as("the article was never created: the root")
                .hasSize(2).allSatisfy(a -> assertThat(a.blockedBy()).isEmpty());
        assertThat(failuresOf(result, "Get article")).as("uses the slug the failed creation should have captured")
                .singleElement().satisfies(a -> {
                    assertThat(a.blockedBy()).contains("Create article");
                    assertThat(a.status()).contains(404);
                    assertThat(a.request()).isEqualTo("Get article [GET /api/articles/unset-slugA1]");
                });
        assertThat(failuresOf(result, "Delete article")).as("the earliest failed request it depends on")
                .singleElement().satisfies(a -> assertThat(a.blockedBy()).contains("Create article"));
    }

    @Test
    void aVariableCapturedOnceStaysAvailableWhenALaterCaptureOfItFails() throws Exception {
        SuiteResult result = dependentRun();
        assertThat(failuresOf(result, "Login author")).singleElement().satisfies(a -> assertThat(a.blockedBy()).isEmpty());
        assertThat(failuresOf(result, "Get user")).as("the token from the registration is still there: its own failure")
                .singleElement().satisfies(a -> assertThat(a.blockedBy()).isEmpty());
    }

    @Test
    void aRequestWithNoResponseHasNoStatusAndIsARootFailure() throws Exception {
        assertThat(failuresOf(dependentRun(), "Get tags")).singleElement().satisfies(a -> {
            assertThat(a.status()).isEmpty();
            assertThat(a.blockedBy()).isEmpty();
        });
    }

    @Test
    void passedAssertionsCarryTheirStatusAndAreNeverBlocked() throws Exception {
        assertThat(dependentRun().assertions()).filteredOn(AssertionResult::passed)
                .extracting(AssertionResult::name, AssertionResult::status, AssertionResult::blockedBy)
                .containsExactly(tuple("Register author", Optional.of(201), Optional.empty()),
                        tuple("Register author", Optional.of(201), Optional.empty()),
                        tuple("Get article", Optional.of(404), Optional.empty()));
    }

    @Test
    void countsRootAndBlockedFailures() throws Exception {
        SuiteResult result = dependentRun();
        assertThat(result.failed()).isEqualTo(7);
        assertThat(result.rootFailures()).as("create ×2, tags, login, user").isEqualTo(5);
        assertThat(result.blockedFailures()).as("get and delete the article").isEqualTo(2);
    }

    @Test
    void withoutDependencyDataEveryFailureIsARootFailure() throws Exception {
        SuiteResult result = reports.parse(resource("newman-report-dependent.json"));
        assertThat(result.blockedFailures()).isZero();
        assertThat(result.rootFailures()).isEqualTo(7);
    }

    @Test
    void assertionsJsonHoldsStatusAndBlockedByAndFilesWrittenWithoutThemStillRead() throws Exception {
        ObjectMapper json = Json.mapper();
        AssertionResult blocked = failuresOf(dependentRun(), "Get article").get(0);
        JsonNode written = json.readTree(json.writeValueAsString(blocked));
        assertThat(written.path("name").asText()).isEqualTo("Get article");
        assertThat(written.path("status").asInt()).isEqualTo(404);
        assertThat(written.path("blockedBy").asText()).isEqualTo("Create article");
        assertThat(json.readValue(json.writeValueAsString(blocked), AssertionResult.class)).isEqualTo(blocked);
        AssertionResult noResponse = failuresOf(dependentRun(), "Get tags").get(0);
        JsonNode root = json.readTree(json.writeValueAsString(noResponse));
        assertThat(root.path("status").isNull()).isTrue();
        assertThat(root.path("blockedBy").isNull()).isTrue();

        AssertionResult old = json.readValue("""
                {"request": "Get tags [GET /api/tags]", "assertion": "GET /tags → 200", "passed": true, "error": ""}
                """, AssertionResult.class);
        assertThat(old).isEqualTo(new AssertionResult("Get tags [GET /api/tags]", "GET /tags → 200", true, ""));
    }

    private SuiteResult dependentRun() throws Exception {
        return reports.parse(resource("newman-report-dependent.json"), Suite.fromFile(resource("dependent.postman_collection.json")));
    }

    private static List<AssertionResult> failuresOf(SuiteResult result, String request) {
        return result.assertions().stream().filter(a -> a.name().equals(request) && !a.passed()).toList();
    }

    private Path resource(String name) throws Exception {
        return Path.of(getClass().getResource(name).toURI());
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
