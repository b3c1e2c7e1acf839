package org.convene.calendar;

import org.convene.agenda.AgendaChanged;
import org.convene.agenda.AgendaPublished;
import org.convene.registration.RegistrationCancelled;
import org.convene.registration.RegistrationConfirmed;
import org.convene.registration.RegistrationPromoted;
import org.convene.registration.RegistrationRejected;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered feeds are forgotten as soon as a change commits, in the committing thread, so the next
 * request sees it. Seminar changes are recognised by their event package (all of them matter).
 */
@Component
class FeedCacheEviction {

    private final CalendarFeedService feeds;

    FeedCacheEviction(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true,
            classes = {org.convene.seminar.SeminarPublished.class, org.convene.seminar.SeminarRescheduled.class,
                    org.convene.seminar.SeminarUpdated.class, org.convene.seminar.SeminarCancelled.class,
                    AgendaChanged.class, AgendaPublished.class})
    void everything(Object event) {
        feeds.evictAll();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RegistrationConfirmed e) {
        feeds.evictPerson(e.userId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RegistrationPromoted e) {
        feeds.evictPerson(e.userId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RegistrationCancelled e) {
        feeds.evictPerson(e.userId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RegistrationRejected e) {
        feeds.evictPerson(e.userId());
    }
}
