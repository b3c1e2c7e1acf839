package org.convene.statement;

import java.time.Clock;
import org.convene.base.db.UtcTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the change feed. Services call {@link #record} inside the transaction that makes the
 * change, so the feed row commits (or rolls back) with it; every instance's {@link StatementLive}
 * then picks it up. After commit, this instance's listeners are told at once (faster, same result:
 * the feed's id keeps each change delivered once).
 */
@Component
public class StatementChanges {

    public static final int KIND_MAX = 40;

    private final JdbcTemplate jdbc;
    private final StatementLive live;
    private final Clock clock;

    StatementChanges(JdbcTemplate jdbc, StatementLive live, Clock clock) {
        this.jdbc = jdbc;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Records a change of a statement in the feed, in the caller's transaction (required).
     *
     * @param kind        a {@link ChangeKind} name or another part's own kind (at most 40 characters)
     * @param paragraphId the paragraph concerned, or null
     * @param actorId     who made the change, or null
     * @return the feed row's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(long statementId, String kind, Long paragraphId, Long actorId) {
        if (kind == null || kind.isBlank() || kind.length() > KIND_MAX) {
            throw new IllegalArgumentException("change kind must be 1.." + KIND_MAX + " characters");
        }
        var at = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into statement_change (statement_id, kind, paragraph_id, actor_id, at) "
                    + "values (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, statementId);
            ps.setString(2, kind);
            ps.setObject(3, paragraphId);
            ps.setObject(4, actorId);
            ps.setObject(5, UtcTimes.of(at));
            return ps;
        }, keys);
        var change = new StatementChange(keys.getKey().longValue(), statementId, kind, paragraphId, actorId, at);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                live.deliverLocally(change);
            }
        });
        return change.id();
    }

    /** The same for the drafting kinds. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(long statementId, ChangeKind kind, Long paragraphId, Long actorId) {
        return record(statementId, kind.name(), paragraphId, actorId);
    }
}
