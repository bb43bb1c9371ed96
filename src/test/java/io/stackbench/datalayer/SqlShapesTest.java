package io.stackbench.datalayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.stackbench.datalayer.SqlShapes.Orm;
import io.stackbench.datalayer.SqlShapes.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Corpus files: real statements logged by PostgreSQL 16 (see shapes/generate/README.md). */
class SqlShapesTest {

    private static final Set<String> TABLES =
            Set.of("users", "follows", "articles", "tags", "article_tags", "favorites", "comments");

    /** One logged statement and the header line it came under ({@code -- next [ORM]}). */
    private record Entry(String header, String sql) {
    }

    private static List<Entry> corpus(String file) throws IOException {
        String text;
        try (InputStream in = SqlShapesTest.class.getResourceAsStream("shapes/" + file)) {
            assertThat(in).as(file).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Entry> entries = new ArrayList<>();
        String header = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- next")) {
                if (header != null) {
                    entries.add(new Entry(header, sql.toString().strip()));
                }
                header = line.substring("-- next".length()).strip();
                sql.setLength(0);
            } else if (header != null) {
                sql.append(line).append('\n');
            }
        }
        if (header != null) {
            entries.add(new Entry(header, sql.toString().strip()));
        }
        return entries;
    }

    private static Map<Verdict, Integer> verdicts(Orm orm, List<Entry> entries) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Entry entry : entries) {
            counts.merge(SqlShapes.judge(orm, entry.sql(), TABLES), 1, Integer::sum);
        }
        return counts;
    }

    @ParameterizedTest
    @CsvSource({"SQLALCHEMY, sqlalchemy-psycopg.sql", "SQLALCHEMY, sqlalchemy-psycopg-async.sql",
        "SEQUELIZE, sequelize-pg.sql"})
    void everyStatementAnOrmSentIsJudgedOrmOrNotJudgedForThatOrm(Orm orm, String file) throws IOException {
        List<Entry> entries = corpus(file);
        assertThat(entries).hasSizeGreaterThan(50);
        for (Entry entry : entries) {
            assertThat(SqlShapes.judge(orm, entry.sql(), TABLES)).as(entry.sql()).isNotEqualTo(Verdict.HAND_BUILT);
        }
        // Most of the data statements must be recognised, not merely left unjudged.
        assertThat(verdicts(orm, entries).getOrDefault(Verdict.ORM, 0)).isGreaterThan(entries.size() / 3);
    }

    @Test
    void everyHandBuiltStatementIsHandBuiltForTheOrmItWentThrough() throws IOException {
        List<Entry> entries = corpus("hand-built.sql");
        assertThat(entries).extracting(Entry::header).contains("SQLALCHEMY", "SEQUELIZE");
        for (Entry entry : entries) {
            Orm orm = Orm.valueOf(entry.header());
            assertThat(SqlShapes.judge(orm, entry.sql(), TABLES)).as(entry.sql()).isEqualTo(Verdict.HAND_BUILT);
        }
    }

    @Test
    void theOtherOrmsOutputLooksHandBuilt() {
        String sequelize = "SELECT \"id\", \"slug\" FROM \"articles\" AS \"Article\" WHERE \"Article\".\"slug\" = 'a';";
        String sqlAlchemy = "SELECT articles.id, articles.slug \nFROM articles \nWHERE articles.slug = $1::VARCHAR";
        assertThat(SqlShapes.judge(Orm.SEQUELIZE, sqlAlchemy, TABLES)).isEqualTo(Verdict.HAND_BUILT);
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, sequelize, TABLES)).isEqualTo(Verdict.HAND_BUILT);
    }

    @Test
    void aSelectStarIsHandBuiltButSqlAlchemysExistsStarIsNot() {
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "SELECT * FROM articles WHERE articles.slug = $1", TABLES))
                .isEqualTo(Verdict.HAND_BUILT);
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY,
                "SELECT EXISTS (SELECT * FROM follows WHERE follows.follower_id = $1::INTEGER) AS anon_1", TABLES))
                .isEqualTo(Verdict.ORM);
    }

    @Test
    void sqlAlchemyWritesUpperCaseKeywordsAndAsBeforeEveryTableAlias() {
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "select articles.id from articles where articles.slug = $1", TABLES))
                .isEqualTo(Verdict.HAND_BUILT);
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "SELECT a.id FROM articles a WHERE a.slug = $1", TABLES))
                .isEqualTo(Verdict.HAND_BUILT);
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "SELECT articles_1.id FROM articles AS articles_1", TABLES))
                .isEqualTo(Verdict.ORM);
    }

    @Test
    void anUnlabelledCountIsHandBuiltForSqlAlchemy() {
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "SELECT count(*) FROM articles", TABLES))
                .isEqualTo(Verdict.HAND_BUILT);
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "SELECT count(*) AS count_1 FROM articles", TABLES))
                .isEqualTo(Verdict.ORM);
    }

    @Test
    void anOrderByOnASelectLabelIsNotHandBuilt() {
        String sql = "SELECT articles.id, (SELECT count(*) AS count_1 FROM favorites WHERE favorites.article_id = "
                + "articles.id) AS favorites_count FROM articles ORDER BY favorites_count DESC";
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, sql, TABLES)).isEqualTo(Verdict.ORM);
    }

    @Test
    void theReferencesDistinctTagListIsOrm() {
        String sql = "SELECT DISTINCT tags.name \nFROM tags JOIN article_tags ON article_tags.tag_id = tags.id "
                + "ORDER BY tags.name";
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, sql, TABLES)).isEqualTo(Verdict.ORM);
    }

    @Test
    void sqlAlchemyUpdateTargetsAreUnqualifiedButItsWhereIsNot() {
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "UPDATE users SET bio=$1::VARCHAR WHERE users.id = $2::INTEGER",
                TABLES)).isEqualTo(Verdict.ORM);
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, "UPDATE users SET bio='x' WHERE id = 7", TABLES))
                .isEqualTo(Verdict.HAND_BUILT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT \"_pg3_1\"", "SET TIME ZONE 'UTC'", "show standard_conforming_strings",
        "select pg_catalog.version()", "select current_schema()", "SELECT 1", "SELECT 1+1 AS result",
        "CREATE TABLE articles (id SERIAL PRIMARY KEY, slug TEXT)", "DROP TABLE IF EXISTS articles",
        "SELECT relname FROM pg_class WHERE relname = 'articles'",
        "SELECT table_name FROM information_schema.tables WHERE table_name = 'articles'",
        "SELECT * FROM other_things WHERE name = 'x'", "this is not sql at all (",
        "INSERT INTO articles (slug, title) VALUES ('a', 'b')"})
    void whatIsNotADataStatementOnTheSolutionsTablesIsNotJudgedForSqlAlchemy(String sql) {
        assertThat(SqlShapes.judge(Orm.SQLALCHEMY, sql, TABLES)).isEqualTo(Verdict.NOT_JUDGED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"COMMIT;", "START TRANSACTION;", "SELECT 1+1 AS result",
        "SET client_min_messages TO warning;SET TIME ZONE INTERVAL '+00:00' HOUR TO MINUTE;",
        "DROP TABLE IF EXISTS \"articles\" CASCADE;", "select name from tags where (", "SELECT * FROM other_things"})
    void whatIsNotADataStatementOnTheSolutionsTablesIsNotJudgedForSequelize(String sql) {
        assertThat(SqlShapes.judge(Orm.SEQUELIZE, sql, TABLES)).isEqualTo(Verdict.NOT_JUDGED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "SELECT users.id FROM users WHERE users.email = $1::VARCHAR | SELECT users.id FROM users WHERE users.email = $2::VARCHAR",
        "SELECT \"id\" FROM \"users\" AS \"User\" WHERE \"User\".\"id\" = 1; | SELECT \"id\" FROM \"users\" AS \"User\" WHERE \"User\".\"id\" = 25",
        "SELECT * FROM articles WHERE slug = 'how-to-train' | SELECT *  FROM articles\t WHERE slug = 'it''s a dragon'",
        "SELECT \"Tag\".\"name\" FROM \"tags\" AS \"Tag\" WHERE \"Tag\".\"id\" IN (1, 2, 3) | SELECT \"Tag\".\"name\" FROM \"tags\" AS \"Tag\" WHERE \"Tag\".\"id\" IN (42)",
        "SELECT tags.id FROM tags WHERE tags.name IN ($1::VARCHAR, $2::VARCHAR) | SELECT tags.id FROM tags WHERE tags.name IN ($1::VARCHAR)",
        "INSERT INTO \"tags\" (\"id\",\"name\") VALUES (DEFAULT,'a'),(DEFAULT,'b') | INSERT INTO \"tags\" (\"id\",\"name\") VALUES (DEFAULT,'c')",
        "INSERT INTO t (a) VALUES (%(a)s) | INSERT INTO t (a) VALUES (%s)",
        "SELECT price FROM t WHERE price > 1.5e3 AND x = -3 | SELECT price FROM t WHERE price > 7 AND x = -12.25",
        "SELECT a FROM t WHERE b = E'x\\ny' | SELECT a FROM t WHERE b = 'z'"})
    void statementsThatDifferOnlyInValuesHaveOneShape(String one, String other) {
        assertThat(SqlShapes.shape(one)).isEqualTo(SqlShapes.shape(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "SELECT users.id FROM users WHERE users.email = $1 | SELECT users.id FROM users WHERE users.username = $1",
        "SELECT anon_1.id FROM anon_1 | SELECT anon_2.id FROM anon_2",
        "SELECT \"users_1\".\"id\" FROM t | SELECT \"users_2\".\"id\" FROM t",
        "SELECT a FROM t LIMIT 1 | SELECT a FROM t"})
    void differentStatementsHaveDifferentShapes(String one, String other) {
        assertThat(SqlShapes.shape(one)).isNotEqualTo(SqlShapes.shape(other));
    }

    @Test
    void aShapeKeepsKeywordCaseAndIdentifiersAndDropsTheTrailingSemicolon() {
        assertThat(SqlShapes.shape("SELECT \"Article\".\"id\" FROM \"articles\" AS \"Article\"\n  WHERE \"Article\".\"slug\" = 'x' AND id2 = 7 ;"))
                .isEqualTo("SELECT \"Article\".\"id\" FROM \"articles\" AS \"Article\" WHERE \"Article\".\"slug\" = ? AND id2 = ?");
        assertThat(SqlShapes.shape("select a from t where b in (1, 'x', $3)")).isEqualTo("select a from t where b in (?)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"'unterminated", "\"unterminated", "SELECT (((", "%(", "$", "e'", "1e", ";;;",
        "SELECT 'a' || $$dollar $1 quoted$$", "`  `"})
    void malformedSqlNeverThrows(String sql) {
        assertThatCode(() -> {
            SqlShapes.shape(sql);
            for (Orm orm : Orm.values()) {
                assertThat(SqlShapes.judge(orm, sql, TABLES)).isEqualTo(Verdict.NOT_JUDGED);
            }
        }).doesNotThrowAnyException();
        assertThat(SqlShapes.shape(null)).isEmpty();
        assertThat(SqlShapes.judge(Orm.SEQUELIZE, null, TABLES)).isEqualTo(Verdict.NOT_JUDGED);
    }
}
