package org.convene.statement;

import org.convene.base.db.UtcTimes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.convene.account.AccountService;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Presence and soft locks, in the database so that every instance sees them. An open editor
 * {@link #enter}s, says which paragraph it edits ({@link #editing}) and {@link #leave}s; this
 * instance refreshes its open editors' rows every 30 s, so a row left by a crashed instance stops
 * counting after {@link #PRESENCE_TIMEOUT}. Each change of presence is a feed entry, so others see it.
 * The clean-up is an idempotent delete: several instances may run it at once.
 */
@Service
public class PresenceService {

    public static final Duration PRESENCE_TIMEOUT = Duration.ofSeconds(90);
    public static final Duration LOCK_TIMEOUT = Duration.ofMinutes(3);

    private final JdbcTemplate jdbc;
    private final StatementAccess access;
    private final StatementChanges changes;
    private final AccountService accounts;
    private final Clock clock;
    private final Set<String> local = ConcurrentHashMap.newKeySet();

    PresenceService(JdbcTemplate jdbc, StatementAccess access, StatementChanges changes, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.changes = changes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The current person opens the statement; returns the key of this editing session. */
    @Transactional
    public String enter(long statementId) {
        var me = access.requireRead(statementId);
        var key = UUID.randomUUID().toString();
        jdbc.update("insert into statement_presence (session_key, statement_id, user_id, seen_at) values (?, ?, ?, ?)",
                key, statementId, me, now());
        local.add(key);
        changes.record(statementId, ChangeKind.PRESENCE, null, me);
        return key;
    }

    /**
     * This session edits a paragraph (null: none). Called again while typing, it keeps the soft lock
     * fresh; a feed entry is written only when the paragraph changes.
     */
    @Transactional
    public void editing(String sessionKey, Long paragraphId) {
        var row = jdbc.query("select statement_id, user_id, paragraph_id from statement_presence where session_key = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class)}, sessionKey);
        if (row.isEmpty()) {
            return;
        }
        var statementId = (Long) row.getFirst()[0];
        var userId = (Long) row.getFirst()[1];
        var before = (Long) row.getFirst()[2];
        jdbc.update("update statement_presence set paragraph_id = ?, editing_at = ?, seen_at = ? where session_key = ?",
                paragraphId, paragraphId == null ? null : now(), now(), sessionKey);
        if (!java.util.Objects.equals(before, paragraphId)) {
            changes.record(statementId, ChangeKind.PRESENCE, paragraphId, userId);
        }
    }

    @Transactional
    public void leave(String sessionKey) {
        local.remove(sessionKey);
        var row = jdbc.query("select statement_id, user_id from statement_presence where session_key = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, sessionKey);
        if (row.isEmpty()) {
            return;
        }
        jdbc.update("delete from statement_presence where session_key = ?", sessionKey);
        changes.record(row.getFirst()[0], ChangeKind.PRESENCE, null, row.getFirst()[1]);
    }

    /** Who is in the statement now, with what they edit (soft locks older than {@link #LOCK_TIMEOUT} left out). */
    @Transactional(readOnly = true)
    public List<Presence> present(long statementId) {
        access.requireRead(statementId);
        var now = clock.instant();
        var rows = jdbc.query("select session_key, user_id, paragraph_id, editing_at from statement_presence "
                        + "where statement_id = ? and seen_at > ? order by seen_at",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class),
                        UtcTimes.instant(rs, 4)},
                statementId, UtcTimes.of(now.minus(PRESENCE_TIMEOUT)));
        var names = accounts.displayNames(rows.stream().map(r -> (Long) r[1]).distinct().toList());
        var list = new ArrayList<Presence>();
        for (var r : rows) {
            var since = (java.time.Instant) r[3];
            var fresh = since != null && since.isAfter(now.minus(LOCK_TIMEOUT));
            list.add(new Presence((String) r[0], (Long) r[1], names.getOrDefault((Long) r[1], "?"),
                    fresh ? (Long) r[2] : null, fresh ? since : null));
        }
        return List.copyOf(list);
    }

    /** Keeps this instance's open editors present: every instance runs it for its own (not locked). */
    @Scheduled(fixedDelayString = "${convene.statement.presence.heartbeat:30s}")
    void heartbeat() {
        var now = now();
        for (var key : local) {
            jdbc.update("update statement_presence set seen_at = ? where session_key = ?", now, key);
        }
    }

    /** Forgets rows nobody has refreshed for ten minutes (crashed instances' editors): one instance does it. */
    @Scheduled(fixedDelayString = "${convene.statement.presence.cleanup:60s}")
    @SchedulerLock(name = "statement-presence-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    void forgetStale() {
        jdbc.update("delete from statement_presence where seen_at < ? limit 1000",
                UtcTimes.of(clock.instant().minus(Duration.ofMinutes(10))));
    }

    private java.time.LocalDateTime now() {
        return UtcTimes.of(clock.instant());
    }
}
