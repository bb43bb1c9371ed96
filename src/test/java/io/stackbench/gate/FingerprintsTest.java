package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.verify.Finding;
import io.stackbench.verify.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {

    @TempDir
    Path root;

    private static Finding at(String file, int line) {
        return new Finding("orm.raw-sql", Severity.ERROR, "orm", "raw SQL through the ORM", file, line);
    }

    @Test
    void aFingerprintSurvivesLinesInsertedAboveTheFinding() {
        Projects.write(root, "app/db.py", "import x\ndb.execute(\"SELECT 1\")\n");
        String before = Fingerprints.of(root, List.of(at("app/db.py", 2))).get(0).fingerprint();
        Projects.write(root, "app/db.py", "import x\n# a comment\nimport y\n\n    db.execute(\"SELECT   1\")\n");
        String after = Fingerprints.of(root, List.of(at("app/db.py", 5))).get(0).fingerprint();
        assertThat(after).isEqualTo(before).hasSize(32).matches("[0-9a-f]{32}");
    }

    @Test
    void identicalLinesInOneFileGetDistinctFingerprintsInFileOrder() {
        Projects.write(root, "app/db.py", "db.execute(\"SELECT 1\")\ndb.execute(\"SELECT 1\")\n");
        List<GateFinding> prints = Fingerprints.of(root, List.of(at("app/db.py", 2), at("app/db.py", 1)));
        assertThat(prints.get(0).fingerprint()).isNotEqualTo(prints.get(1).fingerprint());
        // The first line's finding is occurrence 0 however the findings were ordered.
        String first = Fingerprints.of(root, List.of(at("app/db.py", 1))).get(0).fingerprint();
        assertThat(prints.get(1).fingerprint()).isEqualTo(first);
    }

    @Test
    void theRuleAndTheFileArePartOfTheFingerprint() {
        Projects.write(root, "a.py", "x = 1\n");
        Projects.write(root, "b.py", "x = 1\n");
        Finding other = new Finding("orm.raw-driver", Severity.ERROR, "orm", "raw SQL through the ORM", "a.py", 1);
        assertThat(Fingerprints.of(root, List.of(at("a.py", 1), at("b.py", 1), other)))
                .extracting(GateFinding::fingerprint).doesNotHaveDuplicates();
    }

    @Test
    void aMissingFileOrLineFallsBackToTheMessage() {
        String missing = Fingerprints.of(root, List.of(at("gone.py", 3))).get(0).fingerprint();
        assertThat(Fingerprints.of(root, List.of(at("gone.py", 7))).get(0).fingerprint()).isEqualTo(missing);
        assertThat(Fingerprints.of(root, List.of(at("gone.py", 0))).get(0).fingerprint()).isEqualTo(missing);
    }
}
