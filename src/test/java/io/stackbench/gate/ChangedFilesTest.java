package io.stackbench.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedFilesTest {

    @TempDir
    Path repo;

    private final Gate gate = new Gate();

    /** A committed project whose repository imports a service, in services/api of a git repository. */
    private Path committedProject() {
        Path root = Projects.layeredWithAnUpwardImport(repo.resolve("services/api"));
        Projects.git(repo, "init", "-q");
        Projects.git(repo, "add", "-A");
        Projects.git(repo, "commit", "-q", "-m", "initial");
        return root;
    }

    @Test
    void onlyFindingsInFilesChangedOrAddedSinceTheRefAreReported() {
        Path root = committedProject();
        // Changed, not committed: a second upward import in a tracked file.
        Projects.write(root, "app/models/user.py", "from app.services import users\nclass User:\n    pass\n");
        // Untracked: a new repository importing a service.
        Projects.write(root, "app/repositories/articles.py", "from app.services import users\n");

        GateReport report = gate.run(GateOptions.of(root).withArchitecture("clean").withChangedSince("HEAD"));
        assertThat(report.findings()).extracting(f -> f.finding().file())
                .containsExactlyInAnyOrder("app/models/user.py", "app/repositories/articles.py");
        assertThat(report.outsideChanges()).isEqualTo(1);
        assertThat(report.exitCode()).isEqualTo(GateReport.FAIL);
    }

    @Test
    void committedChangesSinceAnOlderRefCount() {
        Path root = committedProject();
        Projects.write(root, "app/models/user.py", "from app.services import users\nclass User:\n    pass\n");
        Projects.git(repo, "commit", "-q", "-am", "models import services");
        GateReport report = gate.run(GateOptions.of(root).withArchitecture("clean").withChangedSince("HEAD~1"));
        assertThat(report.findings()).extracting(f -> f.finding().file()).containsExactly("app/models/user.py");
        assertThat(gate.run(GateOptions.of(root).withArchitecture("clean").withChangedSince("HEAD")).findings()).isEmpty();
    }

    @Test
    void projectWideFindingsAreKeptWhateverChanged() throws Exception {
        Path root = committedProject();
        Files.delete(root.resolve("app/services/users.py"));
        Projects.git(repo, "commit", "-q", "-am", "no services");
        GateReport report = gate.run(GateOptions.of(root).withArchitecture("clean").withChangedSince("HEAD"));
        assertThat(report.findings()).extracting(f -> f.finding().ruleId()).contains("architecture.layer-missing");
    }

    @Test
    void anUnknownRefOrADirectoryOutsideGitIsAnInputErrorWithGitsMessage() {
        Path root = committedProject();
        assertThatThrownBy(() -> gate.run(GateOptions.of(root).withArchitecture("clean").withChangedSince("no-such-branch")))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("--changed-since no-such-branch")
                .hasMessageContaining("no-such-branch").satisfies(e -> assertThat(((StackBenchException) e).exitCode()).isEqualTo(2));
        Path outside = Projects.layeredWithAnUpwardImport(repo.resolve("elsewhere"));
        Projects.write(outside, ".git", "gitdir: /nonexistent\n");
        assertThatThrownBy(() -> gate.run(GateOptions.of(outside).withArchitecture("clean").withChangedSince("HEAD")))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("failed (exit");
        assertThatThrownBy(() -> gate.run(GateOptions.of(root).withArchitecture("clean").withChangedSince("--output=x")))
                .hasMessageContaining("takes a git ref");
    }
}
