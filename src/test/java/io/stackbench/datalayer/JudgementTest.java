package io.stackbench.datalayer;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.task.Constraint;
import io.stackbench.verify.Finding;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgementTest {

    private static final Path RUN = Path.of("/runs/r1");

    /** Statements in log order, each with the call it belongs to. */
    private final List<Statement> statements = new ArrayList<>();
    private final List<Optional<Window>> calls = new ArrayList<>();

    private void add(Optional<Window> call, String sql, String parameters) {
        statements.add(new Statement(statements.size(), Optional.of(0.1), sql, parameters, Optional.empty()));
        calls.add(call);
    }

    private static Optional<Window> probeCall(String label) {
        return Optional.of(new Window("probe", label, 0, "GET", "/api/articles", 0, 1));
    }

    private Judgement judgement(Constraint database, Optional<Constraint> orm, List<SqliteFiles.Database> sqlite) {
        return new Judgement(Optional.of(database), orm, statements, calls, sqlite, RUN);
    }

    private static Probe.Outcome probe(Map<String, String> created) {
        return new Probe.Outcome(List.of(), List.of(), created, Optional.empty());
    }

    private static VerifyReport.Verdict verdict(List<VerifyReport.Verdict> verdicts, String rule) {
        return verdicts.stream().filter(v -> v.verifier().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aListWhoseStatementsGrowWithItsItemsIsAnNPlusOneNamingTheRepeatedShape() {
        add(Optional.empty(), "INSERT INTO articles (title) VALUES ($1)", "parameters: $1 = 'Probe w 0'");
        for (int size : List.of(Probe.SMALL, Probe.LARGE)) {
            for (int repeat = 1; repeat <= 2; repeat++) {
                Optional<Window> call = probeCall("GET /articles?tag= at " + size + " #" + repeat);
                add(call, "SELECT articles.id FROM articles LIMIT 20", "");
                for (int i = 0; i < size; i++) {
                    add(call, "SELECT tags.name FROM tags WHERE tags.article_id = " + (i + 1), "");
                }
            }
        }
        List<DataLayerReport.ProbeEndpoint> endpoints = List.of(
                new DataLayerReport.ProbeEndpoint("GET /articles?tag=", 3, 4, 8, 9, Optional.empty()),
                new DataLayerReport.ProbeEndpoint("GET /articles/feed", 3, 4, 8, 4, Optional.empty()));

        VerifyReport.Verdict n1 = verdict(judgement(Constraint.POSTGRES, Optional.empty(), List.of())
                .verdicts(Optional.of(probe(Map.of("article", "Probe w 0"))), endpoints), "runtime.n-plus-one");

        assertThat(n1.status()).isEqualTo(VerifyReport.Status.FAIL);
        assertThat(n1.findings()).hasSize(1);
        Finding f = n1.findings().get(0);
        assertThat(f.message()).contains("GET /articles?tag=", "4 statements for 3 items", "9 for 8",
                "SELECT tags.name FROM tags WHERE tags.article_id = ?");
        assertThat(f.file()).isEqualTo("sql.jsonl");
        // The first repeated statement of the second call at 8 items, 1-based as in sql.jsonl.
        assertThat(statements.get(f.line() - 1).sql()).startsWith("SELECT tags.name");
        assertThat(calls.get(f.line() - 1).orElseThrow().request()).isEqualTo("GET /articles?tag= at 8 #2");
    }

    @Test
    void growthBelowOneStatementPerAddedItemIsNoFinding() {
        add(Optional.empty(), "INSERT INTO t (a) VALUES (1)", "");
        List<DataLayerReport.ProbeEndpoint> endpoints = List.of(
                new DataLayerReport.ProbeEndpoint("GET /articles?limit=", 3, 10, 8, 14, Optional.empty()));
        assertThat(verdict(judgement(Constraint.POSTGRES, Optional.empty(), List.of()).verdicts(Optional.of(probe(Map.of())),
                endpoints), "runtime.n-plus-one").status()).isEqualTo(VerifyReport.Status.PASS);
    }

    @Test
    void withNoComparableEndpointTheNPlusOneRuleCannotJudgeAndFailsNothing() {
        List<DataLayerReport.ProbeEndpoint> endpoints = List.of(new DataLayerReport.ProbeEndpoint("GET /articles/feed", 0, 0,
                0, 0, Optional.of("at 3 items it answered 404 with no list")));
        List<VerifyReport.Verdict> verdicts = judgement(Constraint.POSTGRES, Optional.empty(), List.of())
                .verdicts(Optional.of(probe(Map.of())), endpoints);
        assertThat(verdict(verdicts, "runtime.n-plus-one").status()).isEqualTo(VerifyReport.Status.CANNOT_JUDGE);
        assertThat(new DataLayerReport(true, "", "postgres", true, 0, List.of(), endpoints,
                List.of(verdict(verdicts, "runtime.n-plus-one")), 0).sound(80.0)).contains(80.0);
    }

    @Test
    void probeDataThatNeverReachedPostgresIsDatabaseUnusedNamingWhatIsMissing() {
        add(Optional.empty(), "INSERT INTO users (username) VALUES ($1)", "parameters: $1 = 'probeauthorw'");
        Probe.Outcome created = probe(Map.of("user", "probeauthorw", "comment", "probe comment w 0"));

        VerifyReport.Verdict unused = verdict(judgement(Constraint.POSTGRES, Optional.empty(), List.of())
                .verdicts(Optional.of(created), List.of()), "runtime.database-unused");

        assertThat(unused.status()).isEqualTo(VerifyReport.Status.FAIL);
        assertThat(unused.findings().get(0).message()).contains("the comment 'probe comment w 0'").doesNotContain("user '");

        add(Optional.empty(), "INSERT INTO comments (body) VALUES ('probe comment w 0')", "");
        assertThat(verdict(judgement(Constraint.POSTGRES, Optional.empty(), List.of()).verdicts(Optional.of(created),
                List.of()), "runtime.database-unused").status()).isEqualTo(VerifyReport.Status.PASS);
    }

    @Test
    void aPostgresTaskWithNoWriteAtAllIsDatabaseUnused() {
        add(Optional.empty(), "SELECT 1", "");
        VerifyReport.Verdict unused = verdict(judgement(Constraint.POSTGRES, Optional.empty(), List.of())
                .verdicts(Optional.empty(), List.of()), "runtime.database-unused");
        assertThat(unused.status()).isEqualTo(VerifyReport.Status.FAIL);
        assertThat(unused.findings().get(0).message()).contains("none of which wrote data");
    }

    @Test
    void aSqliteFileWrittenDuringAPostgresTaskIsDatabaseOther() {
        SqliteFiles.Database db = new SqliteFiles.Database(RUN.resolve("solution/cache.db"), Map.of("comments", 8L), "");
        VerifyReport.Verdict other = verdict(judgement(Constraint.POSTGRES, Optional.empty(), List.of(db))
                .verdicts(Optional.empty(), List.of()), "runtime.database-other");
        assertThat(other.status()).isEqualTo(VerifyReport.Status.FAIL);
        assertThat(other.findings().get(0).file()).isEqualTo("solution/cache.db");
        assertThat(other.findings().get(0).message()).contains("comments (8)");
    }

    @Test
    void aSqliteTaskPassesOnlyWhenItsFileHoldsRows() {
        SqliteFiles.Database empty = new SqliteFiles.Database(RUN.resolve("solution/conduit.db"), Map.of("users", 0L), "");
        SqliteFiles.Database full = new SqliteFiles.Database(RUN.resolve("solution/conduit.db"), Map.of("users", 4L), "");
        assertThat(judgement(Constraint.SQLITE, Optional.empty(), List.of(empty)).verdicts(Optional.empty(), List.of()))
                .singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(VerifyReport.Status.FAIL));
        assertThat(judgement(Constraint.SQLITE, Optional.empty(), List.of()).verdicts(Optional.empty(), List.of()))
                .singleElement().satisfies(v -> assertThat(v.findings().get(0).message()).contains("no SQLite database file"));
        assertThat(judgement(Constraint.SQLITE, Optional.empty(), List.of(full)).verdicts(Optional.empty(), List.of()))
                .singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(VerifyReport.Status.PASS));
    }

    @Test
    void aHandBuiltStatementOnASequelizeTaskIsRawSqlWithTheRequestThatSentIt() {
        add(Optional.empty(), "CREATE TABLE IF NOT EXISTS \"articles\" (\"id\" SERIAL, \"slug\" VARCHAR(255))", "");
        add(Optional.empty(), "INSERT INTO \"articles\" (\"id\",\"slug\") VALUES (DEFAULT,$1) RETURNING \"id\",\"slug\";",
                "parameters: $1 = 'a'");
        Optional<Window> get = Optional.of(new Window("suite", "Get article", 3, "GET", "/api/articles/a", 0, 1));
        add(get, "SELECT * FROM articles WHERE slug = 'a'", "");
        add(get, "SELECT * FROM articles WHERE slug = 'b'", "");

        VerifyReport.Verdict raw = verdict(judgement(Constraint.POSTGRES, Optional.of(Constraint.SEQUELIZE), List.of())
                .verdicts(Optional.empty(), List.of()), "runtime.raw-sql");

        assertThat(raw.status()).isEqualTo(VerifyReport.Status.FAIL);
        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("during Get article", "SELECT * FROM articles WHERE slug = ?");
            assertThat(f.line()).isEqualTo(3);
        });
    }

    @Test
    void withoutAnyStatementOfTheOrmsShapeRawSqlAbstains() {
        add(Optional.empty(), "CREATE TABLE articles (id SERIAL, slug VARCHAR(255))", "");
        add(Optional.empty(), "SELECT * FROM articles WHERE slug = 'a'", "");
        VerifyReport.Verdict raw = verdict(judgement(Constraint.POSTGRES, Optional.of(Constraint.SEQUELIZE), List.of())
                .verdicts(Optional.empty(), List.of()), "runtime.raw-sql");
        assertThat(raw.status()).isEqualTo(VerifyReport.Status.CANNOT_JUDGE);
        assertThat(raw.findings()).isEmpty();
    }

    @Test
    void aTaskWithoutADatabaseHasNoRuntimeRules() {
        assertThat(new Judgement(Optional.empty(), Optional.empty(), statements, calls, List.of(), RUN)
                .verdicts(Optional.empty(), List.of())).isEmpty();
    }
}
