package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import io.stackbench.verify.Database;
import io.stackbench.verify.Orm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theConfigIsFoundInAParentUpToTheGitRootButNotAbove() throws Exception {
        Path repo = tmp.resolve("repo");
        Path service = repo.resolve("services/api");
        Files.createDirectories(service);
        Files.createDirectories(repo.resolve(".git"));
        Projects.write(tmp, ".stackbench.yml", "database: sqlite\n");
        assertThat(ConfigFiles.discover(service)).isEmpty();

        Path config = Projects.write(repo, "stackbench.toml", "database = \"postgres\"\n");
        assertThat(ConfigFiles.discover(service)).contains(config);
        Path nearer = Projects.write(service, ".stackbench.yaml", "orm: sqlalchemy\n");
        assertThat(ConfigFiles.discover(service)).contains(nearer);
    }

    @Test
    void everyKeyOfTheSchemaIsReadFromYaml() {
        Path file = Projects.write(tmp, ".stackbench.yml", """
                architecture: clean
                database: postgres
                orm: sqlalchemy
                layers:
                  routes: [endpoints, http]
                exclude: [frontend/**, scripts/**]
                rules:
                  orm.raw-sql: warning
                  architecture.service-imports-framework: off
                exceptions:
                  - rule: orm.raw-sql
                    paths: [app/reports/**]
                    reason: "hand-tuned reporting queries, reviewed by the DBA"
                baseline: .stackbench-baseline.json
                """);
        GateConfig config = ConfigFiles.load(file);
        assertThat(config.cleanArchitecture()).isTrue();
        assertThat(config.database()).contains(Database.POSTGRES);
        assertThat(config.orm()).contains(Orm.SQLALCHEMY);
        assertThat(config.layers()).containsEntry("routes", List.of("endpoints", "http"));
        assertThat(config.exclude()).containsExactly("frontend/**", "scripts/**");
        assertThat(config.rules()).containsEntry("orm.raw-sql", RuleLevel.WARNING)
                .containsEntry("architecture.service-imports-framework", RuleLevel.OFF);
        assertThat(config.exceptions()).containsExactly(new AllowedFindings("orm.raw-sql", List.of("app/reports/**"),
                "hand-tuned reporting queries, reviewed by the DBA"));
        assertThat(config.baseline()).contains(tmp.resolve(".stackbench-baseline.json"));
    }

    @Test
    void theSameSchemaIsReadFromToml() {
        Path file = Projects.write(tmp, "stackbench.toml", """
                architecture = "clean"
                exclude = ["frontend/**"]

                [rules]
                "orm.raw-sql" = "off"

                [[exceptions]]
                rule = "architecture.layer-direction"
                paths = ["legacy/**"]
                reason = "the legacy module is being rewritten"
                """);
        GateConfig config = ConfigFiles.load(file);
        assertThat(config.cleanArchitecture()).isTrue();
        assertThat(config.rules()).containsEntry("orm.raw-sql", RuleLevel.OFF);
        assertThat(config.exceptions()).extracting(AllowedFindings::rule).containsExactly("architecture.layer-direction");
    }

    @Test
    void anUnknownKeyIsRejectedNamingTheKeyTheLineAndTheFile() {
        Path file = Projects.write(tmp, ".stackbench.yml", "database: sqlite\nexcludes: [frontend/**]\n");
        assertThatThrownBy(() -> ConfigFiles.load(file)).isInstanceOf(StackBenchException.class)
                .hasMessageContaining(file + ":2:").hasMessageContaining("unknown key 'excludes'").hasMessageContaining("exclude");
        Path nested = Projects.write(tmp, "nested.yml", "exceptions:\n  - rule: orm.raw-sql\n    path: [x/**]\n    reason: r\n");
        assertThatThrownBy(() -> ConfigFiles.load(nested)).hasMessageContaining("unknown key 'exceptions[0].path'");
    }

    @Test
    void anExceptionWithoutAReasonIsRejected() {
        Path file = Projects.write(tmp, ".stackbench.yml", "exceptions:\n  - rule: orm.raw-sql\n    paths: [app/reports/**]\n");
        assertThatThrownBy(() -> ConfigFiles.load(file)).isInstanceOf(StackBenchException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("exceptions[0].reason' is required");
    }

    @Test
    void unknownRuleIdsAndLevelsAreRejected() {
        Path rules = Projects.write(tmp, "rules.yml", "rules:\n  orm.raw-sqll: warning\n");
        assertThatThrownBy(() -> ConfigFiles.load(rules)).hasMessageContaining("rules.orm.raw-sqll")
                .hasMessageContaining("unknown rule 'orm.raw-sqll'").hasMessageContaining("rules are architecture.layer-missing, architecture.layer-direction,");
        Path exceptions = Projects.write(tmp, "exceptions.yml", "exceptions:\n  - rule: orm.sql\n    paths: [x]\n    reason: r\n");
        assertThatThrownBy(() -> ConfigFiles.load(exceptions)).hasMessageContaining("exceptions[0].rule").hasMessageContaining("unknown rule 'orm.sql'");
        Path level = Projects.write(tmp, "level.yml", "rules:\n  orm.raw-sql: fatal\n");
        assertThatThrownBy(() -> ConfigFiles.load(level)).hasMessageContaining("rules.orm.raw-sql").hasMessageContaining("off, error, warning or note");
        Path database = Projects.write(tmp, "database.yml", "database: cassandra\n");
        assertThatThrownBy(() -> ConfigFiles.load(database)).hasMessageContaining(database + ": key 'database'");
    }

    @Test
    void commandLineOptionsOverrideTheConfigFile() {
        GateConfig config = ConfigFiles.load(Projects.write(tmp, ".stackbench.yml", """
                database: sqlite
                orm: sqlalchemy
                layers:
                  routes: [endpoints]
                  services: [usecase]
                """));
        GateOptions options = new GateOptions(tmp, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("postgres"), Optional.empty(), java.util.Map.of("routes", List.of("http")), Optional.empty(), false, Optional.empty());
        var requirements = RequirementSources.resolve(options, config);
        assertThat(requirements.database()).contains(Database.POSTGRES);
        assertThat(requirements.orm()).contains(Orm.SQLALCHEMY);
        assertThat(requirements.layerFolders()).containsEntry("routes", List.of("http")).containsEntry("services", List.of("usecase"));
    }
}
