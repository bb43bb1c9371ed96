package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OracleAgentTest {

    @TempDir
    Path tmp;

    private final TaskCatalog catalog = TaskCatalog.greenfield();

    private static String allText(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                text.append(f).append('\n').append(Files.readString(f)).append('\n');
            }
        }
        return text.toString().toLowerCase();
    }

    private Path reference() throws IOException {
        Path ref = Files.createDirectories(tmp.resolve("refs/koa"));
        Files.writeString(ref.resolve("oracle.json"), """
                {"runtime": "node", "default_database": "sqlite", "databases": {
                  "sqlite": {"database_url": "sqlite:conduit.db", "driver_dependency": "", "files": {"package-lock.json": "sqlite/package-lock.json"}},
                  "postgres": {"database_url": "postgres://localhost/conduit", "driver_dependency": "\\"pg\\": \\"8.13.1\\",", "files": {"package-lock.json": "postgres/package-lock.json"}}}}
                """);
        Files.writeString(ref.resolve("package.json.tmpl"), "{\"dependencies\": {\n{{driver_dependency}}\n\"koa\": \"2\"}}\n");
        Files.createDirectories(ref.resolve("src/config"));
        Files.writeString(ref.resolve("src/config/db.js.tmpl"), "export const url = '{{database_url}}';\n");
        Files.createDirectories(ref.resolve("oracle/sqlite"));
        Files.createDirectories(ref.resolve("oracle/postgres"));
        Files.writeString(ref.resolve("oracle/sqlite/package-lock.json"), "{\"sqlite3\": true}");
        Files.writeString(ref.resolve("oracle/postgres/package-lock.json"), "{\"pg\": true}");
        Files.createDirectories(ref.resolve("node_modules/koa"));
        Files.writeString(ref.resolve("node_modules/koa/index.js"), "x");
        return ref.getParent();
    }

    @Test
    void rendersTemplatesAndPicksTheVariantFilesOfTheTasksDatabase() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        new OracleAgent(reference()).materialise(catalog.get("koa-openapi-postgres-sequelize"), out);
        assertThat(out.resolve("package.json")).content().contains("\"pg\": \"8.13.1\",").doesNotContain("{{");
        assertThat(out.resolve("src/config/db.js")).hasContent("export const url = 'postgres://localhost/conduit';");
        assertThat(out.resolve("package-lock.json")).hasContent("{\"pg\": true}");
        assertThat(out.resolve("oracle")).doesNotExist();
        assertThat(out.resolve("oracle.json")).doesNotExist();
        assertThat(out.resolve("node_modules")).doesNotExist();
        assertThat(out.resolve("package.json.tmpl")).doesNotExist();
    }

    @Test
    void aTaskWithoutADatabaseConstraintGetsTheDefaultDatabase() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        new OracleAgent(reference()).materialise(catalog.get("koa-openapi-clean_architecture"), out);
        assertThat(allText(out)).contains("sqlite3").doesNotContain("pg\"", "postgres");
    }

    @Test
    void aFrameworkWithoutAReferenceIsAnInputError() {
        assertThatThrownBy(() -> new OracleAgent(tmp).materialise(catalog.get("hono-openapi-sqlite"), tmp.resolve("out")))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("no reference solution for hono");
    }

    @Test
    void theFlaskReferenceNamesOnlyTheTasksDatabase() throws IOException {
        OracleAgent oracle = new OracleAgent(TestSettings.repo().resolve("references"));
        Path sqlite = Files.createDirectories(tmp.resolve("sqlite"));
        oracle.materialise(catalog.get("flask-openapi-clean_architecture-sqlite-sqlalchemy"), sqlite);
        assertThat(allText(sqlite)).contains("sqlite:///conduit.db").doesNotContain("postgres", "psycopg");

        Path postgres = Files.createDirectories(tmp.resolve("postgres"));
        oracle.materialise(catalog.get("flask-openapi-clean_architecture-postgres-sqlalchemy"), postgres);
        assertThat(allText(postgres)).contains("psycopg", "postgresql+psycopg://user:password@localhost:5432/conduit")
                .doesNotContain("sqlite");
        assertThat(postgres.resolve("run.sh")).isExecutable();
    }
}
