package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.stackbench.core.Json;
import io.stackbench.eval.TestSettings;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.verify.Database;
import io.stackbench.verify.Orm;
import io.stackbench.verify.Requirements;
import io.stackbench.verify.Verifier;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifOutputTest {

    @TempDir
    Path tmp;

    /** The official SARIF 2.1.0 schema, as Microsoft's jest-sarif package ships it (pinned in tools/sarif-schema). */
    private JsonNode sarifSchema() throws Exception {
        Path dir = io.stackbench.core.Settings.fromEnvironment().home().resolve("test-tools").resolve("sarif-schema");
        Path schema = dir.resolve("node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
        if (!Files.isRegularFile(schema)) {
            Files.createDirectories(dir);
            Path pinned = TestSettings.repo().resolve("tools/sarif-schema");
            Files.copy(pinned.resolve("package.json"), dir.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(pinned.resolve("package-lock.json"), dir.resolve("package-lock.json"), StandardCopyOption.REPLACE_EXISTING);
            ProcessResult install = new ProcessRunner().run(ProcessSpec.tool("npm ci (sarif schema)",
                    List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), dir, tmp.resolve("npm.log"), Duration.ofMinutes(5)));
            assertThat(install.succeeded()).as(install.describeFailure()).isTrue();
        }
        return new ObjectMapper().readTree(schema.toFile());
    }

    private JsonNode sarifOfAViolatingProject() throws Exception {
        Path root = tmp.resolve("project");
        write(root, "requirements.txt", "flask==3.1.0\nSQLAlchemy==2.0.36\npsycopg2-binary==2.9.10\n");
        write(root, "app/models/user.py", "from sqlalchemy.orm import DeclarativeBase\n");
        write(root, "app/repositories/users.py", "from app.services.users import x\nDB = 'sqlite:///conduit.db'\n");
        write(root, "app/services/users.py", "from flask import g\n");
        write(root, "app/routes/users.py", "from app.services import users\n");
        VerifyReport report = new Verifier().verify(root, new Requirements(true, Optional.of(Database.SQLITE), Optional.of(Orm.SQLALCHEMY)));
        assertThat(report.findings()).hasSizeGreaterThanOrEqualTo(3);
        // The last finding allowed by an exception, and one more verifier that could not judge.
        List<GateFinding> findings = Fingerprints.of(root, report.findings());
        List<GateFinding> reported = findings.subList(0, findings.size() - 1);
        Suppression allowed = new Suppression(findings.get(findings.size() - 1), Suppression.Kind.EXCEPTION, "reviewed by the DBA");
        List<VerifyReport.Verdict> verdicts = new java.util.ArrayList<>(Gate.rejudge(report, reported).verdicts());
        verdicts.add(new VerifyReport.Verdict("extra", false, VerifyReport.Status.CANNOT_JUDGE, "no source file it can read", List.of()));
        GateReport gate = new GateReport(new VerifyReport(report.root(), verdicts, report.files(), report.lines(), report.millis()),
                reported, List.of(allowed), 0, 0, Optional.empty());
        return new ObjectMapper().readTree(new ReportFormats(Json.mapper(), "test").render(ReportFormats.Format.SARIF, gate));
    }

    private static void write(Path root, String file, String text) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void theSarifOutputValidatesAgainstTheSarif210Schema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(sarifSchema());
        JsonNode sarif = sarifOfAViolatingProject();
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();
        // The check can fail: a result without its message is not valid SARIF.
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.path("runs").get(0).path("results").get(0)).remove("message");
        assertThat(schema.validate(sarif)).isNotEmpty();
    }

    @Test
    void rulesCarryIdsAndDescriptionsAndResultsCarryPhysicalLocations() throws Exception {
        JsonNode run = sarifOfAViolatingProject().path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(Verifier.catalogue().size())
                .allSatisfy(rule -> {
                    assertThat(rule.path("id").asText()).isNotBlank();
                    assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
                });
        assertThat(run.path("results")).isNotEmpty().allSatisfy(result -> {
            JsonNode location = result.path("locations").get(0).path("physicalLocation");
            assertThat(location.path("artifactLocation").path("uri").asText()).isNotBlank();
            assertThat(location.path("region").path("startLine").asInt()).isPositive();
            int index = result.path("ruleIndex").asInt();
            assertThat(run.path("tool").path("driver").path("rules").get(index).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
        });
        assertThat(run.path("results").findValuesAsText("ruleId")).contains("architecture.layer-direction",
                "architecture.service-imports-framework", "database.other-present");
    }

    @Test
    void everyResultHasAFingerprintAndSuppressedOnesCarryTheReason() throws Exception {
        JsonNode results = sarifOfAViolatingProject().path("runs").get(0).path("results");
        assertThat(results).allSatisfy(r -> assertThat(r.path("partialFingerprints").path("stackbench/v1").asText()).hasSize(32));
        JsonNode last = results.get(results.size() - 1);
        assertThat(last.path("suppressions")).hasSize(1);
        assertThat(last.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
        assertThat(last.path("suppressions").get(0).path("justification").asText()).isEqualTo("reviewed by the DBA");
        assertThat(results.get(0).has("suppressions")).isFalse();
    }

    @Test
    void aVerifierThatCannotJudgeIsAToolNotificationOfASuccessfulRun() throws Exception {
        JsonNode invocation = sarifOfAViolatingProject().path("runs").get(0).path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).path("level").asText()).isEqualTo("warning");
        assertThat(notifications.get(0).path("descriptor").path("id").asText()).isEqualTo("stackbench/cannot-judge/extra");
        assertThat(notifications.get(0).path("message").path("text").asText()).contains("extra", "no source file it can read");
    }
}
