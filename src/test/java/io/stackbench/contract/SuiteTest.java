package io.stackbench.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Resources;
import io.stackbench.eval.TestSettings;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteTest {

    private static final Pattern TEST_NAME = Pattern.compile("pm\\.test\\(\\s*[\"'`]");

    private final JsonNode collection = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Resources.text(Suite.class, Suite.BUILTIN_RESOURCE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requests(JsonNode items, List<JsonNode> out) {
        for (JsonNode item : items) {
            if (item.has("item")) {
                requests(item.path("item"), out);
            } else if (item.has("request")) {
                out.add(item.path("request"));
            }
        }
    }

    @Test
    void isAPostmanV21CollectionThatReadsItsBaseUrlFromAPIURL() {
        assertThat(collection.path("info").path("schema").asText()).contains("v2.1.0");
        List<JsonNode> requests = new ArrayList<>();
        requests(collection.path("item"), requests);
        assertThat(requests).isNotEmpty().allSatisfy(r -> assertThat(r.path("url").path("raw").asText()).startsWith("{{APIURL}}/"));
    }

    @Test
    void declaresWellOverThreeHundredNamedAssertions() {
        Matcher m = TEST_NAME.matcher(collection.toString());
        int count = 0;
        while (m.find()) {
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(300);
    }

    @Test
    void exercisesEveryOperationOfTheContract() {
        List<JsonNode> requests = new ArrayList<>();
        requests(collection.path("item"), requests);
        Set<String> covered = new HashSet<>();
        for (String operation : ConduitContract.load().operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            Pattern path = Pattern.compile("\\{\\{APIURL}}" + operation.substring(operation.indexOf(' ') + 1)
                    .replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?");
            if (requests.stream().anyMatch(r -> r.path("method").asText().equals(method)
                    && path.matcher(r.path("url").path("raw").asText()).matches())) {
                covered.add(operation);
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(ConduitContract.load().operations());
    }

    @Test
    void theCommittedCollectionIsExactlyWhatTheGeneratorWrites(@TempDir Path tmp) {
        Path repo = TestSettings.repo();
        ProcessResult check = new ProcessRunner().run(ProcessSpec.tool("suite check",
                List.of("node", "suite/build-suite.mjs", "--check"), repo, tmp.resolve("check.log"), Duration.ofSeconds(60)));
        assertThat(check.succeeded()).as(check.describeFailure()).isTrue();
    }
}
