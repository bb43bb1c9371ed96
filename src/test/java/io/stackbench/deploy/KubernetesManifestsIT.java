package io.stackbench.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/kubernetes/validate.sh accepts the shipped manifests and Dockerfile, and rejects broken
 * ones: kubeconform against the Kubernetes schemas, hadolint and the COPY sources. The first run
 * on a machine builds kubeconform and fetches the schemas (about 1.5 minutes), later runs take seconds.
 */
class KubernetesManifestsIT {

    private static final Path DIR = TestSettings.repo().resolve("deploy/kubernetes");

    @Test
    void theShippedManifestsAndDockerfilePassOnTheOldestAndNewestKubernetes() throws Exception {
        Run run = validate();
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Kubernetes 1.31.0:", "Kubernetes 1.37.0:");
        assertThat(run.output().split("Valid: 4, Invalid: 0, Errors: 0, Skipped: 0", -1)).as(run.output()).hasSize(3);
        assertThat(run.output()).contains(DIR.resolve("Dockerfile") + ":");
    }

    @Test
    void aJobWithAMisspelledFieldOrAWrongTypeIsRejected(@TempDir Path tmp) throws Exception {
        String job = Files.readString(DIR.resolve("job.yaml"));
        assertThat(job).contains("backoffLimitPerIndex: 2", "completions: 4");
        Path broken = tmp.resolve("job.yaml");
        Files.writeString(broken, job.replace("backoffLimitPerIndex: 2", "backofLimitPerIndex: 2")
                .replace("completions: 4", "completions: four"));

        Run run = validate(broken.toString());

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("additional properties 'backofLimitPerIndex' not allowed",
                "/spec/completions", "Valid: 0, Invalid: 1");
    }

    @Test
    void aFileWithoutAnyResourceIsRejected(@TempDir Path tmp) throws Exception {
        Path empty = tmp.resolve("empty.yaml");
        Files.writeString(empty, "# nothing here\n");

        Run run = validate(empty.toString());

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("no Kubernetes resource");
    }

    @Test
    void aDockerfileWithAMissingCopySourceOrAnUntaggedBaseIsRejected(@TempDir Path tmp) throws Exception {
        Path dockerfile = tmp.resolve("Dockerfile.broken");
        Files.writeString(dockerfile, "FROM debian\nCOPY no-such-folder/ /opt/x/\n");

        Run run = validate(dockerfile.toString());

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("COPY source no-such-folder/ does not exist", "DL3006");
    }

    private record Run(int exit, String output) {
    }

    private static Run validate(String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", DIR.resolve("validate.sh").toString()));
        command.addAll(List.of(files));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        // Read on this thread: the output is small, and reading it is what lets the script finish.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("validate.sh did not finish:\n" + output);
        }
        assertThat(process.exitValue()).as("validate.sh could not install its tools:\n" + output).isNotEqualTo(3);
        return new Run(process.exitValue(), output);
    }
}
