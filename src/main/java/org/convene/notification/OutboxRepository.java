package org.convene.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long>, OutboxInserts {

    @Query("select m.id from OutboxMessage m where m.status = org.convene.notification.OutboxStatus.PENDING "
            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> findDue(@Param("now") Instant now, Pageable pageable);

    /** Without text; a text search goes through {@link MessageSearch}. No count: the grid scrolls on while rows come. */
    @Query("select m from OutboxMessage m where (:status is null or m.status = :status)")
    Slice<OutboxMessage> search(@Param("status") OutboxStatus status, Pageable pageable);

    long countByStatus(OutboxStatus status);

    /** Claims a due message for one sender: only one caller gets 1. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMessage m set m.status = org.convene.notification.OutboxStatus.SENDING, m.claimedAt = :now, "
            + "m.attempts = m.attempts + 1, m.version = m.version + 1 "
            + "where m.id = :id and m.status = org.convene.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now")
    int claim(@Param("id") long id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMessage m set m.status = org.convene.notification.OutboxStatus.SENT, m.sentAt = :now, "
            + "m.lastError = null, m.version = m.version + 1 "
            + "where m.id = :id and m.status = org.convene.notification.OutboxStatus.SENDING")
    int markSent(@Param("id") long id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMessage m set m.status = org.convene.notification.OutboxStatus.SENT, m.sentAt = :now, "
            + "m.lastError = null, m.version = m.version + 1 "
            + "where m.id in :ids and m.status = org.convene.notification.OutboxStatus.SENDING")
    int markAllSent(@Param("ids") java.util.Collection<Long> ids, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMessage m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error, "
            + "m.claimedAt = null, m.version = m.version + 1 "
            + "where m.id = :id and m.status = org.convene.notification.OutboxStatus.SENDING")
    int markFailed(@Param("id") long id, @Param("status") OutboxStatus status, @Param("next") Instant next,
                   @Param("error") String error);

    /**
     * Messages whose sender died mid-way (a claim older than {@code staleBefore}) go back to the queue,
     * the claim counted as an attempt (at-least-once beats lost); those that had their last attempt
     * are FAILED instead, so no message circles for ever.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMessage m set m.status = case when m.attempts >= :maxAttempts "
            + "then org.convene.notification.OutboxStatus.FAILED else org.convene.notification.OutboxStatus.PENDING end, "
            + "m.claimedAt = null, m.nextAttemptAt = :now, m.lastError = :error, m.version = m.version + 1 "
            + "where m.status = org.convene.notification.OutboxStatus.SENDING and m.claimedAt < :staleBefore")
    int releaseStale(@Param("staleBefore") Instant staleBefore, @Param("now") Instant now,
                     @Param("maxAttempts") int maxAttempts, @Param("error") String error);

    /** Bodies of messages sent before {@code before}: emptied, metadata kept (issue 10, item 9). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE outbox_message SET text_body = '', html_body = '', recipient_name = '',
                ical = CASE WHEN ical IS NULL THEN NULL ELSE '' END, attachment = NULL, attachment_name = NULL,
                body_purged_at = :now, version = version + 1
            WHERE status = 'SENT' AND sent_at < :before AND body_purged_at IS NULL
            """)
    int purgeSentBefore(@Param("before") Instant before, @Param("now") Instant now);

    /** Everything addressed to a deleted account: bodies emptied, and what was still to send is not sent. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE outbox_message SET text_body = '', html_body = '', recipient_name = '',
                ical = CASE WHEN ical IS NULL THEN NULL ELSE '' END, attachment = NULL, attachment_name = NULL,
                status = CASE WHEN status IN ('PENDING', 'SENDING') THEN 'FAILED' ELSE status END,
                last_error = CASE WHEN status IN ('PENDING', 'SENDING') THEN 'Account deleted: not sent' ELSE last_error END,
                body_purged_at = :now, version = version + 1
            WHERE recipient_user_id = :userId AND body_purged_at IS NULL
            """)
    int purgeForUser(@Param("userId") long userId, @Param("now") Instant now);
}
