package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    /** A file outside every workspace that a solution would love to make executable and run. */
    private Path outsideFile() throws Exception {
        Path file = Files.createDirectories(tmp.resolve("outside")).resolve("victim.sh");
        Files.writeString(file, "echo untouched\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static void assertUntouched(Path outside) throws Exception {
        assertThat(outside).hasContent("echo untouched");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outside))).isEqualTo("rw-------");
    }

    /**
     * Plants the chain from the incident in {@code tree}: {@code x -> .}, {@code p1 -> x/..},
     * {@code p2 -> p1/..} … {@code p5 -> p4/..}, {@code run.sh -> p5/<outside>}. Every target
     * looks local, yet each {@code pN} is one directory further up, so run.sh is the outside file.
     * {@code tree} must sit as deep as the workspace, so the chain climbs to the same place there.
     */
    private static void plantClimbingChain(Path tree, Path outside) throws Exception {
        Files.createDirectories(tree);
        Files.createSymbolicLink(tree.resolve("x"), Path.of("."));
        Files.createSymbolicLink(tree.resolve("p1"), Path.of("x/.."));
        for (int i = 2; i <= 5; i++) {
            Files.createSymbolicLink(tree.resolve("p" + i), Path.of("p" + (i - 1) + "/.."));
        }
        Path top = tree.toRealPath();
        for (int i = 0; i < 5 && top.getParent() != null; i++) {
            top = top.getParent();
        }
        Files.createSymbolicLink(tree.resolve("run.sh"), Path.of("p5").resolve(top.relativize(outside.toRealPath())));
        assertThat(tree.resolve("run.sh").toRealPath()).as("the chain really leads out").isEqualTo(outside.toRealPath());
    }

    /** What {@code git diff --cached --binary} makes of {@code tree}: links become mode 120000 entries. */
    private Path gitPatchOf(Path tree) throws Exception {
        git(tree, "init", "-q");
        git(tree, "add", "-A");
        Path patch = tmp.resolve(tree.getFileName() + ".patch");
        git(tree, "diff", "--cached", "--binary", "--output=" + patch);
        return patch;
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("git " + String.join(" ", args)).isTrue();
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

    @Test
    void refusesACopiedSolutionWhoseLocalLookingLinksClimbOutAndLeavesTheOutsideFileAlone() throws Exception {
        Path outside = outsideFile();
        Path source = tmp.resolve("src").resolve("solution");
        plantClimbingChain(source, outside);
        Workspace ws = workspace();
        assertRefusedLeavingNothing(ws, () -> ws.copyFrom(source), outside);
    }

    /** The chain is refused as invalid input naming its first link, nothing of it stays, the outside file is intact. */
    private void assertRefusedLeavingNothing(Workspace ws, org.assertj.core.api.ThrowableAssert.ThrowingCallable step,
                                             Path outside) throws Exception {
        assertThatThrownBy(step)
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("p1 is a symbolic link to x/.. that resolves to " + tmp.resolve("run").toRealPath()
                        + ", outside the workspace")
                .satisfies(e -> assertThat(((StackBenchException) e).kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT));
        assertThat(ws.dir()).as("no link out is left behind").isEmptyDirectory();
        assertUntouched(outside);
    }

    @Test
    void refusesAPatchWhoseLocalLookingLinksClimbOutAndLeavesTheOutsideFileAlone() throws Exception {
        Path outside = outsideFile();
        Path tree = tmp.resolve("repo").resolve("solution");
        plantClimbingChain(tree, outside);
        Path patch = gitPatchOf(tree);
        assertThat(Files.readString(patch)).contains("new file mode 120000");
        Workspace ws = workspace();
        assertRefusedLeavingNothing(ws, () -> ws.applyPatch(patch), outside);
    }

    @Test
    void makingRunShExecutableNeverFollowsALinkOutOfTheWorkspace() throws Exception {
        // As if a dependency install (solution code) planted the chain after the workspace was checked.
        Path outside = outsideFile();
        Workspace ws = workspace();
        plantClimbingChain(ws.dir(), outside);

        assertThatThrownBy(() -> Workspace.makeExecutable(ws.dir(), "run.sh"))
                .isInstanceOf(SolutionFailure.class)
                .hasMessageContaining("run.sh is not a regular file inside the workspace");
        assertUntouched(outside);
    }

    @Test
    void keepsAnHonestLinkInsideTheWorkspaceFromAPatchAndFromACopy() throws Exception {
        Path tree = tmp.resolve("repo").resolve("solution");
        Files.createDirectories(tree.resolve("src"));
        Files.writeString(tree.resolve("src/app.py"), "print('hi')\n");
        Files.createSymbolicLink(tree.resolve("app.py"), Path.of("src/app.py"));
        Files.writeString(tree.resolve("src/run.sh"), "python app.py\n");
        Files.createSymbolicLink(tree.resolve("run.sh"), Path.of("src/run.sh"));
        Path patch = gitPatchOf(tree);

        Workspace patched = workspace();
        patched.applyPatch(patch);
        assertThat(Files.readSymbolicLink(patched.dir().resolve("app.py"))).isEqualTo(Path.of("src/app.py"));
        assertThat(patched.dir().resolve("app.py")).hasContent("print('hi')");

        Workspace copied = Workspace.create(tmp.resolve("copy/solution"), tmp.resolve("copy/logs"), new ProcessRunner());
        copied.copyFrom(tree);
        assertThat(Files.readSymbolicLink(copied.dir().resolve("app.py"))).isEqualTo(Path.of("src/app.py"));

        Workspace.makeExecutable(copied.dir(), "run.sh");
        assertThat(Files.isExecutable(copied.dir().resolve("src/run.sh"))).as("the link's target inside is made executable").isTrue();
        assertThat(Files.isSymbolicLink(copied.dir().resolve("run.sh"))).isTrue();
    }

    @Test
    void refusesALinkThatDanglesThroughAMissingDirectory() throws Exception {
        Path source = tmp.resolve("src");
        Files.createDirectories(source);
        Files.writeString(source.resolve("app.py"), "print('hi')\n");
        // Lexically "missing/../app.py" is app.py; the kernel cannot walk through the missing directory.
        Files.createSymbolicLink(source.resolve("main.py"), Path.of("missing/../app.py"));
        Workspace ws = workspace();
        assertThatThrownBy(() -> ws.copyFrom(source))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("main.py is a symbolic link to missing/../app.py that leads nowhere");
        assertThat(ws.dir()).isEmptyDirectory();
    }

    @Test
    void refusesALinkLoop() throws Exception {
        Path source = tmp.resolve("src");
        Files.createDirectories(source);
        Files.createSymbolicLink(source.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(source.resolve("b"), Path.of("a"));
        Workspace ws = workspace();
        assertThatThrownBy(() -> ws.copyFrom(source))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("a is a symbolic link to b that does not resolve")
                .hasMessageContaining("b is a symbolic link to a that does not resolve");
    }

    @Test
    void deletingStaleDatabaseFilesRemovesALinkButNotWhatItPointsTo() throws Exception {
        Path outside = outsideFile();
        Workspace ws = workspace();
        Files.createSymbolicLink(ws.dir().resolve("conduit.db"), outside);
        assertThat(ws.deleteMatching(List.of("*.db"))).containsExactly(Path.of("conduit.db"));
        assertThat(Files.exists(ws.dir().resolve("conduit.db"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertUntouched(outside);
    }
}
