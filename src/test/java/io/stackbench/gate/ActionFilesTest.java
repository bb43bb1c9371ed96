package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.stackbench.eval.TestSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub Action and the pre-commit hook at the repository's root are valid YAML with the keys their hosts read. */
class ActionFilesTest {

    private final YAMLMapper yaml = new YAMLMapper();

    @Test
    void theActionIsACompositeThatRunsVerifyAndUploadsSarif() throws Exception {
        JsonNode action = yaml.readTree(TestSettings.repo().resolve("action.yml").toFile());
        assertThat(action.path("name").asText()).isNotBlank();
        assertThat(action.path("description").asText()).isNotBlank();
        JsonNode inputs = action.path("inputs");
        assertThat(inputs.path("path").isObject()).isTrue();
        assertThat(inputs.path("args").isObject()).isTrue();
        assertThat(inputs.path("format").path("default").asText()).isEqualTo("sarif");
        assertThat(inputs.path("output").path("default").asText()).isEqualTo("stackbench.sarif");
        assertThat(inputs.path("upload-sarif").path("default").asText()).isEqualTo("true");
        assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");

        List<JsonNode> steps = new ArrayList<>();
        action.path("runs").path("steps").forEach(steps::add);
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.path("uses").asText()).isEqualTo("actions/setup-java@v4");
            assertThat(s.path("with").path("java-version").asText()).isEqualTo("17");
            assertThat(s.path("with").path("distribution").asText()).isEqualTo("temurin");
        });
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.path("run").asText()).contains("${{ github.action_path }}/stackbench", " verify ");
            assertThat(s.path("shell").asText()).isEqualTo("bash");
        });
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.path("uses").asText()).isEqualTo("github/codeql-action/upload-sarif@v3");
            assertThat(s.path("if").asText()).contains("always()", "inputs.upload-sarif", "hashFiles");
        });
        // Composite steps all need a shell or a uses.
        assertThat(steps).allSatisfy(s -> assertThat(s.has("uses") || s.has("shell")).isTrue());
    }

    @Test
    void thePreCommitHookRunsVerifyOnChangedFiles() throws Exception {
        JsonNode hooks = yaml.readTree(TestSettings.repo().resolve(".pre-commit-hooks.yaml").toFile());
        assertThat(hooks.isArray()).isTrue();
        JsonNode hook = hooks.get(0);
        assertThat(hook.path("id").asText()).isEqualTo("stackbench-verify");
        assertThat(hook.path("name").asText()).isNotBlank();
        assertThat(hook.path("language").asText()).isEqualTo("script");
        assertThat(hook.path("entry").asText()).isEqualTo("stackbench verify");
        assertThat(hook.path("pass_filenames").asBoolean(true)).isFalse();
        assertThat(hook.path("always_run").asBoolean()).isTrue();
        assertThat(hook.path("args")).extracting(JsonNode::asText).containsExactly(".", "--changed-since", "HEAD");
    }
}
