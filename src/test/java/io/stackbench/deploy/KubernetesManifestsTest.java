package io.stackbench.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests agree with each other: shard count, options, volumes, what kustomize patches. */
class KubernetesManifestsTest {

    private static final Path DIR = TestSettings.repo().resolve("deploy/kubernetes");
    private final YAMLMapper yaml = new YAMLMapper();

    @Test
    void eachPodRunsItsOneBasedShardOfAsManyShardsAsTheJobHasCompletions() throws IOException {
        JsonNode job = read("job.yaml");
        JsonNode spec = job.path("spec");
        JsonNode container = spec.at("/template/spec/containers/0");
        assertThat(spec.path("completionMode").asText()).isEqualTo("Indexed");
        assertThat(container.at("/env/0/name").asText()).isEqualTo("SHARDS");
        assertThat(container.at("/env/0/value").asText()).isEqualTo(spec.path("completions").asText());
        assertThat(spec.path("backoffLimitPerIndex").asInt()).isPositive();
        String script = container.at("/args/0").asText();
        assertThat(script).contains("stackbench bench", "--shard \"$((JOB_COMPLETION_INDEX + 1))/$SHARDS\"",
                "--results /results");
        assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/results", "/dev/shm");
        assertThat(spec.at("/template/spec/restartPolicy").asText()).isEqualTo("Never");
    }

    @Test
    void everyOptionTheCommandReadsComesFromTheConfigMap() throws IOException {
        JsonNode data = read("configmap.yaml").path("data");
        String script = read("job.yaml").at("/spec/template/spec/containers/0/args/0").asText();
        for (String name : List.of("AGENT", "TASKS", "RUNS", "JOBS", "EXTRA_ARGS")) {
            assertThat(script).contains("$" + name);
            assertThat(data.has(name)).as(name).isTrue();
        }
    }

    @Test
    void kustomizeSetsTheSameShardCountInCompletionsParallelismAndShards() throws IOException {
        JsonNode kustomization = read("kustomization.yaml");
        List<String> resources = new ArrayList<>();
        kustomization.path("resources").forEach(r -> resources.add(r.asText()));
        assertThat(resources).containsExactlyInAnyOrder("pvc.yaml", "configmap.yaml", "job.yaml");
        JsonNode jobPatch = null;
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.at("/target/kind").asText().equals("Job")) {
                jobPatch = yaml.readTree(patch.path("patch").asText());
            }
        }
        assertThat(jobPatch).isNotNull();
        List<String> paths = new ArrayList<>();
        List<String> values = new ArrayList<>();
        jobPatch.forEach(op -> {
            paths.add(op.path("path").asText());
            values.add(op.path("value").asText());
        });
        assertThat(paths).containsExactly("/spec/completions", "/spec/parallelism",
                "/spec/template/spec/containers/0/env/0/value");
        assertThat(values).containsOnly(values.get(0));
    }

    @Test
    void theResultsVolumeIsSharedByAllShards() throws IOException {
        JsonNode pvc = read("pvc.yaml");
        assertThat(pvc.at("/spec/accessModes/0").asText()).isEqualTo("ReadWriteMany");
        String claim = pvc.at("/metadata/name").asText();
        assertThat(read("job.yaml").at("/spec/template/spec/volumes/0/persistentVolumeClaim/claimName").asText()).isEqualTo(claim);
        assertThat(read("results-pod.yaml").at("/spec/volumes/0/persistentVolumeClaim/claimName").asText()).isEqualTo(claim);
    }

    private JsonNode read(String name) throws IOException {
        return yaml.readTree(DIR.resolve(name).toFile());
    }
}
