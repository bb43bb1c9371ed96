package io.stackbench.diagnose;

import static io.stackbench.diagnose.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Root failures decide; knock-ons are counted, never classified. */
class FailedRequestsRuleTest {

    @Test
    void knockOnsOfAFailedCreateAreCountedButDoNotDecide() {
        Diagnosis d = run()
                .got("POST /articles <a1> as <author>", 500, 201)
                .blocked("GET /articles/<a1> anonymous", "POST /articles <a1> as <author>")
                .blocked("PUT /articles/<a1> as <author> (title, body)", "POST /articles <a1> as <author>")
                .blocked("POST /articles/<a1>/favorite as <reader>", "POST /articles <a1> as <author>")
                .serverLog("sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: articles\n")
                .diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/database_runtime_error");
        assertThat(d.rootFailures()).isEqualTo(1);
        assertThat(d.blockedFailures()).isEqualTo(3);
        assertThat(d.evidence().get(0)).startsWith("4 requests failed: 1 on their own, 3 as knock-ons of those");
    }

    @Test
    void aServerErrorOutweighsTheWrongCountsItLeavesInLaterLists() {
        Diagnosis d = run()
                .got("POST /articles <a2> as <author>", 500, 201)
                .wrongBody("GET /articles?author=<author>", 200, "GET /articles?author=<author> → there are at least 3: expected 2 to be at least 3")
                .wrongBody("GET /articles?tag=<tagX>", 200, "GET /articles?tag=<tagX> → there are at least 2: expected 1 to be at least 2")
                .serverLog("sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: tags.name\n")
                .diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/database_runtime_error");
        assertThat(d.evidence()).anyMatch(e -> e.startsWith("other root failures: logic_error/incorrect_query_logic (2)"));
    }

    @Test
    void theLabelMostRootFailuresShareWins() {
        Diagnosis d = run()
                .got("GET /user as <author>", 401, 200)
                .got("PUT /user as <author> (bio, image)", 401, 200)
                .got("GET /articles/feed as <reader>", 401, 200)
                .wrongBody("GET /articles?tag=<tagX>", 200, "GET /articles?tag=<tagX> → articlesCount equals 3: expected 4 to equal 3")
                .diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/auth_misconfiguration");
    }
}
