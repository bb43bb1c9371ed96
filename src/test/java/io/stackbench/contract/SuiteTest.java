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
import java.util.LinkedHashSet;
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

    /** Variables set for the whole run (by newman's caller or the collection's pre-request script), never by a request. */
    private static final Set<String> RUN_WIDE_CONSTANTS = Set.of("APIURL", "RUN",
            "usernameA", "emailA", "passwordA", "usernameB", "emailB", "passwordB",
            "usernameC", "emailC", "passwordC", "emailCnew", "passwordCnew");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern SCRIPT_READ = Pattern.compile("(?:\\bv|pm\\.collectionVariables\\.get)\\('(\\w+)'\\)");
    private static final Pattern SCRIPT_WRITE = Pattern.compile("(?:\\bkeep|pm\\.collectionVariables\\.set)\\('(\\w+)'");

    @Test
    void everyVariableARequestUsesIsARunWideConstantOrInItsUsesAndCapturedByAnEarlierRequest() {
        List<JsonNode> items = new ArrayList<>();
        items(collection.path("item"), items);
        Set<String> capturedSoFar = new HashSet<>();
        for (JsonNode item : items) {
            String name = item.path("name").asText();
            Set<String> captures = texts(item.path("stackbench").path("captures"));
            Set<String> uses = texts(item.path("stackbench").path("uses"));
            String script = String.join("\n", texts(item.path("event").get(0).path("script").path("exec")));
            assertThat(matches(SCRIPT_WRITE, script)).as("%s: what its script sets", name).isEqualTo(captures);

            Set<String> read = matches(TEMPLATE_VARIABLE, item.path("request").toString());
            // a script reading a variable its own request captures reads its own capture
            matches(TEMPLATE_VARIABLE, script).stream().filter(v -> !captures.contains(v)).forEach(read::add);
            matches(SCRIPT_READ, script).stream().filter(v -> !captures.contains(v)).forEach(read::add);
            read.removeAll(RUN_WIDE_CONSTANTS);
            assertThat(uses).as("%s: the state variables it reads", name).isEqualTo(read);
            assertThat(capturedSoFar).as("%s: uses only what an earlier request captures", name).containsAll(uses);
            capturedSoFar.addAll(captures);
        }
        assertThat(capturedSoFar).as("the suite captures tokens, slugs and comment ids")
                .contains("tokenA", "tokenB", "tokenC", "slugA1", "commentB");
    }

    @Test
    void requestNamesAreUniqueSoResultsMatchTheirDependencies() {
        List<JsonNode> items = new ArrayList<>();
        items(collection.path("item"), items);
        assertThat(items).extracting(i -> i.path("name").asText()).doesNotHaveDuplicates();
        assertThat(SuiteItems.of(collection).requests()).hasSameSizeAs(items);
    }

    private static void items(JsonNode items, List<JsonNode> out) {
        for (JsonNode item : items) {
            if (item.has("item")) {
                items(item.path("item"), out);
            } else {
                out.add(item);
            }
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> out = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theCommittedCollectionIsExactlyWhatTheGeneratorWrites(@TempDir Path tmp) {
        Path repo = TestSettings.repo();
        ProcessResult check = new ProcessRunner().run(ProcessSpec.tool("suite check",
                List.of("node", "suite/build-suite.mjs", "--check"), repo, tmp.resolve("check.log"), Duration.ofSeconds(60)));
        assertThat(check.succeeded()).as(check.describeFailure()).isTrue();
    }
}
