package io.stackbench.diagnose;

import static io.stackbench.diagnose.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The request-level rules, each on the failure it recognises. */
class RequestRulesTest {

    private static final String INTEGRITY = """
            Traceback (most recent call last):
              File "/solution/conduit/repositories/users.py", line 21, in add
                self.session.flush()
            sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: users.username
            """;

    @Test
    void aServerErrorWithADatabaseExceptionIsADatabaseRuntimeError() {
        Diagnosis d = run().got("POST /users duplicate username", 500, 422).serverLog(INTEGRITY).diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/database_runtime_error");
        assertThat(d.evidence()).anyMatch(e -> e.contains("sqlalchemy.exc.IntegrityError") && e.contains("conduit/repositories/users.py:21"));
    }

    @Test
    void aSequelizeErrorInANodeStackIsADatabaseRuntimeError() {
        Diagnosis d = run().framework("express").got("POST /articles <a1> as <author>", 500, 201).serverLog("""
                SequelizeDatabaseError: SQLITE_ERROR: no such column: tagList
                    at Query.formatError (/solution/node_modules/sequelize/lib/dialects/sqlite/query.js:416:16)
                    at ArticleRepository.create (/solution/src/repositories/articles.js:42:18)
                """).diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/database_runtime_error");
        assertThat(d.evidence()).anyMatch(e -> e.contains("src/repositories/articles.js:42"));
    }

    @Test
    void aServerErrorFromAJwtLibraryIsAnAuthMisconfiguration() {
        Diagnosis d = run().framework("koa").got("GET /user with malformed token", 500, 401).serverLog("""
                JsonWebTokenError: jwt malformed
                    at Object.module.exports [as verify] (/solution/node_modules/jsonwebtoken/verify.js:70:17)
                """).diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/auth_misconfiguration");
    }

    @Test
    void aServerErrorWithoutAnExceptionInTheLogIsALogicErrorOfUnknownKind() {
        assertThat(run().got("GET /tags", 500, 200).diagnosis().label()).isEqualTo("logic_error/unknown");
    }

    @Test
    void aTrailingSlashRedirectIsTheFrameworks() {
        assertThat(run().got("GET /articles/feed as <reader>", 308, 200).diagnosis().label())
                .isEqualTo("logic_error/framework_idiosyncrasy");
    }

    @Test
    void aRouteEveryRequestOfWhichGets404IsMissing() {
        Diagnosis d = run().passed("GET /tags", 200)
                .got("POST /articles/<a1>/comments as <reader>", 404, 200)
                .got("POST /articles/<a1>/comments as <author>", 404, 200).diagnosis();

        assertThat(d.label()).isEqualTo("incomplete_implementation");
        assertThat(d.evidence()).anyMatch(e -> e.contains("the route is missing"));
    }

    @Test
    void aSigned404AmongSuccessesOfTheSameRouteIsNotAMissingRoute() {
        Diagnosis d = run().passed("GET /articles/<a1> anonymous", 200)
                .got("GET /articles/<a1> by the slug returned by the update", 404, 200).diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/state_propagation_failure");
    }

    @Test
    void validTokensRefusedAreAnAuthMisconfiguration() {
        assertThat(run().got("GET /user as <author>", 401, 200).got("PUT /user as <author> (bio, image)", 401, 200).diagnosis().label())
                .isEqualTo("logic_error/auth_misconfiguration");
    }

    @Test
    void aForgedTokenLetThroughIsAnAuthMisconfiguration() {
        assertThat(run().got("GET /user with forged token", 200, 401).diagnosis().label()).isEqualTo("logic_error/auth_misconfiguration");
    }

    @Test
    void editingSomeoneElsesArticleIsABusinessRuleMissing() {
        Diagnosis d = run().got("PUT /articles/<a1> as <reader> (not the author)", 200, 403).diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/business_logic_defect");
        assertThat(d.evidence()).anyMatch(e -> e.contains("a 403 rule"));
    }

    @Test
    void fastapiRejectingAValidRequestWith422IsTheFrameworksValidation() {
        assertThat(run().framework("fastapi").got("GET /articles/feed?limit=2 as <reader>", 422, 200).diagnosis().label())
                .isEqualTo("logic_error/framework_idiosyncrasy");
    }

    @Test
    void theRightStatusWithTheWrongShapeIsASchemaError() {
        Diagnosis d = run().wrongBody("POST /articles <a1> as <author>", 201,
                "POST /articles <a1> as <author> → article.tagList is an array of strings: expected undefined to be an array").diagnosis();

        assertThat(d.label()).isEqualTo("schema_format_error");
    }

    @Test
    void aListQueryWithTheWrongArticlesIsIncorrectQueryLogic() {
        assertThat(run().wrongBody("GET /articles?tag=<tagX>", 200,
                "GET /articles?tag=<tagX> → articlesCount equals 3: articlesCount: expected 4 to equal 3").diagnosis().label())
                .isEqualTo("logic_error/incorrect_query_logic");
    }

    @Test
    void aFollowNotSeenByALaterRequestIsAStateFailure() {
        assertThat(run().wrongBody("GET /profiles/<author> as <reader> after following", 200,
                "GET /profiles/<author> as <reader> after following → profile.following is true: expected false to equal true")
                .diagnosis().label()).isEqualTo("logic_error/state_propagation_failure");
    }

    @Test
    void aWrongValueOnASingleResourceIsABusinessLogicDefect() {
        assertThat(run().wrongBody("POST /articles <a1> as <author>", 201,
                "POST /articles <a1> as <author> → article.slug is derived from the title: expected 'x' to equal 'how-to-train'")
                .diagnosis().label()).isEqualTo("logic_error/business_logic_defect");
    }

    @Test
    void djangosCsrfCheckRefusingEveryWriteIsTheFrameworks() {
        Diagnosis d = run().framework("django")
                .got("POST /users register <author>", 403, 201)
                .got("POST /users missing username", 403, 422)
                .got("POST /users missing email", 403, 422)
                .serverLog("Forbidden (CSRF cookie not set.): /api/users\nForbidden (CSRF cookie not set.): /api/users\n")
                .diagnosis();

        assertThat(d.label()).isEqualTo("logic_error/framework_idiosyncrasy");
        assertThat(d.evidence()).anyMatch(e -> e.contains("CSRF"));
    }
}
