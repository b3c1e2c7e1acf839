package org.convene.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;

/** Which database errors mean "no room": the table is full, the disk is full, the system's ENOSPC; nothing else. */
class DatabaseErrorsTest {

    private static RuntimeException translated(SQLException e) {
        return new UncategorizedSQLException("UPDATE document_chunk", "UPDATE document_chunk SET data = ?", e);
    }

    @Test
    void the_table_is_full_the_disk_is_full_and_no_space_left_mean_no_room() {
        assertThat(DatabaseErrors.noRoom(translated(new SQLException("The table 'document_chunk' is full", "HY000", 1114)))).isTrue();
        assertThat(DatabaseErrors.noRoom(translated(new SQLException("Disk full (./convene/x); waiting for someone to free some space...",
                "HY000", 1021)))).isTrue();
        assertThat(DatabaseErrors.noRoom(new IllegalStateException(new SQLException(
                "Error writing file '/tmp/MYfd=37' (Errcode: 28 \"No space left on device\")", "HY000", 3)))).isTrue();
    }

    @Test
    void other_database_errors_are_not_mistaken_for_a_full_database() {
        assertThat(DatabaseErrors.noRoom(translated(new SQLException("Duplicate entry 'x' for key 'PRIMARY'", "23000", 1062)))).isFalse();
        assertThat(DatabaseErrors.noRoom(translated(new SQLException("Out of memory; restart server and try again", "HY001", 1041)))).isFalse();
        assertThat(DatabaseErrors.noRoom(new IllegalStateException("no SQL at all"))).isFalse();
        assertThat(DatabaseErrors.noRoom(null)).isFalse();
    }
}
