package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the verifiers cannot read they do not judge: they say so and why, never pass or fail it. */
class CannotJudgeTest {

    @TempDir
    Path root;

    private static final Requirements ALL = new Requirements(true, Optional.of(Database.POSTGRES), Optional.of(Orm.SQLALCHEMY));

    private static String status(VerifyReport report, String verifier) {
        return report.verdicts().stream().filter(v -> v.verifier().equals(verifier)).findFirst().orElseThrow().status().label();
    }

    @Test
    void aJavaServiceWithAFrontendScriptIsNotJudgedButItsConfiguredDatabaseIs() {
        new RuleHarness(root)
                .file("pom.xml", "<project/>\n")
                .file("src/main/java/io/conduit/ArticleController.java", "class ArticleController {}\n")
                .file("src/main/java/io/conduit/ArticleService.java", "class ArticleService {}\n")
                .file("src/main/java/io/conduit/ArticleRepository.java", "interface ArticleRepository {}\n")
                .file("src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://localhost:5432/conduit\n")
                .file("src/main/resources/static/app.js", "fetch('/api/articles');\n")
                .findings(ALL);
        VerifyReport report = new Verifier().verify(root, ALL);

        assertThat(status(report, "architecture")).isEqualTo("cannot-judge");
        assertThat(status(report, "orm")).isEqualTo("cannot-judge");
        assertThat(status(report, "database")).isEqualTo("pass");
        assertThat(report.verdicts().get(0).reason()).contains("Java (3 files)");
        assertThat(report.status()).isEqualTo(VerifyReport.Status.CANNOT_JUDGE);
        assertThat(report.passed()).isFalse();
    }

    @Test
    void withoutConfigurationTheDatabaseOfUnreadCodeCannotBeJudgedEither() {
        new RuleHarness(root)
                .file("go.mod", "module conduit\n")
                .file("main.go", "package main\n")
                .file("internal/handlers/articles.go", "package handlers\n")
                .findings(ALL);
        VerifyReport report = new Verifier().verify(root, ALL);

        assertThat(report.verdicts()).allSatisfy(v -> assertThat(v.status()).isEqualTo(VerifyReport.Status.CANNOT_JUDGE));
        assertThat(report.verdicts()).allSatisfy(v -> assertThat(v.reason()).contains("Go (2 files)"));
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void anotherDatabaseInTheConfigurationOfUnreadCodeStillFails() {
        new RuleHarness(root)
                .file("build.gradle", "plugins { id 'java' }\n")
                .file("src/main/java/App.java", "class App {}\n")
                .file("src/main/resources/application.yml", "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/conduit\n")
                .findings(ALL);
        VerifyReport report = new Verifier().verify(root, ALL);

        assertThat(status(report, "database")).isEqualTo("fail");
        assertThat(report.findings()).extracting(Finding::ruleId).contains("database.other-present");
    }

    @Test
    void anEmptyTreeHasNothingToJudge() {
        VerifyReport report = new Verifier().verify(root, ALL);

        assertThat(report.verdicts()).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(VerifyReport.Status.CANNOT_JUDGE);
            assertThat(v.reason()).contains("no Python, JavaScript or TypeScript source");
        });
    }
}
