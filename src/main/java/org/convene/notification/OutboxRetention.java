package org.convene.notification;

import java.time.Clock;
import java.time.Duration;
import org.convene.account.AccountDeleted;
import org.convene.base.ConveneSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sent messages' bodies (reset, verification and invitation links, names, rejection reasons) do not
 * stay in the outbox: purged {@code convene.mail.body-retention} after sending (default 7 days), and at
 * once for an account that is deleted. The Outbox view keeps the metadata.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboxService outbox;
    private final Clock clock;
    private final Duration keep;

    OutboxRetention(OutboxService outbox, Clock clock, ConveneSettings settings) {
        this.outbox = outbox;
        this.clock = clock;
        this.keep = settings.mail().bodyRetention();
    }

    @Scheduled(cron = "${convene.mail.body-purge-cron:0 15 3 * * *}")
    @SchedulerLock(name = "outbox-body-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void purge() {
        var purged = outbox.purgeSentBodies(clock.instant(), keep);
        if (purged > 0) {
            log.info("Purged the bodies of {} sent e-mails older than {}", purged, keep);
        }
    }

    /** Synchronous: in the deleting transaction, like the other modules' clean-up. */
    @EventListener
    void on(AccountDeleted event) {
        outbox.purgeForUser(event.userId());
    }
}
