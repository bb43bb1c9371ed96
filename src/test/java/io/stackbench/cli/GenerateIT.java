package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.ExitReason;
import io.stackbench.agent.Generation;
import io.stackbench.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int generate(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "generate";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void generateLeavesTheWorkspaceThePatchAndTheRecordOfOneAgentRun() throws Exception {
        Path gen = dir.resolve("gen");
        assertThat(generate("--agent", "oracle", "--task", "koa-openapi-postgres-sequelize", "--out", gen.toString()))
                .as(err.toString()).isZero();

        assertThat(gen.resolve("workspace/run.sh")).exists();
        assertThat(Files.readString(gen.resolve("solution.patch"))).contains("+++ b/run.sh", "+++ b/package.json");
        assertThat(Files.readString(gen.resolve("prompt.md"))).contains("Koa", "PostgreSQL");
        Generation g = Json.mapper().readValue(gen.resolve("generation.json").toFile(), Generation.class);
        assertThat(g.exitReason()).isEqualTo(ExitReason.SUBMITTED);
        assertThat(g.agent()).isEqualTo(new Generation.AgentInfo("oracle", "oracle", "reference"));
        assertThat(out.toString()).contains("oracle on koa-openapi-postgres-sequelize: submitted", "solution.patch");
    }

    @Test
    void anOutputDirectoryWithFilesIsRefusedAndKept() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        assertThat(generate("--agent", "oracle", "--task", "koa-openapi-sqlite", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not empty");
        assertThat(dir.resolve("keep.txt")).hasContent("mine");
    }
}
