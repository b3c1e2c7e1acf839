package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The word-search triggers (V175-V178) run inside every insert of a message or an account. Many inserts at
 * once, each in its own transaction on its own connection and without the application's retry, must not
 * deadlock: the words of a new row are added without locking the gap where they go. Plain JDBC, real threads.
 */
class WordTriggersConcurrencyTest extends IntegrationTest {

    static final int THREADS = 8;
    static final int EACH = 25;

    @Autowired
    DataSource dataSource;

    @Test
    void messages_and_accounts_inserted_at_once_never_deadlock_and_all_get_their_words() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var failures = new ConcurrentLinkedQueue<String>();
        var tasks = new ArrayList<Callable<Void>>();
        for (var t = 0; t < THREADS; t++) {
            var thread = t;
            tasks.add(() -> {
                try (var c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    for (var i = 0; i < EACH; i++) {
                        var key = "words-" + run + "-" + thread + "-" + i;
                        try (var message = c.prepareStatement("""
                                INSERT IGNORE INTO outbox_message (idempotency_key, kind, recipient_email, recipient_name, locale,
                                    subject, text_body, status, attempts, next_attempt_at, created_at, version)
                                VALUES (?, 'REGISTRATION_CONFIRMED', ?, 'Word Person', 'en', ?, 'body', 'PENDING', 0, ?, ?, 0)""");
                             var account = c.prepareStatement("""
                                INSERT INTO app_user (email, display_name, password_hash, created_at) VALUES (?, ?, '{noop}x', ?)""")) {
                            var now = org.convene.base.db.UtcTimes.of(Instant.now().plusSeconds(86_400 * 30));
                            message.setString(1, key);
                            message.setString(2, key + "@words.convene.test");
                            message.setString(3, "Registration confirmed: seminar " + run + " " + thread);
                            message.setObject(4, now);
                            message.setObject(5, now);
                            message.executeUpdate();
                            account.setString(1, key + "@words.convene.test");
                            account.setString(2, "Word Person " + thread + " " + i);
                            account.setObject(3, now);
                            account.executeUpdate();
                            c.commit();
                        } catch (SQLException e) {
                            failures.add(e.getErrorCode() + " " + e.getMessage());
                            c.rollback();
                        }
                    }
                }
                return null;
            });
        }
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failures).as("inserts that failed (1213 = deadlock)").isEmpty();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(DISTINCT w.message_id) FROM outbox_message_word w JOIN outbox_message m ON m.id = w.message_id"
                    + " WHERE m.idempotency_key LIKE 'words-" + run + "-%' AND w.word = '" + run + "'")).isEqualTo(THREADS * EACH);
            assertThat(count(s, "SELECT COUNT(DISTINCT w.user_id) FROM app_user_word w JOIN app_user u ON u.id = w.user_id"
                    + " WHERE u.email LIKE 'words-" + run + "-%' AND w.word = 'word'")).isEqualTo(THREADS * EACH);
            // What this test added is not mail to send, nor people to keep.
            s.executeUpdate("DELETE FROM outbox_message WHERE idempotency_key LIKE 'words-" + run + "-%'");
            s.executeUpdate("DELETE FROM app_user WHERE email LIKE 'words-" + run + "-%'");
        }
    }

    private static long count(java.sql.Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
