package org.convene.calendar;

import org.convene.seminar.SeminarCancelled;
import org.convene.seminar.SeminarPublished;
import org.convene.seminar.SeminarRescheduled;
import org.convene.seminar.SeminarUpdated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered feeds are forgotten as soon as a seminar change commits, in the committing thread, so the
 * next request sees it. Registration and agenda changes (which this module must not depend on: those
 * modules implement its SPIs) show in personal feeds within {@link CalendarFeedService#CACHE_TTL}.
 */
@Component
class FeedCacheEviction {

    private final CalendarFeedService feeds;

    FeedCacheEviction(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true,
            classes = {SeminarPublished.class, SeminarRescheduled.class, SeminarUpdated.class, SeminarCancelled.class})
    void seminarChanged(Object event) {
        feeds.evictAll();
    }
}
