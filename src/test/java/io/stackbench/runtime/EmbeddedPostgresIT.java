package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresIT {

    @TempDir
    Path home;

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
}
