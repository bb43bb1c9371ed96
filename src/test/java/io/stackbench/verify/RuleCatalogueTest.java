package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.eval.TestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void everyRuleHasAUniqueIdAndADocsPageWithABadAndAGoodExample() throws Exception {
        assertThat(Verifier.catalogue()).extracting(Verifier.RuleDescription::id).doesNotHaveDuplicates();
        for (Verifier.RuleDescription rule : Verifier.catalogue()) {
            Path page = TestSettings.repo().resolve("docs/rules").resolve(rule.id() + ".md");
            assertThat(page).as(rule.id()).exists();
            assertThat(Files.readString(page)).as(rule.id()).contains("# " + rule.id(), "**Why.**", "Bad", "Good");
        }
    }
}
