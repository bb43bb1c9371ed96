package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresAdminTest {

    @Test
    void aCreateThatLostTheRaceToAnotherSessionCountsAsDone() {
        assertThat(PostgresAdmin.alreadyExists(new SQLException("database \"conduit\" already exists", "42P04"))).isTrue();
        assertThat(PostgresAdmin.alreadyExists(new SQLException("role \"user\" already exists", "42710"))).isTrue();
        assertThat(PostgresAdmin.alreadyExists(new SQLException(
                "duplicate key value violates unique constraint \"pg_database_datname_index\"", "23505")))
                .as("both passed their existence check; the catalog's unique index picked the winner").isTrue();
    }

    @Test
    void everyOtherFailureOfACreateIsStillAnError() {
        assertThat(PostgresAdmin.alreadyExists(new SQLException("permission denied to create database", "42501"))).isFalse();
        assertThat(PostgresAdmin.alreadyExists(new SQLException("connection lost", "08006"))).isFalse();
        assertThat(PostgresAdmin.alreadyExists(new SQLException("no state"))).isFalse();
    }
}
