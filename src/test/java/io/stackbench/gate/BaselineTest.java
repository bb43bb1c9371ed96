package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path tmp;

    private final Gate gate = new Gate();

    private GateOptions options(Path root, Path baseline, boolean update) {
        return GateOptions.of(root).withArchitecture("clean").withBaseline(baseline, update);
    }

    @Test
    void updateBaselineWritesVersionedSortedFingerprintsWithRuleFileAndMessage() throws Exception {
        Path root = Projects.layeredWithAnUpwardImport(tmp.resolve("p"));
        Projects.write(root, "app/models/post.py", "from app.routes import users\n");
        Path baseline = tmp.resolve("baseline.json");
        GateReport written = gate.run(options(root, baseline, true));
        assertThat(written.baselineWritten()).contains(baseline);
        assertThat(written.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(baseline.toFile());
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("findings")).hasSize(2);
        assertThat(doc.path("findings").findValuesAsText("file")).containsExactly("app/models/post.py", "app/repositories/users.py");
        assertThat(doc.path("findings").get(0).path("rule").asText()).isEqualTo("architecture.layer-direction");
        assertThat(doc.path("findings").get(0).path("message").asText()).isNotBlank();
        assertThat(doc.path("findings").get(0).path("fingerprint").asText()).hasSize(32);
    }

    @Test
    void aBaselineSuppressesOldFindingsReportsNewOnesAndCountsFixedOnes() {
        Path root = Projects.layeredWithAnUpwardImport(tmp.resolve("p"));
        Projects.write(root, "app/models/post.py", "from app.routes import users\n");
        Path baseline = tmp.resolve("baseline.json");
        gate.run(options(root, baseline, true));

        GateReport unchanged = gate.run(options(root, baseline, false));
        assertThat(unchanged.findings()).isEmpty();
        assertThat(unchanged.suppressed(Suppression.Kind.BASELINE)).isEqualTo(2);
        assertThat(unchanged.exitCode()).isEqualTo(GateReport.PASS);

        // One old finding fixed, lines inserted above the other, one new finding.
        Projects.write(root, "app/models/post.py", "class Post:\n    pass\n");
        Projects.write(root, "app/repositories/users.py", "import os\n\nfrom app.models.user import User\n" + Projects.UPWARD_IMPORT);
        Projects.write(root, "app/repositories/articles.py", "from app.services import users\n");
        GateReport later = gate.run(options(root, baseline, false));
        assertThat(later.findings()).singleElement().satisfies(f -> assertThat(f.finding().file()).isEqualTo("app/repositories/articles.py"));
        assertThat(later.suppressed()).singleElement().satisfies(s -> assertThat(s.finding().finding().file()).isEqualTo("app/repositories/users.py"));
        assertThat(later.fixed()).isEqualTo(1);
        assertThat(later.exitCode()).isEqualTo(GateReport.FAIL);
    }

    @Test
    void aMissingBaselineIsAnErrorUnlessItIsBeingWritten() {
        Path root = Projects.layeredWithAnUpwardImport(tmp.resolve("p"));
        Path baseline = tmp.resolve("none.json");
        assertThatThrownBy(() -> gate.run(options(root, baseline, false))).isInstanceOf(StackBenchException.class)
                .hasMessageContaining(baseline.toString()).hasMessageContaining("--update-baseline");
        assertThat(gate.run(options(root, baseline, true)).baselineWritten()).contains(baseline);
        assertThat(baseline).exists();
    }

    @Test
    void aMalformedBaselineIsAnErrorNamingTheFile() throws Exception {
        Path root = Projects.layeredWithAnUpwardImport(tmp.resolve("p"));
        Path baseline = tmp.resolve("baseline.json");
        for (String text : new String[] {"not json", "{\"version\": 2, \"findings\": []}", "{\"version\": 1, \"findings\": [{}]}"}) {
            Files.writeString(baseline, text);
            assertThatThrownBy(() -> gate.run(options(root, baseline, false))).isInstanceOf(StackBenchException.class)
                    .hasMessageContaining("baseline " + baseline);
        }
    }

    @Test
    void theConfigFilesBaselineIsTheDefault() {
        Path root = Projects.layeredWithAnUpwardImport(tmp.resolve("p"));
        Projects.write(root, ".stackbench.yml", "architecture: clean\nbaseline: .stackbench-baseline.json\n");
        GateReport written = gate.run(new GateOptions(root, java.util.Optional.empty(), false, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Map.of(), java.util.Optional.empty(), true, java.util.Optional.empty()));
        assertThat(written.baselineWritten()).contains(root.resolve(".stackbench-baseline.json"));
        assertThat(gate.run(GateOptions.of(root)).exitCode()).isEqualTo(GateReport.PASS);
    }
}
