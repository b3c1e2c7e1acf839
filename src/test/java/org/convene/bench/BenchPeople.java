package org.convene.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.convene.account.AccountUserDetails;
import org.convene.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/** Participants for the registration benchmarks, straight into the tables (password hashing is not what is measured). */
final class BenchPeople {

    private BenchPeople() {
    }

    /**
     * Waits until what earlier registrations set off has run: every event publication completed (or failed) and no
     * message left to send. A measured round then starts on a quiet application, not while the mail of the
     * previous round is still being written and sent on the same two cores.
     */
    static void awaitQuiet(JdbcTemplate jdbc, java.time.Duration patience) {
        org.awaitility.Awaitility.await("the reactions and mail of earlier rounds").atMost(patience)
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject("""
                        SELECT (SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND STATUS <> 'FAILED')
                             + (SELECT COUNT(*) FROM outbox_message WHERE status = 'SENDING' OR (status = 'PENDING' AND attempts = 0))""",
                        Long.class) == 0);
    }

    /**
     * {@code n} participant accounts with confirmed addresses (otherwise every registration would wait for its
     * address, UNVERIFIED, and no seat be decided), as the signed-in principals the service sees.
     */
    static List<AccountUserDetails> confirmedParticipants(JdbcTemplate jdbc, int n) {
        var prefix = UUID.randomUUID().toString().substring(0, 8);
        var now = Timestamp.from(Instant.now());
        var args = new ArrayList<Object[]>();
        for (var i = 0; i < n; i++) {
            args.add(new Object[] {"bench." + prefix + "." + i + "@bench.convene", "Bench Person " + i, "{noop}x", now, now});
        }
        jdbc.batchUpdate("INSERT INTO app_user (email, display_name, password_hash, created_at, email_verified_at) VALUES (?, ?, ?, ?, ?)", args);
        var ids = jdbc.queryForList("SELECT id FROM app_user WHERE email LIKE ? ORDER BY id", Long.class, "bench." + prefix + ".%");
        jdbc.batchUpdate("INSERT INTO user_role (user_id, role) VALUES (?, 'PARTICIPANT')",
                ids.stream().map(id -> new Object[] {id}).toList());
        var people = new ArrayList<AccountUserDetails>();
        for (var i = 0; i < ids.size(); i++) {
            people.add(new AccountUserDetails(ids.get(i), "bench." + prefix + "." + i + "@bench.convene", "Bench Person " + i,
                    "{noop}x", Set.of(Role.PARTICIPANT), true, "en"));
        }
        return people;
    }
}
