package io.stackbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.Isolation;
import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.Databases;
import io.stackbench.runtime.ProcessRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed unless told otherwise, and honest about what a machine lacks. */
class SandboxesTest {

    @TempDir
    Path home;

    private final ProcessRunner runner = new ProcessRunner();

    @Test
    void aMachineWithoutTheSandboxProgramsIsToldWhichPackagesToInstallAndHowToRunUnsealed() {
        Machine bare = Machine.probe(home.toString());
        Settings settings = Settings.fromEnvironment();
        assertThatThrownBy(() -> Sandboxes.create(settings, runner, new Databases(home, Optional.empty(), runner), bare))
                .isInstanceOf(StackBenchException.class)
                .satisfies(e -> assertThat(((StackBenchException) e).kind()).isEqualTo(StackBenchException.Kind.ENVIRONMENT))
                .hasMessageContaining("cannot seal runs")
                .hasMessageContaining("bubblewrap")
                .hasMessageContaining("passt")
                .hasMessageContaining("scripts/install-machine-tools.sh")
                .hasMessageContaining("--isolation none");
    }

    @Test
    void unsealedRunsNeedNothingOfTheMachineAndSayNone() {
        Settings settings = Settings.fromEnvironment().withIsolation(Isolation.NONE);
        try (Sandboxes sandboxes = Sandboxes.create(settings, runner, new Databases(home, Optional.empty(), runner));
             Sandbox sandbox = sandboxes.open(new SandboxSpec("x", SandboxSpec.Network.LOOPBACK, List.of(), false, List.of()))) {
            assertThat(sandbox.sealed()).isFalse();
            assertThat(sandbox.isolation().id()).isEqualTo("none");
            assertThat(sandbox.networkEntry()).isEmpty();
        }
    }

    @Test
    void loopbackOnlySandboxesCannotForwardHostPorts() {
        assertThatThrownBy(() -> new SandboxSpec("x", SandboxSpec.Network.LOOPBACK, List.of(), false, List.of(11434)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
