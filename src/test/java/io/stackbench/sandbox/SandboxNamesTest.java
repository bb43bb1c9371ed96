package io.stackbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.runtime.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed StackBench left is told by the owner in its sandboxes' names. */
class SandboxNamesTest {

    @TempDir
    Path dir;

    @Test
    void onlyFoldersOfSandboxesWhoseStackBenchIsGoneAreStale() throws Exception {
        String mine = new ProcessRunner().owner();
        String here = mine.substring(mine.lastIndexOf('.') + 1);
        Path gone = Files.createDirectories(dir.resolve(SandboxNames.of("1.2." + here, 7)));
        Files.createDirectories(dir.resolve(SandboxNames.of(mine, 1)));
        // Another host's sandbox (a shard elsewhere sharing STACKBENCH_HOME) cannot be proved gone here.
        Files.createDirectories(dir.resolve(SandboxNames.of("1.2.0123456789", 3)));
        // A cgroup hierarchy keeps control files beside the groups: they are no sandbox's.
        Files.writeString(dir.resolve("notify_on_release"), "0");
        assertThat(SandboxNames.stale(dir)).containsExactly(gone);
        assertThat(SandboxNames.owner(gone.getFileName().toString())).isEqualTo("1.2." + here);
    }
}
