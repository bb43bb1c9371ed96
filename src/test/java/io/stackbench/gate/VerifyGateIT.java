package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stackbench verify} as a CI gate, end to end and in-process: config file, baseline, a new violation, --explain. */
class VerifyGateIT {

    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    private int verify(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "verify";
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.execute(full);
    }

    @Test
    void aLegacyViolationIsBaselinedAndOnlyANewOneFailsTheGate() throws Exception {
        Path root = Projects.layeredWithAnUpwardImport(tmp.resolve("project"));
        Projects.write(root, ".stackbench.yml", """
                architecture: clean
                exclude: [scripts/**]
                rules:
                  architecture.service-imports-framework: warning
                baseline: .stackbench-baseline.json
                """);
        // Excluded by the config file: would be a second upward import.
        Projects.write(root, "scripts/seed/models.py", "from app.routes import users\n");
        String dir = root.toString();

        assertThat(verify(dir)).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("app/repositories/users.py:2: error [architecture.layer-direction]")
                .doesNotContain("scripts/");

        assertThat(verify(dir, "--update-baseline")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote 1 finding to the baseline");
        Path baseline = root.resolve(".stackbench-baseline.json");
        assertThat(new ObjectMapper().readTree(baseline.toFile()).path("version").asInt()).isEqualTo(1);

        Path sarif = tmp.resolve("report.sarif");
        assertThat(verify(dir, "--baseline", baseline.toString(), "--format", "sarif", "--output", sarif.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("architecture pass", "baselined 1 finding");
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results");
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
            assertThat(r.path("partialFingerprints").path("stackbench/v1").asText()).hasSize(32);
        });

        // A new upward import, with lines added above the old one: only the new one fails.
        Projects.write(root, "app/repositories/users.py", "import os\n\nfrom app.models.user import User\n" + Projects.UPWARD_IMPORT);
        Projects.write(root, "app/models/post.py", "from app.services import users\n");
        assertThat(verify(dir, "--format", "codequality")).as(err.toString()).isEqualTo(1);
        JsonNode issues = new ObjectMapper().readTree(out.toString());
        assertThat(issues).singleElement().satisfies(i -> assertThat(i.path("location").path("path").asText()).isEqualTo("app/models/post.py"));

        assertThat(verify(dir, "--no-config", "--architecture", "clean", "--format", "junit")).isEqualTo(1);
        assertThat(out.toString()).contains("<testsuite", "name=\"architecture.layer-direction\"", "<failure");
    }

    @Test
    void inputErrorsExitTwoWithTheFileAndKeyInTheMessage() throws Exception {
        Path root = Projects.layeredWithAnUpwardImport(tmp.resolve("project"));
        Path config = Projects.write(tmp, "gate.yml", "architecture: clean\nrulez: {}\n");
        assertThat(verify(root.toString(), "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(config + ":2: unknown key 'rulez'");
        assertThat(verify(root.toString(), "--architecture", "clean", "--baseline", tmp.resolve("none.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.json does not exist");
        assertThat(verify(root.toString(), "--architecture", "clean", "--changed-since", "HEAD")).isEqualTo(2);
        assertThat(err.toString()).contains("--changed-since HEAD");
        assertThat(verify()).isEqualTo(2);
        assertThat(err.toString()).contains("DIR");
    }

    @Test
    void explainPrintsTheRulesPageWithoutADirectory() {
        assertThat(verify("--explain", "architecture.layer-direction")).isZero();
        assertThat(out.toString()).startsWith("# architecture.layer-direction").contains("Bad:", "Good:");
        assertThat(verify("--explain", "architecture.upward")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown rule 'architecture.upward'", "architecture.layer-direction", "orm.raw-sql");
    }

    @Test
    void theHelpDocumentsTheExitCodes() {
        assertThat(verify("--help")).isZero();
        assertThat(out.toString()).contains("--changed-since", "--update-baseline", "codequality",
                "5   no finding at error severity, but a verifier could not judge");
        assertThat(Files.exists(tmp)).isTrue();
    }
}
