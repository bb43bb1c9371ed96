package io.stackbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.contract.Suite;
import io.stackbench.core.Isolation;
import io.stackbench.core.Json;
import io.stackbench.core.ResourceLimits;
import io.stackbench.core.Settings;
import io.stackbench.eval.Harness;
import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.SolutionSource;
import io.stackbench.eval.TestSettings;
import io.stackbench.runtime.Hashes;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sandbox promises, shown end to end with hostile solutions: each {@code run.sh} below
 * does its hostile thing and then serves only the health check. After each, the evaluation must
 * have contained it, no process of the sandbox users (61000, 61001) may be left, and an honest
 * health-only solution must score exactly what it scored before any hostile run.
 */
class HostileSolutionsIT {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(20);
    private static final ResourceLimits LIMITS = new ResourceLimits(256, 512L << 20, 2, 256L << 20);
    private static final String NO_DEPENDENCIES = "# no dependencies\n";
    private static final Task SQLITE = TaskCatalog.greenfield().get("flask-openapi-sqlite");
    private static final Task POSTGRES = TaskCatalog.greenfield().get("flask-openapi-postgres");

    /** Answers 200 on the health check and 404 elsewhere, on {@code host} port 8080; scores ~0% but starts. */
    private static String serve(String host) {
        return """
                exec python3 -c '
                import http.server, socket
                class Handler(http.server.BaseHTTPRequestHandler):
                    def do_GET(self):
                        self.send_response(200 if self.path == "/api/health-check" else 404)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                    do_POST = do_PUT = do_DELETE = do_GET
                    def log_message(self, *args):
                        pass
                class Server(http.server.HTTPServer):
                    address_family = socket.AF_INET6 if ":" in "%1$s" else socket.AF_INET
                Server(("%1$s", 8080), Handler).serve_forever()'
                """.formatted(host);
    }

    private static final String HEALTH_ONLY = serve("127.0.0.1");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path root;
    private static Settings settings;
    private static Harness harness;
    private static RunResult baseline;
    private static long classStart;
    private long testStart;

    @BeforeAll
    static void baselineOfAnHonestHealthOnlySolution() throws Exception {
        classStart = System.nanoTime();
        settings = TestSettings.withHealthTimeout(HEALTH_TIMEOUT).withIsolation(Isolation.SANDBOX).withLimits(LIMITS);
        harness = new Harness(settings, Optional.empty());
        baseline = evaluate(SQLITE, "baseline", HEALTH_ONLY, NO_DEPENDENCIES);
        assertThat(baseline.phase("start").map(PhaseResult::status)).contains(PhaseResult.Status.PASSED);
        assertThat(baseline.assertions().total()).isGreaterThanOrEqualTo(300);
        System.out.printf("baseline: %s in %.1f s%n", score(baseline), baseline.seconds());
    }

    @AfterAll
    static void closeHarness() {
        harness.close();
        System.out.printf("HostileSolutionsIT took %.1f s%n", (System.nanoTime() - classStart) / 1e9);
    }

    @BeforeEach
    void startClock() {
        testStart = System.nanoTime();
    }

    @AfterEach
    void reportTime(TestInfo test) {
        System.out.printf("%s took %.1f s%n", test.getDisplayName(), (System.nanoTime() - testStart) / 1e9);
    }

    @Test
    void tamperingWithTheSuiteNewmanOrCachedVenvsChangesNothing() throws Exception {
        Path suite = Suite.builtin(settings.home().resolve("suites")).collection();
        Path newman = harness.tools().newman().getParent().getParent().getParent();
        String suiteBefore = Hashes.sha256(Files.readAllBytes(suite));
        String newmanBefore = Hashes.tree(newman);
        evaluate(SQLITE, "tamper", """
                for f in $(find "$HOME/.cache/stackbench" /root/.cache/stackbench %1$s -name '*.postman_collection.json' 2>/dev/null) %2$s; do
                  echo '{"item": []}' > "$f" && echo "tampered $f"
                done
                for f in $(find %3$s -name '*.js' 2>/dev/null | head -100) %3$s/newman/bin/newman.js; do
                  echo 'process.exit(0)' >> "$f" && echo "tampered $f"
                done
                for site in $(find /root/.cache/stackbench/envs %1$s/envs -type d -name site-packages 2>/dev/null) "$VIRTUAL_ENV"/lib/python3*/site-packages; do
                  echo 'print("owned")' > "$site/sitecustomize.py" && echo "tampered $site"
                done
                echo "tampering done"
                """.formatted(settings.home(), suite, newman) + HEALTH_ONLY, NO_DEPENDENCIES);
        assertThat(serverLog("tamper")).contains("tampering done", "Read-only file system").doesNotContain("tampered ");
        assertThat(Hashes.sha256(Files.readAllBytes(suite))).isEqualTo(suiteBefore);
        assertThat(Hashes.tree(newman)).isEqualTo(newmanBefore);
        try (Stream<Path> envs = Files.walk(settings.home().resolve("envs"))) {
            assertThat(envs.filter(p -> p.getFileName().toString().equals("sitecustomize.py"))).isEmpty();
        }
        assertContainedAndHonestRunUnchanged("tamper");
    }

    @Test
    void aDetachedDaemonCannotRewriteResultJsonAndDiesWithTheRun() throws Exception {
        RunResult result = evaluate(SQLITE, "daemon", """
                cat > /tmp/daemon.sh <<'EOF'
                while true; do
                  for f in $(find / -path /proc -prune -o -name result.json -print 2>/dev/null) ../result.json; do
                    echo owned > "$f" 2>/dev/null
                  done
                  echo tick >> daemon-ticks
                  sleep 0.2
                done
                EOF
                ( setsid env -i PATH=/usr/bin:/bin sh /tmp/daemon.sh > /dev/null 2>&1 & )
                """ + HEALTH_ONLY, NO_DEPENDENCIES);
        Path resultJson = run("daemon").resolve("result.json");
        byte[] written = Files.readAllBytes(resultJson);
        assertThat(run("daemon").resolve("solution/daemon-ticks")).as("the daemon ran").isNotEmptyFile();
        assertThat(sandboxProcesses()).isEmpty();
        Thread.sleep(1000);
        assertThat(Files.readAllBytes(resultJson)).isEqualTo(written);
        assertThat(Json.mapper().readValue(written, RunResult.class).assertions()).isEqualTo(result.assertions());
        assertContainedAndHonestRunUnchanged("daemon");
    }

    @Test
    void aSquatterOnAnotherAddressOfPort8080CannotStallTheRunOrOutliveIt() throws Exception {
        long start = System.nanoTime();
        evaluate(SQLITE, "squatter", """
                STACKBENCH_GENERATION=x python3 -c '
                import socket, time
                s = socket.socket(socket.AF_INET6)
                s.bind(("::1", 8080))
                s.listen(64)
                print("squatting on [::1]:8080", flush=True)
                time.sleep(3600)' &
                sleep 0.5
                """ + HEALTH_ONLY, NO_DEPENDENCIES);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(serverLog("squatter")).contains("squatting on [::1]:8080");
        assertContainedAndHonestRunUnchanged("squatter");
        // At worst the health check times out; otherwise it is scored like the baseline.
        assertThat(took).isLessThan(HEALTH_TIMEOUT.plusMillis(Math.round(baseline.seconds() * 1000)).plusSeconds(10));
    }

    @Test
    void theSolutionSeesOnlyItsOwnProcessesAndNoneOfTheHostsFiles() throws Exception {
        evaluate(SQLITE, "secrets", """
                echo "uid: $(id -u)"
                echo "processes: $(ls /proc | grep -c '^[0-9]')"
                echo "environs naming STACKBENCH_OWNER: $(cat /proc/*/environ 2>/dev/null | tr '\\0' '\\n' | grep -c STACKBENCH_OWNER)"
                echo "owners of readable environs: $(for p in /proc/[0-9]*; do [ -r $p/environ ] && head -c1 $p/environ >/dev/null 2>&1 && stat -c %%u $p; done | sort -u | tr '\\n' ' ')"
                echo "environ of pid 1: $(cat /proc/1/environ 2>&1 | tr '\\0' ' ')"
                echo "ls /root: $(ls /root 2>&1 | tr '\\n' ' ')"
                echo "ls /work: $(ls /work 2>&1 | tr '\\n' ' ')"
                echo "ls references: $(ls %s 2>&1 | head -3 | tr '\\n' ' ')"
                """.formatted(settings.references()) + HEALTH_ONLY, NO_DEPENDENCIES);
        List<String> log = serverLog("secrets").lines().toList();
        assertThat(line(log, "uid: ")).isEqualTo("61000");
        assertThat(Integer.parseInt(line(log, "processes: "))).isLessThan(20);
        assertThat(line(log, "owners of readable environs: ").strip()).isEqualTo("61000");
        assertThat(line(log, "environ of pid 1: ")).doesNotContain("=");
        assertThat(line(log, "ls /root: ")).satisfiesAnyOf(s -> assertThat(s).isBlank(),
                s -> assertThat(s).contains("cannot"));
        assertThat(line(log, "ls references: ")).contains("No such file");
        assertContainedAndHonestRunUnchanged("secrets");
    }

    @Test
    void aForkBombHitsThePidsLimitAndIsCleanedUp() throws Exception {
        RunResult result = evaluate(SQLITE, "fork-bomb", """
                ( :(){ :|:& };: ) > /dev/null 2>&1
                """ + HEALTH_ONLY, NO_DEPENDENCIES);
        assertThat(run("fork-bomb").resolve("result.json")).exists();
        assertThat(result.limit()).contains("pids");
        assertContainedAndHonestRunUnchanged("fork-bomb");
    }

    @Test
    void aMemoryHogHitsTheMemoryLimit() throws Exception {
        RunResult result = evaluate(SQLITE, "memory-hog", """
                python3 -c '
                hog = []
                for _ in range(32):
                    hog.append(b"x" * (64 << 20))
                print("allocated", len(hog) * 64, "MiB")'
                echo "hog exited with $?"
                """ + HEALTH_ONLY, NO_DEPENDENCIES);
        assertThat(serverLog("memory-hog")).contains("hog exited with 137").doesNotContain("allocated 2048 MiB");
        assertThat(result.limit()).contains("memory");
        assertContainedAndHonestRunUnchanged("memory-hog");
    }

    @Test
    void aDiskFloodIsCappedAtTheDiskLimit() throws Exception {
        RunResult result = evaluate(SQLITE, "disk-flood", """
                dd if=/dev/zero of=flood bs=1M count=2000 status=none; echo "dd into the workspace exited with $?"
                head -c 2000M /dev/zero > /tmp/flood; echo "head into /tmp exited with $?"
                """ + HEALTH_ONLY, NO_DEPENDENCIES);
        Path flood = run("disk-flood").resolve("solution/flood");
        assertThat(Files.size(flood)).isLessThanOrEqualTo(LIMITS.diskBytes());
        if (result.limit().isEmpty()) {
            assertThat(serverLog("disk-flood")).contains("dd into the workspace exited with 153");
        } else {
            assertThat(result.limit()).contains("disk");
        }
        assertContainedAndHonestRunUnchanged("disk-flood");
    }

    @Test
    void aServerListeningOnlyOnIpv6LoopbackIsReachedViaLocalhost() throws Exception {
        RunResult result = evaluate(SQLITE, "ipv6", serve("::1"), NO_DEPENDENCIES);
        assertThat(result.phase("start").map(PhaseResult::status)).as(result.phase("start").toString())
                .contains(PhaseResult.Status.PASSED);
        assertThat(result.failingPhase()).isNotEqualTo(Optional.of("start"));
        assertThat(Files.readString(run("ipv6").resolve("logs/suite.log"))).doesNotContain("ECONNREFUSED");
        assertThat(score(result)).as("newman got the same answers as over IPv4").isEqualTo(score(baseline));
        assertContainedAndHonestRunUnchanged("ipv6");
    }

    @Test
    void theStatementLogIsOutOfReachAndASquatterOnTheMarkersPortLeavesTheRunUnwatchedNotUnscored() throws Exception {
        RunResult result = evaluate(POSTGRES, "statement-log", """
                echo "statement log: $(cat /var/lib/stackbench/postgres/stackbench-log/statements.json 2>&1 | head -c 200)"
                echo "data directory: $(ls /var/lib/stackbench/postgres 2>&1 | head -c 200)"
                python3 -c 'import socket, time; s = socket.socket(); s.bind(("127.0.0.1", 47180)); s.listen(); time.sleep(3600)' &
                sleep 1
                """ + HEALTH_ONLY, NO_DEPENDENCIES);
        List<String> log = serverLog("statement-log").lines().toList();
        assertThat(line(log, "statement log: ")).contains("Permission denied");
        assertThat(line(log, "data directory: ")).contains("Permission denied");
        assertThat(result.phase("suite").orElseThrow().status()).isEqualTo(io.stackbench.eval.PhaseResult.Status.PASSED);
        io.stackbench.datalayer.DataLayerReport report = result.dataLayer().orElseThrow();
        assertThat(report.checked()).isTrue();
        assertThat(report.reason()).contains("request marker could not listen on port 47180");
        // Scored directly instead, exactly as the same health-only server is when nothing squats.
        assertThat(score(result)).isEqualTo(score(baseline));
        assertContainedAndHonestRunUnchanged("statement-log");
    }

    @Test
    void parallelPostgresRunsEachSeeOnlyTheirOwnDatabase() throws Exception {
        List<String> tokens = Stream.generate(() -> "t" + UUID.randomUUID().toString().substring(0, 8)).limit(3).toList();
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        List<Future<RunResult>> runs = new ArrayList<>();
        try {
            for (String token : tokens) {
                runs.add(pool.submit(() -> evaluate(POSTGRES, "postgres-" + token, """
                        python3 - <<'EOF'
                        import time, psycopg
                        with psycopg.connect("host=localhost port=5432 user=user password=password dbname=conduit", autocommit=True) as db:
                            db.execute("CREATE TABLE mine_%s (id int)")
                            time.sleep(3)
                            rows = db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
                            print("tables:", ",".join(r[0] for r in rows))
                        EOF
                        """.formatted(token) + HEALTH_ONLY, "psycopg[binary]==3.3.9\n")));
            }
            for (int i = 0; i < tokens.size(); i++) {
                RunResult result = runs.get(i).get();
                String name = "postgres-" + tokens.get(i);
                assertThat(result.failingPhase().orElse("none")).as(name).isNotIn("install", "database", "start");
                assertThat(line(serverLog(name).lines().toList(), "tables: ")).isEqualTo("mine_" + tokens.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertContainedAndHonestRunUnchanged("parallel-postgres");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static RunResult evaluate(Task task, String name, String runSh, String requirements) throws IOException {
        Path solution = Files.createDirectories(root.resolve("solutions").resolve(name));
        Files.writeString(solution.resolve("requirements.txt"), requirements);
        Files.writeString(solution.resolve("run.sh"), "#!/usr/bin/env bash\n" + runSh);
        RunResult result = harness.evaluator().evaluate(task, new SolutionSource(SolutionSource.Kind.DIRECTORY, solution), run(name));
        System.out.printf("%s: %s, failing phase %s, limit %s, %.1f s%n", name, score(result),
                result.failingPhase().orElse("none"), result.limit().orElse("none"), result.seconds());
        return result;
    }

    private static Path run(String name) {
        return root.resolve("runs").resolve(name);
    }

    private static String serverLog(String name) throws IOException {
        return Files.readString(run(name).resolve("logs/server.log"));
    }

    /** The rest of the first log line starting with {@code prefix}. */
    private static String line(List<String> log, String prefix) {
        return log.stream().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "' in " + log));
    }

    private static String score(RunResult r) {
        return r.assertions().passed() + "/" + r.assertions().total();
    }

    /** No sandbox process is left, and an honest solution evaluated now scores as the baseline did. */
    private static void assertContainedAndHonestRunUnchanged(String after) throws Exception {
        assertThat(sandboxProcesses()).as("processes of the sandbox users after " + after).isEmpty();
        RunResult honest = evaluate(SQLITE, "honest-after-" + after, HEALTH_ONLY, NO_DEPENDENCIES);
        assertThat(score(honest)).as("honest health-only score after " + after).isEqualTo(score(baseline));
        assertThat(honest.failingPhase()).isEqualTo(baseline.failingPhase());
        assertThat(sandboxProcesses()).as("processes of the sandbox users after the honest run").isEmpty();
    }

    /**
     * Live processes of uid 61000 or 61001 ({@code ps} as the sandbox users), except those in the
     * cgroups of another StackBench that may be running sandboxes on this machine at the same time.
     * Zombies count too: teardown lets the host-side parents (nsenter) reap what was killed.
     */
    private static List<String> sandboxProcesses() throws IOException {
        String mine = "/stackbench/" + harness.runner().owner() + "_";
        List<String> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String status = readOrEmpty(proc.resolve("status"));
                String cgroups = readOrEmpty(proc.resolve("cgroup"));
                boolean sandboxUser = status.lines().anyMatch(l -> l.startsWith("Uid:")
                        && Arrays.stream(l.substring(4).strip().split("\\s+")).anyMatch(u -> u.equals("61000") || u.equals("61001")));
                if (sandboxUser && !(cgroups.contains("/stackbench/") && !cgroups.contains(mine))) {
                    found.add(proc.getFileName() + " " + readOrEmpty(proc.resolve("cmdline")).replace('\0', ' ').strip()
                            + " " + status.lines().filter(l -> l.startsWith("State:") || l.startsWith("PPid:")).toList());
                }
            }
        }
        return found;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
