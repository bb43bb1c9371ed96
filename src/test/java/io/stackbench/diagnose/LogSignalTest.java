package io.stackbench.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors are read from Python tracebacks, Node stack traces and frameworks' one-line errors. */
class LogSignalTest {

    @Test
    void aPythonTracebackGivesItsExceptionAndTheInnermostFrameOfTheProjectsCode() {
        List<LogSignal> signals = LogSignal.read("""
                INFO:     127.0.0.1:40414 - "POST /api/articles HTTP/1.1" 500 Internal Server Error
                Traceback (most recent call last):
                  File "/solution/conduit/routes/articles.py", line 40, in create
                    return service.create(body)
                  File "/solution/conduit/repositories/articles.py", line 12, in add
                    session.flush()
                  File "/root/.venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py", line 4300, in flush
                    self._flush(objects)
                sqlalchemy.exc.IntegrityError: (psycopg.errors.UniqueViolation) duplicate key value violates unique constraint "tags_name_key"
                """);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(LogSignal.Kind.DATABASE);
            assertThat(s.type()).isEqualTo("sqlalchemy.exc.IntegrityError");
            assertThat(s.frame()).isEqualTo("conduit/repositories/articles.py:12 in add");
            assertThat(s.line()).isEqualTo(9);
        });
    }

    @Test
    void aNodeStackTraceGivesItsErrorAndTheFirstFrameOutsideNodeModules() {
        List<LogSignal> signals = LogSignal.read("""
                TypeError: Cannot read properties of undefined (reading 'title')
                    at createArticle (/solution/src/services/articles.js:18:30)
                    at /solution/node_modules/express/lib/router/layer.js:95:5
                """);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(LogSignal.Kind.CODE);
            assertThat(s.frame()).isEqualTo("src/services/articles.js:18 in createArticle");
        });
    }

    @Test
    void signaturesOfEachStackAreRecognised() {
        assertThat(kind("ModuleNotFoundError: No module named 'jwt'", true)).isEqualTo(LogSignal.Kind.STARTUP);
        assertThat(kind("Error: Cannot find module 'koa-router'", false)).isEqualTo(LogSignal.Kind.STARTUP);
        assertThat(kind("Error: listen EADDRINUSE: address already in use :::8080", false)).isEqualTo(LogSignal.Kind.STARTUP);
        assertThat(kind("SequelizeUniqueConstraintError: Validation error", false)).isEqualTo(LogSignal.Kind.DATABASE);
        assertThat(kind("jwt.exceptions.InvalidSignatureError: Signature verification failed", true)).isEqualTo(LogSignal.Kind.AUTH);
        assertThat(kind("fastapi.exceptions.ResponseValidationError: 1 validation errors:", true)).isEqualTo(LogSignal.Kind.FRAMEWORK);
        assertThat(kind("Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client", false))
                .isEqualTo(LogSignal.Kind.FRAMEWORK);
        assertThat(kind("django.db.utils.OperationalError: no such table: conduit_article", true)).isEqualTo(LogSignal.Kind.DATABASE);
    }

    @Test
    void ordinaryLogLinesAreNotErrors() {
        assertThat(LogSignal.read("""
                [2026-12-01 10:00:00 +0000] [7] [INFO] Booting worker with pid: 7
                INFO:     Application startup complete.
                GET /api/tags 200 3.1 ms
                """)).isEmpty();
    }

    private static LogSignal.Kind kind(String line, boolean python) {
        String log = python ? "Traceback (most recent call last):\n  File \"/solution/app.py\", line 1, in <module>\n" + line + "\n" : line + "\n";
        return LogSignal.read(log).get(0).kind();
    }
}
