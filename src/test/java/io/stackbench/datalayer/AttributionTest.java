package io.stackbench.datalayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionTest {

    private final ObjectMapper json = Json.mapper();

    private static Window call(String name, double start, double end) {
        return new Window("suite", name, 0, "GET", "/api/x", start, end);
    }

    private static Statement endingAt(double millis) {
        return new Statement(millis, Optional.of(0.1), "SELECT 1", "", Optional.empty());
    }

    @Test
    void aStatementBelongsToTheCallInFlightWhenItCompleted() {
        Attribution a = new Attribution(List.of(call("second", 200.4, 250.0), call("first", 100.2, 150.7)));
        assertThat(a.of(endingAt(120)).map(Window::request)).contains("first");
        assertThat(a.of(endingAt(230)).map(Window::request)).contains("second");
    }

    @Test
    void theMillisecondACallBeganAndTheOneAfterItEndedAreItsOwn() {
        // PostgreSQL truncates its timestamps to the millisecond; the marks are finer.
        Attribution a = new Attribution(List.of(call("only", 100.6, 150.2)));
        assertThat(a.of(endingAt(100))).isPresent();
        assertThat(a.of(endingAt(151))).isPresent();
        assertThat(a.of(endingAt(99))).isEmpty();
    }

    @Test
    void statementsOutsideEveryCallBelongToNone() {
        Attribution a = new Attribution(List.of(call("first", 100, 150), call("second", 200, 250)));
        assertThat(a.of(endingAt(50))).isEmpty();
        assertThat(a.of(endingAt(175))).isEmpty();
        assertThat(a.of(endingAt(400))).isEmpty();
    }

    @Test
    void suiteRequestsAreNamedFromNewmansReportAndARedirectWidensTheRequestBeforeIt(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("newman-report.json");
        Files.writeString(report, """
                {"run": {"executions": [
                  {"item": {"name": "Login"}, "request": {"method": "POST", "url": {"path": ["api", "users", "login"]}}},
                  {"item": {"name": "Get article"}, "request": {"method": "GET", "url": {"path": ["api", "articles", "a"]}}}
                ]}}""");
        List<RequestMarker.Mark> marks = List.of(
                mark("POST", "/api/users/login", 10, 20),
                mark("GET", "/elsewhere", 21, 30),
                mark("GET", "/api/articles/a?x=1", 40, 50));
        List<Window> windows = Attribution.suite(report, marks, json);
        assertThat(windows).extracting(Window::request).containsExactly("Login", "Get article");
        assertThat(windows.get(0).end()).isEqualTo(30.0);
        assertThat(windows.get(1).start()).isEqualTo(40.0);
        assertThat(windows.get(1).path()).isEqualTo("/api/articles/a?x=1");
    }

    private RequestMarker.Mark mark(String method, String path, double start, double end) throws Exception {
        return new RequestMarker.Mark(json.readTree("{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"start\":" + start
                + ",\"end\":" + end + "}"));
    }
}
