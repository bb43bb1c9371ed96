package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresIT {

    private static final String ADMIN_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static final int PARALLEL_RUNS = 3;
    private static final int ROUNDS = 5;

    @TempDir
    Path home;

    private static PostgresAdmin admin() {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        return new PostgresAdmin(ADMIN_URL, credentials);
    }

    /** Back to a fresh cluster: no conduit database, no role, so the next ensure has to create both. */
    private static void dropConduitDatabaseAndRole() throws Exception {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS conduit WITH (FORCE)");
            s.execute("DROP ROLE IF EXISTS \"user\"");
        }
    }

    /** Runs {@code work(i)} on {@link #PARALLEL_RUNS} threads released at the same instant; rethrows the first failure. */
    private static void atOnce(java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_RUNS);
        try {
            CyclicBarrier start = new CyclicBarrier(PARALLEL_RUNS);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < PARALLEL_RUNS; i++) {
                int run = i;
                runs.add(pool.submit(() -> {
                    start.await();
                    work.accept(run);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSolutionsCanConnect() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:5432/conduit", "user", "password")) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void startsPostgres16AndGivesSolutionsAnEmptyConduitDatabaseAsThePromptDescribes() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(home, new ProcessRunner())) {
            assertThat(pg.version()).startsWith("16.");
            pg.resetConduitDatabase();
            String url = "jdbc:postgresql://localhost:5432/conduit";
            try (Connection c = DriverManager.getConnection(url, "user", "password"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE leftover (id int)");
            }
            pg.resetConduitDatabase();
            try (Connection c = DriverManager.getConnection(url, "user", "password"); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'leftover'")) {
                r.next();
                assertThat(r.getInt(1)).as("the reset drops what the previous run created").isZero();
            }
        }
        assertThat(Ports.isFree(5432)).as("port 5432 is free after close").isTrue();
    }

    @Test
    void threeAgentsEnsuringTheConduitDatabaseAtOnceAllGetIt() throws Exception {
        // bench --jobs 3: three generations start together and share one server object.
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(home, new ProcessRunner())) {
            for (int round = 0; round < ROUNDS; round++) {
                dropConduitDatabaseAndRole();
                atOnce(run -> pg.ensureConduitDatabase());
                assertSolutionsCanConnect();
            }
        }
    }

    @Test
    void stackBenchProcessesSharingOneServerTakeTurnsEnsuringAndResetting() throws Exception {
        // Separate admins share no monitor, as separate processes would not: only the advisory lock orders them.
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(home, new ProcessRunner())) {
            List<PostgresAdmin> admins = List.of(admin(), admin(), admin());
            for (int round = 0; round < ROUNDS; round++) {
                dropConduitDatabaseAndRole();
                atOnce(run -> {
                    if (run == 0) {
                        admins.get(run).resetConduitDatabase();
                    } else {
                        admins.get(run).ensureConduitDatabase();
                    }
                });
                assertSolutionsCanConnect();
            }
        }
    }

    @Test
    void anEnsureThatLosesTheRoleToAnotherCreatorStillSucceeds() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(home, new ProcessRunner());
             Connection other = DriverManager.getConnection(ADMIN_URL, "postgres", "");
             Connection observer = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            // Someone outside StackBench's locks creates the role in a transaction still open:
            // the ensure does not see it, creates it too, and waits on the catalog's unique index.
            other.setAutoCommit(false);
            other.createStatement().execute("CREATE ROLE \"user\"");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> ensure = pool.submit(pg::ensureConduitDatabase);
                awaitASessionWaitingOnALock(observer);
                other.commit();
                ensure.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertSolutionsCanConnect();
        }
    }

    private static void awaitASessionWaitingOnALock(Connection observer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Statement s = observer.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the ensure never reached the role's unique index");
    }
}
