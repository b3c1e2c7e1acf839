package org.convene.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded server lives in a session of its own, so that a Ctrl+C or a SIGTERM sent to
 * Convene's process group reaches Convene only (which stops the server after its data source);
 * a server left behind by a Convene that was killed is stopped at the next start.
 */
class EmbeddedMariaDbSessionTest {

    @Test
    void the_server_runs_in_a_session_of_its_own() throws Exception {
        var dir = Files.createTempDirectory(Path.of("target"), "embedded-session-");
        var db = EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(dir, 0, "s", false));
        try {
            var serverPid = Long.parseLong(Files.readString(dir.resolve("mariadb.pid")).strip());
            assertThat(ProcessHandle.of(serverPid)).isPresent();
            assertThat(session(serverPid)).isNotEqualTo(session(ProcessHandle.current().pid()));
            assertThat(session(serverPid)).isEqualTo(serverPid);
        } finally {
            db.release();
        }
    }

    @Test
    void a_server_left_by_a_killed_convene_is_stopped_and_its_data_kept_at_the_next_start() throws Exception {
        var dir = Files.createTempDirectory(Path.of("target"), "embedded-orphan-").toAbsolutePath();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AbandonedServerMain.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // the child's log, until it is ready
            }
            assertThat(line).as("the child started its server").isEqualTo("READY");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        var orphanPid = Long.parseLong(Files.readString(dir.resolve("mariadb.pid")).strip());
        var orphan = ProcessHandle.of(orphanPid);
        assertThat(orphan).as("the server outlived the killed Convene").isPresent();

        var db = EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(dir, 0, "orphan", false));
        try {
            assertThat(exited(orphanPid)).as("the orphan was stopped").isTrue();
            try (var c = DriverManager.getConnection(db.jdbcUrl("orphan"), "root", "");
                 var rs = c.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written before the kill");
            }
        } finally {
            db.release();
        }
    }

    /**
     * Whether the process has ended: gone, or a zombie. The killed Convene's server was handed to PID 1,
     * which may reap it only a second or two after it exits (this machine's init does), and until then
     * {@link ProcessHandle#isAlive()} still says true.
     */
    private static boolean exited(long pid) throws IOException {
        try {
            var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            var state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        }
    }

    /** The session id of a process (Linux: the sixth field of /proc/PID/stat). */
    private static long session(long pid) throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
