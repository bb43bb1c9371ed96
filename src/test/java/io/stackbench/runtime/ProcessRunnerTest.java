package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {

    @TempDir
    Path dir;

    private final ProcessRunner runner = new ProcessRunner();

    private ProcessSpec bash(String script, Duration timeout, long cap) {
        return new ProcessSpec("test", List.of("bash", "-c", script), dir, Map.of(), true, dir.resolve("out.log"), cap, timeout, true);
    }

    @Test
    void reportsExitCodeAndKeepsTheOutputTail() {
        ProcessResult result = runner.run(bash("echo hello; echo oops >&2; exit 3", Duration.ofSeconds(10), 1024));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.outputTail()).contains("hello", "oops");
        assertThat(result.describeFailure()).contains("exited with code 3", "oops");
    }

    @Test
    void killsAHungProcessAtItsTimeLimit() {
        long start = System.nanoTime();
        ProcessResult result = runner.run(bash("trap '' TERM; sleep 600", Duration.ofMillis(500), 1024));
        assertThat(result.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.describeFailure()).contains("did not finish");
    }

    @Test
    void capsAFloodOfOutputWithoutBlockingTheChild() throws Exception {
        // 50 MB through the pipe; the log keeps 64 KiB and says how much it dropped.
        ProcessResult result = runner.run(bash("head -c 52428800 /dev/zero | tr '\\0' x; echo; echo END",
                Duration.ofSeconds(60), 64 * 1024));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.outputTruncated()).isTrue();
        assertThat(Files.size(result.log())).isLessThan(70 * 1024);
        assertThat(Files.readString(result.log())).contains("output truncated at 65536 bytes");
        assertThat(result.outputTail()).contains("END");
    }

    @Test
    void leavesNoChildBehindWhenAToolExitsWithBackgroundWorkRunning() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        runner.run(bash("(trap '' TERM; sleep 600) & echo $! > " + pidFile + "; exit 0", Duration.ofSeconds(10), 1024));
        long child = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessTree.isLive(child)).isFalse();
    }

    @Test
    void stopsProcessesWhoseStackBenchOwnerIsGoneAndKeepsThoseOfALiveOne() throws Exception {
        Process liveOwner = new ProcessBuilder("sleep", "60").start();
        String liveIdentity = ProcessTree.identity(liveOwner.pid()).orElseThrow() + "." + HostKey.CURRENT;
        String goneIdentity = "999999999.12345." + HostKey.CURRENT;
        Process orphan = owned(goneIdentity);
        Process kept = owned(liveIdentity);
        try {
            assertThat(runner.stopOrphans()).contains(goneIdentity).doesNotContain(liveIdentity);
            assertThat(orphan.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).as("the orphan is stopped").isTrue();
            assertThat(kept.isAlive()).as("a live StackBench's child is left alone").isTrue();
        } finally {
            orphan.destroyForcibly();
            kept.destroyForcibly();
            liveOwner.destroyForcibly();
        }
    }

    @Test
    void leavesAloneProcessesOfAStackBenchThatCannotBeProvedGoneOnThisHost() throws Exception {
        // Another machine's (or another pid namespace's) StackBench sharing the results: its pid
        // means nothing here. An owner without a host key predates sharding and is not provable either.
        String foreign = "999999999.12345." + HostKey.of("another-boot", "pid:[1]");
        String legacy = "999999999.12345";
        Process a = owned(foreign);
        Process b = owned(legacy);
        try {
            assertThat(runner.stopOrphans()).doesNotContain(foreign, legacy);
            assertThat(a.isAlive()).isTrue();
            assertThat(b.isAlive()).isTrue();
            assertThat(ProcessRunner.ownerAlive(foreign)).isTrue();
            assertThat(ProcessRunner.ownerAlive("999999999.12345." + HostKey.CURRENT)).isFalse();
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
    }

    private static Process owned(String owner) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("sleep", "60");
        builder.environment().put(ProcessTree.OWNER_VARIABLE, owner);
        return builder.start();
    }

    @Test
    void stopsEveryProcessCarryingATagWhereverItWent() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("setsid", "sleep", "60");
        builder.environment().put("STACKBENCH_TEST_TAG", "t-1");
        Process tagged = builder.start();
        ProcessBuilder otherBuilder = new ProcessBuilder("sleep", "60");
        otherBuilder.environment().put("STACKBENCH_TEST_TAG", "t-2");
        Process other = otherBuilder.start();
        try {
            assertThat(runner.stopTagged("STACKBENCH_TEST_TAG", "t-1")).isTrue();
            assertThat(tagged.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(other.isAlive()).isTrue();
        } finally {
            tagged.destroyForcibly();
            other.destroyForcibly();
        }
    }
}
