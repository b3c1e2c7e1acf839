package org.convene.notification;

import java.time.Instant;

/** The outbox's insert, a fragment of {@link OutboxRepository} written with plain JDBC ({@link OutboxInsertsImpl}). */
interface OutboxInserts {

    /**
     * Adds a message unless its idempotency key exists; two reactions racing for the same key do not
     * fail (the second waits for the first and then adds nothing). Returns 1 when added. IGNORE would also
     * swallow over-long values, so callers bound every value first (see {@link OutboxMessage}).
     */
    int insertIfAbsent(String key, String kind, Long seminarId, Long userId, String email, String name, String locale,
                       String subject, String text, String html, String icalMethod, String ical, String attachmentName,
                       String attachment, Instant now);
}
