package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTreeInfraTest {

    @TempDir
    Path root;

    @Test
    void runsLeftUnscoredByTheInfrastructureAreCountedApartAndNotLoadedAsRuns() throws Exception {
        Path run = Files.createDirectories(root.resolve("openai/m/flask-openapi-unconstrained/run_1"));
        Files.writeString(run.resolve("infra.json"), """
                {"schema": "stackbench.infra/1", "phase": "install", "attempt": 3,
                 "cause": "npm registry unreachable during the install: npm error code ECONNREFUSED", "attempts": []}
                """);
        Path retried = Files.createDirectories(root.resolve("openai/m/flask-openapi-unconstrained/run_2"));
        Files.writeString(retried.resolve("infra.json"), "{\"schema\": \"stackbench.infra/1\", \"phase\": \"generate\", \"cause\": \"x\"}");
        Files.writeString(retried.resolve("result.json"), "{}");

        ResultsTree.Loaded loaded = new ResultsTree().load(root);

        assertThat(loaded.runs()).isEmpty();
        assertThat(loaded.warnings()).contains("1 run not scored: infrastructure (install: npm registry unreachable during the "
                + "install: npm error code ECONNREFUSED); not in any mean; a sweep with the same arguments retries them");
    }
}
