package io.stackbench.datalayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementLogTest {

    private final ObjectMapper json = Json.mapper();

    private Optional<Statement> parse(String severity, String message, String extra) {
        return StatementLog.parse(json, "{\"timestamp\":\"2026-12-02 05:10:11.123 UTC\",\"error_severity\":\"" + severity
                + "\",\"message\":" + quote(message) + extra + "}");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void aSimpleQueryIsAStatementWithItsDurationAndTime() {
        Statement s = parse("LOG", "duration: 0.250 ms  statement: SELECT users.id FROM users", "").orElseThrow();
        assertThat(s.sql()).isEqualTo("SELECT users.id FROM users");
        assertThat(s.durationMs()).contains(0.25);
        assertThat(s.endMillis()).isEqualTo(1_796_188_211_123.0);
        assertThat(s.startMillis()).isEqualTo(s.endMillis() - 0.25);
    }

    @Test
    void theExtendedProtocolCountsItsExecutionOnlyWithItsParameters() {
        assertThat(parse("LOG", "duration: 0.010 ms  parse <unnamed>: SELECT 1", "")).isEmpty();
        assertThat(parse("LOG", "duration: 0.010 ms  bind <unnamed>: SELECT 1", "")).isEmpty();
        Statement s = parse("LOG", "duration: 0.040 ms  execute <unnamed>: INSERT INTO \"users\" (\"username\") VALUES ($1)",
                ",\"detail\":\"parameters: $1 = 'probeauthor1'\"").orElseThrow();
        assertThat(s.sql()).startsWith("INSERT INTO");
        assertThat(s.wrote("probeauthor1")).isTrue();
        assertThat(s.wrote("someone else")).isFalse();
    }

    @Test
    void aFailedStatementIsKeptWithItsErrorAndWritesNothing() {
        Statement s = parse("ERROR", "relation \"articles\" does not exist",
                ",\"statement\":\"INSERT INTO articles (title) VALUES ('x')\"").orElseThrow();
        assertThat(s.error()).contains("relation \"articles\" does not exist");
        assertThat(s.durationMs()).isEmpty();
        assertThat(s.writesData()).isFalse();
    }

    @Test
    void linesThatAreNoStatementAreSkipped() {
        assertThat(parse("LOG", "checkpoint starting: time", "")).isEmpty();
        assertThat(StatementLog.parse(json, "{\"timestamp\":\"2026-12-02 05:10")).isEmpty();
        assertThat(StatementLog.parse(json, "not json")).isEmpty();
    }

    @Test
    void writesAreInsertsUpdatesDeletesCopiesAndWritingCtes() {
        assertThat(statement("UPDATE articles SET title = $1").writesData()).isTrue();
        assertThat(statement("delete from comments where id = 1").writesData()).isTrue();
        assertThat(statement("WITH moved AS (SELECT 1) INSERT INTO tags (name) SELECT 'x'").writesData()).isTrue();
        assertThat(statement("SELECT * FROM articles").writesData()).isFalse();
        assertThat(statement("WITH a AS (SELECT 1) SELECT * FROM a").writesData()).isFalse();
    }

    private static Statement statement(String sql) {
        return new Statement(0, Optional.of(0.1), sql, "", Optional.empty());
    }
}
