package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path tmp;

    private Workspace workspace() {
        return Workspace.create(tmp.resolve("run").resolve("solution"), tmp.resolve("run").resolve("logs"), new ProcessRunner());
    }

    private Path patch(String text) throws Exception {
        return Files.writeString(tmp.resolve("in.patch"), text);
    }

    @Test
    void appliesAGitPatchOntoTheEmptyBaseTree() throws Exception {
        Workspace ws = workspace();
        ws.applyPatch(patch("""
                diff --git a/app/main.py b/app/main.py
                new file mode 100644
                --- /dev/null
                +++ b/app/main.py
                @@ -0,0 +1,2 @@
                +print("hello")
                +print("world")
                diff --git a/run.sh b/run.sh
                new file mode 100755
                --- /dev/null
                +++ b/run.sh
                @@ -0,0 +1 @@
                +python app/main.py
                """));
        assertThat(ws.dir().resolve("app/main.py")).hasContent("print(\"hello\")\nprint(\"world\")");
        assertThat(Files.isExecutable(ws.dir().resolve("run.sh"))).isTrue();
    }

    @Test
    void refusesAPatchThatWritesOutsideTheWorkspaceAndWritesNothing() throws Exception {
        Workspace ws = workspace();
        assertThatThrownBy(() -> ws.applyPatch(patch("""
                diff --git a/../../escape.txt b/../../escape.txt
                new file mode 100644
                --- /dev/null
                +++ b/../../escape.txt
                @@ -0,0 +1 @@
                +pwned
                """)))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("escape.txt");
        assertThat(tmp.resolve("escape.txt")).doesNotExist();
        assertThat(tmp.getParent().resolve("escape.txt")).doesNotExist();
        assertThat(ws.dir()).isEmptyDirectory();
    }

    @Test
    void refusesAPatchThatPlantsALinkPointingOutside() throws Exception {
        Workspace ws = workspace();
        assertThatThrownBy(() -> ws.applyPatch(patch("""
                diff --git a/etc b/etc
                new file mode 120000
                --- /dev/null
                +++ b/etc
                @@ -0,0 +1 @@
                +/etc
                \\ No newline at end of file
                """)))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("outside the workspace");
    }

    @Test
    void aMalformedPatchIsAnInputErrorThatSaysSo() throws Exception {
        Workspace ws = workspace();
        assertThatThrownBy(() -> ws.applyPatch(patch("""
                diff --git a/x b/x
                --- a/x
                +++ b/x
                @@ -1,3 +1,3 @@ this hunk lies about its size
                +only one line
                """)))
                .isInstanceOf(StackBenchException.class)
                .satisfies(e -> assertThat(((StackBenchException) e).kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT));
    }

    @Test
    void copiesASolutionWithoutItsDependencyFoldersAndRecordsItAsAPatch() throws Exception {
        Path source = tmp.resolve("src");
        Files.createDirectories(source.resolve("node_modules/left-pad"));
        Files.writeString(source.resolve("node_modules/left-pad/index.js"), "module.exports = 1;\n");
        Files.createDirectories(source.resolve("routes"));
        Files.writeString(source.resolve("routes/users.js"), "export default 1;\n");
        Files.writeString(source.resolve("conduit.db"), "binary");
        Files.writeString(source.resolve(".gitignore"), "/routes/\n");
        Files.createDirectories(source.resolve("app/__pycache__"));
        Files.writeString(source.resolve("app/__pycache__/x.pyc"), "cache");
        Workspace ws = workspace();
        ws.copyFrom(source);
        assertThat(ws.dir().resolve("routes/users.js")).exists();
        assertThat(ws.dir().resolve("node_modules")).doesNotExist();

        Path patch = tmp.resolve("solution.patch");
        ws.writePatch(patch);
        assertThat(Files.readString(patch)).as("the solution's .gitignore does not hide evaluated files")
                .contains("+++ b/routes/users.js").doesNotContain("conduit.db", "x.pyc");

        Workspace replay = Workspace.create(tmp.resolve("replay/solution"), tmp.resolve("replay/logs"), new ProcessRunner());
        replay.applyPatch(patch);
        assertThat(replay.dir().resolve("routes/users.js")).hasContent("export default 1;");
    }

    @Test
    void refusesASolutionWhoseLinkPointsOutsideIt() throws Exception {
        Path source = tmp.resolve("src");
        Files.createDirectories(source);
        Files.createSymbolicLink(source.resolve("secrets"), Path.of("/etc"));
        assertThatThrownBy(() -> workspace().copyFrom(source))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("outside the solution");
    }

    @Test
    void aWorkspaceGivenByRelativePathsStillRecordsAndAppliesPatches() throws Exception {
        // The default results directory is relative ("results/..."), while git runs inside the workspace.
        Path base = Path.of("target", "relative-workspace-" + java.util.UUID.randomUUID());
        try {
            Workspace ws = Workspace.create(base.resolve("run/solution"), base.resolve("run/logs"), new ProcessRunner());
            Files.writeString(ws.dir().resolve("run.sh"), "echo hi\n");
            Path patch = base.resolve("solution.patch");
            ws.writePatch(patch);
            assertThat(Files.readString(patch)).contains("+++ b/run.sh");

            Workspace replay = Workspace.create(base.resolve("replay/solution"), base.resolve("replay/logs"), new ProcessRunner());
            replay.applyPatch(patch);
            assertThat(replay.dir().resolve("run.sh")).hasContent("echo hi");
        } finally {
            Workspace.deleteTree(base);
        }
    }
}
