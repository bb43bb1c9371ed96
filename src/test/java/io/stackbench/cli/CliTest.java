package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionNamesStackBenchAndThePostgresBinaries() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("stackbench ", "PostgreSQL binaries 16.");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"tasks", "--help"}, {"tasks", "list", "--help"},
                {"tasks", "show", "--help"}, {"tasks", "export", "--help"}, {"evaluate", "--help"}, {"bench", "--help"}, {"report", "--help"}}) {
            out.getBuffer().setLength(0);
            assertThat(run(command)).as(String.join(" ", command)).isZero();
            assertThat(out.toString()).as(String.join(" ", command)).contains("Usage:");
        }
    }

    @Test
    void tasksListFiltersByFrameworkAndLevel() {
        assertThat(run("tasks", "list", "--framework", "koa", "--level", "2")).isZero();
        assertThat(out.toString()).contains("koa-openapi-postgres-sequelize", "4 tasks").doesNotContain("flask");
    }

    @Test
    void tasksShowPrintsThePrompt() {
        assertThat(run("tasks", "show", "django-openapi-clean_architecture-sqlite")).isZero();
        assertThat(out.toString()).contains("Django", "## Architecture", "SQLite", "openapi: 3.0.1");
    }

    @Test
    void anUnknownTaskExitsWithTheInputErrorCode() {
        assertThat(run("tasks", "show", "flask-openapi-mongodb")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown task 'flask-openapi-mongodb'");
    }

    @Test
    void anUnknownAgentExitsWithTheInputErrorCode() {
        assertThat(run("bench", "--agent", "gpt:5", "--tasks", "flask")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown agent 'gpt:5'", "openai:MODEL");
    }

    @Test
    void tasksExportWritesOneJsonPerTask(@TempDir Path dir) throws Exception {
        assertThat(run("tasks", "export", dir.toString())).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(80);
        }
        String hono = Files.readString(dir.resolve("hono-openapi-sqlite-sequelize.json"));
        assertThat(hono).contains("\"framework\" : \"hono\"", "\"runtime\" : \"node\"", "\"level\" : 2",
                "\"healthCheckPath\" : \"/api/health-check\"", "\"port\" : 8080", "\"basePath\" : \"/api\"",
                "\"runCommand\" : \"./run.sh\"", "npm install", "\"prompt\"");
    }
}
