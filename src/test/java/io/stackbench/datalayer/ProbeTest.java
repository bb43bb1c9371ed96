package io.stackbench.datalayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProbeTest {

    private final ObjectMapper json = Json.mapper();

    private RequestMarker.Mark setup(String what, int status, String answer) throws Exception {
        return new RequestMarker.Mark(json.createObjectNode().put("phase", "setup").put("what", what).put("method", "POST")
                .put("path", "/api/x").put("start", 1.0).put("end", 2.0).put("status", status).put("answer", answer));
    }

    @Test
    void onlyWhatTheServerGaveBackMustBeInItsDatabase() throws Exception {
        Probe.Outcome outcome = Probe.outcome(List.of(
                setup("register probeauthorw1", 201, "{\"user\":{\"username\":\"probeauthorw1\"}}"),
                // A server without tags answers with an empty tagList: its tags are no evidence either way.
                setup("create article 0", 201, "{\"article\":{\"title\":\"Probe w1 0\",\"tagList\":[]}}"),
                // A comment the server refused was never its to store.
                setup("comment 0", 404, "{\"errors\":{\"body\":[\"not found\"]}}")), "w1", Optional.empty());

        assertThat(outcome.created()).containsOnlyKeys("article", "user").containsEntry("article", "Probe w1 0");
        assertThat(outcome.windows()).extracting(Window::request).containsExactly("register probeauthorw1", "create article 0",
                "comment 0");
        assertThat(outcome.measured()).isEmpty();
    }

    @Test
    void measuringCallsAreLabelledByEndpointSizeAndRepeat() throws Exception {
        RequestMarker.Mark call = new RequestMarker.Mark(json.createObjectNode().put("phase", "measure")
                .put("endpoint", "GET /articles/feed").put("size", 8).put("repeat", 1).put("method", "GET")
                .put("path", "/api/articles/feed?limit=50").put("start", 5.0).put("end", 6.0).put("status", 200).put("items", 8));
        Probe.Outcome outcome = Probe.outcome(List.of(call), "w1", Optional.empty());
        assertThat(outcome.windows()).singleElement().satisfies(w -> {
            assertThat(w.request()).isEqualTo("GET /articles/feed at 8 #2");
            assertThat(w.phase()).isEqualTo("probe");
        });
        assertThat(outcome.measured()).containsExactly(call);
        assertThat(outcome.created()).isEmpty();
    }
}
