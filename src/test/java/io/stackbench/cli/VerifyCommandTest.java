package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(root.resolve("app/models"));
        Files.createDirectories(root.resolve("app/repositories"));
        Files.createDirectories(root.resolve("app/services"));
        Files.createDirectories(root.resolve("app/routes"));
        Files.writeString(root.resolve("requirements.txt"), "flask==3.1.0\nSQLAlchemy==2.0.36\n");
        Files.writeString(root.resolve("app/models/user.py"), "from sqlalchemy.orm import DeclarativeBase\n");
        Files.writeString(root.resolve("app/repositories/users.py"), "from app.models.user import DeclarativeBase\nURL = 'sqlite:///conduit.db'\n");
        Files.writeString(root.resolve("app/services/users.py"), "from app.repositories import users\n");
        Files.writeString(root.resolve("app/routes/users.py"), "from app.services import users\n");
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void exitsZeroWhenNoFindingIsAnError() {
        assertThat(run("verify", root.toString(), "--task", "flask-openapi-clean_architecture-sqlite-sqlalchemy")).isZero();
        assertThat(out.toString()).contains("architecture pass", "database     pass", "orm          pass", "verified 4 files");
    }

    @Test
    void exitsOneWithFileLineAndRuleForEachFinding() {
        assertThat(run("verify", root.toString(), "--architecture", "clean", "--database", "postgres")).isEqualTo(1);
        assertThat(out.toString()).contains("app/repositories/users.py:2: error [database.other-present]",
                "requirements.txt:1: error [database.required-missing]", "database     FAIL");
    }

    @Test
    void exitsTwoOnUsageAndInputErrors() {
        assertThat(run("verify", root.toString(), "--database", "cassandra")).isEqualTo(2);
        assertThat(run("verify", root.toString(), "--framework", "express", "--orm", "sqlalchemy")).isEqualTo(2);
        assertThat(err.toString()).contains("express solutions use sequelize");
        assertThat(run("verify", root.resolve("missing").toString(), "--architecture", "clean")).isEqualTo(2);
        assertThat(run("verify", root.toString(), "--format", "xml")).isEqualTo(2);
    }

    @Test
    void writesSarifToTheOutputFileAndASummaryToTheConsole() throws Exception {
        Path sarif = root.resolve("report.sarif");
        assertThat(run("verify", root.toString(), "--orm", "sequelize", "--format", "sarif", "--output", sarif.toString())).isEqualTo(1);
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"", "\"ruleId\" : \"orm.not-used\"");
        assertThat(out.toString()).contains("orm          FAIL");
    }

    @Test
    void jsonOutputListsVerdictsAndFindings() {
        assertThat(run("verify", root.toString(), "--database", "postgres", "--format", "json")).isEqualTo(1);
        assertThat(out.toString()).contains("\"verdicts\"", "\"verifier\" : \"database\"", "\"ruleId\" : \"database.required-missing\"");
    }
}
